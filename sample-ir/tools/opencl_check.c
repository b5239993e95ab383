/* Runs every kernel in sample-ir/opencl/ on the first OpenCL device (e.g. PoCL on the CPU) and compares its output
 * with a plain C reference. Not part of the sample set: check.sh builds and runs it when an OpenCL ICD is installed.
 * Usage: opencl_check OPENCL_DIR */
#define CL_TARGET_OPENCL_VERSION 120
#include <CL/cl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static cl_context ctx;
static cl_command_queue queue;
static cl_device_id device;
static const char *dir;
static int failures;

#define CHECK(call)                                                                          \
    do {                                                                                     \
        cl_int err_ = (call);                                                                \
        if (err_ != CL_SUCCESS) {                                                            \
            fprintf(stderr, "opencl_check: %s failed with %d (line %d)\n", #call, err_, __LINE__); \
            exit(2);                                                                         \
        }                                                                                    \
    } while (0)
#define ARG(k, i, v) CHECK(clSetKernelArg((k), (i), sizeof(v), &(v)))

static void report(const char *name, int ok, const char *detail) {
    printf("%-18s %s %s\n", name, ok ? "ok  " : "FAIL", detail);
    if (!ok) failures++;
}

static cl_kernel kernel(const char *file, const char *name) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s.cl", dir, file);
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(stderr, "opencl_check: cannot open %s\n", path); exit(2); }
    static char source[65536];
    size_t len = fread(source, 1, sizeof source - 1, f);
    fclose(f);
    source[len] = '\0';
    const char *src = source;
    cl_int err;
    cl_program program = clCreateProgramWithSource(ctx, 1, &src, &len, &err);
    CHECK(err);
    if (clBuildProgram(program, 1, &device, "-cl-std=CL1.2", NULL, NULL) != CL_SUCCESS) {
        static char log[65536];
        clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, sizeof log, log, NULL);
        fprintf(stderr, "opencl_check: build of %s failed:\n%s\n", path, log);
        exit(2);
    }
    cl_kernel k = clCreateKernel(program, name, &err);
    CHECK(err);
    return k;
}

static cl_mem buffer(size_t bytes, const void *host) {
    cl_int err;
    cl_mem m = clCreateBuffer(ctx, CL_MEM_READ_WRITE | (host ? CL_MEM_COPY_HOST_PTR : 0), bytes, (void *)host, &err);
    CHECK(err);
    return m;
}

static void fetch(cl_mem m, size_t bytes, void *host) { CHECK(clEnqueueReadBuffer(queue, m, CL_TRUE, 0, bytes, host, 0, NULL, NULL)); }

static void launch(cl_kernel k, cl_uint dims, size_t gx, size_t gy, size_t lx, size_t ly) {
    size_t global[2] = {gx, gy}, local[2] = {lx, ly};
    CHECK(clEnqueueNDRangeKernel(queue, k, dims, NULL, global, local, 0, NULL, NULL));
    CHECK(clFinish(queue));
}

static size_t round_up(size_t n, size_t m) { return (n + m - 1) / m * m; }
static float frand(unsigned *s) { *s = *s * 1103515245u + 12345u; return (float)((*s >> 8) & 0xFFFF) / 65536.0f; }

static void check_vector_add(void) {
    enum { N = 1000 };
    float a[N], b[N], c[N];
    unsigned s = 1;
    for (int i = 0; i < N; i++) { a[i] = frand(&s); b[i] = frand(&s); }
    cl_kernel k = kernel("vector_add", "vector_add");
    cl_mem da = buffer(sizeof a, a), db = buffer(sizeof b, b), dc = buffer(sizeof c, NULL);
    int n = N;
    ARG(k, 0, da); ARG(k, 1, db); ARG(k, 2, dc); ARG(k, 3, n);
    launch(k, 1, round_up(N, 64), 1, 64, 1);
    fetch(dc, sizeof c, c);
    int ok = 1;
    for (int i = 0; i < N; i++) ok &= c[i] == a[i] + b[i];
    report("vector_add", ok, "");
}

