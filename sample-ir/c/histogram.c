// histogram: 256-bin byte histogram of a generated buffer plus an 8-bin histogram of bytes by their high 3 bits.
#include <stdio.h>
#include <stdint.h>

#define N 65536

static uint8_t buffer[N];
static unsigned bins[256];
static unsigned coarse[8];

static void histogram256(const uint8_t *data, int n, unsigned *h) {
    for (int b = 0; b < 256; b++) h[b] = 0;
    for (int i = 0; i < n; i++) h[data[i]]++;
}

static void histogram_coarse(const unsigned *fine, unsigned *h) {
    for (int b = 0; b < 8; b++) h[b] = 0;
    for (int v = 0; v < 256; v++) h[v >> 5] += fine[v];
}

int main(void) {
    uint32_t state = 12345u;
    for (int i = 0; i < N; i++) {
        state = state * 1664525u + 1013904223u; // LCG
        buffer[i] = (uint8_t)(state >> 24);
    }
    histogram256(buffer, N, bins);
    histogram_coarse(bins, coarse);
    unsigned total = 0, peak = 0;
    for (int b = 0; b < 256; b++) {
        total += bins[b];
        if (bins[b] > peak) peak = bins[b];
    }
    unsigned coarse_total = 0;
    for (int b = 0; b < 8; b++) coarse_total += coarse[b];
    printf("histogram total=%u peak=%u coarse[0]=%u\n", total, peak, coarse[0]);
    // A fair generator puts about N/256 = 256 bytes in every bin.
    return total == N && coarse_total == N && peak < 400 ? 0 : 1;
}
