// dijkstra: single-source shortest paths with a binary min-heap on a weighted directed graph (adjacency lists).
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>

struct edge { int to, weight, next; };
struct heap_item { int dist, vertex; };

struct graph {
    int n, m;
    int *head;         // first edge of each vertex, -1 when none
    struct edge *edges;
};

static void add_edge(struct graph *g, int from, int to, int w) {
    g->edges[g->m] = (struct edge){to, w, g->head[from]};
    g->head[from] = g->m++;
}

static void heap_push(struct heap_item *h, int *size, struct heap_item item) {
    int i = (*size)++;
    while (i > 0 && h[(i - 1) / 2].dist > item.dist) {
        h[i] = h[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h[i] = item;
}

static struct heap_item heap_pop(struct heap_item *h, int *size) {
    struct heap_item top = h[0], last = h[--(*size)];
    int i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= *size) break;
        if (c + 1 < *size && h[c + 1].dist < h[c].dist) c++;
        if (h[c].dist >= last.dist) break;
        h[i] = h[c];
        i = c;
    }
    h[i] = last;
    return top;
}

static void dijkstra(const struct graph *g, int source, int *dist) {
    struct heap_item *heap = malloc((size_t)(g->m + 1) * sizeof *heap); // lazy deletion: at most m+1 entries
    int size = 0;
    for (int v = 0; v < g->n; v++) dist[v] = INT_MAX;
    dist[source] = 0;
    heap_push(heap, &size, (struct heap_item){0, source});
    while (size > 0) {
        struct heap_item it = heap_pop(heap, &size);
        if (it.dist > dist[it.vertex]) continue; // stale entry
        for (int e = g->head[it.vertex]; e >= 0; e = g->edges[e].next) {
            int nd = it.dist + g->edges[e].weight;
            if (nd < dist[g->edges[e].to]) {
                dist[g->edges[e].to] = nd;
                heap_push(heap, &size, (struct heap_item){nd, g->edges[e].to});
            }
        }
    }
    free(heap);
}

int main(void) {
    enum { N = 200, M = 1200 };
    struct graph g = {N, 0, malloc(N * sizeof(int)), malloc(M * sizeof(struct edge))};
    for (int v = 0; v < N; v++) g.head[v] = -1;
    for (int v = 0; v + 1 < N; v++) add_edge(&g, v, v + 1, 10);  // a path of cost 10 per hop
    for (int i = 0; g.m < M; i++) {                              // plus pseudo-random shortcuts
        int a = (i * 37) % N, b = (i * 91 + 13) % N;
        add_edge(&g, a, b, 1 + (i * 17) % 50);
    }
    int dist[N];
    dijkstra(&g, 0, dist);
    // Check the optimality conditions: dist[to] <= dist[from] + w for every edge.
    int ok = dist[0] == 0;
    for (int v = 0; v < N; v++)
        for (int e = g.head[v]; e >= 0; e = g.edges[e].next)
            if (dist[v] != INT_MAX && dist[g.edges[e].to] > dist[v] + g.edges[e].weight) ok = 0;
    printf("dijkstra n=%d m=%d dist[last]=%d ok=%d\n", N, g.m, dist[N - 1], ok);
    free(g.head);
    free(g.edges);
    return ok && dist[N - 1] <= 10 * (N - 1) ? 0 : 1;
}