static void check_saxpy_vec4(void) {
    enum { N = 1003 };
    float x[N], y[N], out[N];
    unsigned s = 2;
    for (int i = 0; i < N; i++) { x[i] = frand(&s); y[i] = frand(&s); }
    cl_mem dx = buffer(sizeof x, x), dy = buffer(sizeof y, y);
    float a = 1.5f;
    int n4 = N / 4, first = n4 * 4, n = N;
    cl_kernel k = kernel("saxpy_vec4", "saxpy_vec4"), t = kernel("saxpy_vec4", "saxpy_tail");
    ARG(k, 0, a); ARG(k, 1, dx); ARG(k, 2, dy); ARG(k, 3, n4);
    launch(k, 1, round_up(n4, 64), 1, 64, 1);
    ARG(t, 0, a); ARG(t, 1, dx); ARG(t, 2, dy); ARG(t, 3, first); ARG(t, 4, n);
    launch(t, 1, 4, 1, 4, 1);
    fetch(dy, sizeof out, out);
    int ok = 1;
    for (int i = 0; i < N; i++) ok &= fabsf(out[i] - (a * x[i] + y[i])) < 1e-6f;
    report("saxpy_vec4", ok, "");
}

static void check_matmul_tiled(void) {
    enum { N = 50 };
    static float A[N * N], B[N * N], C[N * N];
    unsigned s = 3;
    for (int i = 0; i < N * N; i++) { A[i] = frand(&s) - 0.5f; B[i] = frand(&s) - 0.5f; }
    cl_kernel k = kernel("matmul_tiled", "matmul_tiled");
    cl_mem dA = buffer(sizeof A, A), dB = buffer(sizeof B, B), dC = buffer(sizeof C, NULL);
    int n = N;
    ARG(k, 0, dA); ARG(k, 1, dB); ARG(k, 2, dC); ARG(k, 3, n);
    launch(k, 2, round_up(N, 16), round_up(N, 16), 16, 16);
    fetch(dC, sizeof C, C);
    double err = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double ref = 0;
            for (int q = 0; q < N; q++) ref += (double)A[i * N + q] * B[q * N + j];
            err = fmax(err, fabs(ref - C[i * N + j]));
        }
    char d[64];
    snprintf(d, sizeof d, "max error %g", err);
    report("matmul_tiled", err < 1e-4, d);
}

static void check_reduce_local(void) {
    enum { N = 10000, L = 128 };
    static float in[N];
    double ref = 0;
    unsigned s = 4;
    for (int i = 0; i < N; i++) { in[i] = frand(&s); ref += in[i]; }
    size_t groups = (N + 2 * L - 1) / (2 * L);
    float partial[64];
    cl_kernel k = kernel("reduce_local", "reduce_local");
    cl_mem din = buffer(sizeof in, in), dp = buffer(groups * sizeof(float), NULL);
    int n = N;
    ARG(k, 0, din); ARG(k, 1, dp); CHECK(clSetKernelArg(k, 2, L * sizeof(float), NULL)); ARG(k, 3, n);
    launch(k, 1, groups * L, 1, L, 1);
    fetch(dp, groups * sizeof(float), partial);
    double sum = 0;
    for (size_t g = 0; g < groups; g++) sum += partial[g];
    char d[64];
    snprintf(d, sizeof d, "sum %.3f reference %.3f", sum, ref);
    report("reduce_local", fabs(sum - ref) / ref < 1e-5, d);
}

static void check_histogram_atomic(void) {
    enum { N = 100000 };
    static unsigned char data[N];
    unsigned ref[256] = {0}, bins[256] = {0};
    unsigned s = 5;
    for (int i = 0; i < N; i++) { s = s * 1664525u + 1013904223u; data[i] = (unsigned char)(s >> 24); ref[data[i]]++; }
    cl_kernel k = kernel("histogram_atomic", "histogram_atomic");
    cl_mem dd = buffer(sizeof data, data), db = buffer(sizeof bins, bins);
    int n = N;
    ARG(k, 0, dd); ARG(k, 1, n); ARG(k, 2, db);
    launch(k, 1, 4096, 1, 256, 1);
    fetch(db, sizeof bins, bins);
    report("histogram_atomic", memcmp(bins, ref, sizeof ref) == 0, "");
}

