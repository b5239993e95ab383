// stencil2d_local: one Jacobi sweep of the 5-point heat stencil, loading a tile with a one-cell halo into local memory.
#define TS 16

__kernel void stencil2d_local(__global const float *in, __global float *out, const int nx, const int ny) {
    __local float tile[TS + 2][TS + 2];
    int gx = get_global_id(0), gy = get_global_id(1);
    int lx = get_local_id(0) + 1, ly = get_local_id(1) + 1;
    int cx = min(gx, nx - 1), cy = min(gy, ny - 1); // clamp so that every work-item reaches the barriers
    tile[ly][lx] = in[cy * nx + cx];
    if (lx == 1)  tile[ly][0]      = in[cy * nx + max(cx - 1, 0)];
    if (lx == TS) tile[ly][TS + 1] = in[cy * nx + min(cx + 1, nx - 1)];
    if (ly == 1)  tile[0][lx]      = in[max(cy - 1, 0) * nx + cx];
    if (ly == TS) tile[TS + 1][lx] = in[min(cy + 1, ny - 1) * nx + cx];
    barrier(CLK_LOCAL_MEM_FENCE);
    if (gx >= nx || gy >= ny) return;
    if (gx == 0 || gy == 0 || gx == nx - 1 || gy == ny - 1) {
        out[gy * nx + gx] = tile[ly][lx]; // fixed boundary
        return;
    }
    out[gy * nx + gx] = 0.25f * (tile[ly - 1][lx] + tile[ly + 1][lx] + tile[ly][lx - 1] + tile[ly][lx + 1]);
}
