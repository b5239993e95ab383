// dot_product: dot product of two float vectors with four partial accumulators, checked against a double-precision sum.
#include <stdio.h>
#include <math.h>

#define N 10000

static float x[N], y[N];

static float dot4(const float *a, const float *b, int n) {
    float s0 = 0.0f, s1 = 0.0f, s2 = 0.0f, s3 = 0.0f;
    int i = 0;
    for (; i + 3 < n; i += 4) {
        s0 += a[i] * b[i];
        s1 += a[i + 1] * b[i + 1];
        s2 += a[i + 2] * b[i + 2];
        s3 += a[i + 3] * b[i + 3];
    }
    for (; i < n; i++) s0 += a[i] * b[i];
    return (s0 + s1) + (s2 + s3);
}

static double dot_reference(const float *a, const float *b, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += (double)a[i] * (double)b[i];
    return s;
}

int main(void) {
    for (int i = 0; i < N; i++) {
        x[i] = (float)(i % 10) * 0.1f;
        y[i] = 1.0f - (float)(i % 7) * 0.05f;
    }
    float d = dot4(x, y, N - 3); // an odd length exercises the remainder loop
    double ref = dot_reference(x, y, N - 3);
    double rel = fabs(d - ref) / fabs(ref);
    printf("dot_product n=%d dot=%.4f reference=%.4f relative error=%g\n", N - 3, d, ref, rel);
    return rel < 1e-5 ? 0 : 1;
}
