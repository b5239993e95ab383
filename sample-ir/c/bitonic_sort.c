// bitonic_sort: bitonic sorting network on a power-of-two array, iterating the same (k, j) stages a GPU would launch.
#include <stdio.h>

#define N 1024

static float keys[N];

static void compare_exchange(float *a, int i, int j, int ascending) {
    if ((a[i] > a[j]) == ascending) {
        float t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

static void bitonic_sort(float *a, int n) {
    for (int k = 2; k <= n; k <<= 1)         // size of the bitonic sequences being merged
        for (int j = k >> 1; j > 0; j >>= 1)  // distance of the compared pairs
            for (int i = 0; i < n; i++) {
                int partner = i ^ j;
                if (partner > i)
                    compare_exchange(a, i, partner, (i & k) == 0);
            }
}

int main(void) {
    unsigned s = 1u;
    for (int i = 0; i < N; i++) {
        s = s * 1103515245u + 12345u;
        keys[i] = (float)((s >> 8) % 100000) / 100.0f;
    }
    bitonic_sort(keys, N);
    int sorted = 1;
    for (int i = 1; i < N; i++)
        if (keys[i - 1] > keys[i]) sorted = 0;
    printf("bitonic_sort n=%d min=%.2f max=%.2f sorted=%d\n", N, keys[0], keys[N - 1], sorted);
    return sorted ? 0 : 1;
}
