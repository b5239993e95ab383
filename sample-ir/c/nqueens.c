// nqueens: counts the solutions of the N-queens puzzle by recursive backtracking with bit masks.
#include <stdio.h>

// cols, diag1, diag2: attacked columns and diagonals in the current row.
static long solve(int n, int row, unsigned cols, unsigned diag1, unsigned diag2) {
    if (row == n) return 1;
    long count = 0;
    unsigned free_slots = ~(cols | diag1 | diag2) & ((1u << n) - 1u);
    while (free_slots) {
        unsigned bit = free_slots & (0u - free_slots); // lowest free column
        free_slots -= bit;
        count += solve(n, row + 1, cols | bit, (diag1 | bit) << 1, (diag2 | bit) >> 1);
    }
    return count;
}

int main(void) {
    static const long known[] = {1, 1, 0, 0, 2, 10, 4, 40, 92, 352, 724};
    int ok = 1;
    for (int n = 1; n <= 10; n++) {
        long c = solve(n, 0, 0, 0, 0);
        printf("nqueens n=%d solutions=%ld\n", n, c);
        if (c != known[n]) ok = 0;
    }
    return ok ? 0 : 1;
}
