// stack_vm: a bytecode stack machine (switch dispatch, builtin table of function pointers) running a factorial and a sum loop.
#include <stdio.h>
#include <stdarg.h>

enum opcode { OP_PUSH, OP_LOAD, OP_STORE, OP_BUILTIN, OP_JUMP, OP_JUMP_IF_ZERO, OP_PRINT, OP_HALT };

struct instr {
    enum opcode op;
    int arg;
};

typedef long (*builtin_fn)(long a, long b);

static long add(long a, long b) { return a + b; }
static long sub(long a, long b) { return a - b; }
static long mul(long a, long b) { return a * b; }
static long less(long a, long b) { return a < b; }

enum { B_ADD, B_SUB, B_MUL, B_LESS };
static builtin_fn builtins[] = {add, sub, mul, less}; // a global table: calls through it are indirect
static const char *builtin_names[] = {"add", "sub", "mul", "less"};

static long vars[8];
static int trace_enabled = 0;

static void trace(const char *fmt, ...) {
    if (!trace_enabled) return;
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}

static long run(const struct instr *code, int *steps) {
    long stack[64];
    int sp = 0, pc = 0;
    *steps = 0;
    for (;;) {
        struct instr in = code[pc++];
        (*steps)++;
        switch (in.op) {
        case OP_PUSH: stack[sp++] = in.arg; break;
        case OP_LOAD: stack[sp++] = vars[in.arg]; break;
        case OP_STORE: vars[in.arg] = stack[--sp]; break;
        case OP_BUILTIN: {
            long b = stack[--sp], a = stack[--sp];
            stack[sp++] = builtins[in.arg](a, b);
            trace("  %s(%ld, %ld) = %ld\n", builtin_names[in.arg], a, b, stack[sp - 1]);
            break;
        }
        case OP_JUMP: pc = in.arg; break;
        case OP_JUMP_IF_ZERO: if (stack[--sp] == 0) pc = in.arg; break;
        case OP_PRINT: printf("stack_vm print %ld\n", stack[sp - 1]); break;
        case OP_HALT: return sp > 0 ? stack[sp - 1] : 0;
        default: printf("stack_vm bad opcode %d at %d\n", in.op, pc - 1); return -1;
        }
    }
}

int main(void) {
    // v0 = n, v1 = acc: while (0 < n) { acc = acc * n; n = n - 1; } return acc
    static const struct instr factorial[] = {
        {OP_PUSH, 10}, {OP_STORE, 0}, {OP_PUSH, 1}, {OP_STORE, 1},
        {OP_PUSH, 0}, {OP_LOAD, 0}, {OP_BUILTIN, B_LESS}, {OP_JUMP_IF_ZERO, 18},                 // 4..7
        {OP_LOAD, 1}, {OP_LOAD, 0}, {OP_BUILTIN, B_MUL}, {OP_STORE, 1},                          // 8..11
        {OP_LOAD, 0}, {OP_PUSH, 1}, {OP_BUILTIN, B_SUB}, {OP_STORE, 0}, {OP_JUMP, 4}, {OP_HALT, 0}, // 12..17
        {OP_LOAD, 1}, {OP_PRINT, 0}, {OP_HALT, 0}};                                              // 18..20
    // sum of 1..100 with the loop counter in v2
    static const struct instr sum[] = {
        {OP_PUSH, 0}, {OP_STORE, 3}, {OP_PUSH, 100}, {OP_STORE, 2},
        {OP_PUSH, 0}, {OP_LOAD, 2}, {OP_BUILTIN, B_LESS}, {OP_JUMP_IF_ZERO, 17},
        {OP_LOAD, 3}, {OP_LOAD, 2}, {OP_BUILTIN, B_ADD}, {OP_STORE, 3},
        {OP_LOAD, 2}, {OP_PUSH, 1}, {OP_BUILTIN, B_SUB}, {OP_STORE, 2}, {OP_JUMP, 4},
        {OP_LOAD, 3}, {OP_HALT, 0}};
    int steps1, steps2;
    trace_enabled = 1;
    long f = run(factorial, &steps1);
    trace_enabled = 0;
    long s = run(sum, &steps2);
    printf("stack_vm 10!=%ld (%d steps) sum=%ld (%d steps)\n", f, steps1, s, steps2);
    return f == 3628800L && s == 5050 ? 0 : 1;
}
