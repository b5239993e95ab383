// bfs: breadth-first search distances on a grid graph stored in CSR form, checked against Manhattan distances.
#include <stdio.h>
#include <stdlib.h>

#define W 30
#define H 20
#define V (W * H)

struct csr {
    int n;
    int *offsets; // n + 1 entries
    int *targets;
};

static struct csr grid_graph(void) {
    struct csr g = {V, malloc((V + 1) * sizeof(int)), malloc(4 * V * sizeof(int))};
    int e = 0;
    for (int v = 0; v < V; v++) {
        int x = v % W, y = v / W;
        g.offsets[v] = e;
        if (x > 0) g.targets[e++] = v - 1;
        if (x < W - 1) g.targets[e++] = v + 1;
        if (y > 0) g.targets[e++] = v - W;
        if (y < H - 1) g.targets[e++] = v + W;
    }
    g.offsets[V] = e;
    return g;
}

static void bfs(const struct csr *g, int source, int *dist) {
    int *queue = malloc((size_t)g->n * sizeof(int));
    int head = 0, tail = 0;
    for (int v = 0; v < g->n; v++) dist[v] = -1;
    dist[source] = 0;
    queue[tail++] = source;
    while (head < tail) {
        int u = queue[head++];
        for (int e = g->offsets[u]; e < g->offsets[u + 1]; e++) {
            int w = g->targets[e];
            if (dist[w] < 0) {
                dist[w] = dist[u] + 1;
                queue[tail++] = w;
            }
        }
    }
    free(queue);
}

int main(void) {
    struct csr g = grid_graph();
    int dist[V];
    bfs(&g, 0, dist);
    int wrong = 0;
    for (int v = 0; v < V; v++)
        if (dist[v] != v % W + v / W) wrong++;
    printf("bfs vertices=%d edges=%d farthest=%d wrong=%d\n", g.n, g.offsets[V], dist[V - 1], wrong);
    free(g.offsets);
    free(g.targets);
    return wrong == 0 ? 0 : 1;
}
