// monte_carlo_pi: estimates pi by sampling points in the unit square with a 64-bit xorshift* generator.
#include <stdio.h>
#include <stdint.h>
#include <math.h>

struct rng { uint64_t state; };

static uint64_t next_u64(struct rng *r) {
    uint64_t x = r->state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    r->state = x;
    return x * 0x2545F4914F6CDD1DULL;
}

static double next_double(struct rng *r) { return (double)(next_u64(r) >> 11) * 0x1.0p-53; }

static double estimate_pi(struct rng *r, long samples) {
    long hits = 0;
    for (long i = 0; i < samples; i++) {
        double x = next_double(r), y = next_double(r);
        if (x * x + y * y <= 1.0) hits++;
    }
    return 4.0 * (double)hits / (double)samples;
}

int main(void) {
    struct rng r = {0x9E3779B97F4A7C15ULL};
    double pi = estimate_pi(&r, 1000000);
    double err = fabs(pi - 3.14159265358979);
    printf("monte_carlo_pi estimate=%.5f error=%.5f\n", pi, err);
    return err < 0.01 ? 0 : 1; // about 6 standard errors
}
