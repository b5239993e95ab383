; ModuleID = 'large/minilang.c'
source_filename = "large/minilang.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.test_script = type { ptr, ptr, ptr, i32 }
%struct.vm = type { [4096 x %struct.value], ptr, [256 x %struct.frame], i32, ptr, i32, i32, ptr, i64, i64 }
%struct.value = type { i32, %union.anon }
%union.anon = type { i64 }
%struct.frame = type { ptr, ptr, ptr }
%struct.outcome = type { i32, i64, %struct.strbuf }
%struct.strbuf = type { ptr, i32, i32 }
%struct.__jmp_buf_tag = type { [8 x i64], i32, %struct.__sigset_t }
%struct.__sigset_t = type { [16 x i64] }
%struct.native = type { ptr, i32, ptr }
%struct.anon.0 = type { ptr, i32 }
%struct.parser = type { %struct.lexer, %struct.token, %struct.token }
%struct.lexer = type { ptr, i32 }
%struct.token = type { i32, ptr, i32, i32, i64, double }
%struct.arena_block = type { ptr, i64, i64, [8 x i8], [0 x i8] }
%struct.node = type { i32, i32, i32, i64, double, ptr, ptr, ptr, ptr, ptr, i32, i32 }
%struct.compiler = type { ptr, [256 x %struct.anon], i32, i32, i32, ptr }
%struct.anon = type { ptr, i32 }
%struct.function = type { ptr, i32, %struct.chunk }
%struct.chunk = type { ptr, ptr, i32, i32, i32, ptr, i32, i32 }
%struct.global = type { ptr, %struct.value }
%struct.string = type { i32, i32, [0 x i8] }
%struct.list = type { i32, i32, ptr }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }
%struct.loop = type { ptr, i32, [64 x i32], i32, [64 x i32], i32, i32 }

@.str = private unnamed_addr constant [3 x i8] c"-v\00", align 1
@tests = internal unnamed_addr constant [16 x %struct.test_script] [%struct.test_script { ptr @.str.207, ptr @.str.208, ptr @.str.209, i32 0 }, %struct.test_script { ptr @.str.210, ptr @.str.211, ptr @.str.212, i32 0 }, %struct.test_script { ptr @.str.213, ptr @.str.214, ptr @.str.215, i32 0 }, %struct.test_script { ptr @.str.216, ptr @.str.217, ptr @.str.218, i32 0 }, %struct.test_script { ptr @.str.219, ptr @.str.220, ptr @.str.221, i32 0 }, %struct.test_script { ptr @.str.222, ptr @.str.223, ptr @.str.224, i32 0 }, %struct.test_script { ptr @.str.225, ptr @.str.226, ptr @.str.227, i32 0 }, %struct.test_script { ptr @.str.228, ptr @.str.229, ptr @.str.230, i32 1 }, %struct.test_script { ptr @.str.231, ptr @.str.232, ptr @.str.233, i32 1 }, %struct.test_script { ptr @.str.234, ptr @.str.235, ptr @.str.236, i32 1 }, %struct.test_script { ptr @.str.237, ptr @.str.238, ptr @.str.239, i32 1 }, %struct.test_script { ptr @.str.240, ptr @.str.241, ptr @.str.242, i32 1 }, %struct.test_script { ptr @.str.243, ptr @.str.244, ptr @.str.245, i32 1 }, %struct.test_script { ptr @.str.246, ptr @.str.247, ptr @.str.248, i32 1 }, %struct.test_script { ptr @.str.249, ptr @.str.250, ptr @.str.251, i32 1 }, %struct.test_script { ptr @.str.252, ptr @.str.253, ptr @.str.254, i32 1 }], align 16
@.str.1 = private unnamed_addr constant [31 x i8] c"minilang %-30s %s (%ld steps)\0A\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"ok\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"FAILED\00", align 1
@.str.4 = private unnamed_addr constant [31 x i8] c"  expected: %s\0A  got:      %s\0A\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"(nothing)\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8
@.str.6 = private unnamed_addr constant [47 x i8] c"minilang %zu scripts, %d failed, %ld VM steps\0A\00", align 1
@run_script.vm = internal global %struct.vm zeroinitializer, align 8
@run_script.result = internal global %struct.outcome zeroinitializer, align 8
@intern_slots = internal unnamed_addr global ptr null, align 8
@intern_capacity = internal unnamed_addr global i32 0, align 4
@intern_count = internal unnamed_addr global i32 0, align 4
@error_jump = internal global [1 x %struct.__jmp_buf_tag] zeroinitializer, align 16
@natives = internal constant [16 x %struct.native] [%struct.native { ptr @.str.8, i32 -1, ptr @native_print }, %struct.native { ptr @.str.9, i32 1, ptr @native_len }, %struct.native { ptr @.str.10, i32 2, ptr @native_push }, %struct.native { ptr @.str.11, i32 1, ptr @native_pop }, %struct.native { ptr @.str.12, i32 1, ptr @native_str }, %struct.native { ptr @.str.13, i32 1, ptr @native_int }, %struct.native { ptr @.str.14, i32 1, ptr @native_float }, %struct.native { ptr @.str.15, i32 1, ptr @native_sqrt }, %struct.native { ptr @.str.16, i32 1, ptr @native_abs }, %struct.native { ptr @.str.17, i32 -1, ptr @native_min }, %struct.native { ptr @.str.18, i32 -1, ptr @native_max }, %struct.native { ptr @.str.19, i32 1, ptr @native_chr }, %struct.native { ptr @.str.20, i32 1, ptr @native_ord }, %struct.native { ptr @.str.21, i32 3, ptr @native_substr }, %struct.native { ptr @.str.22, i32 1, ptr @native_type }, %struct.native { ptr @.str.23, i32 2, ptr @native_list }], align 16
@error_message = internal global [256 x i8] zeroinitializer, align 16
@arena = internal unnamed_addr global ptr null, align 8
@.str.7 = private unnamed_addr constant [25 x i8] c"minilang: out of memory\0A\00", align 1
@stderr = external local_unnamed_addr global ptr, align 8
@arena_total = internal unnamed_addr global i64 0, align 8
@.str.8 = private unnamed_addr constant [6 x i8] c"print\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"len\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"push\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"pop\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"str\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"int\00", align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"float\00", align 1
@.str.15 = private unnamed_addr constant [5 x i8] c"sqrt\00", align 1
@.str.16 = private unnamed_addr constant [4 x i8] c"abs\00", align 1
@.str.17 = private unnamed_addr constant [4 x i8] c"min\00", align 1
@.str.18 = private unnamed_addr constant [4 x i8] c"max\00", align 1
@.str.19 = private unnamed_addr constant [4 x i8] c"chr\00", align 1
@.str.20 = private unnamed_addr constant [4 x i8] c"ord\00", align 1
@.str.21 = private unnamed_addr constant [7 x i8] c"substr\00", align 1
@.str.22 = private unnamed_addr constant [5 x i8] c"type\00", align 1
@.str.23 = private unnamed_addr constant [5 x i8] c"list\00", align 1
@.str.26 = private unnamed_addr constant [4 x i8] c"nil\00", align 1
@.str.27 = private unnamed_addr constant [5 x i8] c"true\00", align 1
@.str.28 = private unnamed_addr constant [6 x i8] c"false\00", align 1
@.str.29 = private unnamed_addr constant [5 x i8] c"%lld\00", align 1
@.str.30 = private unnamed_addr constant [6 x i8] c"%.10g\00", align 1
@.str.31 = private unnamed_addr constant [7 x i8] c".eninf\00", align 1
@.str.37 = private unnamed_addr constant [8 x i8] c"<fn %s>\00", align 1
@.str.38 = private unnamed_addr constant [12 x i8] c"<native %s>\00", align 1
@.str.39 = private unnamed_addr constant [14 x i8] c"len() of a %s\00", align 1
@.str.40 = private unnamed_addr constant [10 x i8] c"line %d: \00", align 1
@.str.41 = private unnamed_addr constant [5 x i8] c"bool\00", align 1
@.str.42 = private unnamed_addr constant [7 x i8] c"string\00", align 1
@.str.43 = private unnamed_addr constant [9 x i8] c"function\00", align 1
@.str.44 = private unnamed_addr constant [7 x i8] c"native\00", align 1
@.str.45 = private unnamed_addr constant [2 x i8] c"?\00", align 1
@.str.46 = private unnamed_addr constant [28 x i8] c"push() needs a list, got %s\00", align 1
@.str.47 = private unnamed_addr constant [27 x i8] c"pop() needs a list, got %s\00", align 1
@.str.48 = private unnamed_addr constant [25 x i8] c"pop() from an empty list\00", align 1
@.str.49 = private unnamed_addr constant [24 x i8] c"int() cannot parse \22%s\22\00", align 1
@.str.50 = private unnamed_addr constant [6 x i8] c"int()\00", align 1
@.str.51 = private unnamed_addr constant [28 x i8] c"%s expects a number, got %s\00", align 1
@.str.52 = private unnamed_addr constant [8 x i8] c"float()\00", align 1
@.str.53 = private unnamed_addr constant [7 x i8] c"sqrt()\00", align 1
@.str.54 = private unnamed_addr constant [28 x i8] c"sqrt() of a negative number\00", align 1
@.str.55 = private unnamed_addr constant [6 x i8] c"abs()\00", align 1
@.str.56 = private unnamed_addr constant [33 x i8] c"%s() needs at least one argument\00", align 1
@.str.57 = private unnamed_addr constant [11 x i8] c"comparison\00", align 1
@.str.58 = private unnamed_addr constant [29 x i8] c"chr() needs an int in 1..127\00", align 1
@.str.59 = private unnamed_addr constant [35 x i8] c"ord() needs a one-character string\00", align 1
@.str.60 = private unnamed_addr constant [34 x i8] c"substr() takes (string, int, int)\00", align 1
@.str.61 = private unnamed_addr constant [45 x i8] c"substr() range %lld+%lld outside length %lld\00", align 1
@.str.62 = private unnamed_addr constant [34 x i8] c"list() needs a size in 0..1000000\00", align 1
@.str.63 = private unnamed_addr constant [9 x i8] c"<script>\00", align 1
@.str.64 = private unnamed_addr constant [19 x i8] c"too many arguments\00", align 1
@.str.65 = private unnamed_addr constant [28 x i8] c"'return' outside a function\00", align 1
@.str.66 = private unnamed_addr constant [35 x i8] c"too many constants in one function\00", align 1
@.str.67 = private unnamed_addr constant [27 x i8] c"unknown binary operator %s\00", align 1
@token_names = internal unnamed_addr constant [42 x ptr] [ptr @.str.68, ptr @.str.69, ptr @.str.70, ptr @.str.42, ptr @.str.71, ptr @.str.72, ptr @.str.73, ptr @.str.74, ptr @.str.75, ptr @.str.76, ptr @.str.77, ptr @.str.78, ptr @.str.79, ptr @.str.80, ptr @.str.81, ptr @.str.82, ptr @.str.83, ptr @.str.84, ptr @.str.85, ptr @.str.86, ptr @.str.87, ptr @.str.88, ptr @.str.89, ptr @.str.90, ptr @.str.91, ptr @.str.92, ptr @.str.93, ptr @.str.94, ptr @.str.95, ptr @.str.96, ptr @.str.97, ptr @.str.98, ptr @.str.99, ptr @.str.100, ptr @.str.101, ptr @.str.102, ptr @.str.103, ptr @.str.104, ptr @.str.105, ptr @.str.106, ptr @.str.107, ptr @.str.108], align 16
@.str.68 = private unnamed_addr constant [13 x i8] c"end of input\00", align 1
@.str.69 = private unnamed_addr constant [8 x i8] c"integer\00", align 1
@.str.70 = private unnamed_addr constant [7 x i8] c"number\00", align 1
@.str.71 = private unnamed_addr constant [11 x i8] c"identifier\00", align 1
@.str.72 = private unnamed_addr constant [6 x i8] c"'let'\00", align 1
@.str.73 = private unnamed_addr constant [5 x i8] c"'fn'\00", align 1
@.str.74 = private unnamed_addr constant [5 x i8] c"'if'\00", align 1
@.str.75 = private unnamed_addr constant [7 x i8] c"'else'\00", align 1
@.str.76 = private unnamed_addr constant [8 x i8] c"'while'\00", align 1
@.str.77 = private unnamed_addr constant [6 x i8] c"'for'\00", align 1
@.str.78 = private unnamed_addr constant [5 x i8] c"'in'\00", align 1
@.str.79 = private unnamed_addr constant [9 x i8] c"'return'\00", align 1
@.str.80 = private unnamed_addr constant [7 x i8] c"'true'\00", align 1
@.str.81 = private unnamed_addr constant [8 x i8] c"'false'\00", align 1
@.str.82 = private unnamed_addr constant [6 x i8] c"'nil'\00", align 1
@.str.83 = private unnamed_addr constant [6 x i8] c"'and'\00", align 1
@.str.84 = private unnamed_addr constant [5 x i8] c"'or'\00", align 1
@.str.85 = private unnamed_addr constant [6 x i8] c"'not'\00", align 1
@.str.86 = private unnamed_addr constant [8 x i8] c"'break'\00", align 1
@.str.87 = private unnamed_addr constant [11 x i8] c"'continue'\00", align 1
@.str.88 = private unnamed_addr constant [4 x i8] c"'+'\00", align 1
@.str.89 = private unnamed_addr constant [4 x i8] c"'-'\00", align 1
@.str.90 = private unnamed_addr constant [4 x i8] c"'*'\00", align 1
@.str.91 = private unnamed_addr constant [4 x i8] c"'/'\00", align 1
@.str.92 = private unnamed_addr constant [4 x i8] c"'%'\00", align 1
@.str.93 = private unnamed_addr constant [5 x i8] c"'=='\00", align 1
@.str.94 = private unnamed_addr constant [5 x i8] c"'!='\00", align 1
@.str.95 = private unnamed_addr constant [4 x i8] c"'<'\00", align 1
@.str.96 = private unnamed_addr constant [5 x i8] c"'<='\00", align 1
@.str.97 = private unnamed_addr constant [4 x i8] c"'>'\00", align 1
@.str.98 = private unnamed_addr constant [5 x i8] c"'>='\00", align 1
@.str.99 = private unnamed_addr constant [4 x i8] c"'='\00", align 1
@.str.100 = private unnamed_addr constant [4 x i8] c"'('\00", align 1
@.str.101 = private unnamed_addr constant [4 x i8] c"')'\00", align 1
@.str.102 = private unnamed_addr constant [4 x i8] c"'{'\00", align 1
@.str.103 = private unnamed_addr constant [4 x i8] c"'}'\00", align 1
@.str.104 = private unnamed_addr constant [4 x i8] c"'['\00", align 1
@.str.105 = private unnamed_addr constant [4 x i8] c"']'\00", align 1
@.str.106 = private unnamed_addr constant [4 x i8] c"','\00", align 1
@.str.107 = private unnamed_addr constant [4 x i8] c"';'\00", align 1
@.str.108 = private unnamed_addr constant [5 x i8] c"'..'\00", align 1
@.str.109 = private unnamed_addr constant [13 x i8] c"jump too far\00", align 1
@.str.110 = private unnamed_addr constant [39 x i8] c"'%s' is already declared in this scope\00", align 1
@.str.111 = private unnamed_addr constant [25 x i8] c"too many local variables\00", align 1
@.str.112 = private unnamed_addr constant [20 x i8] c"loop body too large\00", align 1
@.str.113 = private unnamed_addr constant [7 x i8] c" limit\00", align 1
@.str.114 = private unnamed_addr constant [20 x i8] c"'%s' outside a loop\00", align 1
@.str.115 = private unnamed_addr constant [6 x i8] c"break\00", align 1
@.str.116 = private unnamed_addr constant [9 x i8] c"continue\00", align 1
@.str.117 = private unnamed_addr constant [40 x i8] c"too many 'break' statements in one loop\00", align 1
@.str.118 = private unnamed_addr constant [43 x i8] c"too many 'continue' statements in one loop\00", align 1
@keywords = internal unnamed_addr constant [16 x %struct.anon.0] [%struct.anon.0 { ptr @.str.121, i32 5 }, %struct.anon.0 { ptr @.str.122, i32 6 }, %struct.anon.0 { ptr @.str.123, i32 7 }, %struct.anon.0 { ptr @.str.124, i32 8 }, %struct.anon.0 { ptr @.str.125, i32 9 }, %struct.anon.0 { ptr @.str.126, i32 10 }, %struct.anon.0 { ptr @.str.127, i32 11 }, %struct.anon.0 { ptr @.str.128, i32 12 }, %struct.anon.0 { ptr @.str.27, i32 13 }, %struct.anon.0 { ptr @.str.28, i32 14 }, %struct.anon.0 { ptr @.str.26, i32 15 }, %struct.anon.0 { ptr @.str.129, i32 16 }, %struct.anon.0 { ptr @.str.130, i32 17 }, %struct.anon.0 { ptr @.str.131, i32 18 }, %struct.anon.0 { ptr @.str.115, i32 19 }, %struct.anon.0 { ptr @.str.116, i32 20 }], align 16
@.str.119 = private unnamed_addr constant [20 x i8] c"unterminated string\00", align 1
@.str.120 = private unnamed_addr constant [26 x i8] c"unexpected character '%c'\00", align 1
@.str.121 = private unnamed_addr constant [4 x i8] c"let\00", align 1
@.str.122 = private unnamed_addr constant [3 x i8] c"fn\00", align 1
@.str.123 = private unnamed_addr constant [3 x i8] c"if\00", align 1
@.str.124 = private unnamed_addr constant [5 x i8] c"else\00", align 1
@.str.125 = private unnamed_addr constant [6 x i8] c"while\00", align 1
@.str.126 = private unnamed_addr constant [4 x i8] c"for\00", align 1
@.str.127 = private unnamed_addr constant [3 x i8] c"in\00", align 1
@.str.128 = private unnamed_addr constant [7 x i8] c"return\00", align 1
@.str.129 = private unnamed_addr constant [4 x i8] c"and\00", align 1
@.str.130 = private unnamed_addr constant [3 x i8] c"or\00", align 1
@.str.131 = private unnamed_addr constant [4 x i8] c"not\00", align 1
@.str.132 = private unnamed_addr constant [12 x i8] c"after 'let'\00", align 1
@.str.133 = private unnamed_addr constant [9 x i8] c"in 'let'\00", align 1
@.str.134 = private unnamed_addr constant [11 x i8] c"after 'fn'\00", align 1
@.str.135 = private unnamed_addr constant [18 x i8] c"before parameters\00", align 1
@.str.136 = private unnamed_addr constant [13 x i8] c"as parameter\00", align 1
@.str.137 = private unnamed_addr constant [17 x i8] c"after parameters\00", align 1
@.str.138 = private unnamed_addr constant [12 x i8] c"after 'for'\00", align 1
@.str.139 = private unnamed_addr constant [9 x i8] c"in 'for'\00", align 1
@.str.140 = private unnamed_addr constant [15 x i8] c"in 'for' range\00", align 1
@.str.141 = private unnamed_addr constant [15 x i8] c"after 'return'\00", align 1
@.str.142 = private unnamed_addr constant [19 x i8] c"after loop control\00", align 1
@.str.143 = private unnamed_addr constant [33 x i8] c"cannot assign to this expression\00", align 1
@.str.144 = private unnamed_addr constant [17 x i8] c"after assignment\00", align 1
@.str.145 = private unnamed_addr constant [17 x i8] c"after expression\00", align 1
@.str.146 = private unnamed_addr constant [25 x i8] c"expected %s %s, found %s\00", align 1
@.str.147 = private unnamed_addr constant [31 x i8] c"after parenthesised expression\00", align 1
@.str.148 = private unnamed_addr constant [20 x i8] c"after list elements\00", align 1
@.str.149 = private unnamed_addr constant [33 x i8] c"expected an expression, found %s\00", align 1
@.str.150 = private unnamed_addr constant [21 x i8] c"unknown escape '\\%c'\00", align 1
@.str.151 = private unnamed_addr constant [16 x i8] c"after arguments\00", align 1
@.str.152 = private unnamed_addr constant [12 x i8] c"after index\00", align 1
@.str.153 = private unnamed_addr constant [16 x i8] c"to open a block\00", align 1
@.str.154 = private unnamed_addr constant [17 x i8] c"to close a block\00", align 1
@.str.155 = private unnamed_addr constant [21 x i8] c"== %s (arity %d) ==\0A\00", align 1
@.str.156 = private unnamed_addr constant [15 x i8] c"%04d %4d %-18s\00", align 1
@reltable.disassemble = internal unnamed_addr constant [34 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.160 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.161 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.162 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.163 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.164 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.165 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.166 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.167 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.168 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.169 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.170 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.171 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.172 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.173 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.174 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.175 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.176 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.177 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.178 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.179 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.180 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.181 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.182 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.183 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.184 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.185 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.186 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.187 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.188 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.189 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.190 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.191 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.192 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.193 to i64), i64 ptrtoint (ptr @reltable.disassemble to i64)) to i32)], align 4
@.str.157 = private unnamed_addr constant [5 x i8] c"%5d \00", align 1
@.str.158 = private unnamed_addr constant [5 x i8] c"%5d\0A\00", align 1
@.str.159 = private unnamed_addr constant [11 x i8] c"%5d -> %d\0A\00", align 1
@.str.160 = private unnamed_addr constant [6 x i8] c"CONST\00", align 1
@.str.161 = private unnamed_addr constant [4 x i8] c"NIL\00", align 1
@.str.162 = private unnamed_addr constant [5 x i8] c"TRUE\00", align 1
@.str.163 = private unnamed_addr constant [6 x i8] c"FALSE\00", align 1
@.str.164 = private unnamed_addr constant [4 x i8] c"POP\00", align 1
@.str.165 = private unnamed_addr constant [10 x i8] c"GET_LOCAL\00", align 1
@.str.166 = private unnamed_addr constant [10 x i8] c"SET_LOCAL\00", align 1
@.str.167 = private unnamed_addr constant [11 x i8] c"GET_GLOBAL\00", align 1
@.str.168 = private unnamed_addr constant [11 x i8] c"SET_GLOBAL\00", align 1
@.str.169 = private unnamed_addr constant [14 x i8] c"DEFINE_GLOBAL\00", align 1
@.str.170 = private unnamed_addr constant [4 x i8] c"ADD\00", align 1
@.str.171 = private unnamed_addr constant [4 x i8] c"SUB\00", align 1
@.str.172 = private unnamed_addr constant [4 x i8] c"MUL\00", align 1
@.str.173 = private unnamed_addr constant [4 x i8] c"DIV\00", align 1
@.str.174 = private unnamed_addr constant [4 x i8] c"MOD\00", align 1
@.str.175 = private unnamed_addr constant [4 x i8] c"NEG\00", align 1
@.str.176 = private unnamed_addr constant [4 x i8] c"NOT\00", align 1
@.str.177 = private unnamed_addr constant [3 x i8] c"EQ\00", align 1
@.str.178 = private unnamed_addr constant [3 x i8] c"NE\00", align 1
@.str.179 = private unnamed_addr constant [3 x i8] c"LT\00", align 1
@.str.180 = private unnamed_addr constant [3 x i8] c"LE\00", align 1
@.str.181 = private unnamed_addr constant [3 x i8] c"GT\00", align 1
@.str.182 = private unnamed_addr constant [3 x i8] c"GE\00", align 1
@.str.183 = private unnamed_addr constant [5 x i8] c"JUMP\00", align 1
@.str.184 = private unnamed_addr constant [14 x i8] c"JUMP_IF_FALSE\00", align 1
@.str.185 = private unnamed_addr constant [19 x i8] c"JUMP_IF_FALSE_KEEP\00", align 1
@.str.186 = private unnamed_addr constant [18 x i8] c"JUMP_IF_TRUE_KEEP\00", align 1
@.str.187 = private unnamed_addr constant [5 x i8] c"LOOP\00", align 1
@.str.188 = private unnamed_addr constant [5 x i8] c"CALL\00", align 1
@.str.189 = private unnamed_addr constant [7 x i8] c"RETURN\00", align 1
@.str.190 = private unnamed_addr constant [5 x i8] c"LIST\00", align 1
@.str.191 = private unnamed_addr constant [6 x i8] c"INDEX\00", align 1
@.str.192 = private unnamed_addr constant [10 x i8] c"SET_INDEX\00", align 1
@.str.193 = private unnamed_addr constant [16 x i8] c"INCREMENT_LOCAL\00", align 1
@.str.194 = private unnamed_addr constant [15 x i8] c"stack overflow\00", align 1
@.str.195 = private unnamed_addr constant [34 x i8] c"%s() takes %d argument(s), got %d\00", align 1
@.str.196 = private unnamed_addr constant [17 x i8] c"cannot call a %s\00", align 1
@.str.197 = private unnamed_addr constant [22 x i8] c"call depth exceeds %d\00", align 1
@.str.198 = private unnamed_addr constant [27 x i8] c"step limit of %ld exceeded\00", align 1
@.str.199 = private unnamed_addr constant [9 x i8] c"for loop\00", align 1
@.str.200 = private unnamed_addr constant [24 x i8] c"undefined variable '%s'\00", align 1
@.str.201 = private unnamed_addr constant [18 x i8] c"cannot index a %s\00", align 1
@.str.202 = private unnamed_addr constant [24 x i8] c"cannot assign into a %s\00", align 1
@.str.203 = private unnamed_addr constant [28 x i8] c"corrupt bytecode: opcode %d\00", align 1
@.str.204 = private unnamed_addr constant [17 x i8] c"division by zero\00", align 1
@__const.arithmetic.names = private unnamed_addr constant [5 x ptr] [ptr @.str.88, ptr @.str.89, ptr @.str.90, ptr @.str.91, ptr @.str.92], align 16
@.str.205 = private unnamed_addr constant [29 x i8] c"index must be an int, got %s\00", align 1
@.str.206 = private unnamed_addr constant [40 x i8] c"index %lld out of range for length %lld\00", align 1
@.str.207 = private unnamed_addr constant [10 x i8] c"recursion\00", align 1
@.str.208 = private unnamed_addr constant [159 x i8] c"fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }\0Afn fact(n) { if n <= 1 { return 1; } return n * fact(n - 1); }\0Aprint(fib(20), fact(15));\0A\00", align 1
@.str.209 = private unnamed_addr constant [20 x i8] c"6765 1307674368000\0A\00", align 1
@.str.210 = private unnamed_addr constant [6 x i8] c"sieve\00", align 1
@.str.211 = private unnamed_addr constant [240 x i8] c"let n = 1000;\0Alet composite = list(n, false);\0Alet count = 0;\0Afor i in 2..n {\0A  if not composite[i] {\0A    count = count + 1;\0A    let j = i * i;\0A    while j < n { composite[j] = true; j = j + i; }\0A  }\0A}\0Aprint(\22primes below\22, n, \22=\22, count);\0A\00", align 1
@.str.212 = private unnamed_addr constant [25 x i8] c"primes below 1000 = 168\0A\00", align 1
@.str.213 = private unnamed_addr constant [8 x i8] c"sorting\00", align 1
@.str.214 = private unnamed_addr constant [482 x i8] c"fn lcg(s) { return (s * 1103515245 + 12345) % 2147483648; }\0Alet xs = []; let s = 42;\0Afor i in 0..50 { s = lcg(s); push(xs, s % 1000); }\0Afn insertion_sort(a) {\0A  for i in 1..len(a) {\0A    let v = a[i]; let j = i - 1;\0A    while j >= 0 and a[j] > v { a[j + 1] = a[j]; j = j - 1; }\0A    a[j + 1] = v;\0A  }\0A  return a;\0A}\0Ainsertion_sort(xs);\0Alet ok = true;\0Afor i in 1..len(xs) { if xs[i - 1] > xs[i] { ok = false; break; } }\0Aprint(len(xs), ok, xs[0] <= xs[-1], min(3, 1, 2), max(3, 9, 2));\0A\00", align 1
@.str.215 = private unnamed_addr constant [18 x i8] c"50 true true 1 9\0A\00", align 1
@.str.216 = private unnamed_addr constant [8 x i8] c"strings\00", align 1
@.str.217 = private unnamed_addr constant [410 x i8] c"let words = [\22alpha\22, \22beta\22, \22gamma\22];\0Alet joined = \22\22;\0Afor i in 0..len(words) { if i > 0 { joined = joined + \22,\22; } joined = joined + words[i]; }\0Aprint(joined, len(joined));\0Alet caesar = \22\22;\0Afor i in 0..len(joined) {\0A  let c = joined[i];\0A  if c == \22,\22 { caesar = caesar + c; continue; }\0A  caesar = caesar + chr((ord(c) - 97 + 3) % 26 + 97);\0A}\0Aprint(caesar, substr(caesar, 0, 5), type(caesar), \22tab\\there\22);\0A\00", align 1
@.str.218 = private unnamed_addr constant [60 x i8] c"alpha,beta,gamma 16\0Adoskd,ehwd,jdppd doskd string tab\09here\0A\00", align 1
@.str.219 = private unnamed_addr constant [7 x i8] c"floats\00", align 1
@.str.220 = private unnamed_addr constant [267 x i8] c"fn newton_sqrt(x) { let g = x / 2.0; for i in 0..30 { g = (g + x / g) / 2.0; } return g; }\0Alet worst = 0.0;\0Afor k in 1..100 { worst = max(worst, abs(newton_sqrt(k) - sqrt(k))); }\0Aprint(worst < 0.000000001, newton_sqrt(2.0), 7 / 2, 7.0 / 2, -7 % 3, 2.5e1, float(3));\0A\00", align 1
@.str.221 = private unnamed_addr constant [35 x i8] c"true 1.414213562 3 3.5 2 25.0 3.0\0A\00", align 1
@.str.222 = private unnamed_addr constant [17 x i8] c"lists and scopes\00", align 1
@.str.223 = private unnamed_addr constant [403 x i8] c"let grid = [];\0Afor y in 0..3 { let row = []; for x in 0..4 { push(row, y * 4 + x); } push(grid, row); }\0Alet total = 0;\0Afor y in 0..3 { for x in 0..4 { if x == 2 { continue; } total = total + grid[y][x]; } }\0Alet stack = [1, 2, 3] + [4];\0Alet top = pop(stack);\0Alet x = 10;\0A{ let x = 20; print(\22inner\22, x); }\0Aprint(\22outer\22, x, total, top, stack, nil == nil, [1, [2, \22s\22]] == [1, [2, \22s\22]], str(12) + \22!\22);\0A\00", align 1
@.str.224 = private unnamed_addr constant [48 x i8] c"inner 20\0Aouter 10 48 4 [1, 2, 3] true true 12!\0A\00", align 1
@.str.225 = private unnamed_addr constant [13 x i8] c"higher order\00", align 1
@.str.226 = private unnamed_addr constant [346 x i8] c"fn twice(f, x) { return f(f(x)); }\0Afn inc(x) { return x + 1; }\0Afn square(x) { return x * x; }\0Alet ops = [inc, square, twice];\0Aprint(twice(inc, 5), twice(square, 3), ops[1](7), len(ops), inc);\0Alet i = 0; let found = -1;\0Awhile true { i = i + 1; if square(i) > 50 { found = i; break; } }\0Aprint(found, false or 3, nil and 1, not 0, int(\22-17\22) * 2);\0A\00", align 1
@.str.227 = private unnamed_addr constant [37 x i8] c"7 81 49 3 <fn inc>\0A8 3 nil true -34\0A\00", align 1
@.str.228 = private unnamed_addr constant [24 x i8] c"runtime error: division\00", align 1
@.str.229 = private unnamed_addr constant [32 x i8] c"let a = 4;\0Aprint(a / (a - 4));\0A\00", align 1
@.str.230 = private unnamed_addr constant [25 x i8] c"line 2: division by zero\00", align 1
@.str.231 = private unnamed_addr constant [25 x i8] c"runtime error: undefined\00", align 1
@.str.232 = private unnamed_addr constant [37 x i8] c"fn f() { return missing + 1; }\0Af();\0A\00", align 1
@.str.233 = private unnamed_addr constant [37 x i8] c"line 1: undefined variable 'missing'\00", align 1
@.str.234 = private unnamed_addr constant [20 x i8] c"runtime error: type\00", align 1
@.str.235 = private unnamed_addr constant [29 x i8] c"let xs = [1, 2];\0Axs[5] = 0;\0A\00", align 1
@.str.236 = private unnamed_addr constant [42 x i8] c"line 2: index 5 out of range for length 2\00", align 1
@.str.237 = private unnamed_addr constant [21 x i8] c"runtime error: arity\00", align 1
@.str.238 = private unnamed_addr constant [32 x i8] c"fn f(a, b) { return a; }\0Af(1);\0A\00", align 1
@.str.239 = private unnamed_addr constant [39 x i8] c"line 2: f() takes 2 argument(s), got 1\00", align 1
@.str.240 = private unnamed_addr constant [25 x i8] c"runtime error: recursion\00", align 1
@.str.241 = private unnamed_addr constant [45 x i8] c"fn down(n) { return down(n + 1); }\0Adown(0);\0A\00", align 1
@.str.242 = private unnamed_addr constant [31 x i8] c"line 1: call depth exceeds 256\00", align 1
@.str.243 = private unnamed_addr constant [23 x i8] c"runtime error: endless\00", align 1
@.str.244 = private unnamed_addr constant [16 x i8] c"while true { }\0A\00", align 1
@.str.245 = private unnamed_addr constant [39 x i8] c"line 1: step limit of 1000000 exceeded\00", align 1
@.str.246 = private unnamed_addr constant [28 x i8] c"syntax error: missing paren\00", align 1
@.str.247 = private unnamed_addr constant [16 x i8] c"print((1 + 2);\0A\00", align 1
@.str.248 = private unnamed_addr constant [48 x i8] c"line 1: expected ')' after arguments, found ';'\00", align 1
@.str.249 = private unnamed_addr constant [24 x i8] c"syntax error: bad token\00", align 1
@.str.250 = private unnamed_addr constant [16 x i8] c"let a = 3 $ 4;\0A\00", align 1
@.str.251 = private unnamed_addr constant [33 x i8] c"line 1: unexpected character '$'\00", align 1
@.str.252 = private unnamed_addr constant [20 x i8] c"syntax error: break\00", align 1
@.str.253 = private unnamed_addr constant [19 x i8] c"let a = 1;\0Abreak;\0A\00", align 1
@.str.254 = private unnamed_addr constant [31 x i8] c"line 2: 'break' outside a loop\00", align 1
@switch.table.type_name = private unnamed_addr constant [8 x ptr] [ptr @.str.26, ptr @.str.41, ptr @.str.13, ptr @.str.14, ptr @.str.42, ptr @.str.23, ptr @.str.43, ptr @.str.44], align 8

; Function Attrs: nounwind uwtable
define dso_local i32 @main(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = alloca %struct.strbuf, align 8
  %4 = alloca %struct.outcome, align 8
  %5 = icmp sgt i32 %0, 1
  br i1 %5, label %6, label %11

6:                                                ; preds = %2
  %7 = getelementptr inbounds ptr, ptr %1, i64 1
  %8 = load ptr, ptr %7, align 8, !tbaa !4
  %9 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %8, ptr noundef nonnull dereferenceable(3) @.str) #23
  %10 = icmp eq i32 %9, 0
  br label %11

11:                                               ; preds = %6, %2
  %12 = phi i1 [ false, %2 ], [ %10, %6 ]
  %13 = select i1 %12, ptr %3, ptr null
  %14 = getelementptr inbounds %struct.outcome, ptr %4, i64 0, i32 2
  %15 = getelementptr inbounds %struct.outcome, ptr %4, i64 0, i32 1
  br label %20

16:                                               ; preds = %68
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef 16, i32 noundef %53, i64 noundef %61)
  %18 = icmp ne i32 %53, 0
  %19 = zext i1 %18 to i32
  ret i32 %19

20:                                               ; preds = %11, %68
  %21 = phi i32 [ 0, %11 ], [ %53, %68 ]
  %22 = phi i64 [ 0, %11 ], [ %69, %68 ]
  %23 = phi i64 [ 0, %11 ], [ %61, %68 ]
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %3) #24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %3, i8 0, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #24
  %24 = getelementptr inbounds [16 x %struct.test_script], ptr @tests, i64 0, i64 %22
  %25 = getelementptr inbounds [16 x %struct.test_script], ptr @tests, i64 0, i64 %22, i32 1
  %26 = load ptr, ptr %25, align 8, !tbaa !8
  call fastcc void @run_script(ptr nonnull sret(%struct.outcome) align 8 %4, ptr noundef %26, ptr noundef %13)
  %27 = load i32, ptr %4, align 8, !tbaa !11
  %28 = icmp ult i64 %22, 7
  %29 = zext i1 %28 to i32
  %30 = icmp eq i32 %27, %29
  %31 = load ptr, ptr %14, align 8
  %32 = icmp ne ptr %31, null
  %33 = select i1 %30, i1 %32, i1 false
  br i1 %33, label %34, label %39

34:                                               ; preds = %20
  %35 = getelementptr inbounds [16 x %struct.test_script], ptr @tests, i64 0, i64 %22, i32 2
  %36 = load ptr, ptr %35, align 16, !tbaa !15
  %37 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %31, ptr noundef nonnull dereferenceable(1) %36) #23
  %38 = icmp eq i32 %37, 0
  br label %39

39:                                               ; preds = %34, %20
  %40 = phi i1 [ false, %20 ], [ %38, %34 ]
  %41 = load ptr, ptr %24, align 16, !tbaa !16
  %42 = select i1 %40, ptr @.str.2, ptr @.str.3
  %43 = load i64, ptr %15, align 8, !tbaa !17
  %44 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef %41, ptr noundef nonnull %42, i64 noundef %43)
  br i1 %40, label %52, label %45

45:                                               ; preds = %39
  %46 = add nsw i32 %21, 1
  %47 = getelementptr inbounds [16 x %struct.test_script], ptr @tests, i64 0, i64 %22, i32 2
  %48 = load ptr, ptr %47, align 16, !tbaa !15
  %49 = icmp eq ptr %31, null
  %50 = select i1 %49, ptr @.str.5, ptr %31
  %51 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef %48, ptr noundef %50)
  br label %52

52:                                               ; preds = %45, %39
  %53 = phi i32 [ %21, %39 ], [ %46, %45 ]
  %54 = load ptr, ptr %3, align 8
  %55 = icmp ne ptr %54, null
  %56 = select i1 %12, i1 %55, i1 false
  br i1 %56, label %57, label %60

57:                                               ; preds = %52
  %58 = load ptr, ptr @stdout, align 8, !tbaa !4
  %59 = call i32 @fputs(ptr noundef nonnull %54, ptr noundef %58)
  br label %60

60:                                               ; preds = %57, %52
  %61 = add nsw i64 %43, %23
  %62 = load ptr, ptr @arena, align 8, !tbaa !4
  %63 = icmp eq ptr %62, null
  br i1 %63, label %68, label %64

64:                                               ; preds = %60, %64
  %65 = phi ptr [ %66, %64 ], [ %62, %60 ]
  %66 = load ptr, ptr %65, align 16, !tbaa !4
  call void @free(ptr noundef %65) #24
  store ptr %66, ptr @arena, align 8, !tbaa !4
  %67 = icmp eq ptr %66, null
  br i1 %67, label %68, label %64, !llvm.loop !18

68:                                               ; preds = %64, %60
  store i64 0, ptr @arena_total, align 8, !tbaa !21
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #24
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %3) #24
  %69 = add nuw nsw i64 %22, 1
  %70 = icmp eq i64 %69, 16
  br i1 %70, label %16, label %20, !llvm.loop !22
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind uwtable
define internal fastcc void @run_script(ptr noalias nocapture writeonly sret(%struct.outcome) align 8 %0, ptr noundef %1, ptr noundef %2) unnamed_addr #0 {
  %4 = alloca %struct.strbuf, align 8
  %5 = alloca %struct.parser, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(71736) @run_script.vm, i8 0, i64 71736, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) @run_script.result, i8 0, i64 32, i1 false)
  store ptr null, ptr @intern_slots, align 8, !tbaa !4
  store i32 0, ptr @intern_capacity, align 4, !tbaa !23
  store i32 0, ptr @intern_count, align 4, !tbaa !23
  store ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2), ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 7), align 8, !tbaa !24
  store i64 1000000, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 9), align 8, !tbaa !26
  store ptr @run_script.vm, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %6 = call i32 @_setjmp(ptr noundef nonnull @error_jump) #25
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %179, label %979

8:                                                ; preds = %193
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %5) #24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(96) %5, i8 0, i64 96, i1 false)
  store ptr %1, ptr %5, align 8, !tbaa !28
  %9 = getelementptr inbounds %struct.lexer, ptr %5, i64 0, i32 1
  store i32 1, ptr %9, align 8, !tbaa !30
  call fastcc void @advance(ptr noundef nonnull %5)
  %10 = load ptr, ptr @arena, align 8, !tbaa !4
  %11 = icmp eq ptr %10, null
  br i1 %11, label %19, label %12

12:                                               ; preds = %8
  %13 = getelementptr inbounds %struct.arena_block, ptr %10, i64 0, i32 1
  %14 = load i64, ptr %13, align 8, !tbaa !21
  %15 = add i64 %14, 80
  %16 = getelementptr inbounds %struct.arena_block, ptr %10, i64 0, i32 2
  %17 = load i64, ptr %16, align 16, !tbaa !21
  %18 = icmp ugt i64 %15, %17
  br i1 %18, label %19, label %28

19:                                               ; preds = %12, %8
  %20 = call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %21 = icmp eq ptr %20, null
  br i1 %21, label %22, label %25

22:                                               ; preds = %19
  %23 = load ptr, ptr @stderr, align 8, !tbaa !4
  %24 = call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %23) #27
  call void @exit(i32 noundef 3) #28
  unreachable

25:                                               ; preds = %19
  store ptr %10, ptr %20, align 16, !tbaa !4
  %26 = getelementptr inbounds %struct.arena_block, ptr %20, i64 0, i32 1
  store i64 0, ptr %26, align 8, !tbaa !21
  %27 = getelementptr inbounds %struct.arena_block, ptr %20, i64 0, i32 2
  store i64 65536, ptr %27, align 16, !tbaa !21
  store ptr %20, ptr @arena, align 8, !tbaa !4
  br label %28

28:                                               ; preds = %25, %12
  %29 = load ptr, ptr @arena, align 8, !tbaa !4
  %30 = getelementptr inbounds %struct.arena_block, ptr %29, i64 0, i32 4
  %31 = getelementptr inbounds %struct.arena_block, ptr %29, i64 0, i32 1
  %32 = load i64, ptr %31, align 8, !tbaa !21
  %33 = getelementptr inbounds i8, ptr %30, i64 %32
  %34 = add i64 %32, 80
  store i64 %34, ptr %31, align 8, !tbaa !21
  %35 = load i64, ptr @arena_total, align 8, !tbaa !21
  %36 = add i64 %35, 80
  store i64 %36, ptr @arena_total, align 8, !tbaa !21
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %33, i8 0, i64 80, i1 false)
  store i32 17, ptr %33, align 8, !tbaa !31
  %37 = getelementptr inbounds %struct.node, ptr %33, i64 0, i32 1
  store i32 1, ptr %37, align 4, !tbaa !35
  %38 = getelementptr inbounds %struct.parser, ptr %5, i64 0, i32 1
  %39 = load i32, ptr %38, align 8, !tbaa !36
  %40 = icmp eq i32 %39, 0
  br i1 %40, label %57, label %41

41:                                               ; preds = %28
  %42 = getelementptr inbounds %struct.node, ptr %33, i64 0, i32 9
  %43 = getelementptr inbounds %struct.node, ptr %33, i64 0, i32 11
  %44 = getelementptr inbounds %struct.node, ptr %33, i64 0, i32 10
  br label %45

45:                                               ; preds = %45, %41
  %46 = call fastcc ptr @parse_statement(ptr noundef nonnull %5)
  %47 = load ptr, ptr %42, align 8, !tbaa !39
  %48 = load i32, ptr %44, align 8, !tbaa !40
  %49 = add nsw i32 %48, 1
  %50 = call fastcc ptr @grow(ptr noundef %47, ptr noundef nonnull %43, i32 noundef %49, i64 noundef 8)
  store ptr %50, ptr %42, align 8, !tbaa !39
  %51 = load i32, ptr %44, align 8, !tbaa !40
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %44, align 8, !tbaa !40
  %53 = sext i32 %51 to i64
  %54 = getelementptr inbounds ptr, ptr %50, i64 %53
  store ptr %46, ptr %54, align 8, !tbaa !4
  %55 = load i32, ptr %38, align 8, !tbaa !36
  %56 = icmp eq i32 %55, 0
  br i1 %56, label %57, label %45, !llvm.loop !41

57:                                               ; preds = %45, %28
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %5) #24
  %58 = load ptr, ptr @arena, align 8, !tbaa !4
  %59 = icmp eq ptr %58, null
  br i1 %59, label %67, label %60

60:                                               ; preds = %57
  %61 = getelementptr inbounds %struct.arena_block, ptr %58, i64 0, i32 1
  %62 = load i64, ptr %61, align 8, !tbaa !21
  %63 = add i64 %62, 64
  %64 = getelementptr inbounds %struct.arena_block, ptr %58, i64 0, i32 2
  %65 = load i64, ptr %64, align 16, !tbaa !21
  %66 = icmp ugt i64 %63, %65
  br i1 %66, label %67, label %76

67:                                               ; preds = %60, %57
  %68 = call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %69 = icmp eq ptr %68, null
  br i1 %69, label %70, label %73

70:                                               ; preds = %67
  %71 = load ptr, ptr @stderr, align 8, !tbaa !4
  %72 = call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %71) #27
  call void @exit(i32 noundef 3) #28
  unreachable

73:                                               ; preds = %67
  store ptr %58, ptr %68, align 16, !tbaa !4
  %74 = getelementptr inbounds %struct.arena_block, ptr %68, i64 0, i32 1
  store i64 0, ptr %74, align 8, !tbaa !21
  %75 = getelementptr inbounds %struct.arena_block, ptr %68, i64 0, i32 2
  store i64 65536, ptr %75, align 16, !tbaa !21
  store ptr %68, ptr @arena, align 8, !tbaa !4
  br label %76

76:                                               ; preds = %73, %60
  %77 = load ptr, ptr @arena, align 8, !tbaa !4
  %78 = getelementptr inbounds %struct.arena_block, ptr %77, i64 0, i32 4
  %79 = getelementptr inbounds %struct.arena_block, ptr %77, i64 0, i32 1
  %80 = load i64, ptr %79, align 8, !tbaa !21
  %81 = getelementptr inbounds i8, ptr %78, i64 %80
  %82 = add i64 %80, 64
  store i64 %82, ptr %79, align 8, !tbaa !21
  %83 = load i64, ptr @arena_total, align 8, !tbaa !21
  %84 = add i64 %83, 64
  store i64 %84, ptr @arena_total, align 8, !tbaa !21
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %81, i8 0, i64 64, i1 false)
  %85 = call fastcc ptr @intern(ptr noundef nonnull @.str.63, i32 noundef 8)
  store ptr %85, ptr %81, align 8, !tbaa !42
  %86 = load ptr, ptr @arena, align 8, !tbaa !4
  %87 = icmp eq ptr %86, null
  br i1 %87, label %95, label %88

88:                                               ; preds = %76
  %89 = getelementptr inbounds %struct.arena_block, ptr %86, i64 0, i32 1
  %90 = load i64, ptr %89, align 8, !tbaa !21
  %91 = add i64 %90, 4128
  %92 = getelementptr inbounds %struct.arena_block, ptr %86, i64 0, i32 2
  %93 = load i64, ptr %92, align 16, !tbaa !21
  %94 = icmp ugt i64 %91, %93
  br i1 %94, label %95, label %104

95:                                               ; preds = %88, %76
  %96 = call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %97 = icmp eq ptr %96, null
  br i1 %97, label %98, label %101

98:                                               ; preds = %95
  %99 = load ptr, ptr @stderr, align 8, !tbaa !4
  %100 = call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %99) #27
  call void @exit(i32 noundef 3) #28
  unreachable

101:                                              ; preds = %95
  store ptr %86, ptr %96, align 16, !tbaa !4
  %102 = getelementptr inbounds %struct.arena_block, ptr %96, i64 0, i32 1
  store i64 0, ptr %102, align 8, !tbaa !21
  %103 = getelementptr inbounds %struct.arena_block, ptr %96, i64 0, i32 2
  store i64 65536, ptr %103, align 16, !tbaa !21
  store ptr %96, ptr @arena, align 8, !tbaa !4
  br label %104

104:                                              ; preds = %101, %88
  %105 = load ptr, ptr @arena, align 8, !tbaa !4
  %106 = getelementptr inbounds %struct.arena_block, ptr %105, i64 0, i32 4
  %107 = getelementptr inbounds %struct.arena_block, ptr %105, i64 0, i32 1
  %108 = load i64, ptr %107, align 8, !tbaa !21
  %109 = getelementptr inbounds i8, ptr %106, i64 %108
  %110 = add i64 %108, 4128
  store i64 %110, ptr %107, align 8, !tbaa !21
  %111 = load i64, ptr @arena_total, align 8, !tbaa !21
  %112 = add i64 %111, 4128
  store i64 %112, ptr @arena_total, align 8, !tbaa !21
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(4128) %109, i8 0, i64 4128, i1 false)
  store ptr %81, ptr %109, align 8, !tbaa !45
  %113 = getelementptr inbounds %struct.compiler, ptr %109, i64 0, i32 4
  store i32 1, ptr %113, align 8, !tbaa !47
  %114 = getelementptr inbounds %struct.compiler, ptr %109, i64 0, i32 2
  store i32 1, ptr %114, align 8, !tbaa !48
  %115 = load ptr, ptr %81, align 8, !tbaa !42
  %116 = getelementptr inbounds %struct.compiler, ptr %109, i64 0, i32 1
  store ptr %115, ptr %116, align 8, !tbaa !49
  %117 = getelementptr inbounds %struct.node, ptr %33, i64 0, i32 10
  %118 = load i32, ptr %117, align 8, !tbaa !40
  %119 = icmp sgt i32 %118, 0
  br i1 %119, label %120, label %131

120:                                              ; preds = %104
  %121 = getelementptr inbounds %struct.node, ptr %33, i64 0, i32 9
  br label %122

122:                                              ; preds = %122, %120
  %123 = phi i64 [ 0, %120 ], [ %127, %122 ]
  %124 = load ptr, ptr %121, align 8, !tbaa !39
  %125 = getelementptr inbounds ptr, ptr %124, i64 %123
  %126 = load ptr, ptr %125, align 8, !tbaa !4
  call fastcc void @compile_node(ptr noundef nonnull %109, ptr noundef %126)
  %127 = add nuw nsw i64 %123, 1
  %128 = load i32, ptr %117, align 8, !tbaa !40
  %129 = sext i32 %128 to i64
  %130 = icmp slt i64 %127, %129
  br i1 %130, label %122, label %131, !llvm.loop !51

131:                                              ; preds = %122, %104
  %132 = load ptr, ptr %109, align 8, !tbaa !45
  %133 = getelementptr inbounds %struct.function, ptr %132, i64 0, i32 2
  %134 = load ptr, ptr %133, align 8, !tbaa !52
  %135 = getelementptr inbounds %struct.function, ptr %132, i64 0, i32 2, i32 3
  %136 = getelementptr inbounds %struct.function, ptr %132, i64 0, i32 2, i32 2
  %137 = load i32, ptr %136, align 8, !tbaa !53
  %138 = add nsw i32 %137, 1
  %139 = call fastcc ptr @grow(ptr noundef %134, ptr noundef nonnull %135, i32 noundef %138, i64 noundef 1)
  store ptr %139, ptr %133, align 8, !tbaa !52
  %140 = getelementptr inbounds %struct.function, ptr %132, i64 0, i32 2, i32 1
  %141 = load ptr, ptr %140, align 8, !tbaa !54
  %142 = getelementptr inbounds %struct.function, ptr %132, i64 0, i32 2, i32 4
  %143 = load i32, ptr %136, align 8, !tbaa !53
  %144 = add nsw i32 %143, 1
  %145 = call fastcc ptr @grow(ptr noundef %141, ptr noundef nonnull %142, i32 noundef %144, i64 noundef 4)
  store ptr %145, ptr %140, align 8, !tbaa !54
  %146 = load ptr, ptr %133, align 8, !tbaa !52
  %147 = load i32, ptr %136, align 8, !tbaa !53
  %148 = sext i32 %147 to i64
  %149 = getelementptr inbounds i8, ptr %146, i64 %148
  store i8 1, ptr %149, align 1, !tbaa !55
  %150 = load ptr, ptr %140, align 8, !tbaa !54
  %151 = load i32, ptr %136, align 8, !tbaa !53
  %152 = add nsw i32 %151, 1
  store i32 %152, ptr %136, align 8, !tbaa !53
  %153 = sext i32 %151 to i64
  %154 = getelementptr inbounds i32, ptr %150, i64 %153
  store i32 0, ptr %154, align 4, !tbaa !23
  %155 = load ptr, ptr %109, align 8, !tbaa !45
  %156 = getelementptr inbounds %struct.function, ptr %155, i64 0, i32 2
  %157 = load ptr, ptr %156, align 8, !tbaa !52
  %158 = getelementptr inbounds %struct.function, ptr %155, i64 0, i32 2, i32 3
  %159 = getelementptr inbounds %struct.function, ptr %155, i64 0, i32 2, i32 2
  %160 = load i32, ptr %159, align 8, !tbaa !53
  %161 = add nsw i32 %160, 1
  %162 = call fastcc ptr @grow(ptr noundef %157, ptr noundef nonnull %158, i32 noundef %161, i64 noundef 1)
  store ptr %162, ptr %156, align 8, !tbaa !52
  %163 = getelementptr inbounds %struct.function, ptr %155, i64 0, i32 2, i32 1
  %164 = load ptr, ptr %163, align 8, !tbaa !54
  %165 = getelementptr inbounds %struct.function, ptr %155, i64 0, i32 2, i32 4
  %166 = load i32, ptr %159, align 8, !tbaa !53
  %167 = add nsw i32 %166, 1
  %168 = call fastcc ptr @grow(ptr noundef %164, ptr noundef nonnull %165, i32 noundef %167, i64 noundef 4)
  store ptr %168, ptr %163, align 8, !tbaa !54
  %169 = load ptr, ptr %156, align 8, !tbaa !52
  %170 = load i32, ptr %159, align 8, !tbaa !53
  %171 = sext i32 %170 to i64
  %172 = getelementptr inbounds i8, ptr %169, i64 %171
  store i8 29, ptr %172, align 1, !tbaa !55
  %173 = load ptr, ptr %163, align 8, !tbaa !54
  %174 = load i32, ptr %159, align 8, !tbaa !53
  %175 = add nsw i32 %174, 1
  store i32 %175, ptr %159, align 8, !tbaa !53
  %176 = sext i32 %174 to i64
  %177 = getelementptr inbounds i32, ptr %173, i64 %176
  store i32 0, ptr %177, align 4, !tbaa !23
  %178 = icmp eq ptr %2, null
  br i1 %178, label %199, label %198

179:                                              ; preds = %3, %193
  %180 = phi i64 [ %196, %193 ], [ 0, %3 ]
  %181 = getelementptr inbounds [16 x %struct.native], ptr @natives, i64 0, i64 %180
  %182 = load ptr, ptr %181, align 8, !tbaa !56
  %183 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %182) #23
  %184 = trunc i64 %183 to i32
  %185 = call fastcc ptr @intern(ptr noundef %182, i32 noundef %184)
  %186 = ptrtoint ptr %181 to i64
  %187 = call fastcc ptr @global_slot(ptr noundef %185, i32 noundef 1)
  %188 = load ptr, ptr %187, align 8, !tbaa !58
  %189 = icmp eq ptr %188, null
  br i1 %189, label %190, label %193

190:                                              ; preds = %179
  store ptr %185, ptr %187, align 8, !tbaa !58
  %191 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 5), align 8, !tbaa !61
  %192 = add nsw i32 %191, 1
  store i32 %192, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 5), align 8, !tbaa !61
  br label %193

193:                                              ; preds = %179, %190
  %194 = getelementptr inbounds %struct.global, ptr %187, i64 0, i32 1
  store i32 7, ptr %194, align 8, !tbaa.struct !62
  %195 = getelementptr inbounds %struct.global, ptr %187, i64 0, i32 1, i32 1
  store i64 %186, ptr %195, align 8, !tbaa.struct !65
  %196 = add nuw nsw i64 %180, 1
  %197 = icmp eq i64 %196, 16
  br i1 %197, label %8, label %179, !llvm.loop !66

198:                                              ; preds = %131
  call fastcc void @disassemble(ptr noundef nonnull %2, ptr noundef nonnull %81)
  br label %199

199:                                              ; preds = %198, %131
  %200 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %201 = icmp ult ptr %200, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %201, label %203, label %202

202:                                              ; preds = %199
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.194) #29
  unreachable

203:                                              ; preds = %199
  %204 = ptrtoint ptr %81 to i64
  %205 = getelementptr inbounds %struct.value, ptr %200, i64 1
  store ptr %205, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 6, ptr %200, align 8, !tbaa.struct !62
  %206 = getelementptr inbounds i8, ptr %200, i64 8
  store i64 %204, ptr %206, align 8, !tbaa.struct !65
  %207 = load i32, ptr @run_script.vm, align 8
  %208 = load i64, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 0, i64 0, i32 1, i32 0), align 8
  call fastcc void @call_value(i32 %207, i64 %208, i32 noundef 0, i32 noundef 0)
  %209 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !67
  %210 = add nsw i32 %209, -1
  %211 = sext i32 %210 to i64
  %212 = getelementptr inbounds %struct.vm, ptr @run_script.vm, i64 0, i32 2, i64 %211
  %213 = getelementptr inbounds %struct.strbuf, ptr %4, i64 0, i32 1
  br label %214

214:                                              ; preds = %975, %203
  %215 = phi ptr [ %212, %203 ], [ %977, %975 ]
  %216 = load ptr, ptr %215, align 8, !tbaa !68
  %217 = getelementptr inbounds %struct.function, ptr %216, i64 0, i32 2
  %218 = getelementptr inbounds %struct.function, ptr %216, i64 0, i32 2, i32 1
  %219 = load ptr, ptr %218, align 8, !tbaa !70
  %220 = getelementptr inbounds %struct.frame, ptr %215, i64 0, i32 1
  %221 = load ptr, ptr %220, align 8, !tbaa !71
  %222 = load ptr, ptr %217, align 8, !tbaa !72
  %223 = ptrtoint ptr %221 to i64
  %224 = ptrtoint ptr %222 to i64
  %225 = sub i64 %223, %224
  %226 = getelementptr inbounds i32, ptr %219, i64 %225
  %227 = load i32, ptr %226, align 4, !tbaa !23
  %228 = load i64, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 8), align 8, !tbaa !73
  %229 = add nsw i64 %228, 1
  store i64 %229, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 8), align 8, !tbaa !73
  %230 = load i64, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 9), align 8, !tbaa !26
  %231 = icmp slt i64 %228, %230
  br i1 %231, label %233, label %232

232:                                              ; preds = %214
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.198, i64 noundef %230) #29
  unreachable

233:                                              ; preds = %214
  %234 = getelementptr inbounds i8, ptr %221, i64 1
  store ptr %234, ptr %220, align 8, !tbaa !71
  %235 = load i8, ptr %221, align 1, !tbaa !55
  switch i8 %235, label %973 [
    i8 0, label %236
    i8 1, label %258
    i8 2, label %265
    i8 3, label %272
    i8 4, label %279
    i8 5, label %282
    i8 6, label %304
    i8 33, label %323
    i8 7, label %347
    i8 8, label %347
    i8 9, label %347
    i8 10, label %423
    i8 11, label %423
    i8 12, label %423
    i8 13, label %423
    i8 14, label %423
    i8 15, label %583
    i8 16, label %602
    i8 17, label %635
    i8 18, label %635
    i8 19, label %654
    i8 20, label %654
    i8 21, label %654
    i8 22, label %654
    i8 23, label %682
    i8 24, label %692
    i8 25, label %731
    i8 26, label %731
    i8 27, label %772
    i8 28, label %783
    i8 29, label %798
    i8 30, label %819
    i8 31, label %864
    i8 32, label %929
  ]

236:                                              ; preds = %233
  %237 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %238 = icmp ult ptr %237, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %238, label %240, label %239

239:                                              ; preds = %236
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

240:                                              ; preds = %236
  %241 = getelementptr inbounds %struct.function, ptr %216, i64 0, i32 2, i32 5
  %242 = load ptr, ptr %241, align 8, !tbaa !74
  %243 = load i8, ptr %234, align 1, !tbaa !55
  %244 = zext i8 %243 to i64
  %245 = shl nuw nsw i64 %244, 8
  %246 = getelementptr inbounds i8, ptr %221, i64 2
  %247 = load i8, ptr %246, align 1, !tbaa !55
  %248 = zext i8 %247 to i64
  %249 = or i64 %245, %248
  %250 = getelementptr inbounds %struct.value, ptr %242, i64 %249
  %251 = getelementptr inbounds { i32, i64 }, ptr %250, i64 0, i32 1
  %252 = load i64, ptr %251, align 8
  %253 = load i32, ptr %250, align 8
  %254 = getelementptr inbounds %struct.value, ptr %237, i64 1
  store ptr %254, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 %253, ptr %237, align 8, !tbaa.struct !62
  %255 = getelementptr inbounds i8, ptr %237, i64 8
  store i64 %252, ptr %255, align 8, !tbaa.struct !65
  %256 = load ptr, ptr %220, align 8, !tbaa !71
  %257 = getelementptr inbounds i8, ptr %256, i64 2
  store ptr %257, ptr %220, align 8, !tbaa !71
  br label %975

258:                                              ; preds = %233
  %259 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %260 = icmp ult ptr %259, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %260, label %262, label %261

261:                                              ; preds = %258
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

262:                                              ; preds = %258
  %263 = getelementptr inbounds %struct.value, ptr %259, i64 1
  store ptr %263, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 0, ptr %259, align 8, !tbaa.struct !62
  %264 = getelementptr inbounds i8, ptr %259, i64 8
  store i64 0, ptr %264, align 8, !tbaa.struct !65
  br label %975

265:                                              ; preds = %233
  %266 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %267 = icmp ult ptr %266, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %267, label %269, label %268

268:                                              ; preds = %265
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

269:                                              ; preds = %265
  %270 = getelementptr inbounds %struct.value, ptr %266, i64 1
  store ptr %270, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 1, ptr %266, align 8, !tbaa.struct !62
  %271 = getelementptr inbounds i8, ptr %266, i64 8
  store i64 1, ptr %271, align 8, !tbaa.struct !65
  br label %975

272:                                              ; preds = %233
  %273 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %274 = icmp ult ptr %273, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %274, label %276, label %275

275:                                              ; preds = %272
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

276:                                              ; preds = %272
  %277 = getelementptr inbounds %struct.value, ptr %273, i64 1
  store ptr %277, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 1, ptr %273, align 8, !tbaa.struct !62
  %278 = getelementptr inbounds i8, ptr %273, i64 8
  store i64 0, ptr %278, align 8, !tbaa.struct !65
  br label %975

279:                                              ; preds = %233
  %280 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %281 = getelementptr inbounds %struct.value, ptr %280, i64 -1
  store ptr %281, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  br label %975

282:                                              ; preds = %233
  %283 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %284 = icmp ult ptr %283, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %284, label %286, label %285

285:                                              ; preds = %282
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

286:                                              ; preds = %282
  %287 = getelementptr inbounds %struct.frame, ptr %215, i64 0, i32 2
  %288 = load ptr, ptr %287, align 8, !tbaa !75
  %289 = load i8, ptr %234, align 1, !tbaa !55
  %290 = zext i8 %289 to i64
  %291 = shl nuw nsw i64 %290, 8
  %292 = getelementptr inbounds i8, ptr %221, i64 2
  %293 = load i8, ptr %292, align 1, !tbaa !55
  %294 = zext i8 %293 to i64
  %295 = or i64 %291, %294
  %296 = getelementptr inbounds %struct.value, ptr %288, i64 %295
  %297 = getelementptr inbounds { i32, i64 }, ptr %296, i64 0, i32 1
  %298 = load i64, ptr %297, align 8
  %299 = load i32, ptr %296, align 8
  %300 = getelementptr inbounds %struct.value, ptr %283, i64 1
  store ptr %300, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 %299, ptr %283, align 8, !tbaa.struct !62
  %301 = getelementptr inbounds i8, ptr %283, i64 8
  store i64 %298, ptr %301, align 8, !tbaa.struct !65
  %302 = load ptr, ptr %220, align 8, !tbaa !71
  %303 = getelementptr inbounds i8, ptr %302, i64 2
  store ptr %303, ptr %220, align 8, !tbaa !71
  br label %975

304:                                              ; preds = %233
  %305 = getelementptr inbounds %struct.frame, ptr %215, i64 0, i32 2
  %306 = load ptr, ptr %305, align 8, !tbaa !75
  %307 = load i8, ptr %234, align 1, !tbaa !55
  %308 = zext i8 %307 to i64
  %309 = shl nuw nsw i64 %308, 8
  %310 = getelementptr inbounds i8, ptr %221, i64 2
  %311 = load i8, ptr %310, align 1, !tbaa !55
  %312 = zext i8 %311 to i64
  %313 = or i64 %309, %312
  %314 = getelementptr inbounds %struct.value, ptr %306, i64 %313
  %315 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %316 = getelementptr inbounds %struct.value, ptr %315, i64 -1
  %317 = load i32, ptr %316, align 8, !tbaa.struct !62
  %318 = getelementptr %struct.value, ptr %315, i64 -1, i32 1
  %319 = load i64, ptr %318, align 8, !tbaa.struct !65
  store i32 %317, ptr %314, align 8, !tbaa.struct !62
  %320 = getelementptr inbounds i8, ptr %314, i64 8
  store i64 %319, ptr %320, align 8, !tbaa.struct !65
  %321 = load ptr, ptr %220, align 8, !tbaa !71
  %322 = getelementptr inbounds i8, ptr %321, i64 2
  store ptr %322, ptr %220, align 8, !tbaa !71
  br label %975

323:                                              ; preds = %233
  %324 = getelementptr inbounds %struct.frame, ptr %215, i64 0, i32 2
  %325 = load ptr, ptr %324, align 8, !tbaa !75
  %326 = load i8, ptr %234, align 1, !tbaa !55
  %327 = zext i8 %326 to i64
  %328 = shl nuw nsw i64 %327, 8
  %329 = getelementptr inbounds i8, ptr %221, i64 2
  %330 = load i8, ptr %329, align 1, !tbaa !55
  %331 = zext i8 %330 to i64
  %332 = or i64 %328, %331
  %333 = getelementptr inbounds %struct.value, ptr %325, i64 %332
  %334 = getelementptr inbounds i8, ptr %221, i64 3
  store ptr %334, ptr %220, align 8, !tbaa !71
  %335 = load i32, ptr %333, align 8, !tbaa !76
  switch i32 %335, label %345 [
    i32 2, label %336
    i32 3, label %340
  ]

336:                                              ; preds = %323
  %337 = getelementptr inbounds %struct.value, ptr %325, i64 %332, i32 1
  %338 = load i64, ptr %337, align 8, !tbaa !55
  %339 = add nsw i64 %338, 1
  store i64 %339, ptr %337, align 8, !tbaa !55
  br label %975

340:                                              ; preds = %323
  %341 = getelementptr inbounds { i32, i64 }, ptr %333, i64 0, i32 1
  %342 = load double, ptr %341, align 8
  %343 = fadd double %342, 1.000000e+00
  store i32 3, ptr %333, align 8, !tbaa.struct !62
  %344 = getelementptr inbounds i8, ptr %333, i64 8
  store double %343, ptr %344, align 8, !tbaa.struct !65
  br label %975

345:                                              ; preds = %323
  %346 = call fastcc ptr @type_name(i32 noundef %335)
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.51, ptr noundef nonnull @.str.199, ptr noundef nonnull %346) #29
  unreachable

347:                                              ; preds = %233, %233, %233
  %348 = getelementptr inbounds %struct.function, ptr %216, i64 0, i32 2, i32 5
  %349 = load ptr, ptr %348, align 8, !tbaa !74
  %350 = load i8, ptr %234, align 1, !tbaa !55
  %351 = zext i8 %350 to i64
  %352 = shl nuw nsw i64 %351, 8
  %353 = getelementptr inbounds i8, ptr %221, i64 2
  %354 = load i8, ptr %353, align 1, !tbaa !55
  %355 = zext i8 %354 to i64
  %356 = or i64 %352, %355
  %357 = getelementptr inbounds %struct.value, ptr %349, i64 %356, i32 1
  %358 = load ptr, ptr %357, align 8, !tbaa !55
  %359 = getelementptr inbounds i8, ptr %221, i64 3
  store ptr %359, ptr %220, align 8, !tbaa !71
  %360 = icmp eq i8 %235, 9
  br i1 %360, label %361, label %376

361:                                              ; preds = %347
  %362 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %363 = getelementptr inbounds %struct.value, ptr %362, i64 -1
  store ptr %363, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %364 = load i32, ptr %363, align 8, !tbaa.struct !62
  %365 = getelementptr %struct.value, ptr %362, i64 -1, i32 1
  %366 = load i64, ptr %365, align 8, !tbaa.struct !65
  %367 = call fastcc ptr @global_slot(ptr noundef %358, i32 noundef 1)
  %368 = load ptr, ptr %367, align 8, !tbaa !58
  %369 = icmp eq ptr %368, null
  br i1 %369, label %370, label %373

370:                                              ; preds = %361
  store ptr %358, ptr %367, align 8, !tbaa !58
  %371 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 5), align 8, !tbaa !61
  %372 = add nsw i32 %371, 1
  store i32 %372, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 5), align 8, !tbaa !61
  br label %373

373:                                              ; preds = %370, %361
  %374 = getelementptr inbounds %struct.global, ptr %367, i64 0, i32 1
  store i32 %364, ptr %374, align 8, !tbaa.struct !62
  %375 = getelementptr inbounds %struct.global, ptr %367, i64 0, i32 1, i32 1
  store i64 %366, ptr %375, align 8, !tbaa.struct !65
  br label %975

376:                                              ; preds = %347
  %377 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 6), align 4, !tbaa !77
  %378 = icmp eq i32 %377, 0
  br i1 %378, label %394, label %379

379:                                              ; preds = %376
  %380 = getelementptr inbounds %struct.string, ptr %358, i64 0, i32 1
  %381 = load i32, ptr %380, align 4, !tbaa !23
  %382 = add nsw i32 %377, -1
  %383 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 4), align 8, !tbaa !78
  br label %384

384:                                              ; preds = %384, %379
  %385 = phi i32 [ %381, %379 ], [ %393, %384 ]
  %386 = and i32 %385, %382
  %387 = sext i32 %386 to i64
  %388 = getelementptr inbounds %struct.global, ptr %383, i64 %387
  %389 = load ptr, ptr %388, align 8, !tbaa !58
  %390 = icmp eq ptr %389, null
  %391 = icmp eq ptr %389, %358
  %392 = or i1 %390, %391
  %393 = add nsw i32 %386, 1
  br i1 %392, label %394, label %384, !llvm.loop !79

394:                                              ; preds = %384, %376
  %395 = phi ptr [ null, %376 ], [ %388, %384 ]
  %396 = icmp eq ptr %395, null
  br i1 %396, label %400, label %397

397:                                              ; preds = %394
  %398 = load ptr, ptr %395, align 8, !tbaa !58
  %399 = icmp eq ptr %398, null
  br i1 %399, label %400, label %402

400:                                              ; preds = %397, %394
  %401 = getelementptr inbounds %struct.string, ptr %358, i64 0, i32 2
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.200, ptr noundef nonnull %401) #29
  unreachable

402:                                              ; preds = %397
  %403 = icmp eq i8 %235, 7
  br i1 %403, label %404, label %415

404:                                              ; preds = %402
  %405 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %406 = icmp ult ptr %405, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %406, label %408, label %407

407:                                              ; preds = %404
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

408:                                              ; preds = %404
  %409 = getelementptr inbounds %struct.global, ptr %395, i64 0, i32 1, i32 1
  %410 = load i64, ptr %409, align 8
  %411 = getelementptr inbounds %struct.global, ptr %395, i64 0, i32 1
  %412 = load i32, ptr %411, align 8
  %413 = getelementptr inbounds %struct.value, ptr %405, i64 1
  store ptr %413, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 %412, ptr %405, align 8, !tbaa.struct !62
  %414 = getelementptr inbounds i8, ptr %405, i64 8
  store i64 %410, ptr %414, align 8, !tbaa.struct !65
  br label %975

415:                                              ; preds = %402
  %416 = getelementptr inbounds %struct.global, ptr %395, i64 0, i32 1
  %417 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %418 = getelementptr inbounds %struct.value, ptr %417, i64 -1
  %419 = load i32, ptr %418, align 8, !tbaa.struct !62
  %420 = getelementptr %struct.value, ptr %417, i64 -1, i32 1
  %421 = load i64, ptr %420, align 8, !tbaa.struct !65
  store i32 %419, ptr %416, align 8, !tbaa.struct !62
  %422 = getelementptr inbounds %struct.global, ptr %395, i64 0, i32 1, i32 1
  store i64 %421, ptr %422, align 8, !tbaa.struct !65
  br label %975

423:                                              ; preds = %233, %233, %233, %233, %233
  %424 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %425 = getelementptr inbounds %struct.value, ptr %424, i64 -1
  store ptr %425, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %426 = load i32, ptr %425, align 8, !tbaa.struct !62
  %427 = getelementptr %struct.value, ptr %424, i64 -1, i32 1
  %428 = load i64, ptr %427, align 8, !tbaa.struct !65
  %429 = getelementptr inbounds %struct.value, ptr %424, i64 -2
  store ptr %429, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %430 = load i32, ptr %429, align 8, !tbaa.struct !62
  %431 = getelementptr %struct.value, ptr %424, i64 -2, i32 1
  %432 = load i64, ptr %431, align 8, !tbaa.struct !65
  %433 = icmp eq i8 %235, 10
  br i1 %433, label %434, label %443

434:                                              ; preds = %423
  %435 = icmp eq i32 %430, 4
  %436 = icmp eq i32 %426, 4
  %437 = select i1 %435, i1 true, i1 %436
  br i1 %437, label %438, label %443

438:                                              ; preds = %434
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %4, i8 0, i64 16, i1 false)
  call fastcc void @format_value(ptr noundef nonnull %4, i32 %430, i64 %432, i32 noundef 0)
  call fastcc void @format_value(ptr noundef nonnull %4, i32 %426, i64 %428, i32 noundef 0)
  %439 = load ptr, ptr %4, align 8, !tbaa !80
  %440 = load i32, ptr %213, align 8, !tbaa !81
  %441 = call fastcc ptr @intern(ptr noundef %439, i32 noundef %440)
  %442 = ptrtoint ptr %441 to i64
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #24
  br label %574

443:                                              ; preds = %434, %423
  %444 = icmp eq i32 %430, 5
  %445 = select i1 %433, i1 %444, i1 false
  %446 = icmp eq i32 %426, 5
  %447 = select i1 %445, i1 %446, i1 false
  br i1 %447, label %448, label %510

448:                                              ; preds = %443
  %449 = inttoptr i64 %432 to ptr
  %450 = load i32, ptr %449, align 8, !tbaa !82
  %451 = inttoptr i64 %428 to ptr
  %452 = load i32, ptr %451, align 8, !tbaa !82
  %453 = add nsw i32 %452, %450
  %454 = call fastcc ptr @new_list(i32 noundef %453)
  %455 = load i32, ptr %449, align 8, !tbaa !82
  %456 = icmp sgt i32 %455, 0
  br i1 %456, label %457, label %461

457:                                              ; preds = %448
  %458 = getelementptr inbounds %struct.list, ptr %449, i64 0, i32 2
  %459 = getelementptr inbounds %struct.list, ptr %454, i64 0, i32 2
  %460 = getelementptr inbounds %struct.list, ptr %454, i64 0, i32 1
  br label %468

461:                                              ; preds = %468, %448
  %462 = load i32, ptr %451, align 8, !tbaa !82
  %463 = icmp sgt i32 %462, 0
  br i1 %463, label %464, label %488

464:                                              ; preds = %461
  %465 = getelementptr inbounds %struct.list, ptr %451, i64 0, i32 2
  %466 = getelementptr inbounds %struct.list, ptr %454, i64 0, i32 2
  %467 = getelementptr inbounds %struct.list, ptr %454, i64 0, i32 1
  br label %490

468:                                              ; preds = %468, %457
  %469 = phi i64 [ 0, %457 ], [ %484, %468 ]
  %470 = load ptr, ptr %458, align 8, !tbaa !84
  %471 = getelementptr inbounds %struct.value, ptr %470, i64 %469
  %472 = load i32, ptr %471, align 8
  %473 = getelementptr inbounds { i32, i64 }, ptr %471, i64 0, i32 1
  %474 = load i64, ptr %473, align 8
  %475 = load ptr, ptr %459, align 8, !tbaa !84
  %476 = load i32, ptr %454, align 8, !tbaa !82
  %477 = add nsw i32 %476, 1
  %478 = call fastcc ptr @grow(ptr noundef %475, ptr noundef nonnull %460, i32 noundef %477, i64 noundef 16)
  store ptr %478, ptr %459, align 8, !tbaa !84
  %479 = load i32, ptr %454, align 8, !tbaa !82
  %480 = add nsw i32 %479, 1
  store i32 %480, ptr %454, align 8, !tbaa !82
  %481 = sext i32 %479 to i64
  %482 = getelementptr inbounds %struct.value, ptr %478, i64 %481
  store i32 %472, ptr %482, align 8, !tbaa.struct !62
  %483 = getelementptr inbounds i8, ptr %482, i64 8
  store i64 %474, ptr %483, align 8, !tbaa.struct !65
  %484 = add nuw nsw i64 %469, 1
  %485 = load i32, ptr %449, align 8, !tbaa !82
  %486 = sext i32 %485 to i64
  %487 = icmp slt i64 %484, %486
  br i1 %487, label %468, label %461, !llvm.loop !85

488:                                              ; preds = %490, %461
  %489 = ptrtoint ptr %454 to i64
  br label %574

490:                                              ; preds = %490, %464
  %491 = phi i64 [ 0, %464 ], [ %506, %490 ]
  %492 = load ptr, ptr %465, align 8, !tbaa !84
  %493 = getelementptr inbounds %struct.value, ptr %492, i64 %491
  %494 = load i32, ptr %493, align 8
  %495 = getelementptr inbounds { i32, i64 }, ptr %493, i64 0, i32 1
  %496 = load i64, ptr %495, align 8
  %497 = load ptr, ptr %466, align 8, !tbaa !84
  %498 = load i32, ptr %454, align 8, !tbaa !82
  %499 = add nsw i32 %498, 1
  %500 = call fastcc ptr @grow(ptr noundef %497, ptr noundef nonnull %467, i32 noundef %499, i64 noundef 16)
  store ptr %500, ptr %466, align 8, !tbaa !84
  %501 = load i32, ptr %454, align 8, !tbaa !82
  %502 = add nsw i32 %501, 1
  store i32 %502, ptr %454, align 8, !tbaa !82
  %503 = sext i32 %501 to i64
  %504 = getelementptr inbounds %struct.value, ptr %500, i64 %503
  store i32 %494, ptr %504, align 8, !tbaa.struct !62
  %505 = getelementptr inbounds i8, ptr %504, i64 8
  store i64 %496, ptr %505, align 8, !tbaa.struct !65
  %506 = add nuw nsw i64 %491, 1
  %507 = load i32, ptr %451, align 8, !tbaa !82
  %508 = sext i32 %507 to i64
  %509 = icmp slt i64 %506, %508
  br i1 %509, label %490, label %488, !llvm.loop !86

510:                                              ; preds = %443
  %511 = icmp eq i32 %430, 2
  %512 = icmp eq i32 %426, 2
  %513 = select i1 %511, i1 %512, i1 false
  br i1 %513, label %514, label %536

514:                                              ; preds = %510
  switch i8 %235, label %533 [
    i8 10, label %515
    i8 11, label %517
    i8 12, label %519
    i8 13, label %521
    i8 14, label %526
  ]

515:                                              ; preds = %514
  %516 = add i64 %432, %428
  br label %533

517:                                              ; preds = %514
  %518 = sub i64 %432, %428
  br label %533

519:                                              ; preds = %514
  %520 = mul i64 %432, %428
  br label %533

521:                                              ; preds = %514
  %522 = icmp eq i64 %428, 0
  br i1 %522, label %523, label %524

523:                                              ; preds = %521
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.204) #29
  unreachable

524:                                              ; preds = %521
  %525 = sdiv i64 %432, %428
  br label %533

526:                                              ; preds = %514
  %527 = icmp eq i64 %428, 0
  br i1 %527, label %528, label %529

528:                                              ; preds = %526
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.204) #29
  unreachable

529:                                              ; preds = %526
  %530 = srem i64 %432, %428
  %531 = add nsw i64 %530, %428
  %532 = srem i64 %531, %428
  br label %533

533:                                              ; preds = %529, %524, %519, %517, %515, %514
  %534 = phi i1 [ false, %529 ], [ false, %524 ], [ false, %519 ], [ false, %517 ], [ false, %515 ], [ true, %514 ]
  %535 = phi i64 [ %532, %529 ], [ %525, %524 ], [ %520, %519 ], [ %518, %517 ], [ %516, %515 ], [ undef, %514 ]
  br i1 %534, label %536, label %574

536:                                              ; preds = %533, %510
  switch i32 %430, label %541 [
    i32 2, label %537
    i32 3, label %539
  ]

537:                                              ; preds = %536
  %538 = sitofp i64 %432 to double
  br label %547

539:                                              ; preds = %536
  %540 = bitcast i64 %432 to double
  br label %547

541:                                              ; preds = %536
  %542 = zext i8 %235 to i64
  %543 = add nsw i64 %542, -10
  %544 = getelementptr inbounds [5 x ptr], ptr @__const.arithmetic.names, i64 0, i64 %543
  %545 = load ptr, ptr %544, align 8, !tbaa !4
  %546 = call fastcc ptr @type_name(i32 noundef %430)
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.51, ptr noundef %545, ptr noundef nonnull %546) #29
  unreachable

547:                                              ; preds = %539, %537
  %548 = phi double [ %538, %537 ], [ %540, %539 ]
  switch i32 %426, label %553 [
    i32 2, label %549
    i32 3, label %551
  ]

549:                                              ; preds = %547
  %550 = sitofp i64 %428 to double
  br label %559

551:                                              ; preds = %547
  %552 = bitcast i64 %428 to double
  br label %559

553:                                              ; preds = %547
  %554 = zext i8 %235 to i64
  %555 = add nsw i64 %554, -10
  %556 = getelementptr inbounds [5 x ptr], ptr @__const.arithmetic.names, i64 0, i64 %555
  %557 = load ptr, ptr %556, align 8, !tbaa !4
  %558 = call fastcc ptr @type_name(i32 noundef %426)
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.51, ptr noundef %557, ptr noundef nonnull %558) #29
  unreachable

559:                                              ; preds = %551, %549
  %560 = phi double [ %550, %549 ], [ %552, %551 ]
  switch i8 %235, label %569 [
    i8 10, label %561
    i8 11, label %563
    i8 12, label %565
    i8 13, label %567
  ]

561:                                              ; preds = %559
  %562 = fadd double %548, %560
  br label %571

563:                                              ; preds = %559
  %564 = fsub double %548, %560
  br label %571

565:                                              ; preds = %559
  %566 = fmul double %548, %560
  br label %571

567:                                              ; preds = %559
  %568 = fdiv double %548, %560
  br label %571

569:                                              ; preds = %559
  %570 = call double @fmod(double noundef %548, double noundef %560) #24
  br label %571

571:                                              ; preds = %569, %567, %565, %563, %561
  %572 = phi double [ %570, %569 ], [ %568, %567 ], [ %566, %565 ], [ %564, %563 ], [ %562, %561 ]
  %573 = bitcast double %572 to i64
  br label %574

574:                                              ; preds = %571, %533, %488, %438
  %575 = phi i32 [ 4, %438 ], [ 5, %488 ], [ 2, %533 ], [ 3, %571 ]
  %576 = phi i64 [ %442, %438 ], [ %489, %488 ], [ %535, %533 ], [ %573, %571 ]
  %577 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %578 = icmp ult ptr %577, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %578, label %580, label %579

579:                                              ; preds = %574
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

580:                                              ; preds = %574
  %581 = getelementptr inbounds %struct.value, ptr %577, i64 1
  store ptr %581, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 %575, ptr %577, align 8, !tbaa.struct !62
  %582 = getelementptr inbounds i8, ptr %577, i64 8
  store i64 %576, ptr %582, align 8, !tbaa.struct !65
  br label %975

583:                                              ; preds = %233
  %584 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %585 = getelementptr inbounds %struct.value, ptr %584, i64 -1
  store ptr %585, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %586 = load i32, ptr %585, align 8, !tbaa.struct !62
  %587 = getelementptr %struct.value, ptr %584, i64 -1, i32 1
  %588 = load i64, ptr %587, align 8, !tbaa.struct !65
  switch i32 %586, label %596 [
    i32 2, label %589
    i32 3, label %594
  ]

589:                                              ; preds = %583
  %590 = icmp ult ptr %585, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %590, label %592, label %591

591:                                              ; preds = %589
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

592:                                              ; preds = %589
  %593 = sub nsw i64 0, %588
  store ptr %584, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 2, ptr %585, align 8, !tbaa.struct !62
  store i64 %593, ptr %587, align 8, !tbaa.struct !65
  br label %975

594:                                              ; preds = %583
  %595 = icmp ult ptr %585, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %595, label %599, label %598

596:                                              ; preds = %583
  %597 = call fastcc ptr @type_name(i32 noundef %586)
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.51, ptr noundef nonnull @.str.89, ptr noundef nonnull %597) #29
  unreachable

598:                                              ; preds = %594
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

599:                                              ; preds = %594
  %600 = bitcast i64 %588 to double
  %601 = fneg double %600
  store ptr %584, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 3, ptr %585, align 8, !tbaa.struct !62
  store double %601, ptr %587, align 8, !tbaa.struct !65
  br label %975

602:                                              ; preds = %233
  %603 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %604 = getelementptr inbounds %struct.value, ptr %603, i64 -1
  store ptr %604, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %605 = load i32, ptr %604, align 8, !tbaa.struct !62
  %606 = getelementptr %struct.value, ptr %603, i64 -1, i32 1
  %607 = load i64, ptr %606, align 8, !tbaa.struct !65
  switch i32 %605, label %627 [
    i32 0, label %628
    i32 1, label %608
    i32 2, label %610
    i32 3, label %613
    i32 4, label %617
    i32 5, label %622
  ]

608:                                              ; preds = %602
  %609 = trunc i64 %607 to i32
  br label %628

610:                                              ; preds = %602
  %611 = icmp ne i64 %607, 0
  %612 = zext i1 %611 to i32
  br label %628

613:                                              ; preds = %602
  %614 = and i64 %607, 9223372036854775807
  %615 = icmp ne i64 %614, 0
  %616 = zext i1 %615 to i32
  br label %628

617:                                              ; preds = %602
  %618 = inttoptr i64 %607 to ptr
  %619 = load i32, ptr %618, align 4, !tbaa !23
  %620 = icmp sgt i32 %619, 0
  %621 = zext i1 %620 to i32
  br label %628

622:                                              ; preds = %602
  %623 = inttoptr i64 %607 to ptr
  %624 = load i32, ptr %623, align 8, !tbaa !82
  %625 = icmp sgt i32 %624, 0
  %626 = zext i1 %625 to i32
  br label %628

627:                                              ; preds = %602
  br label %628

628:                                              ; preds = %627, %622, %617, %613, %610, %608, %602
  %629 = phi i32 [ 1, %627 ], [ %626, %622 ], [ %621, %617 ], [ %616, %613 ], [ %612, %610 ], [ %609, %608 ], [ %605, %602 ]
  %630 = icmp ult ptr %604, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %630, label %632, label %631

631:                                              ; preds = %628
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

632:                                              ; preds = %628
  %633 = icmp eq i32 %629, 0
  %634 = zext i1 %633 to i64
  store ptr %603, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 1, ptr %604, align 8, !tbaa.struct !62
  store i64 %634, ptr %606, align 8, !tbaa.struct !65
  br label %975

635:                                              ; preds = %233, %233
  %636 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %637 = getelementptr inbounds %struct.value, ptr %636, i64 -1
  store ptr %637, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %638 = load i32, ptr %637, align 8, !tbaa.struct !62
  %639 = getelementptr %struct.value, ptr %636, i64 -1, i32 1
  %640 = load i64, ptr %639, align 8, !tbaa.struct !65
  %641 = getelementptr inbounds %struct.value, ptr %636, i64 -2
  store ptr %641, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %642 = load i32, ptr %641, align 8, !tbaa.struct !62
  %643 = getelementptr %struct.value, ptr %636, i64 -2, i32 1
  %644 = load i64, ptr %643, align 8, !tbaa.struct !65
  %645 = call fastcc i32 @values_equal(i32 %642, i64 %644, i32 %638, i64 %640)
  %646 = icmp ult ptr %641, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %646, label %648, label %647

647:                                              ; preds = %635
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

648:                                              ; preds = %635
  %649 = icmp eq i8 %235, 17
  %650 = icmp ne i32 %645, 0
  %651 = icmp eq i32 %645, 0
  %652 = select i1 %649, i1 %650, i1 %651
  %653 = zext i1 %652 to i64
  store ptr %637, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 1, ptr %641, align 8, !tbaa.struct !62
  store i64 %653, ptr %643, align 8, !tbaa.struct !65
  br label %975

654:                                              ; preds = %233, %233, %233, %233
  %655 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %656 = getelementptr inbounds %struct.value, ptr %655, i64 -1
  store ptr %656, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %657 = load i32, ptr %656, align 8, !tbaa.struct !62
  %658 = getelementptr %struct.value, ptr %655, i64 -1, i32 1
  %659 = load i64, ptr %658, align 8, !tbaa.struct !65
  %660 = getelementptr inbounds %struct.value, ptr %655, i64 -2
  store ptr %660, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %661 = load i32, ptr %660, align 8, !tbaa.struct !62
  %662 = getelementptr %struct.value, ptr %655, i64 -2, i32 1
  %663 = load i64, ptr %662, align 8, !tbaa.struct !65
  %664 = call fastcc i32 @compare(i32 %661, i64 %663, i32 %657, i64 %659, i32 noundef %227)
  switch i8 %235, label %671 [
    i8 19, label %665
    i8 20, label %667
    i8 21, label %669
  ]

665:                                              ; preds = %654
  %666 = icmp slt i32 %664, 0
  br label %673

667:                                              ; preds = %654
  %668 = icmp slt i32 %664, 1
  br label %673

669:                                              ; preds = %654
  %670 = icmp sgt i32 %664, 0
  br label %673

671:                                              ; preds = %654
  %672 = icmp sgt i32 %664, -1
  br label %673

673:                                              ; preds = %671, %669, %667, %665
  %674 = phi i1 [ %666, %665 ], [ %668, %667 ], [ %670, %669 ], [ %672, %671 ]
  %675 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %676 = icmp ult ptr %675, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %676, label %678, label %677

677:                                              ; preds = %673
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

678:                                              ; preds = %673
  %679 = zext i1 %674 to i64
  %680 = getelementptr inbounds %struct.value, ptr %675, i64 1
  store ptr %680, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 1, ptr %675, align 8, !tbaa.struct !62
  %681 = getelementptr inbounds i8, ptr %675, i64 8
  store i64 %679, ptr %681, align 8, !tbaa.struct !65
  br label %975

682:                                              ; preds = %233
  %683 = load i8, ptr %234, align 1, !tbaa !55
  %684 = zext i8 %683 to i64
  %685 = shl nuw nsw i64 %684, 8
  %686 = getelementptr inbounds i8, ptr %221, i64 2
  %687 = load i8, ptr %686, align 1, !tbaa !55
  %688 = zext i8 %687 to i64
  %689 = or i64 %685, %688
  %690 = add nuw nsw i64 %689, 2
  %691 = getelementptr inbounds i8, ptr %234, i64 %690
  store ptr %691, ptr %220, align 8, !tbaa !71
  br label %975

692:                                              ; preds = %233
  %693 = load i8, ptr %234, align 1, !tbaa !55
  %694 = zext i8 %693 to i64
  %695 = shl nuw nsw i64 %694, 8
  %696 = getelementptr inbounds i8, ptr %221, i64 2
  %697 = load i8, ptr %696, align 1, !tbaa !55
  %698 = zext i8 %697 to i64
  %699 = or i64 %695, %698
  %700 = getelementptr inbounds i8, ptr %221, i64 3
  store ptr %700, ptr %220, align 8, !tbaa !71
  %701 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %702 = getelementptr inbounds %struct.value, ptr %701, i64 -1
  store ptr %702, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %703 = load i32, ptr %702, align 8, !tbaa.struct !62
  %704 = getelementptr %struct.value, ptr %701, i64 -1, i32 1
  %705 = load i64, ptr %704, align 8, !tbaa.struct !65
  switch i32 %703, label %725 [
    i32 0, label %726
    i32 1, label %706
    i32 2, label %708
    i32 3, label %711
    i32 4, label %715
    i32 5, label %720
  ]

706:                                              ; preds = %692
  %707 = trunc i64 %705 to i32
  br label %726

708:                                              ; preds = %692
  %709 = icmp ne i64 %705, 0
  %710 = zext i1 %709 to i32
  br label %726

711:                                              ; preds = %692
  %712 = and i64 %705, 9223372036854775807
  %713 = icmp ne i64 %712, 0
  %714 = zext i1 %713 to i32
  br label %726

715:                                              ; preds = %692
  %716 = inttoptr i64 %705 to ptr
  %717 = load i32, ptr %716, align 4, !tbaa !23
  %718 = icmp sgt i32 %717, 0
  %719 = zext i1 %718 to i32
  br label %726

720:                                              ; preds = %692
  %721 = inttoptr i64 %705 to ptr
  %722 = load i32, ptr %721, align 8, !tbaa !82
  %723 = icmp sgt i32 %722, 0
  %724 = zext i1 %723 to i32
  br label %726

725:                                              ; preds = %692
  br label %726

726:                                              ; preds = %725, %720, %715, %711, %708, %706, %692
  %727 = phi i32 [ 1, %725 ], [ %724, %720 ], [ %719, %715 ], [ %714, %711 ], [ %710, %708 ], [ %707, %706 ], [ %703, %692 ]
  %728 = icmp eq i32 %727, 0
  br i1 %728, label %729, label %975

729:                                              ; preds = %726
  %730 = getelementptr inbounds i8, ptr %700, i64 %699
  store ptr %730, ptr %220, align 8, !tbaa !71
  br label %975

731:                                              ; preds = %233, %233
  %732 = load i8, ptr %234, align 1, !tbaa !55
  %733 = zext i8 %732 to i64
  %734 = shl nuw nsw i64 %733, 8
  %735 = getelementptr inbounds i8, ptr %221, i64 2
  %736 = load i8, ptr %735, align 1, !tbaa !55
  %737 = zext i8 %736 to i64
  %738 = or i64 %734, %737
  %739 = getelementptr inbounds i8, ptr %221, i64 3
  store ptr %739, ptr %220, align 8, !tbaa !71
  %740 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %741 = getelementptr inbounds %struct.value, ptr %740, i64 -1
  %742 = load i32, ptr %741, align 8, !tbaa.struct !62
  %743 = getelementptr %struct.value, ptr %740, i64 -1, i32 1
  %744 = load i64, ptr %743, align 8, !tbaa.struct !65
  switch i32 %742, label %764 [
    i32 0, label %765
    i32 1, label %745
    i32 2, label %747
    i32 3, label %750
    i32 4, label %754
    i32 5, label %759
  ]

745:                                              ; preds = %731
  %746 = trunc i64 %744 to i32
  br label %765

747:                                              ; preds = %731
  %748 = icmp ne i64 %744, 0
  %749 = zext i1 %748 to i32
  br label %765

750:                                              ; preds = %731
  %751 = and i64 %744, 9223372036854775807
  %752 = icmp ne i64 %751, 0
  %753 = zext i1 %752 to i32
  br label %765

754:                                              ; preds = %731
  %755 = inttoptr i64 %744 to ptr
  %756 = load i32, ptr %755, align 4, !tbaa !23
  %757 = icmp sgt i32 %756, 0
  %758 = zext i1 %757 to i32
  br label %765

759:                                              ; preds = %731
  %760 = inttoptr i64 %744 to ptr
  %761 = load i32, ptr %760, align 8, !tbaa !82
  %762 = icmp sgt i32 %761, 0
  %763 = zext i1 %762 to i32
  br label %765

764:                                              ; preds = %731
  br label %765

765:                                              ; preds = %764, %759, %754, %750, %747, %745, %731
  %766 = phi i32 [ 1, %764 ], [ %763, %759 ], [ %758, %754 ], [ %753, %750 ], [ %749, %747 ], [ %746, %745 ], [ %742, %731 ]
  %767 = icmp eq i8 %235, 26
  %768 = zext i1 %767 to i32
  %769 = icmp eq i32 %766, %768
  br i1 %769, label %770, label %975

770:                                              ; preds = %765
  %771 = getelementptr inbounds i8, ptr %739, i64 %738
  store ptr %771, ptr %220, align 8, !tbaa !71
  br label %975

772:                                              ; preds = %233
  %773 = load i8, ptr %234, align 1, !tbaa !55
  %774 = zext i8 %773 to i32
  %775 = shl nuw nsw i32 %774, 8
  %776 = getelementptr inbounds i8, ptr %221, i64 2
  %777 = load i8, ptr %776, align 1, !tbaa !55
  %778 = zext i8 %777 to i32
  %779 = or i32 %775, %778
  %780 = sub nsw i32 2, %779
  %781 = sext i32 %780 to i64
  %782 = getelementptr inbounds i8, ptr %234, i64 %781
  store ptr %782, ptr %220, align 8, !tbaa !71
  br label %975

783:                                              ; preds = %233
  %784 = getelementptr inbounds i8, ptr %221, i64 2
  store ptr %784, ptr %220, align 8, !tbaa !71
  %785 = load i8, ptr %234, align 1, !tbaa !55
  %786 = zext i8 %785 to i32
  %787 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %788 = xor i32 %786, -1
  %789 = sext i32 %788 to i64
  %790 = getelementptr inbounds %struct.value, ptr %787, i64 %789
  %791 = load i32, ptr %790, align 8, !tbaa.struct !62
  %792 = getelementptr inbounds i8, ptr %790, i64 8
  %793 = load i64, ptr %792, align 8, !tbaa.struct !65
  call fastcc void @call_value(i32 %791, i64 %793, i32 noundef %786, i32 noundef %227)
  %794 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !67
  %795 = add nsw i32 %794, -1
  %796 = sext i32 %795 to i64
  %797 = getelementptr inbounds %struct.vm, ptr @run_script.vm, i64 0, i32 2, i64 %796
  br label %975

798:                                              ; preds = %233
  %799 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %800 = getelementptr inbounds %struct.value, ptr %799, i64 -1
  store ptr %800, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %801 = load i32, ptr %800, align 8, !tbaa.struct !62
  %802 = getelementptr %struct.value, ptr %799, i64 -1, i32 1
  %803 = load i64, ptr %802, align 8, !tbaa.struct !65
  %804 = getelementptr inbounds %struct.frame, ptr %215, i64 0, i32 2
  %805 = load ptr, ptr %804, align 8, !tbaa !75
  store ptr %805, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %806 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !67
  %807 = add nsw i32 %806, -1
  store i32 %807, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !67
  %808 = icmp eq i32 %807, 0
  br i1 %808, label %975, label %809

809:                                              ; preds = %798
  %810 = icmp ult ptr %805, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %810, label %812, label %811

811:                                              ; preds = %809
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

812:                                              ; preds = %809
  %813 = getelementptr inbounds %struct.value, ptr %805, i64 1
  store ptr %813, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 %801, ptr %805, align 8, !tbaa.struct !62
  %814 = getelementptr inbounds i8, ptr %805, i64 8
  store i64 %803, ptr %814, align 8, !tbaa.struct !65
  %815 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !67
  %816 = add nsw i32 %815, -1
  %817 = sext i32 %816 to i64
  %818 = getelementptr inbounds %struct.vm, ptr @run_script.vm, i64 0, i32 2, i64 %817
  br label %975

819:                                              ; preds = %233
  %820 = load i8, ptr %234, align 1, !tbaa !55
  %821 = zext i8 %820 to i32
  %822 = shl nuw nsw i32 %821, 8
  %823 = getelementptr inbounds i8, ptr %221, i64 2
  %824 = load i8, ptr %823, align 1, !tbaa !55
  %825 = zext i8 %824 to i32
  %826 = or i32 %822, %825
  %827 = getelementptr inbounds i8, ptr %221, i64 3
  store ptr %827, ptr %220, align 8, !tbaa !71
  %828 = call fastcc ptr @new_list(i32 noundef %826)
  %829 = icmp eq i32 %826, 0
  br i1 %829, label %834, label %830

830:                                              ; preds = %819
  %831 = getelementptr inbounds %struct.list, ptr %828, i64 0, i32 2
  %832 = getelementptr inbounds %struct.list, ptr %828, i64 0, i32 1
  %833 = zext i32 %826 to i64
  br label %845

834:                                              ; preds = %845, %819
  %835 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %836 = zext i32 %826 to i64
  %837 = sub nsw i64 0, %836
  %838 = getelementptr inbounds %struct.value, ptr %835, i64 %837
  store ptr %838, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %839 = icmp ult ptr %838, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %839, label %841, label %840

840:                                              ; preds = %834
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

841:                                              ; preds = %834
  %842 = ptrtoint ptr %828 to i64
  %843 = getelementptr inbounds %struct.value, ptr %838, i64 1
  store ptr %843, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 5, ptr %838, align 8, !tbaa.struct !62
  %844 = getelementptr inbounds i8, ptr %838, i64 8
  store i64 %842, ptr %844, align 8, !tbaa.struct !65
  br label %975

845:                                              ; preds = %845, %830
  %846 = phi i64 [ 0, %830 ], [ %862, %845 ]
  %847 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %848 = sub nsw i64 %846, %833
  %849 = getelementptr inbounds %struct.value, ptr %847, i64 %848
  %850 = load i32, ptr %849, align 8
  %851 = getelementptr inbounds { i32, i64 }, ptr %849, i64 0, i32 1
  %852 = load i64, ptr %851, align 8
  %853 = load ptr, ptr %831, align 8, !tbaa !84
  %854 = load i32, ptr %828, align 8, !tbaa !82
  %855 = add nsw i32 %854, 1
  %856 = call fastcc ptr @grow(ptr noundef %853, ptr noundef nonnull %832, i32 noundef %855, i64 noundef 16)
  store ptr %856, ptr %831, align 8, !tbaa !84
  %857 = load i32, ptr %828, align 8, !tbaa !82
  %858 = add nsw i32 %857, 1
  store i32 %858, ptr %828, align 8, !tbaa !82
  %859 = sext i32 %857 to i64
  %860 = getelementptr inbounds %struct.value, ptr %856, i64 %859
  store i32 %850, ptr %860, align 8, !tbaa.struct !62
  %861 = getelementptr inbounds i8, ptr %860, i64 8
  store i64 %852, ptr %861, align 8, !tbaa.struct !65
  %862 = add nuw nsw i64 %846, 1
  %863 = icmp eq i64 %862, %833
  br i1 %863, label %834, label %845, !llvm.loop !87

864:                                              ; preds = %233
  %865 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %866 = getelementptr inbounds %struct.value, ptr %865, i64 -1
  store ptr %866, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %867 = load i32, ptr %866, align 8, !tbaa.struct !62
  %868 = getelementptr %struct.value, ptr %865, i64 -1, i32 1
  %869 = load i64, ptr %868, align 8, !tbaa.struct !65
  %870 = getelementptr inbounds %struct.value, ptr %865, i64 -2
  store ptr %870, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %871 = load i32, ptr %870, align 8, !tbaa.struct !62
  %872 = getelementptr %struct.value, ptr %865, i64 -2, i32 1
  %873 = load i64, ptr %872, align 8, !tbaa.struct !65
  switch i32 %871, label %927 [
    i32 5, label %874
    i32 4, label %900
  ]

874:                                              ; preds = %864
  %875 = inttoptr i64 %873 to ptr
  %876 = getelementptr inbounds %struct.list, ptr %875, i64 0, i32 2
  %877 = load ptr, ptr %876, align 8, !tbaa !84
  %878 = icmp eq i32 %867, 2
  br i1 %878, label %881, label %879

879:                                              ; preds = %874
  %880 = call fastcc ptr @type_name(i32 noundef %867)
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.205, ptr noundef nonnull %880) #29
  unreachable

881:                                              ; preds = %874
  %882 = load i32, ptr %875, align 4, !tbaa !23
  %883 = sext i32 %882 to i64
  %884 = icmp slt i64 %869, 0
  %885 = select i1 %884, i64 %883, i64 0
  %886 = add nsw i64 %885, %869
  %887 = icmp sgt i64 %886, -1
  %888 = icmp slt i64 %886, %883
  %889 = select i1 %887, i1 %888, i1 false
  br i1 %889, label %892, label %890

890:                                              ; preds = %881
  %891 = sext i32 %882 to i64
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.206, i64 noundef %869, i64 noundef %891) #29
  unreachable

892:                                              ; preds = %881
  %893 = icmp ult ptr %870, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %893, label %895, label %894

894:                                              ; preds = %892
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

895:                                              ; preds = %892
  %896 = getelementptr inbounds %struct.value, ptr %877, i64 %886
  %897 = getelementptr inbounds { i32, i64 }, ptr %896, i64 0, i32 1
  %898 = load i64, ptr %897, align 8
  %899 = load i32, ptr %896, align 8
  store ptr %866, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 %899, ptr %870, align 8, !tbaa.struct !62
  store i64 %898, ptr %872, align 8, !tbaa.struct !65
  br label %975

900:                                              ; preds = %864
  %901 = inttoptr i64 %873 to ptr
  %902 = getelementptr inbounds %struct.string, ptr %901, i64 0, i32 2
  %903 = icmp eq i32 %867, 2
  br i1 %903, label %906, label %904

904:                                              ; preds = %900
  %905 = call fastcc ptr @type_name(i32 noundef %867)
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.205, ptr noundef nonnull %905) #29
  unreachable

906:                                              ; preds = %900
  %907 = load i32, ptr %901, align 4, !tbaa !23
  %908 = sext i32 %907 to i64
  %909 = icmp slt i64 %869, 0
  %910 = select i1 %909, i64 %908, i64 0
  %911 = add nsw i64 %910, %869
  %912 = icmp sgt i64 %911, -1
  %913 = icmp slt i64 %911, %908
  %914 = select i1 %912, i1 %913, i1 false
  br i1 %914, label %917, label %915

915:                                              ; preds = %906
  %916 = sext i32 %907 to i64
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.206, i64 noundef %869, i64 noundef %916) #29
  unreachable

917:                                              ; preds = %906
  %918 = getelementptr inbounds i8, ptr %902, i64 %911
  %919 = call fastcc ptr @intern(ptr noundef nonnull %918, i32 noundef 1)
  %920 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %921 = icmp ult ptr %920, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %921, label %923, label %922

922:                                              ; preds = %917
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

923:                                              ; preds = %917
  %924 = ptrtoint ptr %919 to i64
  %925 = getelementptr inbounds %struct.value, ptr %920, i64 1
  store ptr %925, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 4, ptr %920, align 8, !tbaa.struct !62
  %926 = getelementptr inbounds i8, ptr %920, i64 8
  store i64 %924, ptr %926, align 8, !tbaa.struct !65
  br label %975

927:                                              ; preds = %864
  %928 = call fastcc ptr @type_name(i32 noundef %871)
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.201, ptr noundef nonnull %928) #29
  unreachable

929:                                              ; preds = %233
  %930 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %931 = getelementptr inbounds %struct.value, ptr %930, i64 -1
  store ptr %931, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %932 = load i32, ptr %931, align 8, !tbaa.struct !62
  %933 = getelementptr %struct.value, ptr %930, i64 -1, i32 1
  %934 = load i64, ptr %933, align 8, !tbaa.struct !65
  %935 = getelementptr inbounds %struct.value, ptr %930, i64 -2
  store ptr %935, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %936 = load i32, ptr %935, align 8, !tbaa.struct !62
  %937 = getelementptr %struct.value, ptr %930, i64 -2, i32 1
  %938 = load i64, ptr %937, align 8, !tbaa.struct !65
  %939 = getelementptr inbounds %struct.value, ptr %930, i64 -3
  store ptr %939, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %940 = load i32, ptr %939, align 8, !tbaa.struct !62
  %941 = icmp eq i32 %940, 5
  br i1 %941, label %944, label %942

942:                                              ; preds = %929
  %943 = call fastcc ptr @type_name(i32 noundef %940)
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.202, ptr noundef nonnull %943) #29
  unreachable

944:                                              ; preds = %929
  %945 = getelementptr %struct.value, ptr %930, i64 -3, i32 1
  %946 = load i64, ptr %945, align 8, !tbaa.struct !65
  %947 = inttoptr i64 %946 to ptr
  %948 = getelementptr inbounds %struct.list, ptr %947, i64 0, i32 2
  %949 = load ptr, ptr %948, align 8, !tbaa !84
  %950 = icmp eq i32 %936, 2
  br i1 %950, label %953, label %951

951:                                              ; preds = %944
  %952 = call fastcc ptr @type_name(i32 noundef %936)
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.205, ptr noundef nonnull %952) #29
  unreachable

953:                                              ; preds = %944
  %954 = load i32, ptr %947, align 4, !tbaa !23
  %955 = sext i32 %954 to i64
  %956 = icmp slt i64 %938, 0
  %957 = select i1 %956, i64 %955, i64 0
  %958 = add nsw i64 %957, %938
  %959 = icmp sgt i64 %958, -1
  %960 = icmp slt i64 %958, %955
  %961 = select i1 %959, i1 %960, i1 false
  br i1 %961, label %964, label %962

962:                                              ; preds = %953
  %963 = sext i32 %954 to i64
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.206, i64 noundef %938, i64 noundef %963) #29
  unreachable

964:                                              ; preds = %953
  %965 = getelementptr inbounds %struct.value, ptr %949, i64 %958
  store i32 %932, ptr %965, align 8, !tbaa.struct !62
  %966 = getelementptr inbounds i8, ptr %965, i64 8
  store i64 %934, ptr %966, align 8, !tbaa.struct !65
  %967 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %968 = icmp ult ptr %967, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %968, label %970, label %969

969:                                              ; preds = %964
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.194) #29
  unreachable

970:                                              ; preds = %964
  %971 = getelementptr inbounds %struct.value, ptr %967, i64 1
  store ptr %971, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 %932, ptr %967, align 8, !tbaa.struct !62
  %972 = getelementptr inbounds i8, ptr %967, i64 8
  store i64 %934, ptr %972, align 8, !tbaa.struct !65
  br label %975

973:                                              ; preds = %233
  %974 = zext i8 %235 to i32
  call void (i32, ptr, ...) @fail(i32 noundef %227, ptr noundef nonnull @.str.203, i32 noundef %974) #29
  unreachable

975:                                              ; preds = %970, %923, %895, %841, %812, %798, %783, %772, %770, %765, %729, %726, %682, %678, %648, %632, %599, %592, %580, %415, %408, %373, %340, %336, %304, %286, %279, %276, %269, %262, %240
  %976 = phi i1 [ false, %798 ], [ true, %895 ], [ true, %923 ], [ true, %765 ], [ true, %770 ], [ true, %726 ], [ true, %729 ], [ true, %592 ], [ true, %599 ], [ true, %373 ], [ true, %415 ], [ true, %408 ], [ true, %336 ], [ true, %340 ], [ true, %970 ], [ true, %841 ], [ true, %812 ], [ true, %783 ], [ true, %772 ], [ true, %682 ], [ true, %678 ], [ true, %648 ], [ true, %632 ], [ true, %580 ], [ true, %304 ], [ true, %286 ], [ true, %279 ], [ true, %276 ], [ true, %269 ], [ true, %262 ], [ true, %240 ]
  %977 = phi ptr [ %215, %798 ], [ %215, %895 ], [ %215, %923 ], [ %215, %765 ], [ %215, %770 ], [ %215, %726 ], [ %215, %729 ], [ %215, %592 ], [ %215, %599 ], [ %215, %373 ], [ %215, %415 ], [ %215, %408 ], [ %215, %336 ], [ %215, %340 ], [ %215, %970 ], [ %215, %841 ], [ %818, %812 ], [ %797, %783 ], [ %215, %772 ], [ %215, %682 ], [ %215, %678 ], [ %215, %648 ], [ %215, %632 ], [ %215, %580 ], [ %215, %304 ], [ %215, %286 ], [ %215, %279 ], [ %215, %276 ], [ %215, %269 ], [ %215, %262 ], [ %215, %240 ]
  br i1 %976, label %214, label %978, !llvm.loop !88

978:                                              ; preds = %975
  store i32 1, ptr @run_script.result, align 8, !tbaa !11
  br label %994

979:                                              ; preds = %3
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2), i8 0, i64 16, i1 false)
  %980 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) @error_message) #23
  %981 = trunc i64 %980 to i32
  %982 = add i32 %981, 1
  %983 = call fastcc ptr @grow(ptr noundef null, ptr noundef nonnull getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2, i32 2), i32 noundef %982, i64 noundef 1)
  store ptr %983, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2), align 8, !tbaa !80
  %984 = load i32, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2, i32 1), align 8, !tbaa !81
  %985 = sext i32 %984 to i64
  %986 = getelementptr inbounds i8, ptr %983, i64 %985
  %987 = shl i64 %980, 32
  %988 = ashr exact i64 %987, 32
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %986, ptr nonnull align 16 @error_message, i64 %988, i1 false)
  %989 = load i32, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2, i32 1), align 8, !tbaa !81
  %990 = add nsw i32 %989, %981
  store i32 %990, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2, i32 1), align 8, !tbaa !81
  %991 = load ptr, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2), align 8, !tbaa !80
  %992 = sext i32 %990 to i64
  %993 = getelementptr inbounds i8, ptr %991, i64 %992
  store i8 0, ptr %993, align 1, !tbaa !55
  br label %994

994:                                              ; preds = %979, %978
  %995 = load i64, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 8), align 8, !tbaa !73
  store i64 %995, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 1), align 8, !tbaa !17
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(32) @run_script.result, i64 32, i1 false), !tbaa.struct !89
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @fputs(ptr nocapture noundef readonly, ptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind returns_twice
declare i32 @_setjmp(ptr noundef) local_unnamed_addr #5

; Function Attrs: nounwind uwtable
define internal fastcc ptr @intern(ptr nocapture noundef readonly %0, i32 noundef %1) unnamed_addr #0 {
  %3 = load i32, ptr @intern_count, align 4, !tbaa !23
  %4 = shl nsw i32 %3, 2
  %5 = load i32, ptr @intern_capacity, align 4, !tbaa !23
  %6 = mul nsw i32 %5, 3
  %7 = icmp slt i32 %4, %6
  br i1 %7, label %69, label %8

8:                                                ; preds = %2
  %9 = icmp eq i32 %5, 0
  %10 = shl nsw i32 %5, 1
  %11 = select i1 %9, i32 256, i32 %10
  %12 = load ptr, ptr @intern_slots, align 8, !tbaa !4
  %13 = sext i32 %11 to i64
  %14 = shl nsw i64 %13, 3
  %15 = load ptr, ptr @arena, align 8, !tbaa !4
  %16 = icmp eq ptr %15, null
  br i1 %16, label %24, label %17

17:                                               ; preds = %8
  %18 = getelementptr inbounds %struct.arena_block, ptr %15, i64 0, i32 1
  %19 = load i64, ptr %18, align 8, !tbaa !21
  %20 = add i64 %19, %14
  %21 = getelementptr inbounds %struct.arena_block, ptr %15, i64 0, i32 2
  %22 = load i64, ptr %21, align 16, !tbaa !21
  %23 = icmp ugt i64 %20, %22
  br i1 %23, label %24, label %35

24:                                               ; preds = %17, %8
  %25 = tail call i64 @llvm.umax.i64(i64 %14, i64 65536)
  %26 = add i64 %25, 32
  %27 = tail call noalias ptr @malloc(i64 noundef %26) #26
  %28 = icmp eq ptr %27, null
  br i1 %28, label %29, label %32

29:                                               ; preds = %24
  %30 = load ptr, ptr @stderr, align 8, !tbaa !4
  %31 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %30) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

32:                                               ; preds = %24
  store ptr %15, ptr %27, align 16, !tbaa !4
  %33 = getelementptr inbounds %struct.arena_block, ptr %27, i64 0, i32 1
  store i64 0, ptr %33, align 8, !tbaa !21
  %34 = getelementptr inbounds %struct.arena_block, ptr %27, i64 0, i32 2
  store i64 %25, ptr %34, align 16, !tbaa !21
  store ptr %27, ptr @arena, align 8, !tbaa !4
  br label %35

35:                                               ; preds = %32, %17
  %36 = load ptr, ptr @arena, align 8, !tbaa !4
  %37 = getelementptr inbounds %struct.arena_block, ptr %36, i64 0, i32 4
  %38 = getelementptr inbounds %struct.arena_block, ptr %36, i64 0, i32 1
  %39 = load i64, ptr %38, align 8, !tbaa !21
  %40 = getelementptr inbounds i8, ptr %37, i64 %39
  %41 = add i64 %39, %14
  store i64 %41, ptr %38, align 8, !tbaa !21
  %42 = load i64, ptr @arena_total, align 8, !tbaa !21
  %43 = add i64 %42, %14
  store i64 %43, ptr @arena_total, align 8, !tbaa !21
  store ptr %40, ptr @intern_slots, align 8, !tbaa !4
  tail call void @llvm.memset.p0.i64(ptr nonnull align 8 %40, i8 0, i64 %14, i1 false)
  store i32 %11, ptr @intern_capacity, align 4, !tbaa !23
  %44 = icmp sgt i32 %5, 0
  br i1 %44, label %45, label %69

45:                                               ; preds = %35
  %46 = add nsw i32 %11, -1
  %47 = zext i32 %5 to i64
  br label %48

48:                                               ; preds = %66, %45
  %49 = phi i64 [ 0, %45 ], [ %67, %66 ]
  %50 = getelementptr inbounds ptr, ptr %12, i64 %49
  %51 = load ptr, ptr %50, align 8, !tbaa !4
  %52 = icmp eq ptr %51, null
  br i1 %52, label %66, label %53

53:                                               ; preds = %48
  %54 = getelementptr inbounds %struct.string, ptr %51, i64 0, i32 1
  %55 = load i32, ptr %54, align 4, !tbaa !23
  br label %56

56:                                               ; preds = %56, %53
  %57 = phi i32 [ %55, %53 ], [ %63, %56 ]
  %58 = and i32 %57, %46
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds ptr, ptr %40, i64 %59
  %61 = load ptr, ptr %60, align 8, !tbaa !4
  %62 = icmp eq ptr %61, null
  %63 = add nsw i32 %58, 1
  br i1 %62, label %64, label %56, !llvm.loop !90

64:                                               ; preds = %56
  %65 = getelementptr inbounds ptr, ptr %40, i64 %59
  store ptr %51, ptr %65, align 8, !tbaa !4
  br label %66

66:                                               ; preds = %64, %48
  %67 = add nuw nsw i64 %49, 1
  %68 = icmp eq i64 %67, %47
  br i1 %68, label %69, label %48, !llvm.loop !91

69:                                               ; preds = %66, %35, %2
  %70 = icmp sgt i32 %1, 0
  br i1 %70, label %71, label %83

71:                                               ; preds = %69
  %72 = zext i32 %1 to i64
  br label %73

73:                                               ; preds = %73, %71
  %74 = phi i64 [ 0, %71 ], [ %81, %73 ]
  %75 = phi i32 [ -2128831035, %71 ], [ %80, %73 ]
  %76 = getelementptr inbounds i8, ptr %0, i64 %74
  %77 = load i8, ptr %76, align 1, !tbaa !55
  %78 = zext i8 %77 to i32
  %79 = xor i32 %75, %78
  %80 = mul i32 %79, 16777619
  %81 = add nuw nsw i64 %74, 1
  %82 = icmp eq i64 %81, %72
  br i1 %82, label %83, label %73, !llvm.loop !92

83:                                               ; preds = %73, %69
  %84 = phi i32 [ -2128831035, %69 ], [ %80, %73 ]
  %85 = load i32, ptr @intern_capacity, align 4, !tbaa !23
  %86 = add nsw i32 %85, -1
  %87 = and i32 %86, %84
  %88 = load ptr, ptr @intern_slots, align 8, !tbaa !4
  %89 = sext i32 %1 to i64
  br label %90

90:                                               ; preds = %111, %83
  %91 = phi i32 [ %87, %83 ], [ %112, %111 ]
  %92 = phi ptr [ undef, %83 ], [ %114, %111 ]
  %93 = sext i32 %91 to i64
  %94 = getelementptr inbounds ptr, ptr %88, i64 %93
  %95 = load ptr, ptr %94, align 8, !tbaa !4
  %96 = icmp eq ptr %95, null
  br i1 %96, label %115, label %97

97:                                               ; preds = %90
  %98 = getelementptr inbounds %struct.string, ptr %95, i64 0, i32 1
  %99 = load i32, ptr %98, align 4, !tbaa !23
  %100 = icmp eq i32 %99, %84
  br i1 %100, label %101, label %108

101:                                              ; preds = %97
  %102 = load i32, ptr %95, align 4, !tbaa !23
  %103 = icmp eq i32 %102, %1
  br i1 %103, label %104, label %108

104:                                              ; preds = %101
  %105 = getelementptr inbounds %struct.string, ptr %95, i64 0, i32 2
  %106 = tail call i32 @bcmp(ptr nonnull %105, ptr %0, i64 %89)
  %107 = icmp eq i32 %106, 0
  br i1 %107, label %111, label %108

108:                                              ; preds = %104, %101, %97
  %109 = add nsw i32 %91, 1
  %110 = and i32 %109, %86
  br label %111

111:                                              ; preds = %104, %108
  %112 = phi i32 [ %110, %108 ], [ %91, %104 ]
  %113 = phi i1 [ true, %108 ], [ false, %104 ]
  %114 = phi ptr [ %92, %108 ], [ %95, %104 ]
  br i1 %113, label %90, label %153, !llvm.loop !93

115:                                              ; preds = %90
  %116 = getelementptr inbounds ptr, ptr %88, i64 %93
  %117 = sext i32 %1 to i64
  %118 = add nsw i64 %117, 24
  %119 = and i64 %118, -16
  %120 = load ptr, ptr @arena, align 8, !tbaa !4
  %121 = icmp eq ptr %120, null
  br i1 %121, label %129, label %122

122:                                              ; preds = %115
  %123 = getelementptr inbounds %struct.arena_block, ptr %120, i64 0, i32 1
  %124 = load i64, ptr %123, align 8, !tbaa !21
  %125 = add i64 %124, %119
  %126 = getelementptr inbounds %struct.arena_block, ptr %120, i64 0, i32 2
  %127 = load i64, ptr %126, align 16, !tbaa !21
  %128 = icmp ugt i64 %125, %127
  br i1 %128, label %129, label %140

129:                                              ; preds = %122, %115
  %130 = tail call i64 @llvm.umax.i64(i64 %119, i64 65536)
  %131 = add i64 %130, 32
  %132 = tail call noalias ptr @malloc(i64 noundef %131) #26
  %133 = icmp eq ptr %132, null
  br i1 %133, label %134, label %137

134:                                              ; preds = %129
  %135 = load ptr, ptr @stderr, align 8, !tbaa !4
  %136 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %135) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

137:                                              ; preds = %129
  store ptr %120, ptr %132, align 16, !tbaa !4
  %138 = getelementptr inbounds %struct.arena_block, ptr %132, i64 0, i32 1
  store i64 0, ptr %138, align 8, !tbaa !21
  %139 = getelementptr inbounds %struct.arena_block, ptr %132, i64 0, i32 2
  store i64 %130, ptr %139, align 16, !tbaa !21
  store ptr %132, ptr @arena, align 8, !tbaa !4
  br label %140

140:                                              ; preds = %122, %137
  %141 = load ptr, ptr @arena, align 8, !tbaa !4
  %142 = getelementptr inbounds %struct.arena_block, ptr %141, i64 0, i32 4
  %143 = getelementptr inbounds %struct.arena_block, ptr %141, i64 0, i32 1
  %144 = load i64, ptr %143, align 8, !tbaa !21
  %145 = getelementptr inbounds i8, ptr %142, i64 %144
  %146 = add i64 %144, %119
  store i64 %146, ptr %143, align 8, !tbaa !21
  %147 = load i64, ptr @arena_total, align 8, !tbaa !21
  %148 = add i64 %147, %119
  store i64 %148, ptr @arena_total, align 8, !tbaa !21
  store i32 %1, ptr %145, align 4, !tbaa !23
  %149 = getelementptr inbounds %struct.string, ptr %145, i64 0, i32 1
  store i32 %84, ptr %149, align 4, !tbaa !23
  %150 = getelementptr inbounds %struct.string, ptr %145, i64 0, i32 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 4 %150, ptr align 1 %0, i64 %117, i1 false)
  %151 = getelementptr inbounds %struct.string, ptr %145, i64 0, i32 2, i64 %117
  store i8 0, ptr %151, align 1, !tbaa !55
  store ptr %145, ptr %116, align 8, !tbaa !4
  %152 = add nsw i32 %3, 1
  store i32 %152, ptr @intern_count, align 4, !tbaa !23
  br label %153

153:                                              ; preds = %111, %140
  %154 = phi ptr [ %145, %140 ], [ %114, %111 ]
  ret ptr %154
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #2

; Function Attrs: nounwind uwtable
define internal fastcc void @disassemble(ptr noundef %0, ptr nocapture noundef readonly %1) unnamed_addr #0 {
  %3 = load ptr, ptr %1, align 8, !tbaa !42
  %4 = getelementptr inbounds %struct.string, ptr %3, i64 0, i32 2
  %5 = getelementptr inbounds %struct.function, ptr %1, i64 0, i32 1
  %6 = load i32, ptr %5, align 8, !tbaa !94
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.155, ptr noundef nonnull %4, i32 noundef %6)
  %7 = getelementptr inbounds %struct.function, ptr %1, i64 0, i32 2, i32 2
  %8 = load i32, ptr %7, align 8, !tbaa !95
  %9 = icmp sgt i32 %8, 0
  br i1 %9, label %10, label %18

10:                                               ; preds = %2
  %11 = getelementptr inbounds %struct.function, ptr %1, i64 0, i32 2
  %12 = getelementptr inbounds %struct.function, ptr %1, i64 0, i32 2, i32 1
  %13 = getelementptr inbounds %struct.function, ptr %1, i64 0, i32 2, i32 5
  %14 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %15 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  %16 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %17 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  br label %24

18:                                               ; preds = %130, %2
  %19 = getelementptr inbounds %struct.function, ptr %1, i64 0, i32 2, i32 6
  %20 = load i32, ptr %19, align 8, !tbaa !96
  %21 = icmp sgt i32 %20, 0
  br i1 %21, label %22, label %134

22:                                               ; preds = %18
  %23 = getelementptr inbounds %struct.function, ptr %1, i64 0, i32 2, i32 5
  br label %135

24:                                               ; preds = %10, %130
  %25 = phi i32 [ 0, %10 ], [ %131, %130 ]
  %26 = load ptr, ptr %11, align 8, !tbaa !52
  %27 = sext i32 %25 to i64
  %28 = getelementptr inbounds i8, ptr %26, i64 %27
  %29 = load i8, ptr %28, align 1, !tbaa !55
  %30 = load ptr, ptr %12, align 8, !tbaa !54
  %31 = getelementptr inbounds i32, ptr %30, i64 %27
  %32 = load i32, ptr %31, align 4, !tbaa !23
  %33 = icmp ult i8 %29, 34
  br i1 %33, label %34, label %38

34:                                               ; preds = %24
  %35 = zext i8 %29 to i64
  %36 = shl i64 %35, 2
  %37 = call ptr @llvm.load.relative.i64(ptr @reltable.disassemble, i64 %36)
  br label %38

38:                                               ; preds = %34, %24
  %39 = phi ptr [ %37, %34 ], [ @.str.45, %24 ]
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.156, i32 noundef %25, i32 noundef %32, ptr noundef %39)
  switch i8 %29, label %116 [
    i8 0, label %40
    i8 7, label %40
    i8 8, label %40
    i8 9, label %40
    i8 5, label %70
    i8 6, label %70
    i8 33, label %70
    i8 30, label %70
    i8 23, label %82
    i8 24, label %82
    i8 25, label %82
    i8 26, label %82
    i8 27, label %95
    i8 28, label %108
  ]

40:                                               ; preds = %38, %38, %38, %38
  %41 = load ptr, ptr %11, align 8, !tbaa !52
  %42 = getelementptr i8, ptr %41, i64 1
  %43 = getelementptr i8, ptr %42, i64 %27
  %44 = load i8, ptr %43, align 1, !tbaa !55
  %45 = zext i8 %44 to i32
  %46 = shl nuw nsw i32 %45, 8
  %47 = getelementptr inbounds i8, ptr %43, i64 1
  %48 = load i8, ptr %47, align 1, !tbaa !55
  %49 = zext i8 %48 to i32
  %50 = or i32 %46, %49
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.157, i32 noundef %50)
  %51 = load ptr, ptr %13, align 8, !tbaa !97
  %52 = zext i32 %50 to i64
  %53 = getelementptr inbounds %struct.value, ptr %51, i64 %52
  %54 = load i32, ptr %53, align 8
  %55 = getelementptr inbounds { i32, i64 }, ptr %53, i64 0, i32 1
  %56 = load i64, ptr %55, align 8
  tail call fastcc void @format_value(ptr noundef %0, i32 %54, i64 %56, i32 noundef 1)
  %57 = load ptr, ptr %0, align 8, !tbaa !80
  %58 = load i32, ptr %15, align 8, !tbaa !81
  %59 = add i32 %58, 2
  %60 = tail call fastcc ptr @grow(ptr noundef %57, ptr noundef nonnull %14, i32 noundef %59, i64 noundef 1)
  store ptr %60, ptr %0, align 8, !tbaa !80
  %61 = load i32, ptr %15, align 8, !tbaa !81
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds i8, ptr %60, i64 %62
  store i8 10, ptr %63, align 1
  %64 = load i32, ptr %15, align 8, !tbaa !81
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %15, align 8, !tbaa !81
  %66 = load ptr, ptr %0, align 8, !tbaa !80
  %67 = sext i32 %65 to i64
  %68 = getelementptr inbounds i8, ptr %66, i64 %67
  store i8 0, ptr %68, align 1, !tbaa !55
  %69 = add nsw i32 %25, 3
  br label %130

70:                                               ; preds = %38, %38, %38, %38
  %71 = load ptr, ptr %11, align 8, !tbaa !52
  %72 = getelementptr i8, ptr %71, i64 1
  %73 = getelementptr i8, ptr %72, i64 %27
  %74 = load i8, ptr %73, align 1, !tbaa !55
  %75 = zext i8 %74 to i32
  %76 = shl nuw nsw i32 %75, 8
  %77 = getelementptr inbounds i8, ptr %73, i64 1
  %78 = load i8, ptr %77, align 1, !tbaa !55
  %79 = zext i8 %78 to i32
  %80 = or i32 %76, %79
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.158, i32 noundef %80)
  %81 = add nsw i32 %25, 3
  br label %130

82:                                               ; preds = %38, %38, %38, %38
  %83 = load ptr, ptr %11, align 8, !tbaa !52
  %84 = getelementptr i8, ptr %83, i64 1
  %85 = getelementptr i8, ptr %84, i64 %27
  %86 = load i8, ptr %85, align 1, !tbaa !55
  %87 = zext i8 %86 to i32
  %88 = shl nuw nsw i32 %87, 8
  %89 = getelementptr inbounds i8, ptr %85, i64 1
  %90 = load i8, ptr %89, align 1, !tbaa !55
  %91 = zext i8 %90 to i32
  %92 = or i32 %88, %91
  %93 = add nsw i32 %25, 3
  %94 = add nsw i32 %92, %93
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.159, i32 noundef %92, i32 noundef %94)
  br label %130

95:                                               ; preds = %38
  %96 = load ptr, ptr %11, align 8, !tbaa !52
  %97 = getelementptr i8, ptr %96, i64 1
  %98 = getelementptr i8, ptr %97, i64 %27
  %99 = load i8, ptr %98, align 1, !tbaa !55
  %100 = zext i8 %99 to i32
  %101 = shl nuw nsw i32 %100, 8
  %102 = getelementptr inbounds i8, ptr %98, i64 1
  %103 = load i8, ptr %102, align 1, !tbaa !55
  %104 = zext i8 %103 to i32
  %105 = or i32 %101, %104
  %106 = add nsw i32 %25, 3
  %107 = sub nsw i32 %106, %105
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.159, i32 noundef %105, i32 noundef %107)
  br label %130

108:                                              ; preds = %38
  %109 = load ptr, ptr %11, align 8, !tbaa !52
  %110 = add nsw i32 %25, 1
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds i8, ptr %109, i64 %111
  %113 = load i8, ptr %112, align 1, !tbaa !55
  %114 = zext i8 %113 to i32
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.158, i32 noundef %114)
  %115 = add nsw i32 %25, 2
  br label %130

116:                                              ; preds = %38
  %117 = load ptr, ptr %0, align 8, !tbaa !80
  %118 = load i32, ptr %17, align 8, !tbaa !81
  %119 = add i32 %118, 2
  %120 = tail call fastcc ptr @grow(ptr noundef %117, ptr noundef nonnull %16, i32 noundef %119, i64 noundef 1)
  store ptr %120, ptr %0, align 8, !tbaa !80
  %121 = load i32, ptr %17, align 8, !tbaa !81
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds i8, ptr %120, i64 %122
  store i8 10, ptr %123, align 1
  %124 = load i32, ptr %17, align 8, !tbaa !81
  %125 = add nsw i32 %124, 1
  store i32 %125, ptr %17, align 8, !tbaa !81
  %126 = load ptr, ptr %0, align 8, !tbaa !80
  %127 = sext i32 %125 to i64
  %128 = getelementptr inbounds i8, ptr %126, i64 %127
  store i8 0, ptr %128, align 1, !tbaa !55
  %129 = add nsw i32 %25, 1
  br label %130

130:                                              ; preds = %40, %70, %82, %95, %108, %116
  %131 = phi i32 [ %129, %116 ], [ %115, %108 ], [ %106, %95 ], [ %93, %82 ], [ %81, %70 ], [ %69, %40 ]
  %132 = load i32, ptr %7, align 8, !tbaa !95
  %133 = icmp slt i32 %131, %132
  br i1 %133, label %24, label %18, !llvm.loop !98

134:                                              ; preds = %144, %18
  ret void

135:                                              ; preds = %22, %144
  %136 = phi i64 [ 0, %22 ], [ %145, %144 ]
  %137 = load ptr, ptr %23, align 8, !tbaa !74
  %138 = getelementptr inbounds %struct.value, ptr %137, i64 %136
  %139 = load i32, ptr %138, align 8, !tbaa !76
  %140 = icmp eq i32 %139, 6
  br i1 %140, label %141, label %144

141:                                              ; preds = %135
  %142 = getelementptr inbounds %struct.value, ptr %137, i64 %136, i32 1
  %143 = load ptr, ptr %142, align 8, !tbaa !55
  tail call fastcc void @disassemble(ptr noundef %0, ptr noundef %143)
  br label %144

144:                                              ; preds = %135, %141
  %145 = add nuw nsw i64 %136, 1
  %146 = load i32, ptr %19, align 8, !tbaa !96
  %147 = sext i32 %146 to i64
  %148 = icmp slt i64 %145, %147
  br i1 %148, label %135, label %134, !llvm.loop !99
}

; Function Attrs: nounwind uwtable
define internal fastcc void @call_value(i32 %0, i64 %1, i32 noundef %2, i32 noundef %3) unnamed_addr #0 {
  switch i32 %0, label %34 [
    i32 7, label %5
    i32 6, label %36
  ]

5:                                                ; preds = %4
  %6 = inttoptr i64 %1 to ptr
  %7 = getelementptr inbounds %struct.native, ptr %6, i64 0, i32 1
  %8 = load i32, ptr %7, align 8, !tbaa !100
  %9 = icmp slt i32 %8, 0
  %10 = icmp eq i32 %8, %2
  %11 = or i1 %9, %10
  br i1 %11, label %14, label %12

12:                                               ; preds = %5
  %13 = load ptr, ptr %6, align 8, !tbaa !56
  tail call void (i32, ptr, ...) @fail(i32 noundef %3, ptr noundef nonnull @.str.195, ptr noundef %13, i32 noundef %8, i32 noundef %2) #29
  unreachable

14:                                               ; preds = %5
  %15 = getelementptr inbounds %struct.native, ptr %6, i64 0, i32 2
  %16 = load ptr, ptr %15, align 8, !tbaa !101
  %17 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %18 = zext i32 %2 to i64
  %19 = sub nsw i64 0, %18
  %20 = getelementptr inbounds %struct.value, ptr %17, i64 %19
  %21 = tail call { i32, i64 } %16(ptr noundef nonnull @run_script.vm, i32 noundef %3, i32 noundef %2, ptr noundef %20) #24
  %22 = add nsw i32 %2, 1
  %23 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %24 = zext i32 %22 to i64
  %25 = sub nsw i64 0, %24
  %26 = getelementptr inbounds %struct.value, ptr %23, i64 %25
  store ptr %26, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %27 = icmp ult ptr %26, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %27, label %29, label %28

28:                                               ; preds = %14
  tail call void (i32, ptr, ...) @fail(i32 noundef %3, ptr noundef nonnull @.str.194) #29
  unreachable

29:                                               ; preds = %14
  %30 = extractvalue { i32, i64 } %21, 1
  %31 = extractvalue { i32, i64 } %21, 0
  %32 = getelementptr inbounds %struct.value, ptr %26, i64 1
  store ptr %32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  store i32 %31, ptr %26, align 8, !tbaa.struct !62
  %33 = getelementptr inbounds i8, ptr %26, i64 8
  store i64 %30, ptr %33, align 8, !tbaa.struct !65
  br label %61

34:                                               ; preds = %4
  %35 = tail call fastcc ptr @type_name(i32 noundef %0)
  tail call void (i32, ptr, ...) @fail(i32 noundef %3, ptr noundef nonnull @.str.196, ptr noundef nonnull %35) #29
  unreachable

36:                                               ; preds = %4
  %37 = inttoptr i64 %1 to ptr
  %38 = getelementptr inbounds %struct.function, ptr %37, i64 0, i32 1
  %39 = load i32, ptr %38, align 8, !tbaa !94
  %40 = icmp eq i32 %39, %2
  br i1 %40, label %44, label %41

41:                                               ; preds = %36
  %42 = load ptr, ptr %37, align 8, !tbaa !42
  %43 = getelementptr inbounds %struct.string, ptr %42, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %3, ptr noundef nonnull @.str.195, ptr noundef nonnull %43, i32 noundef %39, i32 noundef %2) #29
  unreachable

44:                                               ; preds = %36
  %45 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !67
  %46 = icmp sgt i32 %45, 255
  br i1 %46, label %47, label %48

47:                                               ; preds = %44
  tail call void (i32, ptr, ...) @fail(i32 noundef %3, ptr noundef nonnull @.str.197, i32 noundef 256) #29
  unreachable

48:                                               ; preds = %44
  %49 = add nsw i32 %45, 1
  store i32 %49, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !67
  %50 = sext i32 %45 to i64
  %51 = getelementptr inbounds %struct.vm, ptr @run_script.vm, i64 0, i32 2, i64 %50
  store ptr %37, ptr %51, align 8, !tbaa !68
  %52 = getelementptr inbounds %struct.function, ptr %37, i64 0, i32 2
  %53 = load ptr, ptr %52, align 8, !tbaa !72
  %54 = getelementptr inbounds %struct.vm, ptr @run_script.vm, i64 0, i32 2, i64 %50, i32 1
  store ptr %53, ptr %54, align 8, !tbaa !71
  %55 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !27
  %56 = zext i32 %2 to i64
  %57 = sub nsw i64 0, %56
  %58 = getelementptr inbounds %struct.value, ptr %55, i64 %57
  %59 = getelementptr inbounds %struct.value, ptr %58, i64 -1
  %60 = getelementptr inbounds %struct.vm, ptr @run_script.vm, i64 0, i32 2, i64 %50, i32 2
  store ptr %59, ptr %60, align 8, !tbaa !75
  br label %61

61:                                               ; preds = %48, %29
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

; Function Attrs: nounwind uwtable
define internal fastcc ptr @global_slot(ptr noundef readonly %0, i32 noundef %1) unnamed_addr #0 {
  %3 = icmp eq i32 %1, 0
  br i1 %3, label %75, label %4

4:                                                ; preds = %2
  %5 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 5), align 8, !tbaa !61
  %6 = shl i32 %5, 1
  %7 = add i32 %6, 2
  %8 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 6), align 4, !tbaa !77
  %9 = icmp sgt i32 %7, %8
  br i1 %9, label %10, label %75

10:                                               ; preds = %4
  %11 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 4), align 8, !tbaa !78
  %12 = icmp eq i32 %8, 0
  %13 = shl nsw i32 %8, 1
  %14 = select i1 %12, i32 64, i32 %13
  store i32 %14, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 6), align 4, !tbaa !77
  %15 = sext i32 %14 to i64
  %16 = mul nsw i64 %15, 24
  %17 = load ptr, ptr @arena, align 8, !tbaa !4
  %18 = icmp eq ptr %17, null
  br i1 %18, label %26, label %19

19:                                               ; preds = %10
  %20 = getelementptr inbounds %struct.arena_block, ptr %17, i64 0, i32 1
  %21 = load i64, ptr %20, align 8, !tbaa !21
  %22 = add i64 %21, %16
  %23 = getelementptr inbounds %struct.arena_block, ptr %17, i64 0, i32 2
  %24 = load i64, ptr %23, align 16, !tbaa !21
  %25 = icmp ugt i64 %22, %24
  br i1 %25, label %26, label %37

26:                                               ; preds = %19, %10
  %27 = tail call i64 @llvm.umax.i64(i64 %16, i64 65536)
  %28 = add i64 %27, 32
  %29 = tail call noalias ptr @malloc(i64 noundef %28) #26
  %30 = icmp eq ptr %29, null
  br i1 %30, label %31, label %34

31:                                               ; preds = %26
  %32 = load ptr, ptr @stderr, align 8, !tbaa !4
  %33 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %32) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

34:                                               ; preds = %26
  store ptr %17, ptr %29, align 16, !tbaa !4
  %35 = getelementptr inbounds %struct.arena_block, ptr %29, i64 0, i32 1
  store i64 0, ptr %35, align 8, !tbaa !21
  %36 = getelementptr inbounds %struct.arena_block, ptr %29, i64 0, i32 2
  store i64 %27, ptr %36, align 16, !tbaa !21
  store ptr %29, ptr @arena, align 8, !tbaa !4
  br label %37

37:                                               ; preds = %19, %34
  %38 = load ptr, ptr @arena, align 8, !tbaa !4
  %39 = getelementptr inbounds %struct.arena_block, ptr %38, i64 0, i32 4
  %40 = getelementptr inbounds %struct.arena_block, ptr %38, i64 0, i32 1
  %41 = load i64, ptr %40, align 8, !tbaa !21
  %42 = getelementptr inbounds i8, ptr %39, i64 %41
  %43 = add i64 %41, %16
  store i64 %43, ptr %40, align 8, !tbaa !21
  %44 = load i64, ptr @arena_total, align 8, !tbaa !21
  %45 = add i64 %44, %16
  store i64 %45, ptr @arena_total, align 8, !tbaa !21
  store ptr %42, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 4), align 8, !tbaa !78
  tail call void @llvm.memset.p0.i64(ptr nonnull align 8 %42, i8 0, i64 %16, i1 false)
  %46 = icmp sgt i32 %8, 0
  br i1 %46, label %47, label %75

47:                                               ; preds = %37
  %48 = zext i32 %8 to i64
  br label %49

49:                                               ; preds = %47, %72
  %50 = phi i64 [ 0, %47 ], [ %73, %72 ]
  %51 = getelementptr inbounds %struct.global, ptr %11, i64 %50
  %52 = load ptr, ptr %51, align 8, !tbaa !58
  %53 = icmp eq ptr %52, null
  br i1 %53, label %72, label %54

54:                                               ; preds = %49
  %55 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 6), align 4, !tbaa !77
  %56 = icmp ne i32 %55, 0
  tail call void @llvm.assume(i1 %56)
  %57 = getelementptr inbounds %struct.string, ptr %52, i64 0, i32 1
  %58 = load i32, ptr %57, align 4, !tbaa !23
  %59 = add nsw i32 %55, -1
  %60 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 4), align 8, !tbaa !78
  br label %61

61:                                               ; preds = %61, %54
  %62 = phi i32 [ %58, %54 ], [ %70, %61 ]
  %63 = and i32 %62, %59
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds %struct.global, ptr %60, i64 %64
  %66 = load ptr, ptr %65, align 8, !tbaa !58
  %67 = icmp eq ptr %66, null
  %68 = icmp eq ptr %66, %52
  %69 = or i1 %67, %68
  %70 = add nsw i32 %63, 1
  br i1 %69, label %71, label %61, !llvm.loop !79

71:                                               ; preds = %61
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %65, ptr noundef nonnull align 8 dereferenceable(24) %51, i64 24, i1 false), !tbaa.struct !102
  br label %72

72:                                               ; preds = %49, %71
  %73 = add nuw nsw i64 %50, 1
  %74 = icmp eq i64 %73, %48
  br i1 %74, label %75, label %49, !llvm.loop !103

75:                                               ; preds = %72, %37, %4, %2
  %76 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 6), align 4, !tbaa !77
  %77 = icmp eq i32 %76, 0
  br i1 %77, label %93, label %78

78:                                               ; preds = %75
  %79 = getelementptr inbounds %struct.string, ptr %0, i64 0, i32 1
  %80 = load i32, ptr %79, align 4, !tbaa !23
  %81 = add nsw i32 %76, -1
  %82 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 4), align 8, !tbaa !78
  br label %83

83:                                               ; preds = %83, %78
  %84 = phi i32 [ %80, %78 ], [ %92, %83 ]
  %85 = and i32 %84, %81
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds %struct.global, ptr %82, i64 %86
  %88 = load ptr, ptr %87, align 8, !tbaa !58
  %89 = icmp eq ptr %88, null
  %90 = icmp eq ptr %88, %0
  %91 = or i1 %89, %90
  %92 = add nsw i32 %85, 1
  br i1 %91, label %93, label %83, !llvm.loop !79

93:                                               ; preds = %83, %75
  %94 = phi ptr [ null, %75 ], [ %87, %83 ]
  ret ptr %94
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #7

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @memcmp(ptr nocapture noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_print(ptr nocapture noundef readonly %0, i32 %1, i32 noundef %2, ptr nocapture noundef readonly %3) #0 {
  %5 = icmp sgt i32 %2, 0
  br i1 %5, label %6, label %10

6:                                                ; preds = %4
  %7 = getelementptr inbounds %struct.vm, ptr %0, i64 0, i32 7
  %8 = getelementptr inbounds %struct.vm, ptr %0, i64 0, i32 7
  %9 = zext i32 %2 to i64
  br label %27

10:                                               ; preds = %46, %4
  %11 = getelementptr inbounds %struct.vm, ptr %0, i64 0, i32 7
  %12 = load ptr, ptr %11, align 8, !tbaa !24
  %13 = load ptr, ptr %12, align 8, !tbaa !80
  %14 = getelementptr inbounds %struct.strbuf, ptr %12, i64 0, i32 2
  %15 = getelementptr inbounds %struct.strbuf, ptr %12, i64 0, i32 1
  %16 = load i32, ptr %15, align 8, !tbaa !81
  %17 = add i32 %16, 2
  %18 = tail call fastcc ptr @grow(ptr noundef %13, ptr noundef nonnull %14, i32 noundef %17, i64 noundef 1)
  store ptr %18, ptr %12, align 8, !tbaa !80
  %19 = load i32, ptr %15, align 8, !tbaa !81
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds i8, ptr %18, i64 %20
  store i8 10, ptr %21, align 1
  %22 = load i32, ptr %15, align 8, !tbaa !81
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %15, align 8, !tbaa !81
  %24 = load ptr, ptr %12, align 8, !tbaa !80
  %25 = sext i32 %23 to i64
  %26 = getelementptr inbounds i8, ptr %24, i64 %25
  store i8 0, ptr %26, align 1, !tbaa !55
  ret { i32, i64 } zeroinitializer

27:                                               ; preds = %6, %46
  %28 = phi i64 [ 0, %6 ], [ %52, %46 ]
  %29 = icmp eq i64 %28, 0
  br i1 %29, label %46, label %30

30:                                               ; preds = %27
  %31 = load ptr, ptr %7, align 8, !tbaa !24
  %32 = load ptr, ptr %31, align 8, !tbaa !80
  %33 = getelementptr inbounds %struct.strbuf, ptr %31, i64 0, i32 2
  %34 = getelementptr inbounds %struct.strbuf, ptr %31, i64 0, i32 1
  %35 = load i32, ptr %34, align 8, !tbaa !81
  %36 = add i32 %35, 2
  %37 = tail call fastcc ptr @grow(ptr noundef %32, ptr noundef nonnull %33, i32 noundef %36, i64 noundef 1)
  store ptr %37, ptr %31, align 8, !tbaa !80
  %38 = load i32, ptr %34, align 8, !tbaa !81
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds i8, ptr %37, i64 %39
  store i8 32, ptr %40, align 1
  %41 = load i32, ptr %34, align 8, !tbaa !81
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %34, align 8, !tbaa !81
  %43 = load ptr, ptr %31, align 8, !tbaa !80
  %44 = sext i32 %42 to i64
  %45 = getelementptr inbounds i8, ptr %43, i64 %44
  store i8 0, ptr %45, align 1, !tbaa !55
  br label %46

46:                                               ; preds = %30, %27
  %47 = load ptr, ptr %8, align 8, !tbaa !24
  %48 = getelementptr inbounds %struct.value, ptr %3, i64 %28
  %49 = load i32, ptr %48, align 8
  %50 = getelementptr inbounds { i32, i64 }, ptr %48, i64 0, i32 1
  %51 = load i64, ptr %50, align 8
  tail call fastcc void @format_value(ptr noundef %47, i32 %49, i64 %51, i32 noundef 0)
  %52 = add nuw nsw i64 %28, 1
  %53 = icmp eq i64 %52, %9
  br i1 %53, label %10, label %27, !llvm.loop !104
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_len(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = load i32, ptr %3, align 8, !tbaa !76
  %6 = and i32 %5, -2
  %7 = icmp eq i32 %6, 4
  br i1 %7, label %10, label %8

8:                                                ; preds = %4
  %9 = tail call fastcc ptr @type_name(i32 noundef %5)
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.39, ptr noundef nonnull %9) #29
  unreachable

10:                                               ; preds = %4
  %11 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %12 = load ptr, ptr %11, align 8, !tbaa !55
  %13 = load i32, ptr %12, align 4, !tbaa !23
  %14 = sext i32 %13 to i64
  %15 = insertvalue { i32, i64 } { i32 2, i64 undef }, i64 %14, 1
  ret { i32, i64 } %15
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_push(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = load i32, ptr %3, align 8, !tbaa !76
  %6 = icmp eq i32 %5, 5
  br i1 %6, label %9, label %7

7:                                                ; preds = %4
  %8 = tail call fastcc ptr @type_name(i32 noundef %5)
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.46, ptr noundef nonnull %8) #29
  unreachable

9:                                                ; preds = %4
  %10 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %11 = load ptr, ptr %10, align 8, !tbaa !55
  %12 = getelementptr inbounds %struct.value, ptr %3, i64 1
  %13 = load i32, ptr %12, align 8
  %14 = getelementptr inbounds %struct.value, ptr %3, i64 1, i32 1
  %15 = load i64, ptr %14, align 8
  %16 = getelementptr inbounds %struct.list, ptr %11, i64 0, i32 2
  %17 = load ptr, ptr %16, align 8, !tbaa !84
  %18 = getelementptr inbounds %struct.list, ptr %11, i64 0, i32 1
  %19 = load i32, ptr %11, align 8, !tbaa !82
  %20 = add nsw i32 %19, 1
  %21 = tail call fastcc ptr @grow(ptr noundef %17, ptr noundef nonnull %18, i32 noundef %20, i64 noundef 16)
  store ptr %21, ptr %16, align 8, !tbaa !84
  %22 = load i32, ptr %11, align 8, !tbaa !82
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %11, align 8, !tbaa !82
  %24 = sext i32 %22 to i64
  %25 = getelementptr inbounds %struct.value, ptr %21, i64 %24
  store i32 %13, ptr %25, align 8, !tbaa.struct !62
  %26 = getelementptr inbounds i8, ptr %25, i64 8
  store i64 %15, ptr %26, align 8, !tbaa.struct !65
  %27 = load i32, ptr %3, align 8, !tbaa.struct !62
  %28 = getelementptr inbounds i8, ptr %3, i64 8
  %29 = load i64, ptr %28, align 8, !tbaa.struct !65
  %30 = insertvalue { i32, i64 } poison, i32 %27, 0
  %31 = insertvalue { i32, i64 } %30, i64 %29, 1
  ret { i32, i64 } %31
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_pop(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = load i32, ptr %3, align 8, !tbaa !76
  %6 = icmp eq i32 %5, 5
  br i1 %6, label %9, label %7

7:                                                ; preds = %4
  %8 = tail call fastcc ptr @type_name(i32 noundef %5)
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.47, ptr noundef nonnull %8) #29
  unreachable

9:                                                ; preds = %4
  %10 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %11 = load ptr, ptr %10, align 8, !tbaa !55
  %12 = load i32, ptr %11, align 8, !tbaa !82
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %15

14:                                               ; preds = %9
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.48) #29
  unreachable

15:                                               ; preds = %9
  %16 = getelementptr inbounds %struct.list, ptr %11, i64 0, i32 2
  %17 = load ptr, ptr %16, align 8, !tbaa !84
  %18 = add nsw i32 %12, -1
  store i32 %18, ptr %11, align 8, !tbaa !82
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds %struct.value, ptr %17, i64 %19
  %21 = load i32, ptr %20, align 8, !tbaa.struct !62
  %22 = getelementptr inbounds i8, ptr %20, i64 8
  %23 = load i64, ptr %22, align 8, !tbaa.struct !65
  %24 = insertvalue { i32, i64 } poison, i32 %21, 0
  %25 = insertvalue { i32, i64 } %24, i64 %23, 1
  ret { i32, i64 } %25
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_str(ptr nocapture readnone %0, i32 %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = alloca %struct.strbuf, align 8
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %5) #24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %5, i8 0, i64 16, i1 false)
  %6 = load i32, ptr %3, align 8
  %7 = getelementptr inbounds { i32, i64 }, ptr %3, i64 0, i32 1
  %8 = load i64, ptr %7, align 8
  call fastcc void @format_value(ptr noundef nonnull %5, i32 %6, i64 %8, i32 noundef 0)
  %9 = load ptr, ptr %5, align 8, !tbaa !80
  %10 = getelementptr inbounds %struct.strbuf, ptr %5, i64 0, i32 1
  %11 = load i32, ptr %10, align 8, !tbaa !81
  %12 = call fastcc ptr @intern(ptr noundef %9, i32 noundef %11)
  %13 = ptrtoint ptr %12 to i64
  %14 = insertvalue { i32, i64 } { i32 4, i64 poison }, i64 %13, 1
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %5) #24
  ret { i32, i64 } %14
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_int(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = alloca ptr, align 8
  %6 = load i32, ptr %3, align 8, !tbaa !76
  %7 = icmp eq i32 %6, 4
  br i1 %7, label %8, label %24

8:                                                ; preds = %4
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #24
  %9 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %10 = load ptr, ptr %9, align 8, !tbaa !55
  %11 = getelementptr inbounds %struct.string, ptr %10, i64 0, i32 2
  %12 = call i64 @strtoll(ptr noundef nonnull %11, ptr noundef nonnull %5, i32 noundef 10) #24
  %13 = load ptr, ptr %5, align 8, !tbaa !4
  %14 = load i8, ptr %13, align 1, !tbaa !55
  %15 = icmp eq i8 %14, 0
  br i1 %15, label %16, label %20

16:                                               ; preds = %8
  %17 = load ptr, ptr %9, align 8, !tbaa !55
  %18 = load i32, ptr %17, align 4, !tbaa !23
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %20, label %23

20:                                               ; preds = %16, %8
  %21 = load ptr, ptr %9, align 8, !tbaa !55
  %22 = getelementptr inbounds %struct.string, ptr %21, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.49, ptr noundef nonnull %22) #29
  unreachable

23:                                               ; preds = %16
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #24
  br label %36

24:                                               ; preds = %4
  %25 = getelementptr inbounds { i32, i64 }, ptr %3, i64 0, i32 1
  %26 = load i64, ptr %25, align 8
  switch i32 %6, label %31 [
    i32 2, label %27
    i32 3, label %29
  ]

27:                                               ; preds = %24
  %28 = sitofp i64 %26 to double
  br label %33

29:                                               ; preds = %24
  %30 = bitcast i64 %26 to double
  br label %33

31:                                               ; preds = %24
  %32 = tail call fastcc ptr @type_name(i32 noundef %6)
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.51, ptr noundef nonnull @.str.50, ptr noundef nonnull %32) #29
  unreachable

33:                                               ; preds = %27, %29
  %34 = phi double [ %28, %27 ], [ %30, %29 ]
  %35 = fptosi double %34 to i64
  br label %36

36:                                               ; preds = %33, %23
  %37 = phi i64 [ %12, %23 ], [ %35, %33 ]
  %38 = insertvalue { i32, i64 } { i32 2, i64 undef }, i64 %37, 1
  ret { i32, i64 } %38
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_float(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = load i32, ptr %3, align 8
  %6 = getelementptr inbounds { i32, i64 }, ptr %3, i64 0, i32 1
  %7 = load i64, ptr %6, align 8
  switch i32 %5, label %11 [
    i32 2, label %8
    i32 3, label %13
  ]

8:                                                ; preds = %4
  %9 = sitofp i64 %7 to double
  %10 = bitcast double %9 to i64
  br label %13

11:                                               ; preds = %4
  %12 = tail call fastcc ptr @type_name(i32 noundef %5)
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.51, ptr noundef nonnull @.str.52, ptr noundef nonnull %12) #29
  unreachable

13:                                               ; preds = %4, %8
  %14 = phi i64 [ %10, %8 ], [ %7, %4 ]
  %15 = insertvalue { i32, i64 } { i32 3, i64 poison }, i64 %14, 1
  ret { i32, i64 } %15
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_sqrt(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = load i32, ptr %3, align 8
  %6 = getelementptr inbounds { i32, i64 }, ptr %3, i64 0, i32 1
  %7 = load i64, ptr %6, align 8
  switch i32 %5, label %12 [
    i32 2, label %8
    i32 3, label %10
  ]

8:                                                ; preds = %4
  %9 = sitofp i64 %7 to double
  br label %14

10:                                               ; preds = %4
  %11 = bitcast i64 %7 to double
  br label %14

12:                                               ; preds = %4
  %13 = tail call fastcc ptr @type_name(i32 noundef %5)
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.51, ptr noundef nonnull @.str.53, ptr noundef nonnull %13) #29
  unreachable

14:                                               ; preds = %8, %10
  %15 = phi double [ %9, %8 ], [ %11, %10 ]
  %16 = fcmp olt double %15, 0.000000e+00
  br i1 %16, label %17, label %18

17:                                               ; preds = %14
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.54) #29
  unreachable

18:                                               ; preds = %14
  %19 = tail call double @sqrt(double noundef %15) #24
  %20 = bitcast double %19 to i64
  %21 = insertvalue { i32, i64 } { i32 3, i64 poison }, i64 %20, 1
  ret { i32, i64 } %21
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_abs(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = load i32, ptr %3, align 8, !tbaa !76
  switch i32 %5, label %15 [
    i32 2, label %6
    i32 3, label %10
  ]

6:                                                ; preds = %4
  %7 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %8 = load i64, ptr %7, align 8, !tbaa !55
  %9 = tail call i64 @llvm.abs.i64(i64 %8, i1 true)
  br label %17

10:                                               ; preds = %4
  %11 = getelementptr inbounds { i32, i64 }, ptr %3, i64 0, i32 1
  %12 = load double, ptr %11, align 8
  %13 = tail call double @llvm.fabs.f64(double %12)
  %14 = bitcast double %13 to i64
  br label %17

15:                                               ; preds = %4
  %16 = tail call fastcc ptr @type_name(i32 noundef %5)
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.51, ptr noundef nonnull @.str.55, ptr noundef nonnull %16) #29
  unreachable

17:                                               ; preds = %10, %6
  %18 = phi i64 [ %9, %6 ], [ %14, %10 ]
  %19 = insertvalue { i32, i64 } poison, i32 %5, 0
  %20 = insertvalue { i32, i64 } %19, i64 %18, 1
  ret { i32, i64 } %20
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_min(ptr nocapture readnone %0, i32 noundef %1, i32 noundef %2, ptr nocapture noundef readonly %3) #0 {
  %5 = icmp eq i32 %2, 0
  br i1 %5, label %6, label %7

6:                                                ; preds = %4
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.56, ptr noundef nonnull @.str.17) #29
  unreachable

7:                                                ; preds = %4
  %8 = load i32, ptr %3, align 8, !tbaa.struct !62
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  %10 = load i64, ptr %9, align 8, !tbaa.struct !65
  %11 = icmp sgt i32 %2, 1
  br i1 %11, label %12, label %33

12:                                               ; preds = %7
  %13 = zext i32 %2 to i64
  br label %14

14:                                               ; preds = %28, %12
  %15 = phi i64 [ 1, %12 ], [ %31, %28 ]
  %16 = phi i64 [ %10, %12 ], [ %30, %28 ]
  %17 = phi i32 [ %8, %12 ], [ %29, %28 ]
  %18 = getelementptr inbounds %struct.value, ptr %3, i64 %15
  %19 = load i32, ptr %18, align 8
  %20 = getelementptr inbounds { i32, i64 }, ptr %18, i64 0, i32 1
  %21 = load i64, ptr %20, align 8
  %22 = tail call fastcc i32 @compare(i32 %19, i64 %21, i32 %17, i64 %16, i32 noundef %1)
  %23 = icmp slt i32 %22, 0
  br i1 %23, label %24, label %28

24:                                               ; preds = %14
  %25 = load i32, ptr %18, align 8, !tbaa.struct !62
  %26 = getelementptr inbounds i8, ptr %18, i64 8
  %27 = load i64, ptr %26, align 8, !tbaa.struct !65
  br label %28

28:                                               ; preds = %24, %14
  %29 = phi i32 [ %25, %24 ], [ %17, %14 ]
  %30 = phi i64 [ %27, %24 ], [ %16, %14 ]
  %31 = add nuw nsw i64 %15, 1
  %32 = icmp eq i64 %31, %13
  br i1 %32, label %33, label %14, !llvm.loop !105

33:                                               ; preds = %28, %7
  %34 = phi i32 [ %8, %7 ], [ %29, %28 ]
  %35 = phi i64 [ %10, %7 ], [ %30, %28 ]
  %36 = insertvalue { i32, i64 } poison, i32 %34, 0
  %37 = insertvalue { i32, i64 } %36, i64 %35, 1
  ret { i32, i64 } %37
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_max(ptr nocapture readnone %0, i32 noundef %1, i32 noundef %2, ptr nocapture noundef readonly %3) #0 {
  %5 = icmp eq i32 %2, 0
  br i1 %5, label %6, label %7

6:                                                ; preds = %4
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.56, ptr noundef nonnull @.str.18) #29
  unreachable

7:                                                ; preds = %4
  %8 = load i32, ptr %3, align 8, !tbaa.struct !62
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  %10 = load i64, ptr %9, align 8, !tbaa.struct !65
  %11 = icmp sgt i32 %2, 1
  br i1 %11, label %12, label %33

12:                                               ; preds = %7
  %13 = zext i32 %2 to i64
  br label %14

14:                                               ; preds = %28, %12
  %15 = phi i64 [ 1, %12 ], [ %31, %28 ]
  %16 = phi i64 [ %10, %12 ], [ %30, %28 ]
  %17 = phi i32 [ %8, %12 ], [ %29, %28 ]
  %18 = getelementptr inbounds %struct.value, ptr %3, i64 %15
  %19 = load i32, ptr %18, align 8
  %20 = getelementptr inbounds { i32, i64 }, ptr %18, i64 0, i32 1
  %21 = load i64, ptr %20, align 8
  %22 = tail call fastcc i32 @compare(i32 %19, i64 %21, i32 %17, i64 %16, i32 noundef %1)
  %23 = icmp sgt i32 %22, 0
  br i1 %23, label %24, label %28

24:                                               ; preds = %14
  %25 = load i32, ptr %18, align 8, !tbaa.struct !62
  %26 = getelementptr inbounds i8, ptr %18, i64 8
  %27 = load i64, ptr %26, align 8, !tbaa.struct !65
  br label %28

28:                                               ; preds = %24, %14
  %29 = phi i32 [ %25, %24 ], [ %17, %14 ]
  %30 = phi i64 [ %27, %24 ], [ %16, %14 ]
  %31 = add nuw nsw i64 %15, 1
  %32 = icmp eq i64 %31, %13
  br i1 %32, label %33, label %14, !llvm.loop !105

33:                                               ; preds = %28, %7
  %34 = phi i32 [ %8, %7 ], [ %29, %28 ]
  %35 = phi i64 [ %10, %7 ], [ %30, %28 ]
  %36 = insertvalue { i32, i64 } poison, i32 %34, 0
  %37 = insertvalue { i32, i64 } %36, i64 %35, 1
  ret { i32, i64 } %37
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_chr(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = alloca i8, align 1
  %6 = load i32, ptr %3, align 8, !tbaa !76
  %7 = icmp eq i32 %6, 2
  br i1 %7, label %8, label %13

8:                                                ; preds = %4
  %9 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %10 = load i64, ptr %9, align 8, !tbaa !55
  %11 = add i64 %10, -128
  %12 = icmp ult i64 %11, -127
  br i1 %12, label %13, label %14

13:                                               ; preds = %8, %4
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.58) #29
  unreachable

14:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %5) #24
  %15 = trunc i64 %10 to i8
  store i8 %15, ptr %5, align 1, !tbaa !55
  %16 = call fastcc ptr @intern(ptr noundef nonnull %5, i32 noundef 1)
  %17 = ptrtoint ptr %16 to i64
  %18 = insertvalue { i32, i64 } { i32 4, i64 poison }, i64 %17, 1
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %5) #24
  ret { i32, i64 } %18
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_ord(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = load i32, ptr %3, align 8, !tbaa !76
  %6 = icmp eq i32 %5, 4
  br i1 %6, label %7, label %12

7:                                                ; preds = %4
  %8 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %9 = load ptr, ptr %8, align 8, !tbaa !55
  %10 = load i32, ptr %9, align 4, !tbaa !23
  %11 = icmp eq i32 %10, 1
  br i1 %11, label %13, label %12

12:                                               ; preds = %7, %4
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.59) #29
  unreachable

13:                                               ; preds = %7
  %14 = getelementptr inbounds %struct.string, ptr %9, i64 0, i32 2
  %15 = load i8, ptr %14, align 4, !tbaa !55
  %16 = zext i8 %15 to i64
  %17 = insertvalue { i32, i64 } { i32 2, i64 poison }, i64 %16, 1
  ret { i32, i64 } %17
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_substr(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = load i32, ptr %3, align 8, !tbaa !76
  %6 = icmp eq i32 %5, 4
  br i1 %6, label %7, label %15

7:                                                ; preds = %4
  %8 = getelementptr inbounds %struct.value, ptr %3, i64 1
  %9 = load i32, ptr %8, align 8, !tbaa !76
  %10 = icmp eq i32 %9, 2
  br i1 %10, label %11, label %15

11:                                               ; preds = %7
  %12 = getelementptr inbounds %struct.value, ptr %3, i64 2
  %13 = load i32, ptr %12, align 8, !tbaa !76
  %14 = icmp eq i32 %13, 2
  br i1 %14, label %16, label %15

15:                                               ; preds = %11, %7, %4
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.60) #29
  unreachable

16:                                               ; preds = %11
  %17 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %18 = load ptr, ptr %17, align 8, !tbaa !55
  %19 = load i32, ptr %18, align 4, !tbaa !23
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds %struct.value, ptr %3, i64 1, i32 1
  %22 = load i64, ptr %21, align 8, !tbaa !55
  %23 = getelementptr inbounds %struct.value, ptr %3, i64 2, i32 1
  %24 = load i64, ptr %23, align 8, !tbaa !55
  %25 = icmp slt i64 %22, 0
  %26 = icmp slt i64 %24, 0
  %27 = select i1 %25, i1 true, i1 %26
  %28 = add nsw i64 %24, %22
  %29 = icmp sgt i64 %28, %20
  %30 = select i1 %27, i1 true, i1 %29
  br i1 %30, label %31, label %32

31:                                               ; preds = %16
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.61, i64 noundef %22, i64 noundef %24, i64 noundef %20) #29
  unreachable

32:                                               ; preds = %16
  %33 = getelementptr inbounds %struct.string, ptr %18, i64 0, i32 2
  %34 = getelementptr inbounds i8, ptr %33, i64 %22
  %35 = trunc i64 %24 to i32
  %36 = tail call fastcc ptr @intern(ptr noundef nonnull %34, i32 noundef %35)
  %37 = ptrtoint ptr %36 to i64
  %38 = insertvalue { i32, i64 } { i32 4, i64 poison }, i64 %37, 1
  ret { i32, i64 } %38
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_type(ptr nocapture readnone %0, i32 %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = load i32, ptr %3, align 8, !tbaa !76
  %6 = icmp ult i32 %5, 8
  br i1 %6, label %7, label %11

7:                                                ; preds = %4
  %8 = sext i32 %5 to i64
  %9 = getelementptr inbounds [8 x ptr], ptr @switch.table.type_name, i64 0, i64 %8
  %10 = load ptr, ptr %9, align 8
  br label %11

11:                                               ; preds = %4, %7
  %12 = phi ptr [ %10, %7 ], [ @.str.45, %4 ]
  %13 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %12) #23
  %14 = trunc i64 %13 to i32
  %15 = tail call fastcc ptr @intern(ptr noundef nonnull %12, i32 noundef %14)
  %16 = ptrtoint ptr %15 to i64
  %17 = insertvalue { i32, i64 } { i32 4, i64 poison }, i64 %16, 1
  ret { i32, i64 } %17
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_list(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = load i32, ptr %3, align 8, !tbaa !76
  %6 = icmp eq i32 %5, 2
  br i1 %6, label %7, label %11

7:                                                ; preds = %4
  %8 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %9 = load i64, ptr %8, align 8, !tbaa !55
  %10 = icmp ugt i64 %9, 1000000
  br i1 %10, label %11, label %12

11:                                               ; preds = %7, %4
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.62) #29
  unreachable

12:                                               ; preds = %7
  %13 = trunc i64 %9 to i32
  %14 = tail call fastcc ptr @new_list(i32 noundef %13)
  %15 = load i64, ptr %8, align 8, !tbaa !55
  %16 = icmp sgt i64 %15, 0
  br i1 %16, label %17, label %22

17:                                               ; preds = %12
  %18 = getelementptr inbounds %struct.value, ptr %3, i64 1
  %19 = getelementptr inbounds %struct.value, ptr %3, i64 1, i32 1
  %20 = getelementptr inbounds %struct.list, ptr %14, i64 0, i32 2
  %21 = getelementptr inbounds %struct.list, ptr %14, i64 0, i32 1
  br label %25

22:                                               ; preds = %25, %12
  %23 = ptrtoint ptr %14 to i64
  %24 = insertvalue { i32, i64 } { i32 5, i64 poison }, i64 %23, 1
  ret { i32, i64 } %24

25:                                               ; preds = %17, %25
  %26 = phi i64 [ 0, %17 ], [ %38, %25 ]
  %27 = load i32, ptr %18, align 8
  %28 = load i64, ptr %19, align 8
  %29 = load ptr, ptr %20, align 8, !tbaa !84
  %30 = load i32, ptr %14, align 8, !tbaa !82
  %31 = add nsw i32 %30, 1
  %32 = tail call fastcc ptr @grow(ptr noundef %29, ptr noundef nonnull %21, i32 noundef %31, i64 noundef 16)
  store ptr %32, ptr %20, align 8, !tbaa !84
  %33 = load i32, ptr %14, align 8, !tbaa !82
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %14, align 8, !tbaa !82
  %35 = sext i32 %33 to i64
  %36 = getelementptr inbounds %struct.value, ptr %32, i64 %35
  store i32 %27, ptr %36, align 8, !tbaa.struct !62
  %37 = getelementptr inbounds i8, ptr %36, i64 8
  store i64 %28, ptr %37, align 8, !tbaa.struct !65
  %38 = add nuw nsw i64 %26, 1
  %39 = load i64, ptr %8, align 8, !tbaa !55
  %40 = icmp slt i64 %38, %39
  br i1 %40, label %25, label %22, !llvm.loop !106
}

; Function Attrs: nounwind uwtable
define internal fastcc void @format_value(ptr noundef %0, i32 %1, i64 %2, i32 noundef %3) unnamed_addr #0 {
  %5 = alloca [64 x i8], align 16
  switch i32 %1, label %213 [
    i32 0, label %6
    i32 1, label %21
    i32 2, label %42
    i32 3, label %43
    i32 4, label %81
    i32 5, label %127
    i32 6, label %186
    i32 7, label %190
  ]

6:                                                ; preds = %4
  %7 = load ptr, ptr %0, align 8, !tbaa !80
  %8 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %9 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  %10 = load i32, ptr %9, align 8, !tbaa !81
  %11 = add i32 %10, 4
  %12 = tail call fastcc ptr @grow(ptr noundef %7, ptr noundef nonnull %8, i32 noundef %11, i64 noundef 1)
  store ptr %12, ptr %0, align 8, !tbaa !80
  %13 = load i32, ptr %9, align 8, !tbaa !81
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr %12, i64 %14
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(3) %15, ptr noundef nonnull align 1 dereferenceable(3) @.str.26, i64 3, i1 false)
  %16 = load i32, ptr %9, align 8, !tbaa !81
  %17 = add nsw i32 %16, 3
  store i32 %17, ptr %9, align 8, !tbaa !81
  %18 = load ptr, ptr %0, align 8, !tbaa !80
  %19 = sext i32 %17 to i64
  %20 = getelementptr inbounds i8, ptr %18, i64 %19
  store i8 0, ptr %20, align 1, !tbaa !55
  br label %213

21:                                               ; preds = %4
  %22 = and i64 %2, 4294967295
  %23 = icmp eq i64 %22, 0
  %24 = select i1 %23, ptr @.str.28, ptr @.str.27
  %25 = select i1 %23, i64 5, i64 4
  %26 = trunc i64 %25 to i32
  %27 = load ptr, ptr %0, align 8, !tbaa !80
  %28 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %29 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  %30 = load i32, ptr %29, align 8, !tbaa !81
  %31 = add nuw nsw i32 %26, 1
  %32 = add i32 %31, %30
  %33 = tail call fastcc ptr @grow(ptr noundef %27, ptr noundef nonnull %28, i32 noundef %32, i64 noundef 1)
  store ptr %33, ptr %0, align 8, !tbaa !80
  %34 = load i32, ptr %29, align 8, !tbaa !81
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i8, ptr %33, i64 %35
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(4) %36, ptr noundef nonnull align 1 dereferenceable(4) %24, i64 %25, i1 false)
  %37 = load i32, ptr %29, align 8, !tbaa !81
  %38 = add nsw i32 %37, %26
  store i32 %38, ptr %29, align 8, !tbaa !81
  %39 = load ptr, ptr %0, align 8, !tbaa !80
  %40 = sext i32 %38 to i64
  %41 = getelementptr inbounds i8, ptr %39, i64 %40
  store i8 0, ptr %41, align 1, !tbaa !55
  br label %213

42:                                               ; preds = %4
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.29, i64 noundef %2)
  br label %213

43:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %5) #24
  %44 = bitcast i64 %2 to double
  %45 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %5, i64 noundef 64, ptr noundef nonnull @.str.30, double noundef %44) #24
  %46 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %5) #23
  %47 = trunc i64 %46 to i32
  %48 = load ptr, ptr %0, align 8, !tbaa !80
  %49 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %50 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  %51 = load i32, ptr %50, align 8, !tbaa !81
  %52 = add i32 %47, 1
  %53 = add i32 %52, %51
  %54 = tail call fastcc ptr @grow(ptr noundef %48, ptr noundef nonnull %49, i32 noundef %53, i64 noundef 1)
  store ptr %54, ptr %0, align 8, !tbaa !80
  %55 = load i32, ptr %50, align 8, !tbaa !81
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds i8, ptr %54, i64 %56
  %58 = shl i64 %46, 32
  %59 = ashr exact i64 %58, 32
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %57, ptr nonnull align 16 %5, i64 %59, i1 false)
  %60 = load i32, ptr %50, align 8, !tbaa !81
  %61 = add nsw i32 %60, %47
  store i32 %61, ptr %50, align 8, !tbaa !81
  %62 = load ptr, ptr %0, align 8, !tbaa !80
  %63 = sext i32 %61 to i64
  %64 = getelementptr inbounds i8, ptr %62, i64 %63
  store i8 0, ptr %64, align 1, !tbaa !55
  %65 = call ptr @strpbrk(ptr noundef nonnull %5, ptr noundef nonnull @.str.31) #23
  %66 = icmp eq ptr %65, null
  br i1 %66, label %67, label %80

67:                                               ; preds = %43
  %68 = load ptr, ptr %0, align 8, !tbaa !80
  %69 = load i32, ptr %50, align 8, !tbaa !81
  %70 = add i32 %69, 3
  %71 = call fastcc ptr @grow(ptr noundef %68, ptr noundef nonnull %49, i32 noundef %70, i64 noundef 1)
  store ptr %71, ptr %0, align 8, !tbaa !80
  %72 = load i32, ptr %50, align 8, !tbaa !81
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds i8, ptr %71, i64 %73
  store i16 12334, ptr %74, align 1
  %75 = load i32, ptr %50, align 8, !tbaa !81
  %76 = add nsw i32 %75, 2
  store i32 %76, ptr %50, align 8, !tbaa !81
  %77 = load ptr, ptr %0, align 8, !tbaa !80
  %78 = sext i32 %76 to i64
  %79 = getelementptr inbounds i8, ptr %77, i64 %78
  store i8 0, ptr %79, align 1, !tbaa !55
  br label %80

80:                                               ; preds = %67, %43
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %5) #24
  br label %213

81:                                               ; preds = %4
  %82 = icmp eq i32 %3, 0
  br i1 %82, label %193, label %83

83:                                               ; preds = %81
  %84 = load ptr, ptr %0, align 8, !tbaa !80
  %85 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %86 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  %87 = load i32, ptr %86, align 8, !tbaa !81
  %88 = add i32 %87, 2
  %89 = tail call fastcc ptr @grow(ptr noundef %84, ptr noundef nonnull %85, i32 noundef %88, i64 noundef 1)
  store ptr %89, ptr %0, align 8, !tbaa !80
  %90 = load i32, ptr %86, align 8, !tbaa !81
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds i8, ptr %89, i64 %91
  store i8 34, ptr %92, align 1
  %93 = load i32, ptr %86, align 8, !tbaa !81
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %86, align 8, !tbaa !81
  %95 = load ptr, ptr %0, align 8, !tbaa !80
  %96 = sext i32 %94 to i64
  %97 = getelementptr inbounds i8, ptr %95, i64 %96
  store i8 0, ptr %97, align 1, !tbaa !55
  %98 = inttoptr i64 %2 to ptr
  %99 = getelementptr inbounds %struct.string, ptr %98, i64 0, i32 2
  %100 = load i32, ptr %98, align 4, !tbaa !23
  %101 = load ptr, ptr %0, align 8, !tbaa !80
  %102 = load i32, ptr %86, align 8, !tbaa !81
  %103 = add i32 %100, 1
  %104 = add i32 %103, %102
  %105 = tail call fastcc ptr @grow(ptr noundef %101, ptr noundef nonnull %85, i32 noundef %104, i64 noundef 1)
  store ptr %105, ptr %0, align 8, !tbaa !80
  %106 = load i32, ptr %86, align 8, !tbaa !81
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds i8, ptr %105, i64 %107
  %109 = sext i32 %100 to i64
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %108, ptr nonnull align 1 %99, i64 %109, i1 false)
  %110 = load i32, ptr %86, align 8, !tbaa !81
  %111 = add nsw i32 %110, %100
  store i32 %111, ptr %86, align 8, !tbaa !81
  %112 = load ptr, ptr %0, align 8, !tbaa !80
  %113 = sext i32 %111 to i64
  %114 = getelementptr inbounds i8, ptr %112, i64 %113
  store i8 0, ptr %114, align 1, !tbaa !55
  %115 = load ptr, ptr %0, align 8, !tbaa !80
  %116 = load i32, ptr %86, align 8, !tbaa !81
  %117 = add i32 %116, 2
  %118 = tail call fastcc ptr @grow(ptr noundef %115, ptr noundef nonnull %85, i32 noundef %117, i64 noundef 1)
  store ptr %118, ptr %0, align 8, !tbaa !80
  %119 = load i32, ptr %86, align 8, !tbaa !81
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds i8, ptr %118, i64 %120
  store i8 34, ptr %121, align 1
  %122 = load i32, ptr %86, align 8, !tbaa !81
  %123 = add nsw i32 %122, 1
  store i32 %123, ptr %86, align 8, !tbaa !81
  %124 = load ptr, ptr %0, align 8, !tbaa !80
  %125 = sext i32 %123 to i64
  %126 = getelementptr inbounds i8, ptr %124, i64 %125
  store i8 0, ptr %126, align 1, !tbaa !55
  br label %213

127:                                              ; preds = %4
  %128 = load ptr, ptr %0, align 8, !tbaa !80
  %129 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %130 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  %131 = load i32, ptr %130, align 8, !tbaa !81
  %132 = add i32 %131, 2
  %133 = tail call fastcc ptr @grow(ptr noundef %128, ptr noundef nonnull %129, i32 noundef %132, i64 noundef 1)
  store ptr %133, ptr %0, align 8, !tbaa !80
  %134 = load i32, ptr %130, align 8, !tbaa !81
  %135 = sext i32 %134 to i64
  %136 = getelementptr inbounds i8, ptr %133, i64 %135
  store i8 91, ptr %136, align 1
  %137 = load i32, ptr %130, align 8, !tbaa !81
  %138 = add nsw i32 %137, 1
  store i32 %138, ptr %130, align 8, !tbaa !81
  %139 = load ptr, ptr %0, align 8, !tbaa !80
  %140 = sext i32 %138 to i64
  %141 = getelementptr inbounds i8, ptr %139, i64 %140
  store i8 0, ptr %141, align 1, !tbaa !55
  %142 = inttoptr i64 %2 to ptr
  %143 = load i32, ptr %142, align 8, !tbaa !82
  %144 = icmp sgt i32 %143, 0
  br i1 %144, label %145, label %147

145:                                              ; preds = %127
  %146 = getelementptr inbounds %struct.list, ptr %142, i64 0, i32 2
  br label %160

147:                                              ; preds = %176, %127
  %148 = load ptr, ptr %0, align 8, !tbaa !80
  %149 = load i32, ptr %130, align 8, !tbaa !81
  %150 = add i32 %149, 2
  %151 = tail call fastcc ptr @grow(ptr noundef %148, ptr noundef nonnull %129, i32 noundef %150, i64 noundef 1)
  store ptr %151, ptr %0, align 8, !tbaa !80
  %152 = load i32, ptr %130, align 8, !tbaa !81
  %153 = sext i32 %152 to i64
  %154 = getelementptr inbounds i8, ptr %151, i64 %153
  store i8 93, ptr %154, align 1
  %155 = load i32, ptr %130, align 8, !tbaa !81
  %156 = add nsw i32 %155, 1
  store i32 %156, ptr %130, align 8, !tbaa !81
  %157 = load ptr, ptr %0, align 8, !tbaa !80
  %158 = sext i32 %156 to i64
  %159 = getelementptr inbounds i8, ptr %157, i64 %158
  store i8 0, ptr %159, align 1, !tbaa !55
  br label %213

160:                                              ; preds = %145, %176
  %161 = phi i64 [ 0, %145 ], [ %182, %176 ]
  %162 = icmp eq i64 %161, 0
  br i1 %162, label %176, label %163

163:                                              ; preds = %160
  %164 = load ptr, ptr %0, align 8, !tbaa !80
  %165 = load i32, ptr %130, align 8, !tbaa !81
  %166 = add i32 %165, 3
  %167 = tail call fastcc ptr @grow(ptr noundef %164, ptr noundef nonnull %129, i32 noundef %166, i64 noundef 1)
  store ptr %167, ptr %0, align 8, !tbaa !80
  %168 = load i32, ptr %130, align 8, !tbaa !81
  %169 = sext i32 %168 to i64
  %170 = getelementptr inbounds i8, ptr %167, i64 %169
  store i16 8236, ptr %170, align 1
  %171 = load i32, ptr %130, align 8, !tbaa !81
  %172 = add nsw i32 %171, 2
  store i32 %172, ptr %130, align 8, !tbaa !81
  %173 = load ptr, ptr %0, align 8, !tbaa !80
  %174 = sext i32 %172 to i64
  %175 = getelementptr inbounds i8, ptr %173, i64 %174
  store i8 0, ptr %175, align 1, !tbaa !55
  br label %176

176:                                              ; preds = %163, %160
  %177 = load ptr, ptr %146, align 8, !tbaa !84
  %178 = getelementptr inbounds %struct.value, ptr %177, i64 %161
  %179 = load i32, ptr %178, align 8
  %180 = getelementptr inbounds { i32, i64 }, ptr %178, i64 0, i32 1
  %181 = load i64, ptr %180, align 8
  tail call fastcc void @format_value(ptr noundef nonnull %0, i32 %179, i64 %181, i32 noundef 1)
  %182 = add nuw nsw i64 %161, 1
  %183 = load i32, ptr %142, align 8, !tbaa !82
  %184 = sext i32 %183 to i64
  %185 = icmp slt i64 %182, %184
  br i1 %185, label %160, label %147, !llvm.loop !107

186:                                              ; preds = %4
  %187 = inttoptr i64 %2 to ptr
  %188 = load ptr, ptr %187, align 8, !tbaa !42
  %189 = getelementptr inbounds %struct.string, ptr %188, i64 0, i32 2
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.37, ptr noundef nonnull %189)
  br label %213

190:                                              ; preds = %4
  %191 = inttoptr i64 %2 to ptr
  %192 = load ptr, ptr %191, align 8, !tbaa !56
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.38, ptr noundef %192)
  br label %213

193:                                              ; preds = %81
  %194 = inttoptr i64 %2 to ptr
  %195 = getelementptr inbounds %struct.string, ptr %194, i64 0, i32 2
  %196 = load i32, ptr %194, align 4, !tbaa !23
  %197 = load ptr, ptr %0, align 8, !tbaa !80
  %198 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %199 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  %200 = load i32, ptr %199, align 8, !tbaa !81
  %201 = add i32 %196, 1
  %202 = add i32 %201, %200
  %203 = tail call fastcc ptr @grow(ptr noundef %197, ptr noundef nonnull %198, i32 noundef %202, i64 noundef 1)
  store ptr %203, ptr %0, align 8, !tbaa !80
  %204 = load i32, ptr %199, align 8, !tbaa !81
  %205 = sext i32 %204 to i64
  %206 = getelementptr inbounds i8, ptr %203, i64 %205
  %207 = sext i32 %196 to i64
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %206, ptr nonnull align 1 %195, i64 %207, i1 false)
  %208 = load i32, ptr %199, align 8, !tbaa !81
  %209 = add nsw i32 %208, %196
  store i32 %209, ptr %199, align 8, !tbaa !81
  %210 = load ptr, ptr %0, align 8, !tbaa !80
  %211 = sext i32 %209 to i64
  %212 = getelementptr inbounds i8, ptr %210, i64 %211
  store i8 0, ptr %212, align 1, !tbaa !55
  br label %213

213:                                              ; preds = %193, %83, %4, %190, %186, %147, %80, %42, %21, %6
  ret void
}

; Function Attrs: nounwind uwtable
define internal void @sb_printf(ptr nocapture noundef %0, ptr nocapture noundef readonly %1, ...) unnamed_addr #0 {
  %3 = alloca [128 x i8], align 16
  %4 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %3) #24
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %4) #24
  call void @llvm.va_start(ptr nonnull %4)
  %5 = call i32 @vsnprintf(ptr noundef nonnull %3, i64 noundef 128, ptr noundef %1, ptr noundef nonnull %4) #24
  call void @llvm.va_end(ptr %4)
  %6 = call i32 @llvm.smin.i32(i32 %5, i32 127)
  %7 = load ptr, ptr %0, align 8, !tbaa !80
  %8 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %9 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  %10 = load i32, ptr %9, align 8, !tbaa !81
  %11 = add nsw i32 %6, 1
  %12 = add i32 %11, %10
  %13 = call fastcc ptr @grow(ptr noundef %7, ptr noundef nonnull %8, i32 noundef %12, i64 noundef 1)
  store ptr %13, ptr %0, align 8, !tbaa !80
  %14 = load i32, ptr %9, align 8, !tbaa !81
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds i8, ptr %13, i64 %15
  %17 = sext i32 %6 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %16, ptr nonnull align 16 %3, i64 %17, i1 false)
  %18 = load i32, ptr %9, align 8, !tbaa !81
  %19 = add nsw i32 %18, %6
  store i32 %19, ptr %9, align 8, !tbaa !81
  %20 = load ptr, ptr %0, align 8, !tbaa !80
  %21 = sext i32 %19 to i64
  %22 = getelementptr inbounds i8, ptr %20, i64 %21
  store i8 0, ptr %22, align 1, !tbaa !55
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #24
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %3) #24
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @snprintf(ptr noalias nocapture noundef writeonly, i64 noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare ptr @strpbrk(ptr noundef, ptr nocapture noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start(ptr) #9

; Function Attrs: nofree nounwind
declare noundef i32 @vsnprintf(ptr nocapture noundef, i64 noundef, ptr nocapture noundef readonly, ptr noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end(ptr) #9

; Function Attrs: nounwind uwtable
define internal fastcc ptr @grow(ptr noundef readonly %0, ptr nocapture noundef %1, i32 noundef %2, i64 noundef %3) unnamed_addr #0 {
  %5 = load i32, ptr %1, align 4, !tbaa !23
  %6 = icmp slt i32 %5, %2
  br i1 %6, label %7, label %52

7:                                                ; preds = %4
  %8 = tail call i32 @llvm.smax.i32(i32 %5, i32 8)
  br label %9

9:                                                ; preds = %9, %7
  %10 = phi i32 [ %8, %7 ], [ %12, %9 ]
  %11 = icmp slt i32 %10, %2
  %12 = shl nsw i32 %10, 1
  br i1 %11, label %9, label %13, !llvm.loop !108

13:                                               ; preds = %9
  %14 = sext i32 %10 to i64
  %15 = mul i64 %14, %3
  %16 = add i64 %15, 15
  %17 = and i64 %16, -16
  %18 = load ptr, ptr @arena, align 8, !tbaa !4
  %19 = icmp eq ptr %18, null
  br i1 %19, label %27, label %20

20:                                               ; preds = %13
  %21 = getelementptr inbounds %struct.arena_block, ptr %18, i64 0, i32 1
  %22 = load i64, ptr %21, align 8, !tbaa !21
  %23 = add i64 %22, %17
  %24 = getelementptr inbounds %struct.arena_block, ptr %18, i64 0, i32 2
  %25 = load i64, ptr %24, align 16, !tbaa !21
  %26 = icmp ugt i64 %23, %25
  br i1 %26, label %27, label %38

27:                                               ; preds = %20, %13
  %28 = tail call i64 @llvm.umax.i64(i64 %17, i64 65536)
  %29 = add i64 %28, 32
  %30 = tail call noalias ptr @malloc(i64 noundef %29) #26
  %31 = icmp eq ptr %30, null
  br i1 %31, label %32, label %35

32:                                               ; preds = %27
  %33 = load ptr, ptr @stderr, align 8, !tbaa !4
  %34 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %33) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

35:                                               ; preds = %27
  store ptr %18, ptr %30, align 16, !tbaa !4
  %36 = getelementptr inbounds %struct.arena_block, ptr %30, i64 0, i32 1
  store i64 0, ptr %36, align 8, !tbaa !21
  %37 = getelementptr inbounds %struct.arena_block, ptr %30, i64 0, i32 2
  store i64 %28, ptr %37, align 16, !tbaa !21
  store ptr %30, ptr @arena, align 8, !tbaa !4
  br label %38

38:                                               ; preds = %20, %35
  %39 = load ptr, ptr @arena, align 8, !tbaa !4
  %40 = getelementptr inbounds %struct.arena_block, ptr %39, i64 0, i32 4
  %41 = getelementptr inbounds %struct.arena_block, ptr %39, i64 0, i32 1
  %42 = load i64, ptr %41, align 8, !tbaa !21
  %43 = getelementptr inbounds i8, ptr %40, i64 %42
  %44 = add i64 %42, %17
  store i64 %44, ptr %41, align 8, !tbaa !21
  %45 = load i64, ptr @arena_total, align 8, !tbaa !21
  %46 = add i64 %45, %17
  store i64 %46, ptr @arena_total, align 8, !tbaa !21
  %47 = icmp eq ptr %0, null
  br i1 %47, label %51, label %48

48:                                               ; preds = %38
  %49 = sext i32 %5 to i64
  %50 = mul i64 %49, %3
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 1 %43, ptr nonnull align 1 %0, i64 %50, i1 false)
  br label %51

51:                                               ; preds = %48, %38
  store i32 %10, ptr %1, align 4, !tbaa !23
  br label %52

52:                                               ; preds = %4, %51
  %53 = phi ptr [ %43, %51 ], [ %0, %4 ]
  ret ptr %53
}

; Function Attrs: noreturn nounwind uwtable
define internal void @fail(i32 noundef %0, ptr nocapture noundef readonly %1, ...) unnamed_addr #10 {
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = tail call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) @error_message, i64 noundef 256, ptr noundef nonnull @.str.40, i32 noundef %0) #24
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #24
  call void @llvm.va_start(ptr nonnull %3)
  %5 = sext i32 %4 to i64
  %6 = getelementptr inbounds i8, ptr @error_message, i64 %5
  %7 = sub nsw i64 256, %5
  %8 = call i32 @vsnprintf(ptr noundef nonnull %6, i64 noundef %7, ptr noundef %1, ptr noundef nonnull %3) #24
  call void @llvm.va_end(ptr %3)
  call void @longjmp(ptr noundef nonnull @error_jump, i32 noundef 1) #28
  unreachable
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc nonnull ptr @type_name(i32 noundef %0) unnamed_addr #11 {
  %2 = icmp ult i32 %0, 8
  br i1 %2, label %3, label %7

3:                                                ; preds = %1
  %4 = sext i32 %0 to i64
  %5 = getelementptr inbounds [8 x ptr], ptr @switch.table.type_name, i64 0, i64 %4
  %6 = load ptr, ptr %5, align 8
  br label %7

7:                                                ; preds = %1, %3
  %8 = phi ptr [ %6, %3 ], [ @.str.45, %1 ]
  ret ptr %8
}

; Function Attrs: noreturn nounwind
declare void @longjmp(ptr noundef, i32 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nofree nounwind willreturn
declare i64 @strtoll(ptr noundef readonly, ptr nocapture noundef, i32 noundef) local_unnamed_addr #12

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sqrt(double noundef) local_unnamed_addr #13

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #14

; Function Attrs: nounwind uwtable
define internal fastcc i32 @compare(i32 %0, i64 %1, i32 %2, i64 %3, i32 noundef %4) unnamed_addr #0 {
  %6 = icmp eq i32 %0, 4
  %7 = icmp eq i32 %2, 4
  %8 = select i1 %6, i1 %7, i1 false
  br i1 %8, label %9, label %22

9:                                                ; preds = %5
  %10 = inttoptr i64 %1 to ptr
  %11 = load i32, ptr %10, align 4, !tbaa !23
  %12 = inttoptr i64 %3 to ptr
  %13 = load i32, ptr %12, align 4, !tbaa !23
  %14 = tail call i32 @llvm.smin.i32(i32 %11, i32 %13)
  %15 = getelementptr inbounds %struct.string, ptr %10, i64 0, i32 2
  %16 = getelementptr inbounds %struct.string, ptr %12, i64 0, i32 2
  %17 = sext i32 %14 to i64
  %18 = tail call i32 @memcmp(ptr noundef nonnull %15, ptr noundef nonnull %16, i64 noundef %17) #23
  %19 = icmp eq i32 %18, 0
  %20 = sub nsw i32 %11, %13
  %21 = select i1 %19, i32 %20, i32 %18
  br label %54

22:                                               ; preds = %5
  %23 = icmp eq i32 %0, 2
  %24 = icmp eq i32 %2, 2
  %25 = select i1 %23, i1 %24, i1 false
  br i1 %25, label %26, label %32

26:                                               ; preds = %22
  %27 = icmp sgt i64 %1, %3
  %28 = zext i1 %27 to i32
  %29 = icmp slt i64 %1, %3
  %30 = sext i1 %29 to i32
  %31 = add nsw i32 %30, %28
  br label %54

32:                                               ; preds = %22
  switch i32 %0, label %37 [
    i32 2, label %33
    i32 3, label %35
  ]

33:                                               ; preds = %32
  %34 = sitofp i64 %1 to double
  br label %39

35:                                               ; preds = %32
  %36 = bitcast i64 %1 to double
  br label %39

37:                                               ; preds = %32
  %38 = tail call fastcc ptr @type_name(i32 noundef %0)
  tail call void (i32, ptr, ...) @fail(i32 noundef %4, ptr noundef nonnull @.str.51, ptr noundef nonnull @.str.57, ptr noundef nonnull %38) #29
  unreachable

39:                                               ; preds = %33, %35
  %40 = phi double [ %34, %33 ], [ %36, %35 ]
  switch i32 %2, label %45 [
    i32 2, label %41
    i32 3, label %43
  ]

41:                                               ; preds = %39
  %42 = sitofp i64 %3 to double
  br label %47

43:                                               ; preds = %39
  %44 = bitcast i64 %3 to double
  br label %47

45:                                               ; preds = %39
  %46 = tail call fastcc ptr @type_name(i32 noundef %2)
  tail call void (i32, ptr, ...) @fail(i32 noundef %4, ptr noundef nonnull @.str.51, ptr noundef nonnull @.str.57, ptr noundef nonnull %46) #29
  unreachable

47:                                               ; preds = %41, %43
  %48 = phi double [ %42, %41 ], [ %44, %43 ]
  %49 = fcmp ogt double %40, %48
  %50 = zext i1 %49 to i32
  %51 = fcmp olt double %40, %48
  %52 = sext i1 %51 to i32
  %53 = add nsw i32 %52, %50
  br label %54

54:                                               ; preds = %9, %47, %26
  %55 = phi i32 [ %31, %26 ], [ %53, %47 ], [ %21, %9 ]
  ret i32 %55
}

; Function Attrs: nounwind uwtable
define internal fastcc nonnull ptr @new_list(i32 noundef %0) unnamed_addr #0 {
  %2 = load ptr, ptr @arena, align 8, !tbaa !4
  %3 = icmp eq ptr %2, null
  br i1 %3, label %11, label %4

4:                                                ; preds = %1
  %5 = getelementptr inbounds %struct.arena_block, ptr %2, i64 0, i32 1
  %6 = load i64, ptr %5, align 8, !tbaa !21
  %7 = add i64 %6, 16
  %8 = getelementptr inbounds %struct.arena_block, ptr %2, i64 0, i32 2
  %9 = load i64, ptr %8, align 16, !tbaa !21
  %10 = icmp ugt i64 %7, %9
  br i1 %10, label %11, label %20

11:                                               ; preds = %4, %1
  %12 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %13 = icmp eq ptr %12, null
  br i1 %13, label %14, label %17

14:                                               ; preds = %11
  %15 = load ptr, ptr @stderr, align 8, !tbaa !4
  %16 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %15) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

17:                                               ; preds = %11
  store ptr %2, ptr %12, align 16, !tbaa !4
  %18 = getelementptr inbounds %struct.arena_block, ptr %12, i64 0, i32 1
  store i64 0, ptr %18, align 8, !tbaa !21
  %19 = getelementptr inbounds %struct.arena_block, ptr %12, i64 0, i32 2
  store i64 65536, ptr %19, align 16, !tbaa !21
  store ptr %12, ptr @arena, align 8, !tbaa !4
  br label %20

20:                                               ; preds = %4, %17
  %21 = load ptr, ptr @arena, align 8, !tbaa !4
  %22 = getelementptr inbounds %struct.arena_block, ptr %21, i64 0, i32 4
  %23 = getelementptr inbounds %struct.arena_block, ptr %21, i64 0, i32 1
  %24 = load i64, ptr %23, align 8, !tbaa !21
  %25 = getelementptr inbounds i8, ptr %22, i64 %24
  %26 = add i64 %24, 16
  store i64 %26, ptr %23, align 8, !tbaa !21
  %27 = load i64, ptr @arena_total, align 8, !tbaa !21
  %28 = add i64 %27, 16
  store i64 %28, ptr @arena_total, align 8, !tbaa !21
  %29 = getelementptr inbounds %struct.list, ptr %25, i64 0, i32 1
  %30 = getelementptr inbounds %struct.list, ptr %25, i64 0, i32 2
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %25, i8 0, i64 16, i1 false)
  %31 = tail call fastcc ptr @grow(ptr noundef null, ptr noundef nonnull %29, i32 noundef %0, i64 noundef 16)
  store ptr %31, ptr %30, align 8, !tbaa !84
  ret ptr %25
}

; Function Attrs: nounwind uwtable
define internal fastcc void @compile_node(ptr noundef %0, ptr noundef readonly %1) unnamed_addr #0 {
  %3 = alloca %struct.loop, align 8
  %4 = alloca %struct.loop, align 8
  %5 = load i32, ptr %1, align 8, !tbaa !31
  switch i32 %5, label %148 [
    i32 0, label %12
    i32 1, label %21
    i32 2, label %30
    i32 3, label %40
    i32 4, label %66
    i32 5, label %92
    i32 6, label %118
    i32 7, label %149
    i32 8, label %181
    i32 9, label %227
    i32 10, label %227
    i32 11, label %282
    i32 12, label %358
    i32 13, label %6
    i32 14, label %401
    i32 15, label %459
    i32 16, label %515
    i32 25, label %569
    i32 17, label %806
    i32 18, label %870
    i32 19, label %929
    i32 20, label %1005
    i32 21, label %1245
    i32 22, label %1286
    i32 23, label %1286
    i32 24, label %1376
  ]

6:                                                ; preds = %2
  %7 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 10
  %8 = load i32, ptr %7, align 8, !tbaa !40
  %9 = icmp sgt i32 %8, 0
  br i1 %9, label %10, label %388

10:                                               ; preds = %6
  %11 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 9
  br label %392

12:                                               ; preds = %2
  %13 = load ptr, ptr %0, align 8, !tbaa !45
  %14 = getelementptr inbounds %struct.function, ptr %13, i64 0, i32 2
  %15 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 3
  %16 = load i64, ptr %15, align 8, !tbaa !109
  %17 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %18 = load i32, ptr %17, align 4, !tbaa !35
  %19 = tail call fastcc i32 @add_constant(ptr noundef nonnull %14, i32 2, i64 %16, i32 noundef %18)
  %20 = load i32, ptr %17, align 4, !tbaa !35
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 0, i32 noundef %19, i32 noundef %20)
  br label %148

21:                                               ; preds = %2
  %22 = load ptr, ptr %0, align 8, !tbaa !45
  %23 = getelementptr inbounds %struct.function, ptr %22, i64 0, i32 2
  %24 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 4
  %25 = load i64, ptr %24, align 8, !tbaa !110
  %26 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %27 = load i32, ptr %26, align 4, !tbaa !35
  %28 = tail call fastcc i32 @add_constant(ptr noundef nonnull %23, i32 3, i64 %25, i32 noundef %27)
  %29 = load i32, ptr %26, align 4, !tbaa !35
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 0, i32 noundef %28, i32 noundef %29)
  br label %148

30:                                               ; preds = %2
  %31 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %32 = load ptr, ptr %31, align 8, !tbaa !111
  %33 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %34 = load i32, ptr %33, align 4, !tbaa !35
  %35 = load ptr, ptr %0, align 8, !tbaa !45
  %36 = getelementptr inbounds %struct.function, ptr %35, i64 0, i32 2
  %37 = ptrtoint ptr %32 to i64
  %38 = tail call fastcc i32 @add_constant(ptr noundef nonnull %36, i32 4, i64 %37, i32 noundef %34)
  %39 = load i32, ptr %33, align 4, !tbaa !35
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 0, i32 noundef %38, i32 noundef %39)
  br label %148

40:                                               ; preds = %2
  %41 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %42 = load i32, ptr %41, align 4, !tbaa !35
  %43 = load ptr, ptr %0, align 8, !tbaa !45
  %44 = getelementptr inbounds %struct.function, ptr %43, i64 0, i32 2
  %45 = load ptr, ptr %44, align 8, !tbaa !52
  %46 = getelementptr inbounds %struct.function, ptr %43, i64 0, i32 2, i32 3
  %47 = getelementptr inbounds %struct.function, ptr %43, i64 0, i32 2, i32 2
  %48 = load i32, ptr %47, align 8, !tbaa !53
  %49 = add nsw i32 %48, 1
  %50 = tail call fastcc ptr @grow(ptr noundef %45, ptr noundef nonnull %46, i32 noundef %49, i64 noundef 1)
  store ptr %50, ptr %44, align 8, !tbaa !52
  %51 = getelementptr inbounds %struct.function, ptr %43, i64 0, i32 2, i32 1
  %52 = load ptr, ptr %51, align 8, !tbaa !54
  %53 = getelementptr inbounds %struct.function, ptr %43, i64 0, i32 2, i32 4
  %54 = load i32, ptr %47, align 8, !tbaa !53
  %55 = add nsw i32 %54, 1
  %56 = tail call fastcc ptr @grow(ptr noundef %52, ptr noundef nonnull %53, i32 noundef %55, i64 noundef 4)
  store ptr %56, ptr %51, align 8, !tbaa !54
  %57 = load ptr, ptr %44, align 8, !tbaa !52
  %58 = load i32, ptr %47, align 8, !tbaa !53
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds i8, ptr %57, i64 %59
  store i8 1, ptr %60, align 1, !tbaa !55
  %61 = load ptr, ptr %51, align 8, !tbaa !54
  %62 = load i32, ptr %47, align 8, !tbaa !53
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %47, align 8, !tbaa !53
  %64 = sext i32 %62 to i64
  %65 = getelementptr inbounds i32, ptr %61, i64 %64
  store i32 %42, ptr %65, align 4, !tbaa !23
  br label %148

66:                                               ; preds = %2
  %67 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %68 = load i32, ptr %67, align 4, !tbaa !35
  %69 = load ptr, ptr %0, align 8, !tbaa !45
  %70 = getelementptr inbounds %struct.function, ptr %69, i64 0, i32 2
  %71 = load ptr, ptr %70, align 8, !tbaa !52
  %72 = getelementptr inbounds %struct.function, ptr %69, i64 0, i32 2, i32 3
  %73 = getelementptr inbounds %struct.function, ptr %69, i64 0, i32 2, i32 2
  %74 = load i32, ptr %73, align 8, !tbaa !53
  %75 = add nsw i32 %74, 1
  %76 = tail call fastcc ptr @grow(ptr noundef %71, ptr noundef nonnull %72, i32 noundef %75, i64 noundef 1)
  store ptr %76, ptr %70, align 8, !tbaa !52
  %77 = getelementptr inbounds %struct.function, ptr %69, i64 0, i32 2, i32 1
  %78 = load ptr, ptr %77, align 8, !tbaa !54
  %79 = getelementptr inbounds %struct.function, ptr %69, i64 0, i32 2, i32 4
  %80 = load i32, ptr %73, align 8, !tbaa !53
  %81 = add nsw i32 %80, 1
  %82 = tail call fastcc ptr @grow(ptr noundef %78, ptr noundef nonnull %79, i32 noundef %81, i64 noundef 4)
  store ptr %82, ptr %77, align 8, !tbaa !54
  %83 = load ptr, ptr %70, align 8, !tbaa !52
  %84 = load i32, ptr %73, align 8, !tbaa !53
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds i8, ptr %83, i64 %85
  store i8 2, ptr %86, align 1, !tbaa !55
  %87 = load ptr, ptr %77, align 8, !tbaa !54
  %88 = load i32, ptr %73, align 8, !tbaa !53
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %73, align 8, !tbaa !53
  %90 = sext i32 %88 to i64
  %91 = getelementptr inbounds i32, ptr %87, i64 %90
  store i32 %68, ptr %91, align 4, !tbaa !23
  br label %148

92:                                               ; preds = %2
  %93 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %94 = load i32, ptr %93, align 4, !tbaa !35
  %95 = load ptr, ptr %0, align 8, !tbaa !45
  %96 = getelementptr inbounds %struct.function, ptr %95, i64 0, i32 2
  %97 = load ptr, ptr %96, align 8, !tbaa !52
  %98 = getelementptr inbounds %struct.function, ptr %95, i64 0, i32 2, i32 3
  %99 = getelementptr inbounds %struct.function, ptr %95, i64 0, i32 2, i32 2
  %100 = load i32, ptr %99, align 8, !tbaa !53
  %101 = add nsw i32 %100, 1
  %102 = tail call fastcc ptr @grow(ptr noundef %97, ptr noundef nonnull %98, i32 noundef %101, i64 noundef 1)
  store ptr %102, ptr %96, align 8, !tbaa !52
  %103 = getelementptr inbounds %struct.function, ptr %95, i64 0, i32 2, i32 1
  %104 = load ptr, ptr %103, align 8, !tbaa !54
  %105 = getelementptr inbounds %struct.function, ptr %95, i64 0, i32 2, i32 4
  %106 = load i32, ptr %99, align 8, !tbaa !53
  %107 = add nsw i32 %106, 1
  %108 = tail call fastcc ptr @grow(ptr noundef %104, ptr noundef nonnull %105, i32 noundef %107, i64 noundef 4)
  store ptr %108, ptr %103, align 8, !tbaa !54
  %109 = load ptr, ptr %96, align 8, !tbaa !52
  %110 = load i32, ptr %99, align 8, !tbaa !53
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds i8, ptr %109, i64 %111
  store i8 3, ptr %112, align 1, !tbaa !55
  %113 = load ptr, ptr %103, align 8, !tbaa !54
  %114 = load i32, ptr %99, align 8, !tbaa !53
  %115 = add nsw i32 %114, 1
  store i32 %115, ptr %99, align 8, !tbaa !53
  %116 = sext i32 %114 to i64
  %117 = getelementptr inbounds i32, ptr %113, i64 %116
  store i32 %94, ptr %117, align 4, !tbaa !23
  br label %148

118:                                              ; preds = %2
  %119 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %120 = load ptr, ptr %119, align 8, !tbaa !111
  %121 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %122 = load i32, ptr %121, align 8, !tbaa !48
  %123 = zext i32 %122 to i64
  br label %124

124:                                              ; preds = %128, %118
  %125 = phi i64 [ %129, %128 ], [ %123, %118 ]
  %126 = trunc i64 %125 to i32
  %127 = icmp slt i32 %126, 1
  br i1 %127, label %136, label %128

128:                                              ; preds = %124
  %129 = add nsw i64 %125, -1
  %130 = and i64 %129, 4294967295
  %131 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %130
  %132 = load ptr, ptr %131, align 8, !tbaa !49
  %133 = icmp eq ptr %132, %120
  br i1 %133, label %134, label %124, !llvm.loop !112

134:                                              ; preds = %128
  %135 = trunc i64 %129 to i32
  br label %136

136:                                              ; preds = %124, %134
  %137 = phi i32 [ %135, %134 ], [ -1, %124 ]
  %138 = icmp sgt i32 %137, -1
  %139 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %140 = load i32, ptr %139, align 4, !tbaa !35
  br i1 %138, label %141, label %142

141:                                              ; preds = %136
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 5, i32 noundef %137, i32 noundef %140)
  br label %148

142:                                              ; preds = %136
  %143 = load ptr, ptr %0, align 8, !tbaa !45
  %144 = getelementptr inbounds %struct.function, ptr %143, i64 0, i32 2
  %145 = ptrtoint ptr %120 to i64
  %146 = tail call fastcc i32 @add_constant(ptr noundef nonnull %144, i32 4, i64 %145, i32 noundef %140)
  %147 = load i32, ptr %139, align 4, !tbaa !35
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 7, i32 noundef %146, i32 noundef %147)
  br label %148

148:                                              ; preds = %12, %21, %30, %40, %66, %92, %267, %305, %388, %433, %859, %1003, %1243, %1260, %2, %563, %525, %142, %141, %800, %766, %928, %914, %188, %191, %194, %197, %200, %203, %206, %209, %212, %215, %218, %1346, %1359, %1367, %1376, %459, %358, %149
  ret void

149:                                              ; preds = %2
  %150 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %151 = load ptr, ptr %150, align 8, !tbaa !113
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %151)
  %152 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 2
  %153 = load i32, ptr %152, align 8, !tbaa !114
  %154 = icmp eq i32 %153, 22
  %155 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %156 = load i32, ptr %155, align 4, !tbaa !35
  %157 = load ptr, ptr %0, align 8, !tbaa !45
  %158 = getelementptr inbounds %struct.function, ptr %157, i64 0, i32 2
  %159 = load ptr, ptr %158, align 8, !tbaa !52
  %160 = getelementptr inbounds %struct.function, ptr %157, i64 0, i32 2, i32 3
  %161 = getelementptr inbounds %struct.function, ptr %157, i64 0, i32 2, i32 2
  %162 = load i32, ptr %161, align 8, !tbaa !53
  %163 = add nsw i32 %162, 1
  %164 = tail call fastcc ptr @grow(ptr noundef %159, ptr noundef nonnull %160, i32 noundef %163, i64 noundef 1)
  store ptr %164, ptr %158, align 8, !tbaa !52
  %165 = getelementptr inbounds %struct.function, ptr %157, i64 0, i32 2, i32 1
  %166 = load ptr, ptr %165, align 8, !tbaa !54
  %167 = getelementptr inbounds %struct.function, ptr %157, i64 0, i32 2, i32 4
  %168 = load i32, ptr %161, align 8, !tbaa !53
  %169 = add nsw i32 %168, 1
  %170 = tail call fastcc ptr @grow(ptr noundef %166, ptr noundef nonnull %167, i32 noundef %169, i64 noundef 4)
  store ptr %170, ptr %165, align 8, !tbaa !54
  %171 = select i1 %154, i8 15, i8 16
  %172 = load ptr, ptr %158, align 8, !tbaa !52
  %173 = load i32, ptr %161, align 8, !tbaa !53
  %174 = sext i32 %173 to i64
  %175 = getelementptr inbounds i8, ptr %172, i64 %174
  store i8 %171, ptr %175, align 1, !tbaa !55
  %176 = load ptr, ptr %165, align 8, !tbaa !54
  %177 = load i32, ptr %161, align 8, !tbaa !53
  %178 = add nsw i32 %177, 1
  store i32 %178, ptr %161, align 8, !tbaa !53
  %179 = sext i32 %177 to i64
  %180 = getelementptr inbounds i32, ptr %176, i64 %179
  store i32 %156, ptr %180, align 4, !tbaa !23
  br label %148

181:                                              ; preds = %2
  %182 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %183 = load ptr, ptr %182, align 8, !tbaa !113
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %183)
  %184 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %185 = load ptr, ptr %184, align 8, !tbaa !115
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %185)
  %186 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 2
  %187 = load i32, ptr %186, align 8, !tbaa !114
  switch i32 %187, label %221 [
    i32 21, label %188
    i32 22, label %191
    i32 23, label %194
    i32 24, label %197
    i32 25, label %200
    i32 26, label %203
    i32 27, label %206
    i32 28, label %209
    i32 29, label %212
    i32 30, label %215
    i32 31, label %218
  ]

188:                                              ; preds = %181
  %189 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %190 = load i32, ptr %189, align 4, !tbaa !35
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 10, i32 noundef %190)
  br label %148

191:                                              ; preds = %181
  %192 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %193 = load i32, ptr %192, align 4, !tbaa !35
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 11, i32 noundef %193)
  br label %148

194:                                              ; preds = %181
  %195 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %196 = load i32, ptr %195, align 4, !tbaa !35
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 12, i32 noundef %196)
  br label %148

197:                                              ; preds = %181
  %198 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %199 = load i32, ptr %198, align 4, !tbaa !35
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 13, i32 noundef %199)
  br label %148

200:                                              ; preds = %181
  %201 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %202 = load i32, ptr %201, align 4, !tbaa !35
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 14, i32 noundef %202)
  br label %148

203:                                              ; preds = %181
  %204 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %205 = load i32, ptr %204, align 4, !tbaa !35
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 17, i32 noundef %205)
  br label %148

206:                                              ; preds = %181
  %207 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %208 = load i32, ptr %207, align 4, !tbaa !35
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 18, i32 noundef %208)
  br label %148

209:                                              ; preds = %181
  %210 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %211 = load i32, ptr %210, align 4, !tbaa !35
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 19, i32 noundef %211)
  br label %148

212:                                              ; preds = %181
  %213 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %214 = load i32, ptr %213, align 4, !tbaa !35
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 20, i32 noundef %214)
  br label %148

215:                                              ; preds = %181
  %216 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %217 = load i32, ptr %216, align 4, !tbaa !35
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 21, i32 noundef %217)
  br label %148

218:                                              ; preds = %181
  %219 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %220 = load i32, ptr %219, align 4, !tbaa !35
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 22, i32 noundef %220)
  br label %148

221:                                              ; preds = %181
  %222 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %223 = load i32, ptr %222, align 4, !tbaa !35
  %224 = zext i32 %187 to i64
  %225 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %224
  %226 = load ptr, ptr %225, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %223, ptr noundef nonnull @.str.67, ptr noundef %226) #29
  unreachable

227:                                              ; preds = %2, %2
  %228 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %229 = load ptr, ptr %228, align 8, !tbaa !113
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %229)
  %230 = load i32, ptr %1, align 8, !tbaa !31
  %231 = icmp eq i32 %230, 9
  %232 = select i1 %231, i32 25, i32 26
  %233 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %234 = load i32, ptr %233, align 4, !tbaa !35
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef %232, i32 noundef 65535, i32 noundef %234)
  %235 = load ptr, ptr %0, align 8, !tbaa !45
  %236 = getelementptr inbounds %struct.function, ptr %235, i64 0, i32 2, i32 2
  %237 = load i32, ptr %236, align 8, !tbaa !53
  %238 = load i32, ptr %233, align 4, !tbaa !35
  %239 = getelementptr inbounds %struct.function, ptr %235, i64 0, i32 2
  %240 = load ptr, ptr %239, align 8, !tbaa !52
  %241 = getelementptr inbounds %struct.function, ptr %235, i64 0, i32 2, i32 3
  %242 = add nsw i32 %237, 1
  %243 = tail call fastcc ptr @grow(ptr noundef %240, ptr noundef nonnull %241, i32 noundef %242, i64 noundef 1)
  store ptr %243, ptr %239, align 8, !tbaa !52
  %244 = getelementptr inbounds %struct.function, ptr %235, i64 0, i32 2, i32 1
  %245 = load ptr, ptr %244, align 8, !tbaa !54
  %246 = getelementptr inbounds %struct.function, ptr %235, i64 0, i32 2, i32 4
  %247 = load i32, ptr %236, align 8, !tbaa !53
  %248 = add nsw i32 %247, 1
  %249 = tail call fastcc ptr @grow(ptr noundef %245, ptr noundef nonnull %246, i32 noundef %248, i64 noundef 4)
  store ptr %249, ptr %244, align 8, !tbaa !54
  %250 = load ptr, ptr %239, align 8, !tbaa !52
  %251 = load i32, ptr %236, align 8, !tbaa !53
  %252 = sext i32 %251 to i64
  %253 = getelementptr inbounds i8, ptr %250, i64 %252
  store i8 4, ptr %253, align 1, !tbaa !55
  %254 = load ptr, ptr %244, align 8, !tbaa !54
  %255 = load i32, ptr %236, align 8, !tbaa !53
  %256 = add nsw i32 %255, 1
  store i32 %256, ptr %236, align 8, !tbaa !53
  %257 = sext i32 %255 to i64
  %258 = getelementptr inbounds i32, ptr %254, i64 %257
  store i32 %238, ptr %258, align 4, !tbaa !23
  %259 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %260 = load ptr, ptr %259, align 8, !tbaa !115
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %260)
  %261 = load ptr, ptr %0, align 8, !tbaa !45
  %262 = getelementptr inbounds %struct.function, ptr %261, i64 0, i32 2, i32 2
  %263 = load i32, ptr %262, align 8, !tbaa !53
  %264 = sub i32 %263, %237
  %265 = icmp sgt i32 %264, 65535
  br i1 %265, label %266, label %267

266:                                              ; preds = %227
  tail call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

267:                                              ; preds = %227
  %268 = add nsw i32 %237, -2
  %269 = getelementptr inbounds %struct.function, ptr %261, i64 0, i32 2
  %270 = lshr i32 %264, 8
  %271 = trunc i32 %270 to i8
  %272 = load ptr, ptr %269, align 8, !tbaa !52
  %273 = sext i32 %268 to i64
  %274 = getelementptr inbounds i8, ptr %272, i64 %273
  store i8 %271, ptr %274, align 1, !tbaa !55
  %275 = trunc i32 %264 to i8
  %276 = load ptr, ptr %0, align 8, !tbaa !45
  %277 = getelementptr inbounds %struct.function, ptr %276, i64 0, i32 2
  %278 = load ptr, ptr %277, align 8, !tbaa !52
  %279 = add nsw i32 %237, -1
  %280 = sext i32 %279 to i64
  %281 = getelementptr inbounds i8, ptr %278, i64 %280
  store i8 %275, ptr %281, align 1, !tbaa !55
  br label %148

282:                                              ; preds = %2
  %283 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %284 = load ptr, ptr %283, align 8, !tbaa !113
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %284)
  %285 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 10
  %286 = load i32, ptr %285, align 8, !tbaa !40
  %287 = icmp sgt i32 %286, 0
  br i1 %287, label %288, label %290

288:                                              ; preds = %282
  %289 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 9
  br label %293

290:                                              ; preds = %293, %282
  %291 = phi i32 [ %286, %282 ], [ %299, %293 ]
  %292 = icmp sgt i32 %291, 255
  br i1 %292, label %302, label %305

293:                                              ; preds = %288, %293
  %294 = phi i64 [ 0, %288 ], [ %298, %293 ]
  %295 = load ptr, ptr %289, align 8, !tbaa !39
  %296 = getelementptr inbounds ptr, ptr %295, i64 %294
  %297 = load ptr, ptr %296, align 8, !tbaa !4
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %297)
  %298 = add nuw nsw i64 %294, 1
  %299 = load i32, ptr %285, align 8, !tbaa !40
  %300 = sext i32 %299 to i64
  %301 = icmp slt i64 %298, %300
  br i1 %301, label %293, label %290, !llvm.loop !116

302:                                              ; preds = %290
  %303 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %304 = load i32, ptr %303, align 4, !tbaa !35
  tail call void (i32, ptr, ...) @fail(i32 noundef %304, ptr noundef nonnull @.str.64) #29
  unreachable

305:                                              ; preds = %290
  %306 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 10
  %307 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %308 = load i32, ptr %307, align 4, !tbaa !35
  %309 = load ptr, ptr %0, align 8, !tbaa !45
  %310 = getelementptr inbounds %struct.function, ptr %309, i64 0, i32 2
  %311 = load ptr, ptr %310, align 8, !tbaa !52
  %312 = getelementptr inbounds %struct.function, ptr %309, i64 0, i32 2, i32 3
  %313 = getelementptr inbounds %struct.function, ptr %309, i64 0, i32 2, i32 2
  %314 = load i32, ptr %313, align 8, !tbaa !53
  %315 = add nsw i32 %314, 1
  %316 = tail call fastcc ptr @grow(ptr noundef %311, ptr noundef nonnull %312, i32 noundef %315, i64 noundef 1)
  store ptr %316, ptr %310, align 8, !tbaa !52
  %317 = getelementptr inbounds %struct.function, ptr %309, i64 0, i32 2, i32 1
  %318 = load ptr, ptr %317, align 8, !tbaa !54
  %319 = getelementptr inbounds %struct.function, ptr %309, i64 0, i32 2, i32 4
  %320 = load i32, ptr %313, align 8, !tbaa !53
  %321 = add nsw i32 %320, 1
  %322 = tail call fastcc ptr @grow(ptr noundef %318, ptr noundef nonnull %319, i32 noundef %321, i64 noundef 4)
  store ptr %322, ptr %317, align 8, !tbaa !54
  %323 = load ptr, ptr %310, align 8, !tbaa !52
  %324 = load i32, ptr %313, align 8, !tbaa !53
  %325 = sext i32 %324 to i64
  %326 = getelementptr inbounds i8, ptr %323, i64 %325
  store i8 28, ptr %326, align 1, !tbaa !55
  %327 = load ptr, ptr %317, align 8, !tbaa !54
  %328 = load i32, ptr %313, align 8, !tbaa !53
  %329 = add nsw i32 %328, 1
  store i32 %329, ptr %313, align 8, !tbaa !53
  %330 = sext i32 %328 to i64
  %331 = getelementptr inbounds i32, ptr %327, i64 %330
  store i32 %308, ptr %331, align 4, !tbaa !23
  %332 = load ptr, ptr %0, align 8, !tbaa !45
  %333 = getelementptr inbounds %struct.function, ptr %332, i64 0, i32 2
  %334 = load i32, ptr %306, align 8, !tbaa !40
  %335 = load i32, ptr %307, align 4, !tbaa !35
  %336 = load ptr, ptr %333, align 8, !tbaa !52
  %337 = getelementptr inbounds %struct.function, ptr %332, i64 0, i32 2, i32 3
  %338 = getelementptr inbounds %struct.function, ptr %332, i64 0, i32 2, i32 2
  %339 = load i32, ptr %338, align 8, !tbaa !53
  %340 = add nsw i32 %339, 1
  %341 = tail call fastcc ptr @grow(ptr noundef %336, ptr noundef nonnull %337, i32 noundef %340, i64 noundef 1)
  store ptr %341, ptr %333, align 8, !tbaa !52
  %342 = getelementptr inbounds %struct.function, ptr %332, i64 0, i32 2, i32 1
  %343 = load ptr, ptr %342, align 8, !tbaa !54
  %344 = getelementptr inbounds %struct.function, ptr %332, i64 0, i32 2, i32 4
  %345 = load i32, ptr %338, align 8, !tbaa !53
  %346 = add nsw i32 %345, 1
  %347 = tail call fastcc ptr @grow(ptr noundef %343, ptr noundef nonnull %344, i32 noundef %346, i64 noundef 4)
  store ptr %347, ptr %342, align 8, !tbaa !54
  %348 = trunc i32 %334 to i8
  %349 = load ptr, ptr %333, align 8, !tbaa !52
  %350 = load i32, ptr %338, align 8, !tbaa !53
  %351 = sext i32 %350 to i64
  %352 = getelementptr inbounds i8, ptr %349, i64 %351
  store i8 %348, ptr %352, align 1, !tbaa !55
  %353 = load ptr, ptr %342, align 8, !tbaa !54
  %354 = load i32, ptr %338, align 8, !tbaa !53
  %355 = add nsw i32 %354, 1
  store i32 %355, ptr %338, align 8, !tbaa !53
  %356 = sext i32 %354 to i64
  %357 = getelementptr inbounds i32, ptr %353, i64 %356
  store i32 %335, ptr %357, align 4, !tbaa !23
  br label %148

358:                                              ; preds = %2
  %359 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %360 = load ptr, ptr %359, align 8, !tbaa !113
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %360)
  %361 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %362 = load ptr, ptr %361, align 8, !tbaa !115
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %362)
  %363 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %364 = load i32, ptr %363, align 4, !tbaa !35
  %365 = load ptr, ptr %0, align 8, !tbaa !45
  %366 = getelementptr inbounds %struct.function, ptr %365, i64 0, i32 2
  %367 = load ptr, ptr %366, align 8, !tbaa !52
  %368 = getelementptr inbounds %struct.function, ptr %365, i64 0, i32 2, i32 3
  %369 = getelementptr inbounds %struct.function, ptr %365, i64 0, i32 2, i32 2
  %370 = load i32, ptr %369, align 8, !tbaa !53
  %371 = add nsw i32 %370, 1
  %372 = tail call fastcc ptr @grow(ptr noundef %367, ptr noundef nonnull %368, i32 noundef %371, i64 noundef 1)
  store ptr %372, ptr %366, align 8, !tbaa !52
  %373 = getelementptr inbounds %struct.function, ptr %365, i64 0, i32 2, i32 1
  %374 = load ptr, ptr %373, align 8, !tbaa !54
  %375 = getelementptr inbounds %struct.function, ptr %365, i64 0, i32 2, i32 4
  %376 = load i32, ptr %369, align 8, !tbaa !53
  %377 = add nsw i32 %376, 1
  %378 = tail call fastcc ptr @grow(ptr noundef %374, ptr noundef nonnull %375, i32 noundef %377, i64 noundef 4)
  store ptr %378, ptr %373, align 8, !tbaa !54
  %379 = load ptr, ptr %366, align 8, !tbaa !52
  %380 = load i32, ptr %369, align 8, !tbaa !53
  %381 = sext i32 %380 to i64
  %382 = getelementptr inbounds i8, ptr %379, i64 %381
  store i8 31, ptr %382, align 1, !tbaa !55
  %383 = load ptr, ptr %373, align 8, !tbaa !54
  %384 = load i32, ptr %369, align 8, !tbaa !53
  %385 = add nsw i32 %384, 1
  store i32 %385, ptr %369, align 8, !tbaa !53
  %386 = sext i32 %384 to i64
  %387 = getelementptr inbounds i32, ptr %383, i64 %386
  store i32 %364, ptr %387, align 4, !tbaa !23
  br label %148

388:                                              ; preds = %392, %6
  %389 = phi i32 [ %8, %6 ], [ %398, %392 ]
  %390 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %391 = load i32, ptr %390, align 4, !tbaa !35
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 30, i32 noundef %389, i32 noundef %391)
  br label %148

392:                                              ; preds = %10, %392
  %393 = phi i64 [ 0, %10 ], [ %397, %392 ]
  %394 = load ptr, ptr %11, align 8, !tbaa !39
  %395 = getelementptr inbounds ptr, ptr %394, i64 %393
  %396 = load ptr, ptr %395, align 8, !tbaa !4
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %396)
  %397 = add nuw nsw i64 %393, 1
  %398 = load i32, ptr %7, align 8, !tbaa !40
  %399 = sext i32 %398 to i64
  %400 = icmp slt i64 %397, %399
  br i1 %400, label %392, label %388, !llvm.loop !117

401:                                              ; preds = %2
  %402 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %403 = load ptr, ptr %402, align 8, !tbaa !113
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %403)
  %404 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %405 = load ptr, ptr %404, align 8, !tbaa !111
  %406 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %407 = load i32, ptr %406, align 8, !tbaa !48
  %408 = zext i32 %407 to i64
  br label %409

409:                                              ; preds = %413, %401
  %410 = phi i64 [ %414, %413 ], [ %408, %401 ]
  %411 = trunc i64 %410 to i32
  %412 = icmp slt i32 %411, 1
  br i1 %412, label %421, label %413

413:                                              ; preds = %409
  %414 = add nsw i64 %410, -1
  %415 = and i64 %414, 4294967295
  %416 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %415
  %417 = load ptr, ptr %416, align 8, !tbaa !49
  %418 = icmp eq ptr %417, %405
  br i1 %418, label %419, label %409, !llvm.loop !112

419:                                              ; preds = %413
  %420 = trunc i64 %414 to i32
  br label %421

421:                                              ; preds = %409, %419
  %422 = phi i32 [ %420, %419 ], [ -1, %409 ]
  %423 = icmp sgt i32 %422, -1
  %424 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %425 = load i32, ptr %424, align 4, !tbaa !35
  br i1 %423, label %426, label %427

426:                                              ; preds = %421
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 6, i32 noundef %422, i32 noundef %425)
  br label %433

427:                                              ; preds = %421
  %428 = load ptr, ptr %0, align 8, !tbaa !45
  %429 = getelementptr inbounds %struct.function, ptr %428, i64 0, i32 2
  %430 = ptrtoint ptr %405 to i64
  %431 = tail call fastcc i32 @add_constant(ptr noundef nonnull %429, i32 4, i64 %430, i32 noundef %425)
  %432 = load i32, ptr %424, align 4, !tbaa !35
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 8, i32 noundef %431, i32 noundef %432)
  br label %433

433:                                              ; preds = %427, %426
  %434 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %435 = load i32, ptr %434, align 4, !tbaa !35
  %436 = load ptr, ptr %0, align 8, !tbaa !45
  %437 = getelementptr inbounds %struct.function, ptr %436, i64 0, i32 2
  %438 = load ptr, ptr %437, align 8, !tbaa !52
  %439 = getelementptr inbounds %struct.function, ptr %436, i64 0, i32 2, i32 3
  %440 = getelementptr inbounds %struct.function, ptr %436, i64 0, i32 2, i32 2
  %441 = load i32, ptr %440, align 8, !tbaa !53
  %442 = add nsw i32 %441, 1
  %443 = tail call fastcc ptr @grow(ptr noundef %438, ptr noundef nonnull %439, i32 noundef %442, i64 noundef 1)
  store ptr %443, ptr %437, align 8, !tbaa !52
  %444 = getelementptr inbounds %struct.function, ptr %436, i64 0, i32 2, i32 1
  %445 = load ptr, ptr %444, align 8, !tbaa !54
  %446 = getelementptr inbounds %struct.function, ptr %436, i64 0, i32 2, i32 4
  %447 = load i32, ptr %440, align 8, !tbaa !53
  %448 = add nsw i32 %447, 1
  %449 = tail call fastcc ptr @grow(ptr noundef %445, ptr noundef nonnull %446, i32 noundef %448, i64 noundef 4)
  store ptr %449, ptr %444, align 8, !tbaa !54
  %450 = load ptr, ptr %437, align 8, !tbaa !52
  %451 = load i32, ptr %440, align 8, !tbaa !53
  %452 = sext i32 %451 to i64
  %453 = getelementptr inbounds i8, ptr %450, i64 %452
  store i8 4, ptr %453, align 1, !tbaa !55
  %454 = load ptr, ptr %444, align 8, !tbaa !54
  %455 = load i32, ptr %440, align 8, !tbaa !53
  %456 = add nsw i32 %455, 1
  store i32 %456, ptr %440, align 8, !tbaa !53
  %457 = sext i32 %455 to i64
  %458 = getelementptr inbounds i32, ptr %454, i64 %457
  store i32 %435, ptr %458, align 4, !tbaa !23
  br label %148

459:                                              ; preds = %2
  %460 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %461 = load ptr, ptr %460, align 8, !tbaa !115
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %461)
  %462 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 8
  %463 = load ptr, ptr %462, align 8, !tbaa !118
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %463)
  %464 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %465 = load ptr, ptr %464, align 8, !tbaa !113
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %465)
  %466 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %467 = load i32, ptr %466, align 4, !tbaa !35
  %468 = load ptr, ptr %0, align 8, !tbaa !45
  %469 = getelementptr inbounds %struct.function, ptr %468, i64 0, i32 2
  %470 = load ptr, ptr %469, align 8, !tbaa !52
  %471 = getelementptr inbounds %struct.function, ptr %468, i64 0, i32 2, i32 3
  %472 = getelementptr inbounds %struct.function, ptr %468, i64 0, i32 2, i32 2
  %473 = load i32, ptr %472, align 8, !tbaa !53
  %474 = add nsw i32 %473, 1
  %475 = tail call fastcc ptr @grow(ptr noundef %470, ptr noundef nonnull %471, i32 noundef %474, i64 noundef 1)
  store ptr %475, ptr %469, align 8, !tbaa !52
  %476 = getelementptr inbounds %struct.function, ptr %468, i64 0, i32 2, i32 1
  %477 = load ptr, ptr %476, align 8, !tbaa !54
  %478 = getelementptr inbounds %struct.function, ptr %468, i64 0, i32 2, i32 4
  %479 = load i32, ptr %472, align 8, !tbaa !53
  %480 = add nsw i32 %479, 1
  %481 = tail call fastcc ptr @grow(ptr noundef %477, ptr noundef nonnull %478, i32 noundef %480, i64 noundef 4)
  store ptr %481, ptr %476, align 8, !tbaa !54
  %482 = load ptr, ptr %469, align 8, !tbaa !52
  %483 = load i32, ptr %472, align 8, !tbaa !53
  %484 = sext i32 %483 to i64
  %485 = getelementptr inbounds i8, ptr %482, i64 %484
  store i8 32, ptr %485, align 1, !tbaa !55
  %486 = load ptr, ptr %476, align 8, !tbaa !54
  %487 = load i32, ptr %472, align 8, !tbaa !53
  %488 = add nsw i32 %487, 1
  store i32 %488, ptr %472, align 8, !tbaa !53
  %489 = sext i32 %487 to i64
  %490 = getelementptr inbounds i32, ptr %486, i64 %489
  store i32 %467, ptr %490, align 4, !tbaa !23
  %491 = load i32, ptr %466, align 4, !tbaa !35
  %492 = load ptr, ptr %0, align 8, !tbaa !45
  %493 = getelementptr inbounds %struct.function, ptr %492, i64 0, i32 2
  %494 = load ptr, ptr %493, align 8, !tbaa !52
  %495 = getelementptr inbounds %struct.function, ptr %492, i64 0, i32 2, i32 3
  %496 = getelementptr inbounds %struct.function, ptr %492, i64 0, i32 2, i32 2
  %497 = load i32, ptr %496, align 8, !tbaa !53
  %498 = add nsw i32 %497, 1
  %499 = tail call fastcc ptr @grow(ptr noundef %494, ptr noundef nonnull %495, i32 noundef %498, i64 noundef 1)
  store ptr %499, ptr %493, align 8, !tbaa !52
  %500 = getelementptr inbounds %struct.function, ptr %492, i64 0, i32 2, i32 1
  %501 = load ptr, ptr %500, align 8, !tbaa !54
  %502 = getelementptr inbounds %struct.function, ptr %492, i64 0, i32 2, i32 4
  %503 = load i32, ptr %496, align 8, !tbaa !53
  %504 = add nsw i32 %503, 1
  %505 = tail call fastcc ptr @grow(ptr noundef %501, ptr noundef nonnull %502, i32 noundef %504, i64 noundef 4)
  store ptr %505, ptr %500, align 8, !tbaa !54
  %506 = load ptr, ptr %493, align 8, !tbaa !52
  %507 = load i32, ptr %496, align 8, !tbaa !53
  %508 = sext i32 %507 to i64
  %509 = getelementptr inbounds i8, ptr %506, i64 %508
  store i8 4, ptr %509, align 1, !tbaa !55
  %510 = load ptr, ptr %500, align 8, !tbaa !54
  %511 = load i32, ptr %496, align 8, !tbaa !53
  %512 = add nsw i32 %511, 1
  store i32 %512, ptr %496, align 8, !tbaa !53
  %513 = sext i32 %511 to i64
  %514 = getelementptr inbounds i32, ptr %510, i64 %513
  store i32 %491, ptr %514, align 4, !tbaa !23
  br label %148

515:                                              ; preds = %2
  %516 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %517 = load ptr, ptr %516, align 8, !tbaa !113
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %517)
  %518 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 4
  %519 = load i32, ptr %518, align 8, !tbaa !47
  %520 = icmp eq i32 %519, 0
  br i1 %520, label %535, label %521

521:                                              ; preds = %515
  %522 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %523 = load i32, ptr %522, align 4, !tbaa !119
  %524 = icmp eq i32 %523, 0
  br i1 %524, label %525, label %535

525:                                              ; preds = %521
  %526 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %527 = load ptr, ptr %526, align 8, !tbaa !111
  %528 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %529 = load i32, ptr %528, align 4, !tbaa !35
  %530 = load ptr, ptr %0, align 8, !tbaa !45
  %531 = getelementptr inbounds %struct.function, ptr %530, i64 0, i32 2
  %532 = ptrtoint ptr %527 to i64
  %533 = tail call fastcc i32 @add_constant(ptr noundef nonnull %531, i32 4, i64 %532, i32 noundef %529)
  %534 = load i32, ptr %528, align 4, !tbaa !35
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 9, i32 noundef %533, i32 noundef %534)
  br label %148

535:                                              ; preds = %521, %515
  %536 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %537 = load ptr, ptr %536, align 8, !tbaa !111
  %538 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %539 = load i32, ptr %538, align 4, !tbaa !35
  %540 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %541 = load i32, ptr %540, align 8, !tbaa !48
  %542 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %543 = zext i32 %541 to i64
  br label %544

544:                                              ; preds = %556, %535
  %545 = phi i64 [ %546, %556 ], [ %543, %535 ]
  %546 = add nsw i64 %545, -1
  %547 = trunc i64 %545 to i32
  %548 = icmp sgt i32 %547, 0
  br i1 %548, label %549, label %554

549:                                              ; preds = %544
  %550 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %546, i32 1
  %551 = load i32, ptr %550, align 8, !tbaa !120
  %552 = load i32, ptr %542, align 4, !tbaa !119
  %553 = icmp eq i32 %551, %552
  br i1 %553, label %556, label %554

554:                                              ; preds = %549, %544
  %555 = icmp sgt i32 %541, 255
  br i1 %555, label %562, label %563

556:                                              ; preds = %549
  %557 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %546
  %558 = load ptr, ptr %557, align 8, !tbaa !49
  %559 = icmp eq ptr %558, %537
  br i1 %559, label %560, label %544, !llvm.loop !121

560:                                              ; preds = %556
  %561 = getelementptr inbounds %struct.string, ptr %537, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %539, ptr noundef nonnull @.str.110, ptr noundef nonnull %561) #29
  unreachable

562:                                              ; preds = %554
  tail call void (i32, ptr, ...) @fail(i32 noundef %539, ptr noundef nonnull @.str.111) #29
  unreachable

563:                                              ; preds = %554
  %564 = sext i32 %541 to i64
  %565 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %564
  store ptr %537, ptr %565, align 8, !tbaa !49
  %566 = load i32, ptr %542, align 4, !tbaa !119
  %567 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %564, i32 1
  store i32 %566, ptr %567, align 8, !tbaa !120
  %568 = add nsw i32 %541, 1
  store i32 %568, ptr %540, align 8, !tbaa !48
  br label %148

569:                                              ; preds = %2
  %570 = load ptr, ptr @arena, align 8, !tbaa !4
  %571 = icmp eq ptr %570, null
  br i1 %571, label %579, label %572

572:                                              ; preds = %569
  %573 = getelementptr inbounds %struct.arena_block, ptr %570, i64 0, i32 1
  %574 = load i64, ptr %573, align 8, !tbaa !21
  %575 = add i64 %574, 64
  %576 = getelementptr inbounds %struct.arena_block, ptr %570, i64 0, i32 2
  %577 = load i64, ptr %576, align 16, !tbaa !21
  %578 = icmp ugt i64 %575, %577
  br i1 %578, label %579, label %588

579:                                              ; preds = %572, %569
  %580 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %581 = icmp eq ptr %580, null
  br i1 %581, label %582, label %585

582:                                              ; preds = %579
  %583 = load ptr, ptr @stderr, align 8, !tbaa !4
  %584 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %583) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

585:                                              ; preds = %579
  store ptr %570, ptr %580, align 16, !tbaa !4
  %586 = getelementptr inbounds %struct.arena_block, ptr %580, i64 0, i32 1
  store i64 0, ptr %586, align 8, !tbaa !21
  %587 = getelementptr inbounds %struct.arena_block, ptr %580, i64 0, i32 2
  store i64 65536, ptr %587, align 16, !tbaa !21
  store ptr %580, ptr @arena, align 8, !tbaa !4
  br label %588

588:                                              ; preds = %572, %585
  %589 = load ptr, ptr @arena, align 8, !tbaa !4
  %590 = getelementptr inbounds %struct.arena_block, ptr %589, i64 0, i32 4
  %591 = getelementptr inbounds %struct.arena_block, ptr %589, i64 0, i32 1
  %592 = load i64, ptr %591, align 8, !tbaa !21
  %593 = getelementptr inbounds i8, ptr %590, i64 %592
  %594 = add i64 %592, 64
  store i64 %594, ptr %591, align 8, !tbaa !21
  %595 = load i64, ptr @arena_total, align 8, !tbaa !21
  %596 = add i64 %595, 64
  store i64 %596, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %593, i8 0, i64 64, i1 false)
  %597 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %598 = load ptr, ptr %597, align 8, !tbaa !111
  store ptr %598, ptr %593, align 8, !tbaa !42
  %599 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 10
  %600 = load i32, ptr %599, align 8, !tbaa !40
  %601 = getelementptr inbounds %struct.function, ptr %593, i64 0, i32 1
  store i32 %600, ptr %601, align 8, !tbaa !94
  %602 = icmp eq ptr %589, null
  br i1 %602, label %609, label %603

603:                                              ; preds = %588
  %604 = load i64, ptr %591, align 8, !tbaa !21
  %605 = add i64 %604, 4128
  %606 = getelementptr inbounds %struct.arena_block, ptr %589, i64 0, i32 2
  %607 = load i64, ptr %606, align 16, !tbaa !21
  %608 = icmp ugt i64 %605, %607
  br i1 %608, label %609, label %618

609:                                              ; preds = %603, %588
  %610 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %611 = icmp eq ptr %610, null
  br i1 %611, label %612, label %615

612:                                              ; preds = %609
  %613 = load ptr, ptr @stderr, align 8, !tbaa !4
  %614 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %613) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

615:                                              ; preds = %609
  store ptr %589, ptr %610, align 16, !tbaa !4
  %616 = getelementptr inbounds %struct.arena_block, ptr %610, i64 0, i32 1
  store i64 0, ptr %616, align 8, !tbaa !21
  %617 = getelementptr inbounds %struct.arena_block, ptr %610, i64 0, i32 2
  store i64 65536, ptr %617, align 16, !tbaa !21
  store ptr %610, ptr @arena, align 8, !tbaa !4
  br label %618

618:                                              ; preds = %603, %615
  %619 = load ptr, ptr @arena, align 8, !tbaa !4
  %620 = getelementptr inbounds %struct.arena_block, ptr %619, i64 0, i32 4
  %621 = getelementptr inbounds %struct.arena_block, ptr %619, i64 0, i32 1
  %622 = load i64, ptr %621, align 8, !tbaa !21
  %623 = getelementptr inbounds i8, ptr %620, i64 %622
  %624 = add i64 %622, 4128
  store i64 %624, ptr %621, align 8, !tbaa !21
  %625 = add i64 %595, 4192
  store i64 %625, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(4128) %623, i8 0, i64 4128, i1 false)
  store ptr %593, ptr %623, align 8, !tbaa !45
  %626 = getelementptr inbounds %struct.compiler, ptr %623, i64 0, i32 3
  store i32 1, ptr %626, align 4, !tbaa !119
  %627 = load ptr, ptr %593, align 8, !tbaa !42
  %628 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %629 = load i32, ptr %628, align 4, !tbaa !35
  %630 = getelementptr inbounds %struct.compiler, ptr %623, i64 0, i32 2
  %631 = load i32, ptr %630, align 8, !tbaa !48
  %632 = zext i32 %631 to i64
  br label %633

633:                                              ; preds = %644, %618
  %634 = phi i64 [ %635, %644 ], [ %632, %618 ]
  %635 = add nsw i64 %634, -1
  %636 = trunc i64 %634 to i32
  %637 = icmp sgt i32 %636, 0
  br i1 %637, label %638, label %642

638:                                              ; preds = %633
  %639 = getelementptr inbounds %struct.compiler, ptr %623, i64 0, i32 1, i64 %635, i32 1
  %640 = load i32, ptr %639, align 8, !tbaa !120
  %641 = icmp eq i32 %640, 1
  br i1 %641, label %644, label %642

642:                                              ; preds = %638, %633
  %643 = icmp sgt i32 %631, 255
  br i1 %643, label %650, label %651

644:                                              ; preds = %638
  %645 = getelementptr inbounds %struct.compiler, ptr %623, i64 0, i32 1, i64 %635
  %646 = load ptr, ptr %645, align 8, !tbaa !49
  %647 = icmp eq ptr %646, %627
  br i1 %647, label %648, label %633, !llvm.loop !121

648:                                              ; preds = %644
  %649 = getelementptr inbounds %struct.string, ptr %627, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %629, ptr noundef nonnull @.str.110, ptr noundef nonnull %649) #29
  unreachable

650:                                              ; preds = %642
  tail call void (i32, ptr, ...) @fail(i32 noundef %629, ptr noundef nonnull @.str.111) #29
  unreachable

651:                                              ; preds = %642
  %652 = sext i32 %631 to i64
  %653 = getelementptr inbounds %struct.compiler, ptr %623, i64 0, i32 1, i64 %652
  store ptr %627, ptr %653, align 8, !tbaa !49
  %654 = getelementptr inbounds %struct.compiler, ptr %623, i64 0, i32 1, i64 %652, i32 1
  store i32 1, ptr %654, align 8, !tbaa !120
  %655 = add nsw i32 %631, 1
  store i32 %655, ptr %630, align 8, !tbaa !48
  %656 = load i32, ptr %599, align 8, !tbaa !40
  %657 = icmp sgt i32 %656, 0
  br i1 %657, label %658, label %702

658:                                              ; preds = %651
  %659 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 9
  %660 = load ptr, ptr %659, align 8, !tbaa !39
  %661 = load i32, ptr %630, align 8, !tbaa !48
  %662 = sext i32 %661 to i64
  %663 = tail call i32 @llvm.smax.i32(i32 %661, i32 256)
  %664 = sub i32 %663, %661
  %665 = zext i32 %664 to i64
  %666 = zext i32 %656 to i64
  br label %667

667:                                              ; preds = %658, %695
  %668 = phi i64 [ 0, %658 ], [ %700, %695 ]
  %669 = phi i64 [ %662, %658 ], [ %698, %695 ]
  %670 = getelementptr inbounds ptr, ptr %660, i64 %668
  %671 = load ptr, ptr %670, align 8, !tbaa !4
  %672 = getelementptr inbounds %struct.node, ptr %671, i64 0, i32 5
  %673 = load ptr, ptr %672, align 8, !tbaa !111
  %674 = getelementptr inbounds %struct.node, ptr %671, i64 0, i32 1
  %675 = load i32, ptr %674, align 4, !tbaa !35
  %676 = and i64 %669, 4294967295
  br label %677

677:                                              ; preds = %688, %667
  %678 = phi i64 [ %679, %688 ], [ %676, %667 ]
  %679 = add nsw i64 %678, -1
  %680 = trunc i64 %678 to i32
  %681 = icmp sgt i32 %680, 0
  br i1 %681, label %682, label %686

682:                                              ; preds = %677
  %683 = getelementptr inbounds %struct.compiler, ptr %623, i64 0, i32 1, i64 %679, i32 1
  %684 = load i32, ptr %683, align 8, !tbaa !120
  %685 = icmp eq i32 %684, 1
  br i1 %685, label %688, label %686

686:                                              ; preds = %682, %677
  %687 = icmp eq i64 %668, %665
  br i1 %687, label %694, label %695

688:                                              ; preds = %682
  %689 = getelementptr inbounds %struct.compiler, ptr %623, i64 0, i32 1, i64 %679
  %690 = load ptr, ptr %689, align 8, !tbaa !49
  %691 = icmp eq ptr %690, %673
  br i1 %691, label %692, label %677, !llvm.loop !121

692:                                              ; preds = %688
  %693 = getelementptr inbounds %struct.string, ptr %673, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %675, ptr noundef nonnull @.str.110, ptr noundef nonnull %693) #29
  unreachable

694:                                              ; preds = %686
  tail call void (i32, ptr, ...) @fail(i32 noundef %675, ptr noundef nonnull @.str.111) #29
  unreachable

695:                                              ; preds = %686
  %696 = getelementptr inbounds %struct.compiler, ptr %623, i64 0, i32 1, i64 %669
  store ptr %673, ptr %696, align 8, !tbaa !49
  %697 = getelementptr inbounds %struct.compiler, ptr %623, i64 0, i32 1, i64 %669, i32 1
  store i32 1, ptr %697, align 8, !tbaa !120
  %698 = add nsw i64 %669, 1
  %699 = trunc i64 %698 to i32
  store i32 %699, ptr %630, align 8, !tbaa !48
  %700 = add nuw nsw i64 %668, 1
  %701 = icmp eq i64 %700, %666
  br i1 %701, label %702, label %667, !llvm.loop !122

702:                                              ; preds = %695, %651
  %703 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %704 = load ptr, ptr %703, align 8, !tbaa !113
  tail call fastcc void @compile_node(ptr noundef nonnull %623, ptr noundef %704)
  %705 = load i32, ptr %628, align 4, !tbaa !35
  %706 = load ptr, ptr %623, align 8, !tbaa !45
  %707 = getelementptr inbounds %struct.function, ptr %706, i64 0, i32 2
  %708 = load ptr, ptr %707, align 8, !tbaa !52
  %709 = getelementptr inbounds %struct.function, ptr %706, i64 0, i32 2, i32 3
  %710 = getelementptr inbounds %struct.function, ptr %706, i64 0, i32 2, i32 2
  %711 = load i32, ptr %710, align 8, !tbaa !53
  %712 = add nsw i32 %711, 1
  %713 = tail call fastcc ptr @grow(ptr noundef %708, ptr noundef nonnull %709, i32 noundef %712, i64 noundef 1)
  store ptr %713, ptr %707, align 8, !tbaa !52
  %714 = getelementptr inbounds %struct.function, ptr %706, i64 0, i32 2, i32 1
  %715 = load ptr, ptr %714, align 8, !tbaa !54
  %716 = getelementptr inbounds %struct.function, ptr %706, i64 0, i32 2, i32 4
  %717 = load i32, ptr %710, align 8, !tbaa !53
  %718 = add nsw i32 %717, 1
  %719 = tail call fastcc ptr @grow(ptr noundef %715, ptr noundef nonnull %716, i32 noundef %718, i64 noundef 4)
  store ptr %719, ptr %714, align 8, !tbaa !54
  %720 = load ptr, ptr %707, align 8, !tbaa !52
  %721 = load i32, ptr %710, align 8, !tbaa !53
  %722 = sext i32 %721 to i64
  %723 = getelementptr inbounds i8, ptr %720, i64 %722
  store i8 1, ptr %723, align 1, !tbaa !55
  %724 = load ptr, ptr %714, align 8, !tbaa !54
  %725 = load i32, ptr %710, align 8, !tbaa !53
  %726 = add nsw i32 %725, 1
  store i32 %726, ptr %710, align 8, !tbaa !53
  %727 = sext i32 %725 to i64
  %728 = getelementptr inbounds i32, ptr %724, i64 %727
  store i32 %705, ptr %728, align 4, !tbaa !23
  %729 = load i32, ptr %628, align 4, !tbaa !35
  %730 = load ptr, ptr %623, align 8, !tbaa !45
  %731 = getelementptr inbounds %struct.function, ptr %730, i64 0, i32 2
  %732 = load ptr, ptr %731, align 8, !tbaa !52
  %733 = getelementptr inbounds %struct.function, ptr %730, i64 0, i32 2, i32 3
  %734 = getelementptr inbounds %struct.function, ptr %730, i64 0, i32 2, i32 2
  %735 = load i32, ptr %734, align 8, !tbaa !53
  %736 = add nsw i32 %735, 1
  %737 = tail call fastcc ptr @grow(ptr noundef %732, ptr noundef nonnull %733, i32 noundef %736, i64 noundef 1)
  store ptr %737, ptr %731, align 8, !tbaa !52
  %738 = getelementptr inbounds %struct.function, ptr %730, i64 0, i32 2, i32 1
  %739 = load ptr, ptr %738, align 8, !tbaa !54
  %740 = getelementptr inbounds %struct.function, ptr %730, i64 0, i32 2, i32 4
  %741 = load i32, ptr %734, align 8, !tbaa !53
  %742 = add nsw i32 %741, 1
  %743 = tail call fastcc ptr @grow(ptr noundef %739, ptr noundef nonnull %740, i32 noundef %742, i64 noundef 4)
  store ptr %743, ptr %738, align 8, !tbaa !54
  %744 = load ptr, ptr %731, align 8, !tbaa !52
  %745 = load i32, ptr %734, align 8, !tbaa !53
  %746 = sext i32 %745 to i64
  %747 = getelementptr inbounds i8, ptr %744, i64 %746
  store i8 29, ptr %747, align 1, !tbaa !55
  %748 = load ptr, ptr %738, align 8, !tbaa !54
  %749 = load i32, ptr %734, align 8, !tbaa !53
  %750 = add nsw i32 %749, 1
  store i32 %750, ptr %734, align 8, !tbaa !53
  %751 = sext i32 %749 to i64
  %752 = getelementptr inbounds i32, ptr %748, i64 %751
  store i32 %729, ptr %752, align 4, !tbaa !23
  %753 = ptrtoint ptr %593 to i64
  %754 = load ptr, ptr %0, align 8, !tbaa !45
  %755 = getelementptr inbounds %struct.function, ptr %754, i64 0, i32 2
  %756 = load i32, ptr %628, align 4, !tbaa !35
  %757 = tail call fastcc i32 @add_constant(ptr noundef nonnull %755, i32 6, i64 %753, i32 noundef %756)
  %758 = load i32, ptr %628, align 4, !tbaa !35
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 0, i32 noundef %757, i32 noundef %758)
  %759 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 4
  %760 = load i32, ptr %759, align 8, !tbaa !47
  %761 = icmp eq i32 %760, 0
  br i1 %761, label %774, label %762

762:                                              ; preds = %702
  %763 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %764 = load i32, ptr %763, align 4, !tbaa !119
  %765 = icmp eq i32 %764, 0
  br i1 %765, label %766, label %774

766:                                              ; preds = %762
  %767 = load ptr, ptr %597, align 8, !tbaa !111
  %768 = load i32, ptr %628, align 4, !tbaa !35
  %769 = load ptr, ptr %0, align 8, !tbaa !45
  %770 = getelementptr inbounds %struct.function, ptr %769, i64 0, i32 2
  %771 = ptrtoint ptr %767 to i64
  %772 = tail call fastcc i32 @add_constant(ptr noundef nonnull %770, i32 4, i64 %771, i32 noundef %768)
  %773 = load i32, ptr %628, align 4, !tbaa !35
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 9, i32 noundef %772, i32 noundef %773)
  br label %148

774:                                              ; preds = %762, %702
  %775 = load ptr, ptr %597, align 8, !tbaa !111
  %776 = load i32, ptr %628, align 4, !tbaa !35
  %777 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %778 = load i32, ptr %777, align 8, !tbaa !48
  %779 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %780 = zext i32 %778 to i64
  br label %781

781:                                              ; preds = %793, %774
  %782 = phi i64 [ %783, %793 ], [ %780, %774 ]
  %783 = add nsw i64 %782, -1
  %784 = trunc i64 %782 to i32
  %785 = icmp sgt i32 %784, 0
  br i1 %785, label %786, label %791

786:                                              ; preds = %781
  %787 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %783, i32 1
  %788 = load i32, ptr %787, align 8, !tbaa !120
  %789 = load i32, ptr %779, align 4, !tbaa !119
  %790 = icmp eq i32 %788, %789
  br i1 %790, label %793, label %791

791:                                              ; preds = %786, %781
  %792 = icmp sgt i32 %778, 255
  br i1 %792, label %799, label %800

793:                                              ; preds = %786
  %794 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %783
  %795 = load ptr, ptr %794, align 8, !tbaa !49
  %796 = icmp eq ptr %795, %775
  br i1 %796, label %797, label %781, !llvm.loop !121

797:                                              ; preds = %793
  %798 = getelementptr inbounds %struct.string, ptr %775, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %776, ptr noundef nonnull @.str.110, ptr noundef nonnull %798) #29
  unreachable

799:                                              ; preds = %791
  tail call void (i32, ptr, ...) @fail(i32 noundef %776, ptr noundef nonnull @.str.111) #29
  unreachable

800:                                              ; preds = %791
  %801 = sext i32 %778 to i64
  %802 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %801
  store ptr %775, ptr %802, align 8, !tbaa !49
  %803 = load i32, ptr %779, align 4, !tbaa !119
  %804 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %801, i32 1
  store i32 %803, ptr %804, align 8, !tbaa !120
  %805 = add nsw i32 %778, 1
  store i32 %805, ptr %777, align 8, !tbaa !48
  br label %148

806:                                              ; preds = %2
  %807 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %808 = load i32, ptr %807, align 4, !tbaa !119
  %809 = add nsw i32 %808, 1
  store i32 %809, ptr %807, align 4, !tbaa !119
  %810 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 10
  %811 = load i32, ptr %810, align 8, !tbaa !40
  %812 = icmp sgt i32 %811, 0
  br i1 %812, label %813, label %815

813:                                              ; preds = %806
  %814 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 9
  br label %861

815:                                              ; preds = %861, %806
  %816 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %817 = load i32, ptr %816, align 4, !tbaa !35
  %818 = load i32, ptr %807, align 4, !tbaa !119
  %819 = add nsw i32 %818, -1
  store i32 %819, ptr %807, align 4, !tbaa !119
  %820 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %821 = load i32, ptr %820, align 8, !tbaa !48
  %822 = icmp sgt i32 %821, 0
  br i1 %822, label %823, label %859

823:                                              ; preds = %815
  %824 = zext i32 %821 to i64
  br label %825

825:                                              ; preds = %832, %823
  %826 = phi i64 [ %824, %823 ], [ %827, %832 ]
  %827 = add nsw i64 %826, -1
  %828 = and i64 %827, 4294967295
  %829 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %828, i32 1
  %830 = load i32, ptr %829, align 8, !tbaa !120
  %831 = icmp slt i32 %830, %818
  br i1 %831, label %857, label %832

832:                                              ; preds = %825
  %833 = load ptr, ptr %0, align 8, !tbaa !45
  %834 = getelementptr inbounds %struct.function, ptr %833, i64 0, i32 2
  %835 = load ptr, ptr %834, align 8, !tbaa !52
  %836 = getelementptr inbounds %struct.function, ptr %833, i64 0, i32 2, i32 3
  %837 = getelementptr inbounds %struct.function, ptr %833, i64 0, i32 2, i32 2
  %838 = load i32, ptr %837, align 8, !tbaa !53
  %839 = add nsw i32 %838, 1
  %840 = tail call fastcc ptr @grow(ptr noundef %835, ptr noundef nonnull %836, i32 noundef %839, i64 noundef 1)
  store ptr %840, ptr %834, align 8, !tbaa !52
  %841 = getelementptr inbounds %struct.function, ptr %833, i64 0, i32 2, i32 1
  %842 = load ptr, ptr %841, align 8, !tbaa !54
  %843 = getelementptr inbounds %struct.function, ptr %833, i64 0, i32 2, i32 4
  %844 = load i32, ptr %837, align 8, !tbaa !53
  %845 = add nsw i32 %844, 1
  %846 = tail call fastcc ptr @grow(ptr noundef %842, ptr noundef nonnull %843, i32 noundef %845, i64 noundef 4)
  store ptr %846, ptr %841, align 8, !tbaa !54
  %847 = load ptr, ptr %834, align 8, !tbaa !52
  %848 = load i32, ptr %837, align 8, !tbaa !53
  %849 = sext i32 %848 to i64
  %850 = getelementptr inbounds i8, ptr %847, i64 %849
  store i8 4, ptr %850, align 1, !tbaa !55
  %851 = load ptr, ptr %841, align 8, !tbaa !54
  %852 = load i32, ptr %837, align 8, !tbaa !53
  %853 = add nsw i32 %852, 1
  store i32 %853, ptr %837, align 8, !tbaa !53
  %854 = sext i32 %852 to i64
  %855 = getelementptr inbounds i32, ptr %851, i64 %854
  store i32 %817, ptr %855, align 4, !tbaa !23
  %856 = icmp sgt i64 %826, 1
  br i1 %856, label %825, label %859, !llvm.loop !123

857:                                              ; preds = %825
  %858 = trunc i64 %826 to i32
  br label %859

859:                                              ; preds = %832, %815, %857
  %860 = phi i32 [ %821, %815 ], [ %858, %857 ], [ 0, %832 ]
  store i32 %860, ptr %820, align 8, !tbaa !48
  br label %148

861:                                              ; preds = %813, %861
  %862 = phi i64 [ 0, %813 ], [ %866, %861 ]
  %863 = load ptr, ptr %814, align 8, !tbaa !39
  %864 = getelementptr inbounds ptr, ptr %863, i64 %862
  %865 = load ptr, ptr %864, align 8, !tbaa !4
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %865)
  %866 = add nuw nsw i64 %862, 1
  %867 = load i32, ptr %810, align 8, !tbaa !40
  %868 = sext i32 %867 to i64
  %869 = icmp slt i64 %866, %868
  br i1 %869, label %861, label %815, !llvm.loop !124

870:                                              ; preds = %2
  %871 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %872 = load ptr, ptr %871, align 8, !tbaa !113
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %872)
  %873 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %874 = load i32, ptr %873, align 4, !tbaa !35
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 24, i32 noundef 65535, i32 noundef %874)
  %875 = load ptr, ptr %0, align 8, !tbaa !45
  %876 = getelementptr inbounds %struct.function, ptr %875, i64 0, i32 2, i32 2
  %877 = load i32, ptr %876, align 8, !tbaa !53
  %878 = add nsw i32 %877, -2
  %879 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %880 = load ptr, ptr %879, align 8, !tbaa !115
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %880)
  %881 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 8
  %882 = load ptr, ptr %881, align 8, !tbaa !118
  %883 = icmp eq ptr %882, null
  br i1 %883, label %928, label %884

884:                                              ; preds = %870
  %885 = load i32, ptr %873, align 4, !tbaa !35
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 23, i32 noundef 65535, i32 noundef %885)
  %886 = load ptr, ptr %0, align 8, !tbaa !45
  %887 = getelementptr inbounds %struct.function, ptr %886, i64 0, i32 2, i32 2
  %888 = load i32, ptr %887, align 8, !tbaa !53
  %889 = add nsw i32 %888, -2
  %890 = sub i32 %888, %877
  %891 = icmp sgt i32 %890, 65535
  br i1 %891, label %892, label %893

892:                                              ; preds = %884
  tail call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

893:                                              ; preds = %884
  %894 = getelementptr inbounds %struct.function, ptr %886, i64 0, i32 2
  %895 = lshr i32 %890, 8
  %896 = trunc i32 %895 to i8
  %897 = load ptr, ptr %894, align 8, !tbaa !52
  %898 = sext i32 %878 to i64
  %899 = getelementptr inbounds i8, ptr %897, i64 %898
  store i8 %896, ptr %899, align 1, !tbaa !55
  %900 = trunc i32 %890 to i8
  %901 = load ptr, ptr %0, align 8, !tbaa !45
  %902 = getelementptr inbounds %struct.function, ptr %901, i64 0, i32 2
  %903 = load ptr, ptr %902, align 8, !tbaa !52
  %904 = add nsw i32 %877, -1
  %905 = sext i32 %904 to i64
  %906 = getelementptr inbounds i8, ptr %903, i64 %905
  store i8 %900, ptr %906, align 1, !tbaa !55
  %907 = load ptr, ptr %881, align 8, !tbaa !118
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %907)
  %908 = load ptr, ptr %0, align 8, !tbaa !45
  %909 = getelementptr inbounds %struct.function, ptr %908, i64 0, i32 2, i32 2
  %910 = load i32, ptr %909, align 8, !tbaa !53
  %911 = sub i32 %910, %888
  %912 = icmp sgt i32 %911, 65535
  br i1 %912, label %913, label %914

913:                                              ; preds = %893
  tail call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

914:                                              ; preds = %893
  %915 = getelementptr inbounds %struct.function, ptr %908, i64 0, i32 2
  %916 = lshr i32 %911, 8
  %917 = trunc i32 %916 to i8
  %918 = load ptr, ptr %915, align 8, !tbaa !52
  %919 = sext i32 %889 to i64
  %920 = getelementptr inbounds i8, ptr %918, i64 %919
  store i8 %917, ptr %920, align 1, !tbaa !55
  %921 = trunc i32 %911 to i8
  %922 = load ptr, ptr %0, align 8, !tbaa !45
  %923 = getelementptr inbounds %struct.function, ptr %922, i64 0, i32 2
  %924 = load ptr, ptr %923, align 8, !tbaa !52
  %925 = add nsw i32 %888, -1
  %926 = sext i32 %925 to i64
  %927 = getelementptr inbounds i8, ptr %924, i64 %926
  store i8 %921, ptr %927, align 1, !tbaa !55
  br label %148

928:                                              ; preds = %870
  tail call fastcc void @patch_jump(ptr noundef %0, i32 noundef %878)
  br label %148

929:                                              ; preds = %2
  call void @llvm.lifetime.start.p0(i64 536, ptr nonnull %4) #24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(536) %4, i8 0, i64 536, i1 false)
  %930 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 5
  %931 = load ptr, ptr %930, align 8, !tbaa !125
  store ptr %931, ptr %4, align 8, !tbaa !126
  %932 = getelementptr inbounds %struct.loop, ptr %4, i64 0, i32 1
  %933 = load ptr, ptr %0, align 8, !tbaa !45
  %934 = getelementptr inbounds %struct.function, ptr %933, i64 0, i32 2, i32 2
  %935 = load i32, ptr %934, align 8, !tbaa !53
  store i32 %935, ptr %932, align 8, !tbaa !128
  %936 = getelementptr inbounds %struct.loop, ptr %4, i64 0, i32 6
  %937 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %938 = load i32, ptr %937, align 4, !tbaa !119
  store i32 %938, ptr %936, align 4, !tbaa !129
  store ptr %4, ptr %930, align 8, !tbaa !125
  %939 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %940 = load ptr, ptr %939, align 8, !tbaa !113
  call fastcc void @compile_node(ptr noundef %0, ptr noundef %940)
  %941 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %942 = load i32, ptr %941, align 4, !tbaa !35
  call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 24, i32 noundef 65535, i32 noundef %942)
  %943 = load ptr, ptr %0, align 8, !tbaa !45
  %944 = getelementptr inbounds %struct.function, ptr %943, i64 0, i32 2, i32 2
  %945 = load i32, ptr %944, align 8, !tbaa !53
  %946 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %947 = load ptr, ptr %946, align 8, !tbaa !115
  call fastcc void @compile_node(ptr noundef %0, ptr noundef %947)
  %948 = load i32, ptr %932, align 8, !tbaa !128
  %949 = load i32, ptr %941, align 4, !tbaa !35
  call fastcc void @emit_loop(ptr noundef %0, i32 noundef %948, i32 noundef %949)
  %950 = load ptr, ptr %0, align 8, !tbaa !45
  %951 = getelementptr inbounds %struct.function, ptr %950, i64 0, i32 2, i32 2
  %952 = load i32, ptr %951, align 8, !tbaa !53
  %953 = sub i32 %952, %945
  %954 = icmp sgt i32 %953, 65535
  br i1 %954, label %955, label %956

955:                                              ; preds = %929
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

956:                                              ; preds = %929
  %957 = add nsw i32 %945, -2
  %958 = getelementptr inbounds %struct.function, ptr %950, i64 0, i32 2
  %959 = lshr i32 %953, 8
  %960 = trunc i32 %959 to i8
  %961 = load ptr, ptr %958, align 8, !tbaa !52
  %962 = sext i32 %957 to i64
  %963 = getelementptr inbounds i8, ptr %961, i64 %962
  store i8 %960, ptr %963, align 1, !tbaa !55
  %964 = trunc i32 %953 to i8
  %965 = load ptr, ptr %0, align 8, !tbaa !45
  %966 = getelementptr inbounds %struct.function, ptr %965, i64 0, i32 2
  %967 = load ptr, ptr %966, align 8, !tbaa !52
  %968 = add nsw i32 %945, -1
  %969 = sext i32 %968 to i64
  %970 = getelementptr inbounds i8, ptr %967, i64 %969
  store i8 %964, ptr %970, align 1, !tbaa !55
  %971 = getelementptr inbounds %struct.loop, ptr %4, i64 0, i32 5
  %972 = load i32, ptr %971, align 8, !tbaa !130
  %973 = icmp sgt i32 %972, 0
  br i1 %973, label %974, label %1003

974:                                              ; preds = %956, %985
  %975 = phi i64 [ %999, %985 ], [ 0, %956 ]
  %976 = getelementptr inbounds %struct.loop, ptr %4, i64 0, i32 4, i64 %975
  %977 = load i32, ptr %976, align 4, !tbaa !23
  %978 = load ptr, ptr %0, align 8, !tbaa !45
  %979 = getelementptr inbounds %struct.function, ptr %978, i64 0, i32 2, i32 2
  %980 = load i32, ptr %979, align 8, !tbaa !53
  %981 = sub i32 -2, %977
  %982 = add i32 %980, %981
  %983 = icmp sgt i32 %982, 65535
  br i1 %983, label %984, label %985

984:                                              ; preds = %974
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

985:                                              ; preds = %974
  %986 = getelementptr inbounds %struct.function, ptr %978, i64 0, i32 2
  %987 = lshr i32 %982, 8
  %988 = trunc i32 %987 to i8
  %989 = load ptr, ptr %986, align 8, !tbaa !52
  %990 = sext i32 %977 to i64
  %991 = getelementptr inbounds i8, ptr %989, i64 %990
  store i8 %988, ptr %991, align 1, !tbaa !55
  %992 = trunc i32 %982 to i8
  %993 = load ptr, ptr %0, align 8, !tbaa !45
  %994 = getelementptr inbounds %struct.function, ptr %993, i64 0, i32 2
  %995 = load ptr, ptr %994, align 8, !tbaa !52
  %996 = add nsw i32 %977, 1
  %997 = sext i32 %996 to i64
  %998 = getelementptr inbounds i8, ptr %995, i64 %997
  store i8 %992, ptr %998, align 1, !tbaa !55
  %999 = add nuw nsw i64 %975, 1
  %1000 = load i32, ptr %971, align 8, !tbaa !130
  %1001 = sext i32 %1000 to i64
  %1002 = icmp slt i64 %999, %1001
  br i1 %1002, label %974, label %1003, !llvm.loop !131

1003:                                             ; preds = %985, %956
  %1004 = load ptr, ptr %4, align 8, !tbaa !126
  store ptr %1004, ptr %930, align 8, !tbaa !125
  call void @llvm.lifetime.end.p0(i64 536, ptr nonnull %4) #24
  br label %148

1005:                                             ; preds = %2
  %1006 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %1007 = load i32, ptr %1006, align 4, !tbaa !119
  %1008 = add nsw i32 %1007, 1
  store i32 %1008, ptr %1006, align 4, !tbaa !119
  %1009 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %1010 = load ptr, ptr %1009, align 8, !tbaa !113
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %1010)
  %1011 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %1012 = load ptr, ptr %1011, align 8, !tbaa !111
  %1013 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1014 = load i32, ptr %1013, align 4, !tbaa !35
  %1015 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %1016 = load i32, ptr %1015, align 8, !tbaa !48
  %1017 = zext i32 %1016 to i64
  br label %1018

1018:                                             ; preds = %1030, %1005
  %1019 = phi i64 [ %1020, %1030 ], [ %1017, %1005 ]
  %1020 = add nsw i64 %1019, -1
  %1021 = trunc i64 %1019 to i32
  %1022 = icmp sgt i32 %1021, 0
  br i1 %1022, label %1023, label %1028

1023:                                             ; preds = %1018
  %1024 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1020, i32 1
  %1025 = load i32, ptr %1024, align 8, !tbaa !120
  %1026 = load i32, ptr %1006, align 4, !tbaa !119
  %1027 = icmp eq i32 %1025, %1026
  br i1 %1027, label %1030, label %1028

1028:                                             ; preds = %1023, %1018
  %1029 = icmp sgt i32 %1016, 255
  br i1 %1029, label %1036, label %1037

1030:                                             ; preds = %1023
  %1031 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1020
  %1032 = load ptr, ptr %1031, align 8, !tbaa !49
  %1033 = icmp eq ptr %1032, %1012
  br i1 %1033, label %1034, label %1018, !llvm.loop !121

1034:                                             ; preds = %1030
  %1035 = getelementptr inbounds %struct.string, ptr %1012, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %1014, ptr noundef nonnull @.str.110, ptr noundef nonnull %1035) #29
  unreachable

1036:                                             ; preds = %1028
  tail call void (i32, ptr, ...) @fail(i32 noundef %1014, ptr noundef nonnull @.str.111) #29
  unreachable

1037:                                             ; preds = %1028
  %1038 = sext i32 %1016 to i64
  %1039 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1038
  store ptr %1012, ptr %1039, align 8, !tbaa !49
  %1040 = load i32, ptr %1006, align 4, !tbaa !119
  %1041 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1038, i32 1
  store i32 %1040, ptr %1041, align 8, !tbaa !120
  %1042 = add nsw i32 %1016, 1
  store i32 %1042, ptr %1015, align 8, !tbaa !48
  %1043 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %1044 = load ptr, ptr %1043, align 8, !tbaa !115
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %1044)
  %1045 = tail call fastcc ptr @intern(ptr noundef nonnull @.str.113, i32 noundef 6)
  %1046 = load i32, ptr %1013, align 4, !tbaa !35
  %1047 = load i32, ptr %1015, align 8, !tbaa !48
  %1048 = zext i32 %1047 to i64
  br label %1049

1049:                                             ; preds = %1061, %1037
  %1050 = phi i64 [ %1051, %1061 ], [ %1048, %1037 ]
  %1051 = add nsw i64 %1050, -1
  %1052 = trunc i64 %1050 to i32
  %1053 = icmp sgt i32 %1052, 0
  br i1 %1053, label %1054, label %1059

1054:                                             ; preds = %1049
  %1055 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1051, i32 1
  %1056 = load i32, ptr %1055, align 8, !tbaa !120
  %1057 = load i32, ptr %1006, align 4, !tbaa !119
  %1058 = icmp eq i32 %1056, %1057
  br i1 %1058, label %1061, label %1059

1059:                                             ; preds = %1054, %1049
  %1060 = icmp sgt i32 %1047, 255
  br i1 %1060, label %1067, label %1068

1061:                                             ; preds = %1054
  %1062 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1051
  %1063 = load ptr, ptr %1062, align 8, !tbaa !49
  %1064 = icmp eq ptr %1063, %1045
  br i1 %1064, label %1065, label %1049, !llvm.loop !121

1065:                                             ; preds = %1061
  %1066 = getelementptr inbounds %struct.string, ptr %1045, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %1046, ptr noundef nonnull @.str.110, ptr noundef nonnull %1066) #29
  unreachable

1067:                                             ; preds = %1059
  tail call void (i32, ptr, ...) @fail(i32 noundef %1046, ptr noundef nonnull @.str.111) #29
  unreachable

1068:                                             ; preds = %1059
  %1069 = sext i32 %1047 to i64
  %1070 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1069
  store ptr %1045, ptr %1070, align 8, !tbaa !49
  %1071 = load i32, ptr %1006, align 4, !tbaa !119
  %1072 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1069, i32 1
  store i32 %1071, ptr %1072, align 8, !tbaa !120
  %1073 = add nsw i32 %1047, 1
  store i32 %1073, ptr %1015, align 8, !tbaa !48
  call void @llvm.lifetime.start.p0(i64 536, ptr nonnull %3) #24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(536) %3, i8 0, i64 536, i1 false)
  %1074 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 5
  %1075 = load ptr, ptr %1074, align 8, !tbaa !125
  store ptr %1075, ptr %3, align 8, !tbaa !126
  %1076 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 1
  store i32 -1, ptr %1076, align 8, !tbaa !128
  %1077 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 6
  store i32 %1071, ptr %1077, align 4, !tbaa !129
  store ptr %3, ptr %1074, align 8, !tbaa !125
  %1078 = load ptr, ptr %0, align 8, !tbaa !45
  %1079 = getelementptr inbounds %struct.function, ptr %1078, i64 0, i32 2, i32 2
  %1080 = load i32, ptr %1079, align 8, !tbaa !53
  call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 5, i32 noundef %1016, i32 noundef %1046)
  %1081 = load i32, ptr %1013, align 4, !tbaa !35
  call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 5, i32 noundef %1047, i32 noundef %1081)
  %1082 = load i32, ptr %1013, align 4, !tbaa !35
  %1083 = load ptr, ptr %0, align 8, !tbaa !45
  %1084 = getelementptr inbounds %struct.function, ptr %1083, i64 0, i32 2
  %1085 = load ptr, ptr %1084, align 8, !tbaa !52
  %1086 = getelementptr inbounds %struct.function, ptr %1083, i64 0, i32 2, i32 3
  %1087 = getelementptr inbounds %struct.function, ptr %1083, i64 0, i32 2, i32 2
  %1088 = load i32, ptr %1087, align 8, !tbaa !53
  %1089 = add nsw i32 %1088, 1
  %1090 = call fastcc ptr @grow(ptr noundef %1085, ptr noundef nonnull %1086, i32 noundef %1089, i64 noundef 1)
  store ptr %1090, ptr %1084, align 8, !tbaa !52
  %1091 = getelementptr inbounds %struct.function, ptr %1083, i64 0, i32 2, i32 1
  %1092 = load ptr, ptr %1091, align 8, !tbaa !54
  %1093 = getelementptr inbounds %struct.function, ptr %1083, i64 0, i32 2, i32 4
  %1094 = load i32, ptr %1087, align 8, !tbaa !53
  %1095 = add nsw i32 %1094, 1
  %1096 = call fastcc ptr @grow(ptr noundef %1092, ptr noundef nonnull %1093, i32 noundef %1095, i64 noundef 4)
  store ptr %1096, ptr %1091, align 8, !tbaa !54
  %1097 = load ptr, ptr %1084, align 8, !tbaa !52
  %1098 = load i32, ptr %1087, align 8, !tbaa !53
  %1099 = sext i32 %1098 to i64
  %1100 = getelementptr inbounds i8, ptr %1097, i64 %1099
  store i8 19, ptr %1100, align 1, !tbaa !55
  %1101 = load ptr, ptr %1091, align 8, !tbaa !54
  %1102 = load i32, ptr %1087, align 8, !tbaa !53
  %1103 = add nsw i32 %1102, 1
  store i32 %1103, ptr %1087, align 8, !tbaa !53
  %1104 = sext i32 %1102 to i64
  %1105 = getelementptr inbounds i32, ptr %1101, i64 %1104
  store i32 %1082, ptr %1105, align 4, !tbaa !23
  %1106 = load i32, ptr %1013, align 4, !tbaa !35
  call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 24, i32 noundef 65535, i32 noundef %1106)
  %1107 = load ptr, ptr %0, align 8, !tbaa !45
  %1108 = getelementptr inbounds %struct.function, ptr %1107, i64 0, i32 2, i32 2
  %1109 = load i32, ptr %1108, align 8, !tbaa !53
  %1110 = add nsw i32 %1109, -2
  %1111 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 8
  %1112 = load ptr, ptr %1111, align 8, !tbaa !118
  call fastcc void @compile_node(ptr noundef nonnull %0, ptr noundef %1112)
  %1113 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 3
  %1114 = load i32, ptr %1113, align 4, !tbaa !132
  %1115 = icmp sgt i32 %1114, 0
  br i1 %1115, label %1142, label %1116

1116:                                             ; preds = %1153, %1068
  %1117 = load i32, ptr %1013, align 4, !tbaa !35
  call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 33, i32 noundef %1016, i32 noundef %1117)
  %1118 = load i32, ptr %1013, align 4, !tbaa !35
  call fastcc void @emit_loop(ptr noundef nonnull %0, i32 noundef %1080, i32 noundef %1118)
  %1119 = load ptr, ptr %0, align 8, !tbaa !45
  %1120 = getelementptr inbounds %struct.function, ptr %1119, i64 0, i32 2, i32 2
  %1121 = load i32, ptr %1120, align 8, !tbaa !53
  %1122 = sub i32 %1121, %1109
  %1123 = icmp sgt i32 %1122, 65535
  br i1 %1123, label %1124, label %1125

1124:                                             ; preds = %1116
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1125:                                             ; preds = %1116
  %1126 = getelementptr inbounds %struct.function, ptr %1119, i64 0, i32 2
  %1127 = lshr i32 %1122, 8
  %1128 = trunc i32 %1127 to i8
  %1129 = load ptr, ptr %1126, align 8, !tbaa !52
  %1130 = sext i32 %1110 to i64
  %1131 = getelementptr inbounds i8, ptr %1129, i64 %1130
  store i8 %1128, ptr %1131, align 1, !tbaa !55
  %1132 = trunc i32 %1122 to i8
  %1133 = load ptr, ptr %0, align 8, !tbaa !45
  %1134 = getelementptr inbounds %struct.function, ptr %1133, i64 0, i32 2
  %1135 = load ptr, ptr %1134, align 8, !tbaa !52
  %1136 = add nsw i32 %1109, -1
  %1137 = sext i32 %1136 to i64
  %1138 = getelementptr inbounds i8, ptr %1135, i64 %1137
  store i8 %1132, ptr %1138, align 1, !tbaa !55
  %1139 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 5
  %1140 = load i32, ptr %1139, align 8, !tbaa !130
  %1141 = icmp sgt i32 %1140, 0
  br i1 %1141, label %1171, label %1200

1142:                                             ; preds = %1068, %1153
  %1143 = phi i64 [ %1167, %1153 ], [ 0, %1068 ]
  %1144 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 2, i64 %1143
  %1145 = load i32, ptr %1144, align 4, !tbaa !23
  %1146 = load ptr, ptr %0, align 8, !tbaa !45
  %1147 = getelementptr inbounds %struct.function, ptr %1146, i64 0, i32 2, i32 2
  %1148 = load i32, ptr %1147, align 8, !tbaa !53
  %1149 = sub i32 -2, %1145
  %1150 = add i32 %1148, %1149
  %1151 = icmp sgt i32 %1150, 65535
  br i1 %1151, label %1152, label %1153

1152:                                             ; preds = %1142
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1153:                                             ; preds = %1142
  %1154 = getelementptr inbounds %struct.function, ptr %1146, i64 0, i32 2
  %1155 = lshr i32 %1150, 8
  %1156 = trunc i32 %1155 to i8
  %1157 = load ptr, ptr %1154, align 8, !tbaa !52
  %1158 = sext i32 %1145 to i64
  %1159 = getelementptr inbounds i8, ptr %1157, i64 %1158
  store i8 %1156, ptr %1159, align 1, !tbaa !55
  %1160 = trunc i32 %1150 to i8
  %1161 = load ptr, ptr %0, align 8, !tbaa !45
  %1162 = getelementptr inbounds %struct.function, ptr %1161, i64 0, i32 2
  %1163 = load ptr, ptr %1162, align 8, !tbaa !52
  %1164 = add nsw i32 %1145, 1
  %1165 = sext i32 %1164 to i64
  %1166 = getelementptr inbounds i8, ptr %1163, i64 %1165
  store i8 %1160, ptr %1166, align 1, !tbaa !55
  %1167 = add nuw nsw i64 %1143, 1
  %1168 = load i32, ptr %1113, align 4, !tbaa !132
  %1169 = sext i32 %1168 to i64
  %1170 = icmp slt i64 %1167, %1169
  br i1 %1170, label %1142, label %1116, !llvm.loop !133

1171:                                             ; preds = %1125, %1182
  %1172 = phi i64 [ %1196, %1182 ], [ 0, %1125 ]
  %1173 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 4, i64 %1172
  %1174 = load i32, ptr %1173, align 4, !tbaa !23
  %1175 = load ptr, ptr %0, align 8, !tbaa !45
  %1176 = getelementptr inbounds %struct.function, ptr %1175, i64 0, i32 2, i32 2
  %1177 = load i32, ptr %1176, align 8, !tbaa !53
  %1178 = sub i32 -2, %1174
  %1179 = add i32 %1177, %1178
  %1180 = icmp sgt i32 %1179, 65535
  br i1 %1180, label %1181, label %1182

1181:                                             ; preds = %1171
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1182:                                             ; preds = %1171
  %1183 = getelementptr inbounds %struct.function, ptr %1175, i64 0, i32 2
  %1184 = lshr i32 %1179, 8
  %1185 = trunc i32 %1184 to i8
  %1186 = load ptr, ptr %1183, align 8, !tbaa !52
  %1187 = sext i32 %1174 to i64
  %1188 = getelementptr inbounds i8, ptr %1186, i64 %1187
  store i8 %1185, ptr %1188, align 1, !tbaa !55
  %1189 = trunc i32 %1179 to i8
  %1190 = load ptr, ptr %0, align 8, !tbaa !45
  %1191 = getelementptr inbounds %struct.function, ptr %1190, i64 0, i32 2
  %1192 = load ptr, ptr %1191, align 8, !tbaa !52
  %1193 = add nsw i32 %1174, 1
  %1194 = sext i32 %1193 to i64
  %1195 = getelementptr inbounds i8, ptr %1192, i64 %1194
  store i8 %1189, ptr %1195, align 1, !tbaa !55
  %1196 = add nuw nsw i64 %1172, 1
  %1197 = load i32, ptr %1139, align 8, !tbaa !130
  %1198 = sext i32 %1197 to i64
  %1199 = icmp slt i64 %1196, %1198
  br i1 %1199, label %1171, label %1200, !llvm.loop !134

1200:                                             ; preds = %1182, %1125
  %1201 = load ptr, ptr %3, align 8, !tbaa !126
  store ptr %1201, ptr %1074, align 8, !tbaa !125
  %1202 = load i32, ptr %1013, align 4, !tbaa !35
  %1203 = load i32, ptr %1006, align 4, !tbaa !119
  %1204 = add nsw i32 %1203, -1
  store i32 %1204, ptr %1006, align 4, !tbaa !119
  %1205 = load i32, ptr %1015, align 8, !tbaa !48
  %1206 = icmp sgt i32 %1205, 0
  br i1 %1206, label %1207, label %1243

1207:                                             ; preds = %1200
  %1208 = zext i32 %1205 to i64
  br label %1209

1209:                                             ; preds = %1216, %1207
  %1210 = phi i64 [ %1208, %1207 ], [ %1211, %1216 ]
  %1211 = add nsw i64 %1210, -1
  %1212 = and i64 %1211, 4294967295
  %1213 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1212, i32 1
  %1214 = load i32, ptr %1213, align 8, !tbaa !120
  %1215 = icmp slt i32 %1214, %1203
  br i1 %1215, label %1241, label %1216

1216:                                             ; preds = %1209
  %1217 = load ptr, ptr %0, align 8, !tbaa !45
  %1218 = getelementptr inbounds %struct.function, ptr %1217, i64 0, i32 2
  %1219 = load ptr, ptr %1218, align 8, !tbaa !52
  %1220 = getelementptr inbounds %struct.function, ptr %1217, i64 0, i32 2, i32 3
  %1221 = getelementptr inbounds %struct.function, ptr %1217, i64 0, i32 2, i32 2
  %1222 = load i32, ptr %1221, align 8, !tbaa !53
  %1223 = add nsw i32 %1222, 1
  %1224 = call fastcc ptr @grow(ptr noundef %1219, ptr noundef nonnull %1220, i32 noundef %1223, i64 noundef 1)
  store ptr %1224, ptr %1218, align 8, !tbaa !52
  %1225 = getelementptr inbounds %struct.function, ptr %1217, i64 0, i32 2, i32 1
  %1226 = load ptr, ptr %1225, align 8, !tbaa !54
  %1227 = getelementptr inbounds %struct.function, ptr %1217, i64 0, i32 2, i32 4
  %1228 = load i32, ptr %1221, align 8, !tbaa !53
  %1229 = add nsw i32 %1228, 1
  %1230 = call fastcc ptr @grow(ptr noundef %1226, ptr noundef nonnull %1227, i32 noundef %1229, i64 noundef 4)
  store ptr %1230, ptr %1225, align 8, !tbaa !54
  %1231 = load ptr, ptr %1218, align 8, !tbaa !52
  %1232 = load i32, ptr %1221, align 8, !tbaa !53
  %1233 = sext i32 %1232 to i64
  %1234 = getelementptr inbounds i8, ptr %1231, i64 %1233
  store i8 4, ptr %1234, align 1, !tbaa !55
  %1235 = load ptr, ptr %1225, align 8, !tbaa !54
  %1236 = load i32, ptr %1221, align 8, !tbaa !53
  %1237 = add nsw i32 %1236, 1
  store i32 %1237, ptr %1221, align 8, !tbaa !53
  %1238 = sext i32 %1236 to i64
  %1239 = getelementptr inbounds i32, ptr %1235, i64 %1238
  store i32 %1202, ptr %1239, align 4, !tbaa !23
  %1240 = icmp sgt i64 %1210, 1
  br i1 %1240, label %1209, label %1243, !llvm.loop !123

1241:                                             ; preds = %1209
  %1242 = trunc i64 %1210 to i32
  br label %1243

1243:                                             ; preds = %1216, %1200, %1241
  %1244 = phi i32 [ %1205, %1200 ], [ %1242, %1241 ], [ 0, %1216 ]
  store i32 %1244, ptr %1015, align 8, !tbaa !48
  call void @llvm.lifetime.end.p0(i64 536, ptr nonnull %3) #24
  br label %148

1245:                                             ; preds = %2
  %1246 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 4
  %1247 = load i32, ptr %1246, align 8, !tbaa !47
  %1248 = icmp eq i32 %1247, 0
  br i1 %1248, label %1252, label %1249

1249:                                             ; preds = %1245
  %1250 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1251 = load i32, ptr %1250, align 4, !tbaa !35
  tail call void (i32, ptr, ...) @fail(i32 noundef %1251, ptr noundef nonnull @.str.65) #29
  unreachable

1252:                                             ; preds = %1245
  %1253 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %1254 = load ptr, ptr %1253, align 8, !tbaa !113
  %1255 = icmp eq ptr %1254, null
  br i1 %1255, label %1257, label %1256

1256:                                             ; preds = %1252
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef nonnull %1254)
  br label %1260

1257:                                             ; preds = %1252
  %1258 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1259 = load i32, ptr %1258, align 4, !tbaa !35
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 1, i32 noundef %1259)
  br label %1260

1260:                                             ; preds = %1257, %1256
  %1261 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1262 = load i32, ptr %1261, align 4, !tbaa !35
  %1263 = load ptr, ptr %0, align 8, !tbaa !45
  %1264 = getelementptr inbounds %struct.function, ptr %1263, i64 0, i32 2
  %1265 = load ptr, ptr %1264, align 8, !tbaa !52
  %1266 = getelementptr inbounds %struct.function, ptr %1263, i64 0, i32 2, i32 3
  %1267 = getelementptr inbounds %struct.function, ptr %1263, i64 0, i32 2, i32 2
  %1268 = load i32, ptr %1267, align 8, !tbaa !53
  %1269 = add nsw i32 %1268, 1
  %1270 = tail call fastcc ptr @grow(ptr noundef %1265, ptr noundef nonnull %1266, i32 noundef %1269, i64 noundef 1)
  store ptr %1270, ptr %1264, align 8, !tbaa !52
  %1271 = getelementptr inbounds %struct.function, ptr %1263, i64 0, i32 2, i32 1
  %1272 = load ptr, ptr %1271, align 8, !tbaa !54
  %1273 = getelementptr inbounds %struct.function, ptr %1263, i64 0, i32 2, i32 4
  %1274 = load i32, ptr %1267, align 8, !tbaa !53
  %1275 = add nsw i32 %1274, 1
  %1276 = tail call fastcc ptr @grow(ptr noundef %1272, ptr noundef nonnull %1273, i32 noundef %1275, i64 noundef 4)
  store ptr %1276, ptr %1271, align 8, !tbaa !54
  %1277 = load ptr, ptr %1264, align 8, !tbaa !52
  %1278 = load i32, ptr %1267, align 8, !tbaa !53
  %1279 = sext i32 %1278 to i64
  %1280 = getelementptr inbounds i8, ptr %1277, i64 %1279
  store i8 29, ptr %1280, align 1, !tbaa !55
  %1281 = load ptr, ptr %1271, align 8, !tbaa !54
  %1282 = load i32, ptr %1267, align 8, !tbaa !53
  %1283 = add nsw i32 %1282, 1
  store i32 %1283, ptr %1267, align 8, !tbaa !53
  %1284 = sext i32 %1282 to i64
  %1285 = getelementptr inbounds i32, ptr %1281, i64 %1284
  store i32 %1262, ptr %1285, align 4, !tbaa !23
  br label %148

1286:                                             ; preds = %2, %2
  %1287 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 5
  %1288 = load ptr, ptr %1287, align 8, !tbaa !125
  %1289 = icmp eq ptr %1288, null
  br i1 %1289, label %1290, label %1295

1290:                                             ; preds = %1286
  %1291 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1292 = load i32, ptr %1291, align 4, !tbaa !35
  %1293 = icmp eq i32 %5, 22
  %1294 = select i1 %1293, ptr @.str.115, ptr @.str.116
  tail call void (i32, ptr, ...) @fail(i32 noundef %1292, ptr noundef nonnull @.str.114, ptr noundef nonnull %1294) #29
  unreachable

1295:                                             ; preds = %1286
  %1296 = getelementptr inbounds %struct.loop, ptr %1288, i64 0, i32 6
  %1297 = load i32, ptr %1296, align 4, !tbaa !129
  %1298 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1299 = load i32, ptr %1298, align 4, !tbaa !35
  %1300 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %1301 = load i32, ptr %1300, align 8, !tbaa !48
  %1302 = icmp sgt i32 %1301, 0
  br i1 %1302, label %1303, label %1337

1303:                                             ; preds = %1295
  %1304 = zext i32 %1301 to i64
  br label %1305

1305:                                             ; preds = %1312, %1303
  %1306 = phi i64 [ %1304, %1303 ], [ %1307, %1312 ]
  %1307 = add nsw i64 %1306, -1
  %1308 = and i64 %1307, 4294967295
  %1309 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1308, i32 1
  %1310 = load i32, ptr %1309, align 8, !tbaa !120
  %1311 = icmp sgt i32 %1310, %1297
  br i1 %1311, label %1312, label %1337

1312:                                             ; preds = %1305
  %1313 = load ptr, ptr %0, align 8, !tbaa !45
  %1314 = getelementptr inbounds %struct.function, ptr %1313, i64 0, i32 2
  %1315 = load ptr, ptr %1314, align 8, !tbaa !52
  %1316 = getelementptr inbounds %struct.function, ptr %1313, i64 0, i32 2, i32 3
  %1317 = getelementptr inbounds %struct.function, ptr %1313, i64 0, i32 2, i32 2
  %1318 = load i32, ptr %1317, align 8, !tbaa !53
  %1319 = add nsw i32 %1318, 1
  %1320 = tail call fastcc ptr @grow(ptr noundef %1315, ptr noundef nonnull %1316, i32 noundef %1319, i64 noundef 1)
  store ptr %1320, ptr %1314, align 8, !tbaa !52
  %1321 = getelementptr inbounds %struct.function, ptr %1313, i64 0, i32 2, i32 1
  %1322 = load ptr, ptr %1321, align 8, !tbaa !54
  %1323 = getelementptr inbounds %struct.function, ptr %1313, i64 0, i32 2, i32 4
  %1324 = load i32, ptr %1317, align 8, !tbaa !53
  %1325 = add nsw i32 %1324, 1
  %1326 = tail call fastcc ptr @grow(ptr noundef %1322, ptr noundef nonnull %1323, i32 noundef %1325, i64 noundef 4)
  store ptr %1326, ptr %1321, align 8, !tbaa !54
  %1327 = load ptr, ptr %1314, align 8, !tbaa !52
  %1328 = load i32, ptr %1317, align 8, !tbaa !53
  %1329 = sext i32 %1328 to i64
  %1330 = getelementptr inbounds i8, ptr %1327, i64 %1329
  store i8 4, ptr %1330, align 1, !tbaa !55
  %1331 = load ptr, ptr %1321, align 8, !tbaa !54
  %1332 = load i32, ptr %1317, align 8, !tbaa !53
  %1333 = add nsw i32 %1332, 1
  store i32 %1333, ptr %1317, align 8, !tbaa !53
  %1334 = sext i32 %1332 to i64
  %1335 = getelementptr inbounds i32, ptr %1331, i64 %1334
  store i32 %1299, ptr %1335, align 4, !tbaa !23
  %1336 = icmp sgt i64 %1306, 1
  br i1 %1336, label %1305, label %1337, !llvm.loop !123

1337:                                             ; preds = %1312, %1305, %1295
  %1338 = load i32, ptr %1, align 8, !tbaa !31
  %1339 = icmp eq i32 %1338, 22
  br i1 %1339, label %1340, label %1355

1340:                                             ; preds = %1337
  %1341 = getelementptr inbounds %struct.loop, ptr %1288, i64 0, i32 5
  %1342 = load i32, ptr %1341, align 8, !tbaa !130
  %1343 = icmp sgt i32 %1342, 63
  %1344 = load i32, ptr %1298, align 4, !tbaa !35
  br i1 %1343, label %1345, label %1346

1345:                                             ; preds = %1340
  tail call void (i32, ptr, ...) @fail(i32 noundef %1344, ptr noundef nonnull @.str.117) #29
  unreachable

1346:                                             ; preds = %1340
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 23, i32 noundef 65535, i32 noundef %1344)
  %1347 = load ptr, ptr %0, align 8, !tbaa !45
  %1348 = getelementptr inbounds %struct.function, ptr %1347, i64 0, i32 2, i32 2
  %1349 = load i32, ptr %1348, align 8, !tbaa !53
  %1350 = add nsw i32 %1349, -2
  %1351 = load i32, ptr %1341, align 8, !tbaa !130
  %1352 = add nsw i32 %1351, 1
  store i32 %1352, ptr %1341, align 8, !tbaa !130
  %1353 = sext i32 %1351 to i64
  %1354 = getelementptr inbounds %struct.loop, ptr %1288, i64 0, i32 4, i64 %1353
  store i32 %1350, ptr %1354, align 4, !tbaa !23
  br label %148

1355:                                             ; preds = %1337
  %1356 = getelementptr inbounds %struct.loop, ptr %1288, i64 0, i32 1
  %1357 = load i32, ptr %1356, align 8, !tbaa !128
  %1358 = icmp sgt i32 %1357, -1
  br i1 %1358, label %1359, label %1361

1359:                                             ; preds = %1355
  %1360 = load i32, ptr %1298, align 4, !tbaa !35
  tail call fastcc void @emit_loop(ptr noundef %0, i32 noundef %1357, i32 noundef %1360)
  br label %148

1361:                                             ; preds = %1355
  %1362 = getelementptr inbounds %struct.loop, ptr %1288, i64 0, i32 3
  %1363 = load i32, ptr %1362, align 4, !tbaa !132
  %1364 = icmp sgt i32 %1363, 63
  %1365 = load i32, ptr %1298, align 4, !tbaa !35
  br i1 %1364, label %1366, label %1367

1366:                                             ; preds = %1361
  tail call void (i32, ptr, ...) @fail(i32 noundef %1365, ptr noundef nonnull @.str.118) #29
  unreachable

1367:                                             ; preds = %1361
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 23, i32 noundef 65535, i32 noundef %1365)
  %1368 = load ptr, ptr %0, align 8, !tbaa !45
  %1369 = getelementptr inbounds %struct.function, ptr %1368, i64 0, i32 2, i32 2
  %1370 = load i32, ptr %1369, align 8, !tbaa !53
  %1371 = add nsw i32 %1370, -2
  %1372 = load i32, ptr %1362, align 4, !tbaa !132
  %1373 = add nsw i32 %1372, 1
  store i32 %1373, ptr %1362, align 4, !tbaa !132
  %1374 = sext i32 %1372 to i64
  %1375 = getelementptr inbounds %struct.loop, ptr %1288, i64 0, i32 2, i64 %1374
  store i32 %1371, ptr %1375, align 4, !tbaa !23
  br label %148

1376:                                             ; preds = %2
  %1377 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %1378 = load ptr, ptr %1377, align 8, !tbaa !113
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %1378)
  %1379 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1380 = load i32, ptr %1379, align 4, !tbaa !35
  %1381 = load ptr, ptr %0, align 8, !tbaa !45
  %1382 = getelementptr inbounds %struct.function, ptr %1381, i64 0, i32 2
  %1383 = load ptr, ptr %1382, align 8, !tbaa !52
  %1384 = getelementptr inbounds %struct.function, ptr %1381, i64 0, i32 2, i32 3
  %1385 = getelementptr inbounds %struct.function, ptr %1381, i64 0, i32 2, i32 2
  %1386 = load i32, ptr %1385, align 8, !tbaa !53
  %1387 = add nsw i32 %1386, 1
  %1388 = tail call fastcc ptr @grow(ptr noundef %1383, ptr noundef nonnull %1384, i32 noundef %1387, i64 noundef 1)
  store ptr %1388, ptr %1382, align 8, !tbaa !52
  %1389 = getelementptr inbounds %struct.function, ptr %1381, i64 0, i32 2, i32 1
  %1390 = load ptr, ptr %1389, align 8, !tbaa !54
  %1391 = getelementptr inbounds %struct.function, ptr %1381, i64 0, i32 2, i32 4
  %1392 = load i32, ptr %1385, align 8, !tbaa !53
  %1393 = add nsw i32 %1392, 1
  %1394 = tail call fastcc ptr @grow(ptr noundef %1390, ptr noundef nonnull %1391, i32 noundef %1393, i64 noundef 4)
  store ptr %1394, ptr %1389, align 8, !tbaa !54
  %1395 = load ptr, ptr %1382, align 8, !tbaa !52
  %1396 = load i32, ptr %1385, align 8, !tbaa !53
  %1397 = sext i32 %1396 to i64
  %1398 = getelementptr inbounds i8, ptr %1395, i64 %1397
  store i8 4, ptr %1398, align 1, !tbaa !55
  %1399 = load ptr, ptr %1389, align 8, !tbaa !54
  %1400 = load i32, ptr %1385, align 8, !tbaa !53
  %1401 = add nsw i32 %1400, 1
  store i32 %1401, ptr %1385, align 8, !tbaa !53
  %1402 = sext i32 %1400 to i64
  %1403 = getelementptr inbounds i32, ptr %1399, i64 %1402
  store i32 %1380, ptr %1403, align 4, !tbaa !23
  br label %148
}

; Function Attrs: nounwind uwtable
define internal fastcc void @emit(ptr nocapture noundef readonly %0, i32 noundef %1, i32 noundef %2) unnamed_addr #0 {
  %4 = load ptr, ptr %0, align 8, !tbaa !45
  %5 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2
  %6 = load ptr, ptr %5, align 8, !tbaa !52
  %7 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 3
  %8 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 2
  %9 = load i32, ptr %8, align 8, !tbaa !53
  %10 = add nsw i32 %9, 1
  %11 = tail call fastcc ptr @grow(ptr noundef %6, ptr noundef nonnull %7, i32 noundef %10, i64 noundef 1)
  store ptr %11, ptr %5, align 8, !tbaa !52
  %12 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 1
  %13 = load ptr, ptr %12, align 8, !tbaa !54
  %14 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 4
  %15 = load i32, ptr %8, align 8, !tbaa !53
  %16 = add nsw i32 %15, 1
  %17 = tail call fastcc ptr @grow(ptr noundef %13, ptr noundef nonnull %14, i32 noundef %16, i64 noundef 4)
  store ptr %17, ptr %12, align 8, !tbaa !54
  %18 = trunc i32 %1 to i8
  %19 = load ptr, ptr %5, align 8, !tbaa !52
  %20 = load i32, ptr %8, align 8, !tbaa !53
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds i8, ptr %19, i64 %21
  store i8 %18, ptr %22, align 1, !tbaa !55
  %23 = load ptr, ptr %12, align 8, !tbaa !54
  %24 = load i32, ptr %8, align 8, !tbaa !53
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %8, align 8, !tbaa !53
  %26 = sext i32 %24 to i64
  %27 = getelementptr inbounds i32, ptr %23, i64 %26
  store i32 %2, ptr %27, align 4, !tbaa !23
  ret void
}

; Function Attrs: nounwind uwtable
define internal fastcc void @emit_with_u16(ptr nocapture noundef readonly %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) unnamed_addr #0 {
  %5 = load ptr, ptr %0, align 8, !tbaa !45
  %6 = getelementptr inbounds %struct.function, ptr %5, i64 0, i32 2
  %7 = load ptr, ptr %6, align 8, !tbaa !52
  %8 = getelementptr inbounds %struct.function, ptr %5, i64 0, i32 2, i32 3
  %9 = getelementptr inbounds %struct.function, ptr %5, i64 0, i32 2, i32 2
  %10 = load i32, ptr %9, align 8, !tbaa !53
  %11 = add nsw i32 %10, 1
  %12 = tail call fastcc ptr @grow(ptr noundef %7, ptr noundef nonnull %8, i32 noundef %11, i64 noundef 1)
  store ptr %12, ptr %6, align 8, !tbaa !52
  %13 = getelementptr inbounds %struct.function, ptr %5, i64 0, i32 2, i32 1
  %14 = load ptr, ptr %13, align 8, !tbaa !54
  %15 = getelementptr inbounds %struct.function, ptr %5, i64 0, i32 2, i32 4
  %16 = load i32, ptr %9, align 8, !tbaa !53
  %17 = add nsw i32 %16, 1
  %18 = tail call fastcc ptr @grow(ptr noundef %14, ptr noundef nonnull %15, i32 noundef %17, i64 noundef 4)
  store ptr %18, ptr %13, align 8, !tbaa !54
  %19 = trunc i32 %1 to i8
  %20 = load ptr, ptr %6, align 8, !tbaa !52
  %21 = load i32, ptr %9, align 8, !tbaa !53
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i8, ptr %20, i64 %22
  store i8 %19, ptr %23, align 1, !tbaa !55
  %24 = load ptr, ptr %13, align 8, !tbaa !54
  %25 = load i32, ptr %9, align 8, !tbaa !53
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %9, align 8, !tbaa !53
  %27 = sext i32 %25 to i64
  %28 = getelementptr inbounds i32, ptr %24, i64 %27
  store i32 %3, ptr %28, align 4, !tbaa !23
  %29 = load ptr, ptr %0, align 8, !tbaa !45
  %30 = getelementptr inbounds %struct.function, ptr %29, i64 0, i32 2
  %31 = lshr i32 %2, 8
  %32 = load ptr, ptr %30, align 8, !tbaa !52
  %33 = getelementptr inbounds %struct.function, ptr %29, i64 0, i32 2, i32 3
  %34 = getelementptr inbounds %struct.function, ptr %29, i64 0, i32 2, i32 2
  %35 = load i32, ptr %34, align 8, !tbaa !53
  %36 = add nsw i32 %35, 1
  %37 = tail call fastcc ptr @grow(ptr noundef %32, ptr noundef nonnull %33, i32 noundef %36, i64 noundef 1)
  store ptr %37, ptr %30, align 8, !tbaa !52
  %38 = getelementptr inbounds %struct.function, ptr %29, i64 0, i32 2, i32 1
  %39 = load ptr, ptr %38, align 8, !tbaa !54
  %40 = getelementptr inbounds %struct.function, ptr %29, i64 0, i32 2, i32 4
  %41 = load i32, ptr %34, align 8, !tbaa !53
  %42 = add nsw i32 %41, 1
  %43 = tail call fastcc ptr @grow(ptr noundef %39, ptr noundef nonnull %40, i32 noundef %42, i64 noundef 4)
  store ptr %43, ptr %38, align 8, !tbaa !54
  %44 = trunc i32 %31 to i8
  %45 = load ptr, ptr %30, align 8, !tbaa !52
  %46 = load i32, ptr %34, align 8, !tbaa !53
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds i8, ptr %45, i64 %47
  store i8 %44, ptr %48, align 1, !tbaa !55
  %49 = load ptr, ptr %38, align 8, !tbaa !54
  %50 = load i32, ptr %34, align 8, !tbaa !53
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %34, align 8, !tbaa !53
  %52 = sext i32 %50 to i64
  %53 = getelementptr inbounds i32, ptr %49, i64 %52
  store i32 %3, ptr %53, align 4, !tbaa !23
  %54 = load ptr, ptr %30, align 8, !tbaa !52
  %55 = load i32, ptr %34, align 8, !tbaa !53
  %56 = add nsw i32 %55, 1
  %57 = tail call fastcc ptr @grow(ptr noundef %54, ptr noundef nonnull %33, i32 noundef %56, i64 noundef 1)
  store ptr %57, ptr %30, align 8, !tbaa !52
  %58 = load ptr, ptr %38, align 8, !tbaa !54
  %59 = load i32, ptr %34, align 8, !tbaa !53
  %60 = add nsw i32 %59, 1
  %61 = tail call fastcc ptr @grow(ptr noundef %58, ptr noundef nonnull %40, i32 noundef %60, i64 noundef 4)
  store ptr %61, ptr %38, align 8, !tbaa !54
  %62 = trunc i32 %2 to i8
  %63 = load ptr, ptr %30, align 8, !tbaa !52
  %64 = load i32, ptr %34, align 8, !tbaa !53
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds i8, ptr %63, i64 %65
  store i8 %62, ptr %66, align 1, !tbaa !55
  %67 = load ptr, ptr %38, align 8, !tbaa !54
  %68 = load i32, ptr %34, align 8, !tbaa !53
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %34, align 8, !tbaa !53
  %70 = sext i32 %68 to i64
  %71 = getelementptr inbounds i32, ptr %67, i64 %70
  store i32 %3, ptr %71, align 4, !tbaa !23
  ret void
}

; Function Attrs: nounwind uwtable
define internal fastcc i32 @add_constant(ptr nocapture noundef %0, i32 %1, i64 %2, i32 noundef %3) unnamed_addr #0 {
  %5 = getelementptr inbounds %struct.chunk, ptr %0, i64 0, i32 6
  %6 = load i32, ptr %5, align 8, !tbaa !135
  %7 = icmp sgt i32 %6, 0
  br i1 %7, label %8, label %30

8:                                                ; preds = %4
  %9 = getelementptr inbounds %struct.chunk, ptr %0, i64 0, i32 5
  %10 = load ptr, ptr %9, align 8, !tbaa !97
  %11 = sext i32 %6 to i64
  %12 = zext i32 %6 to i64
  br label %13

13:                                               ; preds = %8, %24
  %14 = phi i64 [ 0, %8 ], [ %25, %24 ]
  %15 = phi i1 [ %7, %8 ], [ %26, %24 ]
  %16 = getelementptr inbounds %struct.value, ptr %10, i64 %14
  %17 = load i32, ptr %16, align 8, !tbaa !76
  %18 = icmp eq i32 %17, %1
  br i1 %18, label %19, label %24

19:                                               ; preds = %13
  %20 = getelementptr inbounds { i32, i64 }, ptr %16, i64 0, i32 1
  %21 = load i64, ptr %20, align 8
  %22 = tail call fastcc i32 @values_equal(i32 %17, i64 %21, i32 %1, i64 %2)
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %24, label %28

24:                                               ; preds = %13, %19
  %25 = add nuw nsw i64 %14, 1
  %26 = icmp slt i64 %25, %11
  %27 = icmp eq i64 %25, %12
  br i1 %27, label %30, label %13, !llvm.loop !136

28:                                               ; preds = %19
  %29 = trunc i64 %14 to i32
  br i1 %15, label %46, label %30

30:                                               ; preds = %24, %4, %28
  %31 = icmp sgt i32 %6, 65534
  br i1 %31, label %32, label %33

32:                                               ; preds = %30
  tail call void (i32, ptr, ...) @fail(i32 noundef %3, ptr noundef nonnull @.str.66) #29
  unreachable

33:                                               ; preds = %30
  %34 = getelementptr inbounds %struct.chunk, ptr %0, i64 0, i32 6
  %35 = getelementptr inbounds %struct.chunk, ptr %0, i64 0, i32 5
  %36 = load ptr, ptr %35, align 8, !tbaa !97
  %37 = getelementptr inbounds %struct.chunk, ptr %0, i64 0, i32 7
  %38 = add nsw i32 %6, 1
  %39 = tail call fastcc ptr @grow(ptr noundef %36, ptr noundef nonnull %37, i32 noundef %38, i64 noundef 16)
  store ptr %39, ptr %35, align 8, !tbaa !97
  %40 = load i32, ptr %34, align 8, !tbaa !135
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds %struct.value, ptr %39, i64 %41
  store i32 %1, ptr %42, align 8, !tbaa.struct !62
  %43 = getelementptr inbounds i8, ptr %42, i64 8
  store i64 %2, ptr %43, align 8, !tbaa.struct !65
  %44 = load i32, ptr %34, align 8, !tbaa !135
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %34, align 8, !tbaa !135
  br label %46

46:                                               ; preds = %28, %33
  %47 = phi i32 [ %29, %28 ], [ %44, %33 ]
  ret i32 %47
}

; Function Attrs: nounwind uwtable
define internal fastcc void @patch_jump(ptr nocapture noundef readonly %0, i32 noundef %1) unnamed_addr #0 {
  %3 = load ptr, ptr %0, align 8, !tbaa !45
  %4 = getelementptr inbounds %struct.function, ptr %3, i64 0, i32 2, i32 2
  %5 = load i32, ptr %4, align 8, !tbaa !53
  %6 = sub i32 -2, %1
  %7 = add i32 %6, %5
  %8 = icmp sgt i32 %7, 65535
  br i1 %8, label %9, label %10

9:                                                ; preds = %2
  tail call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

10:                                               ; preds = %2
  %11 = getelementptr inbounds %struct.function, ptr %3, i64 0, i32 2
  %12 = lshr i32 %7, 8
  %13 = trunc i32 %12 to i8
  %14 = load ptr, ptr %11, align 8, !tbaa !52
  %15 = sext i32 %1 to i64
  %16 = getelementptr inbounds i8, ptr %14, i64 %15
  store i8 %13, ptr %16, align 1, !tbaa !55
  %17 = trunc i32 %7 to i8
  %18 = load ptr, ptr %0, align 8, !tbaa !45
  %19 = getelementptr inbounds %struct.function, ptr %18, i64 0, i32 2
  %20 = load ptr, ptr %19, align 8, !tbaa !52
  %21 = add nsw i32 %1, 1
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i8, ptr %20, i64 %22
  store i8 %17, ptr %23, align 1, !tbaa !55
  ret void
}

; Function Attrs: nofree nosync nounwind memory(read, inaccessiblemem: none) uwtable
define internal fastcc i32 @values_equal(i32 %0, i64 %1, i32 %2, i64 %3) unnamed_addr #15 {
  %5 = icmp eq i32 %0, 2
  %6 = icmp eq i32 %2, 3
  %7 = select i1 %5, i1 %6, i1 false
  br i1 %7, label %8, label %12

8:                                                ; preds = %4
  %9 = sitofp i64 %1 to double
  %10 = bitcast i64 %3 to double
  %11 = fcmp oeq double %9, %10
  br label %86

12:                                               ; preds = %4
  %13 = icmp eq i32 %0, 3
  %14 = icmp eq i32 %2, 2
  %15 = select i1 %13, i1 %14, i1 false
  br i1 %15, label %16, label %20

16:                                               ; preds = %12
  %17 = bitcast i64 %1 to double
  %18 = sitofp i64 %3 to double
  %19 = fcmp oeq double %17, %18
  br label %86

20:                                               ; preds = %12
  %21 = icmp eq i32 %0, %2
  br i1 %21, label %22, label %86

22:                                               ; preds = %20
  switch i32 %0, label %83 [
    i32 0, label %86
    i32 1, label %23
    i32 2, label %27
    i32 3, label %29
    i32 4, label %33
    i32 5, label %37
    i32 6, label %75
    i32 7, label %79
  ]

23:                                               ; preds = %22
  %24 = trunc i64 %1 to i32
  %25 = trunc i64 %3 to i32
  %26 = icmp eq i32 %24, %25
  br label %86

27:                                               ; preds = %22
  %28 = icmp eq i64 %1, %3
  br label %86

29:                                               ; preds = %22
  %30 = bitcast i64 %1 to double
  %31 = bitcast i64 %3 to double
  %32 = fcmp oeq double %30, %31
  br label %86

33:                                               ; preds = %22
  %34 = inttoptr i64 %1 to ptr
  %35 = inttoptr i64 %3 to ptr
  %36 = icmp eq ptr %34, %35
  br label %86

37:                                               ; preds = %22
  %38 = inttoptr i64 %1 to ptr
  %39 = load i32, ptr %38, align 8, !tbaa !82
  %40 = inttoptr i64 %3 to ptr
  %41 = load i32, ptr %40, align 8, !tbaa !82
  %42 = icmp eq i32 %39, %41
  br i1 %42, label %43, label %86

43:                                               ; preds = %37
  %44 = icmp slt i32 %39, 1
  br i1 %44, label %86, label %45

45:                                               ; preds = %43
  %46 = getelementptr inbounds %struct.list, ptr %38, i64 0, i32 2
  %47 = load ptr, ptr %46, align 8, !tbaa !84
  %48 = getelementptr inbounds %struct.list, ptr %40, i64 0, i32 2
  %49 = load ptr, ptr %48, align 8, !tbaa !84
  %50 = sext i32 %39 to i64
  %51 = zext i32 %39 to i64
  %52 = load i32, ptr %47, align 8
  %53 = getelementptr inbounds { i32, i64 }, ptr %47, i64 0, i32 1
  %54 = load i64, ptr %53, align 8
  %55 = load i32, ptr %49, align 8
  %56 = getelementptr inbounds { i32, i64 }, ptr %49, i64 0, i32 1
  %57 = load i64, ptr %56, align 8
  %58 = tail call fastcc i32 @values_equal(i32 %52, i64 %54, i32 %55, i64 %57)
  %59 = icmp eq i32 %58, 0
  br i1 %59, label %86, label %60

60:                                               ; preds = %45, %64
  %61 = phi i64 [ %62, %64 ], [ 0, %45 ]
  %62 = add nuw nsw i64 %61, 1
  %63 = icmp eq i64 %62, %51
  br i1 %63, label %84, label %64, !llvm.loop !137

64:                                               ; preds = %60
  %65 = getelementptr inbounds %struct.value, ptr %47, i64 %62
  %66 = getelementptr inbounds %struct.value, ptr %49, i64 %62
  %67 = load i32, ptr %65, align 8
  %68 = getelementptr inbounds { i32, i64 }, ptr %65, i64 0, i32 1
  %69 = load i64, ptr %68, align 8
  %70 = load i32, ptr %66, align 8
  %71 = getelementptr inbounds { i32, i64 }, ptr %66, i64 0, i32 1
  %72 = load i64, ptr %71, align 8
  %73 = tail call fastcc i32 @values_equal(i32 %67, i64 %69, i32 %70, i64 %72)
  %74 = icmp eq i32 %73, 0
  br i1 %74, label %84, label %60, !llvm.loop !137

75:                                               ; preds = %22
  %76 = inttoptr i64 %1 to ptr
  %77 = inttoptr i64 %3 to ptr
  %78 = icmp eq ptr %76, %77
  br label %86

79:                                               ; preds = %22
  %80 = inttoptr i64 %1 to ptr
  %81 = inttoptr i64 %3 to ptr
  %82 = icmp eq ptr %80, %81
  br label %86

83:                                               ; preds = %22
  br label %86

84:                                               ; preds = %64, %60
  %85 = icmp sge i64 %62, %50
  br label %86

86:                                               ; preds = %84, %45, %43, %37, %22, %20, %83, %79, %75, %33, %29, %27, %23, %16, %8
  %87 = phi i1 [ %11, %8 ], [ %19, %16 ], [ false, %83 ], [ %82, %79 ], [ %78, %75 ], [ %36, %33 ], [ %32, %29 ], [ %28, %27 ], [ %26, %23 ], [ false, %20 ], [ true, %22 ], [ false, %37 ], [ %44, %43 ], [ %44, %45 ], [ %85, %84 ]
  %88 = zext i1 %87 to i32
  ret i32 %88
}

; Function Attrs: nounwind uwtable
define internal fastcc void @emit_loop(ptr nocapture noundef readonly %0, i32 noundef %1, i32 noundef %2) unnamed_addr #0 {
  %4 = load ptr, ptr %0, align 8, !tbaa !45
  %5 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2
  %6 = load ptr, ptr %5, align 8, !tbaa !52
  %7 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 3
  %8 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 2
  %9 = load i32, ptr %8, align 8, !tbaa !53
  %10 = add nsw i32 %9, 1
  %11 = tail call fastcc ptr @grow(ptr noundef %6, ptr noundef nonnull %7, i32 noundef %10, i64 noundef 1)
  store ptr %11, ptr %5, align 8, !tbaa !52
  %12 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 1
  %13 = load ptr, ptr %12, align 8, !tbaa !54
  %14 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 4
  %15 = load i32, ptr %8, align 8, !tbaa !53
  %16 = add nsw i32 %15, 1
  %17 = tail call fastcc ptr @grow(ptr noundef %13, ptr noundef nonnull %14, i32 noundef %16, i64 noundef 4)
  store ptr %17, ptr %12, align 8, !tbaa !54
  %18 = load ptr, ptr %5, align 8, !tbaa !52
  %19 = load i32, ptr %8, align 8, !tbaa !53
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds i8, ptr %18, i64 %20
  store i8 27, ptr %21, align 1, !tbaa !55
  %22 = load ptr, ptr %12, align 8, !tbaa !54
  %23 = load i32, ptr %8, align 8, !tbaa !53
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %8, align 8, !tbaa !53
  %25 = sext i32 %23 to i64
  %26 = getelementptr inbounds i32, ptr %22, i64 %25
  store i32 %2, ptr %26, align 4, !tbaa !23
  %27 = load ptr, ptr %0, align 8, !tbaa !45
  %28 = getelementptr inbounds %struct.function, ptr %27, i64 0, i32 2, i32 2
  %29 = load i32, ptr %28, align 8, !tbaa !53
  %30 = sub i32 2, %1
  %31 = add i32 %30, %29
  %32 = icmp sgt i32 %31, 65535
  br i1 %32, label %33, label %34

33:                                               ; preds = %3
  tail call void (i32, ptr, ...) @fail(i32 noundef %2, ptr noundef nonnull @.str.112) #29
  unreachable

34:                                               ; preds = %3
  %35 = getelementptr inbounds %struct.function, ptr %27, i64 0, i32 2
  %36 = lshr i32 %31, 8
  %37 = load ptr, ptr %35, align 8, !tbaa !52
  %38 = getelementptr inbounds %struct.function, ptr %27, i64 0, i32 2, i32 3
  %39 = add nsw i32 %29, 1
  %40 = tail call fastcc ptr @grow(ptr noundef %37, ptr noundef nonnull %38, i32 noundef %39, i64 noundef 1)
  store ptr %40, ptr %35, align 8, !tbaa !52
  %41 = getelementptr inbounds %struct.function, ptr %27, i64 0, i32 2, i32 1
  %42 = load ptr, ptr %41, align 8, !tbaa !54
  %43 = getelementptr inbounds %struct.function, ptr %27, i64 0, i32 2, i32 4
  %44 = load i32, ptr %28, align 8, !tbaa !53
  %45 = add nsw i32 %44, 1
  %46 = tail call fastcc ptr @grow(ptr noundef %42, ptr noundef nonnull %43, i32 noundef %45, i64 noundef 4)
  store ptr %46, ptr %41, align 8, !tbaa !54
  %47 = trunc i32 %36 to i8
  %48 = load ptr, ptr %35, align 8, !tbaa !52
  %49 = load i32, ptr %28, align 8, !tbaa !53
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds i8, ptr %48, i64 %50
  store i8 %47, ptr %51, align 1, !tbaa !55
  %52 = load ptr, ptr %41, align 8, !tbaa !54
  %53 = load i32, ptr %28, align 8, !tbaa !53
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %28, align 8, !tbaa !53
  %55 = sext i32 %53 to i64
  %56 = getelementptr inbounds i32, ptr %52, i64 %55
  store i32 %2, ptr %56, align 4, !tbaa !23
  %57 = load ptr, ptr %35, align 8, !tbaa !52
  %58 = load i32, ptr %28, align 8, !tbaa !53
  %59 = add nsw i32 %58, 1
  %60 = tail call fastcc ptr @grow(ptr noundef %57, ptr noundef nonnull %38, i32 noundef %59, i64 noundef 1)
  store ptr %60, ptr %35, align 8, !tbaa !52
  %61 = load ptr, ptr %41, align 8, !tbaa !54
  %62 = load i32, ptr %28, align 8, !tbaa !53
  %63 = add nsw i32 %62, 1
  %64 = tail call fastcc ptr @grow(ptr noundef %61, ptr noundef nonnull %43, i32 noundef %63, i64 noundef 4)
  store ptr %64, ptr %41, align 8, !tbaa !54
  %65 = trunc i32 %31 to i8
  %66 = load ptr, ptr %35, align 8, !tbaa !52
  %67 = load i32, ptr %28, align 8, !tbaa !53
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds i8, ptr %66, i64 %68
  store i8 %65, ptr %69, align 1, !tbaa !55
  %70 = load ptr, ptr %41, align 8, !tbaa !54
  %71 = load i32, ptr %28, align 8, !tbaa !53
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %28, align 8, !tbaa !53
  %73 = sext i32 %71 to i64
  %74 = getelementptr inbounds i32, ptr %70, i64 %73
  store i32 %2, ptr %74, align 4, !tbaa !23
  ret void
}

; Function Attrs: nounwind uwtable
define internal fastcc void @advance(ptr nocapture noundef %0) unnamed_addr #0 {
  %2 = alloca [64 x i8], align 16
  %3 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2
  %4 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %3, ptr noundef nonnull align 8 dereferenceable(40) %4, i64 40, i1 false), !tbaa.struct !138
  %5 = load ptr, ptr %0, align 8, !tbaa !28, !noalias !139
  %6 = getelementptr inbounds %struct.lexer, ptr %0, i64 0, i32 1
  br label %11

7:                                                ; preds = %11, %11, %11, %14
  %8 = getelementptr inbounds i8, ptr %12, i64 1
  store ptr %8, ptr %0, align 8, !tbaa !28, !noalias !139
  br label %9

9:                                                ; preds = %17, %17, %7
  %10 = phi ptr [ %8, %7 ], [ %18, %17 ], [ %18, %17 ]
  br label %11

11:                                               ; preds = %9, %1
  %12 = phi ptr [ %5, %1 ], [ %10, %9 ]
  %13 = load i8, ptr %12, align 1, !tbaa !55
  switch i8 %13, label %22 [
    i8 10, label %14
    i8 32, label %7
    i8 13, label %7
    i8 9, label %7
    i8 35, label %17
  ]

14:                                               ; preds = %11
  %15 = load i32, ptr %6, align 8, !tbaa !30, !noalias !139
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr %6, align 8, !tbaa !30, !noalias !139
  br label %7

17:                                               ; preds = %11, %20
  %18 = phi ptr [ %21, %20 ], [ %12, %11 ]
  %19 = load i8, ptr %18, align 1, !tbaa !55
  switch i8 %19, label %20 [
    i8 0, label %9
    i8 10, label %9
  ]

20:                                               ; preds = %17
  %21 = getelementptr inbounds i8, ptr %18, i64 1
  store ptr %21, ptr %0, align 8, !tbaa !28, !noalias !139
  br label %17, !llvm.loop !142

22:                                               ; preds = %11
  %23 = load ptr, ptr %0, align 8, !tbaa !28, !noalias !139
  %24 = load i8, ptr %23, align 1, !tbaa !55
  %25 = sext i8 %24 to i32
  %26 = icmp eq i8 %24, 0
  br i1 %26, label %27, label %29

27:                                               ; preds = %22
  %28 = load i32, ptr %6, align 8, !tbaa !30, !noalias !143
  br label %262

29:                                               ; preds = %22
  %30 = tail call ptr @__ctype_b_loc() #30
  %31 = load ptr, ptr %30, align 8, !tbaa !4
  %32 = zext i8 %24 to i64
  %33 = getelementptr inbounds i16, ptr %31, i64 %32
  %34 = load i16, ptr %33, align 2, !tbaa !146
  %35 = zext i16 %34 to i32
  %36 = and i32 %35, 2048
  %37 = icmp eq i32 %36, 0
  br i1 %37, label %122, label %38

38:                                               ; preds = %29
  %39 = and i16 %34, 2048
  %40 = icmp eq i16 %39, 0
  br i1 %40, label %51, label %41

41:                                               ; preds = %38, %41
  %42 = phi ptr [ %43, %41 ], [ %23, %38 ]
  %43 = getelementptr inbounds i8, ptr %42, i64 1
  store ptr %43, ptr %0, align 8, !tbaa !28, !noalias !148
  %44 = load ptr, ptr %30, align 8, !tbaa !4, !noalias !151
  %45 = load i8, ptr %43, align 1, !tbaa !55, !noalias !151
  %46 = zext i8 %45 to i64
  %47 = getelementptr inbounds i16, ptr %44, i64 %46
  %48 = load i16, ptr %47, align 2, !tbaa !146, !noalias !151
  %49 = and i16 %48, 2048
  %50 = icmp eq i16 %49, 0
  br i1 %50, label %51, label %41, !llvm.loop !152

51:                                               ; preds = %41, %38
  %52 = phi ptr [ %31, %38 ], [ %44, %41 ]
  %53 = phi ptr [ %23, %38 ], [ %43, %41 ]
  %54 = phi i8 [ %24, %38 ], [ %45, %41 ]
  %55 = icmp eq i8 %54, 46
  br i1 %55, label %56, label %74

56:                                               ; preds = %51
  %57 = getelementptr inbounds i8, ptr %53, i64 1
  %58 = load i8, ptr %57, align 1, !tbaa !55, !noalias !151
  %59 = zext i8 %58 to i64
  %60 = getelementptr inbounds i16, ptr %52, i64 %59
  %61 = load i16, ptr %60, align 2, !tbaa !146, !noalias !151
  %62 = and i16 %61, 2048
  %63 = icmp eq i16 %62, 0
  br i1 %63, label %74, label %64

64:                                               ; preds = %56, %64
  %65 = phi ptr [ %66, %64 ], [ %53, %56 ]
  %66 = getelementptr inbounds i8, ptr %65, i64 1
  store ptr %66, ptr %0, align 8, !tbaa !28, !noalias !148
  %67 = load ptr, ptr %30, align 8, !tbaa !4, !noalias !151
  %68 = load i8, ptr %66, align 1, !tbaa !55, !noalias !151
  %69 = zext i8 %68 to i64
  %70 = getelementptr inbounds i16, ptr %67, i64 %69
  %71 = load i16, ptr %70, align 2, !tbaa !146, !noalias !151
  %72 = and i16 %71, 2048
  %73 = icmp eq i16 %72, 0
  br i1 %73, label %74, label %64, !llvm.loop !153

74:                                               ; preds = %64, %56, %51
  %75 = phi i32 [ 0, %56 ], [ 0, %51 ], [ 1, %64 ]
  %76 = load ptr, ptr %0, align 8, !tbaa !28, !noalias !148
  %77 = load i8, ptr %76, align 1, !tbaa !55, !noalias !151
  switch i8 %77, label %102 [
    i8 101, label %78
    i8 69, label %78
  ]

78:                                               ; preds = %74, %74
  %79 = getelementptr inbounds i8, ptr %76, i64 1
  %80 = load i8, ptr %79, align 1, !tbaa !55, !noalias !151
  switch i8 %80, label %83 [
    i8 43, label %81
    i8 45, label %81
  ]

81:                                               ; preds = %78, %78
  %82 = getelementptr inbounds i8, ptr %76, i64 2
  br label %83

83:                                               ; preds = %81, %78
  %84 = phi ptr [ %82, %81 ], [ %79, %78 ]
  %85 = load ptr, ptr %30, align 8, !tbaa !4, !noalias !151
  %86 = load i8, ptr %84, align 1, !tbaa !55, !noalias !151
  %87 = zext i8 %86 to i64
  %88 = getelementptr inbounds i16, ptr %85, i64 %87
  %89 = load i16, ptr %88, align 2, !tbaa !146, !noalias !151
  %90 = and i16 %89, 2048
  %91 = icmp eq i16 %90, 0
  br i1 %91, label %102, label %92

92:                                               ; preds = %83, %92
  %93 = phi ptr [ %101, %92 ], [ %84, %83 ]
  store ptr %93, ptr %0, align 8, !tbaa !28, !noalias !148
  %94 = load ptr, ptr %30, align 8, !tbaa !4, !noalias !151
  %95 = load i8, ptr %93, align 1, !tbaa !55, !noalias !151
  %96 = zext i8 %95 to i64
  %97 = getelementptr inbounds i16, ptr %94, i64 %96
  %98 = load i16, ptr %97, align 2, !tbaa !146, !noalias !151
  %99 = and i16 %98, 2048
  %100 = icmp eq i16 %99, 0
  %101 = getelementptr inbounds i8, ptr %93, i64 1
  br i1 %100, label %102, label %92, !llvm.loop !154

102:                                              ; preds = %92, %83, %74
  %103 = phi i32 [ %75, %74 ], [ %75, %83 ], [ 1, %92 ]
  %104 = icmp eq i32 %103, 0
  %105 = select i1 %104, i32 1, i32 2
  %106 = load ptr, ptr %0, align 8, !tbaa !28, !noalias !155
  %107 = ptrtoint ptr %106 to i64
  %108 = ptrtoint ptr %23 to i64
  %109 = sub i64 %107, %108
  %110 = trunc i64 %109 to i32
  %111 = load i32, ptr %6, align 8, !tbaa !30, !noalias !155
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #24, !noalias !148
  %112 = tail call i32 @llvm.smin.i32(i32 %110, i32 63)
  %113 = sext i32 %112 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %2, ptr nonnull align 1 %23, i64 %113, i1 false), !noalias !151
  %114 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 %113
  store i8 0, ptr %114, align 1, !tbaa !55, !noalias !148
  br i1 %104, label %117, label %115

115:                                              ; preds = %102
  %116 = call double @strtod(ptr nocapture noundef nonnull %2, ptr noundef null) #24, !noalias !151
  br label %119

117:                                              ; preds = %102
  %118 = call i64 @strtoll(ptr nocapture noundef nonnull %2, ptr noundef null, i32 noundef 10) #24, !noalias !151
  br label %119

119:                                              ; preds = %117, %115
  %120 = phi double [ 0.000000e+00, %117 ], [ %116, %115 ]
  %121 = phi i64 [ %118, %117 ], [ 0, %115 ]
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #24, !noalias !148
  br label %262

122:                                              ; preds = %29
  %123 = and i32 %35, 1024
  %124 = icmp ne i32 %123, 0
  %125 = icmp eq i8 %24, 95
  %126 = select i1 %124, i1 true, i1 %125
  br i1 %126, label %127, label %170

127:                                              ; preds = %122
  %128 = and i16 %34, 8
  %129 = icmp ne i16 %128, 0
  %130 = select i1 %129, i1 true, i1 %125
  br i1 %130, label %131, label %143

131:                                              ; preds = %127, %131
  %132 = phi ptr [ %133, %131 ], [ %23, %127 ]
  %133 = getelementptr inbounds i8, ptr %132, i64 1
  store ptr %133, ptr %0, align 8, !tbaa !28, !noalias !139
  %134 = load ptr, ptr %30, align 8, !tbaa !4
  %135 = load i8, ptr %133, align 1, !tbaa !55
  %136 = zext i8 %135 to i64
  %137 = getelementptr inbounds i16, ptr %134, i64 %136
  %138 = load i16, ptr %137, align 2, !tbaa !146
  %139 = and i16 %138, 8
  %140 = icmp ne i16 %139, 0
  %141 = icmp eq i8 %135, 95
  %142 = select i1 %140, i1 true, i1 %141
  br i1 %142, label %131, label %143, !llvm.loop !158

143:                                              ; preds = %131, %127
  %144 = phi ptr [ %23, %127 ], [ %133, %131 ]
  %145 = ptrtoint ptr %144 to i64
  %146 = ptrtoint ptr %23 to i64
  %147 = sub i64 %145, %146
  %148 = trunc i64 %147 to i32
  %149 = shl i64 %147, 32
  %150 = ashr exact i64 %149, 32
  br label %151

151:                                              ; preds = %165, %143
  %152 = phi i64 [ 0, %143 ], [ %166, %165 ]
  %153 = getelementptr inbounds [16 x %struct.anon.0], ptr @keywords, i64 0, i64 %152
  %154 = load ptr, ptr %153, align 16, !tbaa !159, !noalias !139
  %155 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %154) #23
  %156 = trunc i64 %155 to i32
  %157 = icmp eq i32 %156, %148
  br i1 %157, label %158, label %165

158:                                              ; preds = %151
  %159 = tail call i32 @bcmp(ptr %154, ptr nonnull %23, i64 %150)
  %160 = icmp eq i32 %159, 0
  br i1 %160, label %161, label %165

161:                                              ; preds = %158
  %162 = getelementptr inbounds [16 x %struct.anon.0], ptr @keywords, i64 0, i64 %152, i32 1
  %163 = load i32, ptr %162, align 8, !tbaa !161, !noalias !139
  %164 = load i32, ptr %6, align 8, !tbaa !30, !noalias !162
  br label %262

165:                                              ; preds = %158, %151
  %166 = add nuw nsw i64 %152, 1
  %167 = icmp eq i64 %166, 16
  br i1 %167, label %168, label %151, !llvm.loop !165

168:                                              ; preds = %165
  %169 = load i32, ptr %6, align 8, !tbaa !30, !noalias !166
  br label %262

170:                                              ; preds = %122
  %171 = getelementptr inbounds i8, ptr %23, i64 1
  store ptr %171, ptr %0, align 8, !tbaa !28, !noalias !139
  switch i32 %25, label %260 [
    i32 34, label %172
    i32 43, label %198
    i32 45, label %200
    i32 42, label %202
    i32 47, label %204
    i32 37, label %206
    i32 40, label %208
    i32 41, label %210
    i32 123, label %212
    i32 125, label %214
    i32 91, label %216
    i32 93, label %218
    i32 44, label %220
    i32 59, label %222
    i32 61, label %224
    i32 33, label %232
    i32 60, label %238
    i32 62, label %246
    i32 46, label %254
  ]

172:                                              ; preds = %170, %187
  %173 = phi ptr [ %188, %187 ], [ %171, %170 ]
  %174 = load i8, ptr %173, align 1, !tbaa !55
  switch i8 %174, label %180 [
    i8 92, label %175
    i8 0, label %189
    i8 34, label %191
  ]

175:                                              ; preds = %172
  %176 = getelementptr inbounds i8, ptr %173, i64 1
  %177 = load i8, ptr %176, align 1, !tbaa !55
  %178 = icmp eq i8 %177, 0
  br i1 %178, label %180, label %179

179:                                              ; preds = %175
  store ptr %176, ptr %0, align 8, !tbaa !28, !noalias !139
  br label %180

180:                                              ; preds = %179, %175, %172
  %181 = phi ptr [ %173, %172 ], [ %176, %179 ], [ %173, %175 ]
  %182 = load i8, ptr %181, align 1, !tbaa !55
  %183 = icmp eq i8 %182, 10
  br i1 %183, label %184, label %187

184:                                              ; preds = %180
  %185 = load i32, ptr %6, align 8, !tbaa !30, !noalias !139
  %186 = add nsw i32 %185, 1
  store i32 %186, ptr %6, align 8, !tbaa !30, !noalias !139
  br label %187

187:                                              ; preds = %184, %180
  %188 = getelementptr inbounds i8, ptr %181, i64 1
  store ptr %188, ptr %0, align 8, !tbaa !28, !noalias !139
  br label %172, !llvm.loop !169

189:                                              ; preds = %172
  %190 = load i32, ptr %6, align 8, !tbaa !30, !noalias !139
  tail call void (i32, ptr, ...) @fail(i32 noundef %190, ptr noundef nonnull @.str.119) #29
  unreachable

191:                                              ; preds = %172
  %192 = getelementptr inbounds i8, ptr %173, i64 1
  store ptr %192, ptr %0, align 8, !tbaa !28, !noalias !139
  %193 = ptrtoint ptr %192 to i64
  %194 = ptrtoint ptr %23 to i64
  %195 = sub i64 %193, %194
  %196 = trunc i64 %195 to i32
  %197 = load i32, ptr %6, align 8, !tbaa !30, !noalias !170
  br label %262

198:                                              ; preds = %170
  %199 = load i32, ptr %6, align 8, !tbaa !30, !noalias !173
  br label %262

200:                                              ; preds = %170
  %201 = load i32, ptr %6, align 8, !tbaa !30, !noalias !176
  br label %262

202:                                              ; preds = %170
  %203 = load i32, ptr %6, align 8, !tbaa !30, !noalias !179
  br label %262

204:                                              ; preds = %170
  %205 = load i32, ptr %6, align 8, !tbaa !30, !noalias !182
  br label %262

206:                                              ; preds = %170
  %207 = load i32, ptr %6, align 8, !tbaa !30, !noalias !185
  br label %262

208:                                              ; preds = %170
  %209 = load i32, ptr %6, align 8, !tbaa !30, !noalias !188
  br label %262

210:                                              ; preds = %170
  %211 = load i32, ptr %6, align 8, !tbaa !30, !noalias !191
  br label %262

212:                                              ; preds = %170
  %213 = load i32, ptr %6, align 8, !tbaa !30, !noalias !194
  br label %262

214:                                              ; preds = %170
  %215 = load i32, ptr %6, align 8, !tbaa !30, !noalias !197
  br label %262

216:                                              ; preds = %170
  %217 = load i32, ptr %6, align 8, !tbaa !30, !noalias !200
  br label %262

218:                                              ; preds = %170
  %219 = load i32, ptr %6, align 8, !tbaa !30, !noalias !203
  br label %262

220:                                              ; preds = %170
  %221 = load i32, ptr %6, align 8, !tbaa !30, !noalias !206
  br label %262

222:                                              ; preds = %170
  %223 = load i32, ptr %6, align 8, !tbaa !30, !noalias !209
  br label %262

224:                                              ; preds = %170
  %225 = load i8, ptr %171, align 1, !tbaa !55
  %226 = icmp eq i8 %225, 61
  br i1 %226, label %227, label %230

227:                                              ; preds = %224
  %228 = getelementptr inbounds i8, ptr %23, i64 2
  store ptr %228, ptr %0, align 8, !tbaa !28, !noalias !139
  %229 = load i32, ptr %6, align 8, !tbaa !30, !noalias !212
  br label %262

230:                                              ; preds = %224
  %231 = load i32, ptr %6, align 8, !tbaa !30, !noalias !215
  br label %262

232:                                              ; preds = %170
  %233 = load i8, ptr %171, align 1, !tbaa !55
  %234 = icmp eq i8 %233, 61
  br i1 %234, label %235, label %260

235:                                              ; preds = %232
  %236 = getelementptr inbounds i8, ptr %23, i64 2
  store ptr %236, ptr %0, align 8, !tbaa !28, !noalias !139
  %237 = load i32, ptr %6, align 8, !tbaa !30, !noalias !218
  br label %262

238:                                              ; preds = %170
  %239 = load i8, ptr %171, align 1, !tbaa !55
  %240 = icmp eq i8 %239, 61
  br i1 %240, label %241, label %244

241:                                              ; preds = %238
  %242 = getelementptr inbounds i8, ptr %23, i64 2
  store ptr %242, ptr %0, align 8, !tbaa !28, !noalias !139
  %243 = load i32, ptr %6, align 8, !tbaa !30, !noalias !221
  br label %262

244:                                              ; preds = %238
  %245 = load i32, ptr %6, align 8, !tbaa !30, !noalias !224
  br label %262

246:                                              ; preds = %170
  %247 = load i8, ptr %171, align 1, !tbaa !55
  %248 = icmp eq i8 %247, 61
  br i1 %248, label %249, label %252

249:                                              ; preds = %246
  %250 = getelementptr inbounds i8, ptr %23, i64 2
  store ptr %250, ptr %0, align 8, !tbaa !28, !noalias !139
  %251 = load i32, ptr %6, align 8, !tbaa !30, !noalias !227
  br label %262

252:                                              ; preds = %246
  %253 = load i32, ptr %6, align 8, !tbaa !30, !noalias !230
  br label %262

254:                                              ; preds = %170
  %255 = load i8, ptr %171, align 1, !tbaa !55
  %256 = icmp eq i8 %255, 46
  br i1 %256, label %257, label %260

257:                                              ; preds = %254
  %258 = getelementptr inbounds i8, ptr %23, i64 2
  store ptr %258, ptr %0, align 8, !tbaa !28, !noalias !139
  %259 = load i32, ptr %6, align 8, !tbaa !30, !noalias !233
  br label %262

260:                                              ; preds = %254, %232, %170
  %261 = load i32, ptr %6, align 8, !tbaa !30, !noalias !139
  tail call void (i32, ptr, ...) @fail(i32 noundef %261, ptr noundef nonnull @.str.120, i32 noundef %25) #29
  unreachable

262:                                              ; preds = %27, %119, %161, %168, %191, %198, %200, %202, %204, %206, %208, %210, %212, %214, %216, %218, %220, %222, %227, %230, %235, %241, %244, %249, %252, %257
  %263 = phi double [ 0.000000e+00, %27 ], [ 0.000000e+00, %161 ], [ 0.000000e+00, %168 ], [ 0.000000e+00, %257 ], [ 0.000000e+00, %249 ], [ 0.000000e+00, %252 ], [ 0.000000e+00, %241 ], [ 0.000000e+00, %244 ], [ 0.000000e+00, %235 ], [ 0.000000e+00, %227 ], [ 0.000000e+00, %230 ], [ 0.000000e+00, %222 ], [ 0.000000e+00, %220 ], [ 0.000000e+00, %218 ], [ 0.000000e+00, %216 ], [ 0.000000e+00, %214 ], [ 0.000000e+00, %212 ], [ 0.000000e+00, %210 ], [ 0.000000e+00, %208 ], [ 0.000000e+00, %206 ], [ 0.000000e+00, %204 ], [ 0.000000e+00, %202 ], [ 0.000000e+00, %200 ], [ 0.000000e+00, %198 ], [ 0.000000e+00, %191 ], [ %120, %119 ]
  %264 = phi i32 [ %28, %27 ], [ %164, %161 ], [ %169, %168 ], [ %259, %257 ], [ %251, %249 ], [ %253, %252 ], [ %243, %241 ], [ %245, %244 ], [ %237, %235 ], [ %229, %227 ], [ %231, %230 ], [ %223, %222 ], [ %221, %220 ], [ %219, %218 ], [ %217, %216 ], [ %215, %214 ], [ %213, %212 ], [ %211, %210 ], [ %209, %208 ], [ %207, %206 ], [ %205, %204 ], [ %203, %202 ], [ %201, %200 ], [ %199, %198 ], [ %197, %191 ], [ %111, %119 ]
  %265 = phi i32 [ 0, %27 ], [ %148, %161 ], [ %148, %168 ], [ 2, %257 ], [ 2, %249 ], [ 1, %252 ], [ 2, %241 ], [ 1, %244 ], [ 2, %235 ], [ 2, %227 ], [ 1, %230 ], [ 1, %222 ], [ 1, %220 ], [ 1, %218 ], [ 1, %216 ], [ 1, %214 ], [ 1, %212 ], [ 1, %210 ], [ 1, %208 ], [ 1, %206 ], [ 1, %204 ], [ 1, %202 ], [ 1, %200 ], [ 1, %198 ], [ %196, %191 ], [ %110, %119 ]
  %266 = phi i64 [ 0, %27 ], [ 0, %161 ], [ 0, %168 ], [ 0, %257 ], [ 0, %249 ], [ 0, %252 ], [ 0, %241 ], [ 0, %244 ], [ 0, %235 ], [ 0, %227 ], [ 0, %230 ], [ 0, %222 ], [ 0, %220 ], [ 0, %218 ], [ 0, %216 ], [ 0, %214 ], [ 0, %212 ], [ 0, %210 ], [ 0, %208 ], [ 0, %206 ], [ 0, %204 ], [ 0, %202 ], [ 0, %200 ], [ 0, %198 ], [ 0, %191 ], [ %121, %119 ]
  %267 = phi i32 [ 0, %27 ], [ %163, %161 ], [ 4, %168 ], [ 41, %257 ], [ 31, %249 ], [ 30, %252 ], [ 29, %241 ], [ 28, %244 ], [ 27, %235 ], [ 26, %227 ], [ 32, %230 ], [ 40, %222 ], [ 39, %220 ], [ 38, %218 ], [ 37, %216 ], [ 36, %214 ], [ 35, %212 ], [ 34, %210 ], [ 33, %208 ], [ 25, %206 ], [ 24, %204 ], [ 23, %202 ], [ 22, %200 ], [ 21, %198 ], [ 3, %191 ], [ %105, %119 ]
  store i32 %267, ptr %4, align 8, !tbaa.struct !138
  %268 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 1
  store ptr %23, ptr %268, align 8, !tbaa.struct !236
  %269 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 2
  store i32 %265, ptr %269, align 8, !tbaa.struct !237
  %270 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  store i32 %264, ptr %270, align 4, !tbaa.struct !238
  %271 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 4
  store i64 %266, ptr %271, align 8, !tbaa.struct !239
  %272 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 5
  store double %263, ptr %272, align 8, !tbaa.struct !240
  ret void
}

; Function Attrs: nounwind uwtable
define internal fastcc nonnull ptr @new_node(i32 noundef %0, i32 noundef %1) unnamed_addr #0 {
  %3 = load ptr, ptr @arena, align 8, !tbaa !4
  %4 = icmp eq ptr %3, null
  br i1 %4, label %12, label %5

5:                                                ; preds = %2
  %6 = getelementptr inbounds %struct.arena_block, ptr %3, i64 0, i32 1
  %7 = load i64, ptr %6, align 8, !tbaa !21
  %8 = add i64 %7, 80
  %9 = getelementptr inbounds %struct.arena_block, ptr %3, i64 0, i32 2
  %10 = load i64, ptr %9, align 16, !tbaa !21
  %11 = icmp ugt i64 %8, %10
  br i1 %11, label %12, label %21

12:                                               ; preds = %5, %2
  %13 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %14 = icmp eq ptr %13, null
  br i1 %14, label %15, label %18

15:                                               ; preds = %12
  %16 = load ptr, ptr @stderr, align 8, !tbaa !4
  %17 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %16) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

18:                                               ; preds = %12
  store ptr %3, ptr %13, align 16, !tbaa !4
  %19 = getelementptr inbounds %struct.arena_block, ptr %13, i64 0, i32 1
  store i64 0, ptr %19, align 8, !tbaa !21
  %20 = getelementptr inbounds %struct.arena_block, ptr %13, i64 0, i32 2
  store i64 65536, ptr %20, align 16, !tbaa !21
  store ptr %13, ptr @arena, align 8, !tbaa !4
  br label %21

21:                                               ; preds = %5, %18
  %22 = load ptr, ptr @arena, align 8, !tbaa !4
  %23 = getelementptr inbounds %struct.arena_block, ptr %22, i64 0, i32 4
  %24 = getelementptr inbounds %struct.arena_block, ptr %22, i64 0, i32 1
  %25 = load i64, ptr %24, align 8, !tbaa !21
  %26 = getelementptr inbounds i8, ptr %23, i64 %25
  %27 = add i64 %25, 80
  store i64 %27, ptr %24, align 8, !tbaa !21
  %28 = load i64, ptr @arena_total, align 8, !tbaa !21
  %29 = add i64 %28, 80
  store i64 %29, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %26, i8 0, i64 80, i1 false)
  store i32 %0, ptr %26, align 8, !tbaa !31
  %30 = getelementptr inbounds %struct.node, ptr %26, i64 0, i32 1
  store i32 %1, ptr %30, align 4, !tbaa !35
  ret ptr %26
}

; Function Attrs: nounwind uwtable
define internal fastcc nonnull ptr @parse_statement(ptr noundef %0) unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  %3 = load i32, ptr %2, align 4, !tbaa !241
  %4 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %5 = load i32, ptr %4, align 8, !tbaa !36
  %6 = icmp eq i32 %5, 5
  br i1 %6, label %7, label %68

7:                                                ; preds = %1
  tail call fastcc void @advance(ptr noundef %0)
  %8 = load ptr, ptr @arena, align 8, !tbaa !4
  %9 = icmp eq ptr %8, null
  br i1 %9, label %17, label %10

10:                                               ; preds = %7
  %11 = getelementptr inbounds %struct.arena_block, ptr %8, i64 0, i32 1
  %12 = load i64, ptr %11, align 8, !tbaa !21
  %13 = add i64 %12, 80
  %14 = getelementptr inbounds %struct.arena_block, ptr %8, i64 0, i32 2
  %15 = load i64, ptr %14, align 16, !tbaa !21
  %16 = icmp ugt i64 %13, %15
  br i1 %16, label %17, label %26

17:                                               ; preds = %10, %7
  %18 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %19 = icmp eq ptr %18, null
  br i1 %19, label %20, label %23

20:                                               ; preds = %17
  %21 = load ptr, ptr @stderr, align 8, !tbaa !4
  %22 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %21) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

23:                                               ; preds = %17
  store ptr %8, ptr %18, align 16, !tbaa !4
  %24 = getelementptr inbounds %struct.arena_block, ptr %18, i64 0, i32 1
  store i64 0, ptr %24, align 8, !tbaa !21
  %25 = getelementptr inbounds %struct.arena_block, ptr %18, i64 0, i32 2
  store i64 65536, ptr %25, align 16, !tbaa !21
  store ptr %18, ptr @arena, align 8, !tbaa !4
  br label %26

26:                                               ; preds = %10, %23
  %27 = load ptr, ptr @arena, align 8, !tbaa !4
  %28 = getelementptr inbounds %struct.arena_block, ptr %27, i64 0, i32 4
  %29 = getelementptr inbounds %struct.arena_block, ptr %27, i64 0, i32 1
  %30 = load i64, ptr %29, align 8, !tbaa !21
  %31 = getelementptr inbounds i8, ptr %28, i64 %30
  %32 = add i64 %30, 80
  store i64 %32, ptr %29, align 8, !tbaa !21
  %33 = load i64, ptr @arena_total, align 8, !tbaa !21
  %34 = add i64 %33, 80
  store i64 %34, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %31, i8 0, i64 80, i1 false)
  store i32 16, ptr %31, align 8, !tbaa !31
  %35 = getelementptr inbounds %struct.node, ptr %31, i64 0, i32 1
  store i32 %3, ptr %35, align 4, !tbaa !35
  %36 = load i32, ptr %4, align 8, !tbaa !36
  %37 = icmp eq i32 %36, 4
  br i1 %37, label %43, label %38

38:                                               ; preds = %26
  %39 = load i32, ptr %2, align 4, !tbaa !241
  %40 = zext i32 %36 to i64
  %41 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %40
  %42 = load ptr, ptr %41, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %39, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.71, ptr noundef nonnull @.str.132, ptr noundef %42) #29
  unreachable

43:                                               ; preds = %26
  tail call fastcc void @advance(ptr noundef %0)
  %44 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 1
  %45 = load ptr, ptr %44, align 8, !tbaa !242
  %46 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 2
  %47 = load i32, ptr %46, align 8, !tbaa !243
  %48 = tail call fastcc ptr @intern(ptr noundef %45, i32 noundef %47)
  %49 = getelementptr inbounds %struct.node, ptr %31, i64 0, i32 5
  store ptr %48, ptr %49, align 8, !tbaa !111
  %50 = load i32, ptr %4, align 8, !tbaa !36
  %51 = icmp eq i32 %50, 32
  br i1 %51, label %57, label %52

52:                                               ; preds = %43
  %53 = load i32, ptr %2, align 4, !tbaa !241
  %54 = zext i32 %50 to i64
  %55 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %54
  %56 = load ptr, ptr %55, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %53, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.99, ptr noundef nonnull @.str.133, ptr noundef %56) #29
  unreachable

57:                                               ; preds = %43
  tail call fastcc void @advance(ptr noundef %0)
  %58 = tail call fastcc ptr @parse_expression(ptr noundef %0, i32 noundef 1)
  %59 = getelementptr inbounds %struct.node, ptr %31, i64 0, i32 6
  store ptr %58, ptr %59, align 8, !tbaa !113
  %60 = load i32, ptr %4, align 8, !tbaa !36
  %61 = icmp eq i32 %60, 40
  br i1 %61, label %67, label %62

62:                                               ; preds = %57
  %63 = load i32, ptr %2, align 4, !tbaa !241
  %64 = zext i32 %60 to i64
  %65 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %64
  %66 = load ptr, ptr %65, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %63, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.107, ptr noundef nonnull @.str.132, ptr noundef %66) #29
  unreachable

67:                                               ; preds = %57
  tail call fastcc void @advance(ptr noundef %0)
  br label %352

68:                                               ; preds = %1
  %69 = load i32, ptr %4, align 8, !tbaa !36
  %70 = icmp eq i32 %69, 6
  br i1 %70, label %71, label %196

71:                                               ; preds = %68
  tail call fastcc void @advance(ptr noundef %0)
  %72 = load ptr, ptr @arena, align 8, !tbaa !4
  %73 = icmp eq ptr %72, null
  br i1 %73, label %81, label %74

74:                                               ; preds = %71
  %75 = getelementptr inbounds %struct.arena_block, ptr %72, i64 0, i32 1
  %76 = load i64, ptr %75, align 8, !tbaa !21
  %77 = add i64 %76, 80
  %78 = getelementptr inbounds %struct.arena_block, ptr %72, i64 0, i32 2
  %79 = load i64, ptr %78, align 16, !tbaa !21
  %80 = icmp ugt i64 %77, %79
  br i1 %80, label %81, label %90

81:                                               ; preds = %74, %71
  %82 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %83 = icmp eq ptr %82, null
  br i1 %83, label %84, label %87

84:                                               ; preds = %81
  %85 = load ptr, ptr @stderr, align 8, !tbaa !4
  %86 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %85) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

87:                                               ; preds = %81
  store ptr %72, ptr %82, align 16, !tbaa !4
  %88 = getelementptr inbounds %struct.arena_block, ptr %82, i64 0, i32 1
  store i64 0, ptr %88, align 8, !tbaa !21
  %89 = getelementptr inbounds %struct.arena_block, ptr %82, i64 0, i32 2
  store i64 65536, ptr %89, align 16, !tbaa !21
  store ptr %82, ptr @arena, align 8, !tbaa !4
  br label %90

90:                                               ; preds = %74, %87
  %91 = load ptr, ptr @arena, align 8, !tbaa !4
  %92 = getelementptr inbounds %struct.arena_block, ptr %91, i64 0, i32 4
  %93 = getelementptr inbounds %struct.arena_block, ptr %91, i64 0, i32 1
  %94 = load i64, ptr %93, align 8, !tbaa !21
  %95 = getelementptr inbounds i8, ptr %92, i64 %94
  %96 = add i64 %94, 80
  store i64 %96, ptr %93, align 8, !tbaa !21
  %97 = load i64, ptr @arena_total, align 8, !tbaa !21
  %98 = add i64 %97, 80
  store i64 %98, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %95, i8 0, i64 80, i1 false)
  store i32 25, ptr %95, align 8, !tbaa !31
  %99 = getelementptr inbounds %struct.node, ptr %95, i64 0, i32 1
  store i32 %3, ptr %99, align 4, !tbaa !35
  %100 = load i32, ptr %4, align 8, !tbaa !36
  %101 = icmp eq i32 %100, 4
  br i1 %101, label %107, label %102

102:                                              ; preds = %90
  %103 = load i32, ptr %2, align 4, !tbaa !241
  %104 = zext i32 %100 to i64
  %105 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %104
  %106 = load ptr, ptr %105, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %103, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.71, ptr noundef nonnull @.str.134, ptr noundef %106) #29
  unreachable

107:                                              ; preds = %90
  tail call fastcc void @advance(ptr noundef %0)
  %108 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 1
  %109 = load ptr, ptr %108, align 8, !tbaa !242
  %110 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 2
  %111 = load i32, ptr %110, align 8, !tbaa !243
  %112 = tail call fastcc ptr @intern(ptr noundef %109, i32 noundef %111)
  %113 = getelementptr inbounds %struct.node, ptr %95, i64 0, i32 5
  store ptr %112, ptr %113, align 8, !tbaa !111
  %114 = load i32, ptr %4, align 8, !tbaa !36
  %115 = icmp eq i32 %114, 33
  br i1 %115, label %121, label %116

116:                                              ; preds = %107
  %117 = load i32, ptr %2, align 4, !tbaa !241
  %118 = zext i32 %114 to i64
  %119 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %118
  %120 = load ptr, ptr %119, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %117, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.100, ptr noundef nonnull @.str.135, ptr noundef %120) #29
  unreachable

121:                                              ; preds = %107
  tail call fastcc void @advance(ptr noundef %0)
  %122 = load i32, ptr %4, align 8, !tbaa !36
  %123 = icmp eq i32 %122, 34
  br i1 %123, label %185, label %124

124:                                              ; preds = %121
  %125 = load i32, ptr %4, align 8, !tbaa !36
  %126 = icmp eq i32 %125, 4
  br i1 %126, label %127, label %132

127:                                              ; preds = %124
  %128 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 3
  %129 = getelementptr inbounds %struct.node, ptr %95, i64 0, i32 9
  %130 = getelementptr inbounds %struct.node, ptr %95, i64 0, i32 11
  %131 = getelementptr inbounds %struct.node, ptr %95, i64 0, i32 10
  br label %138

132:                                              ; preds = %182, %124
  %133 = phi i32 [ %125, %124 ], [ %183, %182 ]
  %134 = load i32, ptr %2, align 4, !tbaa !241
  %135 = zext i32 %133 to i64
  %136 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %135
  %137 = load ptr, ptr %136, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %134, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.71, ptr noundef nonnull @.str.136, ptr noundef %137) #29
  unreachable

138:                                              ; preds = %127, %182
  tail call fastcc void @advance(ptr noundef %0)
  %139 = load i32, ptr %128, align 4, !tbaa !244
  %140 = load ptr, ptr @arena, align 8, !tbaa !4
  %141 = icmp eq ptr %140, null
  br i1 %141, label %149, label %142

142:                                              ; preds = %138
  %143 = getelementptr inbounds %struct.arena_block, ptr %140, i64 0, i32 1
  %144 = load i64, ptr %143, align 8, !tbaa !21
  %145 = add i64 %144, 80
  %146 = getelementptr inbounds %struct.arena_block, ptr %140, i64 0, i32 2
  %147 = load i64, ptr %146, align 16, !tbaa !21
  %148 = icmp ugt i64 %145, %147
  br i1 %148, label %149, label %158

149:                                              ; preds = %142, %138
  %150 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %151 = icmp eq ptr %150, null
  br i1 %151, label %152, label %155

152:                                              ; preds = %149
  %153 = load ptr, ptr @stderr, align 8, !tbaa !4
  %154 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %153) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

155:                                              ; preds = %149
  store ptr %140, ptr %150, align 16, !tbaa !4
  %156 = getelementptr inbounds %struct.arena_block, ptr %150, i64 0, i32 1
  store i64 0, ptr %156, align 8, !tbaa !21
  %157 = getelementptr inbounds %struct.arena_block, ptr %150, i64 0, i32 2
  store i64 65536, ptr %157, align 16, !tbaa !21
  store ptr %150, ptr @arena, align 8, !tbaa !4
  br label %158

158:                                              ; preds = %142, %155
  %159 = load ptr, ptr @arena, align 8, !tbaa !4
  %160 = getelementptr inbounds %struct.arena_block, ptr %159, i64 0, i32 4
  %161 = getelementptr inbounds %struct.arena_block, ptr %159, i64 0, i32 1
  %162 = load i64, ptr %161, align 8, !tbaa !21
  %163 = getelementptr inbounds i8, ptr %160, i64 %162
  %164 = add i64 %162, 80
  store i64 %164, ptr %161, align 8, !tbaa !21
  %165 = load i64, ptr @arena_total, align 8, !tbaa !21
  %166 = add i64 %165, 80
  store i64 %166, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %163, i8 0, i64 80, i1 false)
  store i32 6, ptr %163, align 8, !tbaa !31
  %167 = getelementptr inbounds %struct.node, ptr %163, i64 0, i32 1
  store i32 %139, ptr %167, align 4, !tbaa !35
  %168 = load ptr, ptr %108, align 8, !tbaa !242
  %169 = load i32, ptr %110, align 8, !tbaa !243
  %170 = tail call fastcc ptr @intern(ptr noundef %168, i32 noundef %169)
  %171 = getelementptr inbounds %struct.node, ptr %163, i64 0, i32 5
  store ptr %170, ptr %171, align 8, !tbaa !111
  %172 = load ptr, ptr %129, align 8, !tbaa !39
  %173 = load i32, ptr %131, align 8, !tbaa !40
  %174 = add nsw i32 %173, 1
  %175 = tail call fastcc ptr @grow(ptr noundef %172, ptr noundef nonnull %130, i32 noundef %174, i64 noundef 8)
  store ptr %175, ptr %129, align 8, !tbaa !39
  %176 = load i32, ptr %131, align 8, !tbaa !40
  %177 = add nsw i32 %176, 1
  store i32 %177, ptr %131, align 8, !tbaa !40
  %178 = sext i32 %176 to i64
  %179 = getelementptr inbounds ptr, ptr %175, i64 %178
  store ptr %163, ptr %179, align 8, !tbaa !4
  %180 = load i32, ptr %4, align 8, !tbaa !36
  %181 = icmp eq i32 %180, 39
  br i1 %181, label %182, label %185

182:                                              ; preds = %158
  tail call fastcc void @advance(ptr noundef %0)
  %183 = load i32, ptr %4, align 8, !tbaa !36
  %184 = icmp eq i32 %183, 4
  br i1 %184, label %138, label %132, !llvm.loop !245

185:                                              ; preds = %158, %121
  %186 = load i32, ptr %4, align 8, !tbaa !36
  %187 = icmp eq i32 %186, 34
  br i1 %187, label %193, label %188

188:                                              ; preds = %185
  %189 = load i32, ptr %2, align 4, !tbaa !241
  %190 = zext i32 %186 to i64
  %191 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %190
  %192 = load ptr, ptr %191, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %189, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.101, ptr noundef nonnull @.str.137, ptr noundef %192) #29
  unreachable

193:                                              ; preds = %185
  tail call fastcc void @advance(ptr noundef %0)
  %194 = tail call fastcc ptr @parse_block(ptr noundef %0)
  %195 = getelementptr inbounds %struct.node, ptr %95, i64 0, i32 6
  store ptr %194, ptr %195, align 8, !tbaa !113
  br label %352

196:                                              ; preds = %68
  %197 = load i32, ptr %4, align 8, !tbaa !36
  %198 = icmp eq i32 %197, 7
  br i1 %198, label %199, label %244

199:                                              ; preds = %196
  tail call fastcc void @advance(ptr noundef %0)
  %200 = load ptr, ptr @arena, align 8, !tbaa !4
  %201 = icmp eq ptr %200, null
  br i1 %201, label %209, label %202

202:                                              ; preds = %199
  %203 = getelementptr inbounds %struct.arena_block, ptr %200, i64 0, i32 1
  %204 = load i64, ptr %203, align 8, !tbaa !21
  %205 = add i64 %204, 80
  %206 = getelementptr inbounds %struct.arena_block, ptr %200, i64 0, i32 2
  %207 = load i64, ptr %206, align 16, !tbaa !21
  %208 = icmp ugt i64 %205, %207
  br i1 %208, label %209, label %218

209:                                              ; preds = %202, %199
  %210 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %211 = icmp eq ptr %210, null
  br i1 %211, label %212, label %215

212:                                              ; preds = %209
  %213 = load ptr, ptr @stderr, align 8, !tbaa !4
  %214 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %213) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

215:                                              ; preds = %209
  store ptr %200, ptr %210, align 16, !tbaa !4
  %216 = getelementptr inbounds %struct.arena_block, ptr %210, i64 0, i32 1
  store i64 0, ptr %216, align 8, !tbaa !21
  %217 = getelementptr inbounds %struct.arena_block, ptr %210, i64 0, i32 2
  store i64 65536, ptr %217, align 16, !tbaa !21
  store ptr %210, ptr @arena, align 8, !tbaa !4
  br label %218

218:                                              ; preds = %202, %215
  %219 = load ptr, ptr @arena, align 8, !tbaa !4
  %220 = getelementptr inbounds %struct.arena_block, ptr %219, i64 0, i32 4
  %221 = getelementptr inbounds %struct.arena_block, ptr %219, i64 0, i32 1
  %222 = load i64, ptr %221, align 8, !tbaa !21
  %223 = getelementptr inbounds i8, ptr %220, i64 %222
  %224 = add i64 %222, 80
  store i64 %224, ptr %221, align 8, !tbaa !21
  %225 = load i64, ptr @arena_total, align 8, !tbaa !21
  %226 = add i64 %225, 80
  store i64 %226, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %223, i8 0, i64 80, i1 false)
  store i32 18, ptr %223, align 8, !tbaa !31
  %227 = getelementptr inbounds %struct.node, ptr %223, i64 0, i32 1
  store i32 %3, ptr %227, align 4, !tbaa !35
  %228 = tail call fastcc ptr @parse_expression(ptr noundef %0, i32 noundef 1)
  %229 = getelementptr inbounds %struct.node, ptr %223, i64 0, i32 6
  store ptr %228, ptr %229, align 8, !tbaa !113
  %230 = tail call fastcc ptr @parse_block(ptr noundef %0)
  %231 = getelementptr inbounds %struct.node, ptr %223, i64 0, i32 7
  store ptr %230, ptr %231, align 8, !tbaa !115
  %232 = load i32, ptr %4, align 8, !tbaa !36
  %233 = icmp eq i32 %232, 8
  br i1 %233, label %234, label %352

234:                                              ; preds = %218
  tail call fastcc void @advance(ptr noundef %0)
  %235 = load i32, ptr %4, align 8, !tbaa !36
  %236 = icmp eq i32 %235, 7
  br i1 %236, label %237, label %239

237:                                              ; preds = %234
  %238 = tail call fastcc ptr @parse_statement(ptr noundef %0)
  br label %241

239:                                              ; preds = %234
  %240 = tail call fastcc ptr @parse_block(ptr noundef %0)
  br label %241

241:                                              ; preds = %239, %237
  %242 = phi ptr [ %238, %237 ], [ %240, %239 ]
  %243 = getelementptr inbounds %struct.node, ptr %223, i64 0, i32 8
  store ptr %242, ptr %243, align 8, !tbaa !118
  br label %352

244:                                              ; preds = %196
  %245 = load i32, ptr %4, align 8, !tbaa !36
  %246 = icmp eq i32 %245, 9
  br i1 %246, label %247, label %280

247:                                              ; preds = %244
  tail call fastcc void @advance(ptr noundef %0)
  %248 = load ptr, ptr @arena, align 8, !tbaa !4
  %249 = icmp eq ptr %248, null
  br i1 %249, label %257, label %250

250:                                              ; preds = %247
  %251 = getelementptr inbounds %struct.arena_block, ptr %248, i64 0, i32 1
  %252 = load i64, ptr %251, align 8, !tbaa !21
  %253 = add i64 %252, 80
  %254 = getelementptr inbounds %struct.arena_block, ptr %248, i64 0, i32 2
  %255 = load i64, ptr %254, align 16, !tbaa !21
  %256 = icmp ugt i64 %253, %255
  br i1 %256, label %257, label %266

257:                                              ; preds = %250, %247
  %258 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %259 = icmp eq ptr %258, null
  br i1 %259, label %260, label %263

260:                                              ; preds = %257
  %261 = load ptr, ptr @stderr, align 8, !tbaa !4
  %262 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %261) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

263:                                              ; preds = %257
  store ptr %248, ptr %258, align 16, !tbaa !4
  %264 = getelementptr inbounds %struct.arena_block, ptr %258, i64 0, i32 1
  store i64 0, ptr %264, align 8, !tbaa !21
  %265 = getelementptr inbounds %struct.arena_block, ptr %258, i64 0, i32 2
  store i64 65536, ptr %265, align 16, !tbaa !21
  store ptr %258, ptr @arena, align 8, !tbaa !4
  br label %266

266:                                              ; preds = %250, %263
  %267 = load ptr, ptr @arena, align 8, !tbaa !4
  %268 = getelementptr inbounds %struct.arena_block, ptr %267, i64 0, i32 4
  %269 = getelementptr inbounds %struct.arena_block, ptr %267, i64 0, i32 1
  %270 = load i64, ptr %269, align 8, !tbaa !21
  %271 = getelementptr inbounds i8, ptr %268, i64 %270
  %272 = add i64 %270, 80
  store i64 %272, ptr %269, align 8, !tbaa !21
  %273 = load i64, ptr @arena_total, align 8, !tbaa !21
  %274 = add i64 %273, 80
  store i64 %274, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %271, i8 0, i64 80, i1 false)
  store i32 19, ptr %271, align 8, !tbaa !31
  %275 = getelementptr inbounds %struct.node, ptr %271, i64 0, i32 1
  store i32 %3, ptr %275, align 4, !tbaa !35
  %276 = tail call fastcc ptr @parse_expression(ptr noundef %0, i32 noundef 1)
  %277 = getelementptr inbounds %struct.node, ptr %271, i64 0, i32 6
  store ptr %276, ptr %277, align 8, !tbaa !113
  %278 = tail call fastcc ptr @parse_block(ptr noundef %0)
  %279 = getelementptr inbounds %struct.node, ptr %271, i64 0, i32 7
  store ptr %278, ptr %279, align 8, !tbaa !115
  br label %352

280:                                              ; preds = %244
  %281 = load i32, ptr %4, align 8, !tbaa !36
  %282 = icmp eq i32 %281, 10
  br i1 %282, label %283, label %297

283:                                              ; preds = %280
  tail call fastcc void @advance(ptr noundef %0)
  %284 = tail call fastcc ptr @new_node(i32 noundef 20, i32 noundef %3)
  tail call fastcc void @expect(ptr noundef %0, i32 noundef 4, ptr noundef nonnull @.str.138)
  %285 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 1
  %286 = load ptr, ptr %285, align 8, !tbaa !242
  %287 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 2
  %288 = load i32, ptr %287, align 8, !tbaa !243
  %289 = tail call fastcc ptr @intern(ptr noundef %286, i32 noundef %288)
  %290 = getelementptr inbounds %struct.node, ptr %284, i64 0, i32 5
  store ptr %289, ptr %290, align 8, !tbaa !111
  tail call fastcc void @expect(ptr noundef %0, i32 noundef 11, ptr noundef nonnull @.str.139)
  %291 = tail call fastcc ptr @parse_expression(ptr noundef %0, i32 noundef 1)
  %292 = getelementptr inbounds %struct.node, ptr %284, i64 0, i32 6
  store ptr %291, ptr %292, align 8, !tbaa !113
  tail call fastcc void @expect(ptr noundef %0, i32 noundef 41, ptr noundef nonnull @.str.140)
  %293 = tail call fastcc ptr @parse_expression(ptr noundef %0, i32 noundef 1)
  %294 = getelementptr inbounds %struct.node, ptr %284, i64 0, i32 7
  store ptr %293, ptr %294, align 8, !tbaa !115
  %295 = tail call fastcc ptr @parse_block(ptr noundef %0)
  %296 = getelementptr inbounds %struct.node, ptr %284, i64 0, i32 8
  store ptr %295, ptr %296, align 8, !tbaa !118
  br label %352

297:                                              ; preds = %280
  %298 = load i32, ptr %4, align 8, !tbaa !36
  %299 = icmp eq i32 %298, 12
  br i1 %299, label %300, label %308

300:                                              ; preds = %297
  tail call fastcc void @advance(ptr noundef %0)
  %301 = tail call fastcc ptr @new_node(i32 noundef 21, i32 noundef %3)
  %302 = load i32, ptr %4, align 8, !tbaa !36
  %303 = icmp eq i32 %302, 40
  br i1 %303, label %307, label %304

304:                                              ; preds = %300
  %305 = tail call fastcc ptr @parse_expression(ptr noundef %0, i32 noundef 1)
  %306 = getelementptr inbounds %struct.node, ptr %301, i64 0, i32 6
  store ptr %305, ptr %306, align 8, !tbaa !113
  br label %307

307:                                              ; preds = %304, %300
  tail call fastcc void @expect(ptr noundef %0, i32 noundef 40, ptr noundef nonnull @.str.141)
  br label %352

308:                                              ; preds = %297
  %309 = load i32, ptr %4, align 8, !tbaa !36
  %310 = icmp eq i32 %309, 19
  br i1 %310, label %314, label %311

311:                                              ; preds = %308
  %312 = load i32, ptr %4, align 8, !tbaa !36
  %313 = icmp eq i32 %312, 20
  br i1 %313, label %314, label %320

314:                                              ; preds = %311, %308
  tail call fastcc void @advance(ptr noundef %0)
  %315 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2
  %316 = load i32, ptr %315, align 8, !tbaa !246
  %317 = icmp eq i32 %316, 19
  %318 = select i1 %317, i32 22, i32 23
  %319 = tail call fastcc ptr @new_node(i32 noundef %318, i32 noundef %3)
  tail call fastcc void @expect(ptr noundef %0, i32 noundef 40, ptr noundef nonnull @.str.142)
  br label %352

320:                                              ; preds = %311
  %321 = load i32, ptr %4, align 8, !tbaa !36
  %322 = icmp eq i32 %321, 35
  br i1 %322, label %323, label %325

323:                                              ; preds = %320
  %324 = tail call fastcc ptr @parse_block(ptr noundef %0)
  br label %352

325:                                              ; preds = %320
  %326 = tail call fastcc ptr @parse_expression(ptr noundef %0, i32 noundef 1)
  %327 = load i32, ptr %4, align 8, !tbaa !36
  %328 = icmp eq i32 %327, 32
  br i1 %328, label %329, label %349

329:                                              ; preds = %325
  tail call fastcc void @advance(ptr noundef %0)
  %330 = load i32, ptr %326, align 8, !tbaa !31
  switch i32 %330, label %344 [
    i32 6, label %331
    i32 12, label %336
  ]

331:                                              ; preds = %329
  %332 = tail call fastcc ptr @new_node(i32 noundef 14, i32 noundef %3)
  %333 = getelementptr inbounds %struct.node, ptr %326, i64 0, i32 5
  %334 = load ptr, ptr %333, align 8, !tbaa !111
  %335 = getelementptr inbounds %struct.node, ptr %332, i64 0, i32 5
  store ptr %334, ptr %335, align 8, !tbaa !111
  br label %345

336:                                              ; preds = %329
  %337 = tail call fastcc ptr @new_node(i32 noundef 15, i32 noundef %3)
  %338 = getelementptr inbounds %struct.node, ptr %326, i64 0, i32 6
  %339 = load ptr, ptr %338, align 8, !tbaa !113
  %340 = getelementptr inbounds %struct.node, ptr %337, i64 0, i32 7
  store ptr %339, ptr %340, align 8, !tbaa !115
  %341 = getelementptr inbounds %struct.node, ptr %326, i64 0, i32 7
  %342 = load ptr, ptr %341, align 8, !tbaa !115
  %343 = getelementptr inbounds %struct.node, ptr %337, i64 0, i32 8
  store ptr %342, ptr %343, align 8, !tbaa !118
  br label %345

344:                                              ; preds = %329
  tail call void (i32, ptr, ...) @fail(i32 noundef %3, ptr noundef nonnull @.str.143) #29
  unreachable

345:                                              ; preds = %336, %331
  %346 = phi ptr [ %332, %331 ], [ %337, %336 ]
  %347 = tail call fastcc ptr @parse_expression(ptr noundef %0, i32 noundef 1)
  %348 = getelementptr inbounds %struct.node, ptr %346, i64 0, i32 6
  store ptr %347, ptr %348, align 8, !tbaa !113
  tail call fastcc void @expect(ptr noundef %0, i32 noundef 40, ptr noundef nonnull @.str.144)
  br label %352

349:                                              ; preds = %325
  %350 = tail call fastcc ptr @new_node(i32 noundef 24, i32 noundef %3)
  %351 = getelementptr inbounds %struct.node, ptr %350, i64 0, i32 6
  store ptr %326, ptr %351, align 8, !tbaa !113
  tail call fastcc void @expect(ptr noundef %0, i32 noundef 40, ptr noundef nonnull @.str.145)
  br label %352

352:                                              ; preds = %218, %345, %349, %241, %323, %314, %307, %283, %266, %193, %67
  %353 = phi ptr [ %31, %67 ], [ %95, %193 ], [ %271, %266 ], [ %284, %283 ], [ %301, %307 ], [ %319, %314 ], [ %324, %323 ], [ %223, %241 ], [ %346, %345 ], [ %350, %349 ], [ %223, %218 ]
  ret ptr %353
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare ptr @__ctype_b_loc() local_unnamed_addr #16

; Function Attrs: mustprogress nofree nounwind willreturn
declare double @strtod(ptr noundef readonly, ptr nocapture noundef) local_unnamed_addr #12

; Function Attrs: nounwind uwtable
define internal fastcc void @expect(ptr nocapture noundef %0, i32 noundef %1, ptr noundef %2) unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %5 = load i32, ptr %4, align 8, !tbaa !36
  %6 = icmp eq i32 %5, %1
  br i1 %6, label %7, label %8

7:                                                ; preds = %3
  tail call fastcc void @advance(ptr noundef %0)
  ret void

8:                                                ; preds = %3
  %9 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  %10 = load i32, ptr %9, align 4, !tbaa !241
  %11 = zext i32 %1 to i64
  %12 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %11
  %13 = load ptr, ptr %12, align 8, !tbaa !4
  %14 = load i32, ptr %4, align 8, !tbaa !36
  %15 = zext i32 %14 to i64
  %16 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %15
  %17 = load ptr, ptr %16, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %10, ptr noundef nonnull @.str.146, ptr noundef %13, ptr noundef %2, ptr noundef %17) #29
  unreachable
}

; Function Attrs: nounwind uwtable
define internal fastcc ptr @parse_expression(ptr nocapture noundef %0, i32 noundef %1) unnamed_addr #0 {
  %3 = tail call fastcc ptr @parse_prefix(ptr noundef %0)
  %4 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %5 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 3
  br label %6

6:                                                ; preds = %60, %2
  %7 = phi ptr [ %3, %2 ], [ %61, %60 ]
  %8 = phi ptr [ undef, %2 ], [ %62, %60 ]
  %9 = load i32, ptr %4, align 8, !tbaa !36
  switch i32 %9, label %15 [
    i32 17, label %16
    i32 16, label %10
    i32 26, label %11
    i32 27, label %11
    i32 28, label %12
    i32 29, label %12
    i32 30, label %12
    i32 31, label %12
    i32 21, label %13
    i32 22, label %13
    i32 23, label %14
    i32 24, label %14
    i32 25, label %14
  ]

10:                                               ; preds = %6
  br label %16

11:                                               ; preds = %6, %6
  br label %16

12:                                               ; preds = %6, %6, %6, %6
  br label %16

13:                                               ; preds = %6, %6
  br label %16

14:                                               ; preds = %6, %6, %6
  br label %16

15:                                               ; preds = %6
  br label %16

16:                                               ; preds = %6, %10, %11, %12, %13, %14, %15
  %17 = phi i1 [ false, %6 ], [ false, %10 ], [ false, %11 ], [ false, %12 ], [ false, %13 ], [ false, %14 ], [ true, %15 ]
  %18 = phi i32 [ 1, %6 ], [ 2, %10 ], [ 3, %11 ], [ 4, %12 ], [ 5, %13 ], [ 6, %14 ], [ 0, %15 ]
  %19 = icmp slt i32 %18, %1
  %20 = or i1 %17, %19
  br i1 %20, label %60, label %21

21:                                               ; preds = %16
  tail call fastcc void @advance(ptr noundef %0)
  %22 = add nuw nsw i32 %18, 1
  %23 = tail call fastcc ptr @parse_expression(ptr noundef %0, i32 noundef %22)
  %24 = icmp eq i32 %9, 16
  %25 = icmp eq i32 %9, 17
  %26 = select i1 %25, i32 10, i32 8
  %27 = select i1 %24, i32 9, i32 %26
  %28 = load i32, ptr %5, align 4, !tbaa !244
  %29 = load ptr, ptr @arena, align 8, !tbaa !4
  %30 = icmp eq ptr %29, null
  br i1 %30, label %38, label %31

31:                                               ; preds = %21
  %32 = getelementptr inbounds %struct.arena_block, ptr %29, i64 0, i32 1
  %33 = load i64, ptr %32, align 8, !tbaa !21
  %34 = add i64 %33, 80
  %35 = getelementptr inbounds %struct.arena_block, ptr %29, i64 0, i32 2
  %36 = load i64, ptr %35, align 16, !tbaa !21
  %37 = icmp ugt i64 %34, %36
  br i1 %37, label %38, label %47

38:                                               ; preds = %31, %21
  %39 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %40 = icmp eq ptr %39, null
  br i1 %40, label %41, label %44

41:                                               ; preds = %38
  %42 = load ptr, ptr @stderr, align 8, !tbaa !4
  %43 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %42) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

44:                                               ; preds = %38
  store ptr %29, ptr %39, align 16, !tbaa !4
  %45 = getelementptr inbounds %struct.arena_block, ptr %39, i64 0, i32 1
  store i64 0, ptr %45, align 8, !tbaa !21
  %46 = getelementptr inbounds %struct.arena_block, ptr %39, i64 0, i32 2
  store i64 65536, ptr %46, align 16, !tbaa !21
  store ptr %39, ptr @arena, align 8, !tbaa !4
  br label %47

47:                                               ; preds = %31, %44
  %48 = load ptr, ptr @arena, align 8, !tbaa !4
  %49 = getelementptr inbounds %struct.arena_block, ptr %48, i64 0, i32 4
  %50 = getelementptr inbounds %struct.arena_block, ptr %48, i64 0, i32 1
  %51 = load i64, ptr %50, align 8, !tbaa !21
  %52 = getelementptr inbounds i8, ptr %49, i64 %51
  %53 = add i64 %51, 80
  store i64 %53, ptr %50, align 8, !tbaa !21
  %54 = load i64, ptr @arena_total, align 8, !tbaa !21
  %55 = add i64 %54, 80
  store i64 %55, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %52, i8 0, i64 80, i1 false)
  store i32 %27, ptr %52, align 8, !tbaa !31
  %56 = getelementptr inbounds %struct.node, ptr %52, i64 0, i32 1
  store i32 %28, ptr %56, align 4, !tbaa !35
  %57 = getelementptr inbounds %struct.node, ptr %52, i64 0, i32 2
  store i32 %9, ptr %57, align 8, !tbaa !114
  %58 = getelementptr inbounds %struct.node, ptr %52, i64 0, i32 6
  store ptr %7, ptr %58, align 8, !tbaa !113
  %59 = getelementptr inbounds %struct.node, ptr %52, i64 0, i32 7
  store ptr %23, ptr %59, align 8, !tbaa !115
  br label %60

60:                                               ; preds = %16, %47
  %61 = phi ptr [ %52, %47 ], [ %7, %16 ]
  %62 = phi ptr [ %8, %47 ], [ %7, %16 ]
  br i1 %20, label %63, label %6, !llvm.loop !247

63:                                               ; preds = %60
  ret ptr %62
}

; Function Attrs: nounwind uwtable
define internal fastcc nonnull ptr @parse_block(ptr noundef %0) unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  %3 = load i32, ptr %2, align 4, !tbaa !241
  %4 = load ptr, ptr @arena, align 8, !tbaa !4
  %5 = icmp eq ptr %4, null
  br i1 %5, label %13, label %6

6:                                                ; preds = %1
  %7 = getelementptr inbounds %struct.arena_block, ptr %4, i64 0, i32 1
  %8 = load i64, ptr %7, align 8, !tbaa !21
  %9 = add i64 %8, 80
  %10 = getelementptr inbounds %struct.arena_block, ptr %4, i64 0, i32 2
  %11 = load i64, ptr %10, align 16, !tbaa !21
  %12 = icmp ugt i64 %9, %11
  br i1 %12, label %13, label %22

13:                                               ; preds = %6, %1
  %14 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %15 = icmp eq ptr %14, null
  br i1 %15, label %16, label %19

16:                                               ; preds = %13
  %17 = load ptr, ptr @stderr, align 8, !tbaa !4
  %18 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %17) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

19:                                               ; preds = %13
  store ptr %4, ptr %14, align 16, !tbaa !4
  %20 = getelementptr inbounds %struct.arena_block, ptr %14, i64 0, i32 1
  store i64 0, ptr %20, align 8, !tbaa !21
  %21 = getelementptr inbounds %struct.arena_block, ptr %14, i64 0, i32 2
  store i64 65536, ptr %21, align 16, !tbaa !21
  store ptr %14, ptr @arena, align 8, !tbaa !4
  br label %22

22:                                               ; preds = %6, %19
  %23 = load ptr, ptr @arena, align 8, !tbaa !4
  %24 = getelementptr inbounds %struct.arena_block, ptr %23, i64 0, i32 4
  %25 = getelementptr inbounds %struct.arena_block, ptr %23, i64 0, i32 1
  %26 = load i64, ptr %25, align 8, !tbaa !21
  %27 = getelementptr inbounds i8, ptr %24, i64 %26
  %28 = add i64 %26, 80
  store i64 %28, ptr %25, align 8, !tbaa !21
  %29 = load i64, ptr @arena_total, align 8, !tbaa !21
  %30 = add i64 %29, 80
  store i64 %30, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %27, i8 0, i64 80, i1 false)
  store i32 17, ptr %27, align 8, !tbaa !31
  %31 = getelementptr inbounds %struct.node, ptr %27, i64 0, i32 1
  store i32 %3, ptr %31, align 4, !tbaa !35
  %32 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %33 = load i32, ptr %32, align 8, !tbaa !36
  %34 = icmp eq i32 %33, 35
  br i1 %34, label %40, label %35

35:                                               ; preds = %22
  %36 = load i32, ptr %2, align 4, !tbaa !241
  %37 = zext i32 %33 to i64
  %38 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %37
  %39 = load ptr, ptr %38, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %36, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.102, ptr noundef nonnull @.str.153, ptr noundef %39) #29
  unreachable

40:                                               ; preds = %22
  tail call fastcc void @advance(ptr noundef %0)
  %41 = getelementptr inbounds %struct.node, ptr %27, i64 0, i32 9
  %42 = getelementptr inbounds %struct.node, ptr %27, i64 0, i32 11
  %43 = getelementptr inbounds %struct.node, ptr %27, i64 0, i32 10
  br label %44

44:                                               ; preds = %46, %40
  %45 = load i32, ptr %32, align 8, !tbaa !36
  switch i32 %45, label %46 [
    i32 36, label %61
    i32 0, label %56
  ]

46:                                               ; preds = %44
  %47 = tail call fastcc ptr @parse_statement(ptr noundef %0)
  %48 = load ptr, ptr %41, align 8, !tbaa !39
  %49 = load i32, ptr %43, align 8, !tbaa !40
  %50 = add nsw i32 %49, 1
  %51 = tail call fastcc ptr @grow(ptr noundef %48, ptr noundef nonnull %42, i32 noundef %50, i64 noundef 8)
  store ptr %51, ptr %41, align 8, !tbaa !39
  %52 = load i32, ptr %43, align 8, !tbaa !40
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %43, align 8, !tbaa !40
  %54 = sext i32 %52 to i64
  %55 = getelementptr inbounds ptr, ptr %51, i64 %54
  store ptr %47, ptr %55, align 8, !tbaa !4
  br label %44, !llvm.loop !248

56:                                               ; preds = %44
  %57 = load i32, ptr %2, align 4, !tbaa !241
  %58 = zext i32 %45 to i64
  %59 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %58
  %60 = load ptr, ptr %59, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %57, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.103, ptr noundef nonnull @.str.154, ptr noundef %60) #29
  unreachable

61:                                               ; preds = %44
  tail call fastcc void @advance(ptr noundef %0)
  ret ptr %27
}

; Function Attrs: nounwind uwtable
define internal fastcc ptr @parse_prefix(ptr nocapture noundef %0) unnamed_addr #0 {
  %2 = alloca [1024 x i8], align 16
  %3 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %4 = load i32, ptr %3, align 8, !tbaa.struct !138
  %5 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 1
  %6 = load ptr, ptr %5, align 8, !tbaa.struct !236
  %7 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 2
  %8 = load i32, ptr %7, align 8, !tbaa.struct !237
  %9 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  %10 = load i32, ptr %9, align 4, !tbaa.struct !238
  %11 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 4
  %12 = load i64, ptr %11, align 8, !tbaa.struct !239
  %13 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 5
  %14 = load double, ptr %13, align 8, !tbaa.struct !240
  tail call fastcc void @advance(ptr noundef %0)
  switch i32 %4, label %359 [
    i32 1, label %15
    i32 2, label %45
    i32 3, label %75
    i32 15, label %138
    i32 13, label %167
    i32 14, label %196
    i32 4, label %225
    i32 33, label %256
    i32 37, label %267
    i32 22, label %325
    i32 18, label %325
  ]

15:                                               ; preds = %1
  %16 = load ptr, ptr @arena, align 8, !tbaa !4
  %17 = icmp eq ptr %16, null
  br i1 %17, label %25, label %18

18:                                               ; preds = %15
  %19 = getelementptr inbounds %struct.arena_block, ptr %16, i64 0, i32 1
  %20 = load i64, ptr %19, align 8, !tbaa !21
  %21 = add i64 %20, 80
  %22 = getelementptr inbounds %struct.arena_block, ptr %16, i64 0, i32 2
  %23 = load i64, ptr %22, align 16, !tbaa !21
  %24 = icmp ugt i64 %21, %23
  br i1 %24, label %25, label %34

25:                                               ; preds = %18, %15
  %26 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %27 = icmp eq ptr %26, null
  br i1 %27, label %28, label %31

28:                                               ; preds = %25
  %29 = load ptr, ptr @stderr, align 8, !tbaa !4
  %30 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %29) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

31:                                               ; preds = %25
  store ptr %16, ptr %26, align 16, !tbaa !4
  %32 = getelementptr inbounds %struct.arena_block, ptr %26, i64 0, i32 1
  store i64 0, ptr %32, align 8, !tbaa !21
  %33 = getelementptr inbounds %struct.arena_block, ptr %26, i64 0, i32 2
  store i64 65536, ptr %33, align 16, !tbaa !21
  store ptr %26, ptr @arena, align 8, !tbaa !4
  br label %34

34:                                               ; preds = %18, %31
  %35 = load ptr, ptr @arena, align 8, !tbaa !4
  %36 = getelementptr inbounds %struct.arena_block, ptr %35, i64 0, i32 4
  %37 = getelementptr inbounds %struct.arena_block, ptr %35, i64 0, i32 1
  %38 = load i64, ptr %37, align 8, !tbaa !21
  %39 = getelementptr inbounds i8, ptr %36, i64 %38
  %40 = add i64 %38, 80
  store i64 %40, ptr %37, align 8, !tbaa !21
  %41 = load i64, ptr @arena_total, align 8, !tbaa !21
  %42 = add i64 %41, 80
  store i64 %42, ptr @arena_total, align 8, !tbaa !21
  %43 = getelementptr inbounds %struct.node, ptr %39, i64 0, i32 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %39, i8 0, i64 80, i1 false)
  store i32 %10, ptr %43, align 4, !tbaa !35
  %44 = getelementptr inbounds %struct.node, ptr %39, i64 0, i32 3
  store i64 %12, ptr %44, align 8, !tbaa !109
  br label %363

45:                                               ; preds = %1
  %46 = load ptr, ptr @arena, align 8, !tbaa !4
  %47 = icmp eq ptr %46, null
  br i1 %47, label %55, label %48

48:                                               ; preds = %45
  %49 = getelementptr inbounds %struct.arena_block, ptr %46, i64 0, i32 1
  %50 = load i64, ptr %49, align 8, !tbaa !21
  %51 = add i64 %50, 80
  %52 = getelementptr inbounds %struct.arena_block, ptr %46, i64 0, i32 2
  %53 = load i64, ptr %52, align 16, !tbaa !21
  %54 = icmp ugt i64 %51, %53
  br i1 %54, label %55, label %64

55:                                               ; preds = %48, %45
  %56 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %57 = icmp eq ptr %56, null
  br i1 %57, label %58, label %61

58:                                               ; preds = %55
  %59 = load ptr, ptr @stderr, align 8, !tbaa !4
  %60 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %59) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

61:                                               ; preds = %55
  store ptr %46, ptr %56, align 16, !tbaa !4
  %62 = getelementptr inbounds %struct.arena_block, ptr %56, i64 0, i32 1
  store i64 0, ptr %62, align 8, !tbaa !21
  %63 = getelementptr inbounds %struct.arena_block, ptr %56, i64 0, i32 2
  store i64 65536, ptr %63, align 16, !tbaa !21
  store ptr %56, ptr @arena, align 8, !tbaa !4
  br label %64

64:                                               ; preds = %48, %61
  %65 = load ptr, ptr @arena, align 8, !tbaa !4
  %66 = getelementptr inbounds %struct.arena_block, ptr %65, i64 0, i32 4
  %67 = getelementptr inbounds %struct.arena_block, ptr %65, i64 0, i32 1
  %68 = load i64, ptr %67, align 8, !tbaa !21
  %69 = getelementptr inbounds i8, ptr %66, i64 %68
  %70 = add i64 %68, 80
  store i64 %70, ptr %67, align 8, !tbaa !21
  %71 = load i64, ptr @arena_total, align 8, !tbaa !21
  %72 = add i64 %71, 80
  store i64 %72, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %69, i8 0, i64 80, i1 false)
  store i32 1, ptr %69, align 8, !tbaa !31
  %73 = getelementptr inbounds %struct.node, ptr %69, i64 0, i32 1
  store i32 %10, ptr %73, align 4, !tbaa !35
  %74 = getelementptr inbounds %struct.node, ptr %69, i64 0, i32 4
  store double %14, ptr %74, align 8, !tbaa !110
  br label %363

75:                                               ; preds = %1
  %76 = load ptr, ptr @arena, align 8, !tbaa !4
  %77 = icmp eq ptr %76, null
  br i1 %77, label %85, label %78

78:                                               ; preds = %75
  %79 = getelementptr inbounds %struct.arena_block, ptr %76, i64 0, i32 1
  %80 = load i64, ptr %79, align 8, !tbaa !21
  %81 = add i64 %80, 80
  %82 = getelementptr inbounds %struct.arena_block, ptr %76, i64 0, i32 2
  %83 = load i64, ptr %82, align 16, !tbaa !21
  %84 = icmp ugt i64 %81, %83
  br i1 %84, label %85, label %94

85:                                               ; preds = %78, %75
  %86 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %87 = icmp eq ptr %86, null
  br i1 %87, label %88, label %91

88:                                               ; preds = %85
  %89 = load ptr, ptr @stderr, align 8, !tbaa !4
  %90 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %89) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

91:                                               ; preds = %85
  store ptr %76, ptr %86, align 16, !tbaa !4
  %92 = getelementptr inbounds %struct.arena_block, ptr %86, i64 0, i32 1
  store i64 0, ptr %92, align 8, !tbaa !21
  %93 = getelementptr inbounds %struct.arena_block, ptr %86, i64 0, i32 2
  store i64 65536, ptr %93, align 16, !tbaa !21
  store ptr %86, ptr @arena, align 8, !tbaa !4
  br label %94

94:                                               ; preds = %78, %91
  %95 = load ptr, ptr @arena, align 8, !tbaa !4
  %96 = getelementptr inbounds %struct.arena_block, ptr %95, i64 0, i32 4
  %97 = getelementptr inbounds %struct.arena_block, ptr %95, i64 0, i32 1
  %98 = load i64, ptr %97, align 8, !tbaa !21
  %99 = getelementptr inbounds i8, ptr %96, i64 %98
  %100 = add i64 %98, 80
  store i64 %100, ptr %97, align 8, !tbaa !21
  %101 = load i64, ptr @arena_total, align 8, !tbaa !21
  %102 = add i64 %101, 80
  store i64 %102, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %99, i8 0, i64 80, i1 false)
  store i32 2, ptr %99, align 8, !tbaa !31
  %103 = getelementptr inbounds %struct.node, ptr %99, i64 0, i32 1
  store i32 %10, ptr %103, align 4, !tbaa !35
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %2) #24
  %104 = add nsw i32 %8, -1
  %105 = icmp sgt i32 %8, 2
  br i1 %105, label %108, label %134

106:                                              ; preds = %125
  %107 = trunc i64 %128 to i32
  br label %134

108:                                              ; preds = %94, %125
  %109 = phi i64 [ %128, %125 ], [ 0, %94 ]
  %110 = phi i32 [ %130, %125 ], [ 1, %94 ]
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds i8, ptr %6, i64 %111
  %113 = load i8, ptr %112, align 1, !tbaa !55
  %114 = icmp eq i8 %113, 92
  br i1 %114, label %115, label %125

115:                                              ; preds = %108
  %116 = add nsw i32 %110, 1
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds i8, ptr %6, i64 %117
  %119 = load i8, ptr %118, align 1, !tbaa !55
  %120 = sext i8 %119 to i32
  switch i32 %120, label %123 [
    i32 110, label %121
    i32 116, label %122
    i32 92, label %125
    i32 34, label %125
  ]

121:                                              ; preds = %115
  br label %125

122:                                              ; preds = %115
  br label %125

123:                                              ; preds = %115
  %124 = sext i8 %119 to i32
  tail call void (i32, ptr, ...) @fail(i32 noundef %10, ptr noundef nonnull @.str.150, i32 noundef %124) #29
  unreachable

125:                                              ; preds = %122, %121, %115, %115, %108
  %126 = phi i32 [ %116, %115 ], [ %116, %115 ], [ %116, %122 ], [ %116, %121 ], [ %110, %108 ]
  %127 = phi i8 [ %119, %115 ], [ %119, %115 ], [ 9, %122 ], [ 10, %121 ], [ %113, %108 ]
  %128 = add nuw nsw i64 %109, 1
  %129 = getelementptr inbounds [1024 x i8], ptr %2, i64 0, i64 %109
  store i8 %127, ptr %129, align 1, !tbaa !55
  %130 = add nsw i32 %126, 1
  %131 = icmp slt i32 %130, %104
  %132 = icmp ult i64 %109, 1022
  %133 = select i1 %131, i1 %132, i1 false
  br i1 %133, label %108, label %106, !llvm.loop !249

134:                                              ; preds = %94, %106
  %135 = phi i32 [ 0, %94 ], [ %107, %106 ]
  %136 = call fastcc ptr @intern(ptr noundef nonnull %2, i32 noundef %135)
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %2) #24
  %137 = getelementptr inbounds %struct.node, ptr %99, i64 0, i32 5
  store ptr %136, ptr %137, align 8, !tbaa !111
  br label %363

138:                                              ; preds = %1
  %139 = load ptr, ptr @arena, align 8, !tbaa !4
  %140 = icmp eq ptr %139, null
  br i1 %140, label %148, label %141

141:                                              ; preds = %138
  %142 = getelementptr inbounds %struct.arena_block, ptr %139, i64 0, i32 1
  %143 = load i64, ptr %142, align 8, !tbaa !21
  %144 = add i64 %143, 80
  %145 = getelementptr inbounds %struct.arena_block, ptr %139, i64 0, i32 2
  %146 = load i64, ptr %145, align 16, !tbaa !21
  %147 = icmp ugt i64 %144, %146
  br i1 %147, label %148, label %157

148:                                              ; preds = %141, %138
  %149 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %150 = icmp eq ptr %149, null
  br i1 %150, label %151, label %154

151:                                              ; preds = %148
  %152 = load ptr, ptr @stderr, align 8, !tbaa !4
  %153 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %152) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

154:                                              ; preds = %148
  store ptr %139, ptr %149, align 16, !tbaa !4
  %155 = getelementptr inbounds %struct.arena_block, ptr %149, i64 0, i32 1
  store i64 0, ptr %155, align 8, !tbaa !21
  %156 = getelementptr inbounds %struct.arena_block, ptr %149, i64 0, i32 2
  store i64 65536, ptr %156, align 16, !tbaa !21
  store ptr %149, ptr @arena, align 8, !tbaa !4
  br label %157

157:                                              ; preds = %141, %154
  %158 = load ptr, ptr @arena, align 8, !tbaa !4
  %159 = getelementptr inbounds %struct.arena_block, ptr %158, i64 0, i32 4
  %160 = getelementptr inbounds %struct.arena_block, ptr %158, i64 0, i32 1
  %161 = load i64, ptr %160, align 8, !tbaa !21
  %162 = getelementptr inbounds i8, ptr %159, i64 %161
  %163 = add i64 %161, 80
  store i64 %163, ptr %160, align 8, !tbaa !21
  %164 = load i64, ptr @arena_total, align 8, !tbaa !21
  %165 = add i64 %164, 80
  store i64 %165, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %162, i8 0, i64 80, i1 false)
  store i32 3, ptr %162, align 8, !tbaa !31
  %166 = getelementptr inbounds %struct.node, ptr %162, i64 0, i32 1
  store i32 %10, ptr %166, align 4, !tbaa !35
  br label %363

167:                                              ; preds = %1
  %168 = load ptr, ptr @arena, align 8, !tbaa !4
  %169 = icmp eq ptr %168, null
  br i1 %169, label %177, label %170

170:                                              ; preds = %167
  %171 = getelementptr inbounds %struct.arena_block, ptr %168, i64 0, i32 1
  %172 = load i64, ptr %171, align 8, !tbaa !21
  %173 = add i64 %172, 80
  %174 = getelementptr inbounds %struct.arena_block, ptr %168, i64 0, i32 2
  %175 = load i64, ptr %174, align 16, !tbaa !21
  %176 = icmp ugt i64 %173, %175
  br i1 %176, label %177, label %186

177:                                              ; preds = %170, %167
  %178 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %179 = icmp eq ptr %178, null
  br i1 %179, label %180, label %183

180:                                              ; preds = %177
  %181 = load ptr, ptr @stderr, align 8, !tbaa !4
  %182 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %181) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

183:                                              ; preds = %177
  store ptr %168, ptr %178, align 16, !tbaa !4
  %184 = getelementptr inbounds %struct.arena_block, ptr %178, i64 0, i32 1
  store i64 0, ptr %184, align 8, !tbaa !21
  %185 = getelementptr inbounds %struct.arena_block, ptr %178, i64 0, i32 2
  store i64 65536, ptr %185, align 16, !tbaa !21
  store ptr %178, ptr @arena, align 8, !tbaa !4
  br label %186

186:                                              ; preds = %170, %183
  %187 = load ptr, ptr @arena, align 8, !tbaa !4
  %188 = getelementptr inbounds %struct.arena_block, ptr %187, i64 0, i32 4
  %189 = getelementptr inbounds %struct.arena_block, ptr %187, i64 0, i32 1
  %190 = load i64, ptr %189, align 8, !tbaa !21
  %191 = getelementptr inbounds i8, ptr %188, i64 %190
  %192 = add i64 %190, 80
  store i64 %192, ptr %189, align 8, !tbaa !21
  %193 = load i64, ptr @arena_total, align 8, !tbaa !21
  %194 = add i64 %193, 80
  store i64 %194, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %191, i8 0, i64 80, i1 false)
  store i32 4, ptr %191, align 8, !tbaa !31
  %195 = getelementptr inbounds %struct.node, ptr %191, i64 0, i32 1
  store i32 %10, ptr %195, align 4, !tbaa !35
  br label %363

196:                                              ; preds = %1
  %197 = load ptr, ptr @arena, align 8, !tbaa !4
  %198 = icmp eq ptr %197, null
  br i1 %198, label %206, label %199

199:                                              ; preds = %196
  %200 = getelementptr inbounds %struct.arena_block, ptr %197, i64 0, i32 1
  %201 = load i64, ptr %200, align 8, !tbaa !21
  %202 = add i64 %201, 80
  %203 = getelementptr inbounds %struct.arena_block, ptr %197, i64 0, i32 2
  %204 = load i64, ptr %203, align 16, !tbaa !21
  %205 = icmp ugt i64 %202, %204
  br i1 %205, label %206, label %215

206:                                              ; preds = %199, %196
  %207 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %208 = icmp eq ptr %207, null
  br i1 %208, label %209, label %212

209:                                              ; preds = %206
  %210 = load ptr, ptr @stderr, align 8, !tbaa !4
  %211 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %210) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

212:                                              ; preds = %206
  store ptr %197, ptr %207, align 16, !tbaa !4
  %213 = getelementptr inbounds %struct.arena_block, ptr %207, i64 0, i32 1
  store i64 0, ptr %213, align 8, !tbaa !21
  %214 = getelementptr inbounds %struct.arena_block, ptr %207, i64 0, i32 2
  store i64 65536, ptr %214, align 16, !tbaa !21
  store ptr %207, ptr @arena, align 8, !tbaa !4
  br label %215

215:                                              ; preds = %199, %212
  %216 = load ptr, ptr @arena, align 8, !tbaa !4
  %217 = getelementptr inbounds %struct.arena_block, ptr %216, i64 0, i32 4
  %218 = getelementptr inbounds %struct.arena_block, ptr %216, i64 0, i32 1
  %219 = load i64, ptr %218, align 8, !tbaa !21
  %220 = getelementptr inbounds i8, ptr %217, i64 %219
  %221 = add i64 %219, 80
  store i64 %221, ptr %218, align 8, !tbaa !21
  %222 = load i64, ptr @arena_total, align 8, !tbaa !21
  %223 = add i64 %222, 80
  store i64 %223, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %220, i8 0, i64 80, i1 false)
  store i32 5, ptr %220, align 8, !tbaa !31
  %224 = getelementptr inbounds %struct.node, ptr %220, i64 0, i32 1
  store i32 %10, ptr %224, align 4, !tbaa !35
  br label %363

225:                                              ; preds = %1
  %226 = load ptr, ptr @arena, align 8, !tbaa !4
  %227 = icmp eq ptr %226, null
  br i1 %227, label %235, label %228

228:                                              ; preds = %225
  %229 = getelementptr inbounds %struct.arena_block, ptr %226, i64 0, i32 1
  %230 = load i64, ptr %229, align 8, !tbaa !21
  %231 = add i64 %230, 80
  %232 = getelementptr inbounds %struct.arena_block, ptr %226, i64 0, i32 2
  %233 = load i64, ptr %232, align 16, !tbaa !21
  %234 = icmp ugt i64 %231, %233
  br i1 %234, label %235, label %244

235:                                              ; preds = %228, %225
  %236 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %237 = icmp eq ptr %236, null
  br i1 %237, label %238, label %241

238:                                              ; preds = %235
  %239 = load ptr, ptr @stderr, align 8, !tbaa !4
  %240 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %239) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

241:                                              ; preds = %235
  store ptr %226, ptr %236, align 16, !tbaa !4
  %242 = getelementptr inbounds %struct.arena_block, ptr %236, i64 0, i32 1
  store i64 0, ptr %242, align 8, !tbaa !21
  %243 = getelementptr inbounds %struct.arena_block, ptr %236, i64 0, i32 2
  store i64 65536, ptr %243, align 16, !tbaa !21
  store ptr %236, ptr @arena, align 8, !tbaa !4
  br label %244

244:                                              ; preds = %228, %241
  %245 = load ptr, ptr @arena, align 8, !tbaa !4
  %246 = getelementptr inbounds %struct.arena_block, ptr %245, i64 0, i32 4
  %247 = getelementptr inbounds %struct.arena_block, ptr %245, i64 0, i32 1
  %248 = load i64, ptr %247, align 8, !tbaa !21
  %249 = getelementptr inbounds i8, ptr %246, i64 %248
  %250 = add i64 %248, 80
  store i64 %250, ptr %247, align 8, !tbaa !21
  %251 = load i64, ptr @arena_total, align 8, !tbaa !21
  %252 = add i64 %251, 80
  store i64 %252, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %249, i8 0, i64 80, i1 false)
  store i32 6, ptr %249, align 8, !tbaa !31
  %253 = getelementptr inbounds %struct.node, ptr %249, i64 0, i32 1
  store i32 %10, ptr %253, align 4, !tbaa !35
  %254 = tail call fastcc ptr @intern(ptr noundef %6, i32 noundef %8)
  %255 = getelementptr inbounds %struct.node, ptr %249, i64 0, i32 5
  store ptr %254, ptr %255, align 8, !tbaa !111
  br label %363

256:                                              ; preds = %1
  %257 = tail call fastcc ptr @parse_expression(ptr noundef %0, i32 noundef 1)
  %258 = load i32, ptr %3, align 8, !tbaa !36
  %259 = icmp eq i32 %258, 34
  br i1 %259, label %266, label %260

260:                                              ; preds = %256
  %261 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  %262 = load i32, ptr %261, align 4, !tbaa !241
  %263 = zext i32 %258 to i64
  %264 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %263
  %265 = load ptr, ptr %264, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %262, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.101, ptr noundef nonnull @.str.147, ptr noundef %265) #29
  unreachable

266:                                              ; preds = %256
  tail call fastcc void @advance(ptr noundef %0)
  br label %363

267:                                              ; preds = %1
  %268 = load ptr, ptr @arena, align 8, !tbaa !4
  %269 = icmp eq ptr %268, null
  br i1 %269, label %277, label %270

270:                                              ; preds = %267
  %271 = getelementptr inbounds %struct.arena_block, ptr %268, i64 0, i32 1
  %272 = load i64, ptr %271, align 8, !tbaa !21
  %273 = add i64 %272, 80
  %274 = getelementptr inbounds %struct.arena_block, ptr %268, i64 0, i32 2
  %275 = load i64, ptr %274, align 16, !tbaa !21
  %276 = icmp ugt i64 %273, %275
  br i1 %276, label %277, label %286

277:                                              ; preds = %270, %267
  %278 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %279 = icmp eq ptr %278, null
  br i1 %279, label %280, label %283

280:                                              ; preds = %277
  %281 = load ptr, ptr @stderr, align 8, !tbaa !4
  %282 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %281) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

283:                                              ; preds = %277
  store ptr %268, ptr %278, align 16, !tbaa !4
  %284 = getelementptr inbounds %struct.arena_block, ptr %278, i64 0, i32 1
  store i64 0, ptr %284, align 8, !tbaa !21
  %285 = getelementptr inbounds %struct.arena_block, ptr %278, i64 0, i32 2
  store i64 65536, ptr %285, align 16, !tbaa !21
  store ptr %278, ptr @arena, align 8, !tbaa !4
  br label %286

286:                                              ; preds = %270, %283
  %287 = load ptr, ptr @arena, align 8, !tbaa !4
  %288 = getelementptr inbounds %struct.arena_block, ptr %287, i64 0, i32 4
  %289 = getelementptr inbounds %struct.arena_block, ptr %287, i64 0, i32 1
  %290 = load i64, ptr %289, align 8, !tbaa !21
  %291 = getelementptr inbounds i8, ptr %288, i64 %290
  %292 = add i64 %290, 80
  store i64 %292, ptr %289, align 8, !tbaa !21
  %293 = load i64, ptr @arena_total, align 8, !tbaa !21
  %294 = add i64 %293, 80
  store i64 %294, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %291, i8 0, i64 80, i1 false)
  store i32 13, ptr %291, align 8, !tbaa !31
  %295 = getelementptr inbounds %struct.node, ptr %291, i64 0, i32 1
  store i32 %10, ptr %295, align 4, !tbaa !35
  %296 = load i32, ptr %3, align 8, !tbaa !36
  %297 = icmp eq i32 %296, 38
  br i1 %297, label %315, label %298

298:                                              ; preds = %286
  %299 = getelementptr inbounds %struct.node, ptr %291, i64 0, i32 9
  %300 = getelementptr inbounds %struct.node, ptr %291, i64 0, i32 11
  %301 = getelementptr inbounds %struct.node, ptr %291, i64 0, i32 10
  br label %302

302:                                              ; preds = %298, %314
  %303 = tail call fastcc ptr @parse_expression(ptr noundef %0, i32 noundef 1)
  %304 = load ptr, ptr %299, align 8, !tbaa !39
  %305 = load i32, ptr %301, align 8, !tbaa !40
  %306 = add nsw i32 %305, 1
  %307 = tail call fastcc ptr @grow(ptr noundef %304, ptr noundef nonnull %300, i32 noundef %306, i64 noundef 8)
  store ptr %307, ptr %299, align 8, !tbaa !39
  %308 = load i32, ptr %301, align 8, !tbaa !40
  %309 = add nsw i32 %308, 1
  store i32 %309, ptr %301, align 8, !tbaa !40
  %310 = sext i32 %308 to i64
  %311 = getelementptr inbounds ptr, ptr %307, i64 %310
  store ptr %303, ptr %311, align 8, !tbaa !4
  %312 = load i32, ptr %3, align 8, !tbaa !36
  %313 = icmp eq i32 %312, 39
  br i1 %313, label %314, label %315

314:                                              ; preds = %302
  tail call fastcc void @advance(ptr noundef %0)
  br label %302, !llvm.loop !250

315:                                              ; preds = %302, %286
  %316 = load i32, ptr %3, align 8, !tbaa !36
  %317 = icmp eq i32 %316, 38
  br i1 %317, label %324, label %318

318:                                              ; preds = %315
  %319 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  %320 = load i32, ptr %319, align 4, !tbaa !241
  %321 = zext i32 %316 to i64
  %322 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %321
  %323 = load ptr, ptr %322, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %320, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.105, ptr noundef nonnull @.str.148, ptr noundef %323) #29
  unreachable

324:                                              ; preds = %315
  tail call fastcc void @advance(ptr noundef %0)
  br label %363

325:                                              ; preds = %1, %1
  %326 = load ptr, ptr @arena, align 8, !tbaa !4
  %327 = icmp eq ptr %326, null
  br i1 %327, label %335, label %328

328:                                              ; preds = %325
  %329 = getelementptr inbounds %struct.arena_block, ptr %326, i64 0, i32 1
  %330 = load i64, ptr %329, align 8, !tbaa !21
  %331 = add i64 %330, 80
  %332 = getelementptr inbounds %struct.arena_block, ptr %326, i64 0, i32 2
  %333 = load i64, ptr %332, align 16, !tbaa !21
  %334 = icmp ugt i64 %331, %333
  br i1 %334, label %335, label %346

335:                                              ; preds = %328, %325
  %336 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %337 = icmp eq ptr %336, null
  br i1 %337, label %338, label %341

338:                                              ; preds = %335
  %339 = load ptr, ptr @stderr, align 8, !tbaa !4
  %340 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %339) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

341:                                              ; preds = %335
  store ptr %326, ptr %336, align 16, !tbaa !4
  %342 = getelementptr inbounds %struct.arena_block, ptr %336, i64 0, i32 1
  store i64 0, ptr %342, align 8, !tbaa !21
  %343 = getelementptr inbounds %struct.arena_block, ptr %336, i64 0, i32 2
  store i64 65536, ptr %343, align 16, !tbaa !21
  store ptr %336, ptr @arena, align 8, !tbaa !4
  br label %346

344:                                              ; preds = %430, %346
  %345 = phi ptr [ %351, %346 ], [ %368, %430 ]
  ret ptr %345

346:                                              ; preds = %328, %341
  %347 = load ptr, ptr @arena, align 8, !tbaa !4
  %348 = getelementptr inbounds %struct.arena_block, ptr %347, i64 0, i32 4
  %349 = getelementptr inbounds %struct.arena_block, ptr %347, i64 0, i32 1
  %350 = load i64, ptr %349, align 8, !tbaa !21
  %351 = getelementptr inbounds i8, ptr %348, i64 %350
  %352 = add i64 %350, 80
  store i64 %352, ptr %349, align 8, !tbaa !21
  %353 = load i64, ptr @arena_total, align 8, !tbaa !21
  %354 = add i64 %353, 80
  store i64 %354, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %351, i8 0, i64 80, i1 false)
  store i32 7, ptr %351, align 8, !tbaa !31
  %355 = getelementptr inbounds %struct.node, ptr %351, i64 0, i32 1
  store i32 %10, ptr %355, align 4, !tbaa !35
  %356 = getelementptr inbounds %struct.node, ptr %351, i64 0, i32 2
  store i32 %4, ptr %356, align 8, !tbaa !114
  %357 = tail call fastcc ptr @parse_prefix(ptr noundef %0)
  %358 = getelementptr inbounds %struct.node, ptr %351, i64 0, i32 6
  store ptr %357, ptr %358, align 8, !tbaa !113
  br label %344

359:                                              ; preds = %1
  %360 = zext i32 %4 to i64
  %361 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %360
  %362 = load ptr, ptr %361, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %10, ptr noundef nonnull @.str.149, ptr noundef %362) #29
  unreachable

363:                                              ; preds = %324, %266, %244, %215, %186, %157, %134, %64, %34
  %364 = phi ptr [ %291, %324 ], [ %257, %266 ], [ %249, %244 ], [ %220, %215 ], [ %191, %186 ], [ %162, %157 ], [ %99, %134 ], [ %69, %64 ], [ %39, %34 ]
  %365 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 3
  %366 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 3
  br label %367

367:                                              ; preds = %474, %363
  %368 = phi ptr [ %364, %363 ], [ %475, %474 ]
  %369 = load i32, ptr %3, align 8, !tbaa !36
  %370 = icmp eq i32 %369, 33
  br i1 %370, label %371, label %430

371:                                              ; preds = %367
  tail call fastcc void @advance(ptr noundef %0)
  %372 = load i32, ptr %366, align 4, !tbaa !244
  %373 = load ptr, ptr @arena, align 8, !tbaa !4
  %374 = icmp eq ptr %373, null
  br i1 %374, label %382, label %375

375:                                              ; preds = %371
  %376 = getelementptr inbounds %struct.arena_block, ptr %373, i64 0, i32 1
  %377 = load i64, ptr %376, align 8, !tbaa !21
  %378 = add i64 %377, 80
  %379 = getelementptr inbounds %struct.arena_block, ptr %373, i64 0, i32 2
  %380 = load i64, ptr %379, align 16, !tbaa !21
  %381 = icmp ugt i64 %378, %380
  br i1 %381, label %382, label %391

382:                                              ; preds = %375, %371
  %383 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %384 = icmp eq ptr %383, null
  br i1 %384, label %385, label %388

385:                                              ; preds = %382
  %386 = load ptr, ptr @stderr, align 8, !tbaa !4
  %387 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %386) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

388:                                              ; preds = %382
  store ptr %373, ptr %383, align 16, !tbaa !4
  %389 = getelementptr inbounds %struct.arena_block, ptr %383, i64 0, i32 1
  store i64 0, ptr %389, align 8, !tbaa !21
  %390 = getelementptr inbounds %struct.arena_block, ptr %383, i64 0, i32 2
  store i64 65536, ptr %390, align 16, !tbaa !21
  store ptr %383, ptr @arena, align 8, !tbaa !4
  br label %391

391:                                              ; preds = %375, %388
  %392 = load ptr, ptr @arena, align 8, !tbaa !4
  %393 = getelementptr inbounds %struct.arena_block, ptr %392, i64 0, i32 4
  %394 = getelementptr inbounds %struct.arena_block, ptr %392, i64 0, i32 1
  %395 = load i64, ptr %394, align 8, !tbaa !21
  %396 = getelementptr inbounds i8, ptr %393, i64 %395
  %397 = add i64 %395, 80
  store i64 %397, ptr %394, align 8, !tbaa !21
  %398 = load i64, ptr @arena_total, align 8, !tbaa !21
  %399 = add i64 %398, 80
  store i64 %399, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %396, i8 0, i64 80, i1 false)
  store i32 11, ptr %396, align 8, !tbaa !31
  %400 = getelementptr inbounds %struct.node, ptr %396, i64 0, i32 1
  store i32 %372, ptr %400, align 4, !tbaa !35
  %401 = getelementptr inbounds %struct.node, ptr %396, i64 0, i32 6
  store ptr %368, ptr %401, align 8, !tbaa !113
  %402 = load i32, ptr %3, align 8, !tbaa !36
  %403 = icmp eq i32 %402, 34
  br i1 %403, label %421, label %404

404:                                              ; preds = %391
  %405 = getelementptr inbounds %struct.node, ptr %396, i64 0, i32 9
  %406 = getelementptr inbounds %struct.node, ptr %396, i64 0, i32 11
  %407 = getelementptr inbounds %struct.node, ptr %396, i64 0, i32 10
  br label %408

408:                                              ; preds = %404, %420
  %409 = tail call fastcc ptr @parse_expression(ptr noundef %0, i32 noundef 1)
  %410 = load ptr, ptr %405, align 8, !tbaa !39
  %411 = load i32, ptr %407, align 8, !tbaa !40
  %412 = add nsw i32 %411, 1
  %413 = tail call fastcc ptr @grow(ptr noundef %410, ptr noundef nonnull %406, i32 noundef %412, i64 noundef 8)
  store ptr %413, ptr %405, align 8, !tbaa !39
  %414 = load i32, ptr %407, align 8, !tbaa !40
  %415 = add nsw i32 %414, 1
  store i32 %415, ptr %407, align 8, !tbaa !40
  %416 = sext i32 %414 to i64
  %417 = getelementptr inbounds ptr, ptr %413, i64 %416
  store ptr %409, ptr %417, align 8, !tbaa !4
  %418 = load i32, ptr %3, align 8, !tbaa !36
  %419 = icmp eq i32 %418, 39
  br i1 %419, label %420, label %421

420:                                              ; preds = %408
  tail call fastcc void @advance(ptr noundef %0)
  br label %408, !llvm.loop !251

421:                                              ; preds = %408, %391
  %422 = load i32, ptr %3, align 8, !tbaa !36
  %423 = icmp eq i32 %422, 34
  br i1 %423, label %474, label %424

424:                                              ; preds = %421
  %425 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  %426 = load i32, ptr %425, align 4, !tbaa !241
  %427 = zext i32 %422 to i64
  %428 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %427
  %429 = load ptr, ptr %428, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %426, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.101, ptr noundef nonnull @.str.151, ptr noundef %429) #29
  unreachable

430:                                              ; preds = %367
  %431 = load i32, ptr %3, align 8, !tbaa !36
  %432 = icmp eq i32 %431, 37
  br i1 %432, label %433, label %344

433:                                              ; preds = %430
  tail call fastcc void @advance(ptr noundef %0)
  %434 = load i32, ptr %365, align 4, !tbaa !244
  %435 = load ptr, ptr @arena, align 8, !tbaa !4
  %436 = icmp eq ptr %435, null
  br i1 %436, label %444, label %437

437:                                              ; preds = %433
  %438 = getelementptr inbounds %struct.arena_block, ptr %435, i64 0, i32 1
  %439 = load i64, ptr %438, align 8, !tbaa !21
  %440 = add i64 %439, 80
  %441 = getelementptr inbounds %struct.arena_block, ptr %435, i64 0, i32 2
  %442 = load i64, ptr %441, align 16, !tbaa !21
  %443 = icmp ugt i64 %440, %442
  br i1 %443, label %444, label %453

444:                                              ; preds = %437, %433
  %445 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %446 = icmp eq ptr %445, null
  br i1 %446, label %447, label %450

447:                                              ; preds = %444
  %448 = load ptr, ptr @stderr, align 8, !tbaa !4
  %449 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %448) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

450:                                              ; preds = %444
  store ptr %435, ptr %445, align 16, !tbaa !4
  %451 = getelementptr inbounds %struct.arena_block, ptr %445, i64 0, i32 1
  store i64 0, ptr %451, align 8, !tbaa !21
  %452 = getelementptr inbounds %struct.arena_block, ptr %445, i64 0, i32 2
  store i64 65536, ptr %452, align 16, !tbaa !21
  store ptr %445, ptr @arena, align 8, !tbaa !4
  br label %453

453:                                              ; preds = %437, %450
  %454 = load ptr, ptr @arena, align 8, !tbaa !4
  %455 = getelementptr inbounds %struct.arena_block, ptr %454, i64 0, i32 4
  %456 = getelementptr inbounds %struct.arena_block, ptr %454, i64 0, i32 1
  %457 = load i64, ptr %456, align 8, !tbaa !21
  %458 = getelementptr inbounds i8, ptr %455, i64 %457
  %459 = add i64 %457, 80
  store i64 %459, ptr %456, align 8, !tbaa !21
  %460 = load i64, ptr @arena_total, align 8, !tbaa !21
  %461 = add i64 %460, 80
  store i64 %461, ptr @arena_total, align 8, !tbaa !21
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %458, i8 0, i64 80, i1 false)
  store i32 12, ptr %458, align 8, !tbaa !31
  %462 = getelementptr inbounds %struct.node, ptr %458, i64 0, i32 1
  store i32 %434, ptr %462, align 4, !tbaa !35
  %463 = getelementptr inbounds %struct.node, ptr %458, i64 0, i32 6
  store ptr %368, ptr %463, align 8, !tbaa !113
  %464 = tail call fastcc ptr @parse_expression(ptr noundef %0, i32 noundef 1)
  %465 = getelementptr inbounds %struct.node, ptr %458, i64 0, i32 7
  store ptr %464, ptr %465, align 8, !tbaa !115
  %466 = load i32, ptr %3, align 8, !tbaa !36
  %467 = icmp eq i32 %466, 38
  br i1 %467, label %474, label %468

468:                                              ; preds = %453
  %469 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  %470 = load i32, ptr %469, align 4, !tbaa !241
  %471 = zext i32 %466 to i64
  %472 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %471
  %473 = load ptr, ptr %472, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %470, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.105, ptr noundef nonnull @.str.152, ptr noundef %473) #29
  unreachable

474:                                              ; preds = %453, %421
  %475 = phi ptr [ %396, %421 ], [ %458, %453 ]
  tail call fastcc void @advance(ptr noundef %0)
  br label %367, !llvm.loop !252
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @fmod(double noundef, double noundef) local_unnamed_addr #13

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #17

; Function Attrs: nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr nocapture, ptr nocapture, i64) local_unnamed_addr #18

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #19

; Function Attrs: nofree nounwind
declare noundef i64 @fwrite(ptr nocapture noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #20

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #19

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #19

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.assume(i1 noundef) #21

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.abs.i64(i64, i1 immarg) #19

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare ptr @llvm.load.relative.i64(ptr, i64) #22

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind returns_twice "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #10 = { noreturn nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { mustprogress nofree nounwind willreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #15 = { nofree nosync nounwind memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #16 = { mustprogress nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #17 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #18 = { nofree nounwind willreturn memory(argmem: read) }
attributes #19 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #20 = { nofree nounwind }
attributes #21 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #22 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #23 = { nounwind willreturn memory(read) }
attributes #24 = { nounwind }
attributes #25 = { nounwind returns_twice }
attributes #26 = { nounwind allocsize(0) }
attributes #27 = { cold }
attributes #28 = { noreturn nounwind }
attributes #29 = { noreturn }
attributes #30 = { nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"any pointer", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !5, i64 8}
!9 = !{!"test_script", !5, i64 0, !5, i64 8, !5, i64 16, !10, i64 24}
!10 = !{!"int", !6, i64 0}
!11 = !{!12, !10, i64 0}
!12 = !{!"outcome", !10, i64 0, !13, i64 8, !14, i64 16}
!13 = !{!"long", !6, i64 0}
!14 = !{!"strbuf", !5, i64 0, !10, i64 8, !10, i64 12}
!15 = !{!9, !5, i64 16}
!16 = !{!9, !5, i64 0}
!17 = !{!12, !13, i64 8}
!18 = distinct !{!18, !19, !20}
!19 = !{!"llvm.loop.mustprogress"}
!20 = !{!"llvm.loop.unroll.disable"}
!21 = !{!13, !13, i64 0}
!22 = distinct !{!22, !19, !20}
!23 = !{!10, !10, i64 0}
!24 = !{!25, !5, i64 71712}
!25 = !{!"vm", !6, i64 0, !5, i64 65536, !6, i64 65544, !10, i64 71688, !5, i64 71696, !10, i64 71704, !10, i64 71708, !5, i64 71712, !13, i64 71720, !13, i64 71728}
!26 = !{!25, !13, i64 71728}
!27 = !{!25, !5, i64 65536}
!28 = !{!29, !5, i64 0}
!29 = !{!"lexer", !5, i64 0, !10, i64 8}
!30 = !{!29, !10, i64 8}
!31 = !{!32, !6, i64 0}
!32 = !{!"node", !6, i64 0, !10, i64 4, !6, i64 8, !33, i64 16, !34, i64 24, !5, i64 32, !5, i64 40, !5, i64 48, !5, i64 56, !5, i64 64, !10, i64 72, !10, i64 76}
!33 = !{!"long long", !6, i64 0}
!34 = !{!"double", !6, i64 0}
!35 = !{!32, !10, i64 4}
!36 = !{!37, !6, i64 16}
!37 = !{!"parser", !29, i64 0, !38, i64 16, !38, i64 56}
!38 = !{!"token", !6, i64 0, !5, i64 8, !10, i64 16, !10, i64 20, !33, i64 24, !34, i64 32}
!39 = !{!32, !5, i64 64}
!40 = !{!32, !10, i64 72}
!41 = distinct !{!41, !19, !20}
!42 = !{!43, !5, i64 0}
!43 = !{!"function", !5, i64 0, !10, i64 8, !44, i64 16}
!44 = !{!"chunk", !5, i64 0, !5, i64 8, !10, i64 16, !10, i64 20, !10, i64 24, !5, i64 32, !10, i64 40, !10, i64 44}
!45 = !{!46, !5, i64 0}
!46 = !{!"compiler", !5, i64 0, !6, i64 8, !10, i64 4104, !10, i64 4108, !10, i64 4112, !5, i64 4120}
!47 = !{!46, !10, i64 4112}
!48 = !{!46, !10, i64 4104}
!49 = !{!50, !5, i64 0}
!50 = !{!"", !5, i64 0, !10, i64 8}
!51 = distinct !{!51, !19, !20}
!52 = !{!44, !5, i64 0}
!53 = !{!44, !10, i64 16}
!54 = !{!44, !5, i64 8}
!55 = !{!6, !6, i64 0}
!56 = !{!57, !5, i64 0}
!57 = !{!"native", !5, i64 0, !10, i64 8, !5, i64 16}
!58 = !{!59, !5, i64 0}
!59 = !{!"global", !5, i64 0, !60, i64 8}
!60 = !{!"value", !6, i64 0, !6, i64 8}
!61 = !{!25, !10, i64 71704}
!62 = !{i64 0, i64 4, !55, i64 8, i64 4, !23, i64 8, i64 8, !63, i64 8, i64 8, !64, i64 8, i64 8, !4, i64 8, i64 8, !4, i64 8, i64 8, !4, i64 8, i64 8, !4}
!63 = !{!33, !33, i64 0}
!64 = !{!34, !34, i64 0}
!65 = !{i64 0, i64 4, !23, i64 0, i64 8, !63, i64 0, i64 8, !64, i64 0, i64 8, !4, i64 0, i64 8, !4, i64 0, i64 8, !4, i64 0, i64 8, !4}
!66 = distinct !{!66, !19, !20}
!67 = !{!25, !10, i64 71688}
!68 = !{!69, !5, i64 0}
!69 = !{!"frame", !5, i64 0, !5, i64 8, !5, i64 16}
!70 = !{!43, !5, i64 24}
!71 = !{!69, !5, i64 8}
!72 = !{!43, !5, i64 16}
!73 = !{!25, !13, i64 71720}
!74 = !{!43, !5, i64 48}
!75 = !{!69, !5, i64 16}
!76 = !{!60, !6, i64 0}
!77 = !{!25, !10, i64 71708}
!78 = !{!25, !5, i64 71696}
!79 = distinct !{!79, !19, !20}
!80 = !{!14, !5, i64 0}
!81 = !{!14, !10, i64 8}
!82 = !{!83, !10, i64 0}
!83 = !{!"list", !10, i64 0, !10, i64 4, !5, i64 8}
!84 = !{!83, !5, i64 8}
!85 = distinct !{!85, !19, !20}
!86 = distinct !{!86, !19, !20}
!87 = distinct !{!87, !19, !20}
!88 = distinct !{!88, !20}
!89 = !{i64 0, i64 4, !23, i64 8, i64 8, !21, i64 16, i64 8, !4, i64 24, i64 4, !23, i64 28, i64 4, !23}
!90 = distinct !{!90, !19, !20}
!91 = distinct !{!91, !19, !20}
!92 = distinct !{!92, !19, !20}
!93 = distinct !{!93, !19, !20}
!94 = !{!43, !10, i64 8}
!95 = !{!43, !10, i64 32}
!96 = !{!43, !10, i64 56}
!97 = !{!44, !5, i64 32}
!98 = distinct !{!98, !19, !20}
!99 = distinct !{!99, !19, !20}
!100 = !{!57, !10, i64 8}
!101 = !{!57, !5, i64 16}
!102 = !{i64 0, i64 8, !4, i64 8, i64 4, !55, i64 16, i64 4, !23, i64 16, i64 8, !63, i64 16, i64 8, !64, i64 16, i64 8, !4, i64 16, i64 8, !4, i64 16, i64 8, !4, i64 16, i64 8, !4}
!103 = distinct !{!103, !19, !20}
!104 = distinct !{!104, !19, !20}
!105 = distinct !{!105, !19, !20}
!106 = distinct !{!106, !19, !20}
!107 = distinct !{!107, !19, !20}
!108 = distinct !{!108, !19, !20}
!109 = !{!32, !33, i64 16}
!110 = !{!32, !34, i64 24}
!111 = !{!32, !5, i64 32}
!112 = distinct !{!112, !19, !20}
!113 = !{!32, !5, i64 40}
!114 = !{!32, !6, i64 8}
!115 = !{!32, !5, i64 48}
!116 = distinct !{!116, !19, !20}
!117 = distinct !{!117, !19, !20}
!118 = !{!32, !5, i64 56}
!119 = !{!46, !10, i64 4108}
!120 = !{!50, !10, i64 8}
!121 = distinct !{!121, !19, !20}
!122 = distinct !{!122, !19, !20}
!123 = distinct !{!123, !19, !20}
!124 = distinct !{!124, !19, !20}
!125 = !{!46, !5, i64 4120}
!126 = !{!127, !5, i64 0}
!127 = !{!"loop", !5, i64 0, !10, i64 8, !6, i64 12, !10, i64 268, !6, i64 272, !10, i64 528, !10, i64 532}
!128 = !{!127, !10, i64 8}
!129 = !{!127, !10, i64 532}
!130 = !{!127, !10, i64 528}
!131 = distinct !{!131, !19, !20}
!132 = !{!127, !10, i64 268}
!133 = distinct !{!133, !19, !20}
!134 = distinct !{!134, !19, !20}
!135 = !{!44, !10, i64 40}
!136 = distinct !{!136, !19, !20}
!137 = distinct !{!137, !19, !20}
!138 = !{i64 0, i64 4, !55, i64 8, i64 8, !4, i64 16, i64 4, !23, i64 20, i64 4, !23, i64 24, i64 8, !63, i64 32, i64 8, !64}
!139 = !{!140}
!140 = distinct !{!140, !141, !"next_token: argument 0"}
!141 = distinct !{!141, !"next_token"}
!142 = distinct !{!142, !19, !20}
!143 = !{!144, !140}
!144 = distinct !{!144, !145, !"make_token: argument 0"}
!145 = distinct !{!145, !"make_token"}
!146 = !{!147, !147, i64 0}
!147 = !{!"short", !6, i64 0}
!148 = !{!149, !140}
!149 = distinct !{!149, !150, !"lex_number: argument 0"}
!150 = distinct !{!150, !"lex_number"}
!151 = !{!149}
!152 = distinct !{!152, !19, !20}
!153 = distinct !{!153, !19, !20}
!154 = distinct !{!154, !19, !20}
!155 = !{!156, !149, !140}
!156 = distinct !{!156, !157, !"make_token: argument 0"}
!157 = distinct !{!157, !"make_token"}
!158 = distinct !{!158, !19, !20}
!159 = !{!160, !5, i64 0}
!160 = !{!"", !5, i64 0, !6, i64 8}
!161 = !{!160, !6, i64 8}
!162 = !{!163, !140}
!163 = distinct !{!163, !164, !"make_token: argument 0"}
!164 = distinct !{!164, !"make_token"}
!165 = distinct !{!165, !19, !20}
!166 = !{!167, !140}
!167 = distinct !{!167, !168, !"make_token: argument 0"}
!168 = distinct !{!168, !"make_token"}
!169 = distinct !{!169, !19, !20}
!170 = !{!171, !140}
!171 = distinct !{!171, !172, !"make_token: argument 0"}
!172 = distinct !{!172, !"make_token"}
!173 = !{!174, !140}
!174 = distinct !{!174, !175, !"make_token: argument 0"}
!175 = distinct !{!175, !"make_token"}
!176 = !{!177, !140}
!177 = distinct !{!177, !178, !"make_token: argument 0"}
!178 = distinct !{!178, !"make_token"}
!179 = !{!180, !140}
!180 = distinct !{!180, !181, !"make_token: argument 0"}
!181 = distinct !{!181, !"make_token"}
!182 = !{!183, !140}
!183 = distinct !{!183, !184, !"make_token: argument 0"}
!184 = distinct !{!184, !"make_token"}
!185 = !{!186, !140}
!186 = distinct !{!186, !187, !"make_token: argument 0"}
!187 = distinct !{!187, !"make_token"}
!188 = !{!189, !140}
!189 = distinct !{!189, !190, !"make_token: argument 0"}
!190 = distinct !{!190, !"make_token"}
!191 = !{!192, !140}
!192 = distinct !{!192, !193, !"make_token: argument 0"}
!193 = distinct !{!193, !"make_token"}
!194 = !{!195, !140}
!195 = distinct !{!195, !196, !"make_token: argument 0"}
!196 = distinct !{!196, !"make_token"}
!197 = !{!198, !140}
!198 = distinct !{!198, !199, !"make_token: argument 0"}
!199 = distinct !{!199, !"make_token"}
!200 = !{!201, !140}
!201 = distinct !{!201, !202, !"make_token: argument 0"}
!202 = distinct !{!202, !"make_token"}
!203 = !{!204, !140}
!204 = distinct !{!204, !205, !"make_token: argument 0"}
!205 = distinct !{!205, !"make_token"}
!206 = !{!207, !140}
!207 = distinct !{!207, !208, !"make_token: argument 0"}
!208 = distinct !{!208, !"make_token"}
!209 = !{!210, !140}
!210 = distinct !{!210, !211, !"make_token: argument 0"}
!211 = distinct !{!211, !"make_token"}
!212 = !{!213, !140}
!213 = distinct !{!213, !214, !"make_token: argument 0"}
!214 = distinct !{!214, !"make_token"}
!215 = !{!216, !140}
!216 = distinct !{!216, !217, !"make_token: argument 0"}
!217 = distinct !{!217, !"make_token"}
!218 = !{!219, !140}
!219 = distinct !{!219, !220, !"make_token: argument 0"}
!220 = distinct !{!220, !"make_token"}
!221 = !{!222, !140}
!222 = distinct !{!222, !223, !"make_token: argument 0"}
!223 = distinct !{!223, !"make_token"}
!224 = !{!225, !140}
!225 = distinct !{!225, !226, !"make_token: argument 0"}
!226 = distinct !{!226, !"make_token"}
!227 = !{!228, !140}
!228 = distinct !{!228, !229, !"make_token: argument 0"}
!229 = distinct !{!229, !"make_token"}
!230 = !{!231, !140}
!231 = distinct !{!231, !232, !"make_token: argument 0"}
!232 = distinct !{!232, !"make_token"}
!233 = !{!234, !140}
!234 = distinct !{!234, !235, !"make_token: argument 0"}
!235 = distinct !{!235, !"make_token"}
!236 = !{i64 0, i64 8, !4, i64 8, i64 4, !23, i64 12, i64 4, !23, i64 16, i64 8, !63, i64 24, i64 8, !64}
!237 = !{i64 0, i64 4, !23, i64 4, i64 4, !23, i64 8, i64 8, !63, i64 16, i64 8, !64}
!238 = !{i64 0, i64 4, !23, i64 4, i64 8, !63, i64 12, i64 8, !64}
!239 = !{i64 0, i64 8, !63, i64 8, i64 8, !64}
!240 = !{i64 0, i64 8, !64}
!241 = !{!37, !10, i64 36}
!242 = !{!37, !5, i64 64}
!243 = !{!37, !10, i64 72}
!244 = !{!37, !10, i64 76}
!245 = distinct !{!245, !19, !20}
!246 = !{!37, !6, i64 56}
!247 = distinct !{!247, !20}
!248 = distinct !{!248, !19, !20}
!249 = distinct !{!249, !19, !20}
!250 = distinct !{!250, !19, !20}
!251 = distinct !{!251, !19, !20}
!252 = distinct !{!252, !20}
