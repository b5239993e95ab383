// spmv_csr: sparse matrix-vector product y = A x with A in compressed sparse row form, checked against dense.
#include <stdio.h>
#include <math.h>

#define N 120
#define MAXNNZ (N * 5)

static double dense[N][N];
static double values[MAXNNZ];
static int col_index[MAXNNZ];
static int row_ptr[N + 1];

static int dense_to_csr(void) {
    int nnz = 0;
    for (int i = 0; i < N; i++) {
        row_ptr[i] = nnz;
        for (int j = 0; j < N; j++)
            if (dense[i][j] != 0.0) {
                values[nnz] = dense[i][j];
                col_index[nnz++] = j;
            }
    }
    row_ptr[N] = nnz;
    return nnz;
}

static void spmv(int n, const int *rp, const int *ci, const double *v, const double *x, double *y) {
    for (int i = 0; i < n; i++) {
        double sum = 0.0;
        for (int k = rp[i]; k < rp[i + 1]; k++)
            sum += v[k] * x[ci[k]];
        y[i] = sum;
    }
}

int main(void) {
    // A pentadiagonal matrix like a 1-D discretised operator.
    for (int i = 0; i < N; i++) {
        dense[i][i] = 4.0;
        if (i > 0) dense[i][i - 1] = -1.0;
        if (i + 1 < N) dense[i][i + 1] = -1.0;
        if (i > 4) dense[i][i - 5] = -0.5;
        if (i + 5 < N) dense[i][i + 5] = -0.5;
    }
    int nnz = dense_to_csr();
    double x[N], y[N];
    for (int i = 0; i < N; i++) x[i] = sin(0.1 * i);
    spmv(N, row_ptr, col_index, values, x, y);
    double err = 0.0;
    for (int i = 0; i < N; i++) {
        double ref = 0.0;
        for (int j = 0; j < N; j++) ref += dense[i][j] * x[j];
        err = fmax(err, fabs(ref - y[i]));
    }
    printf("spmv_csr n=%d nnz=%d y[10]=%.6f err=%g\n", N, nnz, y[10], err);
    return err < 1e-12 ? 0 : 1;
}