static void check_transpose_local(void) {
    enum { R = 50, C = 70 };
    static float in[R * C], out[C * R];
    for (int i = 0; i < R * C; i++) in[i] = (float)i;
    cl_kernel k = kernel("transpose_local", "transpose_local");
    cl_mem di = buffer(sizeof in, in), dout = buffer(sizeof out, NULL);
    int rows = R, cols = C;
    ARG(k, 0, di); ARG(k, 1, dout); ARG(k, 2, rows); ARG(k, 3, cols);
    launch(k, 2, round_up(C, 16), round_up(R, 16), 16, 16);
    fetch(dout, sizeof out, out);
    int ok = 1;
    for (int r = 0; r < R; r++)
        for (int c = 0; c < C; c++) ok &= out[c * R + r] == in[r * C + c];
    report("transpose_local", ok, "");
}

static void check_stencil2d_local(void) {
    enum { NX = 50, NY = 40 };
    static float in[NX * NY], out[NX * NY];
    unsigned s = 6;
    for (int i = 0; i < NX * NY; i++) in[i] = frand(&s);
    cl_kernel k = kernel("stencil2d_local", "stencil2d_local");
    cl_mem di = buffer(sizeof in, in), dout = buffer(sizeof out, NULL);
    int nx = NX, ny = NY;
    ARG(k, 0, di); ARG(k, 1, dout); ARG(k, 2, nx); ARG(k, 3, ny);
    launch(k, 2, round_up(NX, 16), round_up(NY, 16), 16, 16);
    fetch(dout, sizeof out, out);
    float err = 0;
    for (int y = 0; y < NY; y++)
        for (int x = 0; x < NX; x++) {
            float ref = in[y * NX + x];
            if (x > 0 && y > 0 && x < NX - 1 && y < NY - 1)
                ref = 0.25f * (in[(y - 1) * NX + x] + in[(y + 1) * NX + x] + in[y * NX + x - 1] + in[y * NX + x + 1]);
            err = fmaxf(err, fabsf(ref - out[y * NX + x]));
        }
    report("stencil2d_local", err < 1e-6f, "");
}

static void check_scan_workgroup(void) {
    enum { N = 1000, L = 64, B = 2 * L };
    int in[N], out[N], sums[16], ref[N];
    int groups = (N + B - 1) / B, acc = 0;
    for (int i = 0; i < N; i++) { in[i] = (i * 37 + 11) % 17 - 8; ref[i] = acc; acc += in[i]; }
    cl_kernel k = kernel("scan_workgroup", "scan_workgroup"), add = kernel("scan_workgroup", "scan_add_offsets");
    cl_mem di = buffer(sizeof in, in), dout = buffer(sizeof out, NULL), ds = buffer(groups * sizeof(int), NULL);
    int n = N;
    ARG(k, 0, di); ARG(k, 1, dout); ARG(k, 2, ds); CHECK(clSetKernelArg(k, 3, B * sizeof(int), NULL)); ARG(k, 4, n);
    launch(k, 1, (size_t)groups * L, 1, L, 1);
    fetch(ds, groups * sizeof(int), sums);
    for (int g = 0, run = 0; g < groups; g++) { int t = sums[g]; sums[g] = run; run += t; } // scan the block sums on the host
    cl_mem dscanned = buffer(groups * sizeof(int), sums);
    ARG(add, 0, dout); ARG(add, 1, dscanned); ARG(add, 2, n);
    launch(add, 1, round_up(N, L), 1, L, 1);
    fetch(dout, sizeof out, out);
    report("scan_workgroup", memcmp(out, ref, sizeof ref) == 0, "");
}

