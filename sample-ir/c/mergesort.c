// mergesort: recursive top-down merge sort with a scratch buffer (stable), checked on records sorted by key.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct record {
    int key;
    int order; // original position, to check stability
};

static void merge(struct record *a, struct record *tmp, int lo, int mid, int hi) {
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi)
        tmp[k++] = (a[j].key < a[i].key) ? a[j++] : a[i++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    memcpy(a + lo, tmp + lo, (size_t)(hi - lo) * sizeof *a);
}

static void merge_sort(struct record *a, struct record *tmp, int lo, int hi) {
    if (hi - lo < 2) return;
    int mid = lo + (hi - lo) / 2;
    merge_sort(a, tmp, lo, mid);
    merge_sort(a, tmp, mid, hi);
    merge(a, tmp, lo, mid, hi);
}

int main(void) {
    const int n = 3000;
    struct record *a = malloc((size_t)n * sizeof *a);
    struct record *tmp = malloc((size_t)n * sizeof *tmp);
    if (!a || !tmp) return 2;
    for (int i = 0; i < n; i++) {
        a[i].key = (i * 31 + 7) % 97; // many equal keys
        a[i].order = i;
    }
    merge_sort(a, tmp, 0, n);
    int ok = 1;
    for (int i = 1; i < n; i++) {
        if (a[i - 1].key > a[i].key) ok = 0;
        if (a[i - 1].key == a[i].key && a[i - 1].order > a[i].order) ok = 0; // stability
    }
    printf("mergesort n=%d first=%d last=%d ok=%d\n", n, a[0].key, a[n - 1].key, ok);
    free(a);
    free(tmp);
    return ok ? 0 : 1;
}
