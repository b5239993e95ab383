// kmeans: Lloyd's k-means clustering of 2-D points into K clusters, checked on well-separated blobs.
#include <stdio.h>
#include <float.h>
#include <math.h>

#define NPOINTS 300
#define K 3

struct point { float x, y; };

static struct point points[NPOINTS];
static int label[NPOINTS];

static float dist2(struct point a, struct point b) {
    float dx = a.x - b.x, dy = a.y - b.y;
    return dx * dx + dy * dy;
}

// Returns the number of points that changed cluster.
static int assign(const struct point *c) {
    int changed = 0;
    for (int i = 0; i < NPOINTS; i++) {
        int best = 0;
        float bestd = FLT_MAX;
        for (int k = 0; k < K; k++) {
            float d = dist2(points[i], c[k]);
            if (d < bestd) { bestd = d; best = k; }
        }
        if (label[i] != best) { label[i] = best; changed++; }
    }
    return changed;
}

static void update(struct point *c) {
    float sx[K] = {0}, sy[K] = {0};
    int count[K] = {0};
    for (int i = 0; i < NPOINTS; i++) {
        sx[label[i]] += points[i].x;
        sy[label[i]] += points[i].y;
        count[label[i]]++;
    }
    for (int k = 0; k < K; k++)
        if (count[k] > 0) c[k] = (struct point){sx[k] / count[k], sy[k] / count[k]};
}

int main(void) {
    static const struct point centres[K] = {{0, 0}, {10, 10}, {-8, 9}};
    for (int i = 0; i < NPOINTS; i++) {
        float jx = (float)((i * 73) % 101) / 50.0f - 1.0f, jy = (float)((i * 37) % 103) / 51.5f - 1.0f;
        points[i] = (struct point){centres[i % K].x + jx, centres[i % K].y + jy};
        label[i] = -1;
    }
    struct point c[K] = {points[0], points[1], points[2]};
    int rounds = 0;
    while (assign(c) > 0 && rounds < 100) {
        update(c);
        rounds++;
    }
    int wrong = 0; // points generated from one centre must share a label
    for (int i = K; i < NPOINTS; i++)
        if (label[i] != label[i % K]) wrong++;
    printf("kmeans rounds=%d centres=(%.2f,%.2f) (%.2f,%.2f) (%.2f,%.2f) wrong=%d\n",
           rounds, c[0].x, c[0].y, c[1].x, c[1].y, c[2].x, c[2].y, wrong);
    return wrong == 0 ? 0 : 1;
}