static void check_convolution_const(void) {
    enum { W = 40, H = 30, R = 2, K = 2 * R + 1 };
    static float img[W * H], out[W * H];
    float filter[K * K];
    unsigned s = 7;
    for (int i = 0; i < W * H; i++) img[i] = frand(&s);
    for (int i = 0; i < K * K; i++) filter[i] = frand(&s) - 0.5f;
    cl_kernel k = kernel("convolution_const", "convolution_const");
    cl_mem di = buffer(sizeof img, img), df = buffer(sizeof filter, filter), dout = buffer(sizeof out, NULL);
    int radius = R, w = W, h = H;
    ARG(k, 0, di); ARG(k, 1, df); ARG(k, 2, radius); ARG(k, 3, dout); ARG(k, 4, w); ARG(k, 5, h);
    launch(k, 2, round_up(W, 8), round_up(H, 8), 8, 8);
    fetch(dout, sizeof out, out);
    float err = 0;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            float acc = 0;
            for (int dy = -R; dy <= R; dy++)
                for (int dx = -R; dx <= R; dx++) {
                    int yy = y + dy < 0 ? 0 : (y + dy >= H ? H - 1 : y + dy);
                    int xx = x + dx < 0 ? 0 : (x + dx >= W ? W - 1 : x + dx);
                    acc += filter[(dy + R) * K + dx + R] * img[yy * W + xx];
                }
            err = fmaxf(err, fabsf(acc - out[y * W + x]));
        }
    report("convolution_const", err < 1e-5f, "");
}

static void check_nbody_float4(void) {
    enum { N = 100, L = 32 };
    static cl_float4 pos[N], vel[N], npos[N], nvel[N];
    unsigned s = 8;
    for (int i = 0; i < N; i++)
        for (int c = 0; c < 4; c++) { pos[i].s[c] = c == 3 ? 0.01f : frand(&s) * 2 - 1; vel[i].s[c] = c == 3 ? 0 : frand(&s) * 0.1f; }
    cl_kernel k = kernel("nbody_float4", "nbody_float4");
    cl_mem dp = buffer(sizeof pos, pos), dv = buffer(sizeof vel, vel), dnp = buffer(sizeof pos, NULL), dnv = buffer(sizeof vel, NULL);
    int n = N;
    float dt = 0.01f, eps2 = 0.001f;
    ARG(k, 0, dp); ARG(k, 1, dv); ARG(k, 2, dnp); ARG(k, 3, dnv);
    CHECK(clSetKernelArg(k, 4, L * sizeof(cl_float4), NULL)); ARG(k, 5, n); ARG(k, 6, dt); ARG(k, 7, eps2);
    launch(k, 1, round_up(N, L), 1, L, 1);
    fetch(dnp, sizeof npos, npos);
    fetch(dnv, sizeof nvel, nvel);
    double err = 0;
    for (int i = 0; i < N; i++) {
        double a[3] = {0, 0, 0};
        for (int j = 0; j < N; j++) {
            double d[3], r2 = eps2;
            for (int c = 0; c < 3; c++) { d[c] = pos[j].s[c] - pos[i].s[c]; r2 += d[c] * d[c]; }
            for (int c = 0; c < 3; c++) a[c] += d[c] * pos[j].s[3] / (r2 * sqrt(r2));
        }
        for (int c = 0; c < 3; c++) {
            double v = vel[i].s[c] + a[c] * dt;
            err = fmax(err, fabs(v - nvel[i].s[c]));
            err = fmax(err, fabs(pos[i].s[c] + v * dt - npos[i].s[c]));
        }
    }
    char d[64];
    snprintf(d, sizeof d, "max error %g", err);
    report("nbody_float4", err < 1e-4, d);
}

static int compare_int(const void *a, const void *b) { return (*(const int *)a > *(const int *)b) - (*(const int *)a < *(const int *)b); }

