// matmul: dense matrix product C = A * B (i-k-j loop order), checked against the naive i-j-k order.
#include <stdio.h>
#include <math.h>

#define N 64

static double A[N][N], B[N][N], C[N][N], R[N][N];

static void matmul_ikj(int n, double a[n][n], double b[n][n], double c[n][n]) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            c[i][j] = 0.0;
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++) {
            double aik = a[i][k];
            for (int j = 0; j < n; j++)
                c[i][j] += aik * b[k][j];
        }
}

static void matmul_ijk(int n, double a[n][n], double b[n][n], double c[n][n]) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            double sum = 0.0;
            for (int k = 0; k < n; k++)
                sum += a[i][k] * b[k][j];
            c[i][j] = sum;
        }
}

int main(void) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = (double)((i * 7 + j * 3) % 11) - 5.0;
            B[i][j] = (double)((i * 5 + j * 2) % 13) * 0.5;
        }
    matmul_ikj(N, A, B, C);
    matmul_ijk(N, A, B, R);
    double trace = 0.0, maxdiff = 0.0;
    for (int i = 0; i < N; i++) {
        trace += C[i][i];
        for (int j = 0; j < N; j++)
            maxdiff = fmax(maxdiff, fabs(C[i][j] - R[i][j]));
    }
    printf("matmul %dx%d trace=%.1f maxdiff=%g\n", N, N, trace, maxdiff);
    return maxdiff < 1e-9 ? 0 : 1;
}
