// scan_workgroup: exclusive prefix sum of each 2*local_size block (Blelloch up/down sweep in local memory), plus block sums.
__kernel void scan_workgroup(__global const int *in, __global int *out, __global int *block_sums,
                             __local int *temp, const int n) {
    int lid = get_local_id(0), m = 2 * get_local_size(0); // m elements per group, a power of two
    int base = get_group_id(0) * m;
    temp[2 * lid] = (base + 2 * lid < n) ? in[base + 2 * lid] : 0;
    temp[2 * lid + 1] = (base + 2 * lid + 1 < n) ? in[base + 2 * lid + 1] : 0;
    int offset = 1;
    for (int d = m >> 1; d > 0; d >>= 1) { // up-sweep
        barrier(CLK_LOCAL_MEM_FENCE);
        if (lid < d) {
            int ai = offset * (2 * lid + 1) - 1, bi = offset * (2 * lid + 2) - 1;
            temp[bi] += temp[ai];
        }
        offset <<= 1;
    }
    if (lid == 0) {
        block_sums[get_group_id(0)] = temp[m - 1];
        temp[m - 1] = 0;
    }
    for (int d = 1; d < m; d <<= 1) { // down-sweep
        offset >>= 1;
        barrier(CLK_LOCAL_MEM_FENCE);
        if (lid < d) {
            int ai = offset * (2 * lid + 1) - 1, bi = offset * (2 * lid + 2) - 1;
            int t = temp[ai];
            temp[ai] = temp[bi];
            temp[bi] += t;
        }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (base + 2 * lid < n) out[base + 2 * lid] = temp[2 * lid];
    if (base + 2 * lid + 1 < n) out[base + 2 * lid + 1] = temp[2 * lid + 1];
}

// Adds the scanned block sums to every element of the following blocks.
__kernel void scan_add_offsets(__global int *out, __global const int *scanned_sums, const int n) {
    int i = get_global_id(0);
    int block = i / (2 * (int)get_local_size(0));
    if (i < n) out[i] += scanned_sums[block];
}
