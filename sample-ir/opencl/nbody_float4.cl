// nbody_float4: one leapfrog step of softened gravity; positions are float4 (xyz, mass) and tiles of bodies are shared in local memory.
__kernel void nbody_float4(__global const float4 *pos, __global const float4 *vel, __global float4 *new_pos,
                           __global float4 *new_vel, __local float4 *tile, const int n, const float dt,
                           const float eps2) {
    int i = get_global_id(0), lid = get_local_id(0), lsize = get_local_size(0);
    float4 p = (i < n) ? pos[i] : (float4)(0.0f);
    float3 acc = (float3)(0.0f);
    for (int base = 0; base < n; base += lsize) {
        int j = base + lid;
        tile[lid] = (j < n) ? pos[j] : (float4)(0.0f); // padding bodies have zero mass
        barrier(CLK_LOCAL_MEM_FENCE);
        for (int k = 0; k < lsize; k++) {
            float4 q = tile[k];
            float3 d = q.xyz - p.xyz;
            float r2 = dot(d, d) + eps2;
            float inv = rsqrt(r2);
            acc += d * (q.w * inv * inv * inv);
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (i < n) {
        float4 v = vel[i];
        v.xyz += acc * dt;
        new_vel[i] = v;
        new_pos[i] = (float4)(p.xyz + v.xyz * dt, p.w);
    }
}
