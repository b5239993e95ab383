// stencil3d: 7-point Laplacian of a 3-D field, checked on a quadratic field whose Laplacian is constant.
#include <stdio.h>
#include <math.h>

#define NZ 20
#define NY 24
#define NX 28
#define IDX(z, y, x) (((z) * NY + (y)) * NX + (x))

static float field[NZ * NY * NX];
static float lap[NZ * NY * NX];

static void laplacian7(const float *restrict in, float *restrict out, float h2inv) {
    for (int z = 1; z < NZ - 1; z++)
        for (int y = 1; y < NY - 1; y++)
            for (int x = 1; x < NX - 1; x++) {
                float c = in[IDX(z, y, x)];
                float s = in[IDX(z - 1, y, x)] + in[IDX(z + 1, y, x)]
                        + in[IDX(z, y - 1, x)] + in[IDX(z, y + 1, x)]
                        + in[IDX(z, y, x - 1)] + in[IDX(z, y, x + 1)];
                out[IDX(z, y, x)] = (s - 6.0f * c) * h2inv;
            }
}

int main(void) {
    const float h = 0.5f;
    // f = x^2 + 2 y^2 + 3 z^2, so its Laplacian is 2 + 4 + 6 = 12 everywhere.
    for (int z = 0; z < NZ; z++)
        for (int y = 0; y < NY; y++)
            for (int x = 0; x < NX; x++) {
                float fx = x * h, fy = y * h, fz = z * h;
                field[IDX(z, y, x)] = fx * fx + 2.0f * fy * fy + 3.0f * fz * fz;
            }
    laplacian7(field, lap, 1.0f / (h * h));
    float maxerr = 0.0f;
    for (int z = 1; z < NZ - 1; z++)
        for (int y = 1; y < NY - 1; y++)
            for (int x = 1; x < NX - 1; x++)
                maxerr = fmaxf(maxerr, fabsf(lap[IDX(z, y, x)] - 12.0f));
    printf("stencil3d %dx%dx%d max error=%g\n", NX, NY, NZ, maxerr);
    return maxerr < 1e-2f ? 0 : 1;
}
