// vector_add: element-wise sum c = a + b of two float vectors, one work-item per element with a bounds check.
__kernel void vector_add(__global const float *a, __global const float *b, __global float *c, const int n) {
    int i = get_global_id(0);
    if (i < n)
        c[i] = a[i] + b[i];
}
