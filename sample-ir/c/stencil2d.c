// stencil2d: 5-point heat-diffusion stencil on a 2-D grid with fixed boundaries, iterated to steady state.
#include <stdio.h>
#include <math.h>

#define NX 48
#define NY 32

static double grid[2][NY][NX];

// One sweep; returns the largest change of any interior cell.
static double sweep(double in[NY][NX], double out[NY][NX]) {
    double delta = 0.0;
    for (int y = 1; y < NY - 1; y++)
        for (int x = 1; x < NX - 1; x++) {
            double v = 0.25 * (in[y - 1][x] + in[y + 1][x] + in[y][x - 1] + in[y][x + 1]);
            double d = fabs(v - in[y][x]);
            if (d > delta) delta = d;
            out[y][x] = v;
        }
    return delta;
}

int main(void) {
    // Top edge hot (100), other edges cold (0).
    for (int b = 0; b < 2; b++)
        for (int y = 0; y < NY; y++)
            for (int x = 0; x < NX; x++)
                grid[b][y][x] = (y == 0) ? 100.0 : 0.0;
    int cur = 0, iters = 0;
    double delta;
    do {
        delta = sweep(grid[cur], grid[1 - cur]);
        cur = 1 - cur;
        iters++;
    } while (delta > 1e-6 && iters < 20000);
    // The steady state is harmonic: every interior cell equals its neighbours' mean and lies in (0, 100).
    double worst = 0.0;
    for (int y = 1; y < NY - 1; y++)
        for (int x = 1; x < NX - 1; x++) {
            double v = grid[cur][y][x];
            double mean = 0.25 * (grid[cur][y - 1][x] + grid[cur][y + 1][x] + grid[cur][y][x - 1] + grid[cur][y][x + 1]);
            worst = fmax(worst, fabs(v - mean));
            if (v <= 0.0 || v >= 100.0) return 1;
        }
    printf("stencil2d iterations=%d centre=%.4f residual=%g\n", iters, grid[cur][NY / 2][NX / 2], worst);
    return worst < 1e-5 ? 0 : 1;
}
