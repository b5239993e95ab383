// utf8_decode: UTF-8 decoder as an explicit state machine (switch on state), rejecting overlong and truncated sequences.
#include <stdio.h>
#include <stdint.h>
#include <string.h>

enum state { START, NEED1, NEED2, NEED3, INVALID };

// Decodes s into cps; returns the number of code points, or -1 on malformed input.
static int decode(const unsigned char *s, size_t n, uint32_t *cps) {
    enum state st = START;
    uint32_t cp = 0, min = 0;
    int count = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = s[i];
        switch (st) {
        case START:
            if (b < 0x80) { cps[count++] = b; continue; }
            else if ((b & 0xE0) == 0xC0) { cp = b & 0x1Fu; min = 0x80; st = NEED1; }
            else if ((b & 0xF0) == 0xE0) { cp = b & 0x0Fu; min = 0x800; st = NEED2; }
            else if ((b & 0xF8) == 0xF0) { cp = b & 0x07u; min = 0x10000; st = NEED3; }
            else st = INVALID;
            break;
        case NEED3:
        case NEED2:
        case NEED1:
            if ((b & 0xC0) != 0x80) { st = INVALID; break; }
            cp = (cp << 6) | (b & 0x3Fu);
            st = (st == NEED1) ? START : (st == NEED2 ? NEED1 : NEED2);
            if (st == START) {
                if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) st = INVALID;
                else cps[count++] = cp;
            }
            break;
        case INVALID:
            break;
        }
        if (st == INVALID) return -1;
    }
    return st == START ? count : -1;
}

int main(void) {
    uint32_t cps[64];
    const char *good = "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z"; // A, e-acute, euro sign, emoji, z
    int n = decode((const unsigned char *)good, strlen(good), cps);
    int ok = n == 5 && cps[0] == 'A' && cps[1] == 0xE9 && cps[2] == 0x20AC && cps[3] == 0x1F600 && cps[4] == 'z';
    static const char *bad[] = {"\xC0\xAF", "\xE2\x82", "\xED\xA0\x80", "\xFF", "ok\x80"};
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (decode((const unsigned char *)bad[i], strlen(bad[i]), cps) != -1) ok = 0;
    printf("utf8_decode code points=%d ok=%d\n", n, ok);
    return ok ? 0 : 1;
}
