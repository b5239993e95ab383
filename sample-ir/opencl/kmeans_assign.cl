// kmeans_assign: assigns each point (feature-major layout) to its nearest centroid, the k-means labelling step.
__kernel void kmeans_assign(__global const float *features, __global const float *centroids, __global int *labels,
                            const int npoints, const int nfeatures, const int k) {
    int p = get_global_id(0);
    if (p >= npoints) return;
    int best = 0;
    float best_d = FLT_MAX;
    for (int c = 0; c < k; c++) {
        float d = 0.0f;
        for (int f = 0; f < nfeatures; f++) {
            float diff = features[f * npoints + p] - centroids[c * nfeatures + f]; // coalesced over p
            d += diff * diff;
        }
        if (d < best_d) {
            best_d = d;
            best = c;
        }
    }
    labels[p] = best;
}
