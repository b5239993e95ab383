// dfs_toposort: recursive depth-first search giving a topological order of a DAG and detecting a cycle.
#include <stdio.h>

#define MAXV 16

enum colour { WHITE, GREY, BLACK };

static int adj[MAXV][MAXV];
static int nvert;
static enum colour colour[MAXV];
static int order[MAXV];
static int order_len;

// Returns 1 when a back edge (a cycle) is reachable from v.
static int dfs(int v) {
    colour[v] = GREY;
    for (int w = 0; w < nvert; w++) {
        if (!adj[v][w]) continue;
        if (colour[w] == GREY) return 1;
        if (colour[w] == WHITE && dfs(w)) return 1;
    }
    colour[v] = BLACK;
    order[order_len++] = v; // post-order; reversed it is a topological order
    return 0;
}

static int toposort(void) {
    order_len = 0;
    for (int v = 0; v < nvert; v++) colour[v] = WHITE;
    for (int v = 0; v < nvert; v++)
        if (colour[v] == WHITE && dfs(v)) return 0;
    return 1;
}

int main(void) {
    static const int edges[][2] = {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}, {5, 4}, {6, 0}, {6, 5}, {2, 7}, {7, 4}};
    nvert = 8;
    for (unsigned i = 0; i < sizeof edges / sizeof edges[0]; i++) adj[edges[i][0]][edges[i][1]] = 1;
    if (!toposort()) return 1;
    int position[MAXV];
    for (int i = 0; i < order_len; i++) position[order[i]] = order_len - 1 - i;
    int ok = order_len == nvert;
    for (unsigned i = 0; i < sizeof edges / sizeof edges[0]; i++)
        if (position[edges[i][0]] >= position[edges[i][1]]) ok = 0;
    printf("dfs_toposort first=%d last=%d ok=%d\n", order[order_len - 1], order[0], ok);
    adj[4][6] = 1; // closes the cycle 6 -> 0 -> 1 -> 3 -> 4 -> 6
    int acyclic = toposort();
    printf("dfs_toposort after adding 4->6: acyclic=%d\n", acyclic);
    return ok && !acyclic ? 0 : 1;
}
