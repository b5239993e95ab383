// cholesky: Cholesky factorisation A = L L^T of a symmetric positive-definite matrix, checked by reconstruction.
#include <stdio.h>
#include <math.h>

#define N 32

static double A[N][N], L[N][N];

static int cholesky(int n, const double a[n][n], double l[n][n]) {
    for (int j = 0; j < n; j++) {
        double d = a[j][j];
        for (int k = 0; k < j; k++) d -= l[j][k] * l[j][k];
        if (d <= 0.0) return 0; // not positive definite
        l[j][j] = sqrt(d);
        for (int i = j + 1; i < n; i++) {
            double s = a[i][j];
            for (int k = 0; k < j; k++) s -= l[i][k] * l[j][k];
            l[i][j] = s / l[j][j];
        }
        for (int i = 0; i < j; i++) l[i][j] = 0.0;
    }
    return 1;
}

int main(void) {
    // A = M M^T + n I is symmetric positive definite.
    double m[N][N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) m[i][j] = sin(i + 2.0 * j);
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double s = (i == j) ? N : 0.0;
            for (int k = 0; k < N; k++) s += m[i][k] * m[j][k];
            A[i][j] = s;
        }
    if (!cholesky(N, A, L)) return 1;
    double err = 0.0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double s = 0.0;
            for (int k = 0; k < N; k++) s += L[i][k] * L[j][k];
            err = fmax(err, fabs(s - A[i][j]));
        }
    printf("cholesky n=%d L[0][0]=%.6f reconstruction error=%g\n", N, L[0][0], err);
    return err < 1e-9 ? 0 : 1;
}
