// calculator: recursive-descent parser and evaluator for integer arithmetic expressions (+ - * / % ^, unary minus, parentheses).
#include <stdio.h>

struct parser {
    const char *p;
    int error; // set on a syntax error or division by zero
};

static long expression(struct parser *ps);

static void skip_spaces(struct parser *ps) {
    while (*ps->p == ' ' || *ps->p == '\t') ps->p++;
}

static long power(long base, long exp) { return exp <= 0 ? 1 : base * power(base, exp - 1); }

// primary := number | '(' expression ')' | '-' primary
static long primary(struct parser *ps) {
    skip_spaces(ps);
    char c = *ps->p;
    if (c == '(') {
        ps->p++;
        long v = expression(ps);
        skip_spaces(ps);
        if (*ps->p != ')') ps->error = 1;
        else ps->p++;
        return v;
    }
    if (c == '-') {
        ps->p++;
        return -primary(ps);
    }
    if (c < '0' || c > '9') {
        ps->error = 1;
        return 0;
    }
    long v = 0;
    while (*ps->p >= '0' && *ps->p <= '9') v = v * 10 + (*ps->p++ - '0');
    return v;
}

// factor := primary ('^' factor)?   (right associative)
static long factor(struct parser *ps) {
    long base = primary(ps);
    skip_spaces(ps);
    if (*ps->p == '^') {
        ps->p++;
        return power(base, factor(ps));
    }
    return base;
}

// term := factor (('*' | '/' | '%') factor)*
static long term(struct parser *ps) {
    long v = factor(ps);
    for (;;) {
        skip_spaces(ps);
        char op = *ps->p;
        if (op != '*' && op != '/' && op != '%') return v;
        ps->p++;
        long rhs = factor(ps);
        switch (op) {
        case '*': v *= rhs; break;
        case '/': if (rhs == 0) ps->error = 1; else v /= rhs; break;
        case '%': if (rhs == 0) ps->error = 1; else v %= rhs; break;
        }
    }
}

// expression := term (('+' | '-') term)*
static long expression(struct parser *ps) {
    long v = term(ps);
    for (;;) {
        skip_spaces(ps);
        if (*ps->p == '+') { ps->p++; v += term(ps); }
        else if (*ps->p == '-') { ps->p++; v -= term(ps); }
        else return v;
    }
}

static int evaluate(const char *text, long *result) {
    struct parser ps = {text, 0};
    *result = expression(&ps);
    skip_spaces(&ps);
    return !ps.error && *ps.p == '\0';
}

int main(void) {
    static const struct { const char *text; long value; int valid; } cases[] = {
        {"1 + 2 * 3", 7, 1},           {"(1 + 2) * 3", 9, 1},   {"2 ^ 3 ^ 2", 512, 1},
        {"-(4 - 10) % 4", 2, 1},        {"100 / 7 / 2", 7, 1},   {"1 + ", 0, 0},
        {"8 / (3 - 3)", 0, 0},          {"((2))*-3", -6, 1},     {"7 )", 0, 0},
    };
    int failures = 0;
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        long v = 0;
        int valid = evaluate(cases[i].text, &v);
        if (valid != cases[i].valid || (valid && v != cases[i].value)) failures++;
        printf("calculator %-16s => %s %ld\n", cases[i].text, valid ? "ok" : "error", v);
    }
    return failures == 0 ? 0 : 1;
}
