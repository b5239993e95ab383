// kruskal_mst: minimum spanning tree by Kruskal's algorithm with a union-find (recursive path compression, union by rank).
#include <stdio.h>
#include <stdlib.h>

struct edge { int u, v, w; };

struct dsu {
    int parent[64];
    int rank[64];
};

static int find(struct dsu *d, int x) {
    if (d->parent[x] != x) d->parent[x] = find(d, d->parent[x]);
    return d->parent[x];
}

static int unite(struct dsu *d, int a, int b) {
    a = find(d, a);
    b = find(d, b);
    if (a == b) return 0;
    if (d->rank[a] < d->rank[b]) { int t = a; a = b; b = t; }
    d->parent[b] = a;
    if (d->rank[a] == d->rank[b]) d->rank[a]++;
    return 1;
}

static int by_weight(const void *a, const void *b) {
    return ((const struct edge *)a)->w - ((const struct edge *)b)->w;
}

static long kruskal(int n, struct edge *edges, int m, int *used) {
    struct dsu d;
    for (int i = 0; i < n; i++) { d.parent[i] = i; d.rank[i] = 0; }
    qsort(edges, (size_t)m, sizeof *edges, by_weight);
    long total = 0;
    *used = 0;
    for (int i = 0; i < m && *used < n - 1; i++)
        if (unite(&d, edges[i].u, edges[i].v)) {
            total += edges[i].w;
            (*used)++;
        }
    return total;
}

// Prim's O(n^2) algorithm on the cheapest edge between each pair, as an independent check.
static long prim(int n, const struct edge *edges, int m) {
    static int w[64][64];
    int in_tree[64] = {0}, best[64];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) w[i][j] = -1;
    for (int i = 0; i < m; i++) {
        int a = edges[i].u, b = edges[i].v;
        if (a != b && (w[a][b] < 0 || edges[i].w < w[a][b])) w[a][b] = w[b][a] = edges[i].w;
    }
    for (int i = 0; i < n; i++) best[i] = w[0][i];
    in_tree[0] = 1;
    long total = 0;
    for (int k = 1; k < n; k++) {
        int next = -1;
        for (int i = 0; i < n; i++)
            if (!in_tree[i] && best[i] >= 0 && (next < 0 || best[i] < best[next])) next = i;
        if (next < 0) return -1; // disconnected
        in_tree[next] = 1;
        total += best[next];
        for (int i = 0; i < n; i++)
            if (!in_tree[i] && w[next][i] >= 0 && (best[i] < 0 || w[next][i] < best[i])) best[i] = w[next][i];
    }
    return total;
}

int main(void) {
    enum { N = 40 };
    struct edge edges[N * 4];
    int m = 0;
    for (int i = 0; i + 1 < N; i++) edges[m++] = (struct edge){i, i + 1, 100}; // expensive path keeps it connected
    for (int i = 0; i < N; i++) {
        edges[m++] = (struct edge){i, (i * 7 + 3) % N, 1 + (i * 13) % 20};
        edges[m++] = (struct edge){i, (i * 11 + 5) % N, 1 + (i * 29) % 30};
    }
    int used;
    long reference = prim(N, edges, m);
    long total = kruskal(N, edges, m, &used);
    printf("kruskal_mst vertices=%d edges=%d tree edges=%d weight=%ld prim=%ld\n", N, m, used, total, reference);
    return used == N - 1 && total == reference ? 0 : 1;
}
