// jacobi: Jacobi iteration for a diagonally dominant linear system A x = b until the residual is small.
#include <stdio.h>
#include <math.h>

#define N 50

static double A[N][N], b[N], x[N], xnew[N];

static double residual_norm(void) {
    double r = 0.0;
    for (int i = 0; i < N; i++) {
        double s = b[i];
        for (int j = 0; j < N; j++) s -= A[i][j] * x[j];
        r += s * s;
    }
    return sqrt(r);
}

static int jacobi(int max_iters, double tol) {
    for (int it = 1; it <= max_iters; it++) {
        for (int i = 0; i < N; i++) {
            double s = b[i];
            for (int j = 0; j < N; j++)
                if (j != i) s -= A[i][j] * x[j];
            xnew[i] = s / A[i][i];
        }
        for (int i = 0; i < N; i++) x[i] = xnew[i];
        if (residual_norm() < tol) return it;
    }
    return -1;
}

int main(void) {
    for (int i = 0; i < N; i++) {
        double offdiag = 0.0;
        for (int j = 0; j < N; j++)
            if (j != i) {
                A[i][j] = ((i + 2 * j) % 7 - 3) * 0.1;
                offdiag += fabs(A[i][j]);
            }
        A[i][i] = offdiag + 1.0 + i % 3;
        b[i] = cos((double)i);
        x[i] = 0.0;
    }
    int iters = jacobi(1000, 1e-10);
    printf("jacobi n=%d iterations=%d residual=%g\n", N, iters, residual_norm());
    return iters > 0 ? 0 : 1;
}
