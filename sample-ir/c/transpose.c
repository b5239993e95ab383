// transpose: cache-blocked out-of-place matrix transpose plus an in-place square transpose, checked element-wise.
#include <stdio.h>

#define ROWS 96
#define COLS 80
#define TILE 16

static int a[ROWS][COLS], t[COLS][ROWS], sq[COLS][COLS];

static void transpose_blocked(int rows, int cols, const int in[rows][cols], int out[cols][rows]) {
    for (int ib = 0; ib < rows; ib += TILE)
        for (int jb = 0; jb < cols; jb += TILE)
            for (int i = ib; i < ib + TILE && i < rows; i++)
                for (int j = jb; j < jb + TILE && j < cols; j++)
                    out[j][i] = in[i][j];
}

static void transpose_in_place(int n, int m[n][n]) {
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            int x = m[i][j];
            m[i][j] = m[j][i];
            m[j][i] = x;
        }
}

int main(void) {
    for (int i = 0; i < ROWS; i++)
        for (int j = 0; j < COLS; j++) a[i][j] = i * 1000 + j;
    for (int i = 0; i < COLS; i++)
        for (int j = 0; j < COLS; j++) sq[i][j] = i * 1000 + j;
    transpose_blocked(ROWS, COLS, a, t);
    transpose_in_place(COLS, sq);
    int wrong = 0;
    for (int i = 0; i < ROWS; i++)
        for (int j = 0; j < COLS; j++)
            if (t[j][i] != a[i][j]) wrong++;
    for (int i = 0; i < COLS; i++)
        for (int j = 0; j < COLS; j++)
            if (sq[i][j] != j * 1000 + i) wrong++;
    printf("transpose %dx%d wrong=%d\n", ROWS, COLS, wrong);
    return wrong == 0 ? 0 : 1;
}
