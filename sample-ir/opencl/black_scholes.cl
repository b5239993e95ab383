// black_scholes: European call and put prices by the Black-Scholes formula, one option per work-item.
// Cumulative normal distribution by the Abramowitz-Stegun polynomial approximation.
static float cnd(float d) {
    const float a1 = 0.31938153f, a2 = -0.356563782f, a3 = 1.781477937f, a4 = -1.821255978f, a5 = 1.330274429f;
    float k = 1.0f / (1.0f + 0.2316419f * fabs(d));
    float poly = k * (a1 + k * (a2 + k * (a3 + k * (a4 + k * a5))));
    float c = 0.3989422804f * exp(-0.5f * d * d) * poly;
    return d > 0.0f ? 1.0f - c : c;
}

__kernel void black_scholes(__global const float *spot, __global const float *strike, __global const float *years,
                            __global float *call, __global float *put, const float rate, const float volatility,
                            const int n) {
    int i = get_global_id(0);
    if (i >= n) return;
    float s = spot[i], x = strike[i], t = years[i];
    float sqrt_t = sqrt(t);
    float d1 = (log(s / x) + (rate + 0.5f * volatility * volatility) * t) / (volatility * sqrt_t);
    float d2 = d1 - volatility * sqrt_t;
    float discount = exp(-rate * t);
    call[i] = s * cnd(d1) - x * discount * cnd(d2);
    put[i] = x * discount * cnd(-d2) - s * cnd(-d1);
}
