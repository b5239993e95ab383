// matmul_tiled: C = A * B for row-major square matrices, staging TILE x TILE blocks of A and B in local memory.
#define TILE 16

__kernel void matmul_tiled(__global const float *A, __global const float *B, __global float *C, const int n) {
    __local float As[TILE][TILE];
    __local float Bs[TILE][TILE];
    int row = get_global_id(1), col = get_global_id(0);
    int ly = get_local_id(1), lx = get_local_id(0);
    float acc = 0.0f;
    for (int t = 0; t < (n + TILE - 1) / TILE; t++) {
        int ac = t * TILE + lx, br = t * TILE + ly;
        As[ly][lx] = (row < n && ac < n) ? A[row * n + ac] : 0.0f; // zero padding past the edge
        Bs[ly][lx] = (br < n && col < n) ? B[br * n + col] : 0.0f;
        barrier(CLK_LOCAL_MEM_FENCE);
        for (int k = 0; k < TILE; k++)
            acc += As[ly][k] * Bs[k][lx];
        barrier(CLK_LOCAL_MEM_FENCE); // the tile is overwritten in the next iteration
    }
    if (row < n && col < n)
        C[row * n + col] = acc;
}
