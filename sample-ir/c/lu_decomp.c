// lu_decomp: LU factorisation with partial pivoting (PA = LU) and forward/back substitution to solve A x = b.
#include <stdio.h>
#include <math.h>
#include <stdlib.h>

#define N 24

static int lu_factor(int n, double a[n][n], int perm[n]) {
    for (int i = 0; i < n; i++) perm[i] = i;
    for (int k = 0; k < n; k++) {
        int p = k;
        for (int i = k + 1; i < n; i++)
            if (fabs(a[i][k]) > fabs(a[p][k])) p = i;
        if (a[p][k] == 0.0) return 0; // singular
        if (p != k) {
            for (int j = 0; j < n; j++) {
                double t = a[k][j];
                a[k][j] = a[p][j];
                a[p][j] = t;
            }
            int t = perm[k];
            perm[k] = perm[p];
            perm[p] = t;
        }
        for (int i = k + 1; i < n; i++) {
            a[i][k] /= a[k][k];
            for (int j = k + 1; j < n; j++)
                a[i][j] -= a[i][k] * a[k][j];
        }
    }
    return 1;
}

static void lu_solve(int n, double lu[n][n], const int perm[n], const double b[n], double x[n]) {
    for (int i = 0; i < n; i++) { // L y = P b (unit diagonal)
        double s = b[perm[i]];
        for (int j = 0; j < i; j++) s -= lu[i][j] * x[j];
        x[i] = s;
    }
    for (int i = n - 1; i >= 0; i--) { // U x = y
        double s = x[i];
        for (int j = i + 1; j < n; j++) s -= lu[i][j] * x[j];
        x[i] = s / lu[i][i];
    }
}

int main(void) {
    double a[N][N], lu[N][N], b[N], x[N];
    int perm[N];
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            a[i][j] = 1.0 / (1 + abs(i - j)) + ((i * 13 + j * 7) % 5) * 0.1;
            lu[i][j] = a[i][j];
        }
        b[i] = i % 4 - 1.5;
    }
    if (!lu_factor(N, lu, perm)) return 1;
    lu_solve(N, lu, perm, b, x);
    double residual = 0.0;
    for (int i = 0; i < N; i++) {
        double s = 0.0;
        for (int j = 0; j < N; j++) s += a[i][j] * x[j];
        residual = fmax(residual, fabs(s - b[i]));
    }
    printf("lu_decomp n=%d x[0]=%.6f residual=%g\n", N, x[0], residual);
    return residual < 1e-9 ? 0 : 1;
}
