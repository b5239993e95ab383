// crc32: table-driven CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), checked against the bitwise definition.
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint32_t crc_table[256];

static void make_table(void) {
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++) c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static uint32_t crc32_table(const unsigned char *buf, size_t len) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < len; i++) c = crc_table[(c ^ buf[i]) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static uint32_t crc32_bitwise(const unsigned char *buf, size_t len) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < len; i++) {
        c ^= buf[i];
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

int main(void) {
    make_table();
    const char *check = "123456789"; // the standard check value is 0xCBF43926
    uint32_t a = crc32_table((const unsigned char *)check, strlen(check));
    unsigned char data[1000];
    for (int i = 0; i < 1000; i++) data[i] = (unsigned char)(i * 7 + 3);
    uint32_t b = crc32_table(data, sizeof data), c = crc32_bitwise(data, sizeof data);
    printf("crc32 check=%08x data=%08x bitwise=%08x\n", a, b, c);
    return a == 0xCBF43926u && b == c ? 0 : 1;
}
