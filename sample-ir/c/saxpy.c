// saxpy: single-precision y = a*x + y (BLAS level 1) with strided and contiguous variants.
#include <stdio.h>

#define N 4096

static float x[N], y[N], z[N];

static void saxpy(int n, float a, const float *restrict xs, float *restrict ys) {
    for (int i = 0; i < n; i++) ys[i] = a * xs[i] + ys[i];
}

static void saxpy_strided(int n, float a, const float *xs, int incx, float *ys, int incy) {
    for (int i = 0; i < n; i++) ys[i * incy] += a * xs[i * incx];
}

int main(void) {
    for (int i = 0; i < N; i++) {
        x[i] = (float)i;
        y[i] = 2.0f;
        z[i] = 2.0f;
    }
    saxpy(N, 0.5f, x, y);
    saxpy_strided(N / 2, 0.5f, x, 2, z, 2); // even elements only
    int wrong = 0;
    for (int i = 0; i < N; i++) {
        if (y[i] != 0.5f * i + 2.0f) wrong++;
        if (z[i] != (i % 2 == 0 ? 0.5f * i + 2.0f : 2.0f)) wrong++;
    }
    printf("saxpy n=%d y[100]=%.1f wrong=%d\n", N, y[100], wrong);
    return wrong == 0 ? 0 : 1;
}
