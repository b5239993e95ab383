// floyd_warshall: all-pairs shortest paths by dynamic programming, with path reconstruction through a next-hop table.
#include <stdio.h>

#define N 12
#define INF 1000000

static int dist[N][N], next_hop[N][N];

static void floyd_warshall(void) {
    for (int k = 0; k < N; k++)
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++)
                if (dist[i][k] + dist[k][j] < dist[i][j]) {
                    dist[i][j] = dist[i][k] + dist[k][j];
                    next_hop[i][j] = next_hop[i][k];
                }
}

// Walks the path from u to v and returns its total weight, given the original edge weights w.
static int path_weight(int u, int v, int w[N][N]) {
    int total = 0;
    while (u != v) {
        int n = next_hop[u][v];
        total += w[u][n];
        u = n;
    }
    return total;
}

int main(void) {
    int w[N][N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            w[i][j] = (i == j) ? 0 : INF;
            if (j == (i + 1) % N) w[i][j] = 5;               // a ring
            if (j == (i * 5 + 3) % N && i != j) w[i][j] = 2 + (i % 4); // chords
            dist[i][j] = w[i][j];
            next_hop[i][j] = j;
        }
    floyd_warshall();
    int ok = 1;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            if (dist[i][j] >= INF || path_weight(i, j, w) != dist[i][j]) ok = 0;
            for (int k = 0; k < N; k++) // triangle inequality
                if (dist[i][j] > dist[i][k] + dist[k][j]) ok = 0;
        }
    printf("floyd_warshall n=%d dist[0][%d]=%d ok=%d\n", N, N - 1, dist[0][N - 1], ok);
    return ok ? 0 : 1;
}
