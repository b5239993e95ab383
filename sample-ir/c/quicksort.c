// quicksort: recursive quicksort (Lomuto partition, median-of-three pivot) of integers, checked for sortedness and sum.
#include <stdio.h>

#define N 2000

static int values[N];

static void swap(int *a, int *b) {
    int t = *a;
    *a = *b;
    *b = t;
}

static int partition(int *a, int lo, int hi) {
    int mid = lo + (hi - lo) / 2;
    // Median of three moves the pivot to a[hi].
    if (a[mid] < a[lo]) swap(&a[mid], &a[lo]);
    if (a[hi] < a[lo]) swap(&a[hi], &a[lo]);
    if (a[mid] < a[hi]) swap(&a[mid], &a[hi]);
    int pivot = a[hi];
    int i = lo;
    for (int j = lo; j < hi; j++)
        if (a[j] < pivot) swap(&a[i++], &a[j]);
    swap(&a[i], &a[hi]);
    return i;
}

static void quicksort(int *a, int lo, int hi) {
    if (lo >= hi) return;
    int p = partition(a, lo, hi);
    quicksort(a, lo, p - 1);
    quicksort(a, p + 1, hi);
}

int main(void) {
    long before = 0, after = 0;
    for (int i = 0; i < N; i++) {
        values[i] = (i * 7919) % 1009 - 500;
        before += values[i];
    }
    quicksort(values, 0, N - 1);
    int sorted = 1;
    for (int i = 0; i < N; i++) {
        after += values[i];
        if (i > 0 && values[i - 1] > values[i]) sorted = 0;
    }
    printf("quicksort n=%d min=%d max=%d sorted=%d\n", N, values[0], values[N - 1], sorted);
    return sorted && before == after ? 0 : 1;
}
