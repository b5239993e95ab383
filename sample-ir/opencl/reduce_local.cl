// reduce_local: sum reduction; each work-group reduces its slice in local memory by halving strides with barriers.
__kernel void reduce_local(__global const float *in, __global float *partial, __local float *scratch, const int n) {
    int gid = get_global_id(0), lid = get_local_id(0), size = get_local_size(0);
    // Each work-item first adds two elements, so a group covers 2 * size inputs.
    int i = get_group_id(0) * size * 2 + lid;
    float v = 0.0f;
    if (i < n) v = in[i];
    if (i + size < n) v += in[i + size];
    scratch[lid] = v;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int stride = size / 2; stride > 0; stride >>= 1) {
        if (lid < stride)
            scratch[lid] += scratch[lid + stride];
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lid == 0)
        partial[get_group_id(0)] = scratch[0];
    (void)gid;
}
