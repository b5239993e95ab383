// histogram_atomic: 256-bin byte histogram; work-groups count into a local histogram with atomics, then merge globally.
#define BINS 256

__kernel void histogram_atomic(__global const uchar *data, const int n, __global uint *bins) {
    __local uint local_bins[BINS];
    int lid = get_local_id(0), lsize = get_local_size(0);
    for (int b = lid; b < BINS; b += lsize)
        local_bins[b] = 0;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int i = get_global_id(0); i < n; i += get_global_size(0)) // grid-stride loop
        atomic_inc(&local_bins[data[i]]);
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int b = lid; b < BINS; b += lsize)
        if (local_bins[b] != 0)
            atomic_add(&bins[b], local_bins[b]);
}
