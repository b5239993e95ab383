// saxpy_vec4: y = a*x + y on float4 vectors (vload4/vstore4), with a scalar kernel for the tail elements.
__kernel void saxpy_vec4(const float a, __global const float *x, __global float *y, const int n4) {
    int i = get_global_id(0);
    if (i >= n4) return;
    float4 xv = vload4(i, x);
    float4 yv = vload4(i, y);
    vstore4(fma((float4)(a), xv, yv), i, y);
}

__kernel void saxpy_tail(const float a, __global const float *x, __global float *y, const int first, const int n) {
    int i = first + get_global_id(0);
    if (i < n)
        y[i] = fma(a, x[i], y[i]);
}