static void check_bitonic_step(void) {
    enum { N = 1024 };
    int keys[N], ref[N];
    unsigned s = 9;
    for (int i = 0; i < N; i++) { s = s * 1103515245u + 12345u; keys[i] = ref[i] = (int)(s >> 12) - 400000; }
    qsort(ref, N, sizeof(int), compare_int);
    cl_kernel k = kernel("bitonic_step", "bitonic_step");
    cl_mem dk = buffer(sizeof keys, keys);
    ARG(k, 0, dk);
    for (cl_uint size = 2; size <= N; size <<= 1)
        for (cl_uint j = size >> 1; j > 0; j >>= 1) {
            ARG(k, 1, size); ARG(k, 2, j);
            launch(k, 1, N, 1, 64, 1);
        }
    fetch(dk, sizeof keys, keys);
    report("bitonic_step", memcmp(keys, ref, sizeof ref) == 0, "");
}

static void check_mandelbrot_image(void) {
    enum { W = 64, H = 48, MAX = 100 };
    static unsigned char px[W * H];
    cl_kernel k = kernel("mandelbrot_image", "mandelbrot_image");
    cl_mem dp = buffer(sizeof px, NULL);
    int w = W, h = H, max_iter = MAX;
    float x0 = -2.2f, y0 = -1.2f, step = 0.05f;
    ARG(k, 0, dp); ARG(k, 1, w); ARG(k, 2, h); ARG(k, 3, x0); ARG(k, 4, y0); ARG(k, 5, step); ARG(k, 6, max_iter);
    launch(k, 2, W, H, 16, 16);
    fetch(dp, sizeof px, px);
    int mismatches = 0;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            float cr = x0 + x * step, ci = y0 + y * step, zr = 0, zi = 0;
            int n = 0;
            while (n < MAX && zr * zr + zi * zi <= 4.0f) { float t = zr * zr - zi * zi + cr; zi = 2 * zr * zi + ci; zr = t; n++; }
            unsigned char ref = n == MAX ? 0 : (unsigned char)(255 - n * 255 / MAX);
            mismatches += ref != px[y * W + x];
        }
    // Contracted multiply-adds may change the escape step of a few boundary pixels.
    char d[64];
    snprintf(d, sizeof d, "%d of %d pixels differ", mismatches, W * H);
    report("mandelbrot_image", mismatches <= W * H / 100 && px[24 * W + 44] == 0, d);
}

static void check_spmv_csr_rows(void) {
    enum { N = 200 };
    int rp[N + 1], ci[3 * N], nnz = 0;
    float v[3 * N], x[N], y[N];
    for (int i = 0; i < N; i++) {
        rp[i] = nnz;
        if (i > 0) { ci[nnz] = i - 1; v[nnz++] = -1; }
        ci[nnz] = i; v[nnz++] = 4;
        if (i + 1 < N) { ci[nnz] = i + 1; v[nnz++] = -1; }
        x[i] = (float)(i % 10);
    }
    rp[N] = nnz;
    cl_kernel k = kernel("spmv_csr_rows", "spmv_csr_rows");
    cl_mem drp = buffer(sizeof rp, rp), dci = buffer(nnz * sizeof(int), ci), dv = buffer(nnz * sizeof(float), v);
    cl_mem dx = buffer(sizeof x, x), dy = buffer(sizeof y, NULL);
    int rows = N;
    ARG(k, 0, rows); ARG(k, 1, drp); ARG(k, 2, dci); ARG(k, 3, dv); ARG(k, 4, dx); ARG(k, 5, dy);
    launch(k, 1, round_up(N, 64), 1, 64, 1);
    fetch(dy, sizeof y, y);
    int ok = 1;
    for (int i = 0; i < N; i++) {
        float ref = 4 * x[i] - (i > 0 ? x[i - 1] : 0) - (i + 1 < N ? x[i + 1] : 0);
        ok &= y[i] == ref;
    }
    report("spmv_csr_rows", ok, "");
}

