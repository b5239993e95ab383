// varargs_log: a printf-like formatter with its own va_list handling (%d %u %x %s %c %%), switching on each conversion.
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

struct sink {
    char buf[256];
    size_t len;
};

static void put_char(struct sink *s, char c) {
    if (s->len + 1 < sizeof s->buf) s->buf[s->len++] = c;
    s->buf[s->len] = '\0';
}

static void put_unsigned(struct sink *s, unsigned long v, unsigned base) {
    char digits[32];
    int n = 0;
    do {
        digits[n++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    while (n > 0) put_char(s, digits[--n]);
}

static void format(struct sink *s, const char *fmt, va_list ap) {
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { put_char(s, *p); continue; }
        switch (*++p) {
        case 'd': {
            int v = va_arg(ap, int);
            if (v < 0) { put_char(s, '-'); put_unsigned(s, 0UL - (unsigned long)(long)v, 10); }
            else put_unsigned(s, (unsigned long)v, 10);
            break;
        }
        case 'u': put_unsigned(s, va_arg(ap, unsigned), 10); break;
        case 'x': put_unsigned(s, va_arg(ap, unsigned), 16); break;
        case 'c': put_char(s, (char)va_arg(ap, int)); break;
        case 's': for (const char *t = va_arg(ap, const char *); *t; t++) put_char(s, *t); break;
        case '%': put_char(s, '%'); break;
        case '\0': return; // a lone '%' at the end
        default: put_char(s, '?'); break;
        }
    }
}

static const char *log_message(struct sink *s, const char *level, const char *fmt, ...) {
    s->len = 0;
    s->buf[0] = '\0';
    for (const char *l = level; *l; l++) put_char(s, *l);
    put_char(s, ':');
    put_char(s, ' ');
    va_list ap;
    va_start(ap, fmt);
    format(s, fmt, ap);
    va_end(ap);
    return s->buf;
}

int main(void) {
    struct sink s;
    int failures = 0;
    const char *m1 = log_message(&s, "INFO", "%d items in %s (%u%%)", -42, "queue", 75u);
    if (strcmp(m1, "INFO: -42 items in queue (75%)") != 0) failures++;
    puts(m1);
    const char *m2 = log_message(&s, "DEBUG", "addr=0x%x flag=%c %q", 0xBEEFu, 'Y');
    if (strcmp(m2, "DEBUG: addr=0xbeef flag=Y ?") != 0) failures++;
    puts(m2);
    printf("varargs_log failures=%d\n", failures);
    return failures == 0 ? 0 : 1;
}
