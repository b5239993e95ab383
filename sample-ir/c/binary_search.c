// binary_search: iterative lower-bound and recursive exact-match binary search over a sorted array.
#include <stdio.h>

#define N 1000

static int sorted[N];

// First index whose value is >= key (N when none).
static int lower_bound(const int *a, int n, int key) {
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] < key) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

// Index of key in a[lo, hi), or -1.
static int find_recursive(const int *a, int lo, int hi, int key) {
    if (lo >= hi) return -1;
    int mid = lo + (hi - lo) / 2;
    if (a[mid] == key) return mid;
    if (a[mid] < key) return find_recursive(a, mid + 1, hi, key);
    return find_recursive(a, lo, mid, key);
}

int main(void) {
    for (int i = 0; i < N; i++) sorted[i] = 3 * i + 1; // 1, 4, 7, ...
    int wrong = 0;
    for (int key = -5; key < 3 * N + 5; key++) {
        int lb = lower_bound(sorted, N, key);
        int expect_lb = key <= 1 ? 0 : (key - 1 + 2) / 3;
        if (expect_lb > N) expect_lb = N;
        if (lb != expect_lb) wrong++;
        int found = find_recursive(sorted, 0, N, key);
        int expect = (key >= 1 && (key - 1) % 3 == 0 && (key - 1) / 3 < N) ? (key - 1) / 3 : -1;
        if (found != expect) wrong++;
    }
    printf("binary_search n=%d wrong=%d\n", N, wrong);
    return wrong == 0 ? 0 : 1;
}
