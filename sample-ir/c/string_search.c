// string_search: Knuth-Morris-Pratt substring search counting all matches, checked against a naive search.
#include <stdio.h>
#include <string.h>

static const char *text =
    "abracadabra abracadabra: a cadabra in the abracadabra of a bracket; abracadabracadabra.";

static void failure_table(const char *p, int m, int *fail) {
    fail[0] = 0;
    for (int i = 1, k = 0; i < m; i++) {
        while (k > 0 && p[i] != p[k]) k = fail[k - 1];
        if (p[i] == p[k]) k++;
        fail[i] = k;
    }
}

static int kmp_count(const char *t, const char *p) {
    int n = (int)strlen(t), m = (int)strlen(p), count = 0;
    int fail[64];
    if (m == 0 || m > 64) return -1;
    failure_table(p, m, fail);
    for (int i = 0, k = 0; i < n; i++) {
        while (k > 0 && t[i] != p[k]) k = fail[k - 1];
        if (t[i] == p[k]) k++;
        if (k == m) {
            count++;
            k = fail[k - 1]; // overlapping matches
        }
    }
    return count;
}

static int naive_count(const char *t, const char *p) {
    int count = 0;
    size_t m = strlen(p);
    for (const char *s = t; *s; s++)
        if (strncmp(s, p, m) == 0) count++;
    return count;
}

int main(void) {
    static const char *patterns[] = {"abra", "cadabra", "a", "bracket", "zebra", "abracadabra"};
    int ok = 1;
    for (unsigned i = 0; i < sizeof patterns / sizeof patterns[0]; i++) {
        int k = kmp_count(text, patterns[i]), nv = naive_count(text, patterns[i]);
        printf("string_search \"%s\": %d matches\n", patterns[i], k);
        if (k != nv) ok = 0;
    }
    return ok ? 0 : 1;
}
