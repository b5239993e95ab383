// rle: run-length encoding of a byte string as (count, byte) pairs and decoding, checked by round trip.
#include <stdio.h>
#include <string.h>

// Encodes runs of up to 255 equal bytes; returns the encoded length.
static size_t rle_encode(const unsigned char *in, size_t n, unsigned char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned char b = in[i];
        size_t run = 1;
        while (i + run < n && in[i + run] == b && run < 255) run++;
        out[o++] = (unsigned char)run;
        out[o++] = b;
        i += run;
    }
    return o;
}

static size_t rle_decode(const unsigned char *in, size_t n, unsigned char *out) {
    size_t o = 0;
    for (size_t i = 0; i + 1 < n; i += 2) {
        memset(out + o, in[i + 1], in[i]);
        o += in[i];
    }
    return o;
}

int main(void) {
    unsigned char input[2048], encoded[4096], decoded[2048];
    size_t n = 0;
    for (int block = 0; n + 300 < sizeof input; block++) { // runs of varying length, one longer than 255
        size_t run = block == 3 ? 300 : (size_t)(1 + (block * 13) % 40);
        memset(input + n, 'a' + block % 26, run);
        n += run;
    }
    size_t e = rle_encode(input, n, encoded);
    size_t d = rle_decode(encoded, e, decoded);
    int ok = d == n && memcmp(input, decoded, n) == 0;
    printf("rle input=%zu encoded=%zu decoded=%zu ok=%d\n", n, e, d, ok);
    return ok && e < n ? 0 : 1;
}
