// mandelbrot: escape-time iteration counts of the Mandelbrot set on a grid, printed as a small ASCII picture.
#include <stdio.h>

#define W 64
#define H 24
#define MAX_ITER 200

static int iterations(double cr, double ci) {
    double zr = 0.0, zi = 0.0;
    int n = 0;
    while (n < MAX_ITER && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        n++;
    }
    return n;
}

int main(void) {
    static const char shades[] = " .:-=+*#%@";
    long inside = 0, total_iters = 0;
    for (int y = 0; y < H; y++) {
        char row[W + 1];
        for (int x = 0; x < W; x++) {
            double cr = -2.2 + 3.0 * x / (W - 1), ci = -1.2 + 2.4 * y / (H - 1);
            int n = iterations(cr, ci);
            total_iters += n;
            if (n == MAX_ITER) inside++;
            row[x] = shades[n == MAX_ITER ? 9 : n % 9];
        }
        row[W] = '\0';
        puts(row);
    }
    printf("mandelbrot inside=%ld total iterations=%ld\n", inside, total_iters);
    // The origin is inside, c = 1 escapes after 3 steps.
    return iterations(0.0, 0.0) == MAX_ITER && iterations(1.0, 0.0) == 3 && inside > 0 ? 0 : 1;
}
