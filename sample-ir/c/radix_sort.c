// radix_sort: least-significant-digit radix sort of 32-bit unsigned keys, 8 bits per pass, with counting and scatter.
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

static void radix_sort(uint32_t *keys, uint32_t *tmp, size_t n) {
    for (int shift = 0; shift < 32; shift += 8) {
        size_t count[257] = {0};
        for (size_t i = 0; i < n; i++)
            count[((keys[i] >> shift) & 0xFFu) + 1]++;
        for (int d = 0; d < 256; d++) // prefix sums give each digit's first slot
            count[d + 1] += count[d];
        for (size_t i = 0; i < n; i++)
            tmp[count[(keys[i] >> shift) & 0xFFu]++] = keys[i];
        uint32_t *swap = keys;
        keys = tmp;
        tmp = swap;
    }
    // Four passes: the sorted data is back in the caller's keys array.
}

int main(void) {
    const size_t n = 5000;
    uint32_t *keys = malloc(n * sizeof *keys);
    uint32_t *tmp = malloc(n * sizeof *tmp);
    if (!keys || !tmp) return 2;
    uint32_t x = 2463534242u, xor_before = 0, xor_after = 0;
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13; // xorshift32
        x ^= x >> 17;
        x ^= x << 5;
        keys[i] = x;
        xor_before ^= x;
    }
    radix_sort(keys, tmp, n);
    int sorted = 1;
    for (size_t i = 0; i < n; i++) {
        xor_after ^= keys[i];
        if (i > 0 && keys[i - 1] > keys[i]) sorted = 0;
    }
    printf("radix_sort n=%zu min=%u max=%u sorted=%d\n", n, keys[0], keys[n - 1], sorted);
    free(keys);
    free(tmp);
    return sorted && xor_before == xor_after ? 0 : 1;
}
