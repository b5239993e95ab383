// fft: iterative radix-2 Cooley-Tukey FFT of complex doubles (bit reversal + butterflies), checked against a direct DFT.
#include <stdio.h>
#include <math.h>
#include <complex.h>

#define N 256 // a power of two

static const double PI = 3.14159265358979323846;

static unsigned reverse_bits(unsigned x, int bits) {
    unsigned r = 0;
    for (int i = 0; i < bits; i++) {
        r = (r << 1) | (x & 1u);
        x >>= 1;
    }
    return r;
}

static void fft(double complex *a, int n) {
    int bits = 0;
    while ((1 << bits) < n) bits++;
    for (int i = 0; i < n; i++) {
        unsigned j = reverse_bits((unsigned)i, bits);
        if ((int)j > i) {
            double complex t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
    for (int len = 2; len <= n; len <<= 1) {
        double complex wlen = cexp(-2.0 * PI * I / len);
        for (int start = 0; start < n; start += len) {
            double complex w = 1.0;
            for (int k = 0; k < len / 2; k++) {
                double complex u = a[start + k];
                double complex v = a[start + k + len / 2] * w;
                a[start + k] = u + v;
                a[start + k + len / 2] = u - v;
                w *= wlen;
            }
        }
    }
}

int main(void) {
    double complex x[N], X[N];
    for (int i = 0; i < N; i++) {
        x[i] = cos(2 * PI * 5 * i / N) + 0.5 * sin(2 * PI * 12 * i / N) + 0.1 * (i % 3);
        X[i] = x[i];
    }
    fft(X, N);
    double err = 0.0;
    for (int k = 0; k < N; k++) {
        double complex ref = 0.0;
        for (int t = 0; t < N; t++) ref += x[t] * cexp(-2.0 * PI * I * k * t / N);
        err = fmax(err, cabs(ref - X[k]));
    }
    printf("fft n=%d |X[5]|=%.3f |X[12]|=%.3f err=%g\n", N, cabs(X[5]), cabs(X[12]), err);
    return err < 1e-8 ? 0 : 1;
}
