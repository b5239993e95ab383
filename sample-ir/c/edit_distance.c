// edit_distance: Levenshtein distance by dynamic programming with two rows, plus the longest common subsequence length.
#include <stdio.h>
#include <string.h>

static int min3(int a, int b, int c) {
    int m = a < b ? a : b;
    return m < c ? m : c;
}

static int levenshtein(const char *a, const char *b) {
    int n = (int)strlen(a), m = (int)strlen(b);
    int prev[128], cur[128];
    if (m >= 128) return -1;
    for (int j = 0; j <= m; j++) prev[j] = j;
    for (int i = 1; i <= n; i++) {
        cur[0] = i;
        for (int j = 1; j <= m; j++)
            cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]));
        memcpy(prev, cur, (size_t)(m + 1) * sizeof(int));
    }
    return prev[m];
}

static int lcs_length(const char *a, const char *b) {
    int n = (int)strlen(a), m = (int)strlen(b);
    static int t[128][128];
    if (n >= 128 || m >= 128) return -1;
    for (int i = 0; i <= n; i++)
        for (int j = 0; j <= m; j++) {
            if (i == 0 || j == 0) t[i][j] = 0;
            else if (a[i - 1] == b[j - 1]) t[i][j] = t[i - 1][j - 1] + 1;
            else t[i][j] = t[i - 1][j] > t[i][j - 1] ? t[i - 1][j] : t[i][j - 1];
        }
    return t[n][m];
}

int main(void) {
    static const struct { const char *a, *b; int dist, lcs; } cases[] = {
        {"kitten", "sitting", 3, 4}, {"flaw", "lawn", 2, 3}, {"", "abc", 3, 0},
        {"intention", "execution", 5, 5}, {"same", "same", 0, 4}};
    int failures = 0;
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int d = levenshtein(cases[i].a, cases[i].b), l = lcs_length(cases[i].a, cases[i].b);
        printf("edit_distance %s -> %s: distance=%d lcs=%d\n", cases[i].a, cases[i].b, d, l);
        if (d != cases[i].dist || l != cases[i].lcs) failures++;
    }
    return failures == 0 ? 0 : 1;
}
