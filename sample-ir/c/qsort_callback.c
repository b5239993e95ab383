// qsort_callback: sorts an array of structs with libc qsort under comparators chosen at run time, then bsearch by name.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct city {
    const char *name;
    int population; // thousands
    double area;    // km^2
};

typedef int (*comparator)(const void *, const void *);

static int by_name(const void *a, const void *b) {
    return strcmp(((const struct city *)a)->name, ((const struct city *)b)->name);
}

static int by_population_desc(const void *a, const void *b) {
    int pa = ((const struct city *)a)->population, pb = ((const struct city *)b)->population;
    return (pb > pa) - (pb < pa);
}

static double density(const struct city *c) { return c->population * 1000.0 / c->area; }

static int by_density(const void *a, const void *b) {
    double da = density(a), db = density(b);
    return (da > db) - (da < db);
}

static int is_sorted(const struct city *c, size_t n, comparator cmp) {
    for (size_t i = 1; i < n; i++)
        if (cmp(&c[i - 1], &c[i]) > 0) return 0; // an indirect call through the parameter
    return 1;
}

int main(void) {
    struct city cities[] = {
        {"Lyon", 522, 47.9}, {"Berlin", 3645, 891.7}, {"Oslo", 709, 454.0}, {"Porto", 232, 41.4},
        {"Vienna", 1931, 414.6}, {"Madrid", 3305, 604.3}, {"Bern", 134, 51.6}, {"Riga", 605, 304.0}};
    const size_t n = sizeof cities / sizeof cities[0];
    static const comparator orders[] = {by_population_desc, by_density, by_name};
    static const char *order_names[] = {"population", "density", "name"};
    int ok = 1;
    for (int k = 0; k < 3; k++) {
        qsort(cities, n, sizeof cities[0], orders[k]);
        ok &= is_sorted(cities, n, orders[k]);
        printf("qsort_callback by %-10s first=%s last=%s\n", order_names[k], cities[0].name, cities[n - 1].name);
    }
    struct city key = {"Oslo", 0, 0.0};
    struct city *found = bsearch(&key, cities, n, sizeof cities[0], by_name);
    printf("qsort_callback bsearch Oslo -> %d thousand\n", found ? found->population : -1);
    return ok && found && found->population == 709 ? 0 : 1;
}
