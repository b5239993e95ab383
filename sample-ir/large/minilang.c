// minilang: interpreter for a small dynamically typed scripting language (lexer, Pratt parser, bytecode compiler, stack VM, builtins) that runs and checks its own test scripts.
#include <ctype.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------------------------------ errors, memory */

static jmp_buf error_jump;
static char error_message[256];

// Reports a compile or run-time error and unwinds to the script runner (all memory lives in the arena).
static _Noreturn void fail(int line, const char *fmt, ...) {
    int n = snprintf(error_message, sizeof error_message, "line %d: ", line);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(error_message + n, sizeof error_message - (size_t)n, fmt, ap);
    va_end(ap);
    longjmp(error_jump, 1);
}

struct arena_block {
    struct arena_block *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
};

static struct arena_block *arena;
static size_t arena_total;

static void *arena_alloc(size_t n) {
    n = (n + 15) & ~(size_t)15;
    if (!arena || arena->used + n > arena->size) {
        size_t size = n > 65536 ? n : 65536;
        struct arena_block *b = malloc(sizeof *b + size);
        if (!b) {
            fputs("minilang: out of memory\n", stderr);
            exit(3);
        }
        b->next = arena;
        b->used = 0;
        b->size = size;
        arena = b;
    }
    void *p = arena->data + arena->used;
    arena->used += n;
    arena_total += n;
    return p;
}

static void arena_release(void) {
    while (arena) {
        struct arena_block *next = arena->next;
        free(arena);
        arena = next;
    }
    arena_total = 0;
}

// Grows an arena array to hold at least `need` elements (the old block is simply abandoned).
static void *grow(void *items, int *capacity, int need, size_t elem) {
    if (need <= *capacity) return items;
    int cap = *capacity < 8 ? 8 : *capacity;
    while (cap < need) cap *= 2;
    void *bigger = arena_alloc((size_t)cap * elem);
    if (items) memcpy(bigger, items, (size_t)*capacity * elem);
    *capacity = cap;
    return bigger;
}

/* ------------------------------------------------------------------------------------------------ text buffers */

struct strbuf {
    char *data;
    int len, cap;
};

static void sb_putn(struct strbuf *sb, const char *s, int n) {
    sb->data = grow(sb->data, &sb->cap, sb->len + n + 1, 1);
    memcpy(sb->data + sb->len, s, (size_t)n);
    sb->len += n;
    sb->data[sb->len] = '\0';
}

static void sb_puts(struct strbuf *sb, const char *s) { sb_putn(sb, s, (int)strlen(s)); }

static void sb_printf(struct strbuf *sb, const char *fmt, ...) {
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    sb_putn(sb, tmp, n < (int)sizeof tmp ? n : (int)sizeof tmp - 1);
}

/* ------------------------------------------------------------------------------------------------ values */

enum value_type { T_NIL, T_BOOL, T_INT, T_FLOAT, T_STR, T_LIST, T_FUNC, T_NATIVE };

struct string {
    int len;
    uint32_t hash;
    char chars[];
};

struct value;
struct list {
    int count, capacity;
    struct value *items;
};

struct function;
struct native;
struct vm;

struct value {
    enum value_type type;
    union {
        int b;
        long long i;
        double f;
        struct string *s;
        struct list *l;
        struct function *fn;
        const struct native *nat;
    } as;
};

typedef struct value (*native_fn)(struct vm *vm, int line, int argc, struct value *args);

struct native {
    const char *name;
    int arity; // -1: any number of arguments
    native_fn fn;
};

static struct value nil_value(void) { return (struct value){.type = T_NIL}; }
static struct value bool_value(int b) { return (struct value){.type = T_BOOL, .as.b = b != 0}; }
static struct value int_value(long long i) { return (struct value){.type = T_INT, .as.i = i}; }
static struct value float_value(double f) { return (struct value){.type = T_FLOAT, .as.f = f}; }

static const char *type_name(enum value_type t) {
    switch (t) {
    case T_NIL: return "nil";
    case T_BOOL: return "bool";
    case T_INT: return "int";
    case T_FLOAT: return "float";
    case T_STR: return "string";
    case T_LIST: return "list";
    case T_FUNC: return "function";
    case T_NATIVE: return "native";
    }
    return "?";
}

static int truthy(struct value v) {
    switch (v.type) {
    case T_NIL: return 0;
    case T_BOOL: return v.as.b;
    case T_INT: return v.as.i != 0;
    case T_FLOAT: return v.as.f != 0.0;
    case T_STR: return v.as.s->len > 0;
    case T_LIST: return v.as.l->count > 0;
    default: return 1;
    }
}

/* Strings are interned, so equal strings are the same pointer. */

static struct string **intern_slots;
static int intern_count, intern_capacity;

