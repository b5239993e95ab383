// conv2d: 2-D convolution of an image with a 5x5 Gaussian and a 3x3 Sobel kernel (clamped borders).
#include <stdio.h>
#include <math.h>

#define W 64
#define H 48

static float image[H][W], blurred[H][W], edges[H][W];

static const float gauss5[5][5] = {
    {1, 4, 6, 4, 1}, {4, 16, 24, 16, 4}, {6, 24, 36, 24, 6}, {4, 16, 24, 16, 4}, {1, 4, 6, 4, 1}};
static const float sobel_x[3][3] = {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}};

static int clamp(int v, int lo, int hi) { return v < lo ? lo : (v > hi ? hi : v); }

static void convolve(const float in[H][W], float out[H][W], int k, const float *kernel, float scale) {
    int r = k / 2;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            float acc = 0.0f;
            for (int dy = -r; dy <= r; dy++)
                for (int dx = -r; dx <= r; dx++)
                    acc += kernel[(dy + r) * k + (dx + r)] * in[clamp(y + dy, 0, H - 1)][clamp(x + dx, 0, W - 1)];
            out[y][x] = acc * scale;
        }
}

int main(void) {
    // A bright rectangle on a dark background.
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
            image[y][x] = (x >= 20 && x < 44 && y >= 12 && y < 36) ? 1.0f : 0.0f;
    convolve(image, blurred, 5, &gauss5[0][0], 1.0f / 256.0f);
    convolve(image, edges, 3, &sobel_x[0][0], 1.0f);
    float total_in = 0.0f, total_blur = 0.0f;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            total_in += image[y][x];
            total_blur += blurred[y][x];
        }
    // Blurring keeps the mass (the shape is far from the border); Sobel-x responds +4 on the left edge, -4 on the right.
    printf("conv2d mass in=%.2f blurred=%.2f edge(left)=%.1f edge(right)=%.1f\n",
           total_in, total_blur, edges[24][20], edges[24][43]);
    return fabsf(total_in - total_blur) < 1e-2f && edges[24][20] == 4.0f && edges[24][43] == -4.0f ? 0 : 1;
}
