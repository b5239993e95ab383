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
@switch.table.parse_expression = private unnamed_addr constant [16 x i32] [i32 2, i32 1, i32 1, i32 1, i32 1, i32 5, i32 5, i32 6, i32 6, i32 6, i32 3, i32 3, i32 4, i32 4, i32 4, i32 4], align 4

; Function Attrs: nounwind uwtable
define dso_local i32 @main(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = alloca %struct.strbuf, align 8
  %4 = alloca %struct.outcome, align 8
  %5 = icmp sgt i32 %0, 1
  br i1 %5, label %6, label %13

6:                                                ; preds = %2
  %7 = getelementptr inbounds ptr, ptr %1, i64 1
  %8 = load ptr, ptr %7, align 8, !tbaa !4
  %9 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %8, ptr noundef nonnull dereferenceable(3) @.str) #23
  %10 = freeze i32 %9
  %11 = icmp eq i32 %10, 0
  %12 = select i1 %11, ptr %3, ptr null
  br label %13

13:                                               ; preds = %6, %2
  %14 = phi i1 [ false, %2 ], [ %11, %6 ]
  %15 = phi ptr [ null, %2 ], [ %12, %6 ]
  %16 = getelementptr inbounds %struct.outcome, ptr %4, i64 0, i32 2
  %17 = getelementptr inbounds %struct.outcome, ptr %4, i64 0, i32 1
  br label %22

18:                                               ; preds = %78
  %19 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef 16, i32 noundef %63, i64 noundef %71)
  %20 = icmp ne i32 %63, 0
  %21 = zext i1 %20 to i32
  ret i32 %21

22:                                               ; preds = %13, %78
  %23 = phi i32 [ 0, %13 ], [ %63, %78 ]
  %24 = phi i64 [ 0, %13 ], [ %79, %78 ]
  %25 = phi i64 [ 0, %13 ], [ %71, %78 ]
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %3) #24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %3, i8 0, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #24
  %26 = getelementptr inbounds [16 x %struct.test_script], ptr @tests, i64 0, i64 %24
  %27 = getelementptr inbounds [16 x %struct.test_script], ptr @tests, i64 0, i64 %24, i32 1
  %28 = load ptr, ptr %27, align 8, !tbaa !8
  call fastcc void @run_script(ptr nonnull sret(%struct.outcome) align 8 %4, ptr noundef %28, ptr noundef %15)
  %29 = load i32, ptr %4, align 8, !tbaa !11
  %30 = icmp ult i64 %24, 7
  %31 = zext i1 %30 to i32
  %32 = icmp eq i32 %29, %31
  %33 = load ptr, ptr %16, align 8
  %34 = icmp ne ptr %33, null
  %35 = select i1 %32, i1 %34, i1 false
  br i1 %35, label %42, label %36

36:                                               ; preds = %22
  %37 = load ptr, ptr %26, align 16, !tbaa !15
  %38 = load i64, ptr %17, align 8, !tbaa !16
  %39 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef %37, ptr noundef nonnull @.str.3, i64 noundef %38)
  %40 = getelementptr inbounds [16 x %struct.test_script], ptr @tests, i64 0, i64 %24, i32 2
  %41 = load ptr, ptr %40, align 16, !tbaa !17
  br label %54

42:                                               ; preds = %22
  %43 = getelementptr inbounds [16 x %struct.test_script], ptr @tests, i64 0, i64 %24, i32 2
  %44 = load ptr, ptr %43, align 16, !tbaa !17
  %45 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %33, ptr noundef nonnull dereferenceable(1) %44) #23
  %46 = freeze i32 %45
  %47 = icmp eq i32 %46, 0
  %48 = load ptr, ptr %26, align 16, !tbaa !15
  %49 = load i64, ptr %17, align 8, !tbaa !16
  br i1 %47, label %50, label %52

50:                                               ; preds = %42
  %51 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef %48, ptr noundef nonnull @.str.2, i64 noundef %49)
  br label %61

52:                                               ; preds = %42
  %53 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef %48, ptr noundef nonnull @.str.3, i64 noundef %49)
  br label %54

54:                                               ; preds = %52, %36
  %55 = phi ptr [ %41, %36 ], [ %44, %52 ]
  %56 = phi i64 [ %38, %36 ], [ %49, %52 ]
  %57 = add nsw i32 %23, 1
  %58 = icmp eq ptr %33, null
  %59 = select i1 %58, ptr @.str.5, ptr %33
  %60 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef %55, ptr noundef %59)
  br label %61

61:                                               ; preds = %50, %54
  %62 = phi i64 [ %56, %54 ], [ %49, %50 ]
  %63 = phi i32 [ %57, %54 ], [ %23, %50 ]
  %64 = load ptr, ptr %3, align 8
  %65 = icmp ne ptr %64, null
  %66 = select i1 %14, i1 %65, i1 false
  br i1 %66, label %67, label %70

67:                                               ; preds = %61
  %68 = load ptr, ptr @stdout, align 8, !tbaa !4
  %69 = call i32 @fputs(ptr noundef nonnull %64, ptr noundef %68)
  br label %70

70:                                               ; preds = %67, %61
  %71 = add nsw i64 %62, %25
  %72 = load ptr, ptr @arena, align 8, !tbaa !4
  %73 = icmp eq ptr %72, null
  br i1 %73, label %78, label %74

74:                                               ; preds = %70, %74
  %75 = phi ptr [ %76, %74 ], [ %72, %70 ]
  %76 = load ptr, ptr %75, align 16, !tbaa !4
  call void @free(ptr noundef nonnull %75) #24
  store ptr %76, ptr @arena, align 8, !tbaa !4
  %77 = icmp eq ptr %76, null
  br i1 %77, label %78, label %74, !llvm.loop !18

78:                                               ; preds = %74, %70
  store i64 0, ptr @arena_total, align 8, !tbaa !20
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #24
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %3) #24
  %79 = add nuw nsw i64 %24, 1
  %80 = icmp eq i64 %79, 16
  br i1 %80, label %18, label %22, !llvm.loop !21
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
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(71736) @run_script.vm, i8 0, i64 71728, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) @run_script.result, i8 0, i64 32, i1 false)
  store ptr null, ptr @intern_slots, align 8, !tbaa !4
  store i32 0, ptr @intern_capacity, align 4, !tbaa !22
  store i32 0, ptr @intern_count, align 4, !tbaa !22
  store ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2), ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 7), align 8, !tbaa !23
  store i64 1000000, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 9), align 8, !tbaa !25
  store ptr @run_script.vm, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %6 = call i32 @_setjmp(ptr noundef nonnull @error_jump) #25
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %185, label %1000

8:                                                ; preds = %199
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %5) #24
  %9 = getelementptr inbounds i8, ptr %5, i64 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(96) %9, i8 0, i64 88, i1 false)
  store ptr %1, ptr %5, align 8, !tbaa !27
  store i32 1, ptr %9, align 8, !tbaa !29
  call fastcc void @advance(ptr noundef nonnull %5)
  %10 = load ptr, ptr @arena, align 8, !tbaa !4
  %11 = icmp eq ptr %10, null
  br i1 %11, label %19, label %12

12:                                               ; preds = %8
  %13 = getelementptr inbounds %struct.arena_block, ptr %10, i64 0, i32 1
  %14 = load i64, ptr %13, align 8, !tbaa !20
  %15 = add i64 %14, 80
  %16 = getelementptr inbounds %struct.arena_block, ptr %10, i64 0, i32 2
  %17 = load i64, ptr %16, align 16, !tbaa !20
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
  store i64 0, ptr %26, align 8, !tbaa !20
  %27 = getelementptr inbounds %struct.arena_block, ptr %20, i64 0, i32 2
  store i64 65536, ptr %27, align 16, !tbaa !20
  store ptr %20, ptr @arena, align 8, !tbaa !4
  br label %28

28:                                               ; preds = %25, %12
  %29 = phi i64 [ 0, %25 ], [ %14, %12 ]
  %30 = phi ptr [ %20, %25 ], [ %10, %12 ]
  %31 = getelementptr inbounds %struct.arena_block, ptr %30, i64 0, i32 4
  %32 = getelementptr inbounds %struct.arena_block, ptr %30, i64 0, i32 1
  %33 = getelementptr inbounds i8, ptr %31, i64 %29
  %34 = add i64 %29, 80
  store i64 %34, ptr %32, align 8, !tbaa !20
  %35 = load i64, ptr @arena_total, align 8, !tbaa !20
  %36 = add i64 %35, 80
  store i64 %36, ptr @arena_total, align 8, !tbaa !20
  %37 = getelementptr inbounds i8, ptr %33, i64 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %37, i8 0, i64 72, i1 false)
  store i32 17, ptr %33, align 8, !tbaa !30
  %38 = getelementptr inbounds %struct.node, ptr %33, i64 0, i32 1
  store i32 1, ptr %38, align 4, !tbaa !34
  %39 = getelementptr inbounds %struct.parser, ptr %5, i64 0, i32 1
  %40 = load i32, ptr %39, align 8, !tbaa !35
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %42, label %43

42:                                               ; preds = %28
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %5) #24
  br label %62

43:                                               ; preds = %28
  %44 = getelementptr inbounds %struct.node, ptr %33, i64 0, i32 9
  %45 = getelementptr inbounds %struct.node, ptr %33, i64 0, i32 11
  %46 = getelementptr inbounds %struct.node, ptr %33, i64 0, i32 10
  br label %47

47:                                               ; preds = %47, %43
  %48 = call fastcc ptr @parse_statement(ptr noundef nonnull %5)
  %49 = load ptr, ptr %44, align 8, !tbaa !38
  %50 = load i32, ptr %46, align 8, !tbaa !39
  %51 = add nsw i32 %50, 1
  %52 = call fastcc ptr @grow(ptr noundef %49, ptr noundef nonnull %45, i32 noundef %51, i64 noundef 8)
  store ptr %52, ptr %44, align 8, !tbaa !38
  %53 = load i32, ptr %46, align 8, !tbaa !39
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %46, align 8, !tbaa !39
  %55 = sext i32 %53 to i64
  %56 = getelementptr inbounds ptr, ptr %52, i64 %55
  store ptr %48, ptr %56, align 8, !tbaa !4
  %57 = load i32, ptr %39, align 8, !tbaa !35
  %58 = icmp eq i32 %57, 0
  br i1 %58, label %59, label %47, !llvm.loop !40

59:                                               ; preds = %47
  %60 = load ptr, ptr @arena, align 8, !tbaa !4
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %5) #24
  %61 = icmp eq ptr %60, null
  br i1 %61, label %70, label %62

62:                                               ; preds = %42, %59
  %63 = phi ptr [ %30, %42 ], [ %60, %59 ]
  %64 = getelementptr inbounds %struct.arena_block, ptr %63, i64 0, i32 1
  %65 = load i64, ptr %64, align 8, !tbaa !20
  %66 = add i64 %65, 64
  %67 = getelementptr inbounds %struct.arena_block, ptr %63, i64 0, i32 2
  %68 = load i64, ptr %67, align 16, !tbaa !20
  %69 = icmp ugt i64 %66, %68
  br i1 %69, label %70, label %80

70:                                               ; preds = %62, %59
  %71 = phi ptr [ %63, %62 ], [ null, %59 ]
  %72 = call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %73 = icmp eq ptr %72, null
  br i1 %73, label %74, label %77

74:                                               ; preds = %70
  %75 = load ptr, ptr @stderr, align 8, !tbaa !4
  %76 = call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %75) #27
  call void @exit(i32 noundef 3) #28
  unreachable

77:                                               ; preds = %70
  store ptr %71, ptr %72, align 16, !tbaa !4
  %78 = getelementptr inbounds %struct.arena_block, ptr %72, i64 0, i32 1
  store i64 0, ptr %78, align 8, !tbaa !20
  %79 = getelementptr inbounds %struct.arena_block, ptr %72, i64 0, i32 2
  store i64 65536, ptr %79, align 16, !tbaa !20
  store ptr %72, ptr @arena, align 8, !tbaa !4
  br label %80

80:                                               ; preds = %77, %62
  %81 = phi i64 [ 0, %77 ], [ %65, %62 ]
  %82 = phi ptr [ %72, %77 ], [ %63, %62 ]
  %83 = getelementptr inbounds %struct.arena_block, ptr %82, i64 0, i32 4
  %84 = getelementptr inbounds %struct.arena_block, ptr %82, i64 0, i32 1
  %85 = getelementptr inbounds i8, ptr %83, i64 %81
  %86 = add i64 %81, 64
  store i64 %86, ptr %84, align 8, !tbaa !20
  %87 = load i64, ptr @arena_total, align 8, !tbaa !20
  %88 = add i64 %87, 64
  store i64 %88, ptr @arena_total, align 8, !tbaa !20
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %85, i8 0, i64 64, i1 false)
  %89 = call fastcc ptr @intern(ptr noundef nonnull @.str.63, i32 noundef 8)
  store ptr %89, ptr %85, align 8, !tbaa !41
  %90 = load ptr, ptr @arena, align 8, !tbaa !4
  %91 = icmp eq ptr %90, null
  br i1 %91, label %99, label %92

92:                                               ; preds = %80
  %93 = getelementptr inbounds %struct.arena_block, ptr %90, i64 0, i32 1
  %94 = load i64, ptr %93, align 8, !tbaa !20
  %95 = add i64 %94, 4128
  %96 = getelementptr inbounds %struct.arena_block, ptr %90, i64 0, i32 2
  %97 = load i64, ptr %96, align 16, !tbaa !20
  %98 = icmp ugt i64 %95, %97
  br i1 %98, label %99, label %108

99:                                               ; preds = %92, %80
  %100 = call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %101 = icmp eq ptr %100, null
  br i1 %101, label %102, label %105

102:                                              ; preds = %99
  %103 = load ptr, ptr @stderr, align 8, !tbaa !4
  %104 = call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %103) #27
  call void @exit(i32 noundef 3) #28
  unreachable

105:                                              ; preds = %99
  store ptr %90, ptr %100, align 16, !tbaa !4
  %106 = getelementptr inbounds %struct.arena_block, ptr %100, i64 0, i32 1
  store i64 0, ptr %106, align 8, !tbaa !20
  %107 = getelementptr inbounds %struct.arena_block, ptr %100, i64 0, i32 2
  store i64 65536, ptr %107, align 16, !tbaa !20
  store ptr %100, ptr @arena, align 8, !tbaa !4
  br label %108

108:                                              ; preds = %105, %92
  %109 = phi i64 [ 0, %105 ], [ %94, %92 ]
  %110 = phi ptr [ %100, %105 ], [ %90, %92 ]
  %111 = getelementptr inbounds %struct.arena_block, ptr %110, i64 0, i32 4
  %112 = getelementptr inbounds %struct.arena_block, ptr %110, i64 0, i32 1
  %113 = getelementptr inbounds i8, ptr %111, i64 %109
  %114 = add i64 %109, 4128
  store i64 %114, ptr %112, align 8, !tbaa !20
  %115 = load i64, ptr @arena_total, align 8, !tbaa !20
  %116 = add i64 %115, 4128
  store i64 %116, ptr @arena_total, align 8, !tbaa !20
  %117 = getelementptr inbounds i8, ptr %113, i64 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(4128) %117, i8 0, i64 4120, i1 false)
  store ptr %85, ptr %113, align 8, !tbaa !44
  %118 = getelementptr inbounds %struct.compiler, ptr %113, i64 0, i32 4
  store i32 1, ptr %118, align 8, !tbaa !46
  %119 = getelementptr inbounds %struct.compiler, ptr %113, i64 0, i32 2
  store i32 1, ptr %119, align 8, !tbaa !47
  %120 = load ptr, ptr %85, align 8, !tbaa !41
  store ptr %120, ptr %117, align 8, !tbaa !48
  %121 = getelementptr inbounds %struct.node, ptr %33, i64 0, i32 10
  %122 = load i32, ptr %121, align 8, !tbaa !39
  %123 = icmp sgt i32 %122, 0
  br i1 %123, label %124, label %137

124:                                              ; preds = %108
  %125 = getelementptr inbounds %struct.node, ptr %33, i64 0, i32 9
  br label %128

126:                                              ; preds = %128
  %127 = load ptr, ptr %113, align 8, !tbaa !44
  br label %137

128:                                              ; preds = %128, %124
  %129 = phi i64 [ 0, %124 ], [ %133, %128 ]
  %130 = load ptr, ptr %125, align 8, !tbaa !38
  %131 = getelementptr inbounds ptr, ptr %130, i64 %129
  %132 = load ptr, ptr %131, align 8, !tbaa !4
  call fastcc void @compile_node(ptr noundef nonnull %113, ptr noundef %132)
  %133 = add nuw nsw i64 %129, 1
  %134 = load i32, ptr %121, align 8, !tbaa !39
  %135 = sext i32 %134 to i64
  %136 = icmp slt i64 %133, %135
  br i1 %136, label %128, label %126, !llvm.loop !50

137:                                              ; preds = %108, %126
  %138 = phi ptr [ %127, %126 ], [ %85, %108 ]
  %139 = getelementptr inbounds %struct.function, ptr %138, i64 0, i32 2
  %140 = load ptr, ptr %139, align 8, !tbaa !51
  %141 = getelementptr inbounds %struct.function, ptr %138, i64 0, i32 2, i32 3
  %142 = getelementptr inbounds %struct.function, ptr %138, i64 0, i32 2, i32 2
  %143 = load i32, ptr %142, align 8, !tbaa !52
  %144 = add nsw i32 %143, 1
  %145 = call fastcc ptr @grow(ptr noundef %140, ptr noundef nonnull %141, i32 noundef %144, i64 noundef 1)
  store ptr %145, ptr %139, align 8, !tbaa !51
  %146 = getelementptr inbounds %struct.function, ptr %138, i64 0, i32 2, i32 1
  %147 = load ptr, ptr %146, align 8, !tbaa !53
  %148 = getelementptr inbounds %struct.function, ptr %138, i64 0, i32 2, i32 4
  %149 = load i32, ptr %142, align 8, !tbaa !52
  %150 = add nsw i32 %149, 1
  %151 = call fastcc ptr @grow(ptr noundef %147, ptr noundef nonnull %148, i32 noundef %150, i64 noundef 4)
  store ptr %151, ptr %146, align 8, !tbaa !53
  %152 = load ptr, ptr %139, align 8, !tbaa !51
  %153 = load i32, ptr %142, align 8, !tbaa !52
  %154 = sext i32 %153 to i64
  %155 = getelementptr inbounds i8, ptr %152, i64 %154
  store i8 1, ptr %155, align 1, !tbaa !54
  %156 = load ptr, ptr %146, align 8, !tbaa !53
  %157 = load i32, ptr %142, align 8, !tbaa !52
  %158 = add nsw i32 %157, 1
  store i32 %158, ptr %142, align 8, !tbaa !52
  %159 = sext i32 %157 to i64
  %160 = getelementptr inbounds i32, ptr %156, i64 %159
  store i32 0, ptr %160, align 4, !tbaa !22
  %161 = load ptr, ptr %113, align 8, !tbaa !44
  %162 = getelementptr inbounds %struct.function, ptr %161, i64 0, i32 2
  %163 = load ptr, ptr %162, align 8, !tbaa !51
  %164 = getelementptr inbounds %struct.function, ptr %161, i64 0, i32 2, i32 3
  %165 = getelementptr inbounds %struct.function, ptr %161, i64 0, i32 2, i32 2
  %166 = load i32, ptr %165, align 8, !tbaa !52
  %167 = add nsw i32 %166, 1
  %168 = call fastcc ptr @grow(ptr noundef %163, ptr noundef nonnull %164, i32 noundef %167, i64 noundef 1)
  store ptr %168, ptr %162, align 8, !tbaa !51
  %169 = getelementptr inbounds %struct.function, ptr %161, i64 0, i32 2, i32 1
  %170 = load ptr, ptr %169, align 8, !tbaa !53
  %171 = getelementptr inbounds %struct.function, ptr %161, i64 0, i32 2, i32 4
  %172 = load i32, ptr %165, align 8, !tbaa !52
  %173 = add nsw i32 %172, 1
  %174 = call fastcc ptr @grow(ptr noundef %170, ptr noundef nonnull %171, i32 noundef %173, i64 noundef 4)
  store ptr %174, ptr %169, align 8, !tbaa !53
  %175 = load ptr, ptr %162, align 8, !tbaa !51
  %176 = load i32, ptr %165, align 8, !tbaa !52
  %177 = sext i32 %176 to i64
  %178 = getelementptr inbounds i8, ptr %175, i64 %177
  store i8 29, ptr %178, align 1, !tbaa !54
  %179 = load ptr, ptr %169, align 8, !tbaa !53
  %180 = load i32, ptr %165, align 8, !tbaa !52
  %181 = add nsw i32 %180, 1
  store i32 %181, ptr %165, align 8, !tbaa !52
  %182 = sext i32 %180 to i64
  %183 = getelementptr inbounds i32, ptr %179, i64 %182
  store i32 0, ptr %183, align 4, !tbaa !22
  %184 = icmp eq ptr %2, null
  br i1 %184, label %205, label %204

185:                                              ; preds = %3, %199
  %186 = phi i64 [ %202, %199 ], [ 0, %3 ]
  %187 = getelementptr inbounds [16 x %struct.native], ptr @natives, i64 0, i64 %186
  %188 = load ptr, ptr %187, align 8, !tbaa !55
  %189 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %188) #23
  %190 = trunc i64 %189 to i32
  %191 = call fastcc ptr @intern(ptr noundef %188, i32 noundef %190)
  %192 = ptrtoint ptr %187 to i64
  %193 = call fastcc ptr @global_slot(ptr noundef %191, i32 noundef 1)
  %194 = load ptr, ptr %193, align 8, !tbaa !57
  %195 = icmp eq ptr %194, null
  br i1 %195, label %196, label %199

196:                                              ; preds = %185
  store ptr %191, ptr %193, align 8, !tbaa !57
  %197 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 5), align 8, !tbaa !60
  %198 = add nsw i32 %197, 1
  store i32 %198, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 5), align 8, !tbaa !60
  br label %199

199:                                              ; preds = %185, %196
  %200 = getelementptr inbounds %struct.global, ptr %193, i64 0, i32 1
  store i32 7, ptr %200, align 8, !tbaa.struct !61
  %201 = getelementptr inbounds %struct.global, ptr %193, i64 0, i32 1, i32 1
  store i64 %192, ptr %201, align 8, !tbaa.struct !64
  %202 = add nuw nsw i64 %186, 1
  %203 = icmp eq i64 %202, 16
  br i1 %203, label %8, label %185, !llvm.loop !65

204:                                              ; preds = %137
  call fastcc void @disassemble(ptr noundef nonnull %2, ptr noundef nonnull %85)
  br label %205

205:                                              ; preds = %204, %137
  %206 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %207 = icmp ult ptr %206, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %207, label %209, label %208

208:                                              ; preds = %205
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.194) #29
  unreachable

209:                                              ; preds = %205
  %210 = ptrtoint ptr %85 to i64
  %211 = getelementptr inbounds %struct.value, ptr %206, i64 1
  store ptr %211, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 6, ptr %206, align 8, !tbaa.struct !61
  %212 = getelementptr inbounds i8, ptr %206, i64 8
  store i64 %210, ptr %212, align 8, !tbaa.struct !64
  %213 = load i32, ptr @run_script.vm, align 8
  %214 = load i64, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 0, i64 0, i32 1, i32 0), align 8
  call fastcc void @call_value(i32 %213, i64 %214, i32 noundef 0, i32 noundef 0)
  %215 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !66
  %216 = add nsw i32 %215, -1
  %217 = sext i32 %216 to i64
  %218 = getelementptr inbounds %struct.vm, ptr @run_script.vm, i64 0, i32 2, i64 %217
  %219 = load ptr, ptr %218, align 8, !tbaa !67
  %220 = getelementptr inbounds %struct.function, ptr %219, i64 0, i32 2
  %221 = getelementptr inbounds %struct.function, ptr %219, i64 0, i32 2, i32 1
  %222 = load ptr, ptr %221, align 8, !tbaa !69
  %223 = getelementptr inbounds %struct.vm, ptr @run_script.vm, i64 0, i32 2, i64 %217, i32 1
  %224 = load ptr, ptr %223, align 8, !tbaa !70
  %225 = load ptr, ptr %220, align 8, !tbaa !71
  %226 = ptrtoint ptr %224 to i64
  %227 = ptrtoint ptr %225 to i64
  %228 = sub i64 %226, %227
  %229 = getelementptr inbounds i32, ptr %222, i64 %228
  %230 = load i32, ptr %229, align 4, !tbaa !22
  %231 = load i64, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 8), align 8, !tbaa !72
  %232 = add nsw i64 %231, 1
  store i64 %232, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 8), align 8, !tbaa !72
  %233 = load i64, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 9), align 8, !tbaa !25
  %234 = icmp slt i64 %231, %233
  br i1 %234, label %235, label %237

235:                                              ; preds = %209
  %236 = getelementptr inbounds %struct.strbuf, ptr %4, i64 0, i32 1
  br label %240

237:                                              ; preds = %981, %209
  %238 = phi i32 [ %230, %209 ], [ %994, %981 ]
  %239 = phi i64 [ %233, %209 ], [ %997, %981 ]
  call void (i32, ptr, ...) @fail(i32 noundef %238, ptr noundef nonnull @.str.198, i64 noundef %239) #29
  unreachable

240:                                              ; preds = %981, %235
  %241 = phi i64 [ %232, %235 ], [ %996, %981 ]
  %242 = phi i32 [ %230, %235 ], [ %994, %981 ]
  %243 = phi ptr [ %224, %235 ], [ %988, %981 ]
  %244 = phi ptr [ %223, %235 ], [ %987, %981 ]
  %245 = phi ptr [ %219, %235 ], [ %983, %981 ]
  %246 = phi ptr [ %218, %235 ], [ %982, %981 ]
  %247 = getelementptr inbounds i8, ptr %243, i64 1
  store ptr %247, ptr %244, align 8, !tbaa !70
  %248 = load i8, ptr %243, align 1, !tbaa !54
  %249 = zext i8 %248 to i32
  switch i8 %248, label %979 [
    i8 0, label %250
    i8 1, label %272
    i8 2, label %279
    i8 3, label %286
    i8 4, label %293
    i8 5, label %296
    i8 6, label %318
    i8 33, label %337
    i8 7, label %360
    i8 8, label %360
    i8 9, label %360
    i8 10, label %431
    i8 11, label %431
    i8 12, label %431
    i8 13, label %431
    i8 14, label %431
    i8 15, label %590
    i8 16, label %609
    i8 17, label %642
    i8 18, label %642
    i8 19, label %661
    i8 20, label %661
    i8 21, label %661
    i8 22, label %661
    i8 23, label %689
    i8 24, label %699
    i8 25, label %737
    i8 26, label %737
    i8 27, label %778
    i8 28, label %789
    i8 29, label %804
    i8 30, label %825
    i8 31, label %870
    i8 32, label %935
  ]

250:                                              ; preds = %240
  %251 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %252 = icmp ult ptr %251, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %252, label %254, label %253

253:                                              ; preds = %250
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

254:                                              ; preds = %250
  %255 = getelementptr inbounds %struct.function, ptr %245, i64 0, i32 2, i32 5
  %256 = load ptr, ptr %255, align 8, !tbaa !73
  %257 = load i8, ptr %247, align 1, !tbaa !54
  %258 = zext i8 %257 to i64
  %259 = shl nuw nsw i64 %258, 8
  %260 = getelementptr inbounds i8, ptr %243, i64 2
  %261 = load i8, ptr %260, align 1, !tbaa !54
  %262 = zext i8 %261 to i64
  %263 = or i64 %259, %262
  %264 = getelementptr inbounds %struct.value, ptr %256, i64 %263
  %265 = getelementptr inbounds { i32, i64 }, ptr %264, i64 0, i32 1
  %266 = load i64, ptr %265, align 8
  %267 = load i32, ptr %264, align 8
  %268 = getelementptr inbounds %struct.value, ptr %251, i64 1
  store ptr %268, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 %267, ptr %251, align 8, !tbaa.struct !61
  %269 = getelementptr inbounds i8, ptr %251, i64 8
  store i64 %266, ptr %269, align 8, !tbaa.struct !64
  %270 = load ptr, ptr %244, align 8, !tbaa !70
  %271 = getelementptr inbounds i8, ptr %270, i64 2
  store ptr %271, ptr %244, align 8, !tbaa !70
  br label %981

272:                                              ; preds = %240
  %273 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %274 = icmp ult ptr %273, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %274, label %276, label %275

275:                                              ; preds = %272
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

276:                                              ; preds = %272
  %277 = getelementptr inbounds %struct.value, ptr %273, i64 1
  store ptr %277, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 0, ptr %273, align 8, !tbaa.struct !61
  %278 = getelementptr inbounds i8, ptr %273, i64 8
  store i64 0, ptr %278, align 8, !tbaa.struct !64
  br label %981

279:                                              ; preds = %240
  %280 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %281 = icmp ult ptr %280, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %281, label %283, label %282

282:                                              ; preds = %279
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

283:                                              ; preds = %279
  %284 = getelementptr inbounds %struct.value, ptr %280, i64 1
  store ptr %284, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 1, ptr %280, align 8, !tbaa.struct !61
  %285 = getelementptr inbounds i8, ptr %280, i64 8
  store i64 1, ptr %285, align 8, !tbaa.struct !64
  br label %981

286:                                              ; preds = %240
  %287 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %288 = icmp ult ptr %287, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %288, label %290, label %289

289:                                              ; preds = %286
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

290:                                              ; preds = %286
  %291 = getelementptr inbounds %struct.value, ptr %287, i64 1
  store ptr %291, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 1, ptr %287, align 8, !tbaa.struct !61
  %292 = getelementptr inbounds i8, ptr %287, i64 8
  store i64 0, ptr %292, align 8, !tbaa.struct !64
  br label %981

293:                                              ; preds = %240
  %294 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %295 = getelementptr inbounds %struct.value, ptr %294, i64 -1
  store ptr %295, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  br label %981

296:                                              ; preds = %240
  %297 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %298 = icmp ult ptr %297, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %298, label %300, label %299

299:                                              ; preds = %296
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

300:                                              ; preds = %296
  %301 = getelementptr inbounds %struct.frame, ptr %246, i64 0, i32 2
  %302 = load ptr, ptr %301, align 8, !tbaa !74
  %303 = load i8, ptr %247, align 1, !tbaa !54
  %304 = zext i8 %303 to i64
  %305 = shl nuw nsw i64 %304, 8
  %306 = getelementptr inbounds i8, ptr %243, i64 2
  %307 = load i8, ptr %306, align 1, !tbaa !54
  %308 = zext i8 %307 to i64
  %309 = or i64 %305, %308
  %310 = getelementptr inbounds %struct.value, ptr %302, i64 %309
  %311 = getelementptr inbounds { i32, i64 }, ptr %310, i64 0, i32 1
  %312 = load i64, ptr %311, align 8
  %313 = load i32, ptr %310, align 8
  %314 = getelementptr inbounds %struct.value, ptr %297, i64 1
  store ptr %314, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 %313, ptr %297, align 8, !tbaa.struct !61
  %315 = getelementptr inbounds i8, ptr %297, i64 8
  store i64 %312, ptr %315, align 8, !tbaa.struct !64
  %316 = load ptr, ptr %244, align 8, !tbaa !70
  %317 = getelementptr inbounds i8, ptr %316, i64 2
  store ptr %317, ptr %244, align 8, !tbaa !70
  br label %981

318:                                              ; preds = %240
  %319 = getelementptr inbounds %struct.frame, ptr %246, i64 0, i32 2
  %320 = load ptr, ptr %319, align 8, !tbaa !74
  %321 = load i8, ptr %247, align 1, !tbaa !54
  %322 = zext i8 %321 to i64
  %323 = shl nuw nsw i64 %322, 8
  %324 = getelementptr inbounds i8, ptr %243, i64 2
  %325 = load i8, ptr %324, align 1, !tbaa !54
  %326 = zext i8 %325 to i64
  %327 = or i64 %323, %326
  %328 = getelementptr inbounds %struct.value, ptr %320, i64 %327
  %329 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %330 = getelementptr inbounds %struct.value, ptr %329, i64 -1
  %331 = load i32, ptr %330, align 8, !tbaa.struct !61
  %332 = getelementptr %struct.value, ptr %329, i64 -1, i32 1
  %333 = load i64, ptr %332, align 8, !tbaa.struct !64
  store i32 %331, ptr %328, align 8, !tbaa.struct !61
  %334 = getelementptr inbounds i8, ptr %328, i64 8
  store i64 %333, ptr %334, align 8, !tbaa.struct !64
  %335 = load ptr, ptr %244, align 8, !tbaa !70
  %336 = getelementptr inbounds i8, ptr %335, i64 2
  store ptr %336, ptr %244, align 8, !tbaa !70
  br label %981

337:                                              ; preds = %240
  %338 = getelementptr inbounds %struct.frame, ptr %246, i64 0, i32 2
  %339 = load ptr, ptr %338, align 8, !tbaa !74
  %340 = load i8, ptr %247, align 1, !tbaa !54
  %341 = zext i8 %340 to i64
  %342 = shl nuw nsw i64 %341, 8
  %343 = getelementptr inbounds i8, ptr %243, i64 2
  %344 = load i8, ptr %343, align 1, !tbaa !54
  %345 = zext i8 %344 to i64
  %346 = or i64 %342, %345
  %347 = getelementptr inbounds %struct.value, ptr %339, i64 %346
  %348 = getelementptr inbounds i8, ptr %243, i64 3
  store ptr %348, ptr %244, align 8, !tbaa !70
  %349 = load i32, ptr %347, align 8, !tbaa !75
  switch i32 %349, label %358 [
    i32 2, label %350
    i32 3, label %354
  ]

350:                                              ; preds = %337
  %351 = getelementptr inbounds %struct.value, ptr %339, i64 %346, i32 1
  %352 = load i64, ptr %351, align 8, !tbaa !54
  %353 = add nsw i64 %352, 1
  store i64 %353, ptr %351, align 8, !tbaa !54
  br label %981

354:                                              ; preds = %337
  %355 = getelementptr inbounds { i32, i64 }, ptr %347, i64 0, i32 1
  %356 = load double, ptr %355, align 8
  %357 = fadd double %356, 1.000000e+00
  store i32 3, ptr %347, align 8, !tbaa.struct !61
  store double %357, ptr %355, align 8, !tbaa.struct !64
  br label %981

358:                                              ; preds = %337
  %359 = call fastcc ptr @type_name(i32 noundef %349)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.51, ptr noundef nonnull @.str.199, ptr noundef nonnull %359) #29
  unreachable

360:                                              ; preds = %240, %240, %240
  %361 = getelementptr inbounds %struct.function, ptr %245, i64 0, i32 2, i32 5
  %362 = load ptr, ptr %361, align 8, !tbaa !73
  %363 = load i8, ptr %247, align 1, !tbaa !54
  %364 = zext i8 %363 to i64
  %365 = shl nuw nsw i64 %364, 8
  %366 = getelementptr inbounds i8, ptr %243, i64 2
  %367 = load i8, ptr %366, align 1, !tbaa !54
  %368 = zext i8 %367 to i64
  %369 = or i64 %365, %368
  %370 = getelementptr inbounds %struct.value, ptr %362, i64 %369, i32 1
  %371 = load ptr, ptr %370, align 8, !tbaa !54
  %372 = getelementptr inbounds i8, ptr %243, i64 3
  store ptr %372, ptr %244, align 8, !tbaa !70
  %373 = icmp eq i8 %248, 9
  br i1 %373, label %374, label %389

374:                                              ; preds = %360
  %375 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %376 = getelementptr inbounds %struct.value, ptr %375, i64 -1
  store ptr %376, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %377 = load i32, ptr %376, align 8, !tbaa.struct !61
  %378 = getelementptr %struct.value, ptr %375, i64 -1, i32 1
  %379 = load i64, ptr %378, align 8, !tbaa.struct !64
  %380 = call fastcc ptr @global_slot(ptr noundef %371, i32 noundef 1)
  %381 = load ptr, ptr %380, align 8, !tbaa !57
  %382 = icmp eq ptr %381, null
  br i1 %382, label %383, label %386

383:                                              ; preds = %374
  store ptr %371, ptr %380, align 8, !tbaa !57
  %384 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 5), align 8, !tbaa !60
  %385 = add nsw i32 %384, 1
  store i32 %385, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 5), align 8, !tbaa !60
  br label %386

386:                                              ; preds = %383, %374
  %387 = getelementptr inbounds %struct.global, ptr %380, i64 0, i32 1
  store i32 %377, ptr %387, align 8, !tbaa.struct !61
  %388 = getelementptr inbounds %struct.global, ptr %380, i64 0, i32 1, i32 1
  store i64 %379, ptr %388, align 8, !tbaa.struct !64
  br label %981

389:                                              ; preds = %360
  %390 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 6), align 4, !tbaa !76
  %391 = icmp eq i32 %390, 0
  br i1 %391, label %408, label %392

392:                                              ; preds = %389
  %393 = getelementptr inbounds %struct.string, ptr %371, i64 0, i32 1
  %394 = load i32, ptr %393, align 4, !tbaa !22
  %395 = add nsw i32 %390, -1
  %396 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 4), align 8, !tbaa !77
  br label %397

397:                                              ; preds = %397, %392
  %398 = phi i32 [ %394, %392 ], [ %406, %397 ]
  %399 = and i32 %398, %395
  %400 = sext i32 %399 to i64
  %401 = getelementptr inbounds %struct.global, ptr %396, i64 %400
  %402 = load ptr, ptr %401, align 8, !tbaa !57
  %403 = icmp eq ptr %402, null
  %404 = icmp eq ptr %402, %371
  %405 = or i1 %403, %404
  %406 = add nsw i32 %399, 1
  br i1 %405, label %407, label %397, !llvm.loop !78

407:                                              ; preds = %397
  br i1 %403, label %408, label %410

408:                                              ; preds = %407, %389
  %409 = getelementptr inbounds %struct.string, ptr %371, i64 0, i32 2
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.200, ptr noundef nonnull %409) #29
  unreachable

410:                                              ; preds = %407
  %411 = icmp eq i8 %248, 7
  br i1 %411, label %412, label %423

412:                                              ; preds = %410
  %413 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %414 = icmp ult ptr %413, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %414, label %416, label %415

415:                                              ; preds = %412
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

416:                                              ; preds = %412
  %417 = getelementptr inbounds %struct.global, ptr %396, i64 %400, i32 1, i32 1
  %418 = load i64, ptr %417, align 8
  %419 = getelementptr inbounds %struct.global, ptr %396, i64 %400, i32 1
  %420 = load i32, ptr %419, align 8
  %421 = getelementptr inbounds %struct.value, ptr %413, i64 1
  store ptr %421, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 %420, ptr %413, align 8, !tbaa.struct !61
  %422 = getelementptr inbounds i8, ptr %413, i64 8
  store i64 %418, ptr %422, align 8, !tbaa.struct !64
  br label %981

423:                                              ; preds = %410
  %424 = getelementptr inbounds %struct.global, ptr %396, i64 %400, i32 1
  %425 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %426 = getelementptr inbounds %struct.value, ptr %425, i64 -1
  %427 = load i32, ptr %426, align 8, !tbaa.struct !61
  %428 = getelementptr %struct.value, ptr %425, i64 -1, i32 1
  %429 = load i64, ptr %428, align 8, !tbaa.struct !64
  store i32 %427, ptr %424, align 8, !tbaa.struct !61
  %430 = getelementptr inbounds %struct.global, ptr %396, i64 %400, i32 1, i32 1
  store i64 %429, ptr %430, align 8, !tbaa.struct !64
  br label %981

431:                                              ; preds = %240, %240, %240, %240, %240
  %432 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %433 = getelementptr inbounds %struct.value, ptr %432, i64 -1
  store ptr %433, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %434 = load i32, ptr %433, align 8, !tbaa.struct !61
  %435 = getelementptr %struct.value, ptr %432, i64 -1, i32 1
  %436 = load i64, ptr %435, align 8, !tbaa.struct !64
  %437 = getelementptr inbounds %struct.value, ptr %432, i64 -2
  store ptr %437, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %438 = load i32, ptr %437, align 8, !tbaa.struct !61
  %439 = getelementptr %struct.value, ptr %432, i64 -2, i32 1
  %440 = load i64, ptr %439, align 8, !tbaa.struct !64
  %441 = icmp eq i8 %248, 10
  br i1 %441, label %442, label %517

442:                                              ; preds = %431
  %443 = icmp eq i32 %438, 4
  %444 = icmp eq i32 %434, 4
  %445 = select i1 %443, i1 true, i1 %444
  br i1 %445, label %446, label %451

446:                                              ; preds = %442
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %4, i8 0, i64 16, i1 false)
  call fastcc void @format_value(ptr noundef nonnull %4, i32 %438, i64 %440, i32 noundef 0)
  call fastcc void @format_value(ptr noundef nonnull %4, i32 %434, i64 %436, i32 noundef 0)
  %447 = load ptr, ptr %4, align 8, !tbaa !79
  %448 = load i32, ptr %236, align 8, !tbaa !80
  %449 = call fastcc ptr @intern(ptr noundef %447, i32 noundef %448)
  %450 = ptrtoint ptr %449 to i64
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #24
  br label %581

451:                                              ; preds = %442
  %452 = icmp eq i32 %438, 5
  %453 = icmp eq i32 %434, 5
  %454 = select i1 %452, i1 %453, i1 false
  br i1 %454, label %455, label %517

455:                                              ; preds = %451
  %456 = inttoptr i64 %440 to ptr
  %457 = load i32, ptr %456, align 8, !tbaa !81
  %458 = inttoptr i64 %436 to ptr
  %459 = load i32, ptr %458, align 8, !tbaa !81
  %460 = add nsw i32 %459, %457
  %461 = call fastcc ptr @new_list(i32 noundef %460)
  %462 = load i32, ptr %456, align 8, !tbaa !81
  %463 = icmp sgt i32 %462, 0
  br i1 %463, label %464, label %468

464:                                              ; preds = %455
  %465 = getelementptr inbounds %struct.list, ptr %456, i64 0, i32 2
  %466 = getelementptr inbounds %struct.list, ptr %461, i64 0, i32 2
  %467 = getelementptr inbounds %struct.list, ptr %461, i64 0, i32 1
  br label %475

468:                                              ; preds = %475, %455
  %469 = load i32, ptr %458, align 8, !tbaa !81
  %470 = icmp sgt i32 %469, 0
  br i1 %470, label %471, label %495

471:                                              ; preds = %468
  %472 = getelementptr inbounds %struct.list, ptr %458, i64 0, i32 2
  %473 = getelementptr inbounds %struct.list, ptr %461, i64 0, i32 2
  %474 = getelementptr inbounds %struct.list, ptr %461, i64 0, i32 1
  br label %497

475:                                              ; preds = %475, %464
  %476 = phi i64 [ 0, %464 ], [ %491, %475 ]
  %477 = load ptr, ptr %465, align 8, !tbaa !83
  %478 = getelementptr inbounds %struct.value, ptr %477, i64 %476
  %479 = load i32, ptr %478, align 8
  %480 = getelementptr inbounds { i32, i64 }, ptr %478, i64 0, i32 1
  %481 = load i64, ptr %480, align 8
  %482 = load ptr, ptr %466, align 8, !tbaa !83
  %483 = load i32, ptr %461, align 8, !tbaa !81
  %484 = add nsw i32 %483, 1
  %485 = call fastcc ptr @grow(ptr noundef %482, ptr noundef nonnull %467, i32 noundef %484, i64 noundef 16)
  store ptr %485, ptr %466, align 8, !tbaa !83
  %486 = load i32, ptr %461, align 8, !tbaa !81
  %487 = add nsw i32 %486, 1
  store i32 %487, ptr %461, align 8, !tbaa !81
  %488 = sext i32 %486 to i64
  %489 = getelementptr inbounds %struct.value, ptr %485, i64 %488
  store i32 %479, ptr %489, align 8, !tbaa.struct !61
  %490 = getelementptr inbounds i8, ptr %489, i64 8
  store i64 %481, ptr %490, align 8, !tbaa.struct !64
  %491 = add nuw nsw i64 %476, 1
  %492 = load i32, ptr %456, align 8, !tbaa !81
  %493 = sext i32 %492 to i64
  %494 = icmp slt i64 %491, %493
  br i1 %494, label %475, label %468, !llvm.loop !84

495:                                              ; preds = %497, %468
  %496 = ptrtoint ptr %461 to i64
  br label %581

497:                                              ; preds = %497, %471
  %498 = phi i64 [ 0, %471 ], [ %513, %497 ]
  %499 = load ptr, ptr %472, align 8, !tbaa !83
  %500 = getelementptr inbounds %struct.value, ptr %499, i64 %498
  %501 = load i32, ptr %500, align 8
  %502 = getelementptr inbounds { i32, i64 }, ptr %500, i64 0, i32 1
  %503 = load i64, ptr %502, align 8
  %504 = load ptr, ptr %473, align 8, !tbaa !83
  %505 = load i32, ptr %461, align 8, !tbaa !81
  %506 = add nsw i32 %505, 1
  %507 = call fastcc ptr @grow(ptr noundef %504, ptr noundef nonnull %474, i32 noundef %506, i64 noundef 16)
  store ptr %507, ptr %473, align 8, !tbaa !83
  %508 = load i32, ptr %461, align 8, !tbaa !81
  %509 = add nsw i32 %508, 1
  store i32 %509, ptr %461, align 8, !tbaa !81
  %510 = sext i32 %508 to i64
  %511 = getelementptr inbounds %struct.value, ptr %507, i64 %510
  store i32 %501, ptr %511, align 8, !tbaa.struct !61
  %512 = getelementptr inbounds i8, ptr %511, i64 8
  store i64 %503, ptr %512, align 8, !tbaa.struct !64
  %513 = add nuw nsw i64 %498, 1
  %514 = load i32, ptr %458, align 8, !tbaa !81
  %515 = sext i32 %514 to i64
  %516 = icmp slt i64 %513, %515
  br i1 %516, label %497, label %495, !llvm.loop !85

517:                                              ; preds = %451, %431
  %518 = icmp eq i32 %438, 2
  %519 = icmp eq i32 %434, 2
  %520 = select i1 %518, i1 %519, i1 false
  br i1 %520, label %521, label %545

521:                                              ; preds = %517
  switch i8 %248, label %522 [
    i8 10, label %527
    i8 11, label %529
    i8 12, label %531
    i8 13, label %533
    i8 14, label %538
  ]

522:                                              ; preds = %521
  %523 = add nuw nsw i32 %249, -10
  %524 = zext i32 %523 to i64
  %525 = getelementptr inbounds [5 x ptr], ptr @__const.arithmetic.names, i64 0, i64 %524
  %526 = load ptr, ptr %525, align 8, !tbaa !4
  br label %550

527:                                              ; preds = %521
  %528 = add i64 %440, %436
  br label %581

529:                                              ; preds = %521
  %530 = sub i64 %440, %436
  br label %581

531:                                              ; preds = %521
  %532 = mul i64 %440, %436
  br label %581

533:                                              ; preds = %521
  %534 = icmp eq i64 %436, 0
  br i1 %534, label %535, label %536

535:                                              ; preds = %533
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.204) #29
  unreachable

536:                                              ; preds = %533
  %537 = sdiv i64 %440, %436
  br label %581

538:                                              ; preds = %521
  %539 = icmp eq i64 %436, 0
  br i1 %539, label %540, label %541

540:                                              ; preds = %538
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.204) #29
  unreachable

541:                                              ; preds = %538
  %542 = srem i64 %440, %436
  %543 = add nsw i64 %542, %436
  %544 = srem i64 %543, %436
  br label %581

545:                                              ; preds = %517
  %546 = add nsw i32 %249, -10
  %547 = zext i32 %546 to i64
  %548 = getelementptr inbounds [5 x ptr], ptr @__const.arithmetic.names, i64 0, i64 %547
  %549 = load ptr, ptr %548, align 8, !tbaa !4
  switch i32 %438, label %555 [
    i32 2, label %550
    i32 3, label %553
  ]

550:                                              ; preds = %545, %522
  %551 = phi ptr [ %526, %522 ], [ %549, %545 ]
  %552 = sitofp i64 %440 to double
  br label %557

553:                                              ; preds = %545
  %554 = bitcast i64 %440 to double
  br label %557

555:                                              ; preds = %545
  %556 = call fastcc ptr @type_name(i32 noundef %438)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.51, ptr noundef %549, ptr noundef nonnull %556) #29
  unreachable

557:                                              ; preds = %553, %550
  %558 = phi ptr [ %551, %550 ], [ %549, %553 ]
  %559 = phi double [ %552, %550 ], [ %554, %553 ]
  switch i32 %434, label %564 [
    i32 2, label %560
    i32 3, label %562
  ]

560:                                              ; preds = %557
  %561 = sitofp i64 %436 to double
  br label %566

562:                                              ; preds = %557
  %563 = bitcast i64 %436 to double
  br label %566

564:                                              ; preds = %557
  %565 = call fastcc ptr @type_name(i32 noundef %434)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.51, ptr noundef %558, ptr noundef nonnull %565) #29
  unreachable

566:                                              ; preds = %562, %560
  %567 = phi double [ %561, %560 ], [ %563, %562 ]
  switch i8 %248, label %576 [
    i8 10, label %568
    i8 11, label %570
    i8 12, label %572
    i8 13, label %574
  ]

568:                                              ; preds = %566
  %569 = fadd double %559, %567
  br label %578

570:                                              ; preds = %566
  %571 = fsub double %559, %567
  br label %578

572:                                              ; preds = %566
  %573 = fmul double %559, %567
  br label %578

574:                                              ; preds = %566
  %575 = fdiv double %559, %567
  br label %578

576:                                              ; preds = %566
  %577 = call double @fmod(double noundef %559, double noundef %567) #24
  br label %578

578:                                              ; preds = %576, %574, %572, %570, %568
  %579 = phi double [ %577, %576 ], [ %575, %574 ], [ %573, %572 ], [ %571, %570 ], [ %569, %568 ]
  %580 = bitcast double %579 to i64
  br label %581

581:                                              ; preds = %578, %541, %536, %531, %529, %527, %495, %446
  %582 = phi i32 [ 4, %446 ], [ 5, %495 ], [ 3, %578 ], [ 2, %541 ], [ 2, %536 ], [ 2, %531 ], [ 2, %529 ], [ 2, %527 ]
  %583 = phi i64 [ %450, %446 ], [ %496, %495 ], [ %580, %578 ], [ %544, %541 ], [ %537, %536 ], [ %532, %531 ], [ %530, %529 ], [ %528, %527 ]
  %584 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %585 = icmp ult ptr %584, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %585, label %587, label %586

586:                                              ; preds = %581
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

587:                                              ; preds = %581
  %588 = getelementptr inbounds %struct.value, ptr %584, i64 1
  store ptr %588, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 %582, ptr %584, align 8, !tbaa.struct !61
  %589 = getelementptr inbounds i8, ptr %584, i64 8
  store i64 %583, ptr %589, align 8, !tbaa.struct !64
  br label %981

590:                                              ; preds = %240
  %591 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %592 = getelementptr inbounds %struct.value, ptr %591, i64 -1
  store ptr %592, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %593 = load i32, ptr %592, align 8, !tbaa.struct !61
  %594 = getelementptr %struct.value, ptr %591, i64 -1, i32 1
  %595 = load i64, ptr %594, align 8, !tbaa.struct !64
  switch i32 %593, label %603 [
    i32 2, label %596
    i32 3, label %601
  ]

596:                                              ; preds = %590
  %597 = icmp ult ptr %592, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %597, label %599, label %598

598:                                              ; preds = %596
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

599:                                              ; preds = %596
  %600 = sub nsw i64 0, %595
  store ptr %591, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 2, ptr %592, align 8, !tbaa.struct !61
  store i64 %600, ptr %594, align 8, !tbaa.struct !64
  br label %981

601:                                              ; preds = %590
  %602 = icmp ult ptr %592, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %602, label %606, label %605

603:                                              ; preds = %590
  %604 = call fastcc ptr @type_name(i32 noundef %593)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.51, ptr noundef nonnull @.str.89, ptr noundef nonnull %604) #29
  unreachable

605:                                              ; preds = %601
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

606:                                              ; preds = %601
  %607 = bitcast i64 %595 to double
  %608 = fneg double %607
  store ptr %591, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 3, ptr %592, align 8, !tbaa.struct !61
  store double %608, ptr %594, align 8, !tbaa.struct !64
  br label %981

609:                                              ; preds = %240
  %610 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %611 = getelementptr inbounds %struct.value, ptr %610, i64 -1
  store ptr %611, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %612 = load i32, ptr %611, align 8, !tbaa.struct !61
  %613 = getelementptr %struct.value, ptr %610, i64 -1, i32 1
  %614 = load i64, ptr %613, align 8, !tbaa.struct !64
  switch i32 %612, label %634 [
    i32 0, label %635
    i32 1, label %615
    i32 2, label %617
    i32 3, label %620
    i32 4, label %624
    i32 5, label %629
  ]

615:                                              ; preds = %609
  %616 = trunc i64 %614 to i32
  br label %635

617:                                              ; preds = %609
  %618 = icmp ne i64 %614, 0
  %619 = zext i1 %618 to i32
  br label %635

620:                                              ; preds = %609
  %621 = and i64 %614, 9223372036854775807
  %622 = icmp ne i64 %621, 0
  %623 = zext i1 %622 to i32
  br label %635

624:                                              ; preds = %609
  %625 = inttoptr i64 %614 to ptr
  %626 = load i32, ptr %625, align 4, !tbaa !22
  %627 = icmp sgt i32 %626, 0
  %628 = zext i1 %627 to i32
  br label %635

629:                                              ; preds = %609
  %630 = inttoptr i64 %614 to ptr
  %631 = load i32, ptr %630, align 8, !tbaa !81
  %632 = icmp sgt i32 %631, 0
  %633 = zext i1 %632 to i32
  br label %635

634:                                              ; preds = %609
  br label %635

635:                                              ; preds = %634, %629, %624, %620, %617, %615, %609
  %636 = phi i32 [ 1, %634 ], [ %633, %629 ], [ %628, %624 ], [ %623, %620 ], [ %619, %617 ], [ %616, %615 ], [ %612, %609 ]
  %637 = icmp ult ptr %611, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %637, label %639, label %638

638:                                              ; preds = %635
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

639:                                              ; preds = %635
  %640 = icmp eq i32 %636, 0
  %641 = zext i1 %640 to i64
  store ptr %610, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 1, ptr %611, align 8, !tbaa.struct !61
  store i64 %641, ptr %613, align 8, !tbaa.struct !64
  br label %981

642:                                              ; preds = %240, %240
  %643 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %644 = getelementptr inbounds %struct.value, ptr %643, i64 -1
  store ptr %644, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %645 = load i32, ptr %644, align 8, !tbaa.struct !61
  %646 = getelementptr %struct.value, ptr %643, i64 -1, i32 1
  %647 = load i64, ptr %646, align 8, !tbaa.struct !64
  %648 = getelementptr inbounds %struct.value, ptr %643, i64 -2
  store ptr %648, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %649 = load i32, ptr %648, align 8, !tbaa.struct !61
  %650 = getelementptr %struct.value, ptr %643, i64 -2, i32 1
  %651 = load i64, ptr %650, align 8, !tbaa.struct !64
  %652 = call fastcc i32 @values_equal(i32 %649, i64 %651, i32 %645, i64 %647)
  %653 = icmp ult ptr %648, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %653, label %655, label %654

654:                                              ; preds = %642
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

655:                                              ; preds = %642
  %656 = icmp eq i8 %248, 17
  %657 = icmp ne i32 %652, 0
  %658 = icmp eq i32 %652, 0
  %659 = select i1 %656, i1 %657, i1 %658
  %660 = zext i1 %659 to i64
  store ptr %644, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 1, ptr %648, align 8, !tbaa.struct !61
  store i64 %660, ptr %650, align 8, !tbaa.struct !64
  br label %981

661:                                              ; preds = %240, %240, %240, %240
  %662 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %663 = getelementptr inbounds %struct.value, ptr %662, i64 -1
  store ptr %663, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %664 = load i32, ptr %663, align 8, !tbaa.struct !61
  %665 = getelementptr %struct.value, ptr %662, i64 -1, i32 1
  %666 = load i64, ptr %665, align 8, !tbaa.struct !64
  %667 = getelementptr inbounds %struct.value, ptr %662, i64 -2
  store ptr %667, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %668 = load i32, ptr %667, align 8, !tbaa.struct !61
  %669 = getelementptr %struct.value, ptr %662, i64 -2, i32 1
  %670 = load i64, ptr %669, align 8, !tbaa.struct !64
  %671 = call fastcc i32 @compare(i32 %668, i64 %670, i32 %664, i64 %666, i32 noundef %242)
  switch i8 %248, label %678 [
    i8 19, label %672
    i8 20, label %674
    i8 21, label %676
  ]

672:                                              ; preds = %661
  %673 = icmp slt i32 %671, 0
  br label %680

674:                                              ; preds = %661
  %675 = icmp slt i32 %671, 1
  br label %680

676:                                              ; preds = %661
  %677 = icmp sgt i32 %671, 0
  br label %680

678:                                              ; preds = %661
  %679 = icmp sgt i32 %671, -1
  br label %680

680:                                              ; preds = %678, %676, %674, %672
  %681 = phi i1 [ %673, %672 ], [ %675, %674 ], [ %677, %676 ], [ %679, %678 ]
  %682 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %683 = icmp ult ptr %682, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %683, label %685, label %684

684:                                              ; preds = %680
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

685:                                              ; preds = %680
  %686 = zext i1 %681 to i64
  %687 = getelementptr inbounds %struct.value, ptr %682, i64 1
  store ptr %687, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 1, ptr %682, align 8, !tbaa.struct !61
  %688 = getelementptr inbounds i8, ptr %682, i64 8
  store i64 %686, ptr %688, align 8, !tbaa.struct !64
  br label %981

689:                                              ; preds = %240
  %690 = load i8, ptr %247, align 1, !tbaa !54
  %691 = zext i8 %690 to i64
  %692 = shl nuw nsw i64 %691, 8
  %693 = getelementptr inbounds i8, ptr %243, i64 2
  %694 = load i8, ptr %693, align 1, !tbaa !54
  %695 = zext i8 %694 to i64
  %696 = or i64 %692, %695
  %697 = add nuw nsw i64 %696, 2
  %698 = getelementptr inbounds i8, ptr %247, i64 %697
  store ptr %698, ptr %244, align 8, !tbaa !70
  br label %981

699:                                              ; preds = %240
  %700 = load i8, ptr %247, align 1, !tbaa !54
  %701 = zext i8 %700 to i64
  %702 = shl nuw nsw i64 %701, 8
  %703 = getelementptr inbounds i8, ptr %243, i64 2
  %704 = load i8, ptr %703, align 1, !tbaa !54
  %705 = zext i8 %704 to i64
  %706 = or i64 %702, %705
  %707 = getelementptr inbounds i8, ptr %243, i64 3
  store ptr %707, ptr %244, align 8, !tbaa !70
  %708 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %709 = getelementptr inbounds %struct.value, ptr %708, i64 -1
  store ptr %709, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %710 = load i32, ptr %709, align 8, !tbaa.struct !61
  %711 = getelementptr %struct.value, ptr %708, i64 -1, i32 1
  %712 = load i64, ptr %711, align 8, !tbaa.struct !64
  switch i32 %710, label %981 [
    i32 0, label %735
    i32 1, label %713
    i32 2, label %715
    i32 3, label %718
    i32 4, label %722
    i32 5, label %727
  ]

713:                                              ; preds = %699
  %714 = trunc i64 %712 to i32
  br label %732

715:                                              ; preds = %699
  %716 = icmp ne i64 %712, 0
  %717 = zext i1 %716 to i32
  br label %732

718:                                              ; preds = %699
  %719 = and i64 %712, 9223372036854775807
  %720 = icmp ne i64 %719, 0
  %721 = zext i1 %720 to i32
  br label %732

722:                                              ; preds = %699
  %723 = inttoptr i64 %712 to ptr
  %724 = load i32, ptr %723, align 4, !tbaa !22
  %725 = icmp sgt i32 %724, 0
  %726 = zext i1 %725 to i32
  br label %732

727:                                              ; preds = %699
  %728 = inttoptr i64 %712 to ptr
  %729 = load i32, ptr %728, align 8, !tbaa !81
  %730 = icmp sgt i32 %729, 0
  %731 = zext i1 %730 to i32
  br label %732

732:                                              ; preds = %727, %722, %718, %715, %713
  %733 = phi i32 [ %731, %727 ], [ %726, %722 ], [ %721, %718 ], [ %717, %715 ], [ %714, %713 ]
  %734 = icmp eq i32 %733, 0
  br i1 %734, label %735, label %981

735:                                              ; preds = %732, %699
  %736 = getelementptr inbounds i8, ptr %707, i64 %706
  store ptr %736, ptr %244, align 8, !tbaa !70
  br label %981

737:                                              ; preds = %240, %240
  %738 = load i8, ptr %247, align 1, !tbaa !54
  %739 = zext i8 %738 to i64
  %740 = shl nuw nsw i64 %739, 8
  %741 = getelementptr inbounds i8, ptr %243, i64 2
  %742 = load i8, ptr %741, align 1, !tbaa !54
  %743 = zext i8 %742 to i64
  %744 = or i64 %740, %743
  %745 = getelementptr inbounds i8, ptr %243, i64 3
  store ptr %745, ptr %244, align 8, !tbaa !70
  %746 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %747 = getelementptr inbounds %struct.value, ptr %746, i64 -1
  %748 = load i32, ptr %747, align 8, !tbaa.struct !61
  %749 = getelementptr %struct.value, ptr %746, i64 -1, i32 1
  %750 = load i64, ptr %749, align 8, !tbaa.struct !64
  switch i32 %748, label %770 [
    i32 0, label %771
    i32 1, label %751
    i32 2, label %753
    i32 3, label %756
    i32 4, label %760
    i32 5, label %765
  ]

751:                                              ; preds = %737
  %752 = trunc i64 %750 to i32
  br label %771

753:                                              ; preds = %737
  %754 = icmp ne i64 %750, 0
  %755 = zext i1 %754 to i32
  br label %771

756:                                              ; preds = %737
  %757 = and i64 %750, 9223372036854775807
  %758 = icmp ne i64 %757, 0
  %759 = zext i1 %758 to i32
  br label %771

760:                                              ; preds = %737
  %761 = inttoptr i64 %750 to ptr
  %762 = load i32, ptr %761, align 4, !tbaa !22
  %763 = icmp sgt i32 %762, 0
  %764 = zext i1 %763 to i32
  br label %771

765:                                              ; preds = %737
  %766 = inttoptr i64 %750 to ptr
  %767 = load i32, ptr %766, align 8, !tbaa !81
  %768 = icmp sgt i32 %767, 0
  %769 = zext i1 %768 to i32
  br label %771

770:                                              ; preds = %737
  br label %771

771:                                              ; preds = %770, %765, %760, %756, %753, %751, %737
  %772 = phi i32 [ 1, %770 ], [ %769, %765 ], [ %764, %760 ], [ %759, %756 ], [ %755, %753 ], [ %752, %751 ], [ %748, %737 ]
  %773 = icmp eq i8 %248, 26
  %774 = zext i1 %773 to i32
  %775 = icmp eq i32 %772, %774
  br i1 %775, label %776, label %981

776:                                              ; preds = %771
  %777 = getelementptr inbounds i8, ptr %745, i64 %744
  store ptr %777, ptr %244, align 8, !tbaa !70
  br label %981

778:                                              ; preds = %240
  %779 = load i8, ptr %247, align 1, !tbaa !54
  %780 = zext i8 %779 to i32
  %781 = shl nuw nsw i32 %780, 8
  %782 = getelementptr inbounds i8, ptr %243, i64 2
  %783 = load i8, ptr %782, align 1, !tbaa !54
  %784 = zext i8 %783 to i32
  %785 = or i32 %781, %784
  %786 = sub nsw i32 2, %785
  %787 = sext i32 %786 to i64
  %788 = getelementptr inbounds i8, ptr %247, i64 %787
  store ptr %788, ptr %244, align 8, !tbaa !70
  br label %981

789:                                              ; preds = %240
  %790 = getelementptr inbounds i8, ptr %243, i64 2
  store ptr %790, ptr %244, align 8, !tbaa !70
  %791 = load i8, ptr %247, align 1, !tbaa !54
  %792 = zext i8 %791 to i32
  %793 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %794 = xor i32 %792, -1
  %795 = sext i32 %794 to i64
  %796 = getelementptr inbounds %struct.value, ptr %793, i64 %795
  %797 = load i32, ptr %796, align 8, !tbaa.struct !61
  %798 = getelementptr inbounds i8, ptr %796, i64 8
  %799 = load i64, ptr %798, align 8, !tbaa.struct !64
  call fastcc void @call_value(i32 %797, i64 %799, i32 noundef %792, i32 noundef %242)
  %800 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !66
  %801 = add nsw i32 %800, -1
  %802 = sext i32 %801 to i64
  %803 = getelementptr inbounds %struct.vm, ptr @run_script.vm, i64 0, i32 2, i64 %802
  br label %981

804:                                              ; preds = %240
  %805 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %806 = getelementptr inbounds %struct.value, ptr %805, i64 -1
  store ptr %806, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %807 = load i32, ptr %806, align 8, !tbaa.struct !61
  %808 = getelementptr %struct.value, ptr %805, i64 -1, i32 1
  %809 = load i64, ptr %808, align 8, !tbaa.struct !64
  %810 = getelementptr inbounds %struct.frame, ptr %246, i64 0, i32 2
  %811 = load ptr, ptr %810, align 8, !tbaa !74
  store ptr %811, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %812 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !66
  %813 = add nsw i32 %812, -1
  store i32 %813, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !66
  %814 = icmp eq i32 %813, 0
  br i1 %814, label %999, label %815

815:                                              ; preds = %804
  %816 = icmp ult ptr %811, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %816, label %818, label %817

817:                                              ; preds = %815
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

818:                                              ; preds = %815
  %819 = getelementptr inbounds %struct.value, ptr %811, i64 1
  store ptr %819, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 %807, ptr %811, align 8, !tbaa.struct !61
  %820 = getelementptr inbounds i8, ptr %811, i64 8
  store i64 %809, ptr %820, align 8, !tbaa.struct !64
  %821 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !66
  %822 = add nsw i32 %821, -1
  %823 = sext i32 %822 to i64
  %824 = getelementptr inbounds %struct.vm, ptr @run_script.vm, i64 0, i32 2, i64 %823
  br label %981

825:                                              ; preds = %240
  %826 = load i8, ptr %247, align 1, !tbaa !54
  %827 = zext i8 %826 to i32
  %828 = shl nuw nsw i32 %827, 8
  %829 = getelementptr inbounds i8, ptr %243, i64 2
  %830 = load i8, ptr %829, align 1, !tbaa !54
  %831 = zext i8 %830 to i32
  %832 = or i32 %828, %831
  %833 = getelementptr inbounds i8, ptr %243, i64 3
  store ptr %833, ptr %244, align 8, !tbaa !70
  %834 = call fastcc ptr @new_list(i32 noundef %832)
  %835 = icmp eq i32 %832, 0
  br i1 %835, label %840, label %836

836:                                              ; preds = %825
  %837 = getelementptr inbounds %struct.list, ptr %834, i64 0, i32 2
  %838 = getelementptr inbounds %struct.list, ptr %834, i64 0, i32 1
  %839 = zext i32 %832 to i64
  br label %851

840:                                              ; preds = %851, %825
  %841 = phi i64 [ 0, %825 ], [ %839, %851 ]
  %842 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %843 = sub nsw i64 0, %841
  %844 = getelementptr inbounds %struct.value, ptr %842, i64 %843
  store ptr %844, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %845 = icmp ult ptr %844, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %845, label %847, label %846

846:                                              ; preds = %840
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

847:                                              ; preds = %840
  %848 = ptrtoint ptr %834 to i64
  %849 = getelementptr inbounds %struct.value, ptr %844, i64 1
  store ptr %849, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 5, ptr %844, align 8, !tbaa.struct !61
  %850 = getelementptr inbounds i8, ptr %844, i64 8
  store i64 %848, ptr %850, align 8, !tbaa.struct !64
  br label %981

851:                                              ; preds = %851, %836
  %852 = phi i64 [ 0, %836 ], [ %868, %851 ]
  %853 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %854 = sub nsw i64 %852, %839
  %855 = getelementptr inbounds %struct.value, ptr %853, i64 %854
  %856 = load i32, ptr %855, align 8
  %857 = getelementptr inbounds { i32, i64 }, ptr %855, i64 0, i32 1
  %858 = load i64, ptr %857, align 8
  %859 = load ptr, ptr %837, align 8, !tbaa !83
  %860 = load i32, ptr %834, align 8, !tbaa !81
  %861 = add nsw i32 %860, 1
  %862 = call fastcc ptr @grow(ptr noundef %859, ptr noundef nonnull %838, i32 noundef %861, i64 noundef 16)
  store ptr %862, ptr %837, align 8, !tbaa !83
  %863 = load i32, ptr %834, align 8, !tbaa !81
  %864 = add nsw i32 %863, 1
  store i32 %864, ptr %834, align 8, !tbaa !81
  %865 = sext i32 %863 to i64
  %866 = getelementptr inbounds %struct.value, ptr %862, i64 %865
  store i32 %856, ptr %866, align 8, !tbaa.struct !61
  %867 = getelementptr inbounds i8, ptr %866, i64 8
  store i64 %858, ptr %867, align 8, !tbaa.struct !64
  %868 = add nuw nsw i64 %852, 1
  %869 = icmp eq i64 %868, %839
  br i1 %869, label %840, label %851, !llvm.loop !86

870:                                              ; preds = %240
  %871 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %872 = getelementptr inbounds %struct.value, ptr %871, i64 -1
  store ptr %872, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %873 = load i32, ptr %872, align 8, !tbaa.struct !61
  %874 = getelementptr %struct.value, ptr %871, i64 -1, i32 1
  %875 = load i64, ptr %874, align 8, !tbaa.struct !64
  %876 = getelementptr inbounds %struct.value, ptr %871, i64 -2
  store ptr %876, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %877 = load i32, ptr %876, align 8, !tbaa.struct !61
  %878 = getelementptr %struct.value, ptr %871, i64 -2, i32 1
  %879 = load i64, ptr %878, align 8, !tbaa.struct !64
  switch i32 %877, label %933 [
    i32 5, label %880
    i32 4, label %906
  ]

880:                                              ; preds = %870
  %881 = inttoptr i64 %879 to ptr
  %882 = getelementptr inbounds %struct.list, ptr %881, i64 0, i32 2
  %883 = load ptr, ptr %882, align 8, !tbaa !83
  %884 = icmp eq i32 %873, 2
  br i1 %884, label %887, label %885

885:                                              ; preds = %880
  %886 = call fastcc ptr @type_name(i32 noundef %873)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.205, ptr noundef nonnull %886) #29
  unreachable

887:                                              ; preds = %880
  %888 = load i32, ptr %881, align 4, !tbaa !22
  %889 = sext i32 %888 to i64
  %890 = icmp slt i64 %875, 0
  %891 = select i1 %890, i64 %889, i64 0
  %892 = add nsw i64 %891, %875
  %893 = icmp sgt i64 %892, -1
  %894 = icmp slt i64 %892, %889
  %895 = select i1 %893, i1 %894, i1 false
  br i1 %895, label %898, label %896

896:                                              ; preds = %887
  %897 = sext i32 %888 to i64
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.206, i64 noundef %875, i64 noundef %897) #29
  unreachable

898:                                              ; preds = %887
  %899 = icmp ult ptr %876, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %899, label %901, label %900

900:                                              ; preds = %898
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

901:                                              ; preds = %898
  %902 = getelementptr inbounds %struct.value, ptr %883, i64 %892
  %903 = getelementptr inbounds { i32, i64 }, ptr %902, i64 0, i32 1
  %904 = load i64, ptr %903, align 8
  %905 = load i32, ptr %902, align 8
  store ptr %872, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 %905, ptr %876, align 8, !tbaa.struct !61
  store i64 %904, ptr %878, align 8, !tbaa.struct !64
  br label %981

906:                                              ; preds = %870
  %907 = inttoptr i64 %879 to ptr
  %908 = getelementptr inbounds %struct.string, ptr %907, i64 0, i32 2
  %909 = icmp eq i32 %873, 2
  br i1 %909, label %912, label %910

910:                                              ; preds = %906
  %911 = call fastcc ptr @type_name(i32 noundef %873)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.205, ptr noundef nonnull %911) #29
  unreachable

912:                                              ; preds = %906
  %913 = load i32, ptr %907, align 4, !tbaa !22
  %914 = sext i32 %913 to i64
  %915 = icmp slt i64 %875, 0
  %916 = select i1 %915, i64 %914, i64 0
  %917 = add nsw i64 %916, %875
  %918 = icmp sgt i64 %917, -1
  %919 = icmp slt i64 %917, %914
  %920 = select i1 %918, i1 %919, i1 false
  br i1 %920, label %923, label %921

921:                                              ; preds = %912
  %922 = sext i32 %913 to i64
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.206, i64 noundef %875, i64 noundef %922) #29
  unreachable

923:                                              ; preds = %912
  %924 = getelementptr inbounds i8, ptr %908, i64 %917
  %925 = call fastcc ptr @intern(ptr noundef nonnull %924, i32 noundef 1)
  %926 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %927 = icmp ult ptr %926, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %927, label %929, label %928

928:                                              ; preds = %923
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

929:                                              ; preds = %923
  %930 = ptrtoint ptr %925 to i64
  %931 = getelementptr inbounds %struct.value, ptr %926, i64 1
  store ptr %931, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 4, ptr %926, align 8, !tbaa.struct !61
  %932 = getelementptr inbounds i8, ptr %926, i64 8
  store i64 %930, ptr %932, align 8, !tbaa.struct !64
  br label %981

933:                                              ; preds = %870
  %934 = call fastcc ptr @type_name(i32 noundef %877)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.201, ptr noundef nonnull %934) #29
  unreachable

935:                                              ; preds = %240
  %936 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %937 = getelementptr inbounds %struct.value, ptr %936, i64 -1
  store ptr %937, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %938 = load i32, ptr %937, align 8, !tbaa.struct !61
  %939 = getelementptr %struct.value, ptr %936, i64 -1, i32 1
  %940 = load i64, ptr %939, align 8, !tbaa.struct !64
  %941 = getelementptr inbounds %struct.value, ptr %936, i64 -2
  store ptr %941, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %942 = load i32, ptr %941, align 8, !tbaa.struct !61
  %943 = getelementptr %struct.value, ptr %936, i64 -2, i32 1
  %944 = load i64, ptr %943, align 8, !tbaa.struct !64
  %945 = getelementptr inbounds %struct.value, ptr %936, i64 -3
  store ptr %945, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %946 = load i32, ptr %945, align 8, !tbaa.struct !61
  %947 = icmp eq i32 %946, 5
  br i1 %947, label %950, label %948

948:                                              ; preds = %935
  %949 = call fastcc ptr @type_name(i32 noundef %946)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.202, ptr noundef nonnull %949) #29
  unreachable

950:                                              ; preds = %935
  %951 = getelementptr %struct.value, ptr %936, i64 -3, i32 1
  %952 = load i64, ptr %951, align 8, !tbaa.struct !64
  %953 = inttoptr i64 %952 to ptr
  %954 = getelementptr inbounds %struct.list, ptr %953, i64 0, i32 2
  %955 = load ptr, ptr %954, align 8, !tbaa !83
  %956 = icmp eq i32 %942, 2
  br i1 %956, label %959, label %957

957:                                              ; preds = %950
  %958 = call fastcc ptr @type_name(i32 noundef %942)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.205, ptr noundef nonnull %958) #29
  unreachable

959:                                              ; preds = %950
  %960 = load i32, ptr %953, align 4, !tbaa !22
  %961 = sext i32 %960 to i64
  %962 = icmp slt i64 %944, 0
  %963 = select i1 %962, i64 %961, i64 0
  %964 = add nsw i64 %963, %944
  %965 = icmp sgt i64 %964, -1
  %966 = icmp slt i64 %964, %961
  %967 = select i1 %965, i1 %966, i1 false
  br i1 %967, label %970, label %968

968:                                              ; preds = %959
  %969 = sext i32 %960 to i64
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.206, i64 noundef %944, i64 noundef %969) #29
  unreachable

970:                                              ; preds = %959
  %971 = getelementptr inbounds %struct.value, ptr %955, i64 %964
  store i32 %938, ptr %971, align 8, !tbaa.struct !61
  %972 = getelementptr inbounds i8, ptr %971, i64 8
  store i64 %940, ptr %972, align 8, !tbaa.struct !64
  %973 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %974 = icmp ult ptr %973, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %974, label %976, label %975

975:                                              ; preds = %970
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

976:                                              ; preds = %970
  %977 = getelementptr inbounds %struct.value, ptr %973, i64 1
  store ptr %977, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 %938, ptr %973, align 8, !tbaa.struct !61
  %978 = getelementptr inbounds i8, ptr %973, i64 8
  store i64 %940, ptr %978, align 8, !tbaa.struct !64
  br label %981

979:                                              ; preds = %240
  %980 = zext i8 %248 to i32
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.203, i32 noundef %980) #29
  unreachable

981:                                              ; preds = %976, %929, %901, %847, %818, %789, %778, %776, %771, %735, %732, %699, %689, %685, %655, %639, %606, %599, %587, %423, %416, %386, %354, %350, %318, %300, %293, %290, %283, %276, %254
  %982 = phi ptr [ %246, %976 ], [ %246, %847 ], [ %824, %818 ], [ %803, %789 ], [ %246, %778 ], [ %246, %689 ], [ %246, %685 ], [ %246, %655 ], [ %246, %639 ], [ %246, %587 ], [ %246, %318 ], [ %246, %300 ], [ %246, %293 ], [ %246, %290 ], [ %246, %283 ], [ %246, %276 ], [ %246, %254 ], [ %246, %354 ], [ %246, %350 ], [ %246, %416 ], [ %246, %423 ], [ %246, %386 ], [ %246, %606 ], [ %246, %599 ], [ %246, %735 ], [ %246, %732 ], [ %246, %776 ], [ %246, %771 ], [ %246, %929 ], [ %246, %901 ], [ %246, %699 ]
  %983 = load ptr, ptr %982, align 8, !tbaa !67
  %984 = getelementptr inbounds %struct.function, ptr %983, i64 0, i32 2
  %985 = getelementptr inbounds %struct.function, ptr %983, i64 0, i32 2, i32 1
  %986 = load ptr, ptr %985, align 8, !tbaa !69
  %987 = getelementptr inbounds %struct.frame, ptr %982, i64 0, i32 1
  %988 = load ptr, ptr %987, align 8, !tbaa !70
  %989 = load ptr, ptr %984, align 8, !tbaa !71
  %990 = ptrtoint ptr %988 to i64
  %991 = ptrtoint ptr %989 to i64
  %992 = sub i64 %990, %991
  %993 = getelementptr inbounds i32, ptr %986, i64 %992
  %994 = load i32, ptr %993, align 4, !tbaa !22
  %995 = load i64, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 8), align 8, !tbaa !72
  %996 = add nsw i64 %995, 1
  store i64 %996, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 8), align 8, !tbaa !72
  %997 = load i64, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 9), align 8, !tbaa !25
  %998 = icmp slt i64 %995, %997
  br i1 %998, label %240, label %237

999:                                              ; preds = %804
  store i32 1, ptr @run_script.result, align 8, !tbaa !11
  br label %1016

1000:                                             ; preds = %3
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2), i8 0, i64 16, i1 false)
  %1001 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) @error_message) #23
  %1002 = trunc i64 %1001 to i32
  %1003 = add i32 %1002, 1
  %1004 = call fastcc ptr @grow(ptr noundef null, ptr noundef nonnull getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2, i32 2), i32 noundef %1003, i64 noundef 1)
  store ptr %1004, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2), align 8, !tbaa !79
  %1005 = load i32, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2, i32 1), align 8, !tbaa !80
  %1006 = sext i32 %1005 to i64
  %1007 = getelementptr inbounds i8, ptr %1004, i64 %1006
  %1008 = shl i64 %1001, 32
  %1009 = ashr exact i64 %1008, 32
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %1007, ptr nonnull align 16 @error_message, i64 %1009, i1 false)
  %1010 = load i32, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2, i32 1), align 8, !tbaa !80
  %1011 = add nsw i32 %1010, %1002
  store i32 %1011, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2, i32 1), align 8, !tbaa !80
  %1012 = load ptr, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2), align 8, !tbaa !79
  %1013 = sext i32 %1011 to i64
  %1014 = getelementptr inbounds i8, ptr %1012, i64 %1013
  store i8 0, ptr %1014, align 1, !tbaa !54
  %1015 = load i64, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 8), align 8, !tbaa !72
  br label %1016

1016:                                             ; preds = %1000, %999
  %1017 = phi i64 [ %1015, %1000 ], [ %241, %999 ]
  store i64 %1017, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 1), align 8, !tbaa !16
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(32) @run_script.result, i64 32, i1 false), !tbaa.struct !87
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
  %3 = load i32, ptr @intern_count, align 4, !tbaa !22
  %4 = shl nsw i32 %3, 2
  %5 = load i32, ptr @intern_capacity, align 4, !tbaa !22
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
  %19 = load i64, ptr %18, align 8, !tbaa !20
  %20 = add i64 %19, %14
  %21 = getelementptr inbounds %struct.arena_block, ptr %15, i64 0, i32 2
  %22 = load i64, ptr %21, align 16, !tbaa !20
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
  store i64 0, ptr %33, align 8, !tbaa !20
  %34 = getelementptr inbounds %struct.arena_block, ptr %27, i64 0, i32 2
  store i64 %25, ptr %34, align 16, !tbaa !20
  store ptr %27, ptr @arena, align 8, !tbaa !4
  br label %35

35:                                               ; preds = %32, %17
  %36 = phi i64 [ 0, %32 ], [ %19, %17 ]
  %37 = phi ptr [ %27, %32 ], [ %15, %17 ]
  %38 = getelementptr inbounds %struct.arena_block, ptr %37, i64 0, i32 4
  %39 = getelementptr inbounds %struct.arena_block, ptr %37, i64 0, i32 1
  %40 = getelementptr inbounds i8, ptr %38, i64 %36
  %41 = add i64 %36, %14
  store i64 %41, ptr %39, align 8, !tbaa !20
  %42 = load i64, ptr @arena_total, align 8, !tbaa !20
  %43 = add i64 %42, %14
  store i64 %43, ptr @arena_total, align 8, !tbaa !20
  store ptr %40, ptr @intern_slots, align 8, !tbaa !4
  tail call void @llvm.memset.p0.i64(ptr nonnull align 8 %40, i8 0, i64 %14, i1 false)
  store i32 %11, ptr @intern_capacity, align 4, !tbaa !22
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
  %55 = load i32, ptr %54, align 4, !tbaa !22
  br label %56

56:                                               ; preds = %56, %53
  %57 = phi i32 [ %55, %53 ], [ %63, %56 ]
  %58 = and i32 %57, %46
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds ptr, ptr %40, i64 %59
  %61 = load ptr, ptr %60, align 8, !tbaa !4
  %62 = icmp eq ptr %61, null
  %63 = add nsw i32 %58, 1
  br i1 %62, label %64, label %56, !llvm.loop !88

64:                                               ; preds = %56
  %65 = getelementptr inbounds ptr, ptr %40, i64 %59
  store ptr %51, ptr %65, align 8, !tbaa !4
  br label %66

66:                                               ; preds = %64, %48
  %67 = add nuw nsw i64 %49, 1
  %68 = icmp eq i64 %67, %47
  br i1 %68, label %69, label %48, !llvm.loop !89

69:                                               ; preds = %66, %35, %2
  %70 = phi i32 [ %11, %35 ], [ %5, %2 ], [ %11, %66 ]
  %71 = icmp sgt i32 %1, 0
  br i1 %71, label %72, label %125

72:                                               ; preds = %69
  %73 = zext i32 %1 to i64
  %74 = and i64 %73, 3
  %75 = icmp ult i32 %1, 4
  br i1 %75, label %108, label %76

76:                                               ; preds = %72
  %77 = and i64 %73, 4294967292
  br label %78

78:                                               ; preds = %78, %76
  %79 = phi i64 [ 0, %76 ], [ %105, %78 ]
  %80 = phi i32 [ -2128831035, %76 ], [ %104, %78 ]
  %81 = phi i64 [ 0, %76 ], [ %106, %78 ]
  %82 = getelementptr inbounds i8, ptr %0, i64 %79
  %83 = load i8, ptr %82, align 1, !tbaa !54
  %84 = zext i8 %83 to i32
  %85 = xor i32 %80, %84
  %86 = mul i32 %85, 16777619
  %87 = or i64 %79, 1
  %88 = getelementptr inbounds i8, ptr %0, i64 %87
  %89 = load i8, ptr %88, align 1, !tbaa !54
  %90 = zext i8 %89 to i32
  %91 = xor i32 %86, %90
  %92 = mul i32 %91, 16777619
  %93 = or i64 %79, 2
  %94 = getelementptr inbounds i8, ptr %0, i64 %93
  %95 = load i8, ptr %94, align 1, !tbaa !54
  %96 = zext i8 %95 to i32
  %97 = xor i32 %92, %96
  %98 = mul i32 %97, 16777619
  %99 = or i64 %79, 3
  %100 = getelementptr inbounds i8, ptr %0, i64 %99
  %101 = load i8, ptr %100, align 1, !tbaa !54
  %102 = zext i8 %101 to i32
  %103 = xor i32 %98, %102
  %104 = mul i32 %103, 16777619
  %105 = add nuw nsw i64 %79, 4
  %106 = add i64 %81, 4
  %107 = icmp eq i64 %106, %77
  br i1 %107, label %108, label %78, !llvm.loop !90

108:                                              ; preds = %78, %72
  %109 = phi i32 [ undef, %72 ], [ %104, %78 ]
  %110 = phi i64 [ 0, %72 ], [ %105, %78 ]
  %111 = phi i32 [ -2128831035, %72 ], [ %104, %78 ]
  %112 = icmp eq i64 %74, 0
  br i1 %112, label %125, label %113

113:                                              ; preds = %108, %113
  %114 = phi i64 [ %122, %113 ], [ %110, %108 ]
  %115 = phi i32 [ %121, %113 ], [ %111, %108 ]
  %116 = phi i64 [ %123, %113 ], [ 0, %108 ]
  %117 = getelementptr inbounds i8, ptr %0, i64 %114
  %118 = load i8, ptr %117, align 1, !tbaa !54
  %119 = zext i8 %118 to i32
  %120 = xor i32 %115, %119
  %121 = mul i32 %120, 16777619
  %122 = add nuw nsw i64 %114, 1
  %123 = add i64 %116, 1
  %124 = icmp eq i64 %123, %74
  br i1 %124, label %125, label %113, !llvm.loop !91

125:                                              ; preds = %108, %113, %69
  %126 = phi i32 [ -2128831035, %69 ], [ %109, %108 ], [ %121, %113 ]
  %127 = add nsw i32 %70, -1
  %128 = load ptr, ptr @intern_slots, align 8, !tbaa !4
  %129 = and i32 %126, %127
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds ptr, ptr %128, i64 %130
  %132 = load ptr, ptr %131, align 8, !tbaa !4
  %133 = icmp eq ptr %132, null
  %134 = sext i32 %1 to i64
  br i1 %133, label %155, label %135

135:                                              ; preds = %125, %148
  %136 = phi ptr [ %153, %148 ], [ %132, %125 ]
  %137 = phi i32 [ %150, %148 ], [ %129, %125 ]
  %138 = getelementptr inbounds %struct.string, ptr %136, i64 0, i32 1
  %139 = load i32, ptr %138, align 4, !tbaa !22
  %140 = icmp eq i32 %139, %126
  br i1 %140, label %141, label %148

141:                                              ; preds = %135
  %142 = load i32, ptr %136, align 4, !tbaa !22
  %143 = icmp eq i32 %142, %1
  br i1 %143, label %144, label %148

144:                                              ; preds = %141
  %145 = getelementptr inbounds %struct.string, ptr %136, i64 0, i32 2
  %146 = tail call i32 @bcmp(ptr nonnull %145, ptr %0, i64 %134)
  %147 = icmp eq i32 %146, 0
  br i1 %147, label %193, label %148

148:                                              ; preds = %135, %141, %144
  %149 = add nsw i32 %137, 1
  %150 = and i32 %149, %127
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds ptr, ptr %128, i64 %151
  %153 = load ptr, ptr %152, align 8, !tbaa !4
  %154 = icmp eq ptr %153, null
  br i1 %154, label %155, label %135, !llvm.loop !93

155:                                              ; preds = %148, %125
  %156 = phi i64 [ %130, %125 ], [ %151, %148 ]
  %157 = getelementptr inbounds ptr, ptr %128, i64 %156
  %158 = add nsw i64 %134, 24
  %159 = and i64 %158, -16
  %160 = load ptr, ptr @arena, align 8, !tbaa !4
  %161 = icmp eq ptr %160, null
  br i1 %161, label %169, label %162

162:                                              ; preds = %155
  %163 = getelementptr inbounds %struct.arena_block, ptr %160, i64 0, i32 1
  %164 = load i64, ptr %163, align 8, !tbaa !20
  %165 = add i64 %164, %159
  %166 = getelementptr inbounds %struct.arena_block, ptr %160, i64 0, i32 2
  %167 = load i64, ptr %166, align 16, !tbaa !20
  %168 = icmp ugt i64 %165, %167
  br i1 %168, label %169, label %180

169:                                              ; preds = %162, %155
  %170 = tail call i64 @llvm.umax.i64(i64 %159, i64 65536)
  %171 = add i64 %170, 32
  %172 = tail call noalias ptr @malloc(i64 noundef %171) #26
  %173 = icmp eq ptr %172, null
  br i1 %173, label %174, label %177

174:                                              ; preds = %169
  %175 = load ptr, ptr @stderr, align 8, !tbaa !4
  %176 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %175) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

177:                                              ; preds = %169
  store ptr %160, ptr %172, align 16, !tbaa !4
  %178 = getelementptr inbounds %struct.arena_block, ptr %172, i64 0, i32 1
  store i64 0, ptr %178, align 8, !tbaa !20
  %179 = getelementptr inbounds %struct.arena_block, ptr %172, i64 0, i32 2
  store i64 %170, ptr %179, align 16, !tbaa !20
  store ptr %172, ptr @arena, align 8, !tbaa !4
  br label %180

180:                                              ; preds = %162, %177
  %181 = phi i64 [ 0, %177 ], [ %164, %162 ]
  %182 = phi ptr [ %172, %177 ], [ %160, %162 ]
  %183 = getelementptr inbounds %struct.arena_block, ptr %182, i64 0, i32 4
  %184 = getelementptr inbounds %struct.arena_block, ptr %182, i64 0, i32 1
  %185 = getelementptr inbounds i8, ptr %183, i64 %181
  %186 = add i64 %181, %159
  store i64 %186, ptr %184, align 8, !tbaa !20
  %187 = load i64, ptr @arena_total, align 8, !tbaa !20
  %188 = add i64 %187, %159
  store i64 %188, ptr @arena_total, align 8, !tbaa !20
  store i32 %1, ptr %185, align 4, !tbaa !22
  %189 = getelementptr inbounds %struct.string, ptr %185, i64 0, i32 1
  store i32 %126, ptr %189, align 4, !tbaa !22
  %190 = getelementptr inbounds %struct.string, ptr %185, i64 0, i32 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 4 %190, ptr align 1 %0, i64 %134, i1 false)
  %191 = getelementptr inbounds %struct.string, ptr %185, i64 0, i32 2, i64 %134
  store i8 0, ptr %191, align 1, !tbaa !54
  store ptr %185, ptr %157, align 8, !tbaa !4
  %192 = add nsw i32 %3, 1
  store i32 %192, ptr @intern_count, align 4, !tbaa !22
  br label %193

193:                                              ; preds = %144, %180
  %194 = phi ptr [ %185, %180 ], [ %136, %144 ]
  ret ptr %194
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #2

; Function Attrs: nounwind uwtable
define internal fastcc void @disassemble(ptr noundef %0, ptr nocapture noundef readonly %1) unnamed_addr #0 {
  %3 = load ptr, ptr %1, align 8, !tbaa !41
  %4 = getelementptr inbounds %struct.string, ptr %3, i64 0, i32 2
  %5 = getelementptr inbounds %struct.function, ptr %1, i64 0, i32 1
  %6 = load i32, ptr %5, align 8, !tbaa !94
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.155, ptr noundef nonnull %4, i32 noundef %6)
  %7 = getelementptr inbounds %struct.function, ptr %1, i64 0, i32 2, i32 2
  %8 = load i32, ptr %7, align 8, !tbaa !95
  %9 = icmp sgt i32 %8, 0
  br i1 %9, label %10, label %16

10:                                               ; preds = %2
  %11 = getelementptr inbounds %struct.function, ptr %1, i64 0, i32 2
  %12 = getelementptr inbounds %struct.function, ptr %1, i64 0, i32 2, i32 1
  %13 = getelementptr inbounds %struct.function, ptr %1, i64 0, i32 2, i32 5
  %14 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %15 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  br label %22

16:                                               ; preds = %128, %2
  %17 = getelementptr inbounds %struct.function, ptr %1, i64 0, i32 2, i32 6
  %18 = load i32, ptr %17, align 8, !tbaa !96
  %19 = icmp sgt i32 %18, 0
  br i1 %19, label %20, label %132

20:                                               ; preds = %16
  %21 = getelementptr inbounds %struct.function, ptr %1, i64 0, i32 2, i32 5
  br label %133

22:                                               ; preds = %10, %128
  %23 = phi i32 [ 0, %10 ], [ %129, %128 ]
  %24 = load ptr, ptr %11, align 8, !tbaa !51
  %25 = sext i32 %23 to i64
  %26 = getelementptr inbounds i8, ptr %24, i64 %25
  %27 = load i8, ptr %26, align 1, !tbaa !54
  %28 = load ptr, ptr %12, align 8, !tbaa !53
  %29 = getelementptr inbounds i32, ptr %28, i64 %25
  %30 = load i32, ptr %29, align 4, !tbaa !22
  %31 = icmp ult i8 %27, 34
  br i1 %31, label %32, label %36

32:                                               ; preds = %22
  %33 = zext i8 %27 to i64
  %34 = shl i64 %33, 2
  %35 = call ptr @llvm.load.relative.i64(ptr @reltable.disassemble, i64 %34)
  br label %36

36:                                               ; preds = %32, %22
  %37 = phi ptr [ %35, %32 ], [ @.str.45, %22 ]
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.156, i32 noundef %23, i32 noundef %30, ptr noundef %37)
  switch i8 %27, label %114 [
    i8 0, label %38
    i8 7, label %38
    i8 8, label %38
    i8 9, label %38
    i8 5, label %68
    i8 6, label %68
    i8 33, label %68
    i8 30, label %68
    i8 23, label %80
    i8 24, label %80
    i8 25, label %80
    i8 26, label %80
    i8 27, label %93
    i8 28, label %106
  ]

38:                                               ; preds = %36, %36, %36, %36
  %39 = load ptr, ptr %11, align 8, !tbaa !51
  %40 = getelementptr i8, ptr %39, i64 1
  %41 = getelementptr i8, ptr %40, i64 %25
  %42 = load i8, ptr %41, align 1, !tbaa !54
  %43 = zext i8 %42 to i32
  %44 = shl nuw nsw i32 %43, 8
  %45 = getelementptr inbounds i8, ptr %41, i64 1
  %46 = load i8, ptr %45, align 1, !tbaa !54
  %47 = zext i8 %46 to i32
  %48 = or i32 %44, %47
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.157, i32 noundef %48)
  %49 = load ptr, ptr %13, align 8, !tbaa !97
  %50 = zext i32 %48 to i64
  %51 = getelementptr inbounds %struct.value, ptr %49, i64 %50
  %52 = load i32, ptr %51, align 8
  %53 = getelementptr inbounds { i32, i64 }, ptr %51, i64 0, i32 1
  %54 = load i64, ptr %53, align 8
  tail call fastcc void @format_value(ptr noundef %0, i32 %52, i64 %54, i32 noundef 1)
  %55 = load ptr, ptr %0, align 8, !tbaa !79
  %56 = load i32, ptr %15, align 8, !tbaa !80
  %57 = add i32 %56, 2
  %58 = tail call fastcc ptr @grow(ptr noundef %55, ptr noundef nonnull %14, i32 noundef %57, i64 noundef 1)
  store ptr %58, ptr %0, align 8, !tbaa !79
  %59 = load i32, ptr %15, align 8, !tbaa !80
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds i8, ptr %58, i64 %60
  store i8 10, ptr %61, align 1
  %62 = load i32, ptr %15, align 8, !tbaa !80
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %15, align 8, !tbaa !80
  %64 = load ptr, ptr %0, align 8, !tbaa !79
  %65 = sext i32 %63 to i64
  %66 = getelementptr inbounds i8, ptr %64, i64 %65
  store i8 0, ptr %66, align 1, !tbaa !54
  %67 = add nsw i32 %23, 3
  br label %128

68:                                               ; preds = %36, %36, %36, %36
  %69 = load ptr, ptr %11, align 8, !tbaa !51
  %70 = getelementptr i8, ptr %69, i64 1
  %71 = getelementptr i8, ptr %70, i64 %25
  %72 = load i8, ptr %71, align 1, !tbaa !54
  %73 = zext i8 %72 to i32
  %74 = shl nuw nsw i32 %73, 8
  %75 = getelementptr inbounds i8, ptr %71, i64 1
  %76 = load i8, ptr %75, align 1, !tbaa !54
  %77 = zext i8 %76 to i32
  %78 = or i32 %74, %77
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.158, i32 noundef %78)
  %79 = add nsw i32 %23, 3
  br label %128

80:                                               ; preds = %36, %36, %36, %36
  %81 = load ptr, ptr %11, align 8, !tbaa !51
  %82 = getelementptr i8, ptr %81, i64 1
  %83 = getelementptr i8, ptr %82, i64 %25
  %84 = load i8, ptr %83, align 1, !tbaa !54
  %85 = zext i8 %84 to i32
  %86 = shl nuw nsw i32 %85, 8
  %87 = getelementptr inbounds i8, ptr %83, i64 1
  %88 = load i8, ptr %87, align 1, !tbaa !54
  %89 = zext i8 %88 to i32
  %90 = or i32 %86, %89
  %91 = add nsw i32 %23, 3
  %92 = add nsw i32 %90, %91
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.159, i32 noundef %90, i32 noundef %92)
  br label %128

93:                                               ; preds = %36
  %94 = load ptr, ptr %11, align 8, !tbaa !51
  %95 = getelementptr i8, ptr %94, i64 1
  %96 = getelementptr i8, ptr %95, i64 %25
  %97 = load i8, ptr %96, align 1, !tbaa !54
  %98 = zext i8 %97 to i32
  %99 = shl nuw nsw i32 %98, 8
  %100 = getelementptr inbounds i8, ptr %96, i64 1
  %101 = load i8, ptr %100, align 1, !tbaa !54
  %102 = zext i8 %101 to i32
  %103 = or i32 %99, %102
  %104 = add nsw i32 %23, 3
  %105 = sub nsw i32 %104, %103
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.159, i32 noundef %103, i32 noundef %105)
  br label %128

106:                                              ; preds = %36
  %107 = load ptr, ptr %11, align 8, !tbaa !51
  %108 = add nsw i32 %23, 1
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds i8, ptr %107, i64 %109
  %111 = load i8, ptr %110, align 1, !tbaa !54
  %112 = zext i8 %111 to i32
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.158, i32 noundef %112)
  %113 = add nsw i32 %23, 2
  br label %128

114:                                              ; preds = %36
  %115 = load ptr, ptr %0, align 8, !tbaa !79
  %116 = load i32, ptr %15, align 8, !tbaa !80
  %117 = add i32 %116, 2
  %118 = tail call fastcc ptr @grow(ptr noundef %115, ptr noundef nonnull %14, i32 noundef %117, i64 noundef 1)
  store ptr %118, ptr %0, align 8, !tbaa !79
  %119 = load i32, ptr %15, align 8, !tbaa !80
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds i8, ptr %118, i64 %120
  store i8 10, ptr %121, align 1
  %122 = load i32, ptr %15, align 8, !tbaa !80
  %123 = add nsw i32 %122, 1
  store i32 %123, ptr %15, align 8, !tbaa !80
  %124 = load ptr, ptr %0, align 8, !tbaa !79
  %125 = sext i32 %123 to i64
  %126 = getelementptr inbounds i8, ptr %124, i64 %125
  store i8 0, ptr %126, align 1, !tbaa !54
  %127 = add nsw i32 %23, 1
  br label %128

128:                                              ; preds = %38, %68, %80, %93, %106, %114
  %129 = phi i32 [ %127, %114 ], [ %113, %106 ], [ %104, %93 ], [ %91, %80 ], [ %79, %68 ], [ %67, %38 ]
  %130 = load i32, ptr %7, align 8, !tbaa !95
  %131 = icmp slt i32 %129, %130
  br i1 %131, label %22, label %16, !llvm.loop !98

132:                                              ; preds = %144, %16
  ret void

133:                                              ; preds = %20, %144
  %134 = phi i32 [ %18, %20 ], [ %145, %144 ]
  %135 = phi i64 [ 0, %20 ], [ %146, %144 ]
  %136 = load ptr, ptr %21, align 8, !tbaa !73
  %137 = getelementptr inbounds %struct.value, ptr %136, i64 %135
  %138 = load i32, ptr %137, align 8, !tbaa !75
  %139 = icmp eq i32 %138, 6
  br i1 %139, label %140, label %144

140:                                              ; preds = %133
  %141 = getelementptr inbounds %struct.value, ptr %136, i64 %135, i32 1
  %142 = load ptr, ptr %141, align 8, !tbaa !54
  tail call fastcc void @disassemble(ptr noundef %0, ptr noundef %142)
  %143 = load i32, ptr %17, align 8, !tbaa !96
  br label %144

144:                                              ; preds = %133, %140
  %145 = phi i32 [ %134, %133 ], [ %143, %140 ]
  %146 = add nuw nsw i64 %135, 1
  %147 = sext i32 %145 to i64
  %148 = icmp slt i64 %146, %147
  br i1 %148, label %133, label %132, !llvm.loop !99
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
  %13 = load ptr, ptr %6, align 8, !tbaa !55
  tail call void (i32, ptr, ...) @fail(i32 noundef %3, ptr noundef nonnull @.str.195, ptr noundef %13, i32 noundef %8, i32 noundef %2) #29
  unreachable

14:                                               ; preds = %5
  %15 = getelementptr inbounds %struct.native, ptr %6, i64 0, i32 2
  %16 = load ptr, ptr %15, align 8, !tbaa !101
  %17 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %18 = zext i32 %2 to i64
  %19 = sub nsw i64 0, %18
  %20 = getelementptr inbounds %struct.value, ptr %17, i64 %19
  %21 = tail call { i32, i64 } %16(ptr noundef nonnull @run_script.vm, i32 noundef %3, i32 noundef %2, ptr noundef %20) #24
  %22 = add nsw i32 %2, 1
  %23 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %24 = zext i32 %22 to i64
  %25 = sub nsw i64 0, %24
  %26 = getelementptr inbounds %struct.value, ptr %23, i64 %25
  store ptr %26, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %27 = icmp ult ptr %26, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %27, label %29, label %28

28:                                               ; preds = %14
  tail call void (i32, ptr, ...) @fail(i32 noundef %3, ptr noundef nonnull @.str.194) #29
  unreachable

29:                                               ; preds = %14
  %30 = extractvalue { i32, i64 } %21, 1
  %31 = extractvalue { i32, i64 } %21, 0
  %32 = getelementptr inbounds %struct.value, ptr %26, i64 1
  store ptr %32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 %31, ptr %26, align 8, !tbaa.struct !61
  %33 = getelementptr inbounds i8, ptr %26, i64 8
  store i64 %30, ptr %33, align 8, !tbaa.struct !64
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
  %42 = load ptr, ptr %37, align 8, !tbaa !41
  %43 = getelementptr inbounds %struct.string, ptr %42, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %3, ptr noundef nonnull @.str.195, ptr noundef nonnull %43, i32 noundef %39, i32 noundef %2) #29
  unreachable

44:                                               ; preds = %36
  %45 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !66
  %46 = icmp sgt i32 %45, 255
  br i1 %46, label %47, label %48

47:                                               ; preds = %44
  tail call void (i32, ptr, ...) @fail(i32 noundef %3, ptr noundef nonnull @.str.197, i32 noundef 256) #29
  unreachable

48:                                               ; preds = %44
  %49 = add nsw i32 %45, 1
  store i32 %49, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !66
  %50 = sext i32 %45 to i64
  %51 = getelementptr inbounds %struct.vm, ptr @run_script.vm, i64 0, i32 2, i64 %50
  store ptr %37, ptr %51, align 8, !tbaa !67
  %52 = getelementptr inbounds %struct.function, ptr %37, i64 0, i32 2
  %53 = load ptr, ptr %52, align 8, !tbaa !71
  %54 = getelementptr inbounds %struct.vm, ptr @run_script.vm, i64 0, i32 2, i64 %50, i32 1
  store ptr %53, ptr %54, align 8, !tbaa !70
  %55 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %56 = zext i32 %2 to i64
  %57 = sub nsw i64 0, %56
  %58 = getelementptr inbounds %struct.value, ptr %55, i64 %57
  %59 = getelementptr inbounds %struct.value, ptr %58, i64 -1
  %60 = getelementptr inbounds %struct.vm, ptr @run_script.vm, i64 0, i32 2, i64 %50, i32 2
  store ptr %59, ptr %60, align 8, !tbaa !74
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
  %5 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 5), align 8, !tbaa !60
  %6 = shl i32 %5, 1
  %7 = add i32 %6, 2
  %8 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 6), align 4, !tbaa !76
  %9 = icmp sgt i32 %7, %8
  br i1 %9, label %10, label %77

10:                                               ; preds = %4
  %11 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 4), align 8, !tbaa !77
  %12 = icmp eq i32 %8, 0
  %13 = shl nsw i32 %8, 1
  %14 = select i1 %12, i32 64, i32 %13
  store i32 %14, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 6), align 4, !tbaa !76
  %15 = sext i32 %14 to i64
  %16 = mul nsw i64 %15, 24
  %17 = load ptr, ptr @arena, align 8, !tbaa !4
  %18 = icmp eq ptr %17, null
  br i1 %18, label %26, label %19

19:                                               ; preds = %10
  %20 = getelementptr inbounds %struct.arena_block, ptr %17, i64 0, i32 1
  %21 = load i64, ptr %20, align 8, !tbaa !20
  %22 = add i64 %21, %16
  %23 = getelementptr inbounds %struct.arena_block, ptr %17, i64 0, i32 2
  %24 = load i64, ptr %23, align 16, !tbaa !20
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
  store i64 0, ptr %35, align 8, !tbaa !20
  %36 = getelementptr inbounds %struct.arena_block, ptr %29, i64 0, i32 2
  store i64 %27, ptr %36, align 16, !tbaa !20
  store ptr %29, ptr @arena, align 8, !tbaa !4
  br label %37

37:                                               ; preds = %19, %34
  %38 = phi i64 [ 0, %34 ], [ %21, %19 ]
  %39 = phi ptr [ %29, %34 ], [ %17, %19 ]
  %40 = getelementptr inbounds %struct.arena_block, ptr %39, i64 0, i32 4
  %41 = getelementptr inbounds %struct.arena_block, ptr %39, i64 0, i32 1
  %42 = getelementptr inbounds i8, ptr %40, i64 %38
  %43 = add i64 %38, %16
  store i64 %43, ptr %41, align 8, !tbaa !20
  %44 = load i64, ptr @arena_total, align 8, !tbaa !20
  %45 = add i64 %44, %16
  store i64 %45, ptr @arena_total, align 8, !tbaa !20
  store ptr %42, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 4), align 8, !tbaa !77
  tail call void @llvm.memset.p0.i64(ptr nonnull align 8 %42, i8 0, i64 %16, i1 false)
  %46 = icmp sgt i32 %8, 0
  br i1 %46, label %47, label %75

47:                                               ; preds = %37
  %48 = zext i32 %8 to i64
  br label %49

49:                                               ; preds = %47, %72
  %50 = phi i64 [ 0, %47 ], [ %73, %72 ]
  %51 = getelementptr inbounds %struct.global, ptr %11, i64 %50
  %52 = load ptr, ptr %51, align 8, !tbaa !57
  %53 = icmp eq ptr %52, null
  br i1 %53, label %72, label %54

54:                                               ; preds = %49
  %55 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 6), align 4, !tbaa !76
  %56 = icmp ne i32 %55, 0
  tail call void @llvm.assume(i1 %56)
  %57 = getelementptr inbounds %struct.string, ptr %52, i64 0, i32 1
  %58 = load i32, ptr %57, align 4, !tbaa !22
  %59 = add nsw i32 %55, -1
  %60 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 4), align 8, !tbaa !77
  br label %61

61:                                               ; preds = %61, %54
  %62 = phi i32 [ %58, %54 ], [ %70, %61 ]
  %63 = and i32 %62, %59
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds %struct.global, ptr %60, i64 %64
  %66 = load ptr, ptr %65, align 8, !tbaa !57
  %67 = icmp eq ptr %66, null
  %68 = icmp eq ptr %66, %52
  %69 = or i1 %67, %68
  %70 = add nsw i32 %63, 1
  br i1 %69, label %71, label %61, !llvm.loop !78

71:                                               ; preds = %61
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %65, ptr noundef nonnull align 8 dereferenceable(24) %51, i64 24, i1 false), !tbaa.struct !102
  br label %72

72:                                               ; preds = %49, %71
  %73 = add nuw nsw i64 %50, 1
  %74 = icmp eq i64 %73, %48
  br i1 %74, label %75, label %49, !llvm.loop !103

75:                                               ; preds = %72, %37, %2
  %76 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 6), align 4, !tbaa !76
  br label %77

77:                                               ; preds = %75, %4
  %78 = phi i32 [ %76, %75 ], [ %8, %4 ]
  %79 = icmp eq i32 %78, 0
  br i1 %79, label %95, label %80

80:                                               ; preds = %77
  %81 = getelementptr inbounds %struct.string, ptr %0, i64 0, i32 1
  %82 = load i32, ptr %81, align 4, !tbaa !22
  %83 = add nsw i32 %78, -1
  %84 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 4), align 8, !tbaa !77
  br label %85

85:                                               ; preds = %85, %80
  %86 = phi i32 [ %82, %80 ], [ %94, %85 ]
  %87 = and i32 %86, %83
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds %struct.global, ptr %84, i64 %88
  %90 = load ptr, ptr %89, align 8, !tbaa !57
  %91 = icmp eq ptr %90, null
  %92 = icmp eq ptr %90, %0
  %93 = or i1 %91, %92
  %94 = add nsw i32 %87, 1
  br i1 %93, label %95, label %85, !llvm.loop !78

95:                                               ; preds = %85, %77
  %96 = phi ptr [ null, %77 ], [ %89, %85 ]
  ret ptr %96
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
  br i1 %5, label %6, label %14

6:                                                ; preds = %4
  %7 = getelementptr inbounds %struct.vm, ptr %0, i64 0, i32 7
  %8 = zext i32 %2 to i64
  %9 = getelementptr inbounds { i32, i64 }, ptr %3, i64 0, i32 1
  %10 = load i64, ptr %9, align 8
  %11 = load i32, ptr %3, align 8
  %12 = load ptr, ptr %7, align 8, !tbaa !23
  tail call fastcc void @format_value(ptr noundef %12, i32 %11, i64 %10, i32 noundef 0)
  %13 = icmp eq i32 %2, 1
  br i1 %13, label %14, label %31

14:                                               ; preds = %31, %6, %4
  %15 = getelementptr inbounds %struct.vm, ptr %0, i64 0, i32 7
  %16 = load ptr, ptr %15, align 8, !tbaa !23
  %17 = load ptr, ptr %16, align 8, !tbaa !79
  %18 = getelementptr inbounds %struct.strbuf, ptr %16, i64 0, i32 2
  %19 = getelementptr inbounds %struct.strbuf, ptr %16, i64 0, i32 1
  %20 = load i32, ptr %19, align 8, !tbaa !80
  %21 = add i32 %20, 2
  %22 = tail call fastcc ptr @grow(ptr noundef %17, ptr noundef nonnull %18, i32 noundef %21, i64 noundef 1)
  store ptr %22, ptr %16, align 8, !tbaa !79
  %23 = load i32, ptr %19, align 8, !tbaa !80
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds i8, ptr %22, i64 %24
  store i8 10, ptr %25, align 1
  %26 = load i32, ptr %19, align 8, !tbaa !80
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %19, align 8, !tbaa !80
  %28 = load ptr, ptr %16, align 8, !tbaa !79
  %29 = sext i32 %27 to i64
  %30 = getelementptr inbounds i8, ptr %28, i64 %29
  store i8 0, ptr %30, align 1, !tbaa !54
  ret { i32, i64 } zeroinitializer

31:                                               ; preds = %6, %31
  %32 = phi i64 [ %53, %31 ], [ 1, %6 ]
  %33 = load ptr, ptr %7, align 8, !tbaa !23
  %34 = load ptr, ptr %33, align 8, !tbaa !79
  %35 = getelementptr inbounds %struct.strbuf, ptr %33, i64 0, i32 2
  %36 = getelementptr inbounds %struct.strbuf, ptr %33, i64 0, i32 1
  %37 = load i32, ptr %36, align 8, !tbaa !80
  %38 = add i32 %37, 2
  %39 = tail call fastcc ptr @grow(ptr noundef %34, ptr noundef nonnull %35, i32 noundef %38, i64 noundef 1)
  store ptr %39, ptr %33, align 8, !tbaa !79
  %40 = load i32, ptr %36, align 8, !tbaa !80
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds i8, ptr %39, i64 %41
  store i8 32, ptr %42, align 1
  %43 = load i32, ptr %36, align 8, !tbaa !80
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %36, align 8, !tbaa !80
  %45 = load ptr, ptr %33, align 8, !tbaa !79
  %46 = sext i32 %44 to i64
  %47 = getelementptr inbounds i8, ptr %45, i64 %46
  store i8 0, ptr %47, align 1, !tbaa !54
  %48 = load ptr, ptr %7, align 8, !tbaa !23
  %49 = getelementptr inbounds %struct.value, ptr %3, i64 %32
  %50 = load i32, ptr %49, align 8
  %51 = getelementptr inbounds { i32, i64 }, ptr %49, i64 0, i32 1
  %52 = load i64, ptr %51, align 8
  tail call fastcc void @format_value(ptr noundef %48, i32 %50, i64 %52, i32 noundef 0)
  %53 = add nuw nsw i64 %32, 1
  %54 = icmp eq i64 %53, %8
  br i1 %54, label %14, label %31, !llvm.loop !104
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_len(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = load i32, ptr %3, align 8, !tbaa !75
  %6 = and i32 %5, -2
  %7 = icmp eq i32 %6, 4
  br i1 %7, label %10, label %8

8:                                                ; preds = %4
  %9 = tail call fastcc ptr @type_name(i32 noundef %5)
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.39, ptr noundef nonnull %9) #29
  unreachable

10:                                               ; preds = %4
  %11 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %12 = load ptr, ptr %11, align 8, !tbaa !54
  %13 = load i32, ptr %12, align 4, !tbaa !22
  %14 = sext i32 %13 to i64
  %15 = insertvalue { i32, i64 } { i32 2, i64 undef }, i64 %14, 1
  ret { i32, i64 } %15
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_push(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = load i32, ptr %3, align 8, !tbaa !75
  %6 = icmp eq i32 %5, 5
  br i1 %6, label %9, label %7

7:                                                ; preds = %4
  %8 = tail call fastcc ptr @type_name(i32 noundef %5)
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.46, ptr noundef nonnull %8) #29
  unreachable

9:                                                ; preds = %4
  %10 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %11 = load ptr, ptr %10, align 8, !tbaa !54
  %12 = getelementptr inbounds %struct.value, ptr %3, i64 1
  %13 = load i32, ptr %12, align 8
  %14 = getelementptr inbounds %struct.value, ptr %3, i64 1, i32 1
  %15 = load i64, ptr %14, align 8
  %16 = getelementptr inbounds %struct.list, ptr %11, i64 0, i32 2
  %17 = load ptr, ptr %16, align 8, !tbaa !83
  %18 = getelementptr inbounds %struct.list, ptr %11, i64 0, i32 1
  %19 = load i32, ptr %11, align 8, !tbaa !81
  %20 = add nsw i32 %19, 1
  %21 = tail call fastcc ptr @grow(ptr noundef %17, ptr noundef nonnull %18, i32 noundef %20, i64 noundef 16)
  store ptr %21, ptr %16, align 8, !tbaa !83
  %22 = load i32, ptr %11, align 8, !tbaa !81
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %11, align 8, !tbaa !81
  %24 = sext i32 %22 to i64
  %25 = getelementptr inbounds %struct.value, ptr %21, i64 %24
  store i32 %13, ptr %25, align 8, !tbaa.struct !61
  %26 = getelementptr inbounds i8, ptr %25, i64 8
  store i64 %15, ptr %26, align 8, !tbaa.struct !64
  %27 = load i32, ptr %3, align 8, !tbaa.struct !61
  %28 = load i64, ptr %10, align 8, !tbaa.struct !64
  %29 = insertvalue { i32, i64 } poison, i32 %27, 0
  %30 = insertvalue { i32, i64 } %29, i64 %28, 1
  ret { i32, i64 } %30
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_pop(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = load i32, ptr %3, align 8, !tbaa !75
  %6 = icmp eq i32 %5, 5
  br i1 %6, label %9, label %7

7:                                                ; preds = %4
  %8 = tail call fastcc ptr @type_name(i32 noundef %5)
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.47, ptr noundef nonnull %8) #29
  unreachable

9:                                                ; preds = %4
  %10 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %11 = load ptr, ptr %10, align 8, !tbaa !54
  %12 = load i32, ptr %11, align 8, !tbaa !81
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %15

14:                                               ; preds = %9
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.48) #29
  unreachable

15:                                               ; preds = %9
  %16 = getelementptr inbounds %struct.list, ptr %11, i64 0, i32 2
  %17 = load ptr, ptr %16, align 8, !tbaa !83
  %18 = add nsw i32 %12, -1
  store i32 %18, ptr %11, align 8, !tbaa !81
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds %struct.value, ptr %17, i64 %19
  %21 = load i32, ptr %20, align 8, !tbaa.struct !61
  %22 = getelementptr inbounds i8, ptr %20, i64 8
  %23 = load i64, ptr %22, align 8, !tbaa.struct !64
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
  %9 = load ptr, ptr %5, align 8, !tbaa !79
  %10 = getelementptr inbounds %struct.strbuf, ptr %5, i64 0, i32 1
  %11 = load i32, ptr %10, align 8, !tbaa !80
  %12 = call fastcc ptr @intern(ptr noundef %9, i32 noundef %11)
  %13 = ptrtoint ptr %12 to i64
  %14 = insertvalue { i32, i64 } { i32 4, i64 poison }, i64 %13, 1
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %5) #24
  ret { i32, i64 } %14
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_int(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = alloca ptr, align 8
  %6 = load i32, ptr %3, align 8, !tbaa !75
  %7 = icmp eq i32 %6, 4
  br i1 %7, label %8, label %23

8:                                                ; preds = %4
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #24
  %9 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %10 = load ptr, ptr %9, align 8, !tbaa !54
  %11 = getelementptr inbounds %struct.string, ptr %10, i64 0, i32 2
  %12 = call i64 @strtoll(ptr noundef nonnull %11, ptr noundef nonnull %5, i32 noundef 10) #24
  %13 = load ptr, ptr %5, align 8, !tbaa !4
  %14 = load i8, ptr %13, align 1, !tbaa !54
  %15 = icmp eq i8 %14, 0
  %16 = load ptr, ptr %9, align 8, !tbaa !54
  br i1 %15, label %17, label %20

17:                                               ; preds = %8
  %18 = load i32, ptr %16, align 4, !tbaa !22
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %20, label %22

20:                                               ; preds = %8, %17
  %21 = getelementptr inbounds %struct.string, ptr %16, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.49, ptr noundef nonnull %21) #29
  unreachable

22:                                               ; preds = %17
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #24
  br label %35

23:                                               ; preds = %4
  %24 = getelementptr inbounds { i32, i64 }, ptr %3, i64 0, i32 1
  %25 = load i64, ptr %24, align 8
  switch i32 %6, label %30 [
    i32 2, label %26
    i32 3, label %28
  ]

26:                                               ; preds = %23
  %27 = sitofp i64 %25 to double
  br label %32

28:                                               ; preds = %23
  %29 = bitcast i64 %25 to double
  br label %32

30:                                               ; preds = %23
  %31 = tail call fastcc ptr @type_name(i32 noundef %6)
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.51, ptr noundef nonnull @.str.50, ptr noundef nonnull %31) #29
  unreachable

32:                                               ; preds = %26, %28
  %33 = phi double [ %27, %26 ], [ %29, %28 ]
  %34 = fptosi double %33 to i64
  br label %35

35:                                               ; preds = %32, %22
  %36 = phi i64 [ %12, %22 ], [ %34, %32 ]
  %37 = insertvalue { i32, i64 } { i32 2, i64 undef }, i64 %36, 1
  ret { i32, i64 } %37
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
  %5 = load i32, ptr %3, align 8, !tbaa !75
  switch i32 %5, label %15 [
    i32 2, label %6
    i32 3, label %10
  ]

6:                                                ; preds = %4
  %7 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %8 = load i64, ptr %7, align 8, !tbaa !54
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
  %8 = load i32, ptr %3, align 8, !tbaa.struct !61
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  %10 = load i64, ptr %9, align 8, !tbaa.struct !64
  %11 = icmp sgt i32 %2, 1
  br i1 %11, label %12, label %32

12:                                               ; preds = %7
  %13 = zext i32 %2 to i64
  br label %14

14:                                               ; preds = %27, %12
  %15 = phi i64 [ 1, %12 ], [ %30, %27 ]
  %16 = phi i64 [ %10, %12 ], [ %29, %27 ]
  %17 = phi i32 [ %8, %12 ], [ %28, %27 ]
  %18 = getelementptr inbounds %struct.value, ptr %3, i64 %15
  %19 = load i32, ptr %18, align 8
  %20 = getelementptr inbounds { i32, i64 }, ptr %18, i64 0, i32 1
  %21 = load i64, ptr %20, align 8
  %22 = tail call fastcc i32 @compare(i32 %19, i64 %21, i32 %17, i64 %16, i32 noundef %1)
  %23 = icmp slt i32 %22, 0
  br i1 %23, label %24, label %27

24:                                               ; preds = %14
  %25 = load i32, ptr %18, align 8, !tbaa.struct !61
  %26 = load i64, ptr %20, align 8, !tbaa.struct !64
  br label %27

27:                                               ; preds = %24, %14
  %28 = phi i32 [ %25, %24 ], [ %17, %14 ]
  %29 = phi i64 [ %26, %24 ], [ %16, %14 ]
  %30 = add nuw nsw i64 %15, 1
  %31 = icmp eq i64 %30, %13
  br i1 %31, label %32, label %14, !llvm.loop !106

32:                                               ; preds = %27, %7
  %33 = phi i32 [ %8, %7 ], [ %28, %27 ]
  %34 = phi i64 [ %10, %7 ], [ %29, %27 ]
  %35 = insertvalue { i32, i64 } poison, i32 %33, 0
  %36 = insertvalue { i32, i64 } %35, i64 %34, 1
  ret { i32, i64 } %36
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_max(ptr nocapture readnone %0, i32 noundef %1, i32 noundef %2, ptr nocapture noundef readonly %3) #0 {
  %5 = icmp eq i32 %2, 0
  br i1 %5, label %6, label %7

6:                                                ; preds = %4
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.56, ptr noundef nonnull @.str.18) #29
  unreachable

7:                                                ; preds = %4
  %8 = load i32, ptr %3, align 8, !tbaa.struct !61
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  %10 = load i64, ptr %9, align 8, !tbaa.struct !64
  %11 = icmp sgt i32 %2, 1
  br i1 %11, label %12, label %32

12:                                               ; preds = %7
  %13 = zext i32 %2 to i64
  br label %14

14:                                               ; preds = %27, %12
  %15 = phi i64 [ 1, %12 ], [ %30, %27 ]
  %16 = phi i64 [ %10, %12 ], [ %29, %27 ]
  %17 = phi i32 [ %8, %12 ], [ %28, %27 ]
  %18 = getelementptr inbounds %struct.value, ptr %3, i64 %15
  %19 = load i32, ptr %18, align 8
  %20 = getelementptr inbounds { i32, i64 }, ptr %18, i64 0, i32 1
  %21 = load i64, ptr %20, align 8
  %22 = tail call fastcc i32 @compare(i32 %19, i64 %21, i32 %17, i64 %16, i32 noundef %1)
  %23 = icmp sgt i32 %22, 0
  br i1 %23, label %24, label %27

24:                                               ; preds = %14
  %25 = load i32, ptr %18, align 8, !tbaa.struct !61
  %26 = load i64, ptr %20, align 8, !tbaa.struct !64
  br label %27

27:                                               ; preds = %24, %14
  %28 = phi i32 [ %25, %24 ], [ %17, %14 ]
  %29 = phi i64 [ %26, %24 ], [ %16, %14 ]
  %30 = add nuw nsw i64 %15, 1
  %31 = icmp eq i64 %30, %13
  br i1 %31, label %32, label %14, !llvm.loop !106

32:                                               ; preds = %27, %7
  %33 = phi i32 [ %8, %7 ], [ %28, %27 ]
  %34 = phi i64 [ %10, %7 ], [ %29, %27 ]
  %35 = insertvalue { i32, i64 } poison, i32 %33, 0
  %36 = insertvalue { i32, i64 } %35, i64 %34, 1
  ret { i32, i64 } %36
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_chr(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = alloca i8, align 1
  %6 = load i32, ptr %3, align 8, !tbaa !75
  %7 = icmp eq i32 %6, 2
  br i1 %7, label %8, label %13

8:                                                ; preds = %4
  %9 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %10 = load i64, ptr %9, align 8, !tbaa !54
  %11 = add i64 %10, -128
  %12 = icmp ult i64 %11, -127
  br i1 %12, label %13, label %14

13:                                               ; preds = %8, %4
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.58) #29
  unreachable

14:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %5) #24
  %15 = trunc i64 %10 to i8
  store i8 %15, ptr %5, align 1, !tbaa !54
  %16 = call fastcc ptr @intern(ptr noundef nonnull %5, i32 noundef 1)
  %17 = ptrtoint ptr %16 to i64
  %18 = insertvalue { i32, i64 } { i32 4, i64 poison }, i64 %17, 1
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %5) #24
  ret { i32, i64 } %18
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_ord(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = load i32, ptr %3, align 8, !tbaa !75
  %6 = icmp eq i32 %5, 4
  br i1 %6, label %7, label %12

7:                                                ; preds = %4
  %8 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %9 = load ptr, ptr %8, align 8, !tbaa !54
  %10 = load i32, ptr %9, align 4, !tbaa !22
  %11 = icmp eq i32 %10, 1
  br i1 %11, label %13, label %12

12:                                               ; preds = %7, %4
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.59) #29
  unreachable

13:                                               ; preds = %7
  %14 = getelementptr inbounds %struct.string, ptr %9, i64 0, i32 2
  %15 = load i8, ptr %14, align 4, !tbaa !54
  %16 = zext i8 %15 to i64
  %17 = insertvalue { i32, i64 } { i32 2, i64 poison }, i64 %16, 1
  ret { i32, i64 } %17
}

; Function Attrs: nounwind uwtable
define internal { i32, i64 } @native_substr(ptr nocapture readnone %0, i32 noundef %1, i32 %2, ptr nocapture noundef readonly %3) #0 {
  %5 = load i32, ptr %3, align 8, !tbaa !75
  %6 = icmp eq i32 %5, 4
  br i1 %6, label %7, label %15

7:                                                ; preds = %4
  %8 = getelementptr inbounds %struct.value, ptr %3, i64 1
  %9 = load i32, ptr %8, align 8, !tbaa !75
  %10 = icmp eq i32 %9, 2
  br i1 %10, label %11, label %15

11:                                               ; preds = %7
  %12 = getelementptr inbounds %struct.value, ptr %3, i64 2
  %13 = load i32, ptr %12, align 8, !tbaa !75
  %14 = icmp eq i32 %13, 2
  br i1 %14, label %16, label %15

15:                                               ; preds = %11, %7, %4
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.60) #29
  unreachable

16:                                               ; preds = %11
  %17 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %18 = load ptr, ptr %17, align 8, !tbaa !54
  %19 = load i32, ptr %18, align 4, !tbaa !22
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds %struct.value, ptr %3, i64 1, i32 1
  %22 = load i64, ptr %21, align 8, !tbaa !54
  %23 = getelementptr inbounds %struct.value, ptr %3, i64 2, i32 1
  %24 = load i64, ptr %23, align 8, !tbaa !54
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
  %5 = load i32, ptr %3, align 8, !tbaa !75
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
  %5 = load i32, ptr %3, align 8, !tbaa !75
  %6 = icmp eq i32 %5, 2
  br i1 %6, label %7, label %11

7:                                                ; preds = %4
  %8 = getelementptr inbounds %struct.value, ptr %3, i64 0, i32 1
  %9 = load i64, ptr %8, align 8, !tbaa !54
  %10 = icmp ugt i64 %9, 1000000
  br i1 %10, label %11, label %12

11:                                               ; preds = %7, %4
  tail call void (i32, ptr, ...) @fail(i32 noundef %1, ptr noundef nonnull @.str.62) #29
  unreachable

12:                                               ; preds = %7
  %13 = trunc i64 %9 to i32
  %14 = tail call fastcc ptr @new_list(i32 noundef %13)
  %15 = load i64, ptr %8, align 8, !tbaa !54
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
  %29 = load ptr, ptr %20, align 8, !tbaa !83
  %30 = load i32, ptr %14, align 8, !tbaa !81
  %31 = add nsw i32 %30, 1
  %32 = tail call fastcc ptr @grow(ptr noundef %29, ptr noundef nonnull %21, i32 noundef %31, i64 noundef 16)
  store ptr %32, ptr %20, align 8, !tbaa !83
  %33 = load i32, ptr %14, align 8, !tbaa !81
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %14, align 8, !tbaa !81
  %35 = sext i32 %33 to i64
  %36 = getelementptr inbounds %struct.value, ptr %32, i64 %35
  store i32 %27, ptr %36, align 8, !tbaa.struct !61
  %37 = getelementptr inbounds i8, ptr %36, i64 8
  store i64 %28, ptr %37, align 8, !tbaa.struct !64
  %38 = add nuw nsw i64 %26, 1
  %39 = load i64, ptr %8, align 8, !tbaa !54
  %40 = icmp slt i64 %38, %39
  br i1 %40, label %25, label %22, !llvm.loop !107
}

; Function Attrs: nounwind uwtable
define internal fastcc void @format_value(ptr noundef %0, i32 %1, i64 %2, i32 noundef %3) unnamed_addr #0 {
  %5 = alloca [64 x i8], align 16
  switch i32 %1, label %216 [
    i32 0, label %6
    i32 1, label %21
    i32 2, label %42
    i32 3, label %43
    i32 4, label %81
    i32 5, label %127
    i32 6, label %189
    i32 7, label %193
  ]

6:                                                ; preds = %4
  %7 = load ptr, ptr %0, align 8, !tbaa !79
  %8 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %9 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  %10 = load i32, ptr %9, align 8, !tbaa !80
  %11 = add i32 %10, 4
  %12 = tail call fastcc ptr @grow(ptr noundef %7, ptr noundef nonnull %8, i32 noundef %11, i64 noundef 1)
  store ptr %12, ptr %0, align 8, !tbaa !79
  %13 = load i32, ptr %9, align 8, !tbaa !80
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr %12, i64 %14
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(3) %15, ptr noundef nonnull align 1 dereferenceable(3) @.str.26, i64 3, i1 false)
  %16 = load i32, ptr %9, align 8, !tbaa !80
  %17 = add nsw i32 %16, 3
  store i32 %17, ptr %9, align 8, !tbaa !80
  %18 = load ptr, ptr %0, align 8, !tbaa !79
  %19 = sext i32 %17 to i64
  %20 = getelementptr inbounds i8, ptr %18, i64 %19
  store i8 0, ptr %20, align 1, !tbaa !54
  br label %216

21:                                               ; preds = %4
  %22 = and i64 %2, 4294967295
  %23 = icmp eq i64 %22, 0
  %24 = select i1 %23, ptr @.str.28, ptr @.str.27
  %25 = select i1 %23, i64 5, i64 4
  %26 = trunc i64 %25 to i32
  %27 = load ptr, ptr %0, align 8, !tbaa !79
  %28 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %29 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  %30 = load i32, ptr %29, align 8, !tbaa !80
  %31 = add nuw nsw i32 %26, 1
  %32 = add i32 %31, %30
  %33 = tail call fastcc ptr @grow(ptr noundef %27, ptr noundef nonnull %28, i32 noundef %32, i64 noundef 1)
  store ptr %33, ptr %0, align 8, !tbaa !79
  %34 = load i32, ptr %29, align 8, !tbaa !80
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i8, ptr %33, i64 %35
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(4) %36, ptr noundef nonnull align 1 dereferenceable(4) %24, i64 %25, i1 false)
  %37 = load i32, ptr %29, align 8, !tbaa !80
  %38 = add nsw i32 %37, %26
  store i32 %38, ptr %29, align 8, !tbaa !80
  %39 = load ptr, ptr %0, align 8, !tbaa !79
  %40 = sext i32 %38 to i64
  %41 = getelementptr inbounds i8, ptr %39, i64 %40
  store i8 0, ptr %41, align 1, !tbaa !54
  br label %216

42:                                               ; preds = %4
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.29, i64 noundef %2)
  br label %216

43:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %5) #24
  %44 = bitcast i64 %2 to double
  %45 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %5, i64 noundef 64, ptr noundef nonnull @.str.30, double noundef %44) #24
  %46 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %5) #23
  %47 = trunc i64 %46 to i32
  %48 = load ptr, ptr %0, align 8, !tbaa !79
  %49 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %50 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  %51 = load i32, ptr %50, align 8, !tbaa !80
  %52 = add i32 %47, 1
  %53 = add i32 %52, %51
  %54 = tail call fastcc ptr @grow(ptr noundef %48, ptr noundef nonnull %49, i32 noundef %53, i64 noundef 1)
  store ptr %54, ptr %0, align 8, !tbaa !79
  %55 = load i32, ptr %50, align 8, !tbaa !80
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds i8, ptr %54, i64 %56
  %58 = shl i64 %46, 32
  %59 = ashr exact i64 %58, 32
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %57, ptr nonnull align 16 %5, i64 %59, i1 false)
  %60 = load i32, ptr %50, align 8, !tbaa !80
  %61 = add nsw i32 %60, %47
  store i32 %61, ptr %50, align 8, !tbaa !80
  %62 = load ptr, ptr %0, align 8, !tbaa !79
  %63 = sext i32 %61 to i64
  %64 = getelementptr inbounds i8, ptr %62, i64 %63
  store i8 0, ptr %64, align 1, !tbaa !54
  %65 = call ptr @strpbrk(ptr noundef nonnull %5, ptr noundef nonnull @.str.31) #23
  %66 = icmp eq ptr %65, null
  br i1 %66, label %67, label %80

67:                                               ; preds = %43
  %68 = load ptr, ptr %0, align 8, !tbaa !79
  %69 = load i32, ptr %50, align 8, !tbaa !80
  %70 = add i32 %69, 3
  %71 = call fastcc ptr @grow(ptr noundef %68, ptr noundef nonnull %49, i32 noundef %70, i64 noundef 1)
  store ptr %71, ptr %0, align 8, !tbaa !79
  %72 = load i32, ptr %50, align 8, !tbaa !80
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds i8, ptr %71, i64 %73
  store i16 12334, ptr %74, align 1
  %75 = load i32, ptr %50, align 8, !tbaa !80
  %76 = add nsw i32 %75, 2
  store i32 %76, ptr %50, align 8, !tbaa !80
  %77 = load ptr, ptr %0, align 8, !tbaa !79
  %78 = sext i32 %76 to i64
  %79 = getelementptr inbounds i8, ptr %77, i64 %78
  store i8 0, ptr %79, align 1, !tbaa !54
  br label %80

80:                                               ; preds = %67, %43
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %5) #24
  br label %216

81:                                               ; preds = %4
  %82 = icmp eq i32 %3, 0
  br i1 %82, label %196, label %83

83:                                               ; preds = %81
  %84 = load ptr, ptr %0, align 8, !tbaa !79
  %85 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %86 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  %87 = load i32, ptr %86, align 8, !tbaa !80
  %88 = add i32 %87, 2
  %89 = tail call fastcc ptr @grow(ptr noundef %84, ptr noundef nonnull %85, i32 noundef %88, i64 noundef 1)
  store ptr %89, ptr %0, align 8, !tbaa !79
  %90 = load i32, ptr %86, align 8, !tbaa !80
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds i8, ptr %89, i64 %91
  store i8 34, ptr %92, align 1
  %93 = load i32, ptr %86, align 8, !tbaa !80
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %86, align 8, !tbaa !80
  %95 = load ptr, ptr %0, align 8, !tbaa !79
  %96 = sext i32 %94 to i64
  %97 = getelementptr inbounds i8, ptr %95, i64 %96
  store i8 0, ptr %97, align 1, !tbaa !54
  %98 = inttoptr i64 %2 to ptr
  %99 = getelementptr inbounds %struct.string, ptr %98, i64 0, i32 2
  %100 = load i32, ptr %98, align 4, !tbaa !22
  %101 = load ptr, ptr %0, align 8, !tbaa !79
  %102 = load i32, ptr %86, align 8, !tbaa !80
  %103 = add i32 %100, 1
  %104 = add i32 %103, %102
  %105 = tail call fastcc ptr @grow(ptr noundef %101, ptr noundef nonnull %85, i32 noundef %104, i64 noundef 1)
  store ptr %105, ptr %0, align 8, !tbaa !79
  %106 = load i32, ptr %86, align 8, !tbaa !80
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds i8, ptr %105, i64 %107
  %109 = sext i32 %100 to i64
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %108, ptr nonnull align 1 %99, i64 %109, i1 false)
  %110 = load i32, ptr %86, align 8, !tbaa !80
  %111 = add nsw i32 %110, %100
  store i32 %111, ptr %86, align 8, !tbaa !80
  %112 = load ptr, ptr %0, align 8, !tbaa !79
  %113 = sext i32 %111 to i64
  %114 = getelementptr inbounds i8, ptr %112, i64 %113
  store i8 0, ptr %114, align 1, !tbaa !54
  %115 = load ptr, ptr %0, align 8, !tbaa !79
  %116 = load i32, ptr %86, align 8, !tbaa !80
  %117 = add i32 %116, 2
  %118 = tail call fastcc ptr @grow(ptr noundef %115, ptr noundef nonnull %85, i32 noundef %117, i64 noundef 1)
  store ptr %118, ptr %0, align 8, !tbaa !79
  %119 = load i32, ptr %86, align 8, !tbaa !80
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds i8, ptr %118, i64 %120
  store i8 34, ptr %121, align 1
  %122 = load i32, ptr %86, align 8, !tbaa !80
  %123 = add nsw i32 %122, 1
  store i32 %123, ptr %86, align 8, !tbaa !80
  %124 = load ptr, ptr %0, align 8, !tbaa !79
  %125 = sext i32 %123 to i64
  %126 = getelementptr inbounds i8, ptr %124, i64 %125
  store i8 0, ptr %126, align 1, !tbaa !54
  br label %216

127:                                              ; preds = %4
  %128 = load ptr, ptr %0, align 8, !tbaa !79
  %129 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %130 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  %131 = load i32, ptr %130, align 8, !tbaa !80
  %132 = add i32 %131, 2
  %133 = tail call fastcc ptr @grow(ptr noundef %128, ptr noundef nonnull %129, i32 noundef %132, i64 noundef 1)
  store ptr %133, ptr %0, align 8, !tbaa !79
  %134 = load i32, ptr %130, align 8, !tbaa !80
  %135 = sext i32 %134 to i64
  %136 = getelementptr inbounds i8, ptr %133, i64 %135
  store i8 91, ptr %136, align 1
  %137 = load i32, ptr %130, align 8, !tbaa !80
  %138 = add nsw i32 %137, 1
  store i32 %138, ptr %130, align 8, !tbaa !80
  %139 = load ptr, ptr %0, align 8, !tbaa !79
  %140 = sext i32 %138 to i64
  %141 = getelementptr inbounds i8, ptr %139, i64 %140
  store i8 0, ptr %141, align 1, !tbaa !54
  %142 = inttoptr i64 %2 to ptr
  %143 = load i32, ptr %142, align 8, !tbaa !81
  %144 = icmp sgt i32 %143, 0
  br i1 %144, label %145, label %153

145:                                              ; preds = %127
  %146 = getelementptr inbounds %struct.list, ptr %142, i64 0, i32 2
  %147 = load ptr, ptr %146, align 8, !tbaa !83
  %148 = getelementptr inbounds { i32, i64 }, ptr %147, i64 0, i32 1
  %149 = load i64, ptr %148, align 8
  %150 = load i32, ptr %147, align 8
  tail call fastcc void @format_value(ptr noundef nonnull %0, i32 %150, i64 %149, i32 noundef 1)
  %151 = load i32, ptr %142, align 8, !tbaa !81
  %152 = icmp sgt i32 %151, 1
  br i1 %152, label %166, label %153

153:                                              ; preds = %166, %145, %127
  %154 = load ptr, ptr %0, align 8, !tbaa !79
  %155 = load i32, ptr %130, align 8, !tbaa !80
  %156 = add i32 %155, 2
  %157 = tail call fastcc ptr @grow(ptr noundef %154, ptr noundef nonnull %129, i32 noundef %156, i64 noundef 1)
  store ptr %157, ptr %0, align 8, !tbaa !79
  %158 = load i32, ptr %130, align 8, !tbaa !80
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds i8, ptr %157, i64 %159
  store i8 93, ptr %160, align 1
  %161 = load i32, ptr %130, align 8, !tbaa !80
  %162 = add nsw i32 %161, 1
  store i32 %162, ptr %130, align 8, !tbaa !80
  %163 = load ptr, ptr %0, align 8, !tbaa !79
  %164 = sext i32 %162 to i64
  %165 = getelementptr inbounds i8, ptr %163, i64 %164
  store i8 0, ptr %165, align 1, !tbaa !54
  br label %216

166:                                              ; preds = %145, %166
  %167 = phi i64 [ %185, %166 ], [ 1, %145 ]
  %168 = load ptr, ptr %0, align 8, !tbaa !79
  %169 = load i32, ptr %130, align 8, !tbaa !80
  %170 = add i32 %169, 3
  %171 = tail call fastcc ptr @grow(ptr noundef %168, ptr noundef nonnull %129, i32 noundef %170, i64 noundef 1)
  store ptr %171, ptr %0, align 8, !tbaa !79
  %172 = load i32, ptr %130, align 8, !tbaa !80
  %173 = sext i32 %172 to i64
  %174 = getelementptr inbounds i8, ptr %171, i64 %173
  store i16 8236, ptr %174, align 1
  %175 = load i32, ptr %130, align 8, !tbaa !80
  %176 = add nsw i32 %175, 2
  store i32 %176, ptr %130, align 8, !tbaa !80
  %177 = load ptr, ptr %0, align 8, !tbaa !79
  %178 = sext i32 %176 to i64
  %179 = getelementptr inbounds i8, ptr %177, i64 %178
  store i8 0, ptr %179, align 1, !tbaa !54
  %180 = load ptr, ptr %146, align 8, !tbaa !83
  %181 = getelementptr inbounds %struct.value, ptr %180, i64 %167
  %182 = load i32, ptr %181, align 8
  %183 = getelementptr inbounds { i32, i64 }, ptr %181, i64 0, i32 1
  %184 = load i64, ptr %183, align 8
  tail call fastcc void @format_value(ptr noundef nonnull %0, i32 %182, i64 %184, i32 noundef 1)
  %185 = add nuw nsw i64 %167, 1
  %186 = load i32, ptr %142, align 8, !tbaa !81
  %187 = sext i32 %186 to i64
  %188 = icmp slt i64 %185, %187
  br i1 %188, label %166, label %153, !llvm.loop !108

189:                                              ; preds = %4
  %190 = inttoptr i64 %2 to ptr
  %191 = load ptr, ptr %190, align 8, !tbaa !41
  %192 = getelementptr inbounds %struct.string, ptr %191, i64 0, i32 2
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.37, ptr noundef nonnull %192)
  br label %216

193:                                              ; preds = %4
  %194 = inttoptr i64 %2 to ptr
  %195 = load ptr, ptr %194, align 8, !tbaa !55
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.38, ptr noundef %195)
  br label %216

196:                                              ; preds = %81
  %197 = inttoptr i64 %2 to ptr
  %198 = getelementptr inbounds %struct.string, ptr %197, i64 0, i32 2
  %199 = load i32, ptr %197, align 4, !tbaa !22
  %200 = load ptr, ptr %0, align 8, !tbaa !79
  %201 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %202 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  %203 = load i32, ptr %202, align 8, !tbaa !80
  %204 = add i32 %199, 1
  %205 = add i32 %204, %203
  %206 = tail call fastcc ptr @grow(ptr noundef %200, ptr noundef nonnull %201, i32 noundef %205, i64 noundef 1)
  store ptr %206, ptr %0, align 8, !tbaa !79
  %207 = load i32, ptr %202, align 8, !tbaa !80
  %208 = sext i32 %207 to i64
  %209 = getelementptr inbounds i8, ptr %206, i64 %208
  %210 = sext i32 %199 to i64
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %209, ptr nonnull align 1 %198, i64 %210, i1 false)
  %211 = load i32, ptr %202, align 8, !tbaa !80
  %212 = add nsw i32 %211, %199
  store i32 %212, ptr %202, align 8, !tbaa !80
  %213 = load ptr, ptr %0, align 8, !tbaa !79
  %214 = sext i32 %212 to i64
  %215 = getelementptr inbounds i8, ptr %213, i64 %214
  store i8 0, ptr %215, align 1, !tbaa !54
  br label %216

216:                                              ; preds = %196, %83, %4, %193, %189, %153, %80, %42, %21, %6
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
  call void @llvm.va_end(ptr nonnull %4)
  %6 = call i32 @llvm.smin.i32(i32 %5, i32 127)
  %7 = load ptr, ptr %0, align 8, !tbaa !79
  %8 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 2
  %9 = getelementptr inbounds %struct.strbuf, ptr %0, i64 0, i32 1
  %10 = load i32, ptr %9, align 8, !tbaa !80
  %11 = add nsw i32 %6, 1
  %12 = add i32 %11, %10
  %13 = call fastcc ptr @grow(ptr noundef %7, ptr noundef nonnull %8, i32 noundef %12, i64 noundef 1)
  store ptr %13, ptr %0, align 8, !tbaa !79
  %14 = load i32, ptr %9, align 8, !tbaa !80
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds i8, ptr %13, i64 %15
  %17 = sext i32 %6 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %16, ptr nonnull align 16 %3, i64 %17, i1 false)
  %18 = load i32, ptr %9, align 8, !tbaa !80
  %19 = add nsw i32 %18, %6
  store i32 %19, ptr %9, align 8, !tbaa !80
  %20 = load ptr, ptr %0, align 8, !tbaa !79
  %21 = sext i32 %19 to i64
  %22 = getelementptr inbounds i8, ptr %20, i64 %21
  store i8 0, ptr %22, align 1, !tbaa !54
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
  %5 = load i32, ptr %1, align 4, !tbaa !22
  %6 = icmp slt i32 %5, %2
  br i1 %6, label %7, label %52

7:                                                ; preds = %4
  %8 = tail call i32 @llvm.smax.i32(i32 %5, i32 8)
  br label %9

9:                                                ; preds = %9, %7
  %10 = phi i32 [ %8, %7 ], [ %12, %9 ]
  %11 = icmp slt i32 %10, %2
  %12 = shl nsw i32 %10, 1
  br i1 %11, label %9, label %13, !llvm.loop !109

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
  %22 = load i64, ptr %21, align 8, !tbaa !20
  %23 = add i64 %22, %17
  %24 = getelementptr inbounds %struct.arena_block, ptr %18, i64 0, i32 2
  %25 = load i64, ptr %24, align 16, !tbaa !20
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
  store i64 0, ptr %36, align 8, !tbaa !20
  %37 = getelementptr inbounds %struct.arena_block, ptr %30, i64 0, i32 2
  store i64 %28, ptr %37, align 16, !tbaa !20
  store ptr %30, ptr @arena, align 8, !tbaa !4
  br label %38

38:                                               ; preds = %20, %35
  %39 = phi i64 [ 0, %35 ], [ %22, %20 ]
  %40 = phi ptr [ %30, %35 ], [ %18, %20 ]
  %41 = getelementptr inbounds %struct.arena_block, ptr %40, i64 0, i32 4
  %42 = getelementptr inbounds %struct.arena_block, ptr %40, i64 0, i32 1
  %43 = getelementptr inbounds i8, ptr %41, i64 %39
  %44 = add i64 %39, %17
  store i64 %44, ptr %42, align 8, !tbaa !20
  %45 = load i64, ptr @arena_total, align 8, !tbaa !20
  %46 = add i64 %45, %17
  store i64 %46, ptr @arena_total, align 8, !tbaa !20
  %47 = icmp eq ptr %0, null
  br i1 %47, label %51, label %48

48:                                               ; preds = %38
  %49 = sext i32 %5 to i64
  %50 = mul i64 %49, %3
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 1 %43, ptr nonnull align 1 %0, i64 %50, i1 false)
  br label %51

51:                                               ; preds = %48, %38
  store i32 %10, ptr %1, align 4, !tbaa !22
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
  call void @llvm.va_end(ptr nonnull %3)
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
  %11 = load i32, ptr %10, align 4, !tbaa !22
  %12 = inttoptr i64 %3 to ptr
  %13 = load i32, ptr %12, align 4, !tbaa !22
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
  %6 = load i64, ptr %5, align 8, !tbaa !20
  %7 = add i64 %6, 16
  %8 = getelementptr inbounds %struct.arena_block, ptr %2, i64 0, i32 2
  %9 = load i64, ptr %8, align 16, !tbaa !20
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
  store i64 0, ptr %18, align 8, !tbaa !20
  %19 = getelementptr inbounds %struct.arena_block, ptr %12, i64 0, i32 2
  store i64 65536, ptr %19, align 16, !tbaa !20
  store ptr %12, ptr @arena, align 8, !tbaa !4
  br label %20

20:                                               ; preds = %4, %17
  %21 = phi i64 [ 0, %17 ], [ %6, %4 ]
  %22 = phi ptr [ %12, %17 ], [ %2, %4 ]
  %23 = getelementptr inbounds %struct.arena_block, ptr %22, i64 0, i32 4
  %24 = getelementptr inbounds %struct.arena_block, ptr %22, i64 0, i32 1
  %25 = getelementptr inbounds i8, ptr %23, i64 %21
  %26 = add i64 %21, 16
  store i64 %26, ptr %24, align 8, !tbaa !20
  %27 = load i64, ptr @arena_total, align 8, !tbaa !20
  %28 = add i64 %27, 16
  store i64 %28, ptr @arena_total, align 8, !tbaa !20
  %29 = getelementptr inbounds %struct.list, ptr %25, i64 0, i32 1
  %30 = getelementptr inbounds %struct.list, ptr %25, i64 0, i32 2
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %25, i8 0, i64 16, i1 false)
  %31 = tail call fastcc ptr @grow(ptr noundef null, ptr noundef nonnull %29, i32 noundef %0, i64 noundef 16)
  store ptr %31, ptr %30, align 8, !tbaa !83
  ret ptr %25
}

; Function Attrs: nounwind uwtable
define internal fastcc void @compile_node(ptr noundef %0, ptr noundef readonly %1) unnamed_addr #0 {
  %3 = alloca %struct.loop, align 8
  %4 = alloca %struct.loop, align 8
  %5 = load i32, ptr %1, align 8, !tbaa !30
  switch i32 %5, label %290 [
    i32 0, label %12
    i32 1, label %56
    i32 2, label %100
    i32 3, label %146
    i32 4, label %172
    i32 5, label %198
    i32 6, label %224
    i32 7, label %291
    i32 8, label %323
    i32 9, label %369
    i32 10, label %369
    i32 11, label %424
    i32 12, label %498
    i32 13, label %6
    i32 14, label %541
    i32 15, label %635
    i32 16, label %691
    i32 25, label %742
    i32 17, label %979
    i32 18, label %1045
    i32 19, label %1104
    i32 20, label %1180
    i32 21, label %1420
    i32 22, label %1461
    i32 23, label %1461
    i32 24, label %1553
  ]

6:                                                ; preds = %2
  %7 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 10
  %8 = load i32, ptr %7, align 8, !tbaa !39
  %9 = icmp sgt i32 %8, 0
  br i1 %9, label %10, label %528

10:                                               ; preds = %6
  %11 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 9
  br label %532

12:                                               ; preds = %2
  %13 = load ptr, ptr %0, align 8, !tbaa !44
  %14 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 3
  %15 = load i64, ptr %14, align 8, !tbaa !110
  %16 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %17 = load i32, ptr %16, align 4, !tbaa !34
  %18 = getelementptr inbounds %struct.function, ptr %13, i64 0, i32 2, i32 6
  %19 = load i32, ptr %18, align 8, !tbaa !111
  %20 = icmp sgt i32 %19, 0
  %21 = getelementptr inbounds %struct.function, ptr %13, i64 0, i32 2, i32 5
  %22 = load ptr, ptr %21, align 8, !tbaa !97
  br i1 %20, label %23, label %40

23:                                               ; preds = %12
  %24 = zext i32 %19 to i64
  br label %25

25:                                               ; preds = %34, %23
  %26 = phi i64 [ 0, %23 ], [ %35, %34 ]
  %27 = getelementptr inbounds %struct.value, ptr %22, i64 %26
  %28 = load i32, ptr %27, align 8, !tbaa !75
  %29 = icmp eq i32 %28, 2
  br i1 %29, label %30, label %34

30:                                               ; preds = %25
  %31 = getelementptr inbounds { i32, i64 }, ptr %27, i64 0, i32 1
  %32 = load i64, ptr %31, align 8
  %33 = icmp eq i64 %32, %15
  br i1 %33, label %51, label %34

34:                                               ; preds = %30, %25
  %35 = add nuw nsw i64 %26, 1
  %36 = icmp eq i64 %35, %24
  br i1 %36, label %37, label %25, !llvm.loop !112

37:                                               ; preds = %34
  %38 = icmp sgt i32 %19, 65534
  br i1 %38, label %39, label %40

39:                                               ; preds = %37
  tail call void (i32, ptr, ...) @fail(i32 noundef %17, ptr noundef nonnull @.str.66) #29
  unreachable

40:                                               ; preds = %12, %37
  %41 = getelementptr inbounds %struct.function, ptr %13, i64 0, i32 2, i32 7
  %42 = add nsw i32 %19, 1
  %43 = tail call fastcc ptr @grow(ptr noundef %22, ptr noundef nonnull %41, i32 noundef %42, i64 noundef 16)
  store ptr %43, ptr %21, align 8, !tbaa !97
  %44 = load i32, ptr %18, align 8, !tbaa !111
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds %struct.value, ptr %43, i64 %45
  store i32 2, ptr %46, align 8, !tbaa.struct !61
  %47 = getelementptr inbounds i8, ptr %46, i64 8
  store i64 %15, ptr %47, align 8, !tbaa.struct !64
  %48 = load i32, ptr %18, align 8, !tbaa !111
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %18, align 8, !tbaa !111
  %50 = load i32, ptr %16, align 4, !tbaa !34
  br label %53

51:                                               ; preds = %30
  %52 = trunc i64 %26 to i32
  br label %53

53:                                               ; preds = %40, %51
  %54 = phi i32 [ %50, %40 ], [ %17, %51 ]
  %55 = phi i32 [ %48, %40 ], [ %52, %51 ]
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 0, i32 noundef %55, i32 noundef %54)
  br label %290

56:                                               ; preds = %2
  %57 = load ptr, ptr %0, align 8, !tbaa !44
  %58 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 4
  %59 = load double, ptr %58, align 8, !tbaa !113
  %60 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %61 = load i32, ptr %60, align 4, !tbaa !34
  %62 = getelementptr inbounds %struct.function, ptr %57, i64 0, i32 2, i32 6
  %63 = load i32, ptr %62, align 8, !tbaa !111
  %64 = icmp sgt i32 %63, 0
  %65 = getelementptr inbounds %struct.function, ptr %57, i64 0, i32 2, i32 5
  %66 = load ptr, ptr %65, align 8, !tbaa !97
  br i1 %64, label %67, label %84

67:                                               ; preds = %56
  %68 = zext i32 %63 to i64
  br label %69

69:                                               ; preds = %78, %67
  %70 = phi i64 [ 0, %67 ], [ %79, %78 ]
  %71 = getelementptr inbounds %struct.value, ptr %66, i64 %70
  %72 = load i32, ptr %71, align 8, !tbaa !75
  %73 = icmp eq i32 %72, 3
  br i1 %73, label %74, label %78

74:                                               ; preds = %69
  %75 = getelementptr inbounds { i32, i64 }, ptr %71, i64 0, i32 1
  %76 = load double, ptr %75, align 8
  %77 = fcmp une double %76, %59
  br i1 %77, label %78, label %95

78:                                               ; preds = %74, %69
  %79 = add nuw nsw i64 %70, 1
  %80 = icmp eq i64 %79, %68
  br i1 %80, label %81, label %69, !llvm.loop !112

81:                                               ; preds = %78
  %82 = icmp sgt i32 %63, 65534
  br i1 %82, label %83, label %84

83:                                               ; preds = %81
  tail call void (i32, ptr, ...) @fail(i32 noundef %61, ptr noundef nonnull @.str.66) #29
  unreachable

84:                                               ; preds = %56, %81
  %85 = getelementptr inbounds %struct.function, ptr %57, i64 0, i32 2, i32 7
  %86 = add nsw i32 %63, 1
  %87 = tail call fastcc ptr @grow(ptr noundef %66, ptr noundef nonnull %85, i32 noundef %86, i64 noundef 16)
  store ptr %87, ptr %65, align 8, !tbaa !97
  %88 = load i32, ptr %62, align 8, !tbaa !111
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds %struct.value, ptr %87, i64 %89
  store i32 3, ptr %90, align 8, !tbaa.struct !61
  %91 = getelementptr inbounds i8, ptr %90, i64 8
  store double %59, ptr %91, align 8, !tbaa.struct !64
  %92 = load i32, ptr %62, align 8, !tbaa !111
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %62, align 8, !tbaa !111
  %94 = load i32, ptr %60, align 4, !tbaa !34
  br label %97

95:                                               ; preds = %74
  %96 = trunc i64 %70 to i32
  br label %97

97:                                               ; preds = %84, %95
  %98 = phi i32 [ %94, %84 ], [ %61, %95 ]
  %99 = phi i32 [ %92, %84 ], [ %96, %95 ]
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 0, i32 noundef %99, i32 noundef %98)
  br label %290

100:                                              ; preds = %2
  %101 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %102 = load ptr, ptr %101, align 8, !tbaa !114
  %103 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %104 = load i32, ptr %103, align 4, !tbaa !34
  %105 = load ptr, ptr %0, align 8, !tbaa !44
  %106 = ptrtoint ptr %102 to i64
  %107 = getelementptr inbounds %struct.function, ptr %105, i64 0, i32 2, i32 6
  %108 = load i32, ptr %107, align 8, !tbaa !111
  %109 = icmp sgt i32 %108, 0
  %110 = getelementptr inbounds %struct.function, ptr %105, i64 0, i32 2, i32 5
  %111 = load ptr, ptr %110, align 8, !tbaa !97
  br i1 %109, label %112, label %130

112:                                              ; preds = %100
  %113 = zext i32 %108 to i64
  br label %114

114:                                              ; preds = %124, %112
  %115 = phi i64 [ 0, %112 ], [ %125, %124 ]
  %116 = getelementptr inbounds %struct.value, ptr %111, i64 %115
  %117 = load i32, ptr %116, align 8, !tbaa !75
  %118 = icmp eq i32 %117, 4
  br i1 %118, label %119, label %124

119:                                              ; preds = %114
  %120 = getelementptr inbounds { i32, i64 }, ptr %116, i64 0, i32 1
  %121 = load i64, ptr %120, align 8
  %122 = inttoptr i64 %121 to ptr
  %123 = icmp eq ptr %102, %122
  br i1 %123, label %141, label %124

124:                                              ; preds = %119, %114
  %125 = add nuw nsw i64 %115, 1
  %126 = icmp eq i64 %125, %113
  br i1 %126, label %127, label %114, !llvm.loop !112

127:                                              ; preds = %124
  %128 = icmp sgt i32 %108, 65534
  br i1 %128, label %129, label %130

129:                                              ; preds = %127
  tail call void (i32, ptr, ...) @fail(i32 noundef %104, ptr noundef nonnull @.str.66) #29
  unreachable

130:                                              ; preds = %127, %100
  %131 = getelementptr inbounds %struct.function, ptr %105, i64 0, i32 2, i32 7
  %132 = add nsw i32 %108, 1
  %133 = tail call fastcc ptr @grow(ptr noundef %111, ptr noundef nonnull %131, i32 noundef %132, i64 noundef 16)
  store ptr %133, ptr %110, align 8, !tbaa !97
  %134 = load i32, ptr %107, align 8, !tbaa !111
  %135 = sext i32 %134 to i64
  %136 = getelementptr inbounds %struct.value, ptr %133, i64 %135
  store i32 4, ptr %136, align 8, !tbaa.struct !61
  %137 = getelementptr inbounds i8, ptr %136, i64 8
  store i64 %106, ptr %137, align 8, !tbaa.struct !64
  %138 = load i32, ptr %107, align 8, !tbaa !111
  %139 = add nsw i32 %138, 1
  store i32 %139, ptr %107, align 8, !tbaa !111
  %140 = load i32, ptr %103, align 4, !tbaa !34
  br label %143

141:                                              ; preds = %119
  %142 = trunc i64 %115 to i32
  br label %143

143:                                              ; preds = %130, %141
  %144 = phi i32 [ %140, %130 ], [ %104, %141 ]
  %145 = phi i32 [ %138, %130 ], [ %142, %141 ]
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 0, i32 noundef %145, i32 noundef %144)
  br label %290

146:                                              ; preds = %2
  %147 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %148 = load i32, ptr %147, align 4, !tbaa !34
  %149 = load ptr, ptr %0, align 8, !tbaa !44
  %150 = getelementptr inbounds %struct.function, ptr %149, i64 0, i32 2
  %151 = load ptr, ptr %150, align 8, !tbaa !51
  %152 = getelementptr inbounds %struct.function, ptr %149, i64 0, i32 2, i32 3
  %153 = getelementptr inbounds %struct.function, ptr %149, i64 0, i32 2, i32 2
  %154 = load i32, ptr %153, align 8, !tbaa !52
  %155 = add nsw i32 %154, 1
  %156 = tail call fastcc ptr @grow(ptr noundef %151, ptr noundef nonnull %152, i32 noundef %155, i64 noundef 1)
  store ptr %156, ptr %150, align 8, !tbaa !51
  %157 = getelementptr inbounds %struct.function, ptr %149, i64 0, i32 2, i32 1
  %158 = load ptr, ptr %157, align 8, !tbaa !53
  %159 = getelementptr inbounds %struct.function, ptr %149, i64 0, i32 2, i32 4
  %160 = load i32, ptr %153, align 8, !tbaa !52
  %161 = add nsw i32 %160, 1
  %162 = tail call fastcc ptr @grow(ptr noundef %158, ptr noundef nonnull %159, i32 noundef %161, i64 noundef 4)
  store ptr %162, ptr %157, align 8, !tbaa !53
  %163 = load ptr, ptr %150, align 8, !tbaa !51
  %164 = load i32, ptr %153, align 8, !tbaa !52
  %165 = sext i32 %164 to i64
  %166 = getelementptr inbounds i8, ptr %163, i64 %165
  store i8 1, ptr %166, align 1, !tbaa !54
  %167 = load ptr, ptr %157, align 8, !tbaa !53
  %168 = load i32, ptr %153, align 8, !tbaa !52
  %169 = add nsw i32 %168, 1
  store i32 %169, ptr %153, align 8, !tbaa !52
  %170 = sext i32 %168 to i64
  %171 = getelementptr inbounds i32, ptr %167, i64 %170
  store i32 %148, ptr %171, align 4, !tbaa !22
  br label %290

172:                                              ; preds = %2
  %173 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %174 = load i32, ptr %173, align 4, !tbaa !34
  %175 = load ptr, ptr %0, align 8, !tbaa !44
  %176 = getelementptr inbounds %struct.function, ptr %175, i64 0, i32 2
  %177 = load ptr, ptr %176, align 8, !tbaa !51
  %178 = getelementptr inbounds %struct.function, ptr %175, i64 0, i32 2, i32 3
  %179 = getelementptr inbounds %struct.function, ptr %175, i64 0, i32 2, i32 2
  %180 = load i32, ptr %179, align 8, !tbaa !52
  %181 = add nsw i32 %180, 1
  %182 = tail call fastcc ptr @grow(ptr noundef %177, ptr noundef nonnull %178, i32 noundef %181, i64 noundef 1)
  store ptr %182, ptr %176, align 8, !tbaa !51
  %183 = getelementptr inbounds %struct.function, ptr %175, i64 0, i32 2, i32 1
  %184 = load ptr, ptr %183, align 8, !tbaa !53
  %185 = getelementptr inbounds %struct.function, ptr %175, i64 0, i32 2, i32 4
  %186 = load i32, ptr %179, align 8, !tbaa !52
  %187 = add nsw i32 %186, 1
  %188 = tail call fastcc ptr @grow(ptr noundef %184, ptr noundef nonnull %185, i32 noundef %187, i64 noundef 4)
  store ptr %188, ptr %183, align 8, !tbaa !53
  %189 = load ptr, ptr %176, align 8, !tbaa !51
  %190 = load i32, ptr %179, align 8, !tbaa !52
  %191 = sext i32 %190 to i64
  %192 = getelementptr inbounds i8, ptr %189, i64 %191
  store i8 2, ptr %192, align 1, !tbaa !54
  %193 = load ptr, ptr %183, align 8, !tbaa !53
  %194 = load i32, ptr %179, align 8, !tbaa !52
  %195 = add nsw i32 %194, 1
  store i32 %195, ptr %179, align 8, !tbaa !52
  %196 = sext i32 %194 to i64
  %197 = getelementptr inbounds i32, ptr %193, i64 %196
  store i32 %174, ptr %197, align 4, !tbaa !22
  br label %290

198:                                              ; preds = %2
  %199 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %200 = load i32, ptr %199, align 4, !tbaa !34
  %201 = load ptr, ptr %0, align 8, !tbaa !44
  %202 = getelementptr inbounds %struct.function, ptr %201, i64 0, i32 2
  %203 = load ptr, ptr %202, align 8, !tbaa !51
  %204 = getelementptr inbounds %struct.function, ptr %201, i64 0, i32 2, i32 3
  %205 = getelementptr inbounds %struct.function, ptr %201, i64 0, i32 2, i32 2
  %206 = load i32, ptr %205, align 8, !tbaa !52
  %207 = add nsw i32 %206, 1
  %208 = tail call fastcc ptr @grow(ptr noundef %203, ptr noundef nonnull %204, i32 noundef %207, i64 noundef 1)
  store ptr %208, ptr %202, align 8, !tbaa !51
  %209 = getelementptr inbounds %struct.function, ptr %201, i64 0, i32 2, i32 1
  %210 = load ptr, ptr %209, align 8, !tbaa !53
  %211 = getelementptr inbounds %struct.function, ptr %201, i64 0, i32 2, i32 4
  %212 = load i32, ptr %205, align 8, !tbaa !52
  %213 = add nsw i32 %212, 1
  %214 = tail call fastcc ptr @grow(ptr noundef %210, ptr noundef nonnull %211, i32 noundef %213, i64 noundef 4)
  store ptr %214, ptr %209, align 8, !tbaa !53
  %215 = load ptr, ptr %202, align 8, !tbaa !51
  %216 = load i32, ptr %205, align 8, !tbaa !52
  %217 = sext i32 %216 to i64
  %218 = getelementptr inbounds i8, ptr %215, i64 %217
  store i8 3, ptr %218, align 1, !tbaa !54
  %219 = load ptr, ptr %209, align 8, !tbaa !53
  %220 = load i32, ptr %205, align 8, !tbaa !52
  %221 = add nsw i32 %220, 1
  store i32 %221, ptr %205, align 8, !tbaa !52
  %222 = sext i32 %220 to i64
  %223 = getelementptr inbounds i32, ptr %219, i64 %222
  store i32 %200, ptr %223, align 4, !tbaa !22
  br label %290

224:                                              ; preds = %2
  %225 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %226 = load ptr, ptr %225, align 8, !tbaa !114
  %227 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %228 = load i32, ptr %227, align 8, !tbaa !47
  %229 = zext i32 %228 to i64
  br label %230

230:                                              ; preds = %234, %224
  %231 = phi i64 [ %235, %234 ], [ %229, %224 ]
  %232 = trunc i64 %231 to i32
  %233 = icmp slt i32 %232, 1
  br i1 %233, label %246, label %234

234:                                              ; preds = %230
  %235 = add nsw i64 %231, -1
  %236 = and i64 %235, 4294967295
  %237 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %236
  %238 = load ptr, ptr %237, align 8, !tbaa !48
  %239 = icmp eq ptr %238, %226
  br i1 %239, label %240, label %230, !llvm.loop !115

240:                                              ; preds = %234
  %241 = trunc i64 %235 to i32
  %242 = icmp sgt i32 %241, -1
  br i1 %242, label %243, label %246

243:                                              ; preds = %240
  %244 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %245 = load i32, ptr %244, align 4, !tbaa !34
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 5, i32 noundef %241, i32 noundef %245)
  br label %290

246:                                              ; preds = %230, %240
  %247 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %248 = load i32, ptr %247, align 4, !tbaa !34
  %249 = load ptr, ptr %0, align 8, !tbaa !44
  %250 = ptrtoint ptr %226 to i64
  %251 = getelementptr inbounds %struct.function, ptr %249, i64 0, i32 2, i32 6
  %252 = load i32, ptr %251, align 8, !tbaa !111
  %253 = icmp sgt i32 %252, 0
  %254 = getelementptr inbounds %struct.function, ptr %249, i64 0, i32 2, i32 5
  %255 = load ptr, ptr %254, align 8, !tbaa !97
  br i1 %253, label %256, label %274

256:                                              ; preds = %246
  %257 = zext i32 %252 to i64
  br label %258

258:                                              ; preds = %268, %256
  %259 = phi i64 [ 0, %256 ], [ %269, %268 ]
  %260 = getelementptr inbounds %struct.value, ptr %255, i64 %259
  %261 = load i32, ptr %260, align 8, !tbaa !75
  %262 = icmp eq i32 %261, 4
  br i1 %262, label %263, label %268

263:                                              ; preds = %258
  %264 = getelementptr inbounds { i32, i64 }, ptr %260, i64 0, i32 1
  %265 = load i64, ptr %264, align 8
  %266 = inttoptr i64 %265 to ptr
  %267 = icmp eq ptr %226, %266
  br i1 %267, label %285, label %268

268:                                              ; preds = %263, %258
  %269 = add nuw nsw i64 %259, 1
  %270 = icmp eq i64 %269, %257
  br i1 %270, label %271, label %258, !llvm.loop !112

271:                                              ; preds = %268
  %272 = icmp sgt i32 %252, 65534
  br i1 %272, label %273, label %274

273:                                              ; preds = %271
  tail call void (i32, ptr, ...) @fail(i32 noundef %248, ptr noundef nonnull @.str.66) #29
  unreachable

274:                                              ; preds = %271, %246
  %275 = getelementptr inbounds %struct.function, ptr %249, i64 0, i32 2, i32 7
  %276 = add nsw i32 %252, 1
  %277 = tail call fastcc ptr @grow(ptr noundef %255, ptr noundef nonnull %275, i32 noundef %276, i64 noundef 16)
  store ptr %277, ptr %254, align 8, !tbaa !97
  %278 = load i32, ptr %251, align 8, !tbaa !111
  %279 = sext i32 %278 to i64
  %280 = getelementptr inbounds %struct.value, ptr %277, i64 %279
  store i32 4, ptr %280, align 8, !tbaa.struct !61
  %281 = getelementptr inbounds i8, ptr %280, i64 8
  store i64 %250, ptr %281, align 8, !tbaa.struct !64
  %282 = load i32, ptr %251, align 8, !tbaa !111
  %283 = add nsw i32 %282, 1
  store i32 %283, ptr %251, align 8, !tbaa !111
  %284 = load i32, ptr %247, align 4, !tbaa !34
  br label %287

285:                                              ; preds = %263
  %286 = trunc i64 %259 to i32
  br label %287

287:                                              ; preds = %274, %285
  %288 = phi i32 [ %284, %274 ], [ %248, %285 ]
  %289 = phi i32 [ %282, %274 ], [ %286, %285 ]
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 7, i32 noundef %289, i32 noundef %288)
  br label %290

290:                                              ; preds = %53, %97, %143, %146, %172, %198, %409, %446, %528, %609, %1034, %1178, %1418, %1435, %2, %736, %701, %287, %243, %973, %942, %1103, %1089, %330, %333, %336, %339, %342, %345, %348, %351, %354, %357, %360, %1523, %1536, %1544, %1553, %635, %498, %291
  ret void

291:                                              ; preds = %2
  %292 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %293 = load ptr, ptr %292, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %293)
  %294 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 2
  %295 = load i32, ptr %294, align 8, !tbaa !117
  %296 = icmp eq i32 %295, 22
  %297 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %298 = load i32, ptr %297, align 4, !tbaa !34
  %299 = load ptr, ptr %0, align 8, !tbaa !44
  %300 = getelementptr inbounds %struct.function, ptr %299, i64 0, i32 2
  %301 = load ptr, ptr %300, align 8, !tbaa !51
  %302 = getelementptr inbounds %struct.function, ptr %299, i64 0, i32 2, i32 3
  %303 = getelementptr inbounds %struct.function, ptr %299, i64 0, i32 2, i32 2
  %304 = load i32, ptr %303, align 8, !tbaa !52
  %305 = add nsw i32 %304, 1
  %306 = tail call fastcc ptr @grow(ptr noundef %301, ptr noundef nonnull %302, i32 noundef %305, i64 noundef 1)
  store ptr %306, ptr %300, align 8, !tbaa !51
  %307 = getelementptr inbounds %struct.function, ptr %299, i64 0, i32 2, i32 1
  %308 = load ptr, ptr %307, align 8, !tbaa !53
  %309 = getelementptr inbounds %struct.function, ptr %299, i64 0, i32 2, i32 4
  %310 = load i32, ptr %303, align 8, !tbaa !52
  %311 = add nsw i32 %310, 1
  %312 = tail call fastcc ptr @grow(ptr noundef %308, ptr noundef nonnull %309, i32 noundef %311, i64 noundef 4)
  store ptr %312, ptr %307, align 8, !tbaa !53
  %313 = select i1 %296, i8 15, i8 16
  %314 = load ptr, ptr %300, align 8, !tbaa !51
  %315 = load i32, ptr %303, align 8, !tbaa !52
  %316 = sext i32 %315 to i64
  %317 = getelementptr inbounds i8, ptr %314, i64 %316
  store i8 %313, ptr %317, align 1, !tbaa !54
  %318 = load ptr, ptr %307, align 8, !tbaa !53
  %319 = load i32, ptr %303, align 8, !tbaa !52
  %320 = add nsw i32 %319, 1
  store i32 %320, ptr %303, align 8, !tbaa !52
  %321 = sext i32 %319 to i64
  %322 = getelementptr inbounds i32, ptr %318, i64 %321
  store i32 %298, ptr %322, align 4, !tbaa !22
  br label %290

323:                                              ; preds = %2
  %324 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %325 = load ptr, ptr %324, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %325)
  %326 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %327 = load ptr, ptr %326, align 8, !tbaa !118
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %327)
  %328 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 2
  %329 = load i32, ptr %328, align 8, !tbaa !117
  switch i32 %329, label %363 [
    i32 21, label %330
    i32 22, label %333
    i32 23, label %336
    i32 24, label %339
    i32 25, label %342
    i32 26, label %345
    i32 27, label %348
    i32 28, label %351
    i32 29, label %354
    i32 30, label %357
    i32 31, label %360
  ]

330:                                              ; preds = %323
  %331 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %332 = load i32, ptr %331, align 4, !tbaa !34
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 10, i32 noundef %332)
  br label %290

333:                                              ; preds = %323
  %334 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %335 = load i32, ptr %334, align 4, !tbaa !34
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 11, i32 noundef %335)
  br label %290

336:                                              ; preds = %323
  %337 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %338 = load i32, ptr %337, align 4, !tbaa !34
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 12, i32 noundef %338)
  br label %290

339:                                              ; preds = %323
  %340 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %341 = load i32, ptr %340, align 4, !tbaa !34
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 13, i32 noundef %341)
  br label %290

342:                                              ; preds = %323
  %343 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %344 = load i32, ptr %343, align 4, !tbaa !34
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 14, i32 noundef %344)
  br label %290

345:                                              ; preds = %323
  %346 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %347 = load i32, ptr %346, align 4, !tbaa !34
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 17, i32 noundef %347)
  br label %290

348:                                              ; preds = %323
  %349 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %350 = load i32, ptr %349, align 4, !tbaa !34
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 18, i32 noundef %350)
  br label %290

351:                                              ; preds = %323
  %352 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %353 = load i32, ptr %352, align 4, !tbaa !34
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 19, i32 noundef %353)
  br label %290

354:                                              ; preds = %323
  %355 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %356 = load i32, ptr %355, align 4, !tbaa !34
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 20, i32 noundef %356)
  br label %290

357:                                              ; preds = %323
  %358 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %359 = load i32, ptr %358, align 4, !tbaa !34
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 21, i32 noundef %359)
  br label %290

360:                                              ; preds = %323
  %361 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %362 = load i32, ptr %361, align 4, !tbaa !34
  tail call fastcc void @emit(ptr noundef %0, i32 noundef 22, i32 noundef %362)
  br label %290

363:                                              ; preds = %323
  %364 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %365 = load i32, ptr %364, align 4, !tbaa !34
  %366 = zext i32 %329 to i64
  %367 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %366
  %368 = load ptr, ptr %367, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %365, ptr noundef nonnull @.str.67, ptr noundef %368) #29
  unreachable

369:                                              ; preds = %2, %2
  %370 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %371 = load ptr, ptr %370, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %371)
  %372 = load i32, ptr %1, align 8, !tbaa !30
  %373 = icmp eq i32 %372, 9
  %374 = select i1 %373, i32 25, i32 26
  %375 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %376 = load i32, ptr %375, align 4, !tbaa !34
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef %374, i32 noundef 65535, i32 noundef %376)
  %377 = load ptr, ptr %0, align 8, !tbaa !44
  %378 = getelementptr inbounds %struct.function, ptr %377, i64 0, i32 2, i32 2
  %379 = load i32, ptr %378, align 8, !tbaa !52
  %380 = load i32, ptr %375, align 4, !tbaa !34
  %381 = getelementptr inbounds %struct.function, ptr %377, i64 0, i32 2
  %382 = load ptr, ptr %381, align 8, !tbaa !51
  %383 = getelementptr inbounds %struct.function, ptr %377, i64 0, i32 2, i32 3
  %384 = add nsw i32 %379, 1
  %385 = tail call fastcc ptr @grow(ptr noundef %382, ptr noundef nonnull %383, i32 noundef %384, i64 noundef 1)
  store ptr %385, ptr %381, align 8, !tbaa !51
  %386 = getelementptr inbounds %struct.function, ptr %377, i64 0, i32 2, i32 1
  %387 = load ptr, ptr %386, align 8, !tbaa !53
  %388 = getelementptr inbounds %struct.function, ptr %377, i64 0, i32 2, i32 4
  %389 = load i32, ptr %378, align 8, !tbaa !52
  %390 = add nsw i32 %389, 1
  %391 = tail call fastcc ptr @grow(ptr noundef %387, ptr noundef nonnull %388, i32 noundef %390, i64 noundef 4)
  store ptr %391, ptr %386, align 8, !tbaa !53
  %392 = load ptr, ptr %381, align 8, !tbaa !51
  %393 = load i32, ptr %378, align 8, !tbaa !52
  %394 = sext i32 %393 to i64
  %395 = getelementptr inbounds i8, ptr %392, i64 %394
  store i8 4, ptr %395, align 1, !tbaa !54
  %396 = load ptr, ptr %386, align 8, !tbaa !53
  %397 = load i32, ptr %378, align 8, !tbaa !52
  %398 = add nsw i32 %397, 1
  store i32 %398, ptr %378, align 8, !tbaa !52
  %399 = sext i32 %397 to i64
  %400 = getelementptr inbounds i32, ptr %396, i64 %399
  store i32 %380, ptr %400, align 4, !tbaa !22
  %401 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %402 = load ptr, ptr %401, align 8, !tbaa !118
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %402)
  %403 = load ptr, ptr %0, align 8, !tbaa !44
  %404 = getelementptr inbounds %struct.function, ptr %403, i64 0, i32 2, i32 2
  %405 = load i32, ptr %404, align 8, !tbaa !52
  %406 = sub i32 %405, %379
  %407 = icmp sgt i32 %406, 65535
  br i1 %407, label %408, label %409

408:                                              ; preds = %369
  tail call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

409:                                              ; preds = %369
  %410 = add nsw i32 %379, -2
  %411 = getelementptr inbounds %struct.function, ptr %403, i64 0, i32 2
  %412 = lshr i32 %406, 8
  %413 = trunc i32 %412 to i8
  %414 = load ptr, ptr %411, align 8, !tbaa !51
  %415 = sext i32 %410 to i64
  %416 = getelementptr inbounds i8, ptr %414, i64 %415
  store i8 %413, ptr %416, align 1, !tbaa !54
  %417 = trunc i32 %406 to i8
  %418 = load ptr, ptr %0, align 8, !tbaa !44
  %419 = getelementptr inbounds %struct.function, ptr %418, i64 0, i32 2
  %420 = load ptr, ptr %419, align 8, !tbaa !51
  %421 = add nsw i32 %379, -1
  %422 = sext i32 %421 to i64
  %423 = getelementptr inbounds i8, ptr %420, i64 %422
  store i8 %417, ptr %423, align 1, !tbaa !54
  br label %290

424:                                              ; preds = %2
  %425 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %426 = load ptr, ptr %425, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %426)
  %427 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 10
  %428 = load i32, ptr %427, align 8, !tbaa !39
  %429 = icmp sgt i32 %428, 0
  br i1 %429, label %430, label %446

430:                                              ; preds = %424
  %431 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 9
  br label %434

432:                                              ; preds = %434
  %433 = icmp sgt i32 %440, 255
  br i1 %433, label %443, label %446

434:                                              ; preds = %430, %434
  %435 = phi i64 [ 0, %430 ], [ %439, %434 ]
  %436 = load ptr, ptr %431, align 8, !tbaa !38
  %437 = getelementptr inbounds ptr, ptr %436, i64 %435
  %438 = load ptr, ptr %437, align 8, !tbaa !4
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %438)
  %439 = add nuw nsw i64 %435, 1
  %440 = load i32, ptr %427, align 8, !tbaa !39
  %441 = sext i32 %440 to i64
  %442 = icmp slt i64 %439, %441
  br i1 %442, label %434, label %432, !llvm.loop !119

443:                                              ; preds = %432
  %444 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %445 = load i32, ptr %444, align 4, !tbaa !34
  tail call void (i32, ptr, ...) @fail(i32 noundef %445, ptr noundef nonnull @.str.64) #29
  unreachable

446:                                              ; preds = %424, %432
  %447 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %448 = load i32, ptr %447, align 4, !tbaa !34
  %449 = load ptr, ptr %0, align 8, !tbaa !44
  %450 = getelementptr inbounds %struct.function, ptr %449, i64 0, i32 2
  %451 = load ptr, ptr %450, align 8, !tbaa !51
  %452 = getelementptr inbounds %struct.function, ptr %449, i64 0, i32 2, i32 3
  %453 = getelementptr inbounds %struct.function, ptr %449, i64 0, i32 2, i32 2
  %454 = load i32, ptr %453, align 8, !tbaa !52
  %455 = add nsw i32 %454, 1
  %456 = tail call fastcc ptr @grow(ptr noundef %451, ptr noundef nonnull %452, i32 noundef %455, i64 noundef 1)
  store ptr %456, ptr %450, align 8, !tbaa !51
  %457 = getelementptr inbounds %struct.function, ptr %449, i64 0, i32 2, i32 1
  %458 = load ptr, ptr %457, align 8, !tbaa !53
  %459 = getelementptr inbounds %struct.function, ptr %449, i64 0, i32 2, i32 4
  %460 = load i32, ptr %453, align 8, !tbaa !52
  %461 = add nsw i32 %460, 1
  %462 = tail call fastcc ptr @grow(ptr noundef %458, ptr noundef nonnull %459, i32 noundef %461, i64 noundef 4)
  store ptr %462, ptr %457, align 8, !tbaa !53
  %463 = load ptr, ptr %450, align 8, !tbaa !51
  %464 = load i32, ptr %453, align 8, !tbaa !52
  %465 = sext i32 %464 to i64
  %466 = getelementptr inbounds i8, ptr %463, i64 %465
  store i8 28, ptr %466, align 1, !tbaa !54
  %467 = load ptr, ptr %457, align 8, !tbaa !53
  %468 = load i32, ptr %453, align 8, !tbaa !52
  %469 = add nsw i32 %468, 1
  store i32 %469, ptr %453, align 8, !tbaa !52
  %470 = sext i32 %468 to i64
  %471 = getelementptr inbounds i32, ptr %467, i64 %470
  store i32 %448, ptr %471, align 4, !tbaa !22
  %472 = load ptr, ptr %0, align 8, !tbaa !44
  %473 = getelementptr inbounds %struct.function, ptr %472, i64 0, i32 2
  %474 = load i32, ptr %427, align 8, !tbaa !39
  %475 = load i32, ptr %447, align 4, !tbaa !34
  %476 = load ptr, ptr %473, align 8, !tbaa !51
  %477 = getelementptr inbounds %struct.function, ptr %472, i64 0, i32 2, i32 3
  %478 = getelementptr inbounds %struct.function, ptr %472, i64 0, i32 2, i32 2
  %479 = load i32, ptr %478, align 8, !tbaa !52
  %480 = add nsw i32 %479, 1
  %481 = tail call fastcc ptr @grow(ptr noundef %476, ptr noundef nonnull %477, i32 noundef %480, i64 noundef 1)
  store ptr %481, ptr %473, align 8, !tbaa !51
  %482 = getelementptr inbounds %struct.function, ptr %472, i64 0, i32 2, i32 1
  %483 = load ptr, ptr %482, align 8, !tbaa !53
  %484 = getelementptr inbounds %struct.function, ptr %472, i64 0, i32 2, i32 4
  %485 = load i32, ptr %478, align 8, !tbaa !52
  %486 = add nsw i32 %485, 1
  %487 = tail call fastcc ptr @grow(ptr noundef %483, ptr noundef nonnull %484, i32 noundef %486, i64 noundef 4)
  store ptr %487, ptr %482, align 8, !tbaa !53
  %488 = trunc i32 %474 to i8
  %489 = load ptr, ptr %473, align 8, !tbaa !51
  %490 = load i32, ptr %478, align 8, !tbaa !52
  %491 = sext i32 %490 to i64
  %492 = getelementptr inbounds i8, ptr %489, i64 %491
  store i8 %488, ptr %492, align 1, !tbaa !54
  %493 = load ptr, ptr %482, align 8, !tbaa !53
  %494 = load i32, ptr %478, align 8, !tbaa !52
  %495 = add nsw i32 %494, 1
  store i32 %495, ptr %478, align 8, !tbaa !52
  %496 = sext i32 %494 to i64
  %497 = getelementptr inbounds i32, ptr %493, i64 %496
  store i32 %475, ptr %497, align 4, !tbaa !22
  br label %290

498:                                              ; preds = %2
  %499 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %500 = load ptr, ptr %499, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %500)
  %501 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %502 = load ptr, ptr %501, align 8, !tbaa !118
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %502)
  %503 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %504 = load i32, ptr %503, align 4, !tbaa !34
  %505 = load ptr, ptr %0, align 8, !tbaa !44
  %506 = getelementptr inbounds %struct.function, ptr %505, i64 0, i32 2
  %507 = load ptr, ptr %506, align 8, !tbaa !51
  %508 = getelementptr inbounds %struct.function, ptr %505, i64 0, i32 2, i32 3
  %509 = getelementptr inbounds %struct.function, ptr %505, i64 0, i32 2, i32 2
  %510 = load i32, ptr %509, align 8, !tbaa !52
  %511 = add nsw i32 %510, 1
  %512 = tail call fastcc ptr @grow(ptr noundef %507, ptr noundef nonnull %508, i32 noundef %511, i64 noundef 1)
  store ptr %512, ptr %506, align 8, !tbaa !51
  %513 = getelementptr inbounds %struct.function, ptr %505, i64 0, i32 2, i32 1
  %514 = load ptr, ptr %513, align 8, !tbaa !53
  %515 = getelementptr inbounds %struct.function, ptr %505, i64 0, i32 2, i32 4
  %516 = load i32, ptr %509, align 8, !tbaa !52
  %517 = add nsw i32 %516, 1
  %518 = tail call fastcc ptr @grow(ptr noundef %514, ptr noundef nonnull %515, i32 noundef %517, i64 noundef 4)
  store ptr %518, ptr %513, align 8, !tbaa !53
  %519 = load ptr, ptr %506, align 8, !tbaa !51
  %520 = load i32, ptr %509, align 8, !tbaa !52
  %521 = sext i32 %520 to i64
  %522 = getelementptr inbounds i8, ptr %519, i64 %521
  store i8 31, ptr %522, align 1, !tbaa !54
  %523 = load ptr, ptr %513, align 8, !tbaa !53
  %524 = load i32, ptr %509, align 8, !tbaa !52
  %525 = add nsw i32 %524, 1
  store i32 %525, ptr %509, align 8, !tbaa !52
  %526 = sext i32 %524 to i64
  %527 = getelementptr inbounds i32, ptr %523, i64 %526
  store i32 %504, ptr %527, align 4, !tbaa !22
  br label %290

528:                                              ; preds = %532, %6
  %529 = phi i32 [ %8, %6 ], [ %538, %532 ]
  %530 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %531 = load i32, ptr %530, align 4, !tbaa !34
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 30, i32 noundef %529, i32 noundef %531)
  br label %290

532:                                              ; preds = %10, %532
  %533 = phi i64 [ 0, %10 ], [ %537, %532 ]
  %534 = load ptr, ptr %11, align 8, !tbaa !38
  %535 = getelementptr inbounds ptr, ptr %534, i64 %533
  %536 = load ptr, ptr %535, align 8, !tbaa !4
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %536)
  %537 = add nuw nsw i64 %533, 1
  %538 = load i32, ptr %7, align 8, !tbaa !39
  %539 = sext i32 %538 to i64
  %540 = icmp slt i64 %537, %539
  br i1 %540, label %532, label %528, !llvm.loop !120

541:                                              ; preds = %2
  %542 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %543 = load ptr, ptr %542, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %543)
  %544 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %545 = load ptr, ptr %544, align 8, !tbaa !114
  %546 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %547 = load i32, ptr %546, align 8, !tbaa !47
  %548 = zext i32 %547 to i64
  br label %549

549:                                              ; preds = %553, %541
  %550 = phi i64 [ %554, %553 ], [ %548, %541 ]
  %551 = trunc i64 %550 to i32
  %552 = icmp slt i32 %551, 1
  br i1 %552, label %565, label %553

553:                                              ; preds = %549
  %554 = add nsw i64 %550, -1
  %555 = and i64 %554, 4294967295
  %556 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %555
  %557 = load ptr, ptr %556, align 8, !tbaa !48
  %558 = icmp eq ptr %557, %545
  br i1 %558, label %559, label %549, !llvm.loop !115

559:                                              ; preds = %553
  %560 = trunc i64 %554 to i32
  %561 = icmp sgt i32 %560, -1
  br i1 %561, label %562, label %565

562:                                              ; preds = %559
  %563 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %564 = load i32, ptr %563, align 4, !tbaa !34
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 6, i32 noundef %560, i32 noundef %564)
  br label %609

565:                                              ; preds = %549, %559
  %566 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %567 = load i32, ptr %566, align 4, !tbaa !34
  %568 = load ptr, ptr %0, align 8, !tbaa !44
  %569 = ptrtoint ptr %545 to i64
  %570 = getelementptr inbounds %struct.function, ptr %568, i64 0, i32 2, i32 6
  %571 = load i32, ptr %570, align 8, !tbaa !111
  %572 = icmp sgt i32 %571, 0
  %573 = getelementptr inbounds %struct.function, ptr %568, i64 0, i32 2, i32 5
  %574 = load ptr, ptr %573, align 8, !tbaa !97
  br i1 %572, label %575, label %593

575:                                              ; preds = %565
  %576 = zext i32 %571 to i64
  br label %577

577:                                              ; preds = %587, %575
  %578 = phi i64 [ 0, %575 ], [ %588, %587 ]
  %579 = getelementptr inbounds %struct.value, ptr %574, i64 %578
  %580 = load i32, ptr %579, align 8, !tbaa !75
  %581 = icmp eq i32 %580, 4
  br i1 %581, label %582, label %587

582:                                              ; preds = %577
  %583 = getelementptr inbounds { i32, i64 }, ptr %579, i64 0, i32 1
  %584 = load i64, ptr %583, align 8
  %585 = inttoptr i64 %584 to ptr
  %586 = icmp eq ptr %545, %585
  br i1 %586, label %604, label %587

587:                                              ; preds = %582, %577
  %588 = add nuw nsw i64 %578, 1
  %589 = icmp eq i64 %588, %576
  br i1 %589, label %590, label %577, !llvm.loop !112

590:                                              ; preds = %587
  %591 = icmp sgt i32 %571, 65534
  br i1 %591, label %592, label %593

592:                                              ; preds = %590
  tail call void (i32, ptr, ...) @fail(i32 noundef %567, ptr noundef nonnull @.str.66) #29
  unreachable

593:                                              ; preds = %590, %565
  %594 = getelementptr inbounds %struct.function, ptr %568, i64 0, i32 2, i32 7
  %595 = add nsw i32 %571, 1
  %596 = tail call fastcc ptr @grow(ptr noundef %574, ptr noundef nonnull %594, i32 noundef %595, i64 noundef 16)
  store ptr %596, ptr %573, align 8, !tbaa !97
  %597 = load i32, ptr %570, align 8, !tbaa !111
  %598 = sext i32 %597 to i64
  %599 = getelementptr inbounds %struct.value, ptr %596, i64 %598
  store i32 4, ptr %599, align 8, !tbaa.struct !61
  %600 = getelementptr inbounds i8, ptr %599, i64 8
  store i64 %569, ptr %600, align 8, !tbaa.struct !64
  %601 = load i32, ptr %570, align 8, !tbaa !111
  %602 = add nsw i32 %601, 1
  store i32 %602, ptr %570, align 8, !tbaa !111
  %603 = load i32, ptr %566, align 4, !tbaa !34
  br label %606

604:                                              ; preds = %582
  %605 = trunc i64 %578 to i32
  br label %606

606:                                              ; preds = %593, %604
  %607 = phi i32 [ %603, %593 ], [ %567, %604 ]
  %608 = phi i32 [ %601, %593 ], [ %605, %604 ]
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 8, i32 noundef %608, i32 noundef %607)
  br label %609

609:                                              ; preds = %606, %562
  %610 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %611 = load i32, ptr %610, align 4, !tbaa !34
  %612 = load ptr, ptr %0, align 8, !tbaa !44
  %613 = getelementptr inbounds %struct.function, ptr %612, i64 0, i32 2
  %614 = load ptr, ptr %613, align 8, !tbaa !51
  %615 = getelementptr inbounds %struct.function, ptr %612, i64 0, i32 2, i32 3
  %616 = getelementptr inbounds %struct.function, ptr %612, i64 0, i32 2, i32 2
  %617 = load i32, ptr %616, align 8, !tbaa !52
  %618 = add nsw i32 %617, 1
  %619 = tail call fastcc ptr @grow(ptr noundef %614, ptr noundef nonnull %615, i32 noundef %618, i64 noundef 1)
  store ptr %619, ptr %613, align 8, !tbaa !51
  %620 = getelementptr inbounds %struct.function, ptr %612, i64 0, i32 2, i32 1
  %621 = load ptr, ptr %620, align 8, !tbaa !53
  %622 = getelementptr inbounds %struct.function, ptr %612, i64 0, i32 2, i32 4
  %623 = load i32, ptr %616, align 8, !tbaa !52
  %624 = add nsw i32 %623, 1
  %625 = tail call fastcc ptr @grow(ptr noundef %621, ptr noundef nonnull %622, i32 noundef %624, i64 noundef 4)
  store ptr %625, ptr %620, align 8, !tbaa !53
  %626 = load ptr, ptr %613, align 8, !tbaa !51
  %627 = load i32, ptr %616, align 8, !tbaa !52
  %628 = sext i32 %627 to i64
  %629 = getelementptr inbounds i8, ptr %626, i64 %628
  store i8 4, ptr %629, align 1, !tbaa !54
  %630 = load ptr, ptr %620, align 8, !tbaa !53
  %631 = load i32, ptr %616, align 8, !tbaa !52
  %632 = add nsw i32 %631, 1
  store i32 %632, ptr %616, align 8, !tbaa !52
  %633 = sext i32 %631 to i64
  %634 = getelementptr inbounds i32, ptr %630, i64 %633
  store i32 %611, ptr %634, align 4, !tbaa !22
  br label %290

635:                                              ; preds = %2
  %636 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %637 = load ptr, ptr %636, align 8, !tbaa !118
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %637)
  %638 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 8
  %639 = load ptr, ptr %638, align 8, !tbaa !121
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %639)
  %640 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %641 = load ptr, ptr %640, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %641)
  %642 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %643 = load i32, ptr %642, align 4, !tbaa !34
  %644 = load ptr, ptr %0, align 8, !tbaa !44
  %645 = getelementptr inbounds %struct.function, ptr %644, i64 0, i32 2
  %646 = load ptr, ptr %645, align 8, !tbaa !51
  %647 = getelementptr inbounds %struct.function, ptr %644, i64 0, i32 2, i32 3
  %648 = getelementptr inbounds %struct.function, ptr %644, i64 0, i32 2, i32 2
  %649 = load i32, ptr %648, align 8, !tbaa !52
  %650 = add nsw i32 %649, 1
  %651 = tail call fastcc ptr @grow(ptr noundef %646, ptr noundef nonnull %647, i32 noundef %650, i64 noundef 1)
  store ptr %651, ptr %645, align 8, !tbaa !51
  %652 = getelementptr inbounds %struct.function, ptr %644, i64 0, i32 2, i32 1
  %653 = load ptr, ptr %652, align 8, !tbaa !53
  %654 = getelementptr inbounds %struct.function, ptr %644, i64 0, i32 2, i32 4
  %655 = load i32, ptr %648, align 8, !tbaa !52
  %656 = add nsw i32 %655, 1
  %657 = tail call fastcc ptr @grow(ptr noundef %653, ptr noundef nonnull %654, i32 noundef %656, i64 noundef 4)
  store ptr %657, ptr %652, align 8, !tbaa !53
  %658 = load ptr, ptr %645, align 8, !tbaa !51
  %659 = load i32, ptr %648, align 8, !tbaa !52
  %660 = sext i32 %659 to i64
  %661 = getelementptr inbounds i8, ptr %658, i64 %660
  store i8 32, ptr %661, align 1, !tbaa !54
  %662 = load ptr, ptr %652, align 8, !tbaa !53
  %663 = load i32, ptr %648, align 8, !tbaa !52
  %664 = add nsw i32 %663, 1
  store i32 %664, ptr %648, align 8, !tbaa !52
  %665 = sext i32 %663 to i64
  %666 = getelementptr inbounds i32, ptr %662, i64 %665
  store i32 %643, ptr %666, align 4, !tbaa !22
  %667 = load i32, ptr %642, align 4, !tbaa !34
  %668 = load ptr, ptr %0, align 8, !tbaa !44
  %669 = getelementptr inbounds %struct.function, ptr %668, i64 0, i32 2
  %670 = load ptr, ptr %669, align 8, !tbaa !51
  %671 = getelementptr inbounds %struct.function, ptr %668, i64 0, i32 2, i32 3
  %672 = getelementptr inbounds %struct.function, ptr %668, i64 0, i32 2, i32 2
  %673 = load i32, ptr %672, align 8, !tbaa !52
  %674 = add nsw i32 %673, 1
  %675 = tail call fastcc ptr @grow(ptr noundef %670, ptr noundef nonnull %671, i32 noundef %674, i64 noundef 1)
  store ptr %675, ptr %669, align 8, !tbaa !51
  %676 = getelementptr inbounds %struct.function, ptr %668, i64 0, i32 2, i32 1
  %677 = load ptr, ptr %676, align 8, !tbaa !53
  %678 = getelementptr inbounds %struct.function, ptr %668, i64 0, i32 2, i32 4
  %679 = load i32, ptr %672, align 8, !tbaa !52
  %680 = add nsw i32 %679, 1
  %681 = tail call fastcc ptr @grow(ptr noundef %677, ptr noundef nonnull %678, i32 noundef %680, i64 noundef 4)
  store ptr %681, ptr %676, align 8, !tbaa !53
  %682 = load ptr, ptr %669, align 8, !tbaa !51
  %683 = load i32, ptr %672, align 8, !tbaa !52
  %684 = sext i32 %683 to i64
  %685 = getelementptr inbounds i8, ptr %682, i64 %684
  store i8 4, ptr %685, align 1, !tbaa !54
  %686 = load ptr, ptr %676, align 8, !tbaa !53
  %687 = load i32, ptr %672, align 8, !tbaa !52
  %688 = add nsw i32 %687, 1
  store i32 %688, ptr %672, align 8, !tbaa !52
  %689 = sext i32 %687 to i64
  %690 = getelementptr inbounds i32, ptr %686, i64 %689
  store i32 %667, ptr %690, align 4, !tbaa !22
  br label %290

691:                                              ; preds = %2
  %692 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %693 = load ptr, ptr %692, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %693)
  %694 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 4
  %695 = load i32, ptr %694, align 8, !tbaa !46
  %696 = icmp eq i32 %695, 0
  br i1 %696, label %708, label %697

697:                                              ; preds = %691
  %698 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %699 = load i32, ptr %698, align 4, !tbaa !122
  %700 = icmp eq i32 %699, 0
  br i1 %700, label %701, label %708

701:                                              ; preds = %697
  %702 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %703 = load ptr, ptr %702, align 8, !tbaa !114
  %704 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %705 = load i32, ptr %704, align 4, !tbaa !34
  %706 = tail call fastcc i32 @name_constant(ptr noundef nonnull %0, ptr noundef %703, i32 noundef %705)
  %707 = load i32, ptr %704, align 4, !tbaa !34
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 9, i32 noundef %706, i32 noundef %707)
  br label %290

708:                                              ; preds = %697, %691
  %709 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %710 = load ptr, ptr %709, align 8, !tbaa !114
  %711 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %712 = load i32, ptr %711, align 4, !tbaa !34
  %713 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %714 = load i32, ptr %713, align 8, !tbaa !47
  %715 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %716 = zext i32 %714 to i64
  br label %717

717:                                              ; preds = %729, %708
  %718 = phi i64 [ %719, %729 ], [ %716, %708 ]
  %719 = add nsw i64 %718, -1
  %720 = trunc i64 %718 to i32
  %721 = icmp sgt i32 %720, 0
  br i1 %721, label %722, label %727

722:                                              ; preds = %717
  %723 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %719, i32 1
  %724 = load i32, ptr %723, align 8, !tbaa !123
  %725 = load i32, ptr %715, align 4, !tbaa !122
  %726 = icmp eq i32 %724, %725
  br i1 %726, label %729, label %727

727:                                              ; preds = %722, %717
  %728 = icmp sgt i32 %714, 255
  br i1 %728, label %735, label %736

729:                                              ; preds = %722
  %730 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %719
  %731 = load ptr, ptr %730, align 8, !tbaa !48
  %732 = icmp eq ptr %731, %710
  br i1 %732, label %733, label %717, !llvm.loop !124

733:                                              ; preds = %729
  %734 = getelementptr inbounds %struct.string, ptr %710, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %712, ptr noundef nonnull @.str.110, ptr noundef nonnull %734) #29
  unreachable

735:                                              ; preds = %727
  tail call void (i32, ptr, ...) @fail(i32 noundef %712, ptr noundef nonnull @.str.111) #29
  unreachable

736:                                              ; preds = %727
  %737 = sext i32 %714 to i64
  %738 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %737
  store ptr %710, ptr %738, align 8, !tbaa !48
  %739 = load i32, ptr %715, align 4, !tbaa !122
  %740 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %737, i32 1
  store i32 %739, ptr %740, align 8, !tbaa !123
  %741 = add nsw i32 %714, 1
  store i32 %741, ptr %713, align 8, !tbaa !47
  br label %290

742:                                              ; preds = %2
  %743 = load ptr, ptr @arena, align 8, !tbaa !4
  %744 = icmp eq ptr %743, null
  br i1 %744, label %752, label %745

745:                                              ; preds = %742
  %746 = getelementptr inbounds %struct.arena_block, ptr %743, i64 0, i32 1
  %747 = load i64, ptr %746, align 8, !tbaa !20
  %748 = add i64 %747, 64
  %749 = getelementptr inbounds %struct.arena_block, ptr %743, i64 0, i32 2
  %750 = load i64, ptr %749, align 16, !tbaa !20
  %751 = icmp ugt i64 %748, %750
  br i1 %751, label %752, label %761

752:                                              ; preds = %745, %742
  %753 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %754 = icmp eq ptr %753, null
  br i1 %754, label %755, label %758

755:                                              ; preds = %752
  %756 = load ptr, ptr @stderr, align 8, !tbaa !4
  %757 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %756) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

758:                                              ; preds = %752
  store ptr %743, ptr %753, align 16, !tbaa !4
  %759 = getelementptr inbounds %struct.arena_block, ptr %753, i64 0, i32 1
  store i64 0, ptr %759, align 8, !tbaa !20
  %760 = getelementptr inbounds %struct.arena_block, ptr %753, i64 0, i32 2
  store i64 65536, ptr %760, align 16, !tbaa !20
  store ptr %753, ptr @arena, align 8, !tbaa !4
  br label %761

761:                                              ; preds = %758, %745
  %762 = phi i64 [ 0, %758 ], [ %747, %745 ]
  %763 = phi ptr [ %753, %758 ], [ %743, %745 ]
  %764 = getelementptr inbounds %struct.arena_block, ptr %763, i64 0, i32 4
  %765 = getelementptr inbounds %struct.arena_block, ptr %763, i64 0, i32 1
  %766 = getelementptr inbounds i8, ptr %764, i64 %762
  %767 = add i64 %762, 64
  store i64 %767, ptr %765, align 8, !tbaa !20
  %768 = load i64, ptr @arena_total, align 8, !tbaa !20
  %769 = add i64 %768, 64
  store i64 %769, ptr @arena_total, align 8, !tbaa !20
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %766, i8 0, i64 64, i1 false)
  %770 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %771 = load ptr, ptr %770, align 8, !tbaa !114
  store ptr %771, ptr %766, align 8, !tbaa !41
  %772 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 10
  %773 = load i32, ptr %772, align 8, !tbaa !39
  %774 = getelementptr inbounds %struct.function, ptr %766, i64 0, i32 1
  store i32 %773, ptr %774, align 8, !tbaa !94
  %775 = load i64, ptr %765, align 8, !tbaa !20
  %776 = add i64 %775, 4128
  %777 = getelementptr inbounds %struct.arena_block, ptr %763, i64 0, i32 2
  %778 = load i64, ptr %777, align 16, !tbaa !20
  %779 = icmp ugt i64 %776, %778
  br i1 %779, label %780, label %789

780:                                              ; preds = %761
  %781 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %782 = icmp eq ptr %781, null
  br i1 %782, label %783, label %786

783:                                              ; preds = %780
  %784 = load ptr, ptr @stderr, align 8, !tbaa !4
  %785 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %784) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

786:                                              ; preds = %780
  store ptr %763, ptr %781, align 16, !tbaa !4
  %787 = getelementptr inbounds %struct.arena_block, ptr %781, i64 0, i32 1
  store i64 0, ptr %787, align 8, !tbaa !20
  %788 = getelementptr inbounds %struct.arena_block, ptr %781, i64 0, i32 2
  store i64 65536, ptr %788, align 16, !tbaa !20
  store ptr %781, ptr @arena, align 8, !tbaa !4
  br label %789

789:                                              ; preds = %786, %761
  %790 = phi i64 [ 0, %786 ], [ %775, %761 ]
  %791 = phi ptr [ %781, %786 ], [ %763, %761 ]
  %792 = getelementptr inbounds %struct.arena_block, ptr %791, i64 0, i32 4
  %793 = getelementptr inbounds %struct.arena_block, ptr %791, i64 0, i32 1
  %794 = getelementptr inbounds i8, ptr %792, i64 %790
  %795 = add i64 %790, 4128
  store i64 %795, ptr %793, align 8, !tbaa !20
  %796 = add i64 %768, 4192
  store i64 %796, ptr @arena_total, align 8, !tbaa !20
  %797 = getelementptr inbounds i8, ptr %794, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(4128) %797, i8 0, i64 4120, i1 false)
  store ptr %766, ptr %794, align 8, !tbaa !44
  %798 = getelementptr inbounds %struct.compiler, ptr %794, i64 0, i32 3
  store i32 1, ptr %798, align 4, !tbaa !122
  %799 = load ptr, ptr %766, align 8, !tbaa !41
  %800 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %801 = getelementptr inbounds %struct.compiler, ptr %794, i64 0, i32 2
  store ptr %799, ptr %797, align 8, !tbaa !48
  %802 = getelementptr inbounds %struct.compiler, ptr %794, i64 0, i32 1, i64 0, i32 1
  store i32 1, ptr %802, align 8, !tbaa !123
  store i32 1, ptr %801, align 8, !tbaa !47
  %803 = load i32, ptr %772, align 8, !tbaa !39
  %804 = icmp sgt i32 %803, 0
  br i1 %804, label %805, label %842

805:                                              ; preds = %789
  %806 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 9
  %807 = load ptr, ptr %806, align 8, !tbaa !38
  %808 = zext i32 %803 to i64
  br label %809

809:                                              ; preds = %805, %835
  %810 = phi i64 [ 0, %805 ], [ %840, %835 ]
  %811 = phi i64 [ 1, %805 ], [ %838, %835 ]
  %812 = getelementptr inbounds ptr, ptr %807, i64 %810
  %813 = load ptr, ptr %812, align 8, !tbaa !4
  %814 = getelementptr inbounds %struct.node, ptr %813, i64 0, i32 5
  %815 = load ptr, ptr %814, align 8, !tbaa !114
  %816 = getelementptr inbounds %struct.node, ptr %813, i64 0, i32 1
  %817 = load i32, ptr %816, align 4, !tbaa !34
  br label %818

818:                                              ; preds = %828, %809
  %819 = phi i64 [ %820, %828 ], [ %811, %809 ]
  %820 = add nsw i64 %819, -1
  %821 = icmp sgt i64 %819, 0
  br i1 %821, label %822, label %826

822:                                              ; preds = %818
  %823 = getelementptr inbounds %struct.compiler, ptr %794, i64 0, i32 1, i64 %820, i32 1
  %824 = load i32, ptr %823, align 8, !tbaa !123
  %825 = icmp eq i32 %824, 1
  br i1 %825, label %828, label %826

826:                                              ; preds = %822, %818
  %827 = icmp eq i64 %810, 255
  br i1 %827, label %834, label %835

828:                                              ; preds = %822
  %829 = getelementptr inbounds %struct.compiler, ptr %794, i64 0, i32 1, i64 %820
  %830 = load ptr, ptr %829, align 8, !tbaa !48
  %831 = icmp eq ptr %830, %815
  br i1 %831, label %832, label %818, !llvm.loop !124

832:                                              ; preds = %828
  %833 = getelementptr inbounds %struct.string, ptr %815, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %817, ptr noundef nonnull @.str.110, ptr noundef nonnull %833) #29
  unreachable

834:                                              ; preds = %826
  tail call void (i32, ptr, ...) @fail(i32 noundef %817, ptr noundef nonnull @.str.111) #29
  unreachable

835:                                              ; preds = %826
  %836 = getelementptr inbounds %struct.compiler, ptr %794, i64 0, i32 1, i64 %811
  store ptr %815, ptr %836, align 8, !tbaa !48
  %837 = getelementptr inbounds %struct.compiler, ptr %794, i64 0, i32 1, i64 %811, i32 1
  store i32 1, ptr %837, align 8, !tbaa !123
  %838 = add nuw nsw i64 %811, 1
  %839 = trunc i64 %838 to i32
  store i32 %839, ptr %801, align 8, !tbaa !47
  %840 = add nuw nsw i64 %810, 1
  %841 = icmp eq i64 %840, %808
  br i1 %841, label %842, label %809, !llvm.loop !125

842:                                              ; preds = %835, %789
  %843 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %844 = load ptr, ptr %843, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef nonnull %794, ptr noundef %844)
  %845 = load i32, ptr %800, align 4, !tbaa !34
  %846 = load ptr, ptr %794, align 8, !tbaa !44
  %847 = getelementptr inbounds %struct.function, ptr %846, i64 0, i32 2
  %848 = load ptr, ptr %847, align 8, !tbaa !51
  %849 = getelementptr inbounds %struct.function, ptr %846, i64 0, i32 2, i32 3
  %850 = getelementptr inbounds %struct.function, ptr %846, i64 0, i32 2, i32 2
  %851 = load i32, ptr %850, align 8, !tbaa !52
  %852 = add nsw i32 %851, 1
  %853 = tail call fastcc ptr @grow(ptr noundef %848, ptr noundef nonnull %849, i32 noundef %852, i64 noundef 1)
  store ptr %853, ptr %847, align 8, !tbaa !51
  %854 = getelementptr inbounds %struct.function, ptr %846, i64 0, i32 2, i32 1
  %855 = load ptr, ptr %854, align 8, !tbaa !53
  %856 = getelementptr inbounds %struct.function, ptr %846, i64 0, i32 2, i32 4
  %857 = load i32, ptr %850, align 8, !tbaa !52
  %858 = add nsw i32 %857, 1
  %859 = tail call fastcc ptr @grow(ptr noundef %855, ptr noundef nonnull %856, i32 noundef %858, i64 noundef 4)
  store ptr %859, ptr %854, align 8, !tbaa !53
  %860 = load ptr, ptr %847, align 8, !tbaa !51
  %861 = load i32, ptr %850, align 8, !tbaa !52
  %862 = sext i32 %861 to i64
  %863 = getelementptr inbounds i8, ptr %860, i64 %862
  store i8 1, ptr %863, align 1, !tbaa !54
  %864 = load ptr, ptr %854, align 8, !tbaa !53
  %865 = load i32, ptr %850, align 8, !tbaa !52
  %866 = add nsw i32 %865, 1
  store i32 %866, ptr %850, align 8, !tbaa !52
  %867 = sext i32 %865 to i64
  %868 = getelementptr inbounds i32, ptr %864, i64 %867
  store i32 %845, ptr %868, align 4, !tbaa !22
  %869 = load i32, ptr %800, align 4, !tbaa !34
  %870 = load ptr, ptr %794, align 8, !tbaa !44
  %871 = getelementptr inbounds %struct.function, ptr %870, i64 0, i32 2
  %872 = load ptr, ptr %871, align 8, !tbaa !51
  %873 = getelementptr inbounds %struct.function, ptr %870, i64 0, i32 2, i32 3
  %874 = getelementptr inbounds %struct.function, ptr %870, i64 0, i32 2, i32 2
  %875 = load i32, ptr %874, align 8, !tbaa !52
  %876 = add nsw i32 %875, 1
  %877 = tail call fastcc ptr @grow(ptr noundef %872, ptr noundef nonnull %873, i32 noundef %876, i64 noundef 1)
  store ptr %877, ptr %871, align 8, !tbaa !51
  %878 = getelementptr inbounds %struct.function, ptr %870, i64 0, i32 2, i32 1
  %879 = load ptr, ptr %878, align 8, !tbaa !53
  %880 = getelementptr inbounds %struct.function, ptr %870, i64 0, i32 2, i32 4
  %881 = load i32, ptr %874, align 8, !tbaa !52
  %882 = add nsw i32 %881, 1
  %883 = tail call fastcc ptr @grow(ptr noundef %879, ptr noundef nonnull %880, i32 noundef %882, i64 noundef 4)
  store ptr %883, ptr %878, align 8, !tbaa !53
  %884 = load ptr, ptr %871, align 8, !tbaa !51
  %885 = load i32, ptr %874, align 8, !tbaa !52
  %886 = sext i32 %885 to i64
  %887 = getelementptr inbounds i8, ptr %884, i64 %886
  store i8 29, ptr %887, align 1, !tbaa !54
  %888 = load ptr, ptr %878, align 8, !tbaa !53
  %889 = load i32, ptr %874, align 8, !tbaa !52
  %890 = add nsw i32 %889, 1
  store i32 %890, ptr %874, align 8, !tbaa !52
  %891 = sext i32 %889 to i64
  %892 = getelementptr inbounds i32, ptr %888, i64 %891
  store i32 %869, ptr %892, align 4, !tbaa !22
  %893 = ptrtoint ptr %766 to i64
  %894 = load ptr, ptr %0, align 8, !tbaa !44
  %895 = load i32, ptr %800, align 4, !tbaa !34
  %896 = getelementptr inbounds %struct.function, ptr %894, i64 0, i32 2, i32 6
  %897 = load i32, ptr %896, align 8, !tbaa !111
  %898 = icmp sgt i32 %897, 0
  %899 = getelementptr inbounds %struct.function, ptr %894, i64 0, i32 2, i32 5
  %900 = load ptr, ptr %899, align 8, !tbaa !97
  br i1 %898, label %901, label %919

901:                                              ; preds = %842
  %902 = zext i32 %897 to i64
  br label %903

903:                                              ; preds = %913, %901
  %904 = phi i64 [ 0, %901 ], [ %914, %913 ]
  %905 = getelementptr inbounds %struct.value, ptr %900, i64 %904
  %906 = load i32, ptr %905, align 8, !tbaa !75
  %907 = icmp eq i32 %906, 6
  br i1 %907, label %908, label %913

908:                                              ; preds = %903
  %909 = getelementptr inbounds { i32, i64 }, ptr %905, i64 0, i32 1
  %910 = load i64, ptr %909, align 8
  %911 = inttoptr i64 %910 to ptr
  %912 = icmp eq ptr %766, %911
  br i1 %912, label %930, label %913

913:                                              ; preds = %908, %903
  %914 = add nuw nsw i64 %904, 1
  %915 = icmp eq i64 %914, %902
  br i1 %915, label %916, label %903, !llvm.loop !112

916:                                              ; preds = %913
  %917 = icmp sgt i32 %897, 65534
  br i1 %917, label %918, label %919

918:                                              ; preds = %916
  tail call void (i32, ptr, ...) @fail(i32 noundef %895, ptr noundef nonnull @.str.66) #29
  unreachable

919:                                              ; preds = %842, %916
  %920 = getelementptr inbounds %struct.function, ptr %894, i64 0, i32 2, i32 7
  %921 = add nsw i32 %897, 1
  %922 = tail call fastcc ptr @grow(ptr noundef %900, ptr noundef nonnull %920, i32 noundef %921, i64 noundef 16)
  store ptr %922, ptr %899, align 8, !tbaa !97
  %923 = load i32, ptr %896, align 8, !tbaa !111
  %924 = sext i32 %923 to i64
  %925 = getelementptr inbounds %struct.value, ptr %922, i64 %924
  store i32 6, ptr %925, align 8, !tbaa.struct !61
  %926 = getelementptr inbounds i8, ptr %925, i64 8
  store i64 %893, ptr %926, align 8, !tbaa.struct !64
  %927 = load i32, ptr %896, align 8, !tbaa !111
  %928 = add nsw i32 %927, 1
  store i32 %928, ptr %896, align 8, !tbaa !111
  %929 = load i32, ptr %800, align 4, !tbaa !34
  br label %932

930:                                              ; preds = %908
  %931 = trunc i64 %904 to i32
  br label %932

932:                                              ; preds = %919, %930
  %933 = phi i32 [ %929, %919 ], [ %895, %930 ]
  %934 = phi i32 [ %927, %919 ], [ %931, %930 ]
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 0, i32 noundef %934, i32 noundef %933)
  %935 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 4
  %936 = load i32, ptr %935, align 8, !tbaa !46
  %937 = icmp eq i32 %936, 0
  br i1 %937, label %947, label %938

938:                                              ; preds = %932
  %939 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %940 = load i32, ptr %939, align 4, !tbaa !122
  %941 = icmp eq i32 %940, 0
  br i1 %941, label %942, label %947

942:                                              ; preds = %938
  %943 = load ptr, ptr %770, align 8, !tbaa !114
  %944 = load i32, ptr %800, align 4, !tbaa !34
  %945 = tail call fastcc i32 @name_constant(ptr noundef nonnull %0, ptr noundef %943, i32 noundef %944)
  %946 = load i32, ptr %800, align 4, !tbaa !34
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 9, i32 noundef %945, i32 noundef %946)
  br label %290

947:                                              ; preds = %938, %932
  %948 = load ptr, ptr %770, align 8, !tbaa !114
  %949 = load i32, ptr %800, align 4, !tbaa !34
  %950 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %951 = load i32, ptr %950, align 8, !tbaa !47
  %952 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %953 = zext i32 %951 to i64
  br label %954

954:                                              ; preds = %966, %947
  %955 = phi i64 [ %956, %966 ], [ %953, %947 ]
  %956 = add nsw i64 %955, -1
  %957 = trunc i64 %955 to i32
  %958 = icmp sgt i32 %957, 0
  br i1 %958, label %959, label %964

959:                                              ; preds = %954
  %960 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %956, i32 1
  %961 = load i32, ptr %960, align 8, !tbaa !123
  %962 = load i32, ptr %952, align 4, !tbaa !122
  %963 = icmp eq i32 %961, %962
  br i1 %963, label %966, label %964

964:                                              ; preds = %959, %954
  %965 = icmp sgt i32 %951, 255
  br i1 %965, label %972, label %973

966:                                              ; preds = %959
  %967 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %956
  %968 = load ptr, ptr %967, align 8, !tbaa !48
  %969 = icmp eq ptr %968, %948
  br i1 %969, label %970, label %954, !llvm.loop !124

970:                                              ; preds = %966
  %971 = getelementptr inbounds %struct.string, ptr %948, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %949, ptr noundef nonnull @.str.110, ptr noundef nonnull %971) #29
  unreachable

972:                                              ; preds = %964
  tail call void (i32, ptr, ...) @fail(i32 noundef %949, ptr noundef nonnull @.str.111) #29
  unreachable

973:                                              ; preds = %964
  %974 = sext i32 %951 to i64
  %975 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %974
  store ptr %948, ptr %975, align 8, !tbaa !48
  %976 = load i32, ptr %952, align 4, !tbaa !122
  %977 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %974, i32 1
  store i32 %976, ptr %977, align 8, !tbaa !123
  %978 = add nsw i32 %951, 1
  store i32 %978, ptr %950, align 8, !tbaa !47
  br label %290

979:                                              ; preds = %2
  %980 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %981 = load i32, ptr %980, align 4, !tbaa !122
  %982 = add nsw i32 %981, 1
  store i32 %982, ptr %980, align 4, !tbaa !122
  %983 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 10
  %984 = load i32, ptr %983, align 8, !tbaa !39
  %985 = icmp sgt i32 %984, 0
  br i1 %985, label %986, label %990

986:                                              ; preds = %979
  %987 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 9
  br label %1036

988:                                              ; preds = %1036
  %989 = load i32, ptr %980, align 4, !tbaa !122
  br label %990

990:                                              ; preds = %988, %979
  %991 = phi i32 [ %989, %988 ], [ %982, %979 ]
  %992 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %993 = load i32, ptr %992, align 4, !tbaa !34
  %994 = add nsw i32 %991, -1
  store i32 %994, ptr %980, align 4, !tbaa !122
  %995 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %996 = load i32, ptr %995, align 8, !tbaa !47
  %997 = icmp sgt i32 %996, 0
  br i1 %997, label %998, label %1034

998:                                              ; preds = %990
  %999 = zext i32 %996 to i64
  br label %1000

1000:                                             ; preds = %1007, %998
  %1001 = phi i64 [ %999, %998 ], [ %1002, %1007 ]
  %1002 = add nsw i64 %1001, -1
  %1003 = and i64 %1002, 4294967295
  %1004 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1003, i32 1
  %1005 = load i32, ptr %1004, align 8, !tbaa !123
  %1006 = icmp slt i32 %1005, %991
  br i1 %1006, label %1032, label %1007

1007:                                             ; preds = %1000
  %1008 = load ptr, ptr %0, align 8, !tbaa !44
  %1009 = getelementptr inbounds %struct.function, ptr %1008, i64 0, i32 2
  %1010 = load ptr, ptr %1009, align 8, !tbaa !51
  %1011 = getelementptr inbounds %struct.function, ptr %1008, i64 0, i32 2, i32 3
  %1012 = getelementptr inbounds %struct.function, ptr %1008, i64 0, i32 2, i32 2
  %1013 = load i32, ptr %1012, align 8, !tbaa !52
  %1014 = add nsw i32 %1013, 1
  %1015 = tail call fastcc ptr @grow(ptr noundef %1010, ptr noundef nonnull %1011, i32 noundef %1014, i64 noundef 1)
  store ptr %1015, ptr %1009, align 8, !tbaa !51
  %1016 = getelementptr inbounds %struct.function, ptr %1008, i64 0, i32 2, i32 1
  %1017 = load ptr, ptr %1016, align 8, !tbaa !53
  %1018 = getelementptr inbounds %struct.function, ptr %1008, i64 0, i32 2, i32 4
  %1019 = load i32, ptr %1012, align 8, !tbaa !52
  %1020 = add nsw i32 %1019, 1
  %1021 = tail call fastcc ptr @grow(ptr noundef %1017, ptr noundef nonnull %1018, i32 noundef %1020, i64 noundef 4)
  store ptr %1021, ptr %1016, align 8, !tbaa !53
  %1022 = load ptr, ptr %1009, align 8, !tbaa !51
  %1023 = load i32, ptr %1012, align 8, !tbaa !52
  %1024 = sext i32 %1023 to i64
  %1025 = getelementptr inbounds i8, ptr %1022, i64 %1024
  store i8 4, ptr %1025, align 1, !tbaa !54
  %1026 = load ptr, ptr %1016, align 8, !tbaa !53
  %1027 = load i32, ptr %1012, align 8, !tbaa !52
  %1028 = add nsw i32 %1027, 1
  store i32 %1028, ptr %1012, align 8, !tbaa !52
  %1029 = sext i32 %1027 to i64
  %1030 = getelementptr inbounds i32, ptr %1026, i64 %1029
  store i32 %993, ptr %1030, align 4, !tbaa !22
  %1031 = icmp ugt i64 %1001, 1
  br i1 %1031, label %1000, label %1034, !llvm.loop !126

1032:                                             ; preds = %1000
  %1033 = trunc i64 %1001 to i32
  br label %1034

1034:                                             ; preds = %1007, %990, %1032
  %1035 = phi i32 [ %996, %990 ], [ %1033, %1032 ], [ 0, %1007 ]
  store i32 %1035, ptr %995, align 8, !tbaa !47
  br label %290

1036:                                             ; preds = %986, %1036
  %1037 = phi i64 [ 0, %986 ], [ %1041, %1036 ]
  %1038 = load ptr, ptr %987, align 8, !tbaa !38
  %1039 = getelementptr inbounds ptr, ptr %1038, i64 %1037
  %1040 = load ptr, ptr %1039, align 8, !tbaa !4
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %1040)
  %1041 = add nuw nsw i64 %1037, 1
  %1042 = load i32, ptr %983, align 8, !tbaa !39
  %1043 = sext i32 %1042 to i64
  %1044 = icmp slt i64 %1041, %1043
  br i1 %1044, label %1036, label %988, !llvm.loop !127

1045:                                             ; preds = %2
  %1046 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %1047 = load ptr, ptr %1046, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %1047)
  %1048 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1049 = load i32, ptr %1048, align 4, !tbaa !34
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 24, i32 noundef 65535, i32 noundef %1049)
  %1050 = load ptr, ptr %0, align 8, !tbaa !44
  %1051 = getelementptr inbounds %struct.function, ptr %1050, i64 0, i32 2, i32 2
  %1052 = load i32, ptr %1051, align 8, !tbaa !52
  %1053 = add nsw i32 %1052, -2
  %1054 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %1055 = load ptr, ptr %1054, align 8, !tbaa !118
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %1055)
  %1056 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 8
  %1057 = load ptr, ptr %1056, align 8, !tbaa !121
  %1058 = icmp eq ptr %1057, null
  br i1 %1058, label %1103, label %1059

1059:                                             ; preds = %1045
  %1060 = load i32, ptr %1048, align 4, !tbaa !34
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 23, i32 noundef 65535, i32 noundef %1060)
  %1061 = load ptr, ptr %0, align 8, !tbaa !44
  %1062 = getelementptr inbounds %struct.function, ptr %1061, i64 0, i32 2, i32 2
  %1063 = load i32, ptr %1062, align 8, !tbaa !52
  %1064 = add nsw i32 %1063, -2
  %1065 = sub i32 %1063, %1052
  %1066 = icmp sgt i32 %1065, 65535
  br i1 %1066, label %1067, label %1068

1067:                                             ; preds = %1059
  tail call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1068:                                             ; preds = %1059
  %1069 = getelementptr inbounds %struct.function, ptr %1061, i64 0, i32 2
  %1070 = lshr i32 %1065, 8
  %1071 = trunc i32 %1070 to i8
  %1072 = load ptr, ptr %1069, align 8, !tbaa !51
  %1073 = sext i32 %1053 to i64
  %1074 = getelementptr inbounds i8, ptr %1072, i64 %1073
  store i8 %1071, ptr %1074, align 1, !tbaa !54
  %1075 = trunc i32 %1065 to i8
  %1076 = load ptr, ptr %0, align 8, !tbaa !44
  %1077 = getelementptr inbounds %struct.function, ptr %1076, i64 0, i32 2
  %1078 = load ptr, ptr %1077, align 8, !tbaa !51
  %1079 = add nsw i32 %1052, -1
  %1080 = sext i32 %1079 to i64
  %1081 = getelementptr inbounds i8, ptr %1078, i64 %1080
  store i8 %1075, ptr %1081, align 1, !tbaa !54
  %1082 = load ptr, ptr %1056, align 8, !tbaa !121
  tail call fastcc void @compile_node(ptr noundef nonnull %0, ptr noundef %1082)
  %1083 = load ptr, ptr %0, align 8, !tbaa !44
  %1084 = getelementptr inbounds %struct.function, ptr %1083, i64 0, i32 2, i32 2
  %1085 = load i32, ptr %1084, align 8, !tbaa !52
  %1086 = sub i32 %1085, %1063
  %1087 = icmp sgt i32 %1086, 65535
  br i1 %1087, label %1088, label %1089

1088:                                             ; preds = %1068
  tail call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1089:                                             ; preds = %1068
  %1090 = getelementptr inbounds %struct.function, ptr %1083, i64 0, i32 2
  %1091 = lshr i32 %1086, 8
  %1092 = trunc i32 %1091 to i8
  %1093 = load ptr, ptr %1090, align 8, !tbaa !51
  %1094 = sext i32 %1064 to i64
  %1095 = getelementptr inbounds i8, ptr %1093, i64 %1094
  store i8 %1092, ptr %1095, align 1, !tbaa !54
  %1096 = trunc i32 %1086 to i8
  %1097 = load ptr, ptr %0, align 8, !tbaa !44
  %1098 = getelementptr inbounds %struct.function, ptr %1097, i64 0, i32 2
  %1099 = load ptr, ptr %1098, align 8, !tbaa !51
  %1100 = add nsw i32 %1063, -1
  %1101 = sext i32 %1100 to i64
  %1102 = getelementptr inbounds i8, ptr %1099, i64 %1101
  store i8 %1096, ptr %1102, align 1, !tbaa !54
  br label %290

1103:                                             ; preds = %1045
  tail call fastcc void @patch_jump(ptr noundef nonnull %0, i32 noundef %1053)
  br label %290

1104:                                             ; preds = %2
  call void @llvm.lifetime.start.p0(i64 536, ptr nonnull %4) #24
  %1105 = getelementptr inbounds i8, ptr %4, i64 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(536) %1105, i8 0, i64 528, i1 false)
  %1106 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 5
  %1107 = load ptr, ptr %1106, align 8, !tbaa !128
  store ptr %1107, ptr %4, align 8, !tbaa !129
  %1108 = load ptr, ptr %0, align 8, !tbaa !44
  %1109 = getelementptr inbounds %struct.function, ptr %1108, i64 0, i32 2, i32 2
  %1110 = load i32, ptr %1109, align 8, !tbaa !52
  store i32 %1110, ptr %1105, align 8, !tbaa !131
  %1111 = getelementptr inbounds %struct.loop, ptr %4, i64 0, i32 6
  %1112 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %1113 = load i32, ptr %1112, align 4, !tbaa !122
  store i32 %1113, ptr %1111, align 4, !tbaa !132
  store ptr %4, ptr %1106, align 8, !tbaa !128
  %1114 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %1115 = load ptr, ptr %1114, align 8, !tbaa !116
  call fastcc void @compile_node(ptr noundef %0, ptr noundef %1115)
  %1116 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1117 = load i32, ptr %1116, align 4, !tbaa !34
  call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 24, i32 noundef 65535, i32 noundef %1117)
  %1118 = load ptr, ptr %0, align 8, !tbaa !44
  %1119 = getelementptr inbounds %struct.function, ptr %1118, i64 0, i32 2, i32 2
  %1120 = load i32, ptr %1119, align 8, !tbaa !52
  %1121 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %1122 = load ptr, ptr %1121, align 8, !tbaa !118
  call fastcc void @compile_node(ptr noundef %0, ptr noundef %1122)
  %1123 = load i32, ptr %1105, align 8, !tbaa !131
  %1124 = load i32, ptr %1116, align 4, !tbaa !34
  call fastcc void @emit_loop(ptr noundef %0, i32 noundef %1123, i32 noundef %1124)
  %1125 = load ptr, ptr %0, align 8, !tbaa !44
  %1126 = getelementptr inbounds %struct.function, ptr %1125, i64 0, i32 2, i32 2
  %1127 = load i32, ptr %1126, align 8, !tbaa !52
  %1128 = sub i32 %1127, %1120
  %1129 = icmp sgt i32 %1128, 65535
  br i1 %1129, label %1130, label %1131

1130:                                             ; preds = %1104
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1131:                                             ; preds = %1104
  %1132 = add nsw i32 %1120, -2
  %1133 = getelementptr inbounds %struct.function, ptr %1125, i64 0, i32 2
  %1134 = lshr i32 %1128, 8
  %1135 = trunc i32 %1134 to i8
  %1136 = load ptr, ptr %1133, align 8, !tbaa !51
  %1137 = sext i32 %1132 to i64
  %1138 = getelementptr inbounds i8, ptr %1136, i64 %1137
  store i8 %1135, ptr %1138, align 1, !tbaa !54
  %1139 = trunc i32 %1128 to i8
  %1140 = load ptr, ptr %0, align 8, !tbaa !44
  %1141 = getelementptr inbounds %struct.function, ptr %1140, i64 0, i32 2
  %1142 = load ptr, ptr %1141, align 8, !tbaa !51
  %1143 = add nsw i32 %1120, -1
  %1144 = sext i32 %1143 to i64
  %1145 = getelementptr inbounds i8, ptr %1142, i64 %1144
  store i8 %1139, ptr %1145, align 1, !tbaa !54
  %1146 = getelementptr inbounds %struct.loop, ptr %4, i64 0, i32 5
  %1147 = load i32, ptr %1146, align 8, !tbaa !133
  %1148 = icmp sgt i32 %1147, 0
  br i1 %1148, label %1149, label %1178

1149:                                             ; preds = %1131, %1160
  %1150 = phi i64 [ %1174, %1160 ], [ 0, %1131 ]
  %1151 = getelementptr inbounds %struct.loop, ptr %4, i64 0, i32 4, i64 %1150
  %1152 = load i32, ptr %1151, align 4, !tbaa !22
  %1153 = load ptr, ptr %0, align 8, !tbaa !44
  %1154 = getelementptr inbounds %struct.function, ptr %1153, i64 0, i32 2, i32 2
  %1155 = load i32, ptr %1154, align 8, !tbaa !52
  %1156 = sub i32 -2, %1152
  %1157 = add i32 %1155, %1156
  %1158 = icmp sgt i32 %1157, 65535
  br i1 %1158, label %1159, label %1160

1159:                                             ; preds = %1149
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1160:                                             ; preds = %1149
  %1161 = getelementptr inbounds %struct.function, ptr %1153, i64 0, i32 2
  %1162 = lshr i32 %1157, 8
  %1163 = trunc i32 %1162 to i8
  %1164 = load ptr, ptr %1161, align 8, !tbaa !51
  %1165 = sext i32 %1152 to i64
  %1166 = getelementptr inbounds i8, ptr %1164, i64 %1165
  store i8 %1163, ptr %1166, align 1, !tbaa !54
  %1167 = trunc i32 %1157 to i8
  %1168 = load ptr, ptr %0, align 8, !tbaa !44
  %1169 = getelementptr inbounds %struct.function, ptr %1168, i64 0, i32 2
  %1170 = load ptr, ptr %1169, align 8, !tbaa !51
  %1171 = add nsw i32 %1152, 1
  %1172 = sext i32 %1171 to i64
  %1173 = getelementptr inbounds i8, ptr %1170, i64 %1172
  store i8 %1167, ptr %1173, align 1, !tbaa !54
  %1174 = add nuw nsw i64 %1150, 1
  %1175 = load i32, ptr %1146, align 8, !tbaa !133
  %1176 = sext i32 %1175 to i64
  %1177 = icmp slt i64 %1174, %1176
  br i1 %1177, label %1149, label %1178, !llvm.loop !134

1178:                                             ; preds = %1160, %1131
  %1179 = load ptr, ptr %4, align 8, !tbaa !129
  store ptr %1179, ptr %1106, align 8, !tbaa !128
  call void @llvm.lifetime.end.p0(i64 536, ptr nonnull %4) #24
  br label %290

1180:                                             ; preds = %2
  %1181 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %1182 = load i32, ptr %1181, align 4, !tbaa !122
  %1183 = add nsw i32 %1182, 1
  store i32 %1183, ptr %1181, align 4, !tbaa !122
  %1184 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %1185 = load ptr, ptr %1184, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %1185)
  %1186 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %1187 = load ptr, ptr %1186, align 8, !tbaa !114
  %1188 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1189 = load i32, ptr %1188, align 4, !tbaa !34
  %1190 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %1191 = load i32, ptr %1190, align 8, !tbaa !47
  %1192 = zext i32 %1191 to i64
  br label %1193

1193:                                             ; preds = %1205, %1180
  %1194 = phi i64 [ %1195, %1205 ], [ %1192, %1180 ]
  %1195 = add nsw i64 %1194, -1
  %1196 = trunc i64 %1194 to i32
  %1197 = icmp sgt i32 %1196, 0
  br i1 %1197, label %1198, label %1203

1198:                                             ; preds = %1193
  %1199 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1195, i32 1
  %1200 = load i32, ptr %1199, align 8, !tbaa !123
  %1201 = load i32, ptr %1181, align 4, !tbaa !122
  %1202 = icmp eq i32 %1200, %1201
  br i1 %1202, label %1205, label %1203

1203:                                             ; preds = %1198, %1193
  %1204 = icmp sgt i32 %1191, 255
  br i1 %1204, label %1211, label %1212

1205:                                             ; preds = %1198
  %1206 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1195
  %1207 = load ptr, ptr %1206, align 8, !tbaa !48
  %1208 = icmp eq ptr %1207, %1187
  br i1 %1208, label %1209, label %1193, !llvm.loop !124

1209:                                             ; preds = %1205
  %1210 = getelementptr inbounds %struct.string, ptr %1187, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %1189, ptr noundef nonnull @.str.110, ptr noundef nonnull %1210) #29
  unreachable

1211:                                             ; preds = %1203
  tail call void (i32, ptr, ...) @fail(i32 noundef %1189, ptr noundef nonnull @.str.111) #29
  unreachable

1212:                                             ; preds = %1203
  %1213 = sext i32 %1191 to i64
  %1214 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1213
  store ptr %1187, ptr %1214, align 8, !tbaa !48
  %1215 = load i32, ptr %1181, align 4, !tbaa !122
  %1216 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1213, i32 1
  store i32 %1215, ptr %1216, align 8, !tbaa !123
  %1217 = add nsw i32 %1191, 1
  store i32 %1217, ptr %1190, align 8, !tbaa !47
  %1218 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %1219 = load ptr, ptr %1218, align 8, !tbaa !118
  tail call fastcc void @compile_node(ptr noundef nonnull %0, ptr noundef %1219)
  %1220 = tail call fastcc ptr @intern(ptr noundef nonnull @.str.113, i32 noundef 6)
  %1221 = load i32, ptr %1188, align 4, !tbaa !34
  %1222 = load i32, ptr %1190, align 8, !tbaa !47
  %1223 = zext i32 %1222 to i64
  br label %1224

1224:                                             ; preds = %1236, %1212
  %1225 = phi i64 [ %1226, %1236 ], [ %1223, %1212 ]
  %1226 = add nsw i64 %1225, -1
  %1227 = trunc i64 %1225 to i32
  %1228 = icmp sgt i32 %1227, 0
  br i1 %1228, label %1229, label %1234

1229:                                             ; preds = %1224
  %1230 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1226, i32 1
  %1231 = load i32, ptr %1230, align 8, !tbaa !123
  %1232 = load i32, ptr %1181, align 4, !tbaa !122
  %1233 = icmp eq i32 %1231, %1232
  br i1 %1233, label %1236, label %1234

1234:                                             ; preds = %1229, %1224
  %1235 = icmp sgt i32 %1222, 255
  br i1 %1235, label %1242, label %1243

1236:                                             ; preds = %1229
  %1237 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1226
  %1238 = load ptr, ptr %1237, align 8, !tbaa !48
  %1239 = icmp eq ptr %1238, %1220
  br i1 %1239, label %1240, label %1224, !llvm.loop !124

1240:                                             ; preds = %1236
  %1241 = getelementptr inbounds %struct.string, ptr %1220, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %1221, ptr noundef nonnull @.str.110, ptr noundef nonnull %1241) #29
  unreachable

1242:                                             ; preds = %1234
  tail call void (i32, ptr, ...) @fail(i32 noundef %1221, ptr noundef nonnull @.str.111) #29
  unreachable

1243:                                             ; preds = %1234
  %1244 = sext i32 %1222 to i64
  %1245 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1244
  store ptr %1220, ptr %1245, align 8, !tbaa !48
  %1246 = load i32, ptr %1181, align 4, !tbaa !122
  %1247 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1244, i32 1
  store i32 %1246, ptr %1247, align 8, !tbaa !123
  %1248 = add nsw i32 %1222, 1
  store i32 %1248, ptr %1190, align 8, !tbaa !47
  call void @llvm.lifetime.start.p0(i64 536, ptr nonnull %3) #24
  %1249 = getelementptr inbounds i8, ptr %3, i64 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(536) %1249, i8 0, i64 528, i1 false)
  %1250 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 5
  %1251 = load ptr, ptr %1250, align 8, !tbaa !128
  store ptr %1251, ptr %3, align 8, !tbaa !129
  store i32 -1, ptr %1249, align 8, !tbaa !131
  %1252 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 6
  store i32 %1246, ptr %1252, align 4, !tbaa !132
  store ptr %3, ptr %1250, align 8, !tbaa !128
  %1253 = load ptr, ptr %0, align 8, !tbaa !44
  %1254 = getelementptr inbounds %struct.function, ptr %1253, i64 0, i32 2, i32 2
  %1255 = load i32, ptr %1254, align 8, !tbaa !52
  call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 5, i32 noundef %1191, i32 noundef %1221)
  %1256 = load i32, ptr %1188, align 4, !tbaa !34
  call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 5, i32 noundef %1222, i32 noundef %1256)
  %1257 = load i32, ptr %1188, align 4, !tbaa !34
  %1258 = load ptr, ptr %0, align 8, !tbaa !44
  %1259 = getelementptr inbounds %struct.function, ptr %1258, i64 0, i32 2
  %1260 = load ptr, ptr %1259, align 8, !tbaa !51
  %1261 = getelementptr inbounds %struct.function, ptr %1258, i64 0, i32 2, i32 3
  %1262 = getelementptr inbounds %struct.function, ptr %1258, i64 0, i32 2, i32 2
  %1263 = load i32, ptr %1262, align 8, !tbaa !52
  %1264 = add nsw i32 %1263, 1
  %1265 = call fastcc ptr @grow(ptr noundef %1260, ptr noundef nonnull %1261, i32 noundef %1264, i64 noundef 1)
  store ptr %1265, ptr %1259, align 8, !tbaa !51
  %1266 = getelementptr inbounds %struct.function, ptr %1258, i64 0, i32 2, i32 1
  %1267 = load ptr, ptr %1266, align 8, !tbaa !53
  %1268 = getelementptr inbounds %struct.function, ptr %1258, i64 0, i32 2, i32 4
  %1269 = load i32, ptr %1262, align 8, !tbaa !52
  %1270 = add nsw i32 %1269, 1
  %1271 = call fastcc ptr @grow(ptr noundef %1267, ptr noundef nonnull %1268, i32 noundef %1270, i64 noundef 4)
  store ptr %1271, ptr %1266, align 8, !tbaa !53
  %1272 = load ptr, ptr %1259, align 8, !tbaa !51
  %1273 = load i32, ptr %1262, align 8, !tbaa !52
  %1274 = sext i32 %1273 to i64
  %1275 = getelementptr inbounds i8, ptr %1272, i64 %1274
  store i8 19, ptr %1275, align 1, !tbaa !54
  %1276 = load ptr, ptr %1266, align 8, !tbaa !53
  %1277 = load i32, ptr %1262, align 8, !tbaa !52
  %1278 = add nsw i32 %1277, 1
  store i32 %1278, ptr %1262, align 8, !tbaa !52
  %1279 = sext i32 %1277 to i64
  %1280 = getelementptr inbounds i32, ptr %1276, i64 %1279
  store i32 %1257, ptr %1280, align 4, !tbaa !22
  %1281 = load i32, ptr %1188, align 4, !tbaa !34
  call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 24, i32 noundef 65535, i32 noundef %1281)
  %1282 = load ptr, ptr %0, align 8, !tbaa !44
  %1283 = getelementptr inbounds %struct.function, ptr %1282, i64 0, i32 2, i32 2
  %1284 = load i32, ptr %1283, align 8, !tbaa !52
  %1285 = add nsw i32 %1284, -2
  %1286 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 8
  %1287 = load ptr, ptr %1286, align 8, !tbaa !121
  call fastcc void @compile_node(ptr noundef nonnull %0, ptr noundef %1287)
  %1288 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 3
  %1289 = load i32, ptr %1288, align 4, !tbaa !135
  %1290 = icmp sgt i32 %1289, 0
  br i1 %1290, label %1317, label %1291

1291:                                             ; preds = %1328, %1243
  %1292 = load i32, ptr %1188, align 4, !tbaa !34
  call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 33, i32 noundef %1191, i32 noundef %1292)
  %1293 = load i32, ptr %1188, align 4, !tbaa !34
  call fastcc void @emit_loop(ptr noundef nonnull %0, i32 noundef %1255, i32 noundef %1293)
  %1294 = load ptr, ptr %0, align 8, !tbaa !44
  %1295 = getelementptr inbounds %struct.function, ptr %1294, i64 0, i32 2, i32 2
  %1296 = load i32, ptr %1295, align 8, !tbaa !52
  %1297 = sub i32 %1296, %1284
  %1298 = icmp sgt i32 %1297, 65535
  br i1 %1298, label %1299, label %1300

1299:                                             ; preds = %1291
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1300:                                             ; preds = %1291
  %1301 = getelementptr inbounds %struct.function, ptr %1294, i64 0, i32 2
  %1302 = lshr i32 %1297, 8
  %1303 = trunc i32 %1302 to i8
  %1304 = load ptr, ptr %1301, align 8, !tbaa !51
  %1305 = sext i32 %1285 to i64
  %1306 = getelementptr inbounds i8, ptr %1304, i64 %1305
  store i8 %1303, ptr %1306, align 1, !tbaa !54
  %1307 = trunc i32 %1297 to i8
  %1308 = load ptr, ptr %0, align 8, !tbaa !44
  %1309 = getelementptr inbounds %struct.function, ptr %1308, i64 0, i32 2
  %1310 = load ptr, ptr %1309, align 8, !tbaa !51
  %1311 = add nsw i32 %1284, -1
  %1312 = sext i32 %1311 to i64
  %1313 = getelementptr inbounds i8, ptr %1310, i64 %1312
  store i8 %1307, ptr %1313, align 1, !tbaa !54
  %1314 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 5
  %1315 = load i32, ptr %1314, align 8, !tbaa !133
  %1316 = icmp sgt i32 %1315, 0
  br i1 %1316, label %1346, label %1375

1317:                                             ; preds = %1243, %1328
  %1318 = phi i64 [ %1342, %1328 ], [ 0, %1243 ]
  %1319 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 2, i64 %1318
  %1320 = load i32, ptr %1319, align 4, !tbaa !22
  %1321 = load ptr, ptr %0, align 8, !tbaa !44
  %1322 = getelementptr inbounds %struct.function, ptr %1321, i64 0, i32 2, i32 2
  %1323 = load i32, ptr %1322, align 8, !tbaa !52
  %1324 = sub i32 -2, %1320
  %1325 = add i32 %1323, %1324
  %1326 = icmp sgt i32 %1325, 65535
  br i1 %1326, label %1327, label %1328

1327:                                             ; preds = %1317
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1328:                                             ; preds = %1317
  %1329 = getelementptr inbounds %struct.function, ptr %1321, i64 0, i32 2
  %1330 = lshr i32 %1325, 8
  %1331 = trunc i32 %1330 to i8
  %1332 = load ptr, ptr %1329, align 8, !tbaa !51
  %1333 = sext i32 %1320 to i64
  %1334 = getelementptr inbounds i8, ptr %1332, i64 %1333
  store i8 %1331, ptr %1334, align 1, !tbaa !54
  %1335 = trunc i32 %1325 to i8
  %1336 = load ptr, ptr %0, align 8, !tbaa !44
  %1337 = getelementptr inbounds %struct.function, ptr %1336, i64 0, i32 2
  %1338 = load ptr, ptr %1337, align 8, !tbaa !51
  %1339 = add nsw i32 %1320, 1
  %1340 = sext i32 %1339 to i64
  %1341 = getelementptr inbounds i8, ptr %1338, i64 %1340
  store i8 %1335, ptr %1341, align 1, !tbaa !54
  %1342 = add nuw nsw i64 %1318, 1
  %1343 = load i32, ptr %1288, align 4, !tbaa !135
  %1344 = sext i32 %1343 to i64
  %1345 = icmp slt i64 %1342, %1344
  br i1 %1345, label %1317, label %1291, !llvm.loop !136

1346:                                             ; preds = %1300, %1357
  %1347 = phi i64 [ %1371, %1357 ], [ 0, %1300 ]
  %1348 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 4, i64 %1347
  %1349 = load i32, ptr %1348, align 4, !tbaa !22
  %1350 = load ptr, ptr %0, align 8, !tbaa !44
  %1351 = getelementptr inbounds %struct.function, ptr %1350, i64 0, i32 2, i32 2
  %1352 = load i32, ptr %1351, align 8, !tbaa !52
  %1353 = sub i32 -2, %1349
  %1354 = add i32 %1352, %1353
  %1355 = icmp sgt i32 %1354, 65535
  br i1 %1355, label %1356, label %1357

1356:                                             ; preds = %1346
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1357:                                             ; preds = %1346
  %1358 = getelementptr inbounds %struct.function, ptr %1350, i64 0, i32 2
  %1359 = lshr i32 %1354, 8
  %1360 = trunc i32 %1359 to i8
  %1361 = load ptr, ptr %1358, align 8, !tbaa !51
  %1362 = sext i32 %1349 to i64
  %1363 = getelementptr inbounds i8, ptr %1361, i64 %1362
  store i8 %1360, ptr %1363, align 1, !tbaa !54
  %1364 = trunc i32 %1354 to i8
  %1365 = load ptr, ptr %0, align 8, !tbaa !44
  %1366 = getelementptr inbounds %struct.function, ptr %1365, i64 0, i32 2
  %1367 = load ptr, ptr %1366, align 8, !tbaa !51
  %1368 = add nsw i32 %1349, 1
  %1369 = sext i32 %1368 to i64
  %1370 = getelementptr inbounds i8, ptr %1367, i64 %1369
  store i8 %1364, ptr %1370, align 1, !tbaa !54
  %1371 = add nuw nsw i64 %1347, 1
  %1372 = load i32, ptr %1314, align 8, !tbaa !133
  %1373 = sext i32 %1372 to i64
  %1374 = icmp slt i64 %1371, %1373
  br i1 %1374, label %1346, label %1375, !llvm.loop !137

1375:                                             ; preds = %1357, %1300
  %1376 = load ptr, ptr %3, align 8, !tbaa !129
  store ptr %1376, ptr %1250, align 8, !tbaa !128
  %1377 = load i32, ptr %1188, align 4, !tbaa !34
  %1378 = load i32, ptr %1181, align 4, !tbaa !122
  %1379 = add nsw i32 %1378, -1
  store i32 %1379, ptr %1181, align 4, !tbaa !122
  %1380 = load i32, ptr %1190, align 8, !tbaa !47
  %1381 = icmp sgt i32 %1380, 0
  br i1 %1381, label %1382, label %1418

1382:                                             ; preds = %1375
  %1383 = zext i32 %1380 to i64
  br label %1384

1384:                                             ; preds = %1391, %1382
  %1385 = phi i64 [ %1383, %1382 ], [ %1386, %1391 ]
  %1386 = add nsw i64 %1385, -1
  %1387 = and i64 %1386, 4294967295
  %1388 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1387, i32 1
  %1389 = load i32, ptr %1388, align 8, !tbaa !123
  %1390 = icmp slt i32 %1389, %1378
  br i1 %1390, label %1416, label %1391

1391:                                             ; preds = %1384
  %1392 = load ptr, ptr %0, align 8, !tbaa !44
  %1393 = getelementptr inbounds %struct.function, ptr %1392, i64 0, i32 2
  %1394 = load ptr, ptr %1393, align 8, !tbaa !51
  %1395 = getelementptr inbounds %struct.function, ptr %1392, i64 0, i32 2, i32 3
  %1396 = getelementptr inbounds %struct.function, ptr %1392, i64 0, i32 2, i32 2
  %1397 = load i32, ptr %1396, align 8, !tbaa !52
  %1398 = add nsw i32 %1397, 1
  %1399 = call fastcc ptr @grow(ptr noundef %1394, ptr noundef nonnull %1395, i32 noundef %1398, i64 noundef 1)
  store ptr %1399, ptr %1393, align 8, !tbaa !51
  %1400 = getelementptr inbounds %struct.function, ptr %1392, i64 0, i32 2, i32 1
  %1401 = load ptr, ptr %1400, align 8, !tbaa !53
  %1402 = getelementptr inbounds %struct.function, ptr %1392, i64 0, i32 2, i32 4
  %1403 = load i32, ptr %1396, align 8, !tbaa !52
  %1404 = add nsw i32 %1403, 1
  %1405 = call fastcc ptr @grow(ptr noundef %1401, ptr noundef nonnull %1402, i32 noundef %1404, i64 noundef 4)
  store ptr %1405, ptr %1400, align 8, !tbaa !53
  %1406 = load ptr, ptr %1393, align 8, !tbaa !51
  %1407 = load i32, ptr %1396, align 8, !tbaa !52
  %1408 = sext i32 %1407 to i64
  %1409 = getelementptr inbounds i8, ptr %1406, i64 %1408
  store i8 4, ptr %1409, align 1, !tbaa !54
  %1410 = load ptr, ptr %1400, align 8, !tbaa !53
  %1411 = load i32, ptr %1396, align 8, !tbaa !52
  %1412 = add nsw i32 %1411, 1
  store i32 %1412, ptr %1396, align 8, !tbaa !52
  %1413 = sext i32 %1411 to i64
  %1414 = getelementptr inbounds i32, ptr %1410, i64 %1413
  store i32 %1377, ptr %1414, align 4, !tbaa !22
  %1415 = icmp ugt i64 %1385, 1
  br i1 %1415, label %1384, label %1418, !llvm.loop !126

1416:                                             ; preds = %1384
  %1417 = trunc i64 %1385 to i32
  br label %1418

1418:                                             ; preds = %1391, %1375, %1416
  %1419 = phi i32 [ %1380, %1375 ], [ %1417, %1416 ], [ 0, %1391 ]
  store i32 %1419, ptr %1190, align 8, !tbaa !47
  call void @llvm.lifetime.end.p0(i64 536, ptr nonnull %3) #24
  br label %290

1420:                                             ; preds = %2
  %1421 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 4
  %1422 = load i32, ptr %1421, align 8, !tbaa !46
  %1423 = icmp eq i32 %1422, 0
  br i1 %1423, label %1427, label %1424

1424:                                             ; preds = %1420
  %1425 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1426 = load i32, ptr %1425, align 4, !tbaa !34
  tail call void (i32, ptr, ...) @fail(i32 noundef %1426, ptr noundef nonnull @.str.65) #29
  unreachable

1427:                                             ; preds = %1420
  %1428 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %1429 = load ptr, ptr %1428, align 8, !tbaa !116
  %1430 = icmp eq ptr %1429, null
  br i1 %1430, label %1432, label %1431

1431:                                             ; preds = %1427
  tail call fastcc void @compile_node(ptr noundef nonnull %0, ptr noundef nonnull %1429)
  br label %1435

1432:                                             ; preds = %1427
  %1433 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1434 = load i32, ptr %1433, align 4, !tbaa !34
  tail call fastcc void @emit(ptr noundef nonnull %0, i32 noundef 1, i32 noundef %1434)
  br label %1435

1435:                                             ; preds = %1432, %1431
  %1436 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1437 = load i32, ptr %1436, align 4, !tbaa !34
  %1438 = load ptr, ptr %0, align 8, !tbaa !44
  %1439 = getelementptr inbounds %struct.function, ptr %1438, i64 0, i32 2
  %1440 = load ptr, ptr %1439, align 8, !tbaa !51
  %1441 = getelementptr inbounds %struct.function, ptr %1438, i64 0, i32 2, i32 3
  %1442 = getelementptr inbounds %struct.function, ptr %1438, i64 0, i32 2, i32 2
  %1443 = load i32, ptr %1442, align 8, !tbaa !52
  %1444 = add nsw i32 %1443, 1
  %1445 = tail call fastcc ptr @grow(ptr noundef %1440, ptr noundef nonnull %1441, i32 noundef %1444, i64 noundef 1)
  store ptr %1445, ptr %1439, align 8, !tbaa !51
  %1446 = getelementptr inbounds %struct.function, ptr %1438, i64 0, i32 2, i32 1
  %1447 = load ptr, ptr %1446, align 8, !tbaa !53
  %1448 = getelementptr inbounds %struct.function, ptr %1438, i64 0, i32 2, i32 4
  %1449 = load i32, ptr %1442, align 8, !tbaa !52
  %1450 = add nsw i32 %1449, 1
  %1451 = tail call fastcc ptr @grow(ptr noundef %1447, ptr noundef nonnull %1448, i32 noundef %1450, i64 noundef 4)
  store ptr %1451, ptr %1446, align 8, !tbaa !53
  %1452 = load ptr, ptr %1439, align 8, !tbaa !51
  %1453 = load i32, ptr %1442, align 8, !tbaa !52
  %1454 = sext i32 %1453 to i64
  %1455 = getelementptr inbounds i8, ptr %1452, i64 %1454
  store i8 29, ptr %1455, align 1, !tbaa !54
  %1456 = load ptr, ptr %1446, align 8, !tbaa !53
  %1457 = load i32, ptr %1442, align 8, !tbaa !52
  %1458 = add nsw i32 %1457, 1
  store i32 %1458, ptr %1442, align 8, !tbaa !52
  %1459 = sext i32 %1457 to i64
  %1460 = getelementptr inbounds i32, ptr %1456, i64 %1459
  store i32 %1437, ptr %1460, align 4, !tbaa !22
  br label %290

1461:                                             ; preds = %2, %2
  %1462 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 5
  %1463 = load ptr, ptr %1462, align 8, !tbaa !128
  %1464 = icmp eq ptr %1463, null
  br i1 %1464, label %1465, label %1470

1465:                                             ; preds = %1461
  %1466 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1467 = load i32, ptr %1466, align 4, !tbaa !34
  %1468 = icmp eq i32 %5, 22
  %1469 = select i1 %1468, ptr @.str.115, ptr @.str.116
  tail call void (i32, ptr, ...) @fail(i32 noundef %1467, ptr noundef nonnull @.str.114, ptr noundef nonnull %1469) #29
  unreachable

1470:                                             ; preds = %1461
  %1471 = getelementptr inbounds %struct.loop, ptr %1463, i64 0, i32 6
  %1472 = load i32, ptr %1471, align 4, !tbaa !132
  %1473 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1474 = load i32, ptr %1473, align 4, !tbaa !34
  %1475 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %1476 = load i32, ptr %1475, align 8, !tbaa !47
  %1477 = icmp sgt i32 %1476, 0
  br i1 %1477, label %1478, label %1514

1478:                                             ; preds = %1470
  %1479 = zext i32 %1476 to i64
  br label %1480

1480:                                             ; preds = %1487, %1478
  %1481 = phi i64 [ %1479, %1478 ], [ %1482, %1487 ]
  %1482 = add nsw i64 %1481, -1
  %1483 = and i64 %1482, 4294967295
  %1484 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1483, i32 1
  %1485 = load i32, ptr %1484, align 8, !tbaa !123
  %1486 = icmp sgt i32 %1485, %1472
  br i1 %1486, label %1487, label %1512

1487:                                             ; preds = %1480
  %1488 = load ptr, ptr %0, align 8, !tbaa !44
  %1489 = getelementptr inbounds %struct.function, ptr %1488, i64 0, i32 2
  %1490 = load ptr, ptr %1489, align 8, !tbaa !51
  %1491 = getelementptr inbounds %struct.function, ptr %1488, i64 0, i32 2, i32 3
  %1492 = getelementptr inbounds %struct.function, ptr %1488, i64 0, i32 2, i32 2
  %1493 = load i32, ptr %1492, align 8, !tbaa !52
  %1494 = add nsw i32 %1493, 1
  %1495 = tail call fastcc ptr @grow(ptr noundef %1490, ptr noundef nonnull %1491, i32 noundef %1494, i64 noundef 1)
  store ptr %1495, ptr %1489, align 8, !tbaa !51
  %1496 = getelementptr inbounds %struct.function, ptr %1488, i64 0, i32 2, i32 1
  %1497 = load ptr, ptr %1496, align 8, !tbaa !53
  %1498 = getelementptr inbounds %struct.function, ptr %1488, i64 0, i32 2, i32 4
  %1499 = load i32, ptr %1492, align 8, !tbaa !52
  %1500 = add nsw i32 %1499, 1
  %1501 = tail call fastcc ptr @grow(ptr noundef %1497, ptr noundef nonnull %1498, i32 noundef %1500, i64 noundef 4)
  store ptr %1501, ptr %1496, align 8, !tbaa !53
  %1502 = load ptr, ptr %1489, align 8, !tbaa !51
  %1503 = load i32, ptr %1492, align 8, !tbaa !52
  %1504 = sext i32 %1503 to i64
  %1505 = getelementptr inbounds i8, ptr %1502, i64 %1504
  store i8 4, ptr %1505, align 1, !tbaa !54
  %1506 = load ptr, ptr %1496, align 8, !tbaa !53
  %1507 = load i32, ptr %1492, align 8, !tbaa !52
  %1508 = add nsw i32 %1507, 1
  store i32 %1508, ptr %1492, align 8, !tbaa !52
  %1509 = sext i32 %1507 to i64
  %1510 = getelementptr inbounds i32, ptr %1506, i64 %1509
  store i32 %1474, ptr %1510, align 4, !tbaa !22
  %1511 = icmp ugt i64 %1481, 1
  br i1 %1511, label %1480, label %1512, !llvm.loop !126

1512:                                             ; preds = %1480, %1487
  %1513 = load i32, ptr %1, align 8, !tbaa !30
  br label %1514

1514:                                             ; preds = %1512, %1470
  %1515 = phi i32 [ %1513, %1512 ], [ %5, %1470 ]
  %1516 = icmp eq i32 %1515, 22
  br i1 %1516, label %1517, label %1532

1517:                                             ; preds = %1514
  %1518 = getelementptr inbounds %struct.loop, ptr %1463, i64 0, i32 5
  %1519 = load i32, ptr %1518, align 8, !tbaa !133
  %1520 = icmp sgt i32 %1519, 63
  %1521 = load i32, ptr %1473, align 4, !tbaa !34
  br i1 %1520, label %1522, label %1523

1522:                                             ; preds = %1517
  tail call void (i32, ptr, ...) @fail(i32 noundef %1521, ptr noundef nonnull @.str.117) #29
  unreachable

1523:                                             ; preds = %1517
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 23, i32 noundef 65535, i32 noundef %1521)
  %1524 = load ptr, ptr %0, align 8, !tbaa !44
  %1525 = getelementptr inbounds %struct.function, ptr %1524, i64 0, i32 2, i32 2
  %1526 = load i32, ptr %1525, align 8, !tbaa !52
  %1527 = add nsw i32 %1526, -2
  %1528 = load i32, ptr %1518, align 8, !tbaa !133
  %1529 = add nsw i32 %1528, 1
  store i32 %1529, ptr %1518, align 8, !tbaa !133
  %1530 = sext i32 %1528 to i64
  %1531 = getelementptr inbounds %struct.loop, ptr %1463, i64 0, i32 4, i64 %1530
  store i32 %1527, ptr %1531, align 4, !tbaa !22
  br label %290

1532:                                             ; preds = %1514
  %1533 = getelementptr inbounds %struct.loop, ptr %1463, i64 0, i32 1
  %1534 = load i32, ptr %1533, align 8, !tbaa !131
  %1535 = icmp sgt i32 %1534, -1
  br i1 %1535, label %1536, label %1538

1536:                                             ; preds = %1532
  %1537 = load i32, ptr %1473, align 4, !tbaa !34
  tail call fastcc void @emit_loop(ptr noundef nonnull %0, i32 noundef %1534, i32 noundef %1537)
  br label %290

1538:                                             ; preds = %1532
  %1539 = getelementptr inbounds %struct.loop, ptr %1463, i64 0, i32 3
  %1540 = load i32, ptr %1539, align 4, !tbaa !135
  %1541 = icmp sgt i32 %1540, 63
  %1542 = load i32, ptr %1473, align 4, !tbaa !34
  br i1 %1541, label %1543, label %1544

1543:                                             ; preds = %1538
  tail call void (i32, ptr, ...) @fail(i32 noundef %1542, ptr noundef nonnull @.str.118) #29
  unreachable

1544:                                             ; preds = %1538
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 23, i32 noundef 65535, i32 noundef %1542)
  %1545 = load ptr, ptr %0, align 8, !tbaa !44
  %1546 = getelementptr inbounds %struct.function, ptr %1545, i64 0, i32 2, i32 2
  %1547 = load i32, ptr %1546, align 8, !tbaa !52
  %1548 = add nsw i32 %1547, -2
  %1549 = load i32, ptr %1539, align 4, !tbaa !135
  %1550 = add nsw i32 %1549, 1
  store i32 %1550, ptr %1539, align 4, !tbaa !135
  %1551 = sext i32 %1549 to i64
  %1552 = getelementptr inbounds %struct.loop, ptr %1463, i64 0, i32 2, i64 %1551
  store i32 %1548, ptr %1552, align 4, !tbaa !22
  br label %290

1553:                                             ; preds = %2
  %1554 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %1555 = load ptr, ptr %1554, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %1555)
  %1556 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1557 = load i32, ptr %1556, align 4, !tbaa !34
  %1558 = load ptr, ptr %0, align 8, !tbaa !44
  %1559 = getelementptr inbounds %struct.function, ptr %1558, i64 0, i32 2
  %1560 = load ptr, ptr %1559, align 8, !tbaa !51
  %1561 = getelementptr inbounds %struct.function, ptr %1558, i64 0, i32 2, i32 3
  %1562 = getelementptr inbounds %struct.function, ptr %1558, i64 0, i32 2, i32 2
  %1563 = load i32, ptr %1562, align 8, !tbaa !52
  %1564 = add nsw i32 %1563, 1
  %1565 = tail call fastcc ptr @grow(ptr noundef %1560, ptr noundef nonnull %1561, i32 noundef %1564, i64 noundef 1)
  store ptr %1565, ptr %1559, align 8, !tbaa !51
  %1566 = getelementptr inbounds %struct.function, ptr %1558, i64 0, i32 2, i32 1
  %1567 = load ptr, ptr %1566, align 8, !tbaa !53
  %1568 = getelementptr inbounds %struct.function, ptr %1558, i64 0, i32 2, i32 4
  %1569 = load i32, ptr %1562, align 8, !tbaa !52
  %1570 = add nsw i32 %1569, 1
  %1571 = tail call fastcc ptr @grow(ptr noundef %1567, ptr noundef nonnull %1568, i32 noundef %1570, i64 noundef 4)
  store ptr %1571, ptr %1566, align 8, !tbaa !53
  %1572 = load ptr, ptr %1559, align 8, !tbaa !51
  %1573 = load i32, ptr %1562, align 8, !tbaa !52
  %1574 = sext i32 %1573 to i64
  %1575 = getelementptr inbounds i8, ptr %1572, i64 %1574
  store i8 4, ptr %1575, align 1, !tbaa !54
  %1576 = load ptr, ptr %1566, align 8, !tbaa !53
  %1577 = load i32, ptr %1562, align 8, !tbaa !52
  %1578 = add nsw i32 %1577, 1
  store i32 %1578, ptr %1562, align 8, !tbaa !52
  %1579 = sext i32 %1577 to i64
  %1580 = getelementptr inbounds i32, ptr %1576, i64 %1579
  store i32 %1557, ptr %1580, align 4, !tbaa !22
  br label %290
}

; Function Attrs: nounwind uwtable
define internal fastcc void @emit(ptr nocapture noundef readonly %0, i32 noundef %1, i32 noundef %2) unnamed_addr #0 {
  %4 = load ptr, ptr %0, align 8, !tbaa !44
  %5 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2
  %6 = load ptr, ptr %5, align 8, !tbaa !51
  %7 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 3
  %8 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 2
  %9 = load i32, ptr %8, align 8, !tbaa !52
  %10 = add nsw i32 %9, 1
  %11 = tail call fastcc ptr @grow(ptr noundef %6, ptr noundef nonnull %7, i32 noundef %10, i64 noundef 1)
  store ptr %11, ptr %5, align 8, !tbaa !51
  %12 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 1
  %13 = load ptr, ptr %12, align 8, !tbaa !53
  %14 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 4
  %15 = load i32, ptr %8, align 8, !tbaa !52
  %16 = add nsw i32 %15, 1
  %17 = tail call fastcc ptr @grow(ptr noundef %13, ptr noundef nonnull %14, i32 noundef %16, i64 noundef 4)
  store ptr %17, ptr %12, align 8, !tbaa !53
  %18 = trunc i32 %1 to i8
  %19 = load ptr, ptr %5, align 8, !tbaa !51
  %20 = load i32, ptr %8, align 8, !tbaa !52
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds i8, ptr %19, i64 %21
  store i8 %18, ptr %22, align 1, !tbaa !54
  %23 = load ptr, ptr %12, align 8, !tbaa !53
  %24 = load i32, ptr %8, align 8, !tbaa !52
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %8, align 8, !tbaa !52
  %26 = sext i32 %24 to i64
  %27 = getelementptr inbounds i32, ptr %23, i64 %26
  store i32 %2, ptr %27, align 4, !tbaa !22
  ret void
}

; Function Attrs: nounwind uwtable
define internal fastcc void @emit_with_u16(ptr nocapture noundef readonly %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) unnamed_addr #0 {
  %5 = load ptr, ptr %0, align 8, !tbaa !44
  %6 = getelementptr inbounds %struct.function, ptr %5, i64 0, i32 2
  %7 = load ptr, ptr %6, align 8, !tbaa !51
  %8 = getelementptr inbounds %struct.function, ptr %5, i64 0, i32 2, i32 3
  %9 = getelementptr inbounds %struct.function, ptr %5, i64 0, i32 2, i32 2
  %10 = load i32, ptr %9, align 8, !tbaa !52
  %11 = add nsw i32 %10, 1
  %12 = tail call fastcc ptr @grow(ptr noundef %7, ptr noundef nonnull %8, i32 noundef %11, i64 noundef 1)
  store ptr %12, ptr %6, align 8, !tbaa !51
  %13 = getelementptr inbounds %struct.function, ptr %5, i64 0, i32 2, i32 1
  %14 = load ptr, ptr %13, align 8, !tbaa !53
  %15 = getelementptr inbounds %struct.function, ptr %5, i64 0, i32 2, i32 4
  %16 = load i32, ptr %9, align 8, !tbaa !52
  %17 = add nsw i32 %16, 1
  %18 = tail call fastcc ptr @grow(ptr noundef %14, ptr noundef nonnull %15, i32 noundef %17, i64 noundef 4)
  store ptr %18, ptr %13, align 8, !tbaa !53
  %19 = trunc i32 %1 to i8
  %20 = load ptr, ptr %6, align 8, !tbaa !51
  %21 = load i32, ptr %9, align 8, !tbaa !52
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i8, ptr %20, i64 %22
  store i8 %19, ptr %23, align 1, !tbaa !54
  %24 = load ptr, ptr %13, align 8, !tbaa !53
  %25 = load i32, ptr %9, align 8, !tbaa !52
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %9, align 8, !tbaa !52
  %27 = sext i32 %25 to i64
  %28 = getelementptr inbounds i32, ptr %24, i64 %27
  store i32 %3, ptr %28, align 4, !tbaa !22
  %29 = load ptr, ptr %0, align 8, !tbaa !44
  %30 = getelementptr inbounds %struct.function, ptr %29, i64 0, i32 2
  %31 = lshr i32 %2, 8
  %32 = load ptr, ptr %30, align 8, !tbaa !51
  %33 = getelementptr inbounds %struct.function, ptr %29, i64 0, i32 2, i32 3
  %34 = getelementptr inbounds %struct.function, ptr %29, i64 0, i32 2, i32 2
  %35 = load i32, ptr %34, align 8, !tbaa !52
  %36 = add nsw i32 %35, 1
  %37 = tail call fastcc ptr @grow(ptr noundef %32, ptr noundef nonnull %33, i32 noundef %36, i64 noundef 1)
  store ptr %37, ptr %30, align 8, !tbaa !51
  %38 = getelementptr inbounds %struct.function, ptr %29, i64 0, i32 2, i32 1
  %39 = load ptr, ptr %38, align 8, !tbaa !53
  %40 = getelementptr inbounds %struct.function, ptr %29, i64 0, i32 2, i32 4
  %41 = load i32, ptr %34, align 8, !tbaa !52
  %42 = add nsw i32 %41, 1
  %43 = tail call fastcc ptr @grow(ptr noundef %39, ptr noundef nonnull %40, i32 noundef %42, i64 noundef 4)
  store ptr %43, ptr %38, align 8, !tbaa !53
  %44 = trunc i32 %31 to i8
  %45 = load ptr, ptr %30, align 8, !tbaa !51
  %46 = load i32, ptr %34, align 8, !tbaa !52
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds i8, ptr %45, i64 %47
  store i8 %44, ptr %48, align 1, !tbaa !54
  %49 = load ptr, ptr %38, align 8, !tbaa !53
  %50 = load i32, ptr %34, align 8, !tbaa !52
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %34, align 8, !tbaa !52
  %52 = sext i32 %50 to i64
  %53 = getelementptr inbounds i32, ptr %49, i64 %52
  store i32 %3, ptr %53, align 4, !tbaa !22
  %54 = load ptr, ptr %30, align 8, !tbaa !51
  %55 = load i32, ptr %34, align 8, !tbaa !52
  %56 = add nsw i32 %55, 1
  %57 = tail call fastcc ptr @grow(ptr noundef %54, ptr noundef nonnull %33, i32 noundef %56, i64 noundef 1)
  store ptr %57, ptr %30, align 8, !tbaa !51
  %58 = load ptr, ptr %38, align 8, !tbaa !53
  %59 = load i32, ptr %34, align 8, !tbaa !52
  %60 = add nsw i32 %59, 1
  %61 = tail call fastcc ptr @grow(ptr noundef %58, ptr noundef nonnull %40, i32 noundef %60, i64 noundef 4)
  store ptr %61, ptr %38, align 8, !tbaa !53
  %62 = trunc i32 %2 to i8
  %63 = load ptr, ptr %30, align 8, !tbaa !51
  %64 = load i32, ptr %34, align 8, !tbaa !52
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds i8, ptr %63, i64 %65
  store i8 %62, ptr %66, align 1, !tbaa !54
  %67 = load ptr, ptr %38, align 8, !tbaa !53
  %68 = load i32, ptr %34, align 8, !tbaa !52
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %34, align 8, !tbaa !52
  %70 = sext i32 %68 to i64
  %71 = getelementptr inbounds i32, ptr %67, i64 %70
  store i32 %3, ptr %71, align 4, !tbaa !22
  ret void
}

; Function Attrs: nounwind uwtable
define internal fastcc i32 @name_constant(ptr nocapture noundef readonly %0, ptr noundef %1, i32 noundef %2) unnamed_addr #0 {
  %4 = load ptr, ptr %0, align 8, !tbaa !44
  %5 = ptrtoint ptr %1 to i64
  %6 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 6
  %7 = load i32, ptr %6, align 8, !tbaa !111
  %8 = icmp sgt i32 %7, 0
  %9 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 5
  %10 = load ptr, ptr %9, align 8, !tbaa !97
  br i1 %8, label %11, label %29

11:                                               ; preds = %3
  %12 = zext i32 %7 to i64
  br label %13

13:                                               ; preds = %23, %11
  %14 = phi i64 [ 0, %11 ], [ %24, %23 ]
  %15 = getelementptr inbounds %struct.value, ptr %10, i64 %14
  %16 = load i32, ptr %15, align 8, !tbaa !75
  %17 = icmp eq i32 %16, 4
  br i1 %17, label %18, label %23

18:                                               ; preds = %13
  %19 = getelementptr inbounds { i32, i64 }, ptr %15, i64 0, i32 1
  %20 = load i64, ptr %19, align 8
  %21 = inttoptr i64 %20 to ptr
  %22 = icmp eq ptr %21, %1
  br i1 %22, label %40, label %23

23:                                               ; preds = %18, %13
  %24 = add nuw nsw i64 %14, 1
  %25 = icmp eq i64 %24, %12
  br i1 %25, label %26, label %13, !llvm.loop !112

26:                                               ; preds = %23
  %27 = icmp sgt i32 %7, 65534
  br i1 %27, label %28, label %29

28:                                               ; preds = %26
  tail call void (i32, ptr, ...) @fail(i32 noundef %2, ptr noundef nonnull @.str.66) #29
  unreachable

29:                                               ; preds = %3, %26
  %30 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 5
  %31 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 7
  %32 = add nsw i32 %7, 1
  %33 = tail call fastcc ptr @grow(ptr noundef %10, ptr noundef nonnull %31, i32 noundef %32, i64 noundef 16)
  store ptr %33, ptr %30, align 8, !tbaa !97
  %34 = load i32, ptr %6, align 8, !tbaa !111
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds %struct.value, ptr %33, i64 %35
  store i32 4, ptr %36, align 8, !tbaa.struct !61
  %37 = getelementptr inbounds i8, ptr %36, i64 8
  store i64 %5, ptr %37, align 8, !tbaa.struct !64
  %38 = load i32, ptr %6, align 8, !tbaa !111
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %6, align 8, !tbaa !111
  br label %42

40:                                               ; preds = %18
  %41 = trunc i64 %14 to i32
  br label %42

42:                                               ; preds = %29, %40
  %43 = phi i32 [ %38, %29 ], [ %41, %40 ]
  ret i32 %43
}

; Function Attrs: nounwind uwtable
define internal fastcc void @patch_jump(ptr nocapture noundef readonly %0, i32 noundef %1) unnamed_addr #0 {
  %3 = load ptr, ptr %0, align 8, !tbaa !44
  %4 = getelementptr inbounds %struct.function, ptr %3, i64 0, i32 2, i32 2
  %5 = load i32, ptr %4, align 8, !tbaa !52
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
  %14 = load ptr, ptr %11, align 8, !tbaa !51
  %15 = sext i32 %1 to i64
  %16 = getelementptr inbounds i8, ptr %14, i64 %15
  store i8 %13, ptr %16, align 1, !tbaa !54
  %17 = trunc i32 %7 to i8
  %18 = load ptr, ptr %0, align 8, !tbaa !44
  %19 = getelementptr inbounds %struct.function, ptr %18, i64 0, i32 2
  %20 = load ptr, ptr %19, align 8, !tbaa !51
  %21 = add nsw i32 %1, 1
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i8, ptr %20, i64 %22
  store i8 %17, ptr %23, align 1, !tbaa !54
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
  %39 = load i32, ptr %38, align 8, !tbaa !81
  %40 = inttoptr i64 %3 to ptr
  %41 = load i32, ptr %40, align 8, !tbaa !81
  %42 = icmp eq i32 %39, %41
  br i1 %42, label %43, label %86

43:                                               ; preds = %37
  %44 = icmp slt i32 %39, 1
  br i1 %44, label %86, label %45

45:                                               ; preds = %43
  %46 = getelementptr inbounds %struct.list, ptr %38, i64 0, i32 2
  %47 = load ptr, ptr %46, align 8, !tbaa !83
  %48 = getelementptr inbounds %struct.list, ptr %40, i64 0, i32 2
  %49 = load ptr, ptr %48, align 8, !tbaa !83
  %50 = zext i32 %39 to i64
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
  br i1 %63, label %84, label %64, !llvm.loop !138

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
  br i1 %74, label %84, label %60, !llvm.loop !138

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
  %85 = icmp uge i64 %62, %50
  br label %86

86:                                               ; preds = %84, %45, %43, %37, %22, %20, %83, %79, %75, %33, %29, %27, %23, %16, %8
  %87 = phi i1 [ %11, %8 ], [ %19, %16 ], [ false, %83 ], [ %82, %79 ], [ %78, %75 ], [ %36, %33 ], [ %32, %29 ], [ %28, %27 ], [ %26, %23 ], [ false, %20 ], [ true, %22 ], [ false, %37 ], [ true, %43 ], [ false, %45 ], [ %85, %84 ]
  %88 = zext i1 %87 to i32
  ret i32 %88
}

; Function Attrs: nounwind uwtable
define internal fastcc void @emit_loop(ptr nocapture noundef readonly %0, i32 noundef %1, i32 noundef %2) unnamed_addr #0 {
  %4 = load ptr, ptr %0, align 8, !tbaa !44
  %5 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2
  %6 = load ptr, ptr %5, align 8, !tbaa !51
  %7 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 3
  %8 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 2
  %9 = load i32, ptr %8, align 8, !tbaa !52
  %10 = add nsw i32 %9, 1
  %11 = tail call fastcc ptr @grow(ptr noundef %6, ptr noundef nonnull %7, i32 noundef %10, i64 noundef 1)
  store ptr %11, ptr %5, align 8, !tbaa !51
  %12 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 1
  %13 = load ptr, ptr %12, align 8, !tbaa !53
  %14 = getelementptr inbounds %struct.function, ptr %4, i64 0, i32 2, i32 4
  %15 = load i32, ptr %8, align 8, !tbaa !52
  %16 = add nsw i32 %15, 1
  %17 = tail call fastcc ptr @grow(ptr noundef %13, ptr noundef nonnull %14, i32 noundef %16, i64 noundef 4)
  store ptr %17, ptr %12, align 8, !tbaa !53
  %18 = load ptr, ptr %5, align 8, !tbaa !51
  %19 = load i32, ptr %8, align 8, !tbaa !52
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds i8, ptr %18, i64 %20
  store i8 27, ptr %21, align 1, !tbaa !54
  %22 = load ptr, ptr %12, align 8, !tbaa !53
  %23 = load i32, ptr %8, align 8, !tbaa !52
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %8, align 8, !tbaa !52
  %25 = sext i32 %23 to i64
  %26 = getelementptr inbounds i32, ptr %22, i64 %25
  store i32 %2, ptr %26, align 4, !tbaa !22
  %27 = load ptr, ptr %0, align 8, !tbaa !44
  %28 = getelementptr inbounds %struct.function, ptr %27, i64 0, i32 2, i32 2
  %29 = load i32, ptr %28, align 8, !tbaa !52
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
  %37 = load ptr, ptr %35, align 8, !tbaa !51
  %38 = getelementptr inbounds %struct.function, ptr %27, i64 0, i32 2, i32 3
  %39 = add nsw i32 %29, 1
  %40 = tail call fastcc ptr @grow(ptr noundef %37, ptr noundef nonnull %38, i32 noundef %39, i64 noundef 1)
  store ptr %40, ptr %35, align 8, !tbaa !51
  %41 = getelementptr inbounds %struct.function, ptr %27, i64 0, i32 2, i32 1
  %42 = load ptr, ptr %41, align 8, !tbaa !53
  %43 = getelementptr inbounds %struct.function, ptr %27, i64 0, i32 2, i32 4
  %44 = load i32, ptr %28, align 8, !tbaa !52
  %45 = add nsw i32 %44, 1
  %46 = tail call fastcc ptr @grow(ptr noundef %42, ptr noundef nonnull %43, i32 noundef %45, i64 noundef 4)
  store ptr %46, ptr %41, align 8, !tbaa !53
  %47 = trunc i32 %36 to i8
  %48 = load ptr, ptr %35, align 8, !tbaa !51
  %49 = load i32, ptr %28, align 8, !tbaa !52
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds i8, ptr %48, i64 %50
  store i8 %47, ptr %51, align 1, !tbaa !54
  %52 = load ptr, ptr %41, align 8, !tbaa !53
  %53 = load i32, ptr %28, align 8, !tbaa !52
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %28, align 8, !tbaa !52
  %55 = sext i32 %53 to i64
  %56 = getelementptr inbounds i32, ptr %52, i64 %55
  store i32 %2, ptr %56, align 4, !tbaa !22
  %57 = load ptr, ptr %35, align 8, !tbaa !51
  %58 = load i32, ptr %28, align 8, !tbaa !52
  %59 = add nsw i32 %58, 1
  %60 = tail call fastcc ptr @grow(ptr noundef %57, ptr noundef nonnull %38, i32 noundef %59, i64 noundef 1)
  store ptr %60, ptr %35, align 8, !tbaa !51
  %61 = load ptr, ptr %41, align 8, !tbaa !53
  %62 = load i32, ptr %28, align 8, !tbaa !52
  %63 = add nsw i32 %62, 1
  %64 = tail call fastcc ptr @grow(ptr noundef %61, ptr noundef nonnull %43, i32 noundef %63, i64 noundef 4)
  store ptr %64, ptr %41, align 8, !tbaa !53
  %65 = trunc i32 %31 to i8
  %66 = load ptr, ptr %35, align 8, !tbaa !51
  %67 = load i32, ptr %28, align 8, !tbaa !52
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds i8, ptr %66, i64 %68
  store i8 %65, ptr %69, align 1, !tbaa !54
  %70 = load ptr, ptr %41, align 8, !tbaa !53
  %71 = load i32, ptr %28, align 8, !tbaa !52
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %28, align 8, !tbaa !52
  %73 = sext i32 %71 to i64
  %74 = getelementptr inbounds i32, ptr %70, i64 %73
  store i32 %2, ptr %74, align 4, !tbaa !22
  ret void
}

; Function Attrs: nounwind uwtable
define internal fastcc void @advance(ptr nocapture noundef %0) unnamed_addr #0 {
  %2 = alloca [64 x i8], align 16
  %3 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2
  %4 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %3, ptr noundef nonnull align 8 dereferenceable(40) %4, i64 40, i1 false), !tbaa.struct !139
  %5 = load ptr, ptr %0, align 8, !tbaa !27, !noalias !140
  %6 = getelementptr inbounds %struct.lexer, ptr %0, i64 0, i32 1
  br label %7

7:                                                ; preds = %21, %1
  %8 = phi ptr [ %5, %1 ], [ %22, %21 ]
  %9 = load i8, ptr %8, align 1, !tbaa !54
  switch i8 %9, label %23 [
    i8 10, label %10
    i8 32, label %19
    i8 13, label %19
    i8 9, label %19
    i8 35, label %13
  ]

10:                                               ; preds = %7
  %11 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  %12 = add nsw i32 %11, 1
  store i32 %12, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %19

13:                                               ; preds = %7, %16
  %14 = phi i8 [ %18, %16 ], [ %9, %7 ]
  %15 = phi ptr [ %17, %16 ], [ %8, %7 ]
  switch i8 %14, label %16 [
    i8 0, label %21
    i8 10, label %21
  ]

16:                                               ; preds = %13
  %17 = getelementptr inbounds i8, ptr %15, i64 1
  store ptr %17, ptr %0, align 8, !tbaa !27, !noalias !140
  %18 = load i8, ptr %17, align 1, !tbaa !54
  br label %13, !llvm.loop !143

19:                                               ; preds = %10, %7, %7, %7
  %20 = getelementptr inbounds i8, ptr %8, i64 1
  store ptr %20, ptr %0, align 8, !tbaa !27, !noalias !140
  br label %21

21:                                               ; preds = %13, %13, %19
  %22 = phi ptr [ %20, %19 ], [ %15, %13 ], [ %15, %13 ]
  br label %7

23:                                               ; preds = %7
  %24 = sext i8 %9 to i32
  %25 = icmp eq i8 %9, 0
  br i1 %25, label %26, label %28

26:                                               ; preds = %23
  %27 = load i32, ptr %6, align 8, !tbaa !29, !noalias !144
  br label %264

28:                                               ; preds = %23
  %29 = tail call ptr @__ctype_b_loc() #30
  %30 = load ptr, ptr %29, align 8, !tbaa !4
  %31 = zext i8 %9 to i64
  %32 = getelementptr inbounds i16, ptr %30, i64 %31
  %33 = load i16, ptr %32, align 2, !tbaa !147
  %34 = zext i16 %33 to i32
  %35 = and i32 %34, 2048
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %122, label %37

37:                                               ; preds = %28
  %38 = and i16 %33, 2048
  %39 = icmp eq i16 %38, 0
  br i1 %39, label %50, label %40

40:                                               ; preds = %37, %40
  %41 = phi ptr [ %42, %40 ], [ %8, %37 ]
  %42 = getelementptr inbounds i8, ptr %41, i64 1
  store ptr %42, ptr %0, align 8, !tbaa !27, !noalias !149
  %43 = load ptr, ptr %29, align 8, !tbaa !4, !noalias !152
  %44 = load i8, ptr %42, align 1, !tbaa !54, !noalias !152
  %45 = zext i8 %44 to i64
  %46 = getelementptr inbounds i16, ptr %43, i64 %45
  %47 = load i16, ptr %46, align 2, !tbaa !147, !noalias !152
  %48 = and i16 %47, 2048
  %49 = icmp eq i16 %48, 0
  br i1 %49, label %50, label %40, !llvm.loop !153

50:                                               ; preds = %40, %37
  %51 = phi ptr [ %30, %37 ], [ %43, %40 ]
  %52 = phi ptr [ %8, %37 ], [ %42, %40 ]
  %53 = phi i8 [ %9, %37 ], [ %44, %40 ]
  %54 = icmp eq i8 %53, 46
  br i1 %54, label %55, label %73

55:                                               ; preds = %50
  %56 = getelementptr inbounds i8, ptr %52, i64 1
  %57 = load i8, ptr %56, align 1, !tbaa !54, !noalias !152
  %58 = zext i8 %57 to i64
  %59 = getelementptr inbounds i16, ptr %51, i64 %58
  %60 = load i16, ptr %59, align 2, !tbaa !147, !noalias !152
  %61 = and i16 %60, 2048
  %62 = icmp eq i16 %61, 0
  br i1 %62, label %102, label %63

63:                                               ; preds = %55, %63
  %64 = phi ptr [ %65, %63 ], [ %52, %55 ]
  %65 = getelementptr inbounds i8, ptr %64, i64 1
  store ptr %65, ptr %0, align 8, !tbaa !27, !noalias !149
  %66 = load ptr, ptr %29, align 8, !tbaa !4, !noalias !152
  %67 = load i8, ptr %65, align 1, !tbaa !54, !noalias !152
  %68 = zext i8 %67 to i64
  %69 = getelementptr inbounds i16, ptr %66, i64 %68
  %70 = load i16, ptr %69, align 2, !tbaa !147, !noalias !152
  %71 = and i16 %70, 2048
  %72 = icmp eq i16 %71, 0
  br i1 %72, label %73, label %63, !llvm.loop !154

73:                                               ; preds = %63, %50
  %74 = phi ptr [ %51, %50 ], [ %66, %63 ]
  %75 = phi i8 [ %53, %50 ], [ %67, %63 ]
  %76 = phi ptr [ %52, %50 ], [ %65, %63 ]
  %77 = phi i32 [ 0, %50 ], [ 1, %63 ]
  switch i8 %75, label %102 [
    i8 101, label %78
    i8 69, label %78
  ]

78:                                               ; preds = %73, %73
  %79 = getelementptr inbounds i8, ptr %76, i64 1
  %80 = load i8, ptr %79, align 1, !tbaa !54, !noalias !152
  switch i8 %80, label %84 [
    i8 43, label %81
    i8 45, label %81
  ]

81:                                               ; preds = %78, %78
  %82 = getelementptr inbounds i8, ptr %76, i64 2
  %83 = load i8, ptr %82, align 1, !tbaa !54, !noalias !152
  br label %84

84:                                               ; preds = %81, %78
  %85 = phi i8 [ %83, %81 ], [ %80, %78 ]
  %86 = phi ptr [ %82, %81 ], [ %79, %78 ]
  %87 = zext i8 %85 to i64
  %88 = getelementptr inbounds i16, ptr %74, i64 %87
  %89 = load i16, ptr %88, align 2, !tbaa !147, !noalias !152
  %90 = and i16 %89, 2048
  %91 = icmp eq i16 %90, 0
  br i1 %91, label %102, label %92

92:                                               ; preds = %84, %92
  %93 = phi ptr [ %101, %92 ], [ %86, %84 ]
  store ptr %93, ptr %0, align 8, !tbaa !27, !noalias !149
  %94 = load ptr, ptr %29, align 8, !tbaa !4, !noalias !152
  %95 = load i8, ptr %93, align 1, !tbaa !54, !noalias !152
  %96 = zext i8 %95 to i64
  %97 = getelementptr inbounds i16, ptr %94, i64 %96
  %98 = load i16, ptr %97, align 2, !tbaa !147, !noalias !152
  %99 = and i16 %98, 2048
  %100 = icmp eq i16 %99, 0
  %101 = getelementptr inbounds i8, ptr %93, i64 1
  br i1 %100, label %102, label %92, !llvm.loop !155

102:                                              ; preds = %92, %84, %73, %55
  %103 = phi ptr [ %76, %73 ], [ %76, %84 ], [ %52, %55 ], [ %93, %92 ]
  %104 = phi i32 [ %77, %73 ], [ %77, %84 ], [ 0, %55 ], [ 1, %92 ]
  %105 = icmp eq i32 %104, 0
  %106 = select i1 %105, i32 1, i32 2
  %107 = ptrtoint ptr %103 to i64
  %108 = ptrtoint ptr %8 to i64
  %109 = sub i64 %107, %108
  %110 = trunc i64 %109 to i32
  %111 = load i32, ptr %6, align 8, !tbaa !29, !noalias !156
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #24, !noalias !149
  %112 = tail call i32 @llvm.smin.i32(i32 %110, i32 63)
  %113 = sext i32 %112 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %2, ptr nonnull align 1 %8, i64 %113, i1 false), !noalias !152
  %114 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 %113
  store i8 0, ptr %114, align 1, !tbaa !54, !noalias !149
  br i1 %105, label %117, label %115

115:                                              ; preds = %102
  %116 = call double @strtod(ptr nocapture noundef nonnull %2, ptr noundef null) #24, !noalias !152
  br label %119

117:                                              ; preds = %102
  %118 = call i64 @strtoll(ptr nocapture noundef nonnull %2, ptr noundef null, i32 noundef 10) #24, !noalias !152
  br label %119

119:                                              ; preds = %117, %115
  %120 = phi double [ 0.000000e+00, %117 ], [ %116, %115 ]
  %121 = phi i64 [ %118, %117 ], [ 0, %115 ]
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #24, !noalias !149
  br label %264

122:                                              ; preds = %28
  %123 = and i32 %34, 1024
  %124 = icmp ne i32 %123, 0
  %125 = icmp eq i8 %9, 95
  %126 = or i1 %125, %124
  br i1 %126, label %127, label %170

127:                                              ; preds = %122
  %128 = and i16 %33, 8
  %129 = icmp ne i16 %128, 0
  %130 = or i1 %125, %129
  br i1 %130, label %131, label %143

131:                                              ; preds = %127, %131
  %132 = phi ptr [ %133, %131 ], [ %8, %127 ]
  %133 = getelementptr inbounds i8, ptr %132, i64 1
  store ptr %133, ptr %0, align 8, !tbaa !27, !noalias !140
  %134 = load ptr, ptr %29, align 8, !tbaa !4
  %135 = load i8, ptr %133, align 1, !tbaa !54
  %136 = zext i8 %135 to i64
  %137 = getelementptr inbounds i16, ptr %134, i64 %136
  %138 = load i16, ptr %137, align 2, !tbaa !147
  %139 = and i16 %138, 8
  %140 = icmp ne i16 %139, 0
  %141 = icmp eq i8 %135, 95
  %142 = select i1 %140, i1 true, i1 %141
  br i1 %142, label %131, label %143, !llvm.loop !159

143:                                              ; preds = %131, %127
  %144 = phi ptr [ %8, %127 ], [ %133, %131 ]
  %145 = ptrtoint ptr %144 to i64
  %146 = ptrtoint ptr %8 to i64
  %147 = sub i64 %145, %146
  %148 = trunc i64 %147 to i32
  %149 = shl i64 %147, 32
  %150 = ashr exact i64 %149, 32
  br label %151

151:                                              ; preds = %165, %143
  %152 = phi i64 [ 0, %143 ], [ %166, %165 ]
  %153 = getelementptr inbounds [16 x %struct.anon.0], ptr @keywords, i64 0, i64 %152
  %154 = load ptr, ptr %153, align 16, !tbaa !160, !noalias !140
  %155 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %154) #23
  %156 = trunc i64 %155 to i32
  %157 = icmp eq i32 %156, %148
  br i1 %157, label %158, label %165

158:                                              ; preds = %151
  %159 = tail call i32 @bcmp(ptr %154, ptr nonnull %8, i64 %150)
  %160 = icmp eq i32 %159, 0
  br i1 %160, label %161, label %165

161:                                              ; preds = %158
  %162 = getelementptr inbounds [16 x %struct.anon.0], ptr @keywords, i64 0, i64 %152, i32 1
  %163 = load i32, ptr %162, align 8, !tbaa !162, !noalias !140
  %164 = load i32, ptr %6, align 8, !tbaa !29, !noalias !163
  br label %264

165:                                              ; preds = %158, %151
  %166 = add nuw nsw i64 %152, 1
  %167 = icmp eq i64 %166, 16
  br i1 %167, label %168, label %151, !llvm.loop !166

168:                                              ; preds = %165
  %169 = load i32, ptr %6, align 8, !tbaa !29, !noalias !167
  br label %264

170:                                              ; preds = %122
  %171 = getelementptr inbounds i8, ptr %8, i64 1
  store ptr %171, ptr %0, align 8, !tbaa !27, !noalias !140
  switch i32 %24, label %262 [
    i32 34, label %172
    i32 43, label %200
    i32 45, label %202
    i32 42, label %204
    i32 47, label %206
    i32 37, label %208
    i32 40, label %210
    i32 41, label %212
    i32 123, label %214
    i32 125, label %216
    i32 91, label %218
    i32 93, label %220
    i32 44, label %222
    i32 59, label %224
    i32 61, label %226
    i32 33, label %234
    i32 60, label %240
    i32 62, label %248
    i32 46, label %256
  ]

172:                                              ; preds = %170, %188
  %173 = phi ptr [ %190, %188 ], [ %171, %170 ]
  %174 = load i8, ptr %173, align 1, !tbaa !54
  switch i8 %174, label %181 [
    i8 92, label %175
    i8 0, label %191
    i8 34, label %193
  ]

175:                                              ; preds = %172
  %176 = getelementptr inbounds i8, ptr %173, i64 1
  %177 = load i8, ptr %176, align 1, !tbaa !54
  %178 = icmp eq i8 %177, 0
  br i1 %178, label %188, label %179

179:                                              ; preds = %175
  store ptr %176, ptr %0, align 8, !tbaa !27, !noalias !140
  %180 = load i8, ptr %176, align 1, !tbaa !54
  br label %181

181:                                              ; preds = %179, %172
  %182 = phi i8 [ %174, %172 ], [ %180, %179 ]
  %183 = phi ptr [ %173, %172 ], [ %176, %179 ]
  %184 = icmp eq i8 %182, 10
  br i1 %184, label %185, label %188

185:                                              ; preds = %181
  %186 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  %187 = add nsw i32 %186, 1
  store i32 %187, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %188

188:                                              ; preds = %185, %181, %175
  %189 = phi ptr [ %183, %185 ], [ %183, %181 ], [ %173, %175 ]
  %190 = getelementptr inbounds i8, ptr %189, i64 1
  store ptr %190, ptr %0, align 8, !tbaa !27, !noalias !140
  br label %172, !llvm.loop !170

191:                                              ; preds = %172
  %192 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  tail call void (i32, ptr, ...) @fail(i32 noundef %192, ptr noundef nonnull @.str.119) #29
  unreachable

193:                                              ; preds = %172
  %194 = getelementptr inbounds i8, ptr %173, i64 1
  store ptr %194, ptr %0, align 8, !tbaa !27, !noalias !140
  %195 = ptrtoint ptr %194 to i64
  %196 = ptrtoint ptr %8 to i64
  %197 = sub i64 %195, %196
  %198 = trunc i64 %197 to i32
  %199 = load i32, ptr %6, align 8, !tbaa !29, !noalias !171
  br label %264

200:                                              ; preds = %170
  %201 = load i32, ptr %6, align 8, !tbaa !29, !noalias !174
  br label %264

202:                                              ; preds = %170
  %203 = load i32, ptr %6, align 8, !tbaa !29, !noalias !177
  br label %264

204:                                              ; preds = %170
  %205 = load i32, ptr %6, align 8, !tbaa !29, !noalias !180
  br label %264

206:                                              ; preds = %170
  %207 = load i32, ptr %6, align 8, !tbaa !29, !noalias !183
  br label %264

208:                                              ; preds = %170
  %209 = load i32, ptr %6, align 8, !tbaa !29, !noalias !186
  br label %264

210:                                              ; preds = %170
  %211 = load i32, ptr %6, align 8, !tbaa !29, !noalias !189
  br label %264

212:                                              ; preds = %170
  %213 = load i32, ptr %6, align 8, !tbaa !29, !noalias !192
  br label %264

214:                                              ; preds = %170
  %215 = load i32, ptr %6, align 8, !tbaa !29, !noalias !195
  br label %264

216:                                              ; preds = %170
  %217 = load i32, ptr %6, align 8, !tbaa !29, !noalias !198
  br label %264

218:                                              ; preds = %170
  %219 = load i32, ptr %6, align 8, !tbaa !29, !noalias !201
  br label %264

220:                                              ; preds = %170
  %221 = load i32, ptr %6, align 8, !tbaa !29, !noalias !204
  br label %264

222:                                              ; preds = %170
  %223 = load i32, ptr %6, align 8, !tbaa !29, !noalias !207
  br label %264

224:                                              ; preds = %170
  %225 = load i32, ptr %6, align 8, !tbaa !29, !noalias !210
  br label %264

226:                                              ; preds = %170
  %227 = load i8, ptr %171, align 1, !tbaa !54
  %228 = icmp eq i8 %227, 61
  br i1 %228, label %229, label %232

229:                                              ; preds = %226
  %230 = getelementptr inbounds i8, ptr %8, i64 2
  store ptr %230, ptr %0, align 8, !tbaa !27, !noalias !140
  %231 = load i32, ptr %6, align 8, !tbaa !29, !noalias !213
  br label %264

232:                                              ; preds = %226
  %233 = load i32, ptr %6, align 8, !tbaa !29, !noalias !216
  br label %264

234:                                              ; preds = %170
  %235 = load i8, ptr %171, align 1, !tbaa !54
  %236 = icmp eq i8 %235, 61
  br i1 %236, label %237, label %262

237:                                              ; preds = %234
  %238 = getelementptr inbounds i8, ptr %8, i64 2
  store ptr %238, ptr %0, align 8, !tbaa !27, !noalias !140
  %239 = load i32, ptr %6, align 8, !tbaa !29, !noalias !219
  br label %264

240:                                              ; preds = %170
  %241 = load i8, ptr %171, align 1, !tbaa !54
  %242 = icmp eq i8 %241, 61
  br i1 %242, label %243, label %246

243:                                              ; preds = %240
  %244 = getelementptr inbounds i8, ptr %8, i64 2
  store ptr %244, ptr %0, align 8, !tbaa !27, !noalias !140
  %245 = load i32, ptr %6, align 8, !tbaa !29, !noalias !222
  br label %264

246:                                              ; preds = %240
  %247 = load i32, ptr %6, align 8, !tbaa !29, !noalias !225
  br label %264

248:                                              ; preds = %170
  %249 = load i8, ptr %171, align 1, !tbaa !54
  %250 = icmp eq i8 %249, 61
  br i1 %250, label %251, label %254

251:                                              ; preds = %248
  %252 = getelementptr inbounds i8, ptr %8, i64 2
  store ptr %252, ptr %0, align 8, !tbaa !27, !noalias !140
  %253 = load i32, ptr %6, align 8, !tbaa !29, !noalias !228
  br label %264

254:                                              ; preds = %248
  %255 = load i32, ptr %6, align 8, !tbaa !29, !noalias !231
  br label %264

256:                                              ; preds = %170
  %257 = load i8, ptr %171, align 1, !tbaa !54
  %258 = icmp eq i8 %257, 46
  br i1 %258, label %259, label %262

259:                                              ; preds = %256
  %260 = getelementptr inbounds i8, ptr %8, i64 2
  store ptr %260, ptr %0, align 8, !tbaa !27, !noalias !140
  %261 = load i32, ptr %6, align 8, !tbaa !29, !noalias !234
  br label %264

262:                                              ; preds = %256, %234, %170
  %263 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  tail call void (i32, ptr, ...) @fail(i32 noundef %263, ptr noundef nonnull @.str.120, i32 noundef %24) #29
  unreachable

264:                                              ; preds = %26, %119, %161, %168, %193, %200, %202, %204, %206, %208, %210, %212, %214, %216, %218, %220, %222, %224, %229, %232, %237, %243, %246, %251, %254, %259
  %265 = phi double [ 0.000000e+00, %26 ], [ 0.000000e+00, %161 ], [ 0.000000e+00, %168 ], [ 0.000000e+00, %259 ], [ 0.000000e+00, %251 ], [ 0.000000e+00, %254 ], [ 0.000000e+00, %243 ], [ 0.000000e+00, %246 ], [ 0.000000e+00, %237 ], [ 0.000000e+00, %229 ], [ 0.000000e+00, %232 ], [ 0.000000e+00, %224 ], [ 0.000000e+00, %222 ], [ 0.000000e+00, %220 ], [ 0.000000e+00, %218 ], [ 0.000000e+00, %216 ], [ 0.000000e+00, %214 ], [ 0.000000e+00, %212 ], [ 0.000000e+00, %210 ], [ 0.000000e+00, %208 ], [ 0.000000e+00, %206 ], [ 0.000000e+00, %204 ], [ 0.000000e+00, %202 ], [ 0.000000e+00, %200 ], [ 0.000000e+00, %193 ], [ %120, %119 ]
  %266 = phi i32 [ %27, %26 ], [ %164, %161 ], [ %169, %168 ], [ %261, %259 ], [ %253, %251 ], [ %255, %254 ], [ %245, %243 ], [ %247, %246 ], [ %239, %237 ], [ %231, %229 ], [ %233, %232 ], [ %225, %224 ], [ %223, %222 ], [ %221, %220 ], [ %219, %218 ], [ %217, %216 ], [ %215, %214 ], [ %213, %212 ], [ %211, %210 ], [ %209, %208 ], [ %207, %206 ], [ %205, %204 ], [ %203, %202 ], [ %201, %200 ], [ %199, %193 ], [ %111, %119 ]
  %267 = phi i32 [ 0, %26 ], [ %148, %161 ], [ %148, %168 ], [ 2, %259 ], [ 2, %251 ], [ 1, %254 ], [ 2, %243 ], [ 1, %246 ], [ 2, %237 ], [ 2, %229 ], [ 1, %232 ], [ 1, %224 ], [ 1, %222 ], [ 1, %220 ], [ 1, %218 ], [ 1, %216 ], [ 1, %214 ], [ 1, %212 ], [ 1, %210 ], [ 1, %208 ], [ 1, %206 ], [ 1, %204 ], [ 1, %202 ], [ 1, %200 ], [ %198, %193 ], [ %110, %119 ]
  %268 = phi i64 [ 0, %26 ], [ 0, %161 ], [ 0, %168 ], [ 0, %259 ], [ 0, %251 ], [ 0, %254 ], [ 0, %243 ], [ 0, %246 ], [ 0, %237 ], [ 0, %229 ], [ 0, %232 ], [ 0, %224 ], [ 0, %222 ], [ 0, %220 ], [ 0, %218 ], [ 0, %216 ], [ 0, %214 ], [ 0, %212 ], [ 0, %210 ], [ 0, %208 ], [ 0, %206 ], [ 0, %204 ], [ 0, %202 ], [ 0, %200 ], [ 0, %193 ], [ %121, %119 ]
  %269 = phi i32 [ 0, %26 ], [ %163, %161 ], [ 4, %168 ], [ 41, %259 ], [ 31, %251 ], [ 30, %254 ], [ 29, %243 ], [ 28, %246 ], [ 27, %237 ], [ 26, %229 ], [ 32, %232 ], [ 40, %224 ], [ 39, %222 ], [ 38, %220 ], [ 37, %218 ], [ 36, %216 ], [ 35, %214 ], [ 34, %212 ], [ 33, %210 ], [ 25, %208 ], [ 24, %206 ], [ 23, %204 ], [ 22, %202 ], [ 21, %200 ], [ 3, %193 ], [ %106, %119 ]
  store i32 %269, ptr %4, align 8, !tbaa.struct !139
  %270 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 1
  store ptr %8, ptr %270, align 8, !tbaa.struct !237
  %271 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 2
  store i32 %267, ptr %271, align 8, !tbaa.struct !238
  %272 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  store i32 %266, ptr %272, align 4, !tbaa.struct !239
  %273 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 4
  store i64 %268, ptr %273, align 8, !tbaa.struct !240
  %274 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 5
  store double %265, ptr %274, align 8, !tbaa.struct !241
  ret void
}

; Function Attrs: nounwind uwtable
define internal fastcc nonnull ptr @new_node(i32 noundef %0, i32 noundef %1) unnamed_addr #0 {
  %3 = load ptr, ptr @arena, align 8, !tbaa !4
  %4 = icmp eq ptr %3, null
  br i1 %4, label %12, label %5

5:                                                ; preds = %2
  %6 = getelementptr inbounds %struct.arena_block, ptr %3, i64 0, i32 1
  %7 = load i64, ptr %6, align 8, !tbaa !20
  %8 = add i64 %7, 80
  %9 = getelementptr inbounds %struct.arena_block, ptr %3, i64 0, i32 2
  %10 = load i64, ptr %9, align 16, !tbaa !20
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
  store i64 0, ptr %19, align 8, !tbaa !20
  %20 = getelementptr inbounds %struct.arena_block, ptr %13, i64 0, i32 2
  store i64 65536, ptr %20, align 16, !tbaa !20
  store ptr %13, ptr @arena, align 8, !tbaa !4
  br label %21

21:                                               ; preds = %5, %18
  %22 = phi i64 [ 0, %18 ], [ %7, %5 ]
  %23 = phi ptr [ %13, %18 ], [ %3, %5 ]
  %24 = getelementptr inbounds %struct.arena_block, ptr %23, i64 0, i32 4
  %25 = getelementptr inbounds %struct.arena_block, ptr %23, i64 0, i32 1
  %26 = getelementptr inbounds i8, ptr %24, i64 %22
  %27 = add i64 %22, 80
  store i64 %27, ptr %25, align 8, !tbaa !20
  %28 = load i64, ptr @arena_total, align 8, !tbaa !20
  %29 = add i64 %28, 80
  store i64 %29, ptr @arena_total, align 8, !tbaa !20
  %30 = getelementptr inbounds i8, ptr %26, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %30, i8 0, i64 72, i1 false)
  store i32 %0, ptr %26, align 8, !tbaa !30
  %31 = getelementptr inbounds %struct.node, ptr %26, i64 0, i32 1
  store i32 %1, ptr %31, align 4, !tbaa !34
  ret ptr %26
}

; Function Attrs: nounwind uwtable
define internal fastcc nonnull ptr @parse_statement(ptr noundef %0) unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  %3 = load i32, ptr %2, align 4, !tbaa !242
  %4 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %5 = load i32, ptr %4, align 8, !tbaa !35
  switch i32 %5, label %297 [
    i32 5, label %6
    i32 6, label %68
    i32 7, label %187
    i32 9, label %233
    i32 10, label %267
    i32 12, label %281
    i32 19, label %289
    i32 20, label %289
    i32 35, label %295
  ]

6:                                                ; preds = %1
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %7 = load ptr, ptr @arena, align 8, !tbaa !4
  %8 = icmp eq ptr %7, null
  br i1 %8, label %16, label %9

9:                                                ; preds = %6
  %10 = getelementptr inbounds %struct.arena_block, ptr %7, i64 0, i32 1
  %11 = load i64, ptr %10, align 8, !tbaa !20
  %12 = add i64 %11, 80
  %13 = getelementptr inbounds %struct.arena_block, ptr %7, i64 0, i32 2
  %14 = load i64, ptr %13, align 16, !tbaa !20
  %15 = icmp ugt i64 %12, %14
  br i1 %15, label %16, label %25

16:                                               ; preds = %9, %6
  %17 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %18 = icmp eq ptr %17, null
  br i1 %18, label %19, label %22

19:                                               ; preds = %16
  %20 = load ptr, ptr @stderr, align 8, !tbaa !4
  %21 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %20) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

22:                                               ; preds = %16
  store ptr %7, ptr %17, align 16, !tbaa !4
  %23 = getelementptr inbounds %struct.arena_block, ptr %17, i64 0, i32 1
  store i64 0, ptr %23, align 8, !tbaa !20
  %24 = getelementptr inbounds %struct.arena_block, ptr %17, i64 0, i32 2
  store i64 65536, ptr %24, align 16, !tbaa !20
  store ptr %17, ptr @arena, align 8, !tbaa !4
  br label %25

25:                                               ; preds = %9, %22
  %26 = phi i64 [ 0, %22 ], [ %11, %9 ]
  %27 = phi ptr [ %17, %22 ], [ %7, %9 ]
  %28 = getelementptr inbounds %struct.arena_block, ptr %27, i64 0, i32 4
  %29 = getelementptr inbounds %struct.arena_block, ptr %27, i64 0, i32 1
  %30 = getelementptr inbounds i8, ptr %28, i64 %26
  %31 = add i64 %26, 80
  store i64 %31, ptr %29, align 8, !tbaa !20
  %32 = load i64, ptr @arena_total, align 8, !tbaa !20
  %33 = add i64 %32, 80
  store i64 %33, ptr @arena_total, align 8, !tbaa !20
  %34 = getelementptr inbounds i8, ptr %30, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %34, i8 0, i64 72, i1 false)
  store i32 16, ptr %30, align 8, !tbaa !30
  %35 = getelementptr inbounds %struct.node, ptr %30, i64 0, i32 1
  store i32 %3, ptr %35, align 4, !tbaa !34
  %36 = load i32, ptr %4, align 8, !tbaa !35
  %37 = icmp eq i32 %36, 4
  br i1 %37, label %43, label %38

38:                                               ; preds = %25
  %39 = load i32, ptr %2, align 4, !tbaa !242
  %40 = zext i32 %36 to i64
  %41 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %40
  %42 = load ptr, ptr %41, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %39, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.71, ptr noundef nonnull @.str.132, ptr noundef %42) #29
  unreachable

43:                                               ; preds = %25
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %44 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 1
  %45 = load ptr, ptr %44, align 8, !tbaa !243
  %46 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 2
  %47 = load i32, ptr %46, align 8, !tbaa !244
  %48 = tail call fastcc ptr @intern(ptr noundef %45, i32 noundef %47)
  %49 = getelementptr inbounds %struct.node, ptr %30, i64 0, i32 5
  store ptr %48, ptr %49, align 8, !tbaa !114
  %50 = load i32, ptr %4, align 8, !tbaa !35
  %51 = icmp eq i32 %50, 32
  br i1 %51, label %57, label %52

52:                                               ; preds = %43
  %53 = load i32, ptr %2, align 4, !tbaa !242
  %54 = zext i32 %50 to i64
  %55 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %54
  %56 = load ptr, ptr %55, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %53, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.99, ptr noundef nonnull @.str.133, ptr noundef %56) #29
  unreachable

57:                                               ; preds = %43
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %58 = tail call fastcc ptr @parse_expression(ptr noundef nonnull %0, i32 noundef 1)
  %59 = getelementptr inbounds %struct.node, ptr %30, i64 0, i32 6
  store ptr %58, ptr %59, align 8, !tbaa !116
  %60 = load i32, ptr %4, align 8, !tbaa !35
  %61 = icmp eq i32 %60, 40
  br i1 %61, label %67, label %62

62:                                               ; preds = %57
  %63 = load i32, ptr %2, align 4, !tbaa !242
  %64 = zext i32 %60 to i64
  %65 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %64
  %66 = load ptr, ptr %65, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %63, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.107, ptr noundef nonnull @.str.132, ptr noundef %66) #29
  unreachable

67:                                               ; preds = %57
  tail call fastcc void @advance(ptr noundef nonnull %0)
  br label %324

68:                                               ; preds = %1
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %69 = load ptr, ptr @arena, align 8, !tbaa !4
  %70 = icmp eq ptr %69, null
  br i1 %70, label %78, label %71

71:                                               ; preds = %68
  %72 = getelementptr inbounds %struct.arena_block, ptr %69, i64 0, i32 1
  %73 = load i64, ptr %72, align 8, !tbaa !20
  %74 = add i64 %73, 80
  %75 = getelementptr inbounds %struct.arena_block, ptr %69, i64 0, i32 2
  %76 = load i64, ptr %75, align 16, !tbaa !20
  %77 = icmp ugt i64 %74, %76
  br i1 %77, label %78, label %87

78:                                               ; preds = %71, %68
  %79 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %80 = icmp eq ptr %79, null
  br i1 %80, label %81, label %84

81:                                               ; preds = %78
  %82 = load ptr, ptr @stderr, align 8, !tbaa !4
  %83 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %82) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

84:                                               ; preds = %78
  store ptr %69, ptr %79, align 16, !tbaa !4
  %85 = getelementptr inbounds %struct.arena_block, ptr %79, i64 0, i32 1
  store i64 0, ptr %85, align 8, !tbaa !20
  %86 = getelementptr inbounds %struct.arena_block, ptr %79, i64 0, i32 2
  store i64 65536, ptr %86, align 16, !tbaa !20
  store ptr %79, ptr @arena, align 8, !tbaa !4
  br label %87

87:                                               ; preds = %71, %84
  %88 = phi i64 [ 0, %84 ], [ %73, %71 ]
  %89 = phi ptr [ %79, %84 ], [ %69, %71 ]
  %90 = getelementptr inbounds %struct.arena_block, ptr %89, i64 0, i32 4
  %91 = getelementptr inbounds %struct.arena_block, ptr %89, i64 0, i32 1
  %92 = getelementptr inbounds i8, ptr %90, i64 %88
  %93 = add i64 %88, 80
  store i64 %93, ptr %91, align 8, !tbaa !20
  %94 = load i64, ptr @arena_total, align 8, !tbaa !20
  %95 = add i64 %94, 80
  store i64 %95, ptr @arena_total, align 8, !tbaa !20
  %96 = getelementptr inbounds i8, ptr %92, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %96, i8 0, i64 72, i1 false)
  store i32 25, ptr %92, align 8, !tbaa !30
  %97 = getelementptr inbounds %struct.node, ptr %92, i64 0, i32 1
  store i32 %3, ptr %97, align 4, !tbaa !34
  %98 = load i32, ptr %4, align 8, !tbaa !35
  %99 = icmp eq i32 %98, 4
  br i1 %99, label %105, label %100

100:                                              ; preds = %87
  %101 = load i32, ptr %2, align 4, !tbaa !242
  %102 = zext i32 %98 to i64
  %103 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %102
  %104 = load ptr, ptr %103, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %101, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.71, ptr noundef nonnull @.str.134, ptr noundef %104) #29
  unreachable

105:                                              ; preds = %87
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %106 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 1
  %107 = load ptr, ptr %106, align 8, !tbaa !243
  %108 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 2
  %109 = load i32, ptr %108, align 8, !tbaa !244
  %110 = tail call fastcc ptr @intern(ptr noundef %107, i32 noundef %109)
  %111 = getelementptr inbounds %struct.node, ptr %92, i64 0, i32 5
  store ptr %110, ptr %111, align 8, !tbaa !114
  %112 = load i32, ptr %4, align 8, !tbaa !35
  %113 = icmp eq i32 %112, 33
  br i1 %113, label %119, label %114

114:                                              ; preds = %105
  %115 = load i32, ptr %2, align 4, !tbaa !242
  %116 = zext i32 %112 to i64
  %117 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %116
  %118 = load ptr, ptr %117, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %115, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.100, ptr noundef nonnull @.str.135, ptr noundef %118) #29
  unreachable

119:                                              ; preds = %105
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %120 = load i32, ptr %4, align 8, !tbaa !35
  switch i32 %120, label %129 [
    i32 34, label %184
    i32 4, label %121
  ]

121:                                              ; preds = %119
  %122 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 3
  %123 = getelementptr inbounds %struct.node, ptr %92, i64 0, i32 9
  %124 = getelementptr inbounds %struct.node, ptr %92, i64 0, i32 11
  %125 = getelementptr inbounds %struct.node, ptr %92, i64 0, i32 10
  br label %135

126:                                              ; preds = %155
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %127 = load i32, ptr %4, align 8, !tbaa !35
  %128 = icmp eq i32 %127, 4
  br i1 %128, label %135, label %129

129:                                              ; preds = %126, %119
  %130 = phi i32 [ %120, %119 ], [ %127, %126 ]
  %131 = load i32, ptr %2, align 4, !tbaa !242
  %132 = zext i32 %130 to i64
  %133 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %132
  %134 = load ptr, ptr %133, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %131, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.71, ptr noundef nonnull @.str.136, ptr noundef %134) #29
  unreachable

135:                                              ; preds = %121, %126
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %136 = load i32, ptr %122, align 4, !tbaa !245
  %137 = load ptr, ptr @arena, align 8, !tbaa !4
  %138 = icmp eq ptr %137, null
  br i1 %138, label %146, label %139

139:                                              ; preds = %135
  %140 = getelementptr inbounds %struct.arena_block, ptr %137, i64 0, i32 1
  %141 = load i64, ptr %140, align 8, !tbaa !20
  %142 = add i64 %141, 80
  %143 = getelementptr inbounds %struct.arena_block, ptr %137, i64 0, i32 2
  %144 = load i64, ptr %143, align 16, !tbaa !20
  %145 = icmp ugt i64 %142, %144
  br i1 %145, label %146, label %155

146:                                              ; preds = %139, %135
  %147 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %148 = icmp eq ptr %147, null
  br i1 %148, label %149, label %152

149:                                              ; preds = %146
  %150 = load ptr, ptr @stderr, align 8, !tbaa !4
  %151 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %150) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

152:                                              ; preds = %146
  store ptr %137, ptr %147, align 16, !tbaa !4
  %153 = getelementptr inbounds %struct.arena_block, ptr %147, i64 0, i32 1
  store i64 0, ptr %153, align 8, !tbaa !20
  %154 = getelementptr inbounds %struct.arena_block, ptr %147, i64 0, i32 2
  store i64 65536, ptr %154, align 16, !tbaa !20
  store ptr %147, ptr @arena, align 8, !tbaa !4
  br label %155

155:                                              ; preds = %139, %152
  %156 = phi i64 [ 0, %152 ], [ %141, %139 ]
  %157 = phi ptr [ %147, %152 ], [ %137, %139 ]
  %158 = getelementptr inbounds %struct.arena_block, ptr %157, i64 0, i32 4
  %159 = getelementptr inbounds %struct.arena_block, ptr %157, i64 0, i32 1
  %160 = getelementptr inbounds i8, ptr %158, i64 %156
  %161 = add i64 %156, 80
  store i64 %161, ptr %159, align 8, !tbaa !20
  %162 = load i64, ptr @arena_total, align 8, !tbaa !20
  %163 = add i64 %162, 80
  store i64 %163, ptr @arena_total, align 8, !tbaa !20
  %164 = getelementptr inbounds i8, ptr %160, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %164, i8 0, i64 72, i1 false)
  store i32 6, ptr %160, align 8, !tbaa !30
  %165 = getelementptr inbounds %struct.node, ptr %160, i64 0, i32 1
  store i32 %136, ptr %165, align 4, !tbaa !34
  %166 = load ptr, ptr %106, align 8, !tbaa !243
  %167 = load i32, ptr %108, align 8, !tbaa !244
  %168 = tail call fastcc ptr @intern(ptr noundef %166, i32 noundef %167)
  %169 = getelementptr inbounds %struct.node, ptr %160, i64 0, i32 5
  store ptr %168, ptr %169, align 8, !tbaa !114
  %170 = load ptr, ptr %123, align 8, !tbaa !38
  %171 = load i32, ptr %125, align 8, !tbaa !39
  %172 = add nsw i32 %171, 1
  %173 = tail call fastcc ptr @grow(ptr noundef %170, ptr noundef nonnull %124, i32 noundef %172, i64 noundef 8)
  store ptr %173, ptr %123, align 8, !tbaa !38
  %174 = load i32, ptr %125, align 8, !tbaa !39
  %175 = add nsw i32 %174, 1
  store i32 %175, ptr %125, align 8, !tbaa !39
  %176 = sext i32 %174 to i64
  %177 = getelementptr inbounds ptr, ptr %173, i64 %176
  store ptr %160, ptr %177, align 8, !tbaa !4
  %178 = load i32, ptr %4, align 8, !tbaa !35
  switch i32 %178, label %179 [
    i32 39, label %126
    i32 34, label %184
  ]

179:                                              ; preds = %155
  %180 = load i32, ptr %2, align 4, !tbaa !242
  %181 = zext i32 %178 to i64
  %182 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %181
  %183 = load ptr, ptr %182, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %180, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.101, ptr noundef nonnull @.str.137, ptr noundef %183) #29
  unreachable

184:                                              ; preds = %155, %119
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %185 = tail call fastcc ptr @parse_block(ptr noundef nonnull %0)
  %186 = getelementptr inbounds %struct.node, ptr %92, i64 0, i32 6
  store ptr %185, ptr %186, align 8, !tbaa !116
  br label %324

187:                                              ; preds = %1
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %188 = load ptr, ptr @arena, align 8, !tbaa !4
  %189 = icmp eq ptr %188, null
  br i1 %189, label %197, label %190

190:                                              ; preds = %187
  %191 = getelementptr inbounds %struct.arena_block, ptr %188, i64 0, i32 1
  %192 = load i64, ptr %191, align 8, !tbaa !20
  %193 = add i64 %192, 80
  %194 = getelementptr inbounds %struct.arena_block, ptr %188, i64 0, i32 2
  %195 = load i64, ptr %194, align 16, !tbaa !20
  %196 = icmp ugt i64 %193, %195
  br i1 %196, label %197, label %206

197:                                              ; preds = %190, %187
  %198 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %199 = icmp eq ptr %198, null
  br i1 %199, label %200, label %203

200:                                              ; preds = %197
  %201 = load ptr, ptr @stderr, align 8, !tbaa !4
  %202 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %201) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

203:                                              ; preds = %197
  store ptr %188, ptr %198, align 16, !tbaa !4
  %204 = getelementptr inbounds %struct.arena_block, ptr %198, i64 0, i32 1
  store i64 0, ptr %204, align 8, !tbaa !20
  %205 = getelementptr inbounds %struct.arena_block, ptr %198, i64 0, i32 2
  store i64 65536, ptr %205, align 16, !tbaa !20
  store ptr %198, ptr @arena, align 8, !tbaa !4
  br label %206

206:                                              ; preds = %190, %203
  %207 = phi i64 [ 0, %203 ], [ %192, %190 ]
  %208 = phi ptr [ %198, %203 ], [ %188, %190 ]
  %209 = getelementptr inbounds %struct.arena_block, ptr %208, i64 0, i32 4
  %210 = getelementptr inbounds %struct.arena_block, ptr %208, i64 0, i32 1
  %211 = getelementptr inbounds i8, ptr %209, i64 %207
  %212 = add i64 %207, 80
  store i64 %212, ptr %210, align 8, !tbaa !20
  %213 = load i64, ptr @arena_total, align 8, !tbaa !20
  %214 = add i64 %213, 80
  store i64 %214, ptr @arena_total, align 8, !tbaa !20
  %215 = getelementptr inbounds i8, ptr %211, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %215, i8 0, i64 72, i1 false)
  store i32 18, ptr %211, align 8, !tbaa !30
  %216 = getelementptr inbounds %struct.node, ptr %211, i64 0, i32 1
  store i32 %3, ptr %216, align 4, !tbaa !34
  %217 = tail call fastcc ptr @parse_expression(ptr noundef nonnull %0, i32 noundef 1)
  %218 = getelementptr inbounds %struct.node, ptr %211, i64 0, i32 6
  store ptr %217, ptr %218, align 8, !tbaa !116
  %219 = tail call fastcc ptr @parse_block(ptr noundef nonnull %0)
  %220 = getelementptr inbounds %struct.node, ptr %211, i64 0, i32 7
  store ptr %219, ptr %220, align 8, !tbaa !118
  %221 = load i32, ptr %4, align 8, !tbaa !35
  %222 = icmp eq i32 %221, 8
  br i1 %222, label %223, label %324

223:                                              ; preds = %206
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %224 = load i32, ptr %4, align 8, !tbaa !35
  %225 = icmp eq i32 %224, 7
  br i1 %225, label %226, label %228

226:                                              ; preds = %223
  %227 = tail call fastcc ptr @parse_statement(ptr noundef nonnull %0)
  br label %230

228:                                              ; preds = %223
  %229 = tail call fastcc ptr @parse_block(ptr noundef nonnull %0)
  br label %230

230:                                              ; preds = %228, %226
  %231 = phi ptr [ %227, %226 ], [ %229, %228 ]
  %232 = getelementptr inbounds %struct.node, ptr %211, i64 0, i32 8
  store ptr %231, ptr %232, align 8, !tbaa !121
  br label %324

233:                                              ; preds = %1
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %234 = load ptr, ptr @arena, align 8, !tbaa !4
  %235 = icmp eq ptr %234, null
  br i1 %235, label %243, label %236

236:                                              ; preds = %233
  %237 = getelementptr inbounds %struct.arena_block, ptr %234, i64 0, i32 1
  %238 = load i64, ptr %237, align 8, !tbaa !20
  %239 = add i64 %238, 80
  %240 = getelementptr inbounds %struct.arena_block, ptr %234, i64 0, i32 2
  %241 = load i64, ptr %240, align 16, !tbaa !20
  %242 = icmp ugt i64 %239, %241
  br i1 %242, label %243, label %252

243:                                              ; preds = %236, %233
  %244 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %245 = icmp eq ptr %244, null
  br i1 %245, label %246, label %249

246:                                              ; preds = %243
  %247 = load ptr, ptr @stderr, align 8, !tbaa !4
  %248 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %247) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

249:                                              ; preds = %243
  store ptr %234, ptr %244, align 16, !tbaa !4
  %250 = getelementptr inbounds %struct.arena_block, ptr %244, i64 0, i32 1
  store i64 0, ptr %250, align 8, !tbaa !20
  %251 = getelementptr inbounds %struct.arena_block, ptr %244, i64 0, i32 2
  store i64 65536, ptr %251, align 16, !tbaa !20
  store ptr %244, ptr @arena, align 8, !tbaa !4
  br label %252

252:                                              ; preds = %236, %249
  %253 = phi i64 [ 0, %249 ], [ %238, %236 ]
  %254 = phi ptr [ %244, %249 ], [ %234, %236 ]
  %255 = getelementptr inbounds %struct.arena_block, ptr %254, i64 0, i32 4
  %256 = getelementptr inbounds %struct.arena_block, ptr %254, i64 0, i32 1
  %257 = getelementptr inbounds i8, ptr %255, i64 %253
  %258 = add i64 %253, 80
  store i64 %258, ptr %256, align 8, !tbaa !20
  %259 = load i64, ptr @arena_total, align 8, !tbaa !20
  %260 = add i64 %259, 80
  store i64 %260, ptr @arena_total, align 8, !tbaa !20
  %261 = getelementptr inbounds i8, ptr %257, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %261, i8 0, i64 72, i1 false)
  store i32 19, ptr %257, align 8, !tbaa !30
  %262 = getelementptr inbounds %struct.node, ptr %257, i64 0, i32 1
  store i32 %3, ptr %262, align 4, !tbaa !34
  %263 = tail call fastcc ptr @parse_expression(ptr noundef nonnull %0, i32 noundef 1)
  %264 = getelementptr inbounds %struct.node, ptr %257, i64 0, i32 6
  store ptr %263, ptr %264, align 8, !tbaa !116
  %265 = tail call fastcc ptr @parse_block(ptr noundef nonnull %0)
  %266 = getelementptr inbounds %struct.node, ptr %257, i64 0, i32 7
  store ptr %265, ptr %266, align 8, !tbaa !118
  br label %324

267:                                              ; preds = %1
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %268 = tail call fastcc ptr @new_node(i32 noundef 20, i32 noundef %3)
  tail call fastcc void @expect(ptr noundef nonnull %0, i32 noundef 4, ptr noundef nonnull @.str.138)
  %269 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 1
  %270 = load ptr, ptr %269, align 8, !tbaa !243
  %271 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 2
  %272 = load i32, ptr %271, align 8, !tbaa !244
  %273 = tail call fastcc ptr @intern(ptr noundef %270, i32 noundef %272)
  %274 = getelementptr inbounds %struct.node, ptr %268, i64 0, i32 5
  store ptr %273, ptr %274, align 8, !tbaa !114
  tail call fastcc void @expect(ptr noundef nonnull %0, i32 noundef 11, ptr noundef nonnull @.str.139)
  %275 = tail call fastcc ptr @parse_expression(ptr noundef nonnull %0, i32 noundef 1)
  %276 = getelementptr inbounds %struct.node, ptr %268, i64 0, i32 6
  store ptr %275, ptr %276, align 8, !tbaa !116
  tail call fastcc void @expect(ptr noundef nonnull %0, i32 noundef 41, ptr noundef nonnull @.str.140)
  %277 = tail call fastcc ptr @parse_expression(ptr noundef nonnull %0, i32 noundef 1)
  %278 = getelementptr inbounds %struct.node, ptr %268, i64 0, i32 7
  store ptr %277, ptr %278, align 8, !tbaa !118
  %279 = tail call fastcc ptr @parse_block(ptr noundef nonnull %0)
  %280 = getelementptr inbounds %struct.node, ptr %268, i64 0, i32 8
  store ptr %279, ptr %280, align 8, !tbaa !121
  br label %324

281:                                              ; preds = %1
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %282 = tail call fastcc ptr @new_node(i32 noundef 21, i32 noundef %3)
  %283 = load i32, ptr %4, align 8, !tbaa !35
  %284 = icmp eq i32 %283, 40
  br i1 %284, label %288, label %285

285:                                              ; preds = %281
  %286 = tail call fastcc ptr @parse_expression(ptr noundef nonnull %0, i32 noundef 1)
  %287 = getelementptr inbounds %struct.node, ptr %282, i64 0, i32 6
  store ptr %286, ptr %287, align 8, !tbaa !116
  br label %288

288:                                              ; preds = %285, %281
  tail call fastcc void @expect(ptr noundef nonnull %0, i32 noundef 40, ptr noundef nonnull @.str.141)
  br label %324

289:                                              ; preds = %1, %1
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %290 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2
  %291 = load i32, ptr %290, align 8, !tbaa !246
  %292 = icmp eq i32 %291, 19
  %293 = select i1 %292, i32 22, i32 23
  %294 = tail call fastcc ptr @new_node(i32 noundef %293, i32 noundef %3)
  tail call fastcc void @expect(ptr noundef nonnull %0, i32 noundef 40, ptr noundef nonnull @.str.142)
  br label %324

295:                                              ; preds = %1
  %296 = tail call fastcc ptr @parse_block(ptr noundef nonnull %0)
  br label %324

297:                                              ; preds = %1
  %298 = tail call fastcc ptr @parse_expression(ptr noundef nonnull %0, i32 noundef 1)
  %299 = load i32, ptr %4, align 8, !tbaa !35
  %300 = icmp eq i32 %299, 32
  br i1 %300, label %301, label %321

301:                                              ; preds = %297
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %302 = load i32, ptr %298, align 8, !tbaa !30
  switch i32 %302, label %316 [
    i32 6, label %303
    i32 12, label %308
  ]

303:                                              ; preds = %301
  %304 = tail call fastcc ptr @new_node(i32 noundef 14, i32 noundef %3)
  %305 = getelementptr inbounds %struct.node, ptr %298, i64 0, i32 5
  %306 = load ptr, ptr %305, align 8, !tbaa !114
  %307 = getelementptr inbounds %struct.node, ptr %304, i64 0, i32 5
  store ptr %306, ptr %307, align 8, !tbaa !114
  br label %317

308:                                              ; preds = %301
  %309 = tail call fastcc ptr @new_node(i32 noundef 15, i32 noundef %3)
  %310 = getelementptr inbounds %struct.node, ptr %298, i64 0, i32 6
  %311 = load ptr, ptr %310, align 8, !tbaa !116
  %312 = getelementptr inbounds %struct.node, ptr %309, i64 0, i32 7
  store ptr %311, ptr %312, align 8, !tbaa !118
  %313 = getelementptr inbounds %struct.node, ptr %298, i64 0, i32 7
  %314 = load ptr, ptr %313, align 8, !tbaa !118
  %315 = getelementptr inbounds %struct.node, ptr %309, i64 0, i32 8
  store ptr %314, ptr %315, align 8, !tbaa !121
  br label %317

316:                                              ; preds = %301
  tail call void (i32, ptr, ...) @fail(i32 noundef %3, ptr noundef nonnull @.str.143) #29
  unreachable

317:                                              ; preds = %308, %303
  %318 = phi ptr [ %304, %303 ], [ %309, %308 ]
  %319 = tail call fastcc ptr @parse_expression(ptr noundef nonnull %0, i32 noundef 1)
  %320 = getelementptr inbounds %struct.node, ptr %318, i64 0, i32 6
  store ptr %319, ptr %320, align 8, !tbaa !116
  tail call fastcc void @expect(ptr noundef nonnull %0, i32 noundef 40, ptr noundef nonnull @.str.144)
  br label %324

321:                                              ; preds = %297
  %322 = tail call fastcc ptr @new_node(i32 noundef 24, i32 noundef %3)
  %323 = getelementptr inbounds %struct.node, ptr %322, i64 0, i32 6
  store ptr %298, ptr %323, align 8, !tbaa !116
  tail call fastcc void @expect(ptr noundef nonnull %0, i32 noundef 40, ptr noundef nonnull @.str.145)
  br label %324

324:                                              ; preds = %206, %317, %321, %230, %295, %289, %288, %267, %252, %184, %67
  %325 = phi ptr [ %30, %67 ], [ %92, %184 ], [ %257, %252 ], [ %268, %267 ], [ %282, %288 ], [ %294, %289 ], [ %296, %295 ], [ %211, %230 ], [ %318, %317 ], [ %322, %321 ], [ %211, %206 ]
  ret ptr %325
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare ptr @__ctype_b_loc() local_unnamed_addr #16

; Function Attrs: mustprogress nofree nounwind willreturn
declare double @strtod(ptr noundef readonly, ptr nocapture noundef) local_unnamed_addr #12

; Function Attrs: nounwind uwtable
define internal fastcc void @expect(ptr nocapture noundef %0, i32 noundef %1, ptr noundef %2) unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %5 = load i32, ptr %4, align 8, !tbaa !35
  %6 = icmp eq i32 %5, %1
  br i1 %6, label %16, label %7

7:                                                ; preds = %3
  %8 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  %9 = load i32, ptr %8, align 4, !tbaa !242
  %10 = zext i32 %1 to i64
  %11 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %10
  %12 = load ptr, ptr %11, align 8, !tbaa !4
  %13 = zext i32 %5 to i64
  %14 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %13
  %15 = load ptr, ptr %14, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %9, ptr noundef nonnull @.str.146, ptr noundef %12, ptr noundef %2, ptr noundef %15) #29
  unreachable

16:                                               ; preds = %3
  tail call fastcc void @advance(ptr noundef nonnull %0)
  ret void
}

; Function Attrs: nounwind uwtable
define internal fastcc nonnull ptr @parse_expression(ptr nocapture noundef %0, i32 noundef %1) unnamed_addr #0 {
  %3 = tail call fastcc ptr @parse_prefix(ptr noundef %0)
  %4 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %5 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 3
  br label %6

6:                                                ; preds = %47, %2
  %7 = phi ptr [ %3, %2 ], [ %52, %47 ]
  %8 = load i32, ptr %4, align 8, !tbaa !35
  %9 = add i32 %8, -16
  %10 = icmp ult i32 %9, 16
  br i1 %10, label %11, label %60

11:                                               ; preds = %6
  %12 = trunc i32 %9 to i16
  %13 = lshr i16 -29, %12
  %14 = and i16 %13, 1
  %15 = icmp eq i16 %14, 0
  br i1 %15, label %60, label %16

16:                                               ; preds = %11
  %17 = sext i32 %9 to i64
  %18 = getelementptr inbounds [16 x i32], ptr @switch.table.parse_expression, i64 0, i64 %17
  %19 = load i32, ptr %18, align 4
  %20 = icmp slt i32 %19, %1
  br i1 %20, label %60, label %21

21:                                               ; preds = %16
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %22 = add nuw nsw i32 %19, 1
  %23 = tail call fastcc ptr @parse_expression(ptr noundef nonnull %0, i32 noundef %22)
  %24 = icmp eq i32 %8, 16
  %25 = icmp eq i32 %8, 17
  %26 = select i1 %25, i32 10, i32 8
  %27 = select i1 %24, i32 9, i32 %26
  %28 = load i32, ptr %5, align 4, !tbaa !245
  %29 = load ptr, ptr @arena, align 8, !tbaa !4
  %30 = icmp eq ptr %29, null
  br i1 %30, label %38, label %31

31:                                               ; preds = %21
  %32 = getelementptr inbounds %struct.arena_block, ptr %29, i64 0, i32 1
  %33 = load i64, ptr %32, align 8, !tbaa !20
  %34 = add i64 %33, 80
  %35 = getelementptr inbounds %struct.arena_block, ptr %29, i64 0, i32 2
  %36 = load i64, ptr %35, align 16, !tbaa !20
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
  store i64 0, ptr %45, align 8, !tbaa !20
  %46 = getelementptr inbounds %struct.arena_block, ptr %39, i64 0, i32 2
  store i64 65536, ptr %46, align 16, !tbaa !20
  store ptr %39, ptr @arena, align 8, !tbaa !4
  br label %47

47:                                               ; preds = %44, %31
  %48 = phi i64 [ 0, %44 ], [ %33, %31 ]
  %49 = phi ptr [ %39, %44 ], [ %29, %31 ]
  %50 = getelementptr inbounds %struct.arena_block, ptr %49, i64 0, i32 4
  %51 = getelementptr inbounds %struct.arena_block, ptr %49, i64 0, i32 1
  %52 = getelementptr inbounds i8, ptr %50, i64 %48
  %53 = add i64 %48, 80
  store i64 %53, ptr %51, align 8, !tbaa !20
  %54 = load i64, ptr @arena_total, align 8, !tbaa !20
  %55 = add i64 %54, 80
  store i64 %55, ptr @arena_total, align 8, !tbaa !20
  %56 = getelementptr inbounds i8, ptr %52, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %56, i8 0, i64 72, i1 false)
  store i32 %27, ptr %52, align 8, !tbaa !30
  %57 = getelementptr inbounds %struct.node, ptr %52, i64 0, i32 1
  store i32 %28, ptr %57, align 4, !tbaa !34
  store i32 %8, ptr %56, align 8, !tbaa !117
  %58 = getelementptr inbounds %struct.node, ptr %52, i64 0, i32 6
  store ptr %7, ptr %58, align 8, !tbaa !116
  %59 = getelementptr inbounds %struct.node, ptr %52, i64 0, i32 7
  store ptr %23, ptr %59, align 8, !tbaa !118
  br label %6

60:                                               ; preds = %11, %6, %16
  ret ptr %7
}

; Function Attrs: nounwind uwtable
define internal fastcc nonnull ptr @parse_block(ptr noundef %0) unnamed_addr #0 {
  %2 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  %3 = load i32, ptr %2, align 4, !tbaa !242
  %4 = load ptr, ptr @arena, align 8, !tbaa !4
  %5 = icmp eq ptr %4, null
  br i1 %5, label %13, label %6

6:                                                ; preds = %1
  %7 = getelementptr inbounds %struct.arena_block, ptr %4, i64 0, i32 1
  %8 = load i64, ptr %7, align 8, !tbaa !20
  %9 = add i64 %8, 80
  %10 = getelementptr inbounds %struct.arena_block, ptr %4, i64 0, i32 2
  %11 = load i64, ptr %10, align 16, !tbaa !20
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
  store i64 0, ptr %20, align 8, !tbaa !20
  %21 = getelementptr inbounds %struct.arena_block, ptr %14, i64 0, i32 2
  store i64 65536, ptr %21, align 16, !tbaa !20
  store ptr %14, ptr @arena, align 8, !tbaa !4
  br label %22

22:                                               ; preds = %6, %19
  %23 = phi i64 [ 0, %19 ], [ %8, %6 ]
  %24 = phi ptr [ %14, %19 ], [ %4, %6 ]
  %25 = getelementptr inbounds %struct.arena_block, ptr %24, i64 0, i32 4
  %26 = getelementptr inbounds %struct.arena_block, ptr %24, i64 0, i32 1
  %27 = getelementptr inbounds i8, ptr %25, i64 %23
  %28 = add i64 %23, 80
  store i64 %28, ptr %26, align 8, !tbaa !20
  %29 = load i64, ptr @arena_total, align 8, !tbaa !20
  %30 = add i64 %29, 80
  store i64 %30, ptr @arena_total, align 8, !tbaa !20
  %31 = getelementptr inbounds i8, ptr %27, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %31, i8 0, i64 72, i1 false)
  store i32 17, ptr %27, align 8, !tbaa !30
  %32 = getelementptr inbounds %struct.node, ptr %27, i64 0, i32 1
  store i32 %3, ptr %32, align 4, !tbaa !34
  %33 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %34 = load i32, ptr %33, align 8, !tbaa !35
  %35 = icmp eq i32 %34, 35
  br i1 %35, label %41, label %36

36:                                               ; preds = %22
  %37 = load i32, ptr %2, align 4, !tbaa !242
  %38 = zext i32 %34 to i64
  %39 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %38
  %40 = load ptr, ptr %39, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %37, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.102, ptr noundef nonnull @.str.153, ptr noundef %40) #29
  unreachable

41:                                               ; preds = %22
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %42 = getelementptr inbounds %struct.node, ptr %27, i64 0, i32 9
  %43 = getelementptr inbounds %struct.node, ptr %27, i64 0, i32 11
  %44 = getelementptr inbounds %struct.node, ptr %27, i64 0, i32 10
  br label %45

45:                                               ; preds = %47, %41
  %46 = load i32, ptr %33, align 8, !tbaa !35
  switch i32 %46, label %47 [
    i32 36, label %59
    i32 0, label %57
  ]

47:                                               ; preds = %45
  %48 = tail call fastcc ptr @parse_statement(ptr noundef nonnull %0)
  %49 = load ptr, ptr %42, align 8, !tbaa !38
  %50 = load i32, ptr %44, align 8, !tbaa !39
  %51 = add nsw i32 %50, 1
  %52 = tail call fastcc ptr @grow(ptr noundef %49, ptr noundef nonnull %43, i32 noundef %51, i64 noundef 8)
  store ptr %52, ptr %42, align 8, !tbaa !38
  %53 = load i32, ptr %44, align 8, !tbaa !39
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %44, align 8, !tbaa !39
  %55 = sext i32 %53 to i64
  %56 = getelementptr inbounds ptr, ptr %52, i64 %55
  store ptr %48, ptr %56, align 8, !tbaa !4
  br label %45, !llvm.loop !247

57:                                               ; preds = %45
  %58 = load i32, ptr %2, align 4, !tbaa !242
  tail call void (i32, ptr, ...) @fail(i32 noundef %58, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.103, ptr noundef nonnull @.str.154, ptr noundef nonnull @.str.68) #29
  unreachable

59:                                               ; preds = %45
  tail call fastcc void @advance(ptr noundef nonnull %0)
  ret ptr %27
}

; Function Attrs: nounwind uwtable
define internal fastcc nonnull ptr @parse_prefix(ptr nocapture noundef %0) unnamed_addr #0 {
  %2 = alloca [1024 x i8], align 16
  %3 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %4 = load i32, ptr %3, align 8, !tbaa.struct !139
  %5 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 1
  %6 = load ptr, ptr %5, align 8, !tbaa.struct !237
  %7 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 2
  %8 = load i32, ptr %7, align 8, !tbaa.struct !238
  %9 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  %10 = load i32, ptr %9, align 4, !tbaa.struct !239
  %11 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 4
  %12 = load i64, ptr %11, align 8, !tbaa.struct !240
  %13 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 5
  %14 = load double, ptr %13, align 8, !tbaa.struct !241
  tail call fastcc void @advance(ptr noundef %0)
  switch i32 %4, label %361 [
    i32 1, label %15
    i32 2, label %46
    i32 3, label %77
    i32 15, label %141
    i32 13, label %171
    i32 14, label %201
    i32 4, label %231
    i32 33, label %263
    i32 37, label %273
    i32 22, label %327
    i32 18, label %327
  ]

15:                                               ; preds = %1
  %16 = load ptr, ptr @arena, align 8, !tbaa !4
  %17 = icmp eq ptr %16, null
  br i1 %17, label %25, label %18

18:                                               ; preds = %15
  %19 = getelementptr inbounds %struct.arena_block, ptr %16, i64 0, i32 1
  %20 = load i64, ptr %19, align 8, !tbaa !20
  %21 = add i64 %20, 80
  %22 = getelementptr inbounds %struct.arena_block, ptr %16, i64 0, i32 2
  %23 = load i64, ptr %22, align 16, !tbaa !20
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
  store i64 0, ptr %32, align 8, !tbaa !20
  %33 = getelementptr inbounds %struct.arena_block, ptr %26, i64 0, i32 2
  store i64 65536, ptr %33, align 16, !tbaa !20
  store ptr %26, ptr @arena, align 8, !tbaa !4
  br label %34

34:                                               ; preds = %18, %31
  %35 = phi i64 [ 0, %31 ], [ %20, %18 ]
  %36 = phi ptr [ %26, %31 ], [ %16, %18 ]
  %37 = getelementptr inbounds %struct.arena_block, ptr %36, i64 0, i32 4
  %38 = getelementptr inbounds %struct.arena_block, ptr %36, i64 0, i32 1
  %39 = getelementptr inbounds i8, ptr %37, i64 %35
  %40 = add i64 %35, 80
  store i64 %40, ptr %38, align 8, !tbaa !20
  %41 = load i64, ptr @arena_total, align 8, !tbaa !20
  %42 = add i64 %41, 80
  store i64 %42, ptr @arena_total, align 8, !tbaa !20
  %43 = getelementptr inbounds i8, ptr %39, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %43, i8 0, i64 72, i1 false)
  store i32 0, ptr %39, align 8, !tbaa !30
  %44 = getelementptr inbounds %struct.node, ptr %39, i64 0, i32 1
  store i32 %10, ptr %44, align 4, !tbaa !34
  %45 = getelementptr inbounds %struct.node, ptr %39, i64 0, i32 3
  store i64 %12, ptr %45, align 8, !tbaa !110
  br label %365

46:                                               ; preds = %1
  %47 = load ptr, ptr @arena, align 8, !tbaa !4
  %48 = icmp eq ptr %47, null
  br i1 %48, label %56, label %49

49:                                               ; preds = %46
  %50 = getelementptr inbounds %struct.arena_block, ptr %47, i64 0, i32 1
  %51 = load i64, ptr %50, align 8, !tbaa !20
  %52 = add i64 %51, 80
  %53 = getelementptr inbounds %struct.arena_block, ptr %47, i64 0, i32 2
  %54 = load i64, ptr %53, align 16, !tbaa !20
  %55 = icmp ugt i64 %52, %54
  br i1 %55, label %56, label %65

56:                                               ; preds = %49, %46
  %57 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %58 = icmp eq ptr %57, null
  br i1 %58, label %59, label %62

59:                                               ; preds = %56
  %60 = load ptr, ptr @stderr, align 8, !tbaa !4
  %61 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %60) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

62:                                               ; preds = %56
  store ptr %47, ptr %57, align 16, !tbaa !4
  %63 = getelementptr inbounds %struct.arena_block, ptr %57, i64 0, i32 1
  store i64 0, ptr %63, align 8, !tbaa !20
  %64 = getelementptr inbounds %struct.arena_block, ptr %57, i64 0, i32 2
  store i64 65536, ptr %64, align 16, !tbaa !20
  store ptr %57, ptr @arena, align 8, !tbaa !4
  br label %65

65:                                               ; preds = %49, %62
  %66 = phi i64 [ 0, %62 ], [ %51, %49 ]
  %67 = phi ptr [ %57, %62 ], [ %47, %49 ]
  %68 = getelementptr inbounds %struct.arena_block, ptr %67, i64 0, i32 4
  %69 = getelementptr inbounds %struct.arena_block, ptr %67, i64 0, i32 1
  %70 = getelementptr inbounds i8, ptr %68, i64 %66
  %71 = add i64 %66, 80
  store i64 %71, ptr %69, align 8, !tbaa !20
  %72 = load i64, ptr @arena_total, align 8, !tbaa !20
  %73 = add i64 %72, 80
  store i64 %73, ptr @arena_total, align 8, !tbaa !20
  %74 = getelementptr inbounds i8, ptr %70, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %74, i8 0, i64 72, i1 false)
  store i32 1, ptr %70, align 8, !tbaa !30
  %75 = getelementptr inbounds %struct.node, ptr %70, i64 0, i32 1
  store i32 %10, ptr %75, align 4, !tbaa !34
  %76 = getelementptr inbounds %struct.node, ptr %70, i64 0, i32 4
  store double %14, ptr %76, align 8, !tbaa !113
  br label %365

77:                                               ; preds = %1
  %78 = load ptr, ptr @arena, align 8, !tbaa !4
  %79 = icmp eq ptr %78, null
  br i1 %79, label %87, label %80

80:                                               ; preds = %77
  %81 = getelementptr inbounds %struct.arena_block, ptr %78, i64 0, i32 1
  %82 = load i64, ptr %81, align 8, !tbaa !20
  %83 = add i64 %82, 80
  %84 = getelementptr inbounds %struct.arena_block, ptr %78, i64 0, i32 2
  %85 = load i64, ptr %84, align 16, !tbaa !20
  %86 = icmp ugt i64 %83, %85
  br i1 %86, label %87, label %96

87:                                               ; preds = %80, %77
  %88 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %89 = icmp eq ptr %88, null
  br i1 %89, label %90, label %93

90:                                               ; preds = %87
  %91 = load ptr, ptr @stderr, align 8, !tbaa !4
  %92 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %91) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

93:                                               ; preds = %87
  store ptr %78, ptr %88, align 16, !tbaa !4
  %94 = getelementptr inbounds %struct.arena_block, ptr %88, i64 0, i32 1
  store i64 0, ptr %94, align 8, !tbaa !20
  %95 = getelementptr inbounds %struct.arena_block, ptr %88, i64 0, i32 2
  store i64 65536, ptr %95, align 16, !tbaa !20
  store ptr %88, ptr @arena, align 8, !tbaa !4
  br label %96

96:                                               ; preds = %80, %93
  %97 = phi i64 [ 0, %93 ], [ %82, %80 ]
  %98 = phi ptr [ %88, %93 ], [ %78, %80 ]
  %99 = getelementptr inbounds %struct.arena_block, ptr %98, i64 0, i32 4
  %100 = getelementptr inbounds %struct.arena_block, ptr %98, i64 0, i32 1
  %101 = getelementptr inbounds i8, ptr %99, i64 %97
  %102 = add i64 %97, 80
  store i64 %102, ptr %100, align 8, !tbaa !20
  %103 = load i64, ptr @arena_total, align 8, !tbaa !20
  %104 = add i64 %103, 80
  store i64 %104, ptr @arena_total, align 8, !tbaa !20
  %105 = getelementptr inbounds i8, ptr %101, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %105, i8 0, i64 72, i1 false)
  store i32 2, ptr %101, align 8, !tbaa !30
  %106 = getelementptr inbounds %struct.node, ptr %101, i64 0, i32 1
  store i32 %10, ptr %106, align 4, !tbaa !34
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %2) #24
  %107 = add nsw i32 %8, -1
  %108 = icmp sgt i32 %8, 2
  br i1 %108, label %111, label %137

109:                                              ; preds = %128
  %110 = trunc i64 %131 to i32
  br label %137

111:                                              ; preds = %96, %128
  %112 = phi i64 [ %131, %128 ], [ 0, %96 ]
  %113 = phi i32 [ %133, %128 ], [ 1, %96 ]
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds i8, ptr %6, i64 %114
  %116 = load i8, ptr %115, align 1, !tbaa !54
  %117 = icmp eq i8 %116, 92
  br i1 %117, label %118, label %128

118:                                              ; preds = %111
  %119 = add nsw i32 %113, 1
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds i8, ptr %6, i64 %120
  %122 = load i8, ptr %121, align 1, !tbaa !54
  %123 = sext i8 %122 to i32
  switch i32 %123, label %126 [
    i32 110, label %124
    i32 116, label %125
    i32 92, label %128
    i32 34, label %128
  ]

124:                                              ; preds = %118
  br label %128

125:                                              ; preds = %118
  br label %128

126:                                              ; preds = %118
  %127 = sext i8 %122 to i32
  tail call void (i32, ptr, ...) @fail(i32 noundef %10, ptr noundef nonnull @.str.150, i32 noundef %127) #29
  unreachable

128:                                              ; preds = %125, %124, %118, %118, %111
  %129 = phi i32 [ %119, %118 ], [ %119, %118 ], [ %119, %125 ], [ %119, %124 ], [ %113, %111 ]
  %130 = phi i8 [ %122, %118 ], [ %122, %118 ], [ 9, %125 ], [ 10, %124 ], [ %116, %111 ]
  %131 = add nuw nsw i64 %112, 1
  %132 = getelementptr inbounds [1024 x i8], ptr %2, i64 0, i64 %112
  store i8 %130, ptr %132, align 1, !tbaa !54
  %133 = add nsw i32 %129, 1
  %134 = icmp slt i32 %133, %107
  %135 = icmp ult i64 %112, 1022
  %136 = select i1 %134, i1 %135, i1 false
  br i1 %136, label %111, label %109, !llvm.loop !248

137:                                              ; preds = %96, %109
  %138 = phi i32 [ 0, %96 ], [ %110, %109 ]
  %139 = call fastcc ptr @intern(ptr noundef nonnull %2, i32 noundef %138)
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %2) #24
  %140 = getelementptr inbounds %struct.node, ptr %101, i64 0, i32 5
  store ptr %139, ptr %140, align 8, !tbaa !114
  br label %365

141:                                              ; preds = %1
  %142 = load ptr, ptr @arena, align 8, !tbaa !4
  %143 = icmp eq ptr %142, null
  br i1 %143, label %151, label %144

144:                                              ; preds = %141
  %145 = getelementptr inbounds %struct.arena_block, ptr %142, i64 0, i32 1
  %146 = load i64, ptr %145, align 8, !tbaa !20
  %147 = add i64 %146, 80
  %148 = getelementptr inbounds %struct.arena_block, ptr %142, i64 0, i32 2
  %149 = load i64, ptr %148, align 16, !tbaa !20
  %150 = icmp ugt i64 %147, %149
  br i1 %150, label %151, label %160

151:                                              ; preds = %144, %141
  %152 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %153 = icmp eq ptr %152, null
  br i1 %153, label %154, label %157

154:                                              ; preds = %151
  %155 = load ptr, ptr @stderr, align 8, !tbaa !4
  %156 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %155) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

157:                                              ; preds = %151
  store ptr %142, ptr %152, align 16, !tbaa !4
  %158 = getelementptr inbounds %struct.arena_block, ptr %152, i64 0, i32 1
  store i64 0, ptr %158, align 8, !tbaa !20
  %159 = getelementptr inbounds %struct.arena_block, ptr %152, i64 0, i32 2
  store i64 65536, ptr %159, align 16, !tbaa !20
  store ptr %152, ptr @arena, align 8, !tbaa !4
  br label %160

160:                                              ; preds = %144, %157
  %161 = phi i64 [ 0, %157 ], [ %146, %144 ]
  %162 = phi ptr [ %152, %157 ], [ %142, %144 ]
  %163 = getelementptr inbounds %struct.arena_block, ptr %162, i64 0, i32 4
  %164 = getelementptr inbounds %struct.arena_block, ptr %162, i64 0, i32 1
  %165 = getelementptr inbounds i8, ptr %163, i64 %161
  %166 = add i64 %161, 80
  store i64 %166, ptr %164, align 8, !tbaa !20
  %167 = load i64, ptr @arena_total, align 8, !tbaa !20
  %168 = add i64 %167, 80
  store i64 %168, ptr @arena_total, align 8, !tbaa !20
  %169 = getelementptr inbounds i8, ptr %165, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %169, i8 0, i64 72, i1 false)
  store i32 3, ptr %165, align 8, !tbaa !30
  %170 = getelementptr inbounds %struct.node, ptr %165, i64 0, i32 1
  store i32 %10, ptr %170, align 4, !tbaa !34
  br label %365

171:                                              ; preds = %1
  %172 = load ptr, ptr @arena, align 8, !tbaa !4
  %173 = icmp eq ptr %172, null
  br i1 %173, label %181, label %174

174:                                              ; preds = %171
  %175 = getelementptr inbounds %struct.arena_block, ptr %172, i64 0, i32 1
  %176 = load i64, ptr %175, align 8, !tbaa !20
  %177 = add i64 %176, 80
  %178 = getelementptr inbounds %struct.arena_block, ptr %172, i64 0, i32 2
  %179 = load i64, ptr %178, align 16, !tbaa !20
  %180 = icmp ugt i64 %177, %179
  br i1 %180, label %181, label %190

181:                                              ; preds = %174, %171
  %182 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %183 = icmp eq ptr %182, null
  br i1 %183, label %184, label %187

184:                                              ; preds = %181
  %185 = load ptr, ptr @stderr, align 8, !tbaa !4
  %186 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %185) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

187:                                              ; preds = %181
  store ptr %172, ptr %182, align 16, !tbaa !4
  %188 = getelementptr inbounds %struct.arena_block, ptr %182, i64 0, i32 1
  store i64 0, ptr %188, align 8, !tbaa !20
  %189 = getelementptr inbounds %struct.arena_block, ptr %182, i64 0, i32 2
  store i64 65536, ptr %189, align 16, !tbaa !20
  store ptr %182, ptr @arena, align 8, !tbaa !4
  br label %190

190:                                              ; preds = %174, %187
  %191 = phi i64 [ 0, %187 ], [ %176, %174 ]
  %192 = phi ptr [ %182, %187 ], [ %172, %174 ]
  %193 = getelementptr inbounds %struct.arena_block, ptr %192, i64 0, i32 4
  %194 = getelementptr inbounds %struct.arena_block, ptr %192, i64 0, i32 1
  %195 = getelementptr inbounds i8, ptr %193, i64 %191
  %196 = add i64 %191, 80
  store i64 %196, ptr %194, align 8, !tbaa !20
  %197 = load i64, ptr @arena_total, align 8, !tbaa !20
  %198 = add i64 %197, 80
  store i64 %198, ptr @arena_total, align 8, !tbaa !20
  %199 = getelementptr inbounds i8, ptr %195, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %199, i8 0, i64 72, i1 false)
  store i32 4, ptr %195, align 8, !tbaa !30
  %200 = getelementptr inbounds %struct.node, ptr %195, i64 0, i32 1
  store i32 %10, ptr %200, align 4, !tbaa !34
  br label %365

201:                                              ; preds = %1
  %202 = load ptr, ptr @arena, align 8, !tbaa !4
  %203 = icmp eq ptr %202, null
  br i1 %203, label %211, label %204

204:                                              ; preds = %201
  %205 = getelementptr inbounds %struct.arena_block, ptr %202, i64 0, i32 1
  %206 = load i64, ptr %205, align 8, !tbaa !20
  %207 = add i64 %206, 80
  %208 = getelementptr inbounds %struct.arena_block, ptr %202, i64 0, i32 2
  %209 = load i64, ptr %208, align 16, !tbaa !20
  %210 = icmp ugt i64 %207, %209
  br i1 %210, label %211, label %220

211:                                              ; preds = %204, %201
  %212 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %213 = icmp eq ptr %212, null
  br i1 %213, label %214, label %217

214:                                              ; preds = %211
  %215 = load ptr, ptr @stderr, align 8, !tbaa !4
  %216 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %215) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

217:                                              ; preds = %211
  store ptr %202, ptr %212, align 16, !tbaa !4
  %218 = getelementptr inbounds %struct.arena_block, ptr %212, i64 0, i32 1
  store i64 0, ptr %218, align 8, !tbaa !20
  %219 = getelementptr inbounds %struct.arena_block, ptr %212, i64 0, i32 2
  store i64 65536, ptr %219, align 16, !tbaa !20
  store ptr %212, ptr @arena, align 8, !tbaa !4
  br label %220

220:                                              ; preds = %204, %217
  %221 = phi i64 [ 0, %217 ], [ %206, %204 ]
  %222 = phi ptr [ %212, %217 ], [ %202, %204 ]
  %223 = getelementptr inbounds %struct.arena_block, ptr %222, i64 0, i32 4
  %224 = getelementptr inbounds %struct.arena_block, ptr %222, i64 0, i32 1
  %225 = getelementptr inbounds i8, ptr %223, i64 %221
  %226 = add i64 %221, 80
  store i64 %226, ptr %224, align 8, !tbaa !20
  %227 = load i64, ptr @arena_total, align 8, !tbaa !20
  %228 = add i64 %227, 80
  store i64 %228, ptr @arena_total, align 8, !tbaa !20
  %229 = getelementptr inbounds i8, ptr %225, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %229, i8 0, i64 72, i1 false)
  store i32 5, ptr %225, align 8, !tbaa !30
  %230 = getelementptr inbounds %struct.node, ptr %225, i64 0, i32 1
  store i32 %10, ptr %230, align 4, !tbaa !34
  br label %365

231:                                              ; preds = %1
  %232 = load ptr, ptr @arena, align 8, !tbaa !4
  %233 = icmp eq ptr %232, null
  br i1 %233, label %241, label %234

234:                                              ; preds = %231
  %235 = getelementptr inbounds %struct.arena_block, ptr %232, i64 0, i32 1
  %236 = load i64, ptr %235, align 8, !tbaa !20
  %237 = add i64 %236, 80
  %238 = getelementptr inbounds %struct.arena_block, ptr %232, i64 0, i32 2
  %239 = load i64, ptr %238, align 16, !tbaa !20
  %240 = icmp ugt i64 %237, %239
  br i1 %240, label %241, label %250

241:                                              ; preds = %234, %231
  %242 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %243 = icmp eq ptr %242, null
  br i1 %243, label %244, label %247

244:                                              ; preds = %241
  %245 = load ptr, ptr @stderr, align 8, !tbaa !4
  %246 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %245) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

247:                                              ; preds = %241
  store ptr %232, ptr %242, align 16, !tbaa !4
  %248 = getelementptr inbounds %struct.arena_block, ptr %242, i64 0, i32 1
  store i64 0, ptr %248, align 8, !tbaa !20
  %249 = getelementptr inbounds %struct.arena_block, ptr %242, i64 0, i32 2
  store i64 65536, ptr %249, align 16, !tbaa !20
  store ptr %242, ptr @arena, align 8, !tbaa !4
  br label %250

250:                                              ; preds = %234, %247
  %251 = phi i64 [ 0, %247 ], [ %236, %234 ]
  %252 = phi ptr [ %242, %247 ], [ %232, %234 ]
  %253 = getelementptr inbounds %struct.arena_block, ptr %252, i64 0, i32 4
  %254 = getelementptr inbounds %struct.arena_block, ptr %252, i64 0, i32 1
  %255 = getelementptr inbounds i8, ptr %253, i64 %251
  %256 = add i64 %251, 80
  store i64 %256, ptr %254, align 8, !tbaa !20
  %257 = load i64, ptr @arena_total, align 8, !tbaa !20
  %258 = add i64 %257, 80
  store i64 %258, ptr @arena_total, align 8, !tbaa !20
  %259 = getelementptr inbounds i8, ptr %255, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %259, i8 0, i64 72, i1 false)
  store i32 6, ptr %255, align 8, !tbaa !30
  %260 = getelementptr inbounds %struct.node, ptr %255, i64 0, i32 1
  store i32 %10, ptr %260, align 4, !tbaa !34
  %261 = tail call fastcc ptr @intern(ptr noundef %6, i32 noundef %8)
  %262 = getelementptr inbounds %struct.node, ptr %255, i64 0, i32 5
  store ptr %261, ptr %262, align 8, !tbaa !114
  br label %365

263:                                              ; preds = %1
  %264 = tail call fastcc ptr @parse_expression(ptr noundef nonnull %0, i32 noundef 1)
  %265 = load i32, ptr %3, align 8, !tbaa !35
  %266 = icmp eq i32 %265, 34
  br i1 %266, label %272, label %267

267:                                              ; preds = %263
  %268 = load i32, ptr %9, align 4, !tbaa !242
  %269 = zext i32 %265 to i64
  %270 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %269
  %271 = load ptr, ptr %270, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %268, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.101, ptr noundef nonnull @.str.147, ptr noundef %271) #29
  unreachable

272:                                              ; preds = %263
  tail call fastcc void @advance(ptr noundef nonnull %0)
  br label %365

273:                                              ; preds = %1
  %274 = load ptr, ptr @arena, align 8, !tbaa !4
  %275 = icmp eq ptr %274, null
  br i1 %275, label %283, label %276

276:                                              ; preds = %273
  %277 = getelementptr inbounds %struct.arena_block, ptr %274, i64 0, i32 1
  %278 = load i64, ptr %277, align 8, !tbaa !20
  %279 = add i64 %278, 80
  %280 = getelementptr inbounds %struct.arena_block, ptr %274, i64 0, i32 2
  %281 = load i64, ptr %280, align 16, !tbaa !20
  %282 = icmp ugt i64 %279, %281
  br i1 %282, label %283, label %292

283:                                              ; preds = %276, %273
  %284 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %285 = icmp eq ptr %284, null
  br i1 %285, label %286, label %289

286:                                              ; preds = %283
  %287 = load ptr, ptr @stderr, align 8, !tbaa !4
  %288 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %287) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

289:                                              ; preds = %283
  store ptr %274, ptr %284, align 16, !tbaa !4
  %290 = getelementptr inbounds %struct.arena_block, ptr %284, i64 0, i32 1
  store i64 0, ptr %290, align 8, !tbaa !20
  %291 = getelementptr inbounds %struct.arena_block, ptr %284, i64 0, i32 2
  store i64 65536, ptr %291, align 16, !tbaa !20
  store ptr %284, ptr @arena, align 8, !tbaa !4
  br label %292

292:                                              ; preds = %276, %289
  %293 = phi i64 [ 0, %289 ], [ %278, %276 ]
  %294 = phi ptr [ %284, %289 ], [ %274, %276 ]
  %295 = getelementptr inbounds %struct.arena_block, ptr %294, i64 0, i32 4
  %296 = getelementptr inbounds %struct.arena_block, ptr %294, i64 0, i32 1
  %297 = getelementptr inbounds i8, ptr %295, i64 %293
  %298 = add i64 %293, 80
  store i64 %298, ptr %296, align 8, !tbaa !20
  %299 = load i64, ptr @arena_total, align 8, !tbaa !20
  %300 = add i64 %299, 80
  store i64 %300, ptr @arena_total, align 8, !tbaa !20
  %301 = getelementptr inbounds i8, ptr %297, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %301, i8 0, i64 72, i1 false)
  store i32 13, ptr %297, align 8, !tbaa !30
  %302 = getelementptr inbounds %struct.node, ptr %297, i64 0, i32 1
  store i32 %10, ptr %302, align 4, !tbaa !34
  %303 = load i32, ptr %3, align 8, !tbaa !35
  %304 = icmp eq i32 %303, 38
  br i1 %304, label %326, label %305

305:                                              ; preds = %292
  %306 = getelementptr inbounds %struct.node, ptr %297, i64 0, i32 9
  %307 = getelementptr inbounds %struct.node, ptr %297, i64 0, i32 11
  %308 = getelementptr inbounds %struct.node, ptr %297, i64 0, i32 10
  br label %309

309:                                              ; preds = %305, %320
  %310 = tail call fastcc ptr @parse_expression(ptr noundef nonnull %0, i32 noundef 1)
  %311 = load ptr, ptr %306, align 8, !tbaa !38
  %312 = load i32, ptr %308, align 8, !tbaa !39
  %313 = add nsw i32 %312, 1
  %314 = tail call fastcc ptr @grow(ptr noundef %311, ptr noundef nonnull %307, i32 noundef %313, i64 noundef 8)
  store ptr %314, ptr %306, align 8, !tbaa !38
  %315 = load i32, ptr %308, align 8, !tbaa !39
  %316 = add nsw i32 %315, 1
  store i32 %316, ptr %308, align 8, !tbaa !39
  %317 = sext i32 %315 to i64
  %318 = getelementptr inbounds ptr, ptr %314, i64 %317
  store ptr %310, ptr %318, align 8, !tbaa !4
  %319 = load i32, ptr %3, align 8, !tbaa !35
  switch i32 %319, label %321 [
    i32 39, label %320
    i32 38, label %326
  ]

320:                                              ; preds = %309
  tail call fastcc void @advance(ptr noundef nonnull %0)
  br label %309, !llvm.loop !249

321:                                              ; preds = %309
  %322 = load i32, ptr %9, align 4, !tbaa !242
  %323 = zext i32 %319 to i64
  %324 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %323
  %325 = load ptr, ptr %324, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %322, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.105, ptr noundef nonnull @.str.148, ptr noundef %325) #29
  unreachable

326:                                              ; preds = %309, %292
  tail call fastcc void @advance(ptr noundef nonnull %0)
  br label %365

327:                                              ; preds = %1, %1
  %328 = load ptr, ptr @arena, align 8, !tbaa !4
  %329 = icmp eq ptr %328, null
  br i1 %329, label %337, label %330

330:                                              ; preds = %327
  %331 = getelementptr inbounds %struct.arena_block, ptr %328, i64 0, i32 1
  %332 = load i64, ptr %331, align 8, !tbaa !20
  %333 = add i64 %332, 80
  %334 = getelementptr inbounds %struct.arena_block, ptr %328, i64 0, i32 2
  %335 = load i64, ptr %334, align 16, !tbaa !20
  %336 = icmp ugt i64 %333, %335
  br i1 %336, label %337, label %348

337:                                              ; preds = %330, %327
  %338 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %339 = icmp eq ptr %338, null
  br i1 %339, label %340, label %343

340:                                              ; preds = %337
  %341 = load ptr, ptr @stderr, align 8, !tbaa !4
  %342 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %341) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

343:                                              ; preds = %337
  store ptr %328, ptr %338, align 16, !tbaa !4
  %344 = getelementptr inbounds %struct.arena_block, ptr %338, i64 0, i32 1
  store i64 0, ptr %344, align 8, !tbaa !20
  %345 = getelementptr inbounds %struct.arena_block, ptr %338, i64 0, i32 2
  store i64 65536, ptr %345, align 16, !tbaa !20
  store ptr %338, ptr @arena, align 8, !tbaa !4
  br label %348

346:                                              ; preds = %368, %348
  %347 = phi ptr [ %353, %348 ], [ %369, %368 ]
  ret ptr %347

348:                                              ; preds = %330, %343
  %349 = phi i64 [ 0, %343 ], [ %332, %330 ]
  %350 = phi ptr [ %338, %343 ], [ %328, %330 ]
  %351 = getelementptr inbounds %struct.arena_block, ptr %350, i64 0, i32 4
  %352 = getelementptr inbounds %struct.arena_block, ptr %350, i64 0, i32 1
  %353 = getelementptr inbounds i8, ptr %351, i64 %349
  %354 = add i64 %349, 80
  store i64 %354, ptr %352, align 8, !tbaa !20
  %355 = load i64, ptr @arena_total, align 8, !tbaa !20
  %356 = add i64 %355, 80
  store i64 %356, ptr @arena_total, align 8, !tbaa !20
  %357 = getelementptr inbounds i8, ptr %353, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %357, i8 0, i64 72, i1 false)
  store i32 7, ptr %353, align 8, !tbaa !30
  %358 = getelementptr inbounds %struct.node, ptr %353, i64 0, i32 1
  store i32 %10, ptr %358, align 4, !tbaa !34
  store i32 %4, ptr %357, align 8, !tbaa !117
  %359 = tail call fastcc ptr @parse_prefix(ptr noundef nonnull %0)
  %360 = getelementptr inbounds %struct.node, ptr %353, i64 0, i32 6
  store ptr %359, ptr %360, align 8, !tbaa !116
  br label %346

361:                                              ; preds = %1
  %362 = zext i32 %4 to i64
  %363 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %362
  %364 = load ptr, ptr %363, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %10, ptr noundef nonnull @.str.149, ptr noundef %364) #29
  unreachable

365:                                              ; preds = %326, %272, %250, %220, %190, %160, %137, %65, %34
  %366 = phi ptr [ %297, %326 ], [ %264, %272 ], [ %255, %250 ], [ %225, %220 ], [ %195, %190 ], [ %165, %160 ], [ %101, %137 ], [ %70, %65 ], [ %39, %34 ]
  %367 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 3
  br label %368

368:                                              ; preds = %467, %365
  %369 = phi ptr [ %366, %365 ], [ %468, %467 ]
  %370 = load i32, ptr %3, align 8, !tbaa !35
  switch i32 %370, label %346 [
    i32 33, label %371
    i32 37, label %426
  ]

371:                                              ; preds = %368
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %372 = load i32, ptr %367, align 4, !tbaa !245
  %373 = load ptr, ptr @arena, align 8, !tbaa !4
  %374 = icmp eq ptr %373, null
  br i1 %374, label %382, label %375

375:                                              ; preds = %371
  %376 = getelementptr inbounds %struct.arena_block, ptr %373, i64 0, i32 1
  %377 = load i64, ptr %376, align 8, !tbaa !20
  %378 = add i64 %377, 80
  %379 = getelementptr inbounds %struct.arena_block, ptr %373, i64 0, i32 2
  %380 = load i64, ptr %379, align 16, !tbaa !20
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
  store i64 0, ptr %389, align 8, !tbaa !20
  %390 = getelementptr inbounds %struct.arena_block, ptr %383, i64 0, i32 2
  store i64 65536, ptr %390, align 16, !tbaa !20
  store ptr %383, ptr @arena, align 8, !tbaa !4
  br label %391

391:                                              ; preds = %375, %388
  %392 = phi i64 [ 0, %388 ], [ %377, %375 ]
  %393 = phi ptr [ %383, %388 ], [ %373, %375 ]
  %394 = getelementptr inbounds %struct.arena_block, ptr %393, i64 0, i32 4
  %395 = getelementptr inbounds %struct.arena_block, ptr %393, i64 0, i32 1
  %396 = getelementptr inbounds i8, ptr %394, i64 %392
  %397 = add i64 %392, 80
  store i64 %397, ptr %395, align 8, !tbaa !20
  %398 = load i64, ptr @arena_total, align 8, !tbaa !20
  %399 = add i64 %398, 80
  store i64 %399, ptr @arena_total, align 8, !tbaa !20
  %400 = getelementptr inbounds i8, ptr %396, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %400, i8 0, i64 72, i1 false)
  store i32 11, ptr %396, align 8, !tbaa !30
  %401 = getelementptr inbounds %struct.node, ptr %396, i64 0, i32 1
  store i32 %372, ptr %401, align 4, !tbaa !34
  %402 = getelementptr inbounds %struct.node, ptr %396, i64 0, i32 6
  store ptr %369, ptr %402, align 8, !tbaa !116
  %403 = load i32, ptr %3, align 8, !tbaa !35
  %404 = icmp eq i32 %403, 34
  br i1 %404, label %467, label %405

405:                                              ; preds = %391
  %406 = getelementptr inbounds %struct.node, ptr %396, i64 0, i32 9
  %407 = getelementptr inbounds %struct.node, ptr %396, i64 0, i32 11
  %408 = getelementptr inbounds %struct.node, ptr %396, i64 0, i32 10
  br label %409

409:                                              ; preds = %405, %420
  %410 = tail call fastcc ptr @parse_expression(ptr noundef nonnull %0, i32 noundef 1)
  %411 = load ptr, ptr %406, align 8, !tbaa !38
  %412 = load i32, ptr %408, align 8, !tbaa !39
  %413 = add nsw i32 %412, 1
  %414 = tail call fastcc ptr @grow(ptr noundef %411, ptr noundef nonnull %407, i32 noundef %413, i64 noundef 8)
  store ptr %414, ptr %406, align 8, !tbaa !38
  %415 = load i32, ptr %408, align 8, !tbaa !39
  %416 = add nsw i32 %415, 1
  store i32 %416, ptr %408, align 8, !tbaa !39
  %417 = sext i32 %415 to i64
  %418 = getelementptr inbounds ptr, ptr %414, i64 %417
  store ptr %410, ptr %418, align 8, !tbaa !4
  %419 = load i32, ptr %3, align 8, !tbaa !35
  switch i32 %419, label %421 [
    i32 39, label %420
    i32 34, label %467
  ]

420:                                              ; preds = %409
  tail call fastcc void @advance(ptr noundef nonnull %0)
  br label %409, !llvm.loop !250

421:                                              ; preds = %409
  %422 = load i32, ptr %9, align 4, !tbaa !242
  %423 = zext i32 %419 to i64
  %424 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %423
  %425 = load ptr, ptr %424, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %422, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.101, ptr noundef nonnull @.str.151, ptr noundef %425) #29
  unreachable

426:                                              ; preds = %368
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %427 = load i32, ptr %367, align 4, !tbaa !245
  %428 = load ptr, ptr @arena, align 8, !tbaa !4
  %429 = icmp eq ptr %428, null
  br i1 %429, label %437, label %430

430:                                              ; preds = %426
  %431 = getelementptr inbounds %struct.arena_block, ptr %428, i64 0, i32 1
  %432 = load i64, ptr %431, align 8, !tbaa !20
  %433 = add i64 %432, 80
  %434 = getelementptr inbounds %struct.arena_block, ptr %428, i64 0, i32 2
  %435 = load i64, ptr %434, align 16, !tbaa !20
  %436 = icmp ugt i64 %433, %435
  br i1 %436, label %437, label %446

437:                                              ; preds = %430, %426
  %438 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %439 = icmp eq ptr %438, null
  br i1 %439, label %440, label %443

440:                                              ; preds = %437
  %441 = load ptr, ptr @stderr, align 8, !tbaa !4
  %442 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %441) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

443:                                              ; preds = %437
  store ptr %428, ptr %438, align 16, !tbaa !4
  %444 = getelementptr inbounds %struct.arena_block, ptr %438, i64 0, i32 1
  store i64 0, ptr %444, align 8, !tbaa !20
  %445 = getelementptr inbounds %struct.arena_block, ptr %438, i64 0, i32 2
  store i64 65536, ptr %445, align 16, !tbaa !20
  store ptr %438, ptr @arena, align 8, !tbaa !4
  br label %446

446:                                              ; preds = %430, %443
  %447 = phi i64 [ 0, %443 ], [ %432, %430 ]
  %448 = phi ptr [ %438, %443 ], [ %428, %430 ]
  %449 = getelementptr inbounds %struct.arena_block, ptr %448, i64 0, i32 4
  %450 = getelementptr inbounds %struct.arena_block, ptr %448, i64 0, i32 1
  %451 = getelementptr inbounds i8, ptr %449, i64 %447
  %452 = add i64 %447, 80
  store i64 %452, ptr %450, align 8, !tbaa !20
  %453 = load i64, ptr @arena_total, align 8, !tbaa !20
  %454 = add i64 %453, 80
  store i64 %454, ptr @arena_total, align 8, !tbaa !20
  %455 = getelementptr inbounds i8, ptr %451, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %455, i8 0, i64 72, i1 false)
  store i32 12, ptr %451, align 8, !tbaa !30
  %456 = getelementptr inbounds %struct.node, ptr %451, i64 0, i32 1
  store i32 %427, ptr %456, align 4, !tbaa !34
  %457 = getelementptr inbounds %struct.node, ptr %451, i64 0, i32 6
  store ptr %369, ptr %457, align 8, !tbaa !116
  %458 = tail call fastcc ptr @parse_expression(ptr noundef nonnull %0, i32 noundef 1)
  %459 = getelementptr inbounds %struct.node, ptr %451, i64 0, i32 7
  store ptr %458, ptr %459, align 8, !tbaa !118
  %460 = load i32, ptr %3, align 8, !tbaa !35
  %461 = icmp eq i32 %460, 38
  br i1 %461, label %467, label %462

462:                                              ; preds = %446
  %463 = load i32, ptr %9, align 4, !tbaa !242
  %464 = zext i32 %460 to i64
  %465 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %464
  %466 = load ptr, ptr %465, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %463, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.105, ptr noundef nonnull @.str.152, ptr noundef %466) #29
  unreachable

467:                                              ; preds = %409, %446, %391
  %468 = phi ptr [ %396, %391 ], [ %451, %446 ], [ %396, %409 ]
  tail call fastcc void @advance(ptr noundef nonnull %0)
  br label %368
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
!15 = !{!9, !5, i64 0}
!16 = !{!12, !13, i64 8}
!17 = !{!9, !5, i64 16}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
!20 = !{!13, !13, i64 0}
!21 = distinct !{!21, !19}
!22 = !{!10, !10, i64 0}
!23 = !{!24, !5, i64 71712}
!24 = !{!"vm", !6, i64 0, !5, i64 65536, !6, i64 65544, !10, i64 71688, !5, i64 71696, !10, i64 71704, !10, i64 71708, !5, i64 71712, !13, i64 71720, !13, i64 71728}
!25 = !{!24, !13, i64 71728}
!26 = !{!24, !5, i64 65536}
!27 = !{!28, !5, i64 0}
!28 = !{!"lexer", !5, i64 0, !10, i64 8}
!29 = !{!28, !10, i64 8}
!30 = !{!31, !6, i64 0}
!31 = !{!"node", !6, i64 0, !10, i64 4, !6, i64 8, !32, i64 16, !33, i64 24, !5, i64 32, !5, i64 40, !5, i64 48, !5, i64 56, !5, i64 64, !10, i64 72, !10, i64 76}
!32 = !{!"long long", !6, i64 0}
!33 = !{!"double", !6, i64 0}
!34 = !{!31, !10, i64 4}
!35 = !{!36, !6, i64 16}
!36 = !{!"parser", !28, i64 0, !37, i64 16, !37, i64 56}
!37 = !{!"token", !6, i64 0, !5, i64 8, !10, i64 16, !10, i64 20, !32, i64 24, !33, i64 32}
!38 = !{!31, !5, i64 64}
!39 = !{!31, !10, i64 72}
!40 = distinct !{!40, !19}
!41 = !{!42, !5, i64 0}
!42 = !{!"function", !5, i64 0, !10, i64 8, !43, i64 16}
!43 = !{!"chunk", !5, i64 0, !5, i64 8, !10, i64 16, !10, i64 20, !10, i64 24, !5, i64 32, !10, i64 40, !10, i64 44}
!44 = !{!45, !5, i64 0}
!45 = !{!"compiler", !5, i64 0, !6, i64 8, !10, i64 4104, !10, i64 4108, !10, i64 4112, !5, i64 4120}
!46 = !{!45, !10, i64 4112}
!47 = !{!45, !10, i64 4104}
!48 = !{!49, !5, i64 0}
!49 = !{!"", !5, i64 0, !10, i64 8}
!50 = distinct !{!50, !19}
!51 = !{!43, !5, i64 0}
!52 = !{!43, !10, i64 16}
!53 = !{!43, !5, i64 8}
!54 = !{!6, !6, i64 0}
!55 = !{!56, !5, i64 0}
!56 = !{!"native", !5, i64 0, !10, i64 8, !5, i64 16}
!57 = !{!58, !5, i64 0}
!58 = !{!"global", !5, i64 0, !59, i64 8}
!59 = !{!"value", !6, i64 0, !6, i64 8}
!60 = !{!24, !10, i64 71704}
!61 = !{i64 0, i64 4, !54, i64 8, i64 4, !22, i64 8, i64 8, !62, i64 8, i64 8, !63, i64 8, i64 8, !4, i64 8, i64 8, !4, i64 8, i64 8, !4, i64 8, i64 8, !4}
!62 = !{!32, !32, i64 0}
!63 = !{!33, !33, i64 0}
!64 = !{i64 0, i64 4, !22, i64 0, i64 8, !62, i64 0, i64 8, !63, i64 0, i64 8, !4, i64 0, i64 8, !4, i64 0, i64 8, !4, i64 0, i64 8, !4}
!65 = distinct !{!65, !19}
!66 = !{!24, !10, i64 71688}
!67 = !{!68, !5, i64 0}
!68 = !{!"frame", !5, i64 0, !5, i64 8, !5, i64 16}
!69 = !{!42, !5, i64 24}
!70 = !{!68, !5, i64 8}
!71 = !{!42, !5, i64 16}
!72 = !{!24, !13, i64 71720}
!73 = !{!42, !5, i64 48}
!74 = !{!68, !5, i64 16}
!75 = !{!59, !6, i64 0}
!76 = !{!24, !10, i64 71708}
!77 = !{!24, !5, i64 71696}
!78 = distinct !{!78, !19}
!79 = !{!14, !5, i64 0}
!80 = !{!14, !10, i64 8}
!81 = !{!82, !10, i64 0}
!82 = !{!"list", !10, i64 0, !10, i64 4, !5, i64 8}
!83 = !{!82, !5, i64 8}
!84 = distinct !{!84, !19}
!85 = distinct !{!85, !19}
!86 = distinct !{!86, !19}
!87 = !{i64 0, i64 4, !22, i64 8, i64 8, !20, i64 16, i64 8, !4, i64 24, i64 4, !22, i64 28, i64 4, !22}
!88 = distinct !{!88, !19}
!89 = distinct !{!89, !19}
!90 = distinct !{!90, !19}
!91 = distinct !{!91, !92}
!92 = !{!"llvm.loop.unroll.disable"}
!93 = distinct !{!93, !19}
!94 = !{!42, !10, i64 8}
!95 = !{!42, !10, i64 32}
!96 = !{!42, !10, i64 56}
!97 = !{!43, !5, i64 32}
!98 = distinct !{!98, !19}
!99 = distinct !{!99, !19}
!100 = !{!56, !10, i64 8}
!101 = !{!56, !5, i64 16}
!102 = !{i64 0, i64 8, !4, i64 8, i64 4, !54, i64 16, i64 4, !22, i64 16, i64 8, !62, i64 16, i64 8, !63, i64 16, i64 8, !4, i64 16, i64 8, !4, i64 16, i64 8, !4, i64 16, i64 8, !4}
!103 = distinct !{!103, !19}
!104 = distinct !{!104, !19, !105}
!105 = !{!"llvm.loop.peeled.count", i32 1}
!106 = distinct !{!106, !19}
!107 = distinct !{!107, !19}
!108 = distinct !{!108, !19, !105}
!109 = distinct !{!109, !19}
!110 = !{!31, !32, i64 16}
!111 = !{!43, !10, i64 40}
!112 = distinct !{!112, !19}
!113 = !{!31, !33, i64 24}
!114 = !{!31, !5, i64 32}
!115 = distinct !{!115, !19}
!116 = !{!31, !5, i64 40}
!117 = !{!31, !6, i64 8}
!118 = !{!31, !5, i64 48}
!119 = distinct !{!119, !19}
!120 = distinct !{!120, !19}
!121 = !{!31, !5, i64 56}
!122 = !{!45, !10, i64 4108}
!123 = !{!49, !10, i64 8}
!124 = distinct !{!124, !19}
!125 = distinct !{!125, !19}
!126 = distinct !{!126, !19}
!127 = distinct !{!127, !19}
!128 = !{!45, !5, i64 4120}
!129 = !{!130, !5, i64 0}
!130 = !{!"loop", !5, i64 0, !10, i64 8, !6, i64 12, !10, i64 268, !6, i64 272, !10, i64 528, !10, i64 532}
!131 = !{!130, !10, i64 8}
!132 = !{!130, !10, i64 532}
!133 = !{!130, !10, i64 528}
!134 = distinct !{!134, !19}
!135 = !{!130, !10, i64 268}
!136 = distinct !{!136, !19}
!137 = distinct !{!137, !19}
!138 = distinct !{!138, !19}
!139 = !{i64 0, i64 4, !54, i64 8, i64 8, !4, i64 16, i64 4, !22, i64 20, i64 4, !22, i64 24, i64 8, !62, i64 32, i64 8, !63}
!140 = !{!141}
!141 = distinct !{!141, !142, !"next_token: argument 0"}
!142 = distinct !{!142, !"next_token"}
!143 = distinct !{!143, !19}
!144 = !{!145, !141}
!145 = distinct !{!145, !146, !"make_token: argument 0"}
!146 = distinct !{!146, !"make_token"}
!147 = !{!148, !148, i64 0}
!148 = !{!"short", !6, i64 0}
!149 = !{!150, !141}
!150 = distinct !{!150, !151, !"lex_number: argument 0"}
!151 = distinct !{!151, !"lex_number"}
!152 = !{!150}
!153 = distinct !{!153, !19}
!154 = distinct !{!154, !19}
!155 = distinct !{!155, !19}
!156 = !{!157, !150, !141}
!157 = distinct !{!157, !158, !"make_token: argument 0"}
!158 = distinct !{!158, !"make_token"}
!159 = distinct !{!159, !19}
!160 = !{!161, !5, i64 0}
!161 = !{!"", !5, i64 0, !6, i64 8}
!162 = !{!161, !6, i64 8}
!163 = !{!164, !141}
!164 = distinct !{!164, !165, !"make_token: argument 0"}
!165 = distinct !{!165, !"make_token"}
!166 = distinct !{!166, !19}
!167 = !{!168, !141}
!168 = distinct !{!168, !169, !"make_token: argument 0"}
!169 = distinct !{!169, !"make_token"}
!170 = distinct !{!170, !19}
!171 = !{!172, !141}
!172 = distinct !{!172, !173, !"make_token: argument 0"}
!173 = distinct !{!173, !"make_token"}
!174 = !{!175, !141}
!175 = distinct !{!175, !176, !"make_token: argument 0"}
!176 = distinct !{!176, !"make_token"}
!177 = !{!178, !141}
!178 = distinct !{!178, !179, !"make_token: argument 0"}
!179 = distinct !{!179, !"make_token"}
!180 = !{!181, !141}
!181 = distinct !{!181, !182, !"make_token: argument 0"}
!182 = distinct !{!182, !"make_token"}
!183 = !{!184, !141}
!184 = distinct !{!184, !185, !"make_token: argument 0"}
!185 = distinct !{!185, !"make_token"}
!186 = !{!187, !141}
!187 = distinct !{!187, !188, !"make_token: argument 0"}
!188 = distinct !{!188, !"make_token"}
!189 = !{!190, !141}
!190 = distinct !{!190, !191, !"make_token: argument 0"}
!191 = distinct !{!191, !"make_token"}
!192 = !{!193, !141}
!193 = distinct !{!193, !194, !"make_token: argument 0"}
!194 = distinct !{!194, !"make_token"}
!195 = !{!196, !141}
!196 = distinct !{!196, !197, !"make_token: argument 0"}
!197 = distinct !{!197, !"make_token"}
!198 = !{!199, !141}
!199 = distinct !{!199, !200, !"make_token: argument 0"}
!200 = distinct !{!200, !"make_token"}
!201 = !{!202, !141}
!202 = distinct !{!202, !203, !"make_token: argument 0"}
!203 = distinct !{!203, !"make_token"}
!204 = !{!205, !141}
!205 = distinct !{!205, !206, !"make_token: argument 0"}
!206 = distinct !{!206, !"make_token"}
!207 = !{!208, !141}
!208 = distinct !{!208, !209, !"make_token: argument 0"}
!209 = distinct !{!209, !"make_token"}
!210 = !{!211, !141}
!211 = distinct !{!211, !212, !"make_token: argument 0"}
!212 = distinct !{!212, !"make_token"}
!213 = !{!214, !141}
!214 = distinct !{!214, !215, !"make_token: argument 0"}
!215 = distinct !{!215, !"make_token"}
!216 = !{!217, !141}
!217 = distinct !{!217, !218, !"make_token: argument 0"}
!218 = distinct !{!218, !"make_token"}
!219 = !{!220, !141}
!220 = distinct !{!220, !221, !"make_token: argument 0"}
!221 = distinct !{!221, !"make_token"}
!222 = !{!223, !141}
!223 = distinct !{!223, !224, !"make_token: argument 0"}
!224 = distinct !{!224, !"make_token"}
!225 = !{!226, !141}
!226 = distinct !{!226, !227, !"make_token: argument 0"}
!227 = distinct !{!227, !"make_token"}
!228 = !{!229, !141}
!229 = distinct !{!229, !230, !"make_token: argument 0"}
!230 = distinct !{!230, !"make_token"}
!231 = !{!232, !141}
!232 = distinct !{!232, !233, !"make_token: argument 0"}
!233 = distinct !{!233, !"make_token"}
!234 = !{!235, !141}
!235 = distinct !{!235, !236, !"make_token: argument 0"}
!236 = distinct !{!236, !"make_token"}
!237 = !{i64 0, i64 8, !4, i64 8, i64 4, !22, i64 12, i64 4, !22, i64 16, i64 8, !62, i64 24, i64 8, !63}
!238 = !{i64 0, i64 4, !22, i64 4, i64 4, !22, i64 8, i64 8, !62, i64 16, i64 8, !63}
!239 = !{i64 0, i64 4, !22, i64 4, i64 8, !62, i64 12, i64 8, !63}
!240 = !{i64 0, i64 8, !62, i64 8, i64 8, !63}
!241 = !{i64 0, i64 8, !63}
!242 = !{!36, !10, i64 36}
!243 = !{!36, !5, i64 64}
!244 = !{!36, !10, i64 72}
!245 = !{!36, !10, i64 76}
!246 = !{!36, !6, i64 56}
!247 = distinct !{!247, !19}
!248 = distinct !{!248, !19}
!249 = distinct !{!249, !19}
!250 = distinct !{!250, !19}
