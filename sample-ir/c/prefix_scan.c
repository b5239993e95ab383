// prefix_scan: exclusive prefix sum by the work-efficient Blelloch up-sweep/down-sweep, checked against a serial scan.
#include <stdio.h>

#define N 1024 // a power of two

static int input[N], blelloch[N], serial[N];

static void scan_serial(const int *in, int *out, int n) {
    int acc = 0;
    for (int i = 0; i < n; i++) {
        out[i] = acc;
        acc += in[i];
    }
}

static void scan_blelloch(int *a, int n) {
    // Up-sweep: build partial sums in a balanced tree.
    for (int d = 1; d < n; d *= 2)
        for (int i = 2 * d - 1; i < n; i += 2 * d)
            a[i] += a[i - d];
    // Down-sweep: push prefixes back down the tree.
    a[n - 1] = 0;
    for (int d = n / 2; d >= 1; d /= 2)
        for (int i = 2 * d - 1; i < n; i += 2 * d) {
            int t = a[i - d];
            a[i - d] = a[i];
            a[i] += t;
        }
}

int main(void) {
    for (int i = 0; i < N; i++) {
        input[i] = (i * 37 + 11) % 17 - 8;
        blelloch[i] = input[i];
    }
    scan_serial(input, serial, N);
    scan_blelloch(blelloch, N);
    int mismatches = 0;
    for (int i = 0; i < N; i++)
        if (serial[i] != blelloch[i]) mismatches++;
    printf("prefix_scan n=%d last=%d mismatches=%d\n", N, serial[N - 1], mismatches);
    return mismatches == 0 ? 0 : 1;
}
