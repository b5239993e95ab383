// reduction: sum, minimum, maximum and compensated (Kahan) sum of an array in one pass and in a tree order.
#include <stdio.h>
#include <math.h>

#define N 4096

struct stats {
    float sum;
    float kahan;
    float min;
    float max;
};

static float data[N];

static struct stats reduce_linear(const float *x, int n) {
    struct stats s = {0.0f, 0.0f, x[0], x[0]};
    float c = 0.0f;
    for (int i = 0; i < n; i++) {
        s.sum += x[i];
        float y = x[i] - c;
        float t = s.kahan + y;
        c = (t - s.kahan) - y;
        s.kahan = t;
        if (x[i] < s.min) s.min = x[i];
        if (x[i] > s.max) s.max = x[i];
    }
    return s;
}

// Pairwise tree reduction in place, as a GPU work-group would do it (n must be a power of two).
static float reduce_tree(float *x, int n) {
    for (int stride = n / 2; stride > 0; stride /= 2)
        for (int i = 0; i < stride; i++)
            x[i] += x[i + stride];
    return x[0];
}

int main(void) {
    double exact = 0.0;
    for (int i = 0; i < N; i++) {
        data[i] = 1.0f / (float)(i + 1) + (float)(i % 7) * 0.001f;
        exact += (double)data[i];
    }
    struct stats s = reduce_linear(data, N);
    float tree = reduce_tree(data, N);
    printf("reduction sum=%.6f kahan=%.6f tree=%.6f exact=%.6f min=%g max=%g\n",
           s.sum, s.kahan, tree, exact, s.min, s.max);
    int ok = fabs(s.kahan - exact) < 1e-5 && fabs(tree - exact) < 1e-4 && s.max == 1.0f && s.min < 0.001f;
    return ok ? 0 : 1;
}
