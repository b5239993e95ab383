// convolution_const: 2-D convolution of a single-channel image with a (2r+1)^2 filter held in constant memory, clamped borders.
__kernel void convolution_const(__global const float *image, __constant float *filter, const int radius,
                                __global float *out, const int width, const int height) {
    int x = get_global_id(0), y = get_global_id(1);
    if (x >= width || y >= height) return;
    int k = 2 * radius + 1;
    float acc = 0.0f;
    for (int dy = -radius; dy <= radius; dy++) {
        int yy = clamp(y + dy, 0, height - 1);
        for (int dx = -radius; dx <= radius; dx++) {
            int xx = clamp(x + dx, 0, width - 1);
            acc += filter[(dy + radius) * k + (dx + radius)] * image[yy * width + xx];
        }
    }
    out[y * width + x] = acc;
}
