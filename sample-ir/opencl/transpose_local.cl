// transpose_local: out = in^T for a rows x cols matrix through a padded local tile, so both reads and writes coalesce.
#define TILE 16

__kernel void transpose_local(__global const float *in, __global float *out, const int rows, const int cols) {
    __local float tile[TILE][TILE + 1]; // +1 column avoids local-memory bank conflicts
    int bx = get_group_id(0) * TILE, by = get_group_id(1) * TILE;
    int lx = get_local_id(0), ly = get_local_id(1);
    int x = bx + lx, y = by + ly;
    if (x < cols && y < rows)
        tile[ly][lx] = in[y * cols + x];
    barrier(CLK_LOCAL_MEM_FENCE);
    // Write the tile back with block coordinates swapped.
    int tx = by + lx, ty = bx + ly;
    if (tx < rows && ty < cols)
        out[ty * rows + tx] = tile[lx][ly];
}