static void check_black_scholes(void) {
    enum { N = 256 };
    float spot[N], strike[N], years[N], call[N], put[N];
    unsigned s = 10;
    for (int i = 0; i < N; i++) { spot[i] = 50 + 50 * frand(&s); strike[i] = 50 + 50 * frand(&s); years[i] = 0.25f + 2 * frand(&s); }
    cl_kernel k = kernel("black_scholes", "black_scholes");
    cl_mem ds = buffer(sizeof spot, spot), dk = buffer(sizeof strike, strike), dt = buffer(sizeof years, years);
    cl_mem dc = buffer(sizeof call, NULL), dp = buffer(sizeof put, NULL);
    float r = 0.03f, vol = 0.25f;
    int n = N;
    ARG(k, 0, ds); ARG(k, 1, dk); ARG(k, 2, dt); ARG(k, 3, dc); ARG(k, 4, dp); ARG(k, 5, r); ARG(k, 6, vol); ARG(k, 7, n);
    launch(k, 1, N, 1, 64, 1);
    fetch(dc, sizeof call, call);
    fetch(dp, sizeof put, put);
    double err = 0;
    for (int i = 0; i < N; i++) {
        double S = spot[i], X = strike[i], T = years[i];
        double d1 = (log(S / X) + (r + 0.5 * vol * vol) * T) / (vol * sqrt(T)), d2 = d1 - vol * sqrt(T);
        double c = S * 0.5 * erfc(-d1 / sqrt(2)) - X * exp(-r * T) * 0.5 * erfc(-d2 / sqrt(2));
        double p = c - S + X * exp(-r * T); // put-call parity
        err = fmax(err, fmax(fabs(c - call[i]), fabs(p - put[i])));
    }
    char d[64];
    snprintf(d, sizeof d, "max price error %g", err);
    report("black_scholes", err < 1e-3, d);
}

static void check_kmeans_assign(void) {
    enum { P = 500, F = 4, K = 5 };
    static float features[F * P], centroids[K * F];
    int labels[P], expect[P];
    unsigned s = 11;
    for (int c = 0; c < K; c++)
        for (int f = 0; f < F; f++) centroids[c * F + f] = (float)(c * 10 + f * (c % 2 ? 3 : -3));
    for (int p = 0; p < P; p++) {
        expect[p] = (p * 7) % K;
        for (int f = 0; f < F; f++) features[f * P + p] = centroids[expect[p] * F + f] + frand(&s) - 0.5f;
    }
    cl_kernel k = kernel("kmeans_assign", "kmeans_assign");
    cl_mem df = buffer(sizeof features, features), dc = buffer(sizeof centroids, centroids), dl = buffer(sizeof labels, NULL);
    int np = P, nf = F, nk = K;
    ARG(k, 0, df); ARG(k, 1, dc); ARG(k, 2, dl); ARG(k, 3, np); ARG(k, 4, nf); ARG(k, 5, nk);
    launch(k, 1, round_up(P, 64), 1, 64, 1);
    fetch(dl, sizeof labels, labels);
    report("kmeans_assign", memcmp(labels, expect, sizeof expect) == 0, "");
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: opencl_check OPENCL_DIR\n"); return 2; }
    dir = argv[1];
    cl_platform_id platform;
    cl_uint count = 0;
    if (clGetPlatformIDs(1, &platform, &count) != CL_SUCCESS || count == 0) {
        fprintf(stderr, "opencl_check: no OpenCL platform (install pocl-opencl-icd)\n");
        return 2;
    }
    CHECK(clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, 1, &device, NULL));
    cl_int err;
    ctx = clCreateContext(NULL, 1, &device, NULL, NULL, &err);
    CHECK(err);
    queue = clCreateCommandQueue(ctx, device, 0, &err);
    CHECK(err);
    check_vector_add();
    check_saxpy_vec4();
    check_matmul_tiled();
    check_reduce_local();
    check_histogram_atomic();
    check_transpose_local();
    check_stencil2d_local();
    check_scan_workgroup();
    check_convolution_const();
    check_nbody_float4();
    check_bitonic_step();
    check_mandelbrot_image();
    check_spmv_csr_rows();
    check_black_scholes();
    check_kmeans_assign();
    printf("opencl_check: %d kernel file(s) failed\n", failures);
    return failures == 0 ? 0 : 1;
}
