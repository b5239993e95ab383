// nbody: gravitational n-body simulation with a symplectic leapfrog integrator, checked for energy conservation.
#include <stdio.h>
#include <math.h>

#define NBODIES 32
#define SOFTENING 0.01

struct body {
    double x, y, z;
    double vx, vy, vz;
    double mass;
};

static struct body bodies[NBODIES];

static void accelerations(const struct body *b, int n, double ax[], double ay[], double az[]) {
    for (int i = 0; i < n; i++) {
        ax[i] = ay[i] = az[i] = 0.0;
        for (int j = 0; j < n; j++) {
            if (i == j) continue;
            double dx = b[j].x - b[i].x, dy = b[j].y - b[i].y, dz = b[j].z - b[i].z;
            double r2 = dx * dx + dy * dy + dz * dz + SOFTENING * SOFTENING;
            double inv = b[j].mass / (r2 * sqrt(r2));
            ax[i] += dx * inv;
            ay[i] += dy * inv;
            az[i] += dz * inv;
        }
    }
}

static double energy(const struct body *b, int n) {
    double e = 0.0;
    for (int i = 0; i < n; i++) {
        e += 0.5 * b[i].mass * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz);
        for (int j = i + 1; j < n; j++) {
            double dx = b[j].x - b[i].x, dy = b[j].y - b[i].y, dz = b[j].z - b[i].z;
            e -= b[i].mass * b[j].mass / sqrt(dx * dx + dy * dy + dz * dz + SOFTENING * SOFTENING);
        }
    }
    return e;
}

static void step(struct body *b, int n, double dt) {
    double ax[NBODIES], ay[NBODIES], az[NBODIES];
    accelerations(b, n, ax, ay, az);
    for (int i = 0; i < n; i++) { // kick-drift
        b[i].vx += 0.5 * dt * ax[i]; b[i].vy += 0.5 * dt * ay[i]; b[i].vz += 0.5 * dt * az[i];
        b[i].x += dt * b[i].vx; b[i].y += dt * b[i].vy; b[i].z += dt * b[i].vz;
    }
    accelerations(b, n, ax, ay, az);
    for (int i = 0; i < n; i++) { // second half kick
        b[i].vx += 0.5 * dt * ax[i]; b[i].vy += 0.5 * dt * ay[i]; b[i].vz += 0.5 * dt * az[i];
    }
}

int main(void) {
    for (int i = 0; i < NBODIES; i++) {
        double a = 2.0 * 3.141592653589793 * i / NBODIES, r = 1.0 + 0.05 * (i % 4);
        bodies[i] = (struct body){r * cos(a), r * sin(a), 0.01 * (i % 3), -0.3 * sin(a), 0.3 * cos(a), 0.0, 1.0 / NBODIES};
    }
    double e0 = energy(bodies, NBODIES);
    for (int s = 0; s < 200; s++) step(bodies, NBODIES, 0.001);
    double e1 = energy(bodies, NBODIES);
    double drift = fabs((e1 - e0) / e0);
    printf("nbody bodies=%d E0=%.6f E1=%.6f relative drift=%g\n", NBODIES, e0, e1, drift);
    return drift < 1e-3 ? 0 : 1;
}