static uint32_t hash_bytes(const char *s, int n) {
    uint32_t h = 2166136261u;
    for (int i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static void intern_resize(int capacity) {
    struct string **old = intern_slots;
    int old_cap = intern_capacity;
    intern_slots = arena_alloc((size_t)capacity * sizeof *intern_slots);
    memset(intern_slots, 0, (size_t)capacity * sizeof *intern_slots);
    intern_capacity = capacity;
    for (int i = 0; i < old_cap; i++) {
        if (!old[i]) continue;
        int j = (int)(old[i]->hash & (uint32_t)(capacity - 1));
        while (intern_slots[j]) j = (j + 1) & (capacity - 1);
        intern_slots[j] = old[i];
    }
}

static struct string *intern(const char *s, int n) {
    if (intern_count * 4 >= intern_capacity * 3) intern_resize(intern_capacity ? intern_capacity * 2 : 256);
    uint32_t h = hash_bytes(s, n);
    int j = (int)(h & (uint32_t)(intern_capacity - 1));
    while (intern_slots[j]) {
        struct string *e = intern_slots[j];
        if (e->hash == h && e->len == n && memcmp(e->chars, s, (size_t)n) == 0) return e;
        j = (j + 1) & (intern_capacity - 1);
    }
    struct string *str = arena_alloc(sizeof *str + (size_t)n + 1);
    str->len = n;
    str->hash = h;
    memcpy(str->chars, s, (size_t)n);
    str->chars[n] = '\0';
    intern_slots[j] = str;
    intern_count++;
    return str;
}

static struct value string_value(const char *s, int n) { return (struct value){.type = T_STR, .as.s = intern(s, n)}; }

static struct list *new_list(int capacity) {
    struct list *l = arena_alloc(sizeof *l);
    l->count = 0;
    l->capacity = 0;
    l->items = NULL;
    l->items = grow(l->items, &l->capacity, capacity, sizeof(struct value));
    return l;
}

static void list_push(struct list *l, struct value v) {
    l->items = grow(l->items, &l->capacity, l->count + 1, sizeof(struct value));
    l->items[l->count++] = v;
}

static int values_equal(struct value a, struct value b) {
    if (a.type == T_INT && b.type == T_FLOAT) return (double)a.as.i == b.as.f;
    if (a.type == T_FLOAT && b.type == T_INT) return a.as.f == (double)b.as.i;
    if (a.type != b.type) return 0;
    switch (a.type) {
    case T_NIL: return 1;
    case T_BOOL: return a.as.b == b.as.b;
    case T_INT: return a.as.i == b.as.i;
    case T_FLOAT: return a.as.f == b.as.f;
    case T_STR: return a.as.s == b.as.s; // interned
    case T_LIST:
        if (a.as.l->count != b.as.l->count) return 0;
        for (int i = 0; i < a.as.l->count; i++)
            if (!values_equal(a.as.l->items[i], b.as.l->items[i])) return 0;
        return 1;
    case T_FUNC: return a.as.fn == b.as.fn;
    case T_NATIVE: return a.as.nat == b.as.nat;
    }
    return 0;
}

static void format_value(struct strbuf *sb, struct value v, int quote_strings);

/* ------------------------------------------------------------------------------------------------ lexer */

enum token_kind {
    TK_EOF, TK_INT, TK_FLOAT, TK_STRING, TK_IDENT,
    TK_LET, TK_FN, TK_IF, TK_ELSE, TK_WHILE, TK_FOR, TK_IN, TK_RETURN, TK_TRUE, TK_FALSE, TK_NIL,
    TK_AND, TK_OR, TK_NOT, TK_BREAK, TK_CONTINUE,
    TK_PLUS, TK_MINUS, TK_STAR, TK_SLASH, TK_PERCENT, TK_EQ, TK_NE, TK_LT, TK_LE, TK_GT, TK_GE, TK_ASSIGN,
    TK_LPAREN, TK_RPAREN, TK_LBRACE, TK_RBRACE, TK_LBRACKET, TK_RBRACKET, TK_COMMA, TK_SEMI, TK_DOTDOT
};

static const char *const token_names[] = {
    "end of input", "integer", "number", "string", "identifier",
    "'let'", "'fn'", "'if'", "'else'", "'while'", "'for'", "'in'", "'return'", "'true'", "'false'", "'nil'",
    "'and'", "'or'", "'not'", "'break'", "'continue'",
    "'+'", "'-'", "'*'", "'/'", "'%'", "'=='", "'!='", "'<'", "'<='", "'>'", "'>='", "'='",
    "'('", "')'", "'{'", "'}'", "'['", "']'", "','", "';'", "'..'"};

struct token {
    enum token_kind kind;
    const char *start;
    int length;
    int line;
    long long ival;
    double fval;
};

struct lexer {
    const char *p;
    int line;
};

static const struct {
    const char *word;
    enum token_kind kind;
} keywords[] = {
    {"let", TK_LET}, {"fn", TK_FN}, {"if", TK_IF}, {"else", TK_ELSE}, {"while", TK_WHILE}, {"for", TK_FOR},
    {"in", TK_IN}, {"return", TK_RETURN}, {"true", TK_TRUE}, {"false", TK_FALSE}, {"nil", TK_NIL},
    {"and", TK_AND}, {"or", TK_OR}, {"not", TK_NOT}, {"break", TK_BREAK}, {"continue", TK_CONTINUE}};

static void skip_space_and_comments(struct lexer *lx) {
    for (;;) {
        char c = *lx->p;
        if (c == '\n') {
            lx->line++;
            lx->p++;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            lx->p++;
        } else if (c == '#') {
            while (*lx->p && *lx->p != '\n') lx->p++;
        } else {
            return;
        }
    }
}

static struct token make_token(struct lexer *lx, enum token_kind kind, const char *start) {
    return (struct token){kind, start, (int)(lx->p - start), lx->line, 0, 0.0};
}

static struct token lex_number(struct lexer *lx, const char *start) {
    int is_float = 0;
    while (isdigit((unsigned char)*lx->p)) lx->p++;
    if (lx->p[0] == '.' && isdigit((unsigned char)lx->p[1])) {
        is_float = 1;
        lx->p++;
        while (isdigit((unsigned char)*lx->p)) lx->p++;
    }
    if (*lx->p == 'e' || *lx->p == 'E') {
        const char *q = lx->p + 1;
        if (*q == '+' || *q == '-') q++;
        if (isdigit((unsigned char)*q)) {
            is_float = 1;
            lx->p = q;
            while (isdigit((unsigned char)*lx->p)) lx->p++;
        }
    }
    struct token t = make_token(lx, is_float ? TK_FLOAT : TK_INT, start);
    char buf[64];
    int n = t.length < 63 ? t.length : 63;
    memcpy(buf, start, (size_t)n);
    buf[n] = '\0';
    if (is_float) t.fval = strtod(buf, NULL);
    else t.ival = strtoll(buf, NULL, 10);
    return t;
}

static struct token next_token(struct lexer *lx) {
    skip_space_and_comments(lx);
    const char *start = lx->p;
    char c = *lx->p;
    if (c == '\0') return make_token(lx, TK_EOF, start);
    if (isdigit((unsigned char)c)) return lex_number(lx, start);
    if (isalpha((unsigned char)c) || c == '_') {
        while (isalnum((unsigned char)*lx->p) || *lx->p == '_') lx->p++;
        int n = (int)(lx->p - start);
        for (size_t k = 0; k < sizeof keywords / sizeof keywords[0]; k++)
            if ((int)strlen(keywords[k].word) == n && memcmp(keywords[k].word, start, (size_t)n) == 0)
                return make_token(lx, keywords[k].kind, start);
        return make_token(lx, TK_IDENT, start);
    }
    lx->p++;
    switch (c) {
    case '"':
        while (*lx->p && *lx->p != '"') {
            if (*lx->p == '\\' && lx->p[1]) lx->p++;
            if (*lx->p == '\n') lx->line++;
            lx->p++;
        }
        if (!*lx->p) fail(lx->line, "unterminated string");
        lx->p++;
        return make_token(lx, TK_STRING, start);
    case '+': return make_token(lx, TK_PLUS, start);
    case '-': return make_token(lx, TK_MINUS, start);
    case '*': return make_token(lx, TK_STAR, start);
    case '/': return make_token(lx, TK_SLASH, start);
    case '%': return make_token(lx, TK_PERCENT, start);
    case '(': return make_token(lx, TK_LPAREN, start);
    case ')': return make_token(lx, TK_RPAREN, start);
    case '{': return make_token(lx, TK_LBRACE, start);
    case '}': return make_token(lx, TK_RBRACE, start);
    case '[': return make_token(lx, TK_LBRACKET, start);
    case ']': return make_token(lx, TK_RBRACKET, start);
    case ',': return make_token(lx, TK_COMMA, start);
    case ';': return make_token(lx, TK_SEMI, start);
    case '=':
        if (*lx->p == '=') { lx->p++; return make_token(lx, TK_EQ, start); }
        return make_token(lx, TK_ASSIGN, start);
    case '!':
        if (*lx->p == '=') { lx->p++; return make_token(lx, TK_NE, start); }
        break;
    case '<':
        if (*lx->p == '=') { lx->p++; return make_token(lx, TK_LE, start); }
        return make_token(lx, TK_LT, start);
    case '>':
        if (*lx->p == '=') { lx->p++; return make_token(lx, TK_GE, start); }
        return make_token(lx, TK_GT, start);
    case '.':
        if (*lx->p == '.') { lx->p++; return make_token(lx, TK_DOTDOT, start); }
        break;
    default:
        break;
    }
    fail(lx->line, "unexpected character '%c'", c);
}

/* ------------------------------------------------------------------------------------------------ syntax tree */

enum node_kind {
    N_INT, N_FLOAT, N_STR, N_NIL, N_TRUE, N_FALSE, N_NAME, N_UNARY, N_BINARY, N_AND, N_OR, N_CALL, N_INDEX,
    N_LIST, N_ASSIGN, N_INDEX_ASSIGN, N_LET, N_BLOCK, N_IF, N_WHILE, N_FOR, N_RETURN, N_BREAK, N_CONTINUE,
    N_EXPR, N_FN
};

struct node {
    enum node_kind kind;
    int line;
    enum token_kind op;
    long long ival;
    double fval;
    struct string *name; // names, string literals, function names
    struct node *a, *b, *c;
    struct node **items; // block statements, call arguments, list elements, parameters
    int count, capacity;
};

static struct node *new_node(enum node_kind kind, int line) {
    struct node *n = arena_alloc(sizeof *n);
    memset(n, 0, sizeof *n);
    n->kind = kind;
    n->line = line;
    return n;
}

static void add_item(struct node *n, struct node *item) {
    n->items = grow(n->items, &n->capacity, n->count + 1, sizeof *n->items);
    n->items[n->count++] = item;
}

/* ------------------------------------------------------------------------------------------------ parser */

struct parser {
    struct lexer lx;
    struct token cur, prev;
};

static void advance(struct parser *p) {
    p->prev = p->cur;
    p->cur = next_token(&p->lx);
}

static int check(struct parser *p, enum token_kind k) { return p->cur.kind == k; }

static int accept(struct parser *p, enum token_kind k) {
    if (!check(p, k)) return 0;
    advance(p);
    return 1;
}

static void expect(struct parser *p, enum token_kind k, const char *context) {
    if (!accept(p, k))
        fail(p->cur.line, "expected %s %s, found %s", token_names[k], context, token_names[p->cur.kind]);
}

static struct string *unescape(const struct token *t) {
    char buf[1024];
    int n = 0;
    for (int i = 1; i < t->length - 1 && n < (int)sizeof buf - 1; i++) {
        char c = t->start[i];
        if (c == '\\') {
            c = t->start[++i];
            switch (c) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case '\\': case '"': break;
            default: fail(t->line, "unknown escape '\\%c'", c);
            }
        }
        buf[n++] = c;
    }
    return intern(buf, n);
}

static int precedence(enum token_kind k) {
    switch (k) {
    case TK_OR: return 1;
    case TK_AND: return 2;
    case TK_EQ: case TK_NE: return 3;
    case TK_LT: case TK_LE: case TK_GT: case TK_GE: return 4;
    case TK_PLUS: case TK_MINUS: return 5;
    case TK_STAR: case TK_SLASH: case TK_PERCENT: return 6;
    default: return 0;
    }
}

static struct node *parse_expression(struct parser *p, int min_prec);
static struct node *parse_block(struct parser *p);

static struct node *parse_postfix(struct parser *p, struct node *e) {
    for (;;) {
        if (accept(p, TK_LPAREN)) {
            struct node *call = new_node(N_CALL, p->prev.line);
            call->a = e;
            if (!check(p, TK_RPAREN)) {
                do add_item(call, parse_expression(p, 1));
                while (accept(p, TK_COMMA));
            }
            expect(p, TK_RPAREN, "after arguments");
            e = call;
        } else if (accept(p, TK_LBRACKET)) {
            struct node *index = new_node(N_INDEX, p->prev.line);
            index->a = e;
            index->b = parse_expression(p, 1);
            expect(p, TK_RBRACKET, "after index");
            e = index;
        } else {
            return e;
        }
    }
}

static struct node *parse_prefix(struct parser *p) {
    struct token t = p->cur;
    advance(p);
    struct node *n;
    switch (t.kind) {
    case TK_INT: n = new_node(N_INT, t.line); n->ival = t.ival; break;
    case TK_FLOAT: n = new_node(N_FLOAT, t.line); n->fval = t.fval; break;
    case TK_STRING: n = new_node(N_STR, t.line); n->name = unescape(&t); break;
    case TK_NIL: n = new_node(N_NIL, t.line); break;
    case TK_TRUE: n = new_node(N_TRUE, t.line); break;
    case TK_FALSE: n = new_node(N_FALSE, t.line); break;
    case TK_IDENT: n = new_node(N_NAME, t.line); n->name = intern(t.start, t.length); break;
    case TK_LPAREN:
        n = parse_expression(p, 1);
        expect(p, TK_RPAREN, "after parenthesised expression");
        break;
    case TK_LBRACKET:
        n = new_node(N_LIST, t.line);
        if (!check(p, TK_RBRACKET)) {
            do add_item(n, parse_expression(p, 1));
            while (accept(p, TK_COMMA));
        }
        expect(p, TK_RBRACKET, "after list elements");
        break;
    case TK_MINUS:
    case TK_NOT:
        n = new_node(N_UNARY, t.line);
        n->op = t.kind;
        n->a = parse_prefix(p);
        return n; // unary binds tighter than postfix-less binary operators
    default:
        fail(t.line, "expected an expression, found %s", token_names[t.kind]);
    }
    return parse_postfix(p, n);
}

// Precedence climbing: binary operators at or above min_prec, all left associative.
static struct node *parse_expression(struct parser *p, int min_prec) {
    struct node *left = parse_prefix(p);
    for (;;) {
        enum token_kind op = p->cur.kind;
        int prec = precedence(op);
        if (prec == 0 || prec < min_prec) return left;
        advance(p);
        struct node *right = parse_expression(p, prec + 1);
        struct node *n = new_node(op == TK_AND ? N_AND : op == TK_OR ? N_OR : N_BINARY, p->prev.line);
        n->op = op;
        n->a = left;
        n->b = right;
        left = n;
    }
}

static struct node *parse_statement(struct parser *p) {
    int line = p->cur.line;
    if (accept(p, TK_LET)) {
        struct node *n = new_node(N_LET, line);
        expect(p, TK_IDENT, "after 'let'");
        n->name = intern(p->prev.start, p->prev.length);
        expect(p, TK_ASSIGN, "in 'let'");
        n->a = parse_expression(p, 1);
        expect(p, TK_SEMI, "after 'let'");
        return n;
    }
    if (accept(p, TK_FN)) {
        struct node *n = new_node(N_FN, line);
        expect(p, TK_IDENT, "after 'fn'");
        n->name = intern(p->prev.start, p->prev.length);
        expect(p, TK_LPAREN, "before parameters");
        if (!check(p, TK_RPAREN)) {
            do {
                expect(p, TK_IDENT, "as parameter");
                struct node *param = new_node(N_NAME, p->prev.line);
                param->name = intern(p->prev.start, p->prev.length);
                add_item(n, param);
            } while (accept(p, TK_COMMA));
        }
        expect(p, TK_RPAREN, "after parameters");
        n->a = parse_block(p);
        return n;
    }
    if (accept(p, TK_IF)) {
        struct node *n = new_node(N_IF, line);
        n->a = parse_expression(p, 1);
        n->b = parse_block(p);
        if (accept(p, TK_ELSE)) n->c = check(p, TK_IF) ? parse_statement(p) : parse_block(p);
        return n;
    }
    if (accept(p, TK_WHILE)) {
        struct node *n = new_node(N_WHILE, line);
        n->a = parse_expression(p, 1);
        n->b = parse_block(p);
        return n;
    }
    if (accept(p, TK_FOR)) {
        struct node *n = new_node(N_FOR, line);
        expect(p, TK_IDENT, "after 'for'");
        n->name = intern(p->prev.start, p->prev.length);
        expect(p, TK_IN, "in 'for'");
        n->a = parse_expression(p, 1);
        expect(p, TK_DOTDOT, "in 'for' range");
        n->b = parse_expression(p, 1);
        n->c = parse_block(p);
        return n;
    }
    if (accept(p, TK_RETURN)) {
        struct node *n = new_node(N_RETURN, line);
        if (!check(p, TK_SEMI)) n->a = parse_expression(p, 1);
        expect(p, TK_SEMI, "after 'return'");
        return n;
    }
    if (accept(p, TK_BREAK) || accept(p, TK_CONTINUE)) {
        struct node *n = new_node(p->prev.kind == TK_BREAK ? N_BREAK : N_CONTINUE, line);
        expect(p, TK_SEMI, "after loop control");
        return n;
    }
    if (check(p, TK_LBRACE)) return parse_block(p);
    struct node *e = parse_expression(p, 1);
    if (accept(p, TK_ASSIGN)) {
        struct node *n;
        if (e->kind == N_NAME) {
            n = new_node(N_ASSIGN, line);
            n->name = e->name;
        } else if (e->kind == N_INDEX) {
            n = new_node(N_INDEX_ASSIGN, line);
            n->b = e->a;
            n->c = e->b;
        } else {
            fail(line, "cannot assign to this expression");
        }
        n->a = parse_expression(p, 1);
        expect(p, TK_SEMI, "after assignment");
        return n;
    }
    struct node *n = new_node(N_EXPR, line);
    n->a = e;
    expect(p, TK_SEMI, "after expression");
    return n;
}

static struct node *parse_block(struct parser *p) {
    struct node *block = new_node(N_BLOCK, p->cur.line);
    expect(p, TK_LBRACE, "to open a block");
    while (!check(p, TK_RBRACE) && !check(p, TK_EOF)) add_item(block, parse_statement(p));
    expect(p, TK_RBRACE, "to close a block");
    return block;
}

static struct node *parse_program(const char *source) {
    struct parser p = {{source, 1}, {0}, {0}};
    advance(&p);
    struct node *program = new_node(N_BLOCK, 1);
    while (!check(&p, TK_EOF)) add_item(program, parse_statement(&p));
    return program;
}

/* ------------------------------------------------------------------------------------------------ bytecode */

enum opcode {
    OP_CONST, OP_NIL, OP_TRUE, OP_FALSE, OP_POP,
    OP_GET_LOCAL, OP_SET_LOCAL, OP_GET_GLOBAL, OP_SET_GLOBAL, OP_DEFINE_GLOBAL,
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_NEG, OP_NOT,
    OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
    OP_JUMP, OP_JUMP_IF_FALSE, OP_JUMP_IF_FALSE_KEEP, OP_JUMP_IF_TRUE_KEEP, OP_LOOP,
    OP_CALL, OP_RETURN, OP_LIST, OP_INDEX, OP_SET_INDEX, OP_INCREMENT_LOCAL
};

static const char *const opcode_names[] = {
    "CONST", "NIL", "TRUE", "FALSE", "POP",
    "GET_LOCAL", "SET_LOCAL", "GET_GLOBAL", "SET_GLOBAL", "DEFINE_GLOBAL",
    "ADD", "SUB", "MUL", "DIV", "MOD", "NEG", "NOT",
    "EQ", "NE", "LT", "LE", "GT", "GE",
    "JUMP", "JUMP_IF_FALSE", "JUMP_IF_FALSE_KEEP", "JUMP_IF_TRUE_KEEP", "LOOP",
    "CALL", "RETURN", "LIST", "INDEX", "SET_INDEX", "INCREMENT_LOCAL"};

struct chunk {
    uint8_t *code;
    int *lines;
    int count, capacity, line_capacity;
    struct value *constants;
    int nconstants, constant_capacity;
};

struct function {
    struct string *name;
    int arity;
    struct chunk chunk;
};

static void emit_byte(struct chunk *c, int byte, int line) {
    c->code = grow(c->code, &c->capacity, c->count + 1, 1);
    c->lines = grow(c->lines, &c->line_capacity, c->count + 1, sizeof(int));
    c->code[c->count] = (uint8_t)byte;
    c->lines[c->count++] = line;
}

static void emit_u16(struct chunk *c, int v, int line) {
    emit_byte(c, (v >> 8) & 0xFF, line);
    emit_byte(c, v & 0xFF, line);
}

static int add_constant(struct chunk *c, struct value v, int line) {
    for (int i = 0; i < c->nconstants; i++) // reuse identical constants (names are interned)
        if (c->constants[i].type == v.type && values_equal(c->constants[i], v)) return i;
    if (c->nconstants >= 65535) fail(line, "too many constants in one function");
    c->constants = grow(c->constants, &c->constant_capacity, c->nconstants + 1, sizeof(struct value));
    c->constants[c->nconstants] = v;
    return c->nconstants++;
}

static int read_u16(const uint8_t *code) { return (code[0] << 8) | code[1]; }

/* ------------------------------------------------------------------------------------------------ compiler */

#define MAX_LOCALS 256
#define MAX_BREAKS 64

struct loop {
    struct loop *enclosing;
    int continue_target; // -1 until known (for loops: the increment)
    int continue_jumps[MAX_BREAKS], ncontinues;
    int break_jumps[MAX_BREAKS], nbreaks;
    int depth;
};

struct compiler {
    struct function *fn;
    struct {
        struct string *name;
        int depth;
    } locals[MAX_LOCALS];
    int nlocals;
    int depth;
    int is_script;
    struct loop *loop;
};

static void compile_node(struct compiler *cc, struct node *n);

static struct chunk *chunk_of(struct compiler *cc) { return &cc->fn->chunk; }
static void emit(struct compiler *cc, int op, int line) { emit_byte(chunk_of(cc), op, line); }

static void emit_with_u16(struct compiler *cc, int op, int arg, int line) {
    emit(cc, op, line);
    emit_u16(chunk_of(cc), arg, line);
}

static int emit_jump(struct compiler *cc, int op, int line) {
    emit_with_u16(cc, op, 0xFFFF, line);
    return chunk_of(cc)->count - 2;
}

static void patch_jump(struct compiler *cc, int at) {
    int distance = chunk_of(cc)->count - (at + 2);
    if (distance > 65535) fail(0, "jump too far");
    chunk_of(cc)->code[at] = (uint8_t)(distance >> 8);
    chunk_of(cc)->code[at + 1] = (uint8_t)distance;
}

static void emit_loop(struct compiler *cc, int target, int line) {
    emit(cc, OP_LOOP, line);
    int distance = chunk_of(cc)->count + 2 - target;
    if (distance > 65535) fail(line, "loop body too large");
    emit_u16(chunk_of(cc), distance, line);
}

static int resolve_local(struct compiler *cc, struct string *name) {
    for (int i = cc->nlocals - 1; i >= 0; i--)
        if (cc->locals[i].name == name) return i;
    return -1;
}

static int declare_local(struct compiler *cc, struct string *name, int line) {
    for (int i = cc->nlocals - 1; i >= 0 && cc->locals[i].depth == cc->depth; i--)
        if (cc->locals[i].name == name) fail(line, "'%s' is already declared in this scope", name->chars);
    if (cc->nlocals >= MAX_LOCALS) fail(line, "too many local variables");
    cc->locals[cc->nlocals].name = name;
    cc->locals[cc->nlocals].depth = cc->depth;
    return cc->nlocals++;
}

static void begin_scope(struct compiler *cc) { cc->depth++; }

// Pops the locals of scopes deeper than `depth` (without forgetting them when only jumping out).
static void pop_locals_above(struct compiler *cc, int depth, int forget, int line) {
    int i = cc->nlocals;
    while (i > 0 && cc->locals[i - 1].depth > depth) {
        emit(cc, OP_POP, line);
        i--;
    }
    if (forget) cc->nlocals = i;
}

static void end_scope(struct compiler *cc, int line) {
    cc->depth--;
    pop_locals_above(cc, cc->depth, 1, line);
}

static int name_constant(struct compiler *cc, struct string *name, int line) {
    return add_constant(chunk_of(cc), (struct value){.type = T_STR, .as.s = name}, line);
}

static struct function *compile_function(struct node *fn_node) {
    struct function *fn = arena_alloc(sizeof *fn);
    memset(fn, 0, sizeof *fn);
    fn->name = fn_node->name;
    fn->arity = fn_node->count;
    struct compiler *cc = arena_alloc(sizeof *cc);
    memset(cc, 0, sizeof *cc);
    cc->fn = fn;
    cc->depth = 1;
    declare_local(cc, fn->name, fn_node->line); // slot 0 holds the callee
    for (int i = 0; i < fn_node->count; i++) declare_local(cc, fn_node->items[i]->name, fn_node->items[i]->line);
    compile_node(cc, fn_node->a);
    emit(cc, OP_NIL, fn_node->line); // implicit 'return nil'
    emit(cc, OP_RETURN, fn_node->line);
    return fn;
}

static void compile_binary(struct compiler *cc, struct node *n) {
    compile_node(cc, n->a);
    compile_node(cc, n->b);
    switch (n->op) {
    case TK_PLUS: emit(cc, OP_ADD, n->line); break;
    case TK_MINUS: emit(cc, OP_SUB, n->line); break;
    case TK_STAR: emit(cc, OP_MUL, n->line); break;
    case TK_SLASH: emit(cc, OP_DIV, n->line); break;
    case TK_PERCENT: emit(cc, OP_MOD, n->line); break;
    case TK_EQ: emit(cc, OP_EQ, n->line); break;
    case TK_NE: emit(cc, OP_NE, n->line); break;
    case TK_LT: emit(cc, OP_LT, n->line); break;
    case TK_LE: emit(cc, OP_LE, n->line); break;
    case TK_GT: emit(cc, OP_GT, n->line); break;
    case TK_GE: emit(cc, OP_GE, n->line); break;
    default: fail(n->line, "unknown binary operator %s", token_names[n->op]);
    }
}

static void compile_loop_exit(struct compiler *cc, struct node *n) {
    struct loop *loop = cc->loop;
    if (!loop) fail(n->line, "'%s' outside a loop", n->kind == N_BREAK ? "break" : "continue");
    pop_locals_above(cc, loop->depth, 0, n->line);
    if (n->kind == N_BREAK) {
        if (loop->nbreaks >= MAX_BREAKS) fail(n->line, "too many 'break' statements in one loop");
        loop->break_jumps[loop->nbreaks++] = emit_jump(cc, OP_JUMP, n->line);
    } else if (loop->continue_target >= 0) {
        emit_loop(cc, loop->continue_target, n->line);
    } else {
        if (loop->ncontinues >= MAX_BREAKS) fail(n->line, "too many 'continue' statements in one loop");
        loop->continue_jumps[loop->ncontinues++] = emit_jump(cc, OP_JUMP, n->line);
    }
}

static void compile_while(struct compiler *cc, struct node *n) {
    struct loop loop = {cc->loop, chunk_of(cc)->count, {0}, 0, {0}, 0, cc->depth};
    cc->loop = &loop;
    compile_node(cc, n->a);
    int exit_jump = emit_jump(cc, OP_JUMP_IF_FALSE, n->line);
    compile_node(cc, n->b);
    emit_loop(cc, loop.continue_target, n->line);
    patch_jump(cc, exit_jump);
    for (int i = 0; i < loop.nbreaks; i++) patch_jump(cc, loop.break_jumps[i]);
    cc->loop = loop.enclosing;
}

// for NAME in FROM..TO BODY: a hidden local holds the bound, the loop variable counts up to it (exclusive).
static void compile_for(struct compiler *cc, struct node *n) {
    begin_scope(cc);
    compile_node(cc, n->a);
    int var = declare_local(cc, n->name, n->line);
    compile_node(cc, n->b);
    int limit = declare_local(cc, intern(" limit", 6), n->line);
    struct loop loop = {cc->loop, -1, {0}, 0, {0}, 0, cc->depth};
    cc->loop = &loop;
    int start = chunk_of(cc)->count;
    emit_with_u16(cc, OP_GET_LOCAL, var, n->line);
    emit_with_u16(cc, OP_GET_LOCAL, limit, n->line);
    emit(cc, OP_LT, n->line);
    int exit_jump = emit_jump(cc, OP_JUMP_IF_FALSE, n->line);
    compile_node(cc, n->c);
    for (int i = 0; i < loop.ncontinues; i++) patch_jump(cc, loop.continue_jumps[i]);
    emit_with_u16(cc, OP_INCREMENT_LOCAL, var, n->line);
    emit_loop(cc, start, n->line);
    patch_jump(cc, exit_jump);
    for (int i = 0; i < loop.nbreaks; i++) patch_jump(cc, loop.break_jumps[i]);
    cc->loop = loop.enclosing;
    end_scope(cc, n->line);
}

static void compile_node(struct compiler *cc, struct node *n) {
    switch (n->kind) {
    case N_INT:
        emit_with_u16(cc, OP_CONST, add_constant(chunk_of(cc), int_value(n->ival), n->line), n->line);
        break;
    case N_FLOAT:
        emit_with_u16(cc, OP_CONST, add_constant(chunk_of(cc), float_value(n->fval), n->line), n->line);
        break;
    case N_STR:
        emit_with_u16(cc, OP_CONST, name_constant(cc, n->name, n->line), n->line);
        break;
    case N_NIL: emit(cc, OP_NIL, n->line); break;
    case N_TRUE: emit(cc, OP_TRUE, n->line); break;
    case N_FALSE: emit(cc, OP_FALSE, n->line); break;
    case N_NAME: {
        int slot = resolve_local(cc, n->name);
        if (slot >= 0) emit_with_u16(cc, OP_GET_LOCAL, slot, n->line);
        else emit_with_u16(cc, OP_GET_GLOBAL, name_constant(cc, n->name, n->line), n->line);
        break;
    }
    case N_UNARY:
        compile_node(cc, n->a);
        emit(cc, n->op == TK_MINUS ? OP_NEG : OP_NOT, n->line);
        break;
    case N_BINARY: compile_binary(cc, n); break;
    case N_AND:
    case N_OR: { // short circuit: keep the deciding operand as the result
        compile_node(cc, n->a);
        int skip = emit_jump(cc, n->kind == N_AND ? OP_JUMP_IF_FALSE_KEEP : OP_JUMP_IF_TRUE_KEEP, n->line);
        emit(cc, OP_POP, n->line);
        compile_node(cc, n->b);
        patch_jump(cc, skip);
        break;
    }
    case N_CALL:
        compile_node(cc, n->a);
        for (int i = 0; i < n->count; i++) compile_node(cc, n->items[i]);
        if (n->count > 255) fail(n->line, "too many arguments");
        emit(cc, OP_CALL, n->line);
        emit_byte(chunk_of(cc), n->count, n->line);
        break;
    case N_INDEX:
        compile_node(cc, n->a);
        compile_node(cc, n->b);
        emit(cc, OP_INDEX, n->line);
        break;
    case N_LIST:
        for (int i = 0; i < n->count; i++) compile_node(cc, n->items[i]);
        emit_with_u16(cc, OP_LIST, n->count, n->line);
        break;
    case N_ASSIGN: {
        compile_node(cc, n->a);
        int slot = resolve_local(cc, n->name);
        if (slot >= 0) emit_with_u16(cc, OP_SET_LOCAL, slot, n->line);
        else emit_with_u16(cc, OP_SET_GLOBAL, name_constant(cc, n->name, n->line), n->line);
        emit(cc, OP_POP, n->line);
        break;
    }
    case N_INDEX_ASSIGN:
        compile_node(cc, n->b);
        compile_node(cc, n->c);
        compile_node(cc, n->a);
        emit(cc, OP_SET_INDEX, n->line);
        emit(cc, OP_POP, n->line);
        break;
    case N_LET:
        compile_node(cc, n->a);
        if (cc->is_script && cc->depth == 0)
            emit_with_u16(cc, OP_DEFINE_GLOBAL, name_constant(cc, n->name, n->line), n->line);
        else
            declare_local(cc, n->name, n->line); // the value stays on the stack as the local's slot
        break;
    case N_FN: {
        struct function *fn = compile_function(n);
        struct value v = {.type = T_FUNC, .as.fn = fn};
        emit_with_u16(cc, OP_CONST, add_constant(chunk_of(cc), v, n->line), n->line);
        if (cc->is_script && cc->depth == 0)
            emit_with_u16(cc, OP_DEFINE_GLOBAL, name_constant(cc, n->name, n->line), n->line);
        else
            declare_local(cc, n->name, n->line);
        break;
    }
    case N_BLOCK:
        begin_scope(cc);
        for (int i = 0; i < n->count; i++) compile_node(cc, n->items[i]);
        end_scope(cc, n->line);
        break;
    case N_IF: {
        compile_node(cc, n->a);
        int else_jump = emit_jump(cc, OP_JUMP_IF_FALSE, n->line);
        compile_node(cc, n->b);
        if (n->c) {
            int end_jump = emit_jump(cc, OP_JUMP, n->line);
            patch_jump(cc, else_jump);
            compile_node(cc, n->c);
            patch_jump(cc, end_jump);
        } else {
            patch_jump(cc, else_jump);
        }
        break;
    }
    case N_WHILE: compile_while(cc, n); break;
    case N_FOR: compile_for(cc, n); break;
    case N_RETURN:
        if (cc->is_script) fail(n->line, "'return' outside a function");
        if (n->a) compile_node(cc, n->a);
        else emit(cc, OP_NIL, n->line);
        emit(cc, OP_RETURN, n->line);
        break;
    case N_BREAK:
    case N_CONTINUE: compile_loop_exit(cc, n); break;
    case N_EXPR:
        compile_node(cc, n->a);
        emit(cc, OP_POP, n->line);
        break;
    }
}

static struct function *compile_script(struct node *program) {
    struct function *script = arena_alloc(sizeof *script);
    memset(script, 0, sizeof *script);
    script->name = intern("<script>", 8);
    struct compiler *cc = arena_alloc(sizeof *cc);
    memset(cc, 0, sizeof *cc);
    cc->fn = script;
    cc->is_script = 1;
    cc->nlocals = 1; // slot 0: the script itself
    cc->locals[0].name = script->name;
    for (int i = 0; i < program->count; i++) compile_node(cc, program->items[i]); // top level: depth 0
    emit(cc, OP_NIL, 0);
    emit(cc, OP_RETURN, 0);
    return script;
}

/* ------------------------------------------------------------------------------------------------ disassembler */

static int disassemble_instruction(struct strbuf *sb, const struct chunk *c, int offset) {
    int op = c->code[offset];
    sb_printf(sb, "%04d %4d %-18s", offset, c->lines[offset], op < (int)(sizeof opcode_names / sizeof *opcode_names) ? opcode_names[op] : "?");
    switch (op) {
    case OP_CONST:
    case OP_GET_GLOBAL:
    case OP_SET_GLOBAL:
    case OP_DEFINE_GLOBAL: {
        int k = read_u16(c->code + offset + 1);
        sb_printf(sb, "%5d ", k);
        format_value(sb, c->constants[k], 1);
        sb_puts(sb, "\n");
        return offset + 3;
    }
    case OP_GET_LOCAL:
    case OP_SET_LOCAL:
    case OP_INCREMENT_LOCAL:
    case OP_LIST:
        sb_printf(sb, "%5d\n", read_u16(c->code + offset + 1));
        return offset + 3;
    case OP_JUMP:
    case OP_JUMP_IF_FALSE:
    case OP_JUMP_IF_FALSE_KEEP:
    case OP_JUMP_IF_TRUE_KEEP:
        sb_printf(sb, "%5d -> %d\n", read_u16(c->code + offset + 1), offset + 3 + read_u16(c->code + offset + 1));
        return offset + 3;
    case OP_LOOP:
        sb_printf(sb, "%5d -> %d\n", read_u16(c->code + offset + 1), offset + 3 - read_u16(c->code + offset + 1));
        return offset + 3;
    case OP_CALL:
        sb_printf(sb, "%5d\n", c->code[offset + 1]);
        return offset + 2;
    default:
        sb_puts(sb, "\n");
        return offset + 1;
    }
}

static void disassemble(struct strbuf *sb, const struct function *fn) {
    sb_printf(sb, "== %s (arity %d) ==\n", fn->name->chars, fn->arity);
    for (int offset = 0; offset < fn->chunk.count;) offset = disassemble_instruction(sb, &fn->chunk, offset);
    for (int i = 0; i < fn->chunk.nconstants; i++) // nested functions after their parent
        if (fn->chunk.constants[i].type == T_FUNC) disassemble(sb, fn->chunk.constants[i].as.fn);
}

/* ------------------------------------------------------------------------------------------------ virtual machine */

#define STACK_MAX 4096
#define FRAMES_MAX 256

struct frame {
    struct function *fn;
    const uint8_t *ip;
    struct value *slots;
};

struct global {
    struct string *name; // NULL: empty slot
    struct value value;
};

struct vm {
    struct value stack[STACK_MAX];
    struct value *sp;
    struct frame frames[FRAMES_MAX];
    int nframes;
    struct global *globals;
    int nglobals, global_capacity;
    struct strbuf *out;
    long steps, step_limit;
};

static struct global *global_slot(struct vm *vm, struct string *name, int create) {
    if (create && (vm->nglobals + 1) * 2 > vm->global_capacity) {
        struct global *old = vm->globals;
        int old_cap = vm->global_capacity;
        vm->global_capacity = old_cap ? old_cap * 2 : 64;
        vm->globals = arena_alloc((size_t)vm->global_capacity * sizeof *vm->globals);
        memset(vm->globals, 0, (size_t)vm->global_capacity * sizeof *vm->globals);
        for (int i = 0; i < old_cap; i++)
            if (old[i].name) *global_slot(vm, old[i].name, 0) = old[i];
    }
    if (vm->global_capacity == 0) return NULL;
    int j = (int)(name->hash & (uint32_t)(vm->global_capacity - 1));
    while (vm->globals[j].name && vm->globals[j].name != name) j = (j + 1) & (vm->global_capacity - 1);
    if (!vm->globals[j].name && !create) return &vm->globals[j]; // an empty slot: the caller checks name
    return &vm->globals[j];
}

static void define_global(struct vm *vm, struct string *name, struct value v) {
    struct global *g = global_slot(vm, name, 1);
    if (!g->name) {
        g->name = name;
        vm->nglobals++;
    }
    g->value = v;
}

static void push(struct vm *vm, struct value v, int line) {
    if (vm->sp >= vm->stack + STACK_MAX) fail(line, "stack overflow");
    *vm->sp++ = v;
}

static struct value pop(struct vm *vm) { return *--vm->sp; }
static struct value peek(struct vm *vm, int distance) { return vm->sp[-1 - distance]; }

static double as_number(struct value v, int line, const char *what) {
    if (v.type == T_INT) return (double)v.as.i;
    if (v.type == T_FLOAT) return v.as.f;
    fail(line, "%s expects a number, got %s", what, type_name(v.type));
}

static struct value concat(struct value a, struct value b) {
    struct strbuf sb = {0};
    format_value(&sb, a, 0);
    format_value(&sb, b, 0);
    return string_value(sb.data, sb.len);
}

static struct value arithmetic(int op, struct value a, struct value b, int line) {
    if (op == OP_ADD && (a.type == T_STR || b.type == T_STR)) return concat(a, b);
    if (op == OP_ADD && a.type == T_LIST && b.type == T_LIST) {
        struct list *l = new_list(a.as.l->count + b.as.l->count);
        for (int i = 0; i < a.as.l->count; i++) list_push(l, a.as.l->items[i]);
        for (int i = 0; i < b.as.l->count; i++) list_push(l, b.as.l->items[i]);
        return (struct value){.type = T_LIST, .as.l = l};
    }
    if (a.type == T_INT && b.type == T_INT) {
        long long x = a.as.i, y = b.as.i;
        switch (op) {
        case OP_ADD: return int_value((long long)((unsigned long long)x + (unsigned long long)y));
        case OP_SUB: return int_value((long long)((unsigned long long)x - (unsigned long long)y));
        case OP_MUL: return int_value((long long)((unsigned long long)x * (unsigned long long)y));
        case OP_DIV:
            if (y == 0) fail(line, "division by zero");
            return int_value(x / y);
        case OP_MOD:
            if (y == 0) fail(line, "division by zero");
            return int_value(((x % y) + y) % y); // result has the sign of the divisor
        }
    }
    const char *names[] = {"'+'", "'-'", "'*'", "'/'", "'%'"};
    double x = as_number(a, line, names[op - OP_ADD]), y = as_number(b, line, names[op - OP_ADD]);
    switch (op) {
    case OP_ADD: return float_value(x + y);
    case OP_SUB: return float_value(x - y);
    case OP_MUL: return float_value(x * y);
    case OP_DIV: return float_value(x / y);
    default: return float_value(fmod(x, y));
    }
}

static int compare(struct value a, struct value b, int line) {
    if (a.type == T_STR && b.type == T_STR) {
        int n = a.as.s->len < b.as.s->len ? a.as.s->len : b.as.s->len;
        int c = memcmp(a.as.s->chars, b.as.s->chars, (size_t)n);
        return c != 0 ? c : a.as.s->len - b.as.s->len;
    }
    if (a.type == T_INT && b.type == T_INT) return (a.as.i > b.as.i) - (a.as.i < b.as.i);
    double x = as_number(a, line, "comparison"), y = as_number(b, line, "comparison");
    return (x > y) - (x < y);
}

static long long list_index(struct value list, struct value index, int line) {
    if (index.type != T_INT) fail(line, "index must be an int, got %s", type_name(index.type));
    long long i = index.as.i, n = list.type == T_LIST ? list.as.l->count : list.as.s->len;
    if (i < 0) i += n; // negative indices count from the end
    if (i < 0 || i >= n) fail(line, "index %lld out of range for length %lld", index.as.i, n);
    return i;
}

static void call_value(struct vm *vm, struct value callee, int argc, int line) {
    if (callee.type == T_NATIVE) {
        const struct native *nat = callee.as.nat;
        if (nat->arity >= 0 && argc != nat->arity)
            fail(line, "%s() takes %d argument(s), got %d", nat->name, nat->arity, argc);
        struct value result = nat->fn(vm, line, argc, vm->sp - argc);
        vm->sp -= argc + 1;
        push(vm, result, line);
        return;
    }
    if (callee.type != T_FUNC) fail(line, "cannot call a %s", type_name(callee.type));
    struct function *fn = callee.as.fn;
    if (argc != fn->arity) fail(line, "%s() takes %d argument(s), got %d", fn->name->chars, fn->arity, argc);
    if (vm->nframes >= FRAMES_MAX) fail(line, "call depth exceeds %d", FRAMES_MAX);
    struct frame *f = &vm->frames[vm->nframes++];
    f->fn = fn;
    f->ip = fn->chunk.code;
    f->slots = vm->sp - argc - 1;
}

static struct value run(struct vm *vm) {
    struct frame *f = &vm->frames[vm->nframes - 1];
    for (;;) {
        int line = f->fn->chunk.lines[f->ip - f->fn->chunk.code];
        if (++vm->steps > vm->step_limit) fail(line, "step limit of %ld exceeded", vm->step_limit);
        int op = *f->ip++;
        switch (op) {
        case OP_CONST: push(vm, f->fn->chunk.constants[read_u16(f->ip)], line); f->ip += 2; break;
        case OP_NIL: push(vm, nil_value(), line); break;
        case OP_TRUE: push(vm, bool_value(1), line); break;
        case OP_FALSE: push(vm, bool_value(0), line); break;
        case OP_POP: vm->sp--; break;
        case OP_GET_LOCAL: push(vm, f->slots[read_u16(f->ip)], line); f->ip += 2; break;
        case OP_SET_LOCAL: f->slots[read_u16(f->ip)] = peek(vm, 0); f->ip += 2; break;
        case OP_INCREMENT_LOCAL: {
            struct value *v = &f->slots[read_u16(f->ip)];
            f->ip += 2;
            if (v->type == T_INT) v->as.i++;
            else *v = float_value(as_number(*v, line, "for loop") + 1.0);
            break;
        }
        case OP_GET_GLOBAL:
        case OP_SET_GLOBAL:
        case OP_DEFINE_GLOBAL: {
            struct string *name = f->fn->chunk.constants[read_u16(f->ip)].as.s;
            f->ip += 2;
            if (op == OP_DEFINE_GLOBAL) {
                define_global(vm, name, pop(vm));
                break;
            }
            struct global *g = global_slot(vm, name, 0);
            if (!g || !g->name) fail(line, "undefined variable '%s'", name->chars);
            if (op == OP_GET_GLOBAL) push(vm, g->value, line);
            else g->value = peek(vm, 0);
            break;
        }
        case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV: case OP_MOD: {
            struct value b = pop(vm), a = pop(vm);
            push(vm, arithmetic(op, a, b, line), line);
            break;
        }
        case OP_NEG: {
            struct value a = pop(vm);
            if (a.type == T_INT) push(vm, int_value(-a.as.i), line);
            else push(vm, float_value(-as_number(a, line, "'-'")), line);
            break;
        }
        case OP_NOT: push(vm, bool_value(!truthy(pop(vm))), line); break;
        case OP_EQ: case OP_NE: {
            struct value b = pop(vm), a = pop(vm);
            int eq = values_equal(a, b);
            push(vm, bool_value(op == OP_EQ ? eq : !eq), line);
            break;
        }
        case OP_LT: case OP_LE: case OP_GT: case OP_GE: {
            struct value b = pop(vm), a = pop(vm);
            int c = compare(a, b, line);
            int r = op == OP_LT ? c < 0 : op == OP_LE ? c <= 0 : op == OP_GT ? c > 0 : c >= 0;
            push(vm, bool_value(r), line);
            break;
        }
        case OP_JUMP: f->ip += 2 + read_u16(f->ip); break;
        case OP_JUMP_IF_FALSE: {
            int d = read_u16(f->ip);
            f->ip += 2;
            if (!truthy(pop(vm))) f->ip += d;
            break;
        }
        case OP_JUMP_IF_FALSE_KEEP:
        case OP_JUMP_IF_TRUE_KEEP: {
            int d = read_u16(f->ip);
            f->ip += 2;
            if (truthy(peek(vm, 0)) == (op == OP_JUMP_IF_TRUE_KEEP)) f->ip += d;
            break;
        }
        case OP_LOOP: f->ip += 2 - read_u16(f->ip); break;
        case OP_CALL: {
            int argc = *f->ip++;
            call_value(vm, peek(vm, argc), argc, line);
            f = &vm->frames[vm->nframes - 1];
            break;
        }
        case OP_RETURN: {
            struct value result = pop(vm);
            vm->sp = f->slots;
            vm->nframes--;
            if (vm->nframes == 0) return result;
            push(vm, result, line);
            f = &vm->frames[vm->nframes - 1];
            break;
        }
        case OP_LIST: {
            int n = read_u16(f->ip);
            f->ip += 2;
            struct list *l = new_list(n);
            for (int i = 0; i < n; i++) list_push(l, vm->sp[i - n]);
            vm->sp -= n;
            push(vm, (struct value){.type = T_LIST, .as.l = l}, line);
            break;
        }
        case OP_INDEX: {
            struct value index = pop(vm), target = pop(vm);
            if (target.type == T_LIST) push(vm, target.as.l->items[list_index(target, index, line)], line);
            else if (target.type == T_STR) push(vm, string_value(target.as.s->chars + list_index(target, index, line), 1), line);
            else fail(line, "cannot index a %s", type_name(target.type));
            break;
        }
        case OP_SET_INDEX: {
            struct value v = pop(vm), index = pop(vm), target = pop(vm);
            if (target.type != T_LIST) fail(line, "cannot assign into a %s", type_name(target.type));
            target.as.l->items[list_index(target, index, line)] = v;
            push(vm, v, line);
            break;
        }
        default: fail(line, "corrupt bytecode: opcode %d", op);
        }
    }
}

/* ------------------------------------------------------------------------------------------------ builtins */

static void format_value(struct strbuf *sb, struct value v, int quote_strings) {
    switch (v.type) {
    case T_NIL: sb_puts(sb, "nil"); break;
    case T_BOOL: sb_puts(sb, v.as.b ? "true" : "false"); break;
    case T_INT: sb_printf(sb, "%lld", v.as.i); break;
    case T_FLOAT: {
        char tmp[64];
        snprintf(tmp, sizeof tmp, "%.10g", v.as.f);
        sb_puts(sb, tmp);
        if (!strpbrk(tmp, ".eninf")) sb_puts(sb, ".0"); // keep floats recognisable
        break;
    }
    case T_STR:
        if (quote_strings) sb_putn(sb, "\"", 1);
        sb_putn(sb, v.as.s->chars, v.as.s->len);
        if (quote_strings) sb_putn(sb, "\"", 1);
        break;
    case T_LIST:
        sb_puts(sb, "[");
        for (int i = 0; i < v.as.l->count; i++) {
            if (i) sb_puts(sb, ", ");
            format_value(sb, v.as.l->items[i], 1);
        }
        sb_puts(sb, "]");
        break;
    case T_FUNC: sb_printf(sb, "<fn %s>", v.as.fn->name->chars); break;
    case T_NATIVE: sb_printf(sb, "<native %s>", v.as.nat->name); break;
    }
}

static struct value native_print(struct vm *vm, int line, int argc, struct value *args) {
    (void)line;
    for (int i = 0; i < argc; i++) {
        if (i) sb_puts(vm->out, " ");
        format_value(vm->out, args[i], 0);
    }
    sb_puts(vm->out, "\n");
    return nil_value();
}

static struct value native_len(struct vm *vm, int line, int argc, struct value *args) {
    (void)vm, (void)argc;
    if (args[0].type == T_STR) return int_value(args[0].as.s->len);
    if (args[0].type == T_LIST) return int_value(args[0].as.l->count);
    fail(line, "len() of a %s", type_name(args[0].type));
}

static struct value native_push(struct vm *vm, int line, int argc, struct value *args) {
    (void)vm, (void)argc;
    if (args[0].type != T_LIST) fail(line, "push() needs a list, got %s", type_name(args[0].type));
    list_push(args[0].as.l, args[1]);
    return args[0];
}

static struct value native_pop(struct vm *vm, int line, int argc, struct value *args) {
    (void)vm, (void)argc;
    if (args[0].type != T_LIST) fail(line, "pop() needs a list, got %s", type_name(args[0].type));
    if (args[0].as.l->count == 0) fail(line, "pop() from an empty list");
    return args[0].as.l->items[--args[0].as.l->count];
}

static struct value native_str(struct vm *vm, int line, int argc, struct value *args) {
    (void)vm, (void)line, (void)argc;
    struct strbuf sb = {0};
    format_value(&sb, args[0], 0);
    return string_value(sb.data, sb.len);
}

static struct value native_int(struct vm *vm, int line, int argc, struct value *args) {
    (void)vm, (void)argc;
    if (args[0].type == T_STR) {
        char *end;
        long long v = strtoll(args[0].as.s->chars, &end, 10);
        if (*end || args[0].as.s->len == 0) fail(line, "int() cannot parse \"%s\"", args[0].as.s->chars);
        return int_value(v);
    }
    return int_value((long long)as_number(args[0], line, "int()"));
}

static struct value native_float(struct vm *vm, int line, int argc, struct value *args) {
    (void)vm, (void)argc;
    return float_value(as_number(args[0], line, "float()"));
}

static struct value native_sqrt(struct vm *vm, int line, int argc, struct value *args) {
    (void)vm, (void)argc;
    double x = as_number(args[0], line, "sqrt()");
    if (x < 0) fail(line, "sqrt() of a negative number");
    return float_value(sqrt(x));
}

static struct value native_abs(struct vm *vm, int line, int argc, struct value *args) {
    (void)vm, (void)argc;
    if (args[0].type == T_INT) return int_value(args[0].as.i < 0 ? -args[0].as.i : args[0].as.i);
    return float_value(fabs(as_number(args[0], line, "abs()")));
}

static struct value native_min_max(int want_max, int line, int argc, struct value *args) {
    if (argc == 0) fail(line, "%s() needs at least one argument", want_max ? "max" : "min");
    struct value best = args[0];
    for (int i = 1; i < argc; i++) {
        int c = compare(args[i], best, line);
        if (want_max ? c > 0 : c < 0) best = args[i];
    }
    return best;
}

static struct value native_min(struct vm *vm, int line, int argc, struct value *args) {
    (void)vm;
    return native_min_max(0, line, argc, args);
}

static struct value native_max(struct vm *vm, int line, int argc, struct value *args) {
    (void)vm;
    return native_min_max(1, line, argc, args);
}

static struct value native_chr(struct vm *vm, int line, int argc, struct value *args) {
    (void)vm, (void)argc;
    if (args[0].type != T_INT || args[0].as.i < 1 || args[0].as.i > 127) fail(line, "chr() needs an int in 1..127");
    char c = (char)args[0].as.i;
    return string_value(&c, 1);
}

static struct value native_ord(struct vm *vm, int line, int argc, struct value *args) {
    (void)vm, (void)argc;
    if (args[0].type != T_STR || args[0].as.s->len != 1) fail(line, "ord() needs a one-character string");
    return int_value((unsigned char)args[0].as.s->chars[0]);
}

static struct value native_substr(struct vm *vm, int line, int argc, struct value *args) {
    (void)vm, (void)argc;
    if (args[0].type != T_STR || args[1].type != T_INT || args[2].type != T_INT)
        fail(line, "substr() takes (string, int, int)");
    long long n = args[0].as.s->len, from = args[1].as.i, count = args[2].as.i;
    if (from < 0 || count < 0 || from + count > n) fail(line, "substr() range %lld+%lld outside length %lld", from, count, n);
    return string_value(args[0].as.s->chars + from, (int)count);
}

static struct value native_type(struct vm *vm, int line, int argc, struct value *args) {
    (void)vm, (void)line, (void)argc;
    const char *t = type_name(args[0].type);
    return string_value(t, (int)strlen(t));
}

static struct value native_list(struct vm *vm, int line, int argc, struct value *args) {
    (void)vm, (void)argc;
    if (args[0].type != T_INT || args[0].as.i < 0 || args[0].as.i > 1000000) fail(line, "list() needs a size in 0..1000000");
    struct list *l = new_list((int)args[0].as.i);
    for (long long i = 0; i < args[0].as.i; i++) list_push(l, args[1]);
    return (struct value){.type = T_LIST, .as.l = l};
}

static const struct native natives[] = {
    {"print", -1, native_print}, {"len", 1, native_len},     {"push", 2, native_push},     {"pop", 1, native_pop},
    {"str", 1, native_str},      {"int", 1, native_int},     {"float", 1, native_float},   {"sqrt", 1, native_sqrt},
    {"abs", 1, native_abs},      {"min", -1, native_min},    {"max", -1, native_max},      {"chr", 1, native_chr},
    {"ord", 1, native_ord},      {"substr", 3, native_substr}, {"type", 1, native_type},   {"list", 2, native_list}};

/* ------------------------------------------------------------------------------------------------ running scripts */

struct outcome {
    int ok;            // 0: a compile or run-time error occurred
    long steps;
    struct strbuf out; // printed text, or the error message
};

static struct outcome run_script(const char *source, long step_limit, struct strbuf *listing) {
    // Static, not automatic: both are written between setjmp and longjmp (and vm is large).
    static struct vm vm;
    static struct outcome result;
    memset(&vm, 0, sizeof vm);
    memset(&result, 0, sizeof result);
    intern_slots = NULL;
    intern_count = intern_capacity = 0;
    vm.out = &result.out;
    vm.step_limit = step_limit;
    vm.sp = vm.stack;
    if (setjmp(error_jump) == 0) {
        for (size_t i = 0; i < sizeof natives / sizeof natives[0]; i++)
            define_global(&vm, intern(natives[i].name, (int)strlen(natives[i].name)),
                          (struct value){.type = T_NATIVE, .as.nat = &natives[i]});
        struct function *script = compile_script(parse_program(source));
        if (listing) disassemble(listing, script);
        push(&vm, (struct value){.type = T_FUNC, .as.fn = script}, 0);
        call_value(&vm, vm.stack[0], 0, 0);
        run(&vm);
        result.ok = 1;
    } else {
        result.out.data = NULL; // the arena keeps the partial output; report only the error
        result.out.len = result.out.cap = 0;
        sb_puts(&result.out, error_message);
    }
    result.steps = vm.steps;
    return result;
}

struct test_script {
    const char *name;
    const char *source;
    const char *expected; // printed output, or the error message for failing scripts
    int should_fail;
};

static const struct test_script tests[] = {
    {"recursion",
     "fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }\n"
     "fn fact(n) { if n <= 1 { return 1; } return n * fact(n - 1); }\n"
     "print(fib(20), fact(15));\n",
     "6765 1307674368000\n", 0},
    {"sieve",
     "let n = 1000;\n"
     "let composite = list(n, false);\n"
     "let count = 0;\n"
     "for i in 2..n {\n"
     "  if not composite[i] {\n"
     "    count = count + 1;\n"
     "    let j = i * i;\n"
     "    while j < n { composite[j] = true; j = j + i; }\n"
     "  }\n"
     "}\n"
     "print(\"primes below\", n, \"=\", count);\n",
     "primes below 1000 = 168\n", 0},
    {"sorting",
     "fn lcg(s) { return (s * 1103515245 + 12345) % 2147483648; }\n"
     "let xs = []; let s = 42;\n"
     "for i in 0..50 { s = lcg(s); push(xs, s % 1000); }\n"
     "fn insertion_sort(a) {\n"
     "  for i in 1..len(a) {\n"
     "    let v = a[i]; let j = i - 1;\n"
     "    while j >= 0 and a[j] > v { a[j + 1] = a[j]; j = j - 1; }\n"
     "    a[j + 1] = v;\n"
     "  }\n"
     "  return a;\n"
     "}\n"
     "insertion_sort(xs);\n"
     "let ok = true;\n"
     "for i in 1..len(xs) { if xs[i - 1] > xs[i] { ok = false; break; } }\n"
     "print(len(xs), ok, xs[0] <= xs[-1], min(3, 1, 2), max(3, 9, 2));\n",
     "50 true true 1 9\n", 0},
    {"strings",
     "let words = [\"alpha\", \"beta\", \"gamma\"];\n"
     "let joined = \"\";\n"
     "for i in 0..len(words) { if i > 0 { joined = joined + \",\"; } joined = joined + words[i]; }\n"
     "print(joined, len(joined));\n"
     "let caesar = \"\";\n"
     "for i in 0..len(joined) {\n"
     "  let c = joined[i];\n"
     "  if c == \",\" { caesar = caesar + c; continue; }\n"
     "  caesar = caesar + chr((ord(c) - 97 + 3) % 26 + 97);\n"
     "}\n"
     "print(caesar, substr(caesar, 0, 5), type(caesar), \"tab\\there\");\n",
     "alpha,beta,gamma 16\ndoskd,ehwd,jdppd doskd string tab\there\n", 0},
    {"floats",
     "fn newton_sqrt(x) { let g = x / 2.0; for i in 0..30 { g = (g + x / g) / 2.0; } return g; }\n"
     "let worst = 0.0;\n"
     "for k in 1..100 { worst = max(worst, abs(newton_sqrt(k) - sqrt(k))); }\n"
     "print(worst < 0.000000001, newton_sqrt(2.0), 7 / 2, 7.0 / 2, -7 % 3, 2.5e1, float(3));\n",
     "true 1.414213562 3 3.5 2 25.0 3.0\n", 0},
    {"lists and scopes",
     "let grid = [];\n"
     "for y in 0..3 { let row = []; for x in 0..4 { push(row, y * 4 + x); } push(grid, row); }\n"
     "let total = 0;\n"
     "for y in 0..3 { for x in 0..4 { if x == 2 { continue; } total = total + grid[y][x]; } }\n"
     "let stack = [1, 2, 3] + [4];\n"
     "let top = pop(stack);\n"
     "let x = 10;\n"
     "{ let x = 20; print(\"inner\", x); }\n"
     "print(\"outer\", x, total, top, stack, nil == nil, [1, [2, \"s\"]] == [1, [2, \"s\"]], str(12) + \"!\");\n",
     "inner 20\nouter 10 48 4 [1, 2, 3] true true 12!\n", 0},
    {"higher order",
     "fn twice(f, x) { return f(f(x)); }\n"
     "fn inc(x) { return x + 1; }\n"
     "fn square(x) { return x * x; }\n"
     "let ops = [inc, square, twice];\n"
     "print(twice(inc, 5), twice(square, 3), ops[1](7), len(ops), inc);\n"
     "let i = 0; let found = -1;\n"
     "while true { i = i + 1; if square(i) > 50 { found = i; break; } }\n"
     "print(found, false or 3, nil and 1, not 0, int(\"-17\") * 2);\n",
     "7 81 49 3 <fn inc>\n8 3 nil true -34\n", 0},
    {"runtime error: division", "let a = 4;\nprint(a / (a - 4));\n", "line 2: division by zero", 1},
    {"runtime error: undefined", "fn f() { return missing + 1; }\nf();\n", "line 1: undefined variable 'missing'", 1},
    {"runtime error: type", "let xs = [1, 2];\nxs[5] = 0;\n", "line 2: index 5 out of range for length 2", 1},
    {"runtime error: arity", "fn f(a, b) { return a; }\nf(1);\n", "line 2: f() takes 2 argument(s), got 1", 1},
    {"runtime error: recursion", "fn down(n) { return down(n + 1); }\ndown(0);\n", "line 1: call depth exceeds 256", 1},
    {"runtime error: endless", "while true { }\n", "line 1: step limit of 1000000 exceeded", 1},
    {"syntax error: missing paren", "print((1 + 2);\n", "line 1: expected ')' after arguments, found ';'", 1},
    {"syntax error: bad token", "let a = 3 $ 4;\n", "line 1: unexpected character '$'", 1},
    {"syntax error: break", "let a = 1;\nbreak;\n", "line 2: 'break' outside a loop", 1},
};

int main(int argc, char **argv) {
    int verbose = argc > 1 && strcmp(argv[1], "-v") == 0;
    int failures = 0;
    long total_steps = 0;
    for (size_t t = 0; t < sizeof tests / sizeof tests[0]; t++) {
        struct strbuf listing = {0};
        struct outcome r = run_script(tests[t].source, 1000000, verbose ? &listing : NULL);
        int ok = r.ok == !tests[t].should_fail && r.out.data && strcmp(r.out.data, tests[t].expected) == 0;
        printf("minilang %-30s %s (%ld steps)\n", tests[t].name, ok ? "ok" : "FAILED", r.steps);
        if (!ok) {
            failures++;
            printf("  expected: %s\n  got:      %s\n", tests[t].expected, r.out.data ? r.out.data : "(nothing)");
        }
        if (verbose && listing.data) fputs(listing.data, stdout);
        total_steps += r.steps;
        arena_release();
    }
    printf("minilang %zu scripts, %d failed, %ld VM steps\n", sizeof tests / sizeof tests[0], failures, total_steps);
    return failures == 0 ? 0 : 1;
}
