// mandelbrot_image: escape-time Mandelbrot iteration per pixel, mapped to an 8-bit grey value.
static int escape_time(float cr, float ci, int max_iter) {
    float zr = 0.0f, zi = 0.0f;
    int n = 0;
    while (n < max_iter && zr * zr + zi * zi <= 4.0f) {
        float t = zr * zr - zi * zi + cr;
        zi = 2.0f * zr * zi + ci;
        zr = t;
        n++;
    }
    return n;
}

__kernel void mandelbrot_image(__global uchar *pixels, const int width, const int height, const float x0,
                               const float y0, const float step, const int max_iter) {
    int x = get_global_id(0), y = get_global_id(1);
    if (x >= width || y >= height) return;
    int n = escape_time(x0 + x * step, y0 + y * step, max_iter);
    pixels[y * width + x] = (n == max_iter) ? 0 : (uchar)(255 - (n * 255) / max_iter);
}
