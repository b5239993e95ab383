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
  call fastcc void @run_script(ptr noalias nonnull align 8 %4, ptr noundef %28, ptr noundef %15)
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
define internal fastcc void @run_script(ptr noalias nocapture writeonly align 8 %0, ptr noundef %1, ptr noundef %2) unnamed_addr #0 {
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
  br i1 %7, label %185, label %1153

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
  %39 = getelementptr inbounds i8, ptr %5, i64 16
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

237:                                              ; preds = %1134, %209
  %238 = phi i32 [ %230, %209 ], [ %1147, %1134 ]
  %239 = phi i64 [ %233, %209 ], [ %1150, %1134 ]
  call void (i32, ptr, ...) @fail(i32 noundef %238, ptr noundef nonnull @.str.198, i64 noundef %239) #29
  unreachable

240:                                              ; preds = %1134, %235
  %241 = phi i64 [ %232, %235 ], [ %1149, %1134 ]
  %242 = phi i32 [ %230, %235 ], [ %1147, %1134 ]
  %243 = phi ptr [ %224, %235 ], [ %1141, %1134 ]
  %244 = phi ptr [ %223, %235 ], [ %1140, %1134 ]
  %245 = phi ptr [ %219, %235 ], [ %1136, %1134 ]
  %246 = phi ptr [ %218, %235 ], [ %1135, %1134 ]
  %247 = getelementptr inbounds i8, ptr %243, i64 1
  store ptr %247, ptr %244, align 8, !tbaa !70
  %248 = load i8, ptr %243, align 1, !tbaa !54
  %249 = zext i8 %248 to i32
  switch i8 %248, label %1132 [
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
    i8 15, label %692
    i8 16, label %711
    i8 17, label %744
    i8 18, label %744
    i8 19, label %763
    i8 20, label %763
    i8 21, label %763
    i8 22, label %763
    i8 23, label %791
    i8 24, label %801
    i8 25, label %839
    i8 26, label %839
    i8 27, label %880
    i8 28, label %891
    i8 29, label %906
    i8 30, label %927
    i8 31, label %1023
    i8 32, label %1088
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
  %260 = getelementptr i8, ptr %243, i64 2
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
  br label %1134

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
  br label %1134

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
  br label %1134

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
  br label %1134

293:                                              ; preds = %240
  %294 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %295 = getelementptr inbounds %struct.value, ptr %294, i64 -1
  store ptr %295, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  br label %1134

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
  %306 = getelementptr i8, ptr %243, i64 2
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
  br label %1134

318:                                              ; preds = %240
  %319 = getelementptr inbounds %struct.frame, ptr %246, i64 0, i32 2
  %320 = load ptr, ptr %319, align 8, !tbaa !74
  %321 = load i8, ptr %247, align 1, !tbaa !54
  %322 = getelementptr i8, ptr %243, i64 2
  %323 = load i8, ptr %322, align 1, !tbaa !54
  %324 = zext i8 %321 to i64
  %325 = shl nuw nsw i64 %324, 8
  %326 = zext i8 %323 to i64
  %327 = or i64 %325, %326
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
  br label %1134

337:                                              ; preds = %240
  %338 = getelementptr inbounds %struct.frame, ptr %246, i64 0, i32 2
  %339 = load ptr, ptr %338, align 8, !tbaa !74
  %340 = load i8, ptr %247, align 1, !tbaa !54
  %341 = getelementptr i8, ptr %243, i64 2
  %342 = load i8, ptr %341, align 1, !tbaa !54
  %343 = zext i8 %340 to i64
  %344 = shl nuw nsw i64 %343, 8
  %345 = zext i8 %342 to i64
  %346 = or i64 %344, %345
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
  br label %1134

354:                                              ; preds = %337
  %355 = getelementptr inbounds { i32, i64 }, ptr %347, i64 0, i32 1
  %356 = load double, ptr %355, align 8
  %357 = fadd double %356, 1.000000e+00
  store i32 3, ptr %347, align 8, !tbaa.struct !61
  store double %357, ptr %355, align 8, !tbaa.struct !64
  br label %1134

358:                                              ; preds = %337
  %359 = call fastcc ptr @type_name(i32 noundef %349)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.51, ptr noundef nonnull @.str.199, ptr noundef nonnull %359) #29
  unreachable

360:                                              ; preds = %240, %240, %240
  %361 = getelementptr inbounds %struct.function, ptr %245, i64 0, i32 2, i32 5
  %362 = load ptr, ptr %361, align 8, !tbaa !73
  %363 = load i8, ptr %247, align 1, !tbaa !54
  %364 = getelementptr i8, ptr %243, i64 2
  %365 = load i8, ptr %364, align 1, !tbaa !54
  %366 = zext i8 %363 to i64
  %367 = shl nuw nsw i64 %366, 8
  %368 = zext i8 %365 to i64
  %369 = or i64 %367, %368
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
  br label %1134

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
  br label %1134

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
  br label %1134

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
  br i1 %441, label %442, label %619

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
  br label %683

451:                                              ; preds = %442
  %452 = icmp eq i32 %438, 5
  %453 = icmp eq i32 %434, 5
  %454 = select i1 %452, i1 %453, i1 false
  br i1 %454, label %455, label %619

455:                                              ; preds = %451
  %456 = inttoptr i64 %440 to ptr
  %457 = load i32, ptr %456, align 8, !tbaa !81
  %458 = inttoptr i64 %436 to ptr
  %459 = load i32, ptr %458, align 8, !tbaa !81
  %460 = add nsw i32 %459, %457
  %461 = call fastcc ptr @new_list(i32 noundef %460)
  %462 = load i32, ptr %456, align 8, !tbaa !81
  %463 = icmp sgt i32 %462, 0
  br i1 %463, label %464, label %470

464:                                              ; preds = %455
  %465 = getelementptr inbounds %struct.list, ptr %456, i64 0, i32 2
  %466 = getelementptr inbounds %struct.list, ptr %461, i64 0, i32 2
  %467 = getelementptr inbounds %struct.list, ptr %461, i64 0, i32 1
  %468 = load ptr, ptr @arena, align 8, !tbaa !4
  %469 = load i64, ptr @arena_total, align 8, !tbaa !20
  br label %479

470:                                              ; preds = %535, %455
  %471 = load i32, ptr %458, align 8, !tbaa !81
  %472 = icmp sgt i32 %471, 0
  br i1 %472, label %473, label %548

473:                                              ; preds = %470
  %474 = getelementptr inbounds %struct.list, ptr %458, i64 0, i32 2
  %475 = getelementptr inbounds %struct.list, ptr %461, i64 0, i32 2
  %476 = getelementptr inbounds %struct.list, ptr %461, i64 0, i32 1
  %477 = load ptr, ptr @arena, align 8, !tbaa !4
  %478 = load i64, ptr @arena_total, align 8, !tbaa !20
  br label %550

479:                                              ; preds = %535, %464
  %480 = phi i64 [ %469, %464 ], [ %537, %535 ]
  %481 = phi ptr [ %468, %464 ], [ %538, %535 ]
  %482 = phi i64 [ 0, %464 ], [ %544, %535 ]
  %483 = load ptr, ptr %465, align 8, !tbaa !83
  %484 = getelementptr inbounds %struct.value, ptr %483, i64 %482
  %485 = load i32, ptr %484, align 8
  %486 = getelementptr inbounds { i32, i64 }, ptr %484, i64 0, i32 1
  %487 = load i64, ptr %486, align 8
  %488 = load ptr, ptr %466, align 8, !tbaa !83
  %489 = load i32, ptr %461, align 8, !tbaa !81
  %490 = load i32, ptr %467, align 4, !tbaa !22
  %491 = icmp sgt i32 %490, %489
  br i1 %491, label %535, label %492

492:                                              ; preds = %479
  %493 = call i32 @llvm.smax.i32(i32 %490, i32 8)
  br label %494

494:                                              ; preds = %494, %492
  %495 = phi i32 [ %493, %492 ], [ %497, %494 ]
  %496 = icmp sgt i32 %495, %489
  %497 = shl nsw i32 %495, 1
  br i1 %496, label %498, label %494, !llvm.loop !84

498:                                              ; preds = %494
  %499 = sext i32 %495 to i64
  %500 = shl nsw i64 %499, 4
  %501 = icmp eq ptr %481, null
  br i1 %501, label %509, label %502

502:                                              ; preds = %498
  %503 = getelementptr inbounds %struct.arena_block, ptr %481, i64 0, i32 1
  %504 = load i64, ptr %503, align 8, !tbaa !20
  %505 = add i64 %504, %500
  %506 = getelementptr inbounds %struct.arena_block, ptr %481, i64 0, i32 2
  %507 = load i64, ptr %506, align 16, !tbaa !20
  %508 = icmp ugt i64 %505, %507
  br i1 %508, label %509, label %520

509:                                              ; preds = %502, %498
  %510 = call i64 @llvm.umax.i64(i64 %500, i64 65536)
  %511 = add i64 %510, 32
  %512 = call noalias ptr @malloc(i64 noundef %511) #26
  %513 = icmp eq ptr %512, null
  br i1 %513, label %514, label %517

514:                                              ; preds = %509
  %515 = load ptr, ptr @stderr, align 8, !tbaa !4
  %516 = call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %515) #27
  call void @exit(i32 noundef 3) #28
  unreachable

517:                                              ; preds = %509
  store ptr %481, ptr %512, align 16, !tbaa !4
  %518 = getelementptr inbounds %struct.arena_block, ptr %512, i64 0, i32 1
  store i64 0, ptr %518, align 8, !tbaa !20
  %519 = getelementptr inbounds %struct.arena_block, ptr %512, i64 0, i32 2
  store i64 %510, ptr %519, align 16, !tbaa !20
  store ptr %512, ptr @arena, align 8, !tbaa !4
  br label %520

520:                                              ; preds = %517, %502
  %521 = phi ptr [ %512, %517 ], [ %481, %502 ]
  %522 = phi i64 [ 0, %517 ], [ %504, %502 ]
  %523 = getelementptr inbounds %struct.arena_block, ptr %521, i64 0, i32 4
  %524 = getelementptr inbounds %struct.arena_block, ptr %521, i64 0, i32 1
  %525 = getelementptr inbounds i8, ptr %523, i64 %522
  %526 = add i64 %522, %500
  store i64 %526, ptr %524, align 8, !tbaa !20
  %527 = add i64 %480, %500
  store i64 %527, ptr @arena_total, align 8, !tbaa !20
  %528 = icmp eq ptr %488, null
  br i1 %528, label %533, label %529

529:                                              ; preds = %520
  %530 = sext i32 %490 to i64
  %531 = shl nsw i64 %530, 4
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 1 %525, ptr nonnull align 1 %488, i64 %531, i1 false)
  %532 = load i32, ptr %461, align 8, !tbaa !81
  br label %533

533:                                              ; preds = %529, %520
  %534 = phi i32 [ %532, %529 ], [ %489, %520 ]
  store i32 %495, ptr %467, align 4, !tbaa !22
  br label %535

535:                                              ; preds = %479, %533
  %536 = phi i32 [ %534, %533 ], [ %489, %479 ]
  %537 = phi i64 [ %527, %533 ], [ %480, %479 ]
  %538 = phi ptr [ %521, %533 ], [ %481, %479 ]
  %539 = phi ptr [ %525, %533 ], [ %488, %479 ]
  store ptr %539, ptr %466, align 8, !tbaa !83
  %540 = add nsw i32 %536, 1
  store i32 %540, ptr %461, align 8, !tbaa !81
  %541 = sext i32 %536 to i64
  %542 = getelementptr inbounds %struct.value, ptr %539, i64 %541
  store i32 %485, ptr %542, align 8, !tbaa.struct !61
  %543 = getelementptr inbounds i8, ptr %542, i64 8
  store i64 %487, ptr %543, align 8, !tbaa.struct !64
  %544 = add nuw nsw i64 %482, 1
  %545 = load i32, ptr %456, align 8, !tbaa !81
  %546 = sext i32 %545 to i64
  %547 = icmp slt i64 %544, %546
  br i1 %547, label %479, label %470, !llvm.loop !85

548:                                              ; preds = %606, %470
  %549 = ptrtoint ptr %461 to i64
  br label %683

550:                                              ; preds = %606, %473
  %551 = phi i64 [ %478, %473 ], [ %608, %606 ]
  %552 = phi ptr [ %477, %473 ], [ %609, %606 ]
  %553 = phi i64 [ 0, %473 ], [ %615, %606 ]
  %554 = load ptr, ptr %474, align 8, !tbaa !83
  %555 = getelementptr inbounds %struct.value, ptr %554, i64 %553
  %556 = load i32, ptr %555, align 8
  %557 = getelementptr inbounds { i32, i64 }, ptr %555, i64 0, i32 1
  %558 = load i64, ptr %557, align 8
  %559 = load ptr, ptr %475, align 8, !tbaa !83
  %560 = load i32, ptr %461, align 8, !tbaa !81
  %561 = load i32, ptr %476, align 4, !tbaa !22
  %562 = icmp sgt i32 %561, %560
  br i1 %562, label %606, label %563

563:                                              ; preds = %550
  %564 = call i32 @llvm.smax.i32(i32 %561, i32 8)
  br label %565

565:                                              ; preds = %565, %563
  %566 = phi i32 [ %564, %563 ], [ %568, %565 ]
  %567 = icmp sgt i32 %566, %560
  %568 = shl nsw i32 %566, 1
  br i1 %567, label %569, label %565, !llvm.loop !84

569:                                              ; preds = %565
  %570 = sext i32 %566 to i64
  %571 = shl nsw i64 %570, 4
  %572 = icmp eq ptr %552, null
  br i1 %572, label %580, label %573

573:                                              ; preds = %569
  %574 = getelementptr inbounds %struct.arena_block, ptr %552, i64 0, i32 1
  %575 = load i64, ptr %574, align 8, !tbaa !20
  %576 = add i64 %575, %571
  %577 = getelementptr inbounds %struct.arena_block, ptr %552, i64 0, i32 2
  %578 = load i64, ptr %577, align 16, !tbaa !20
  %579 = icmp ugt i64 %576, %578
  br i1 %579, label %580, label %591

580:                                              ; preds = %573, %569
  %581 = call i64 @llvm.umax.i64(i64 %571, i64 65536)
  %582 = add i64 %581, 32
  %583 = call noalias ptr @malloc(i64 noundef %582) #26
  %584 = icmp eq ptr %583, null
  br i1 %584, label %585, label %588

585:                                              ; preds = %580
  %586 = load ptr, ptr @stderr, align 8, !tbaa !4
  %587 = call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %586) #27
  call void @exit(i32 noundef 3) #28
  unreachable

588:                                              ; preds = %580
  store ptr %552, ptr %583, align 16, !tbaa !4
  %589 = getelementptr inbounds %struct.arena_block, ptr %583, i64 0, i32 1
  store i64 0, ptr %589, align 8, !tbaa !20
  %590 = getelementptr inbounds %struct.arena_block, ptr %583, i64 0, i32 2
  store i64 %581, ptr %590, align 16, !tbaa !20
  store ptr %583, ptr @arena, align 8, !tbaa !4
  br label %591

591:                                              ; preds = %588, %573
  %592 = phi ptr [ %583, %588 ], [ %552, %573 ]
  %593 = phi i64 [ 0, %588 ], [ %575, %573 ]
  %594 = getelementptr inbounds %struct.arena_block, ptr %592, i64 0, i32 4
  %595 = getelementptr inbounds %struct.arena_block, ptr %592, i64 0, i32 1
  %596 = getelementptr inbounds i8, ptr %594, i64 %593
  %597 = add i64 %593, %571
  store i64 %597, ptr %595, align 8, !tbaa !20
  %598 = add i64 %551, %571
  store i64 %598, ptr @arena_total, align 8, !tbaa !20
  %599 = icmp eq ptr %559, null
  br i1 %599, label %604, label %600

600:                                              ; preds = %591
  %601 = sext i32 %561 to i64
  %602 = shl nsw i64 %601, 4
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 1 %596, ptr nonnull align 1 %559, i64 %602, i1 false)
  %603 = load i32, ptr %461, align 8, !tbaa !81
  br label %604

604:                                              ; preds = %600, %591
  %605 = phi i32 [ %603, %600 ], [ %560, %591 ]
  store i32 %566, ptr %476, align 4, !tbaa !22
  br label %606

606:                                              ; preds = %550, %604
  %607 = phi i32 [ %605, %604 ], [ %560, %550 ]
  %608 = phi i64 [ %598, %604 ], [ %551, %550 ]
  %609 = phi ptr [ %592, %604 ], [ %552, %550 ]
  %610 = phi ptr [ %596, %604 ], [ %559, %550 ]
  store ptr %610, ptr %475, align 8, !tbaa !83
  %611 = add nsw i32 %607, 1
  store i32 %611, ptr %461, align 8, !tbaa !81
  %612 = sext i32 %607 to i64
  %613 = getelementptr inbounds %struct.value, ptr %610, i64 %612
  store i32 %556, ptr %613, align 8, !tbaa.struct !61
  %614 = getelementptr inbounds i8, ptr %613, i64 8
  store i64 %558, ptr %614, align 8, !tbaa.struct !64
  %615 = add nuw nsw i64 %553, 1
  %616 = load i32, ptr %458, align 8, !tbaa !81
  %617 = sext i32 %616 to i64
  %618 = icmp slt i64 %615, %617
  br i1 %618, label %550, label %548, !llvm.loop !86

619:                                              ; preds = %451, %431
  %620 = icmp eq i32 %438, 2
  %621 = icmp eq i32 %434, 2
  %622 = select i1 %620, i1 %621, i1 false
  br i1 %622, label %623, label %647

623:                                              ; preds = %619
  switch i8 %248, label %624 [
    i8 10, label %629
    i8 11, label %631
    i8 12, label %633
    i8 13, label %635
    i8 14, label %640
  ]

624:                                              ; preds = %623
  %625 = add nuw nsw i32 %249, -10
  %626 = zext i32 %625 to i64
  %627 = getelementptr inbounds [5 x ptr], ptr @__const.arithmetic.names, i64 0, i64 %626
  %628 = load ptr, ptr %627, align 8, !tbaa !4
  br label %652

629:                                              ; preds = %623
  %630 = add i64 %440, %436
  br label %683

631:                                              ; preds = %623
  %632 = sub i64 %440, %436
  br label %683

633:                                              ; preds = %623
  %634 = mul i64 %440, %436
  br label %683

635:                                              ; preds = %623
  %636 = icmp eq i64 %436, 0
  br i1 %636, label %637, label %638

637:                                              ; preds = %635
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.204) #29
  unreachable

638:                                              ; preds = %635
  %639 = sdiv i64 %440, %436
  br label %683

640:                                              ; preds = %623
  %641 = icmp eq i64 %436, 0
  br i1 %641, label %642, label %643

642:                                              ; preds = %640
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.204) #29
  unreachable

643:                                              ; preds = %640
  %644 = srem i64 %440, %436
  %645 = add nsw i64 %644, %436
  %646 = srem i64 %645, %436
  br label %683

647:                                              ; preds = %619
  %648 = add nsw i32 %249, -10
  %649 = zext i32 %648 to i64
  %650 = getelementptr inbounds [5 x ptr], ptr @__const.arithmetic.names, i64 0, i64 %649
  %651 = load ptr, ptr %650, align 8, !tbaa !4
  switch i32 %438, label %657 [
    i32 2, label %652
    i32 3, label %655
  ]

652:                                              ; preds = %647, %624
  %653 = phi ptr [ %628, %624 ], [ %651, %647 ]
  %654 = sitofp i64 %440 to double
  br label %659

655:                                              ; preds = %647
  %656 = bitcast i64 %440 to double
  br label %659

657:                                              ; preds = %647
  %658 = call fastcc ptr @type_name(i32 noundef %438)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.51, ptr noundef %651, ptr noundef nonnull %658) #29
  unreachable

659:                                              ; preds = %655, %652
  %660 = phi ptr [ %653, %652 ], [ %651, %655 ]
  %661 = phi double [ %654, %652 ], [ %656, %655 ]
  switch i32 %434, label %666 [
    i32 2, label %662
    i32 3, label %664
  ]

662:                                              ; preds = %659
  %663 = sitofp i64 %436 to double
  br label %668

664:                                              ; preds = %659
  %665 = bitcast i64 %436 to double
  br label %668

666:                                              ; preds = %659
  %667 = call fastcc ptr @type_name(i32 noundef %434)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.51, ptr noundef %660, ptr noundef nonnull %667) #29
  unreachable

668:                                              ; preds = %664, %662
  %669 = phi double [ %663, %662 ], [ %665, %664 ]
  switch i8 %248, label %678 [
    i8 10, label %670
    i8 11, label %672
    i8 12, label %674
    i8 13, label %676
  ]

670:                                              ; preds = %668
  %671 = fadd double %661, %669
  br label %680

672:                                              ; preds = %668
  %673 = fsub double %661, %669
  br label %680

674:                                              ; preds = %668
  %675 = fmul double %661, %669
  br label %680

676:                                              ; preds = %668
  %677 = fdiv double %661, %669
  br label %680

678:                                              ; preds = %668
  %679 = call double @fmod(double noundef %661, double noundef %669) #24
  br label %680

680:                                              ; preds = %678, %676, %674, %672, %670
  %681 = phi double [ %679, %678 ], [ %677, %676 ], [ %675, %674 ], [ %673, %672 ], [ %671, %670 ]
  %682 = bitcast double %681 to i64
  br label %683

683:                                              ; preds = %680, %643, %638, %633, %631, %629, %548, %446
  %684 = phi i32 [ 4, %446 ], [ 5, %548 ], [ 3, %680 ], [ 2, %643 ], [ 2, %638 ], [ 2, %633 ], [ 2, %631 ], [ 2, %629 ]
  %685 = phi i64 [ %450, %446 ], [ %549, %548 ], [ %682, %680 ], [ %646, %643 ], [ %639, %638 ], [ %634, %633 ], [ %632, %631 ], [ %630, %629 ]
  %686 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %687 = icmp ult ptr %686, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %687, label %689, label %688

688:                                              ; preds = %683
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

689:                                              ; preds = %683
  %690 = getelementptr inbounds %struct.value, ptr %686, i64 1
  store ptr %690, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 %684, ptr %686, align 8, !tbaa.struct !61
  %691 = getelementptr inbounds i8, ptr %686, i64 8
  store i64 %685, ptr %691, align 8, !tbaa.struct !64
  br label %1134

692:                                              ; preds = %240
  %693 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %694 = getelementptr inbounds %struct.value, ptr %693, i64 -1
  store ptr %694, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %695 = load i32, ptr %694, align 8, !tbaa.struct !61
  %696 = getelementptr %struct.value, ptr %693, i64 -1, i32 1
  %697 = load i64, ptr %696, align 8, !tbaa.struct !64
  switch i32 %695, label %705 [
    i32 2, label %698
    i32 3, label %703
  ]

698:                                              ; preds = %692
  %699 = icmp ult ptr %694, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %699, label %701, label %700

700:                                              ; preds = %698
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

701:                                              ; preds = %698
  %702 = sub nsw i64 0, %697
  store ptr %693, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 2, ptr %694, align 8, !tbaa.struct !61
  store i64 %702, ptr %696, align 8, !tbaa.struct !64
  br label %1134

703:                                              ; preds = %692
  %704 = icmp ult ptr %694, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %704, label %708, label %707

705:                                              ; preds = %692
  %706 = call fastcc ptr @type_name(i32 noundef %695)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.51, ptr noundef nonnull @.str.89, ptr noundef nonnull %706) #29
  unreachable

707:                                              ; preds = %703
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

708:                                              ; preds = %703
  %709 = bitcast i64 %697 to double
  %710 = fneg double %709
  store ptr %693, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 3, ptr %694, align 8, !tbaa.struct !61
  store double %710, ptr %696, align 8, !tbaa.struct !64
  br label %1134

711:                                              ; preds = %240
  %712 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %713 = getelementptr inbounds %struct.value, ptr %712, i64 -1
  store ptr %713, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %714 = load i32, ptr %713, align 8, !tbaa.struct !61
  %715 = getelementptr %struct.value, ptr %712, i64 -1, i32 1
  %716 = load i64, ptr %715, align 8, !tbaa.struct !64
  switch i32 %714, label %736 [
    i32 0, label %737
    i32 1, label %717
    i32 2, label %719
    i32 3, label %722
    i32 4, label %726
    i32 5, label %731
  ]

717:                                              ; preds = %711
  %718 = trunc i64 %716 to i32
  br label %737

719:                                              ; preds = %711
  %720 = icmp ne i64 %716, 0
  %721 = zext i1 %720 to i32
  br label %737

722:                                              ; preds = %711
  %723 = and i64 %716, 9223372036854775807
  %724 = icmp ne i64 %723, 0
  %725 = zext i1 %724 to i32
  br label %737

726:                                              ; preds = %711
  %727 = inttoptr i64 %716 to ptr
  %728 = load i32, ptr %727, align 4, !tbaa !22
  %729 = icmp sgt i32 %728, 0
  %730 = zext i1 %729 to i32
  br label %737

731:                                              ; preds = %711
  %732 = inttoptr i64 %716 to ptr
  %733 = load i32, ptr %732, align 8, !tbaa !81
  %734 = icmp sgt i32 %733, 0
  %735 = zext i1 %734 to i32
  br label %737

736:                                              ; preds = %711
  br label %737

737:                                              ; preds = %736, %731, %726, %722, %719, %717, %711
  %738 = phi i32 [ 1, %736 ], [ %735, %731 ], [ %730, %726 ], [ %725, %722 ], [ %721, %719 ], [ %718, %717 ], [ %714, %711 ]
  %739 = icmp ult ptr %713, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %739, label %741, label %740

740:                                              ; preds = %737
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

741:                                              ; preds = %737
  %742 = icmp eq i32 %738, 0
  %743 = zext i1 %742 to i64
  store ptr %712, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 1, ptr %713, align 8, !tbaa.struct !61
  store i64 %743, ptr %715, align 8, !tbaa.struct !64
  br label %1134

744:                                              ; preds = %240, %240
  %745 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %746 = getelementptr inbounds %struct.value, ptr %745, i64 -1
  store ptr %746, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %747 = load i32, ptr %746, align 8, !tbaa.struct !61
  %748 = getelementptr %struct.value, ptr %745, i64 -1, i32 1
  %749 = load i64, ptr %748, align 8, !tbaa.struct !64
  %750 = getelementptr inbounds %struct.value, ptr %745, i64 -2
  store ptr %750, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %751 = load i32, ptr %750, align 8, !tbaa.struct !61
  %752 = getelementptr %struct.value, ptr %745, i64 -2, i32 1
  %753 = load i64, ptr %752, align 8, !tbaa.struct !64
  %754 = call fastcc i32 @values_equal(i32 %751, i64 %753, i32 %747, i64 %749)
  %755 = icmp ult ptr %750, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %755, label %757, label %756

756:                                              ; preds = %744
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

757:                                              ; preds = %744
  %758 = icmp eq i8 %248, 17
  %759 = icmp ne i32 %754, 0
  %760 = icmp eq i32 %754, 0
  %761 = select i1 %758, i1 %759, i1 %760
  %762 = zext i1 %761 to i64
  store ptr %746, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 1, ptr %750, align 8, !tbaa.struct !61
  store i64 %762, ptr %752, align 8, !tbaa.struct !64
  br label %1134

763:                                              ; preds = %240, %240, %240, %240
  %764 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %765 = getelementptr inbounds %struct.value, ptr %764, i64 -1
  store ptr %765, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %766 = load i32, ptr %765, align 8, !tbaa.struct !61
  %767 = getelementptr %struct.value, ptr %764, i64 -1, i32 1
  %768 = load i64, ptr %767, align 8, !tbaa.struct !64
  %769 = getelementptr inbounds %struct.value, ptr %764, i64 -2
  store ptr %769, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %770 = load i32, ptr %769, align 8, !tbaa.struct !61
  %771 = getelementptr %struct.value, ptr %764, i64 -2, i32 1
  %772 = load i64, ptr %771, align 8, !tbaa.struct !64
  %773 = call fastcc i32 @compare(i32 %770, i64 %772, i32 %766, i64 %768, i32 noundef %242)
  switch i8 %248, label %780 [
    i8 19, label %774
    i8 20, label %776
    i8 21, label %778
  ]

774:                                              ; preds = %763
  %775 = icmp slt i32 %773, 0
  br label %782

776:                                              ; preds = %763
  %777 = icmp slt i32 %773, 1
  br label %782

778:                                              ; preds = %763
  %779 = icmp sgt i32 %773, 0
  br label %782

780:                                              ; preds = %763
  %781 = icmp sgt i32 %773, -1
  br label %782

782:                                              ; preds = %780, %778, %776, %774
  %783 = phi i1 [ %775, %774 ], [ %777, %776 ], [ %779, %778 ], [ %781, %780 ]
  %784 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %785 = icmp ult ptr %784, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %785, label %787, label %786

786:                                              ; preds = %782
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

787:                                              ; preds = %782
  %788 = zext i1 %783 to i64
  %789 = getelementptr inbounds %struct.value, ptr %784, i64 1
  store ptr %789, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 1, ptr %784, align 8, !tbaa.struct !61
  %790 = getelementptr inbounds i8, ptr %784, i64 8
  store i64 %788, ptr %790, align 8, !tbaa.struct !64
  br label %1134

791:                                              ; preds = %240
  %792 = load i8, ptr %247, align 1, !tbaa !54
  %793 = getelementptr i8, ptr %243, i64 2
  %794 = load i8, ptr %793, align 1, !tbaa !54
  %795 = zext i8 %792 to i64
  %796 = shl nuw nsw i64 %795, 8
  %797 = zext i8 %794 to i64
  %798 = or i64 %796, %797
  %799 = add nuw nsw i64 %798, 2
  %800 = getelementptr inbounds i8, ptr %247, i64 %799
  store ptr %800, ptr %244, align 8, !tbaa !70
  br label %1134

801:                                              ; preds = %240
  %802 = load i8, ptr %247, align 1, !tbaa !54
  %803 = getelementptr i8, ptr %243, i64 2
  %804 = load i8, ptr %803, align 1, !tbaa !54
  %805 = zext i8 %802 to i64
  %806 = shl nuw nsw i64 %805, 8
  %807 = zext i8 %804 to i64
  %808 = or i64 %806, %807
  %809 = getelementptr inbounds i8, ptr %243, i64 3
  store ptr %809, ptr %244, align 8, !tbaa !70
  %810 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %811 = getelementptr inbounds %struct.value, ptr %810, i64 -1
  store ptr %811, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %812 = load i32, ptr %811, align 8, !tbaa.struct !61
  %813 = getelementptr %struct.value, ptr %810, i64 -1, i32 1
  %814 = load i64, ptr %813, align 8, !tbaa.struct !64
  switch i32 %812, label %1134 [
    i32 0, label %837
    i32 1, label %815
    i32 2, label %817
    i32 3, label %820
    i32 4, label %824
    i32 5, label %829
  ]

815:                                              ; preds = %801
  %816 = trunc i64 %814 to i32
  br label %834

817:                                              ; preds = %801
  %818 = icmp ne i64 %814, 0
  %819 = zext i1 %818 to i32
  br label %834

820:                                              ; preds = %801
  %821 = and i64 %814, 9223372036854775807
  %822 = icmp ne i64 %821, 0
  %823 = zext i1 %822 to i32
  br label %834

824:                                              ; preds = %801
  %825 = inttoptr i64 %814 to ptr
  %826 = load i32, ptr %825, align 4, !tbaa !22
  %827 = icmp sgt i32 %826, 0
  %828 = zext i1 %827 to i32
  br label %834

829:                                              ; preds = %801
  %830 = inttoptr i64 %814 to ptr
  %831 = load i32, ptr %830, align 8, !tbaa !81
  %832 = icmp sgt i32 %831, 0
  %833 = zext i1 %832 to i32
  br label %834

834:                                              ; preds = %829, %824, %820, %817, %815
  %835 = phi i32 [ %833, %829 ], [ %828, %824 ], [ %823, %820 ], [ %819, %817 ], [ %816, %815 ]
  %836 = icmp eq i32 %835, 0
  br i1 %836, label %837, label %1134

837:                                              ; preds = %834, %801
  %838 = getelementptr inbounds i8, ptr %809, i64 %808
  store ptr %838, ptr %244, align 8, !tbaa !70
  br label %1134

839:                                              ; preds = %240, %240
  %840 = load i8, ptr %247, align 1, !tbaa !54
  %841 = getelementptr i8, ptr %243, i64 2
  %842 = load i8, ptr %841, align 1, !tbaa !54
  %843 = zext i8 %840 to i64
  %844 = shl nuw nsw i64 %843, 8
  %845 = zext i8 %842 to i64
  %846 = or i64 %844, %845
  %847 = getelementptr inbounds i8, ptr %243, i64 3
  store ptr %847, ptr %244, align 8, !tbaa !70
  %848 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %849 = getelementptr inbounds %struct.value, ptr %848, i64 -1
  %850 = load i32, ptr %849, align 8, !tbaa.struct !61
  %851 = getelementptr %struct.value, ptr %848, i64 -1, i32 1
  %852 = load i64, ptr %851, align 8, !tbaa.struct !64
  switch i32 %850, label %872 [
    i32 0, label %873
    i32 1, label %853
    i32 2, label %855
    i32 3, label %858
    i32 4, label %862
    i32 5, label %867
  ]

853:                                              ; preds = %839
  %854 = trunc i64 %852 to i32
  br label %873

855:                                              ; preds = %839
  %856 = icmp ne i64 %852, 0
  %857 = zext i1 %856 to i32
  br label %873

858:                                              ; preds = %839
  %859 = and i64 %852, 9223372036854775807
  %860 = icmp ne i64 %859, 0
  %861 = zext i1 %860 to i32
  br label %873

862:                                              ; preds = %839
  %863 = inttoptr i64 %852 to ptr
  %864 = load i32, ptr %863, align 4, !tbaa !22
  %865 = icmp sgt i32 %864, 0
  %866 = zext i1 %865 to i32
  br label %873

867:                                              ; preds = %839
  %868 = inttoptr i64 %852 to ptr
  %869 = load i32, ptr %868, align 8, !tbaa !81
  %870 = icmp sgt i32 %869, 0
  %871 = zext i1 %870 to i32
  br label %873

872:                                              ; preds = %839
  br label %873

873:                                              ; preds = %872, %867, %862, %858, %855, %853, %839
  %874 = phi i32 [ 1, %872 ], [ %871, %867 ], [ %866, %862 ], [ %861, %858 ], [ %857, %855 ], [ %854, %853 ], [ %850, %839 ]
  %875 = icmp eq i8 %248, 26
  %876 = zext i1 %875 to i32
  %877 = icmp eq i32 %874, %876
  br i1 %877, label %878, label %1134

878:                                              ; preds = %873
  %879 = getelementptr inbounds i8, ptr %847, i64 %846
  store ptr %879, ptr %244, align 8, !tbaa !70
  br label %1134

880:                                              ; preds = %240
  %881 = load i8, ptr %247, align 1, !tbaa !54
  %882 = getelementptr i8, ptr %243, i64 2
  %883 = load i8, ptr %882, align 1, !tbaa !54
  %884 = zext i8 %881 to i32
  %885 = shl nuw nsw i32 %884, 8
  %886 = zext i8 %883 to i32
  %887 = or i32 %885, %886
  %888 = sub nsw i32 2, %887
  %889 = sext i32 %888 to i64
  %890 = getelementptr inbounds i8, ptr %247, i64 %889
  store ptr %890, ptr %244, align 8, !tbaa !70
  br label %1134

891:                                              ; preds = %240
  %892 = getelementptr inbounds i8, ptr %243, i64 2
  store ptr %892, ptr %244, align 8, !tbaa !70
  %893 = load i8, ptr %247, align 1, !tbaa !54
  %894 = zext i8 %893 to i32
  %895 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %896 = xor i32 %894, -1
  %897 = sext i32 %896 to i64
  %898 = getelementptr inbounds %struct.value, ptr %895, i64 %897
  %899 = load i32, ptr %898, align 8, !tbaa.struct !61
  %900 = getelementptr inbounds i8, ptr %898, i64 8
  %901 = load i64, ptr %900, align 8, !tbaa.struct !64
  call fastcc void @call_value(i32 %899, i64 %901, i32 noundef %894, i32 noundef %242)
  %902 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !66
  %903 = add nsw i32 %902, -1
  %904 = sext i32 %903 to i64
  %905 = getelementptr inbounds %struct.vm, ptr @run_script.vm, i64 0, i32 2, i64 %904
  br label %1134

906:                                              ; preds = %240
  %907 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %908 = getelementptr inbounds %struct.value, ptr %907, i64 -1
  store ptr %908, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %909 = load i32, ptr %908, align 8, !tbaa.struct !61
  %910 = getelementptr %struct.value, ptr %907, i64 -1, i32 1
  %911 = load i64, ptr %910, align 8, !tbaa.struct !64
  %912 = getelementptr inbounds %struct.frame, ptr %246, i64 0, i32 2
  %913 = load ptr, ptr %912, align 8, !tbaa !74
  store ptr %913, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %914 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !66
  %915 = add nsw i32 %914, -1
  store i32 %915, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !66
  %916 = icmp eq i32 %915, 0
  br i1 %916, label %1152, label %917

917:                                              ; preds = %906
  %918 = icmp ult ptr %913, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %918, label %920, label %919

919:                                              ; preds = %917
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

920:                                              ; preds = %917
  %921 = getelementptr inbounds %struct.value, ptr %913, i64 1
  store ptr %921, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 %909, ptr %913, align 8, !tbaa.struct !61
  %922 = getelementptr inbounds i8, ptr %913, i64 8
  store i64 %911, ptr %922, align 8, !tbaa.struct !64
  %923 = load i32, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 3), align 8, !tbaa !66
  %924 = add nsw i32 %923, -1
  %925 = sext i32 %924 to i64
  %926 = getelementptr inbounds %struct.vm, ptr @run_script.vm, i64 0, i32 2, i64 %925
  br label %1134

927:                                              ; preds = %240
  %928 = load i8, ptr %247, align 1, !tbaa !54
  %929 = getelementptr i8, ptr %243, i64 2
  %930 = load i8, ptr %929, align 1, !tbaa !54
  %931 = zext i8 %928 to i32
  %932 = shl nuw nsw i32 %931, 8
  %933 = zext i8 %930 to i32
  %934 = or i32 %932, %933
  %935 = getelementptr inbounds i8, ptr %243, i64 3
  store ptr %935, ptr %244, align 8, !tbaa !70
  %936 = call fastcc ptr @new_list(i32 noundef %934)
  %937 = icmp eq i32 %934, 0
  br i1 %937, label %944, label %938

938:                                              ; preds = %927
  %939 = getelementptr inbounds %struct.list, ptr %936, i64 0, i32 2
  %940 = getelementptr inbounds %struct.list, ptr %936, i64 0, i32 1
  %941 = zext i32 %934 to i64
  %942 = load ptr, ptr @arena, align 8, !tbaa !4
  %943 = load i64, ptr @arena_total, align 8, !tbaa !20
  br label %955

944:                                              ; preds = %1012, %927
  %945 = phi i64 [ 0, %927 ], [ %941, %1012 ]
  %946 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %947 = sub nsw i64 0, %945
  %948 = getelementptr inbounds %struct.value, ptr %946, i64 %947
  store ptr %948, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %949 = icmp ult ptr %948, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %949, label %951, label %950

950:                                              ; preds = %944
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

951:                                              ; preds = %944
  %952 = ptrtoint ptr %936 to i64
  %953 = getelementptr inbounds %struct.value, ptr %948, i64 1
  store ptr %953, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 5, ptr %948, align 8, !tbaa.struct !61
  %954 = getelementptr inbounds i8, ptr %948, i64 8
  store i64 %952, ptr %954, align 8, !tbaa.struct !64
  br label %1134

955:                                              ; preds = %1012, %938
  %956 = phi i64 [ %943, %938 ], [ %1014, %1012 ]
  %957 = phi ptr [ %942, %938 ], [ %1015, %1012 ]
  %958 = phi i64 [ 0, %938 ], [ %1021, %1012 ]
  %959 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %960 = sub nsw i64 %958, %941
  %961 = getelementptr inbounds %struct.value, ptr %959, i64 %960
  %962 = load i32, ptr %961, align 8
  %963 = getelementptr inbounds { i32, i64 }, ptr %961, i64 0, i32 1
  %964 = load i64, ptr %963, align 8
  %965 = load ptr, ptr %939, align 8, !tbaa !83
  %966 = load i32, ptr %936, align 8, !tbaa !81
  %967 = load i32, ptr %940, align 4, !tbaa !22
  %968 = icmp sgt i32 %967, %966
  br i1 %968, label %1012, label %969

969:                                              ; preds = %955
  %970 = call i32 @llvm.smax.i32(i32 %967, i32 8)
  br label %971

971:                                              ; preds = %971, %969
  %972 = phi i32 [ %970, %969 ], [ %974, %971 ]
  %973 = icmp sgt i32 %972, %966
  %974 = shl nsw i32 %972, 1
  br i1 %973, label %975, label %971, !llvm.loop !84

975:                                              ; preds = %971
  %976 = sext i32 %972 to i64
  %977 = shl nsw i64 %976, 4
  %978 = icmp eq ptr %957, null
  br i1 %978, label %986, label %979

979:                                              ; preds = %975
  %980 = getelementptr inbounds %struct.arena_block, ptr %957, i64 0, i32 1
  %981 = load i64, ptr %980, align 8, !tbaa !20
  %982 = add i64 %981, %977
  %983 = getelementptr inbounds %struct.arena_block, ptr %957, i64 0, i32 2
  %984 = load i64, ptr %983, align 16, !tbaa !20
  %985 = icmp ugt i64 %982, %984
  br i1 %985, label %986, label %997

986:                                              ; preds = %979, %975
  %987 = call i64 @llvm.umax.i64(i64 %977, i64 65536)
  %988 = add i64 %987, 32
  %989 = call noalias ptr @malloc(i64 noundef %988) #26
  %990 = icmp eq ptr %989, null
  br i1 %990, label %991, label %994

991:                                              ; preds = %986
  %992 = load ptr, ptr @stderr, align 8, !tbaa !4
  %993 = call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %992) #27
  call void @exit(i32 noundef 3) #28
  unreachable

994:                                              ; preds = %986
  store ptr %957, ptr %989, align 16, !tbaa !4
  %995 = getelementptr inbounds %struct.arena_block, ptr %989, i64 0, i32 1
  store i64 0, ptr %995, align 8, !tbaa !20
  %996 = getelementptr inbounds %struct.arena_block, ptr %989, i64 0, i32 2
  store i64 %987, ptr %996, align 16, !tbaa !20
  store ptr %989, ptr @arena, align 8, !tbaa !4
  br label %997

997:                                              ; preds = %994, %979
  %998 = phi ptr [ %989, %994 ], [ %957, %979 ]
  %999 = phi i64 [ 0, %994 ], [ %981, %979 ]
  %1000 = getelementptr inbounds %struct.arena_block, ptr %998, i64 0, i32 4
  %1001 = getelementptr inbounds %struct.arena_block, ptr %998, i64 0, i32 1
  %1002 = getelementptr inbounds i8, ptr %1000, i64 %999
  %1003 = add i64 %999, %977
  store i64 %1003, ptr %1001, align 8, !tbaa !20
  %1004 = add i64 %956, %977
  store i64 %1004, ptr @arena_total, align 8, !tbaa !20
  %1005 = icmp eq ptr %965, null
  br i1 %1005, label %1010, label %1006

1006:                                             ; preds = %997
  %1007 = sext i32 %967 to i64
  %1008 = shl nsw i64 %1007, 4
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 1 %1002, ptr nonnull align 1 %965, i64 %1008, i1 false)
  %1009 = load i32, ptr %936, align 8, !tbaa !81
  br label %1010

1010:                                             ; preds = %1006, %997
  %1011 = phi i32 [ %1009, %1006 ], [ %966, %997 ]
  store i32 %972, ptr %940, align 4, !tbaa !22
  br label %1012

1012:                                             ; preds = %955, %1010
  %1013 = phi i32 [ %1011, %1010 ], [ %966, %955 ]
  %1014 = phi i64 [ %1004, %1010 ], [ %956, %955 ]
  %1015 = phi ptr [ %998, %1010 ], [ %957, %955 ]
  %1016 = phi ptr [ %1002, %1010 ], [ %965, %955 ]
  store ptr %1016, ptr %939, align 8, !tbaa !83
  %1017 = add nsw i32 %1013, 1
  store i32 %1017, ptr %936, align 8, !tbaa !81
  %1018 = sext i32 %1013 to i64
  %1019 = getelementptr inbounds %struct.value, ptr %1016, i64 %1018
  store i32 %962, ptr %1019, align 8, !tbaa.struct !61
  %1020 = getelementptr inbounds i8, ptr %1019, i64 8
  store i64 %964, ptr %1020, align 8, !tbaa.struct !64
  %1021 = add nuw nsw i64 %958, 1
  %1022 = icmp eq i64 %1021, %941
  br i1 %1022, label %944, label %955, !llvm.loop !87

1023:                                             ; preds = %240
  %1024 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %1025 = getelementptr inbounds %struct.value, ptr %1024, i64 -1
  store ptr %1025, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %1026 = load i32, ptr %1025, align 8, !tbaa.struct !61
  %1027 = getelementptr %struct.value, ptr %1024, i64 -1, i32 1
  %1028 = load i64, ptr %1027, align 8, !tbaa.struct !64
  %1029 = getelementptr inbounds %struct.value, ptr %1024, i64 -2
  store ptr %1029, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %1030 = load i32, ptr %1029, align 8, !tbaa.struct !61
  %1031 = getelementptr %struct.value, ptr %1024, i64 -2, i32 1
  %1032 = load i64, ptr %1031, align 8, !tbaa.struct !64
  switch i32 %1030, label %1086 [
    i32 5, label %1033
    i32 4, label %1059
  ]

1033:                                             ; preds = %1023
  %1034 = inttoptr i64 %1032 to ptr
  %1035 = getelementptr inbounds %struct.list, ptr %1034, i64 0, i32 2
  %1036 = load ptr, ptr %1035, align 8, !tbaa !83
  %1037 = icmp eq i32 %1026, 2
  br i1 %1037, label %1040, label %1038

1038:                                             ; preds = %1033
  %1039 = call fastcc ptr @type_name(i32 noundef %1026)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.205, ptr noundef nonnull %1039) #29
  unreachable

1040:                                             ; preds = %1033
  %1041 = load i32, ptr %1034, align 4, !tbaa !22
  %1042 = sext i32 %1041 to i64
  %1043 = icmp slt i64 %1028, 0
  %1044 = select i1 %1043, i64 %1042, i64 0
  %1045 = add nsw i64 %1044, %1028
  %1046 = icmp sgt i64 %1045, -1
  %1047 = icmp slt i64 %1045, %1042
  %1048 = select i1 %1046, i1 %1047, i1 false
  br i1 %1048, label %1051, label %1049

1049:                                             ; preds = %1040
  %1050 = sext i32 %1041 to i64
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.206, i64 noundef %1028, i64 noundef %1050) #29
  unreachable

1051:                                             ; preds = %1040
  %1052 = icmp ult ptr %1029, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %1052, label %1054, label %1053

1053:                                             ; preds = %1051
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

1054:                                             ; preds = %1051
  %1055 = getelementptr inbounds %struct.value, ptr %1036, i64 %1045
  %1056 = getelementptr inbounds { i32, i64 }, ptr %1055, i64 0, i32 1
  %1057 = load i64, ptr %1056, align 8
  %1058 = load i32, ptr %1055, align 8
  store ptr %1025, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 %1058, ptr %1029, align 8, !tbaa.struct !61
  store i64 %1057, ptr %1031, align 8, !tbaa.struct !64
  br label %1134

1059:                                             ; preds = %1023
  %1060 = inttoptr i64 %1032 to ptr
  %1061 = getelementptr inbounds %struct.string, ptr %1060, i64 0, i32 2
  %1062 = icmp eq i32 %1026, 2
  br i1 %1062, label %1065, label %1063

1063:                                             ; preds = %1059
  %1064 = call fastcc ptr @type_name(i32 noundef %1026)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.205, ptr noundef nonnull %1064) #29
  unreachable

1065:                                             ; preds = %1059
  %1066 = load i32, ptr %1060, align 4, !tbaa !22
  %1067 = sext i32 %1066 to i64
  %1068 = icmp slt i64 %1028, 0
  %1069 = select i1 %1068, i64 %1067, i64 0
  %1070 = add nsw i64 %1069, %1028
  %1071 = icmp sgt i64 %1070, -1
  %1072 = icmp slt i64 %1070, %1067
  %1073 = select i1 %1071, i1 %1072, i1 false
  br i1 %1073, label %1076, label %1074

1074:                                             ; preds = %1065
  %1075 = sext i32 %1066 to i64
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.206, i64 noundef %1028, i64 noundef %1075) #29
  unreachable

1076:                                             ; preds = %1065
  %1077 = getelementptr inbounds i8, ptr %1061, i64 %1070
  %1078 = call fastcc ptr @intern(ptr noundef nonnull %1077, i32 noundef 1)
  %1079 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %1080 = icmp ult ptr %1079, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %1080, label %1082, label %1081

1081:                                             ; preds = %1076
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

1082:                                             ; preds = %1076
  %1083 = ptrtoint ptr %1078 to i64
  %1084 = getelementptr inbounds %struct.value, ptr %1079, i64 1
  store ptr %1084, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 4, ptr %1079, align 8, !tbaa.struct !61
  %1085 = getelementptr inbounds i8, ptr %1079, i64 8
  store i64 %1083, ptr %1085, align 8, !tbaa.struct !64
  br label %1134

1086:                                             ; preds = %1023
  %1087 = call fastcc ptr @type_name(i32 noundef %1030)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.201, ptr noundef nonnull %1087) #29
  unreachable

1088:                                             ; preds = %240
  %1089 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %1090 = getelementptr inbounds %struct.value, ptr %1089, i64 -1
  store ptr %1090, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %1091 = load i32, ptr %1090, align 8, !tbaa.struct !61
  %1092 = getelementptr %struct.value, ptr %1089, i64 -1, i32 1
  %1093 = load i64, ptr %1092, align 8, !tbaa.struct !64
  %1094 = getelementptr inbounds %struct.value, ptr %1089, i64 -2
  store ptr %1094, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %1095 = load i32, ptr %1094, align 8, !tbaa.struct !61
  %1096 = getelementptr %struct.value, ptr %1089, i64 -2, i32 1
  %1097 = load i64, ptr %1096, align 8, !tbaa.struct !64
  %1098 = getelementptr inbounds %struct.value, ptr %1089, i64 -3
  store ptr %1098, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %1099 = load i32, ptr %1098, align 8, !tbaa.struct !61
  %1100 = icmp eq i32 %1099, 5
  br i1 %1100, label %1103, label %1101

1101:                                             ; preds = %1088
  %1102 = call fastcc ptr @type_name(i32 noundef %1099)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.202, ptr noundef nonnull %1102) #29
  unreachable

1103:                                             ; preds = %1088
  %1104 = getelementptr %struct.value, ptr %1089, i64 -3, i32 1
  %1105 = load i64, ptr %1104, align 8, !tbaa.struct !64
  %1106 = inttoptr i64 %1105 to ptr
  %1107 = getelementptr inbounds %struct.list, ptr %1106, i64 0, i32 2
  %1108 = load ptr, ptr %1107, align 8, !tbaa !83
  %1109 = icmp eq i32 %1095, 2
  br i1 %1109, label %1112, label %1110

1110:                                             ; preds = %1103
  %1111 = call fastcc ptr @type_name(i32 noundef %1095)
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.205, ptr noundef nonnull %1111) #29
  unreachable

1112:                                             ; preds = %1103
  %1113 = load i32, ptr %1106, align 4, !tbaa !22
  %1114 = sext i32 %1113 to i64
  %1115 = icmp slt i64 %1097, 0
  %1116 = select i1 %1115, i64 %1114, i64 0
  %1117 = add nsw i64 %1116, %1097
  %1118 = icmp sgt i64 %1117, -1
  %1119 = icmp slt i64 %1117, %1114
  %1120 = select i1 %1118, i1 %1119, i1 false
  br i1 %1120, label %1123, label %1121

1121:                                             ; preds = %1112
  %1122 = sext i32 %1113 to i64
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.206, i64 noundef %1097, i64 noundef %1122) #29
  unreachable

1123:                                             ; preds = %1112
  %1124 = getelementptr inbounds %struct.value, ptr %1108, i64 %1117
  store i32 %1091, ptr %1124, align 8, !tbaa.struct !61
  %1125 = getelementptr inbounds i8, ptr %1124, i64 8
  store i64 %1093, ptr %1125, align 8, !tbaa.struct !64
  %1126 = load ptr, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  %1127 = icmp ult ptr %1126, getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1)
  br i1 %1127, label %1129, label %1128

1128:                                             ; preds = %1123
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.194) #29
  unreachable

1129:                                             ; preds = %1123
  %1130 = getelementptr inbounds %struct.value, ptr %1126, i64 1
  store ptr %1130, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 1), align 8, !tbaa !26
  store i32 %1091, ptr %1126, align 8, !tbaa.struct !61
  %1131 = getelementptr inbounds i8, ptr %1126, i64 8
  store i64 %1093, ptr %1131, align 8, !tbaa.struct !64
  br label %1134

1132:                                             ; preds = %240
  %1133 = zext i8 %248 to i32
  call void (i32, ptr, ...) @fail(i32 noundef %242, ptr noundef nonnull @.str.203, i32 noundef %1133) #29
  unreachable

1134:                                             ; preds = %1129, %1082, %1054, %951, %920, %891, %880, %878, %873, %837, %834, %801, %791, %787, %757, %741, %708, %701, %689, %423, %416, %386, %354, %350, %318, %300, %293, %290, %283, %276, %254
  %1135 = phi ptr [ %246, %1129 ], [ %246, %951 ], [ %926, %920 ], [ %905, %891 ], [ %246, %880 ], [ %246, %791 ], [ %246, %787 ], [ %246, %757 ], [ %246, %741 ], [ %246, %689 ], [ %246, %318 ], [ %246, %300 ], [ %246, %293 ], [ %246, %290 ], [ %246, %283 ], [ %246, %276 ], [ %246, %254 ], [ %246, %354 ], [ %246, %350 ], [ %246, %416 ], [ %246, %423 ], [ %246, %386 ], [ %246, %708 ], [ %246, %701 ], [ %246, %837 ], [ %246, %834 ], [ %246, %878 ], [ %246, %873 ], [ %246, %1082 ], [ %246, %1054 ], [ %246, %801 ]
  %1136 = load ptr, ptr %1135, align 8, !tbaa !67
  %1137 = getelementptr inbounds %struct.function, ptr %1136, i64 0, i32 2
  %1138 = getelementptr inbounds %struct.function, ptr %1136, i64 0, i32 2, i32 1
  %1139 = load ptr, ptr %1138, align 8, !tbaa !69
  %1140 = getelementptr inbounds %struct.frame, ptr %1135, i64 0, i32 1
  %1141 = load ptr, ptr %1140, align 8, !tbaa !70
  %1142 = load ptr, ptr %1137, align 8, !tbaa !71
  %1143 = ptrtoint ptr %1141 to i64
  %1144 = ptrtoint ptr %1142 to i64
  %1145 = sub i64 %1143, %1144
  %1146 = getelementptr inbounds i32, ptr %1139, i64 %1145
  %1147 = load i32, ptr %1146, align 4, !tbaa !22
  %1148 = load i64, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 8), align 8, !tbaa !72
  %1149 = add nsw i64 %1148, 1
  store i64 %1149, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 8), align 8, !tbaa !72
  %1150 = load i64, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 9), align 8, !tbaa !25
  %1151 = icmp slt i64 %1148, %1150
  br i1 %1151, label %240, label %237

1152:                                             ; preds = %906
  store i32 1, ptr @run_script.result, align 8, !tbaa !11
  br label %1169

1153:                                             ; preds = %3
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2), i8 0, i64 16, i1 false)
  %1154 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) @error_message) #23
  %1155 = trunc i64 %1154 to i32
  %1156 = add i32 %1155, 1
  %1157 = call fastcc ptr @grow(ptr noundef null, ptr noundef nonnull getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2, i32 2), i32 noundef %1156, i64 noundef 1)
  store ptr %1157, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2), align 8, !tbaa !79
  %1158 = load i32, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2, i32 1), align 8, !tbaa !80
  %1159 = sext i32 %1158 to i64
  %1160 = getelementptr inbounds i8, ptr %1157, i64 %1159
  %1161 = shl i64 %1154, 32
  %1162 = ashr exact i64 %1161, 32
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %1160, ptr nonnull align 16 @error_message, i64 %1162, i1 false)
  %1163 = load i32, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2, i32 1), align 8, !tbaa !80
  %1164 = add nsw i32 %1163, %1155
  store i32 %1164, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2, i32 1), align 8, !tbaa !80
  %1165 = load ptr, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 2), align 8, !tbaa !79
  %1166 = sext i32 %1164 to i64
  %1167 = getelementptr inbounds i8, ptr %1165, i64 %1166
  store i8 0, ptr %1167, align 1, !tbaa !54
  %1168 = load i64, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i64 0, i32 8), align 8, !tbaa !72
  br label %1169

1169:                                             ; preds = %1153, %1152
  %1170 = phi i64 [ %1168, %1153 ], [ %241, %1152 ]
  store i64 %1170, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i64 0, i32 1), align 8, !tbaa !16
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(32) @run_script.result, i64 32, i1 false), !tbaa.struct !88
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
  br i1 %62, label %64, label %56, !llvm.loop !89

64:                                               ; preds = %56
  %65 = getelementptr inbounds ptr, ptr %40, i64 %59
  store ptr %51, ptr %65, align 8, !tbaa !4
  br label %66

66:                                               ; preds = %64, %48
  %67 = add nuw nsw i64 %49, 1
  %68 = icmp eq i64 %67, %47
  br i1 %68, label %69, label %48, !llvm.loop !90

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
  br i1 %107, label %108, label %78, !llvm.loop !91

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
  br i1 %124, label %125, label %113, !llvm.loop !92

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
  br i1 %154, label %155, label %135, !llvm.loop !94

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
  %6 = load i32, ptr %5, align 8, !tbaa !95
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.155, ptr noundef nonnull %4, i32 noundef %6)
  %7 = getelementptr inbounds %struct.function, ptr %1, i64 0, i32 2, i32 2
  %8 = load i32, ptr %7, align 8, !tbaa !96
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
  %18 = load i32, ptr %17, align 8, !tbaa !97
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
  %43 = getelementptr i8, ptr %41, i64 1
  %44 = load i8, ptr %43, align 1, !tbaa !54
  %45 = zext i8 %42 to i32
  %46 = shl nuw nsw i32 %45, 8
  %47 = zext i8 %44 to i32
  %48 = or i32 %46, %47
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.157, i32 noundef %48)
  %49 = load ptr, ptr %13, align 8, !tbaa !98
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
  %73 = getelementptr i8, ptr %71, i64 1
  %74 = load i8, ptr %73, align 1, !tbaa !54
  %75 = zext i8 %72 to i32
  %76 = shl nuw nsw i32 %75, 8
  %77 = zext i8 %74 to i32
  %78 = or i32 %76, %77
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.158, i32 noundef %78)
  %79 = add nsw i32 %23, 3
  br label %128

80:                                               ; preds = %36, %36, %36, %36
  %81 = load ptr, ptr %11, align 8, !tbaa !51
  %82 = getelementptr i8, ptr %81, i64 1
  %83 = getelementptr i8, ptr %82, i64 %25
  %84 = load i8, ptr %83, align 1, !tbaa !54
  %85 = getelementptr i8, ptr %83, i64 1
  %86 = load i8, ptr %85, align 1, !tbaa !54
  %87 = zext i8 %84 to i32
  %88 = shl nuw nsw i32 %87, 8
  %89 = zext i8 %86 to i32
  %90 = or i32 %88, %89
  %91 = add nsw i32 %23, 3
  %92 = add nsw i32 %90, %91
  tail call void (ptr, ptr, ...) @sb_printf(ptr noundef %0, ptr noundef nonnull @.str.159, i32 noundef %90, i32 noundef %92)
  br label %128

93:                                               ; preds = %36
  %94 = load ptr, ptr %11, align 8, !tbaa !51
  %95 = getelementptr i8, ptr %94, i64 1
  %96 = getelementptr i8, ptr %95, i64 %25
  %97 = load i8, ptr %96, align 1, !tbaa !54
  %98 = getelementptr i8, ptr %96, i64 1
  %99 = load i8, ptr %98, align 1, !tbaa !54
  %100 = zext i8 %97 to i32
  %101 = shl nuw nsw i32 %100, 8
  %102 = zext i8 %99 to i32
  %103 = or i32 %101, %102
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
  %130 = load i32, ptr %7, align 8, !tbaa !96
  %131 = icmp slt i32 %129, %130
  br i1 %131, label %22, label %16, !llvm.loop !99

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
  %143 = load i32, ptr %17, align 8, !tbaa !97
  br label %144

144:                                              ; preds = %133, %140
  %145 = phi i32 [ %134, %133 ], [ %143, %140 ]
  %146 = add nuw nsw i64 %135, 1
  %147 = sext i32 %145 to i64
  %148 = icmp slt i64 %146, %147
  br i1 %148, label %133, label %132, !llvm.loop !100
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
  %8 = load i32, ptr %7, align 8, !tbaa !101
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
  %16 = load ptr, ptr %15, align 8, !tbaa !102
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
  %39 = load i32, ptr %38, align 8, !tbaa !95
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
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %65, ptr noundef nonnull align 8 dereferenceable(24) %51, i64 24, i1 false), !tbaa.struct !103
  br label %72

72:                                               ; preds = %49, %71
  %73 = add nuw nsw i64 %50, 1
  %74 = icmp eq i64 %73, %48
  br i1 %74, label %75, label %49, !llvm.loop !104

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
  br i1 %54, label %14, label %31, !llvm.loop !105
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
  %15 = phi i64 [ %30, %27 ], [ 1, %12 ]
  %16 = phi i64 [ %29, %27 ], [ %10, %12 ]
  %17 = phi i32 [ %28, %27 ], [ %8, %12 ]
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
  br i1 %31, label %32, label %14, !llvm.loop !107

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
  %15 = phi i64 [ %30, %27 ], [ 1, %12 ]
  %16 = phi i64 [ %29, %27 ], [ %10, %12 ]
  %17 = phi i32 [ %28, %27 ], [ %8, %12 ]
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
  br i1 %31, label %32, label %14, !llvm.loop !107

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
  br i1 %40, label %25, label %22, !llvm.loop !108
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
  br i1 %188, label %166, label %153, !llvm.loop !109

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
  br i1 %11, label %9, label %13, !llvm.loop !84

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
  %21 = phi i64 [ 65536, %17 ], [ %9, %4 ]
  %22 = phi i64 [ 0, %17 ], [ %6, %4 ]
  %23 = phi ptr [ %12, %17 ], [ %2, %4 ]
  %24 = getelementptr inbounds %struct.arena_block, ptr %23, i64 0, i32 4
  %25 = getelementptr inbounds %struct.arena_block, ptr %23, i64 0, i32 1
  %26 = getelementptr inbounds i8, ptr %24, i64 %22
  %27 = add i64 %22, 16
  store i64 %27, ptr %25, align 8, !tbaa !20
  %28 = load i64, ptr @arena_total, align 8, !tbaa !20
  %29 = add i64 %28, 16
  store i64 %29, ptr @arena_total, align 8, !tbaa !20
  %30 = getelementptr inbounds %struct.list, ptr %26, i64 0, i32 1
  %31 = icmp sgt i32 %0, 0
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %26, i8 0, i64 16, i1 false)
  br i1 %31, label %32, label %60

32:                                               ; preds = %20, %32
  %33 = phi i32 [ %35, %32 ], [ 8, %20 ]
  %34 = icmp slt i32 %33, %0
  %35 = shl nsw i32 %33, 1
  br i1 %34, label %32, label %36, !llvm.loop !84

36:                                               ; preds = %32
  %37 = sext i32 %33 to i64
  %38 = shl nsw i64 %37, 4
  %39 = add i64 %27, %38
  %40 = icmp ugt i64 %39, %21
  br i1 %40, label %41, label %52

41:                                               ; preds = %36
  %42 = tail call i64 @llvm.umax.i64(i64 %38, i64 65536)
  %43 = or i64 %42, 32
  %44 = tail call noalias ptr @malloc(i64 noundef %43) #26
  %45 = icmp eq ptr %44, null
  br i1 %45, label %46, label %49

46:                                               ; preds = %41
  %47 = load ptr, ptr @stderr, align 8, !tbaa !4
  %48 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %47) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

49:                                               ; preds = %41
  store ptr %23, ptr %44, align 16, !tbaa !4
  %50 = getelementptr inbounds %struct.arena_block, ptr %44, i64 0, i32 1
  store i64 0, ptr %50, align 8, !tbaa !20
  %51 = getelementptr inbounds %struct.arena_block, ptr %44, i64 0, i32 2
  store i64 %42, ptr %51, align 16, !tbaa !20
  store ptr %44, ptr @arena, align 8, !tbaa !4
  br label %52

52:                                               ; preds = %49, %36
  %53 = phi i64 [ 0, %49 ], [ %27, %36 ]
  %54 = phi ptr [ %44, %49 ], [ %23, %36 ]
  %55 = getelementptr inbounds %struct.arena_block, ptr %54, i64 0, i32 4
  %56 = getelementptr inbounds %struct.arena_block, ptr %54, i64 0, i32 1
  %57 = getelementptr inbounds i8, ptr %55, i64 %53
  %58 = add i64 %53, %38
  store i64 %58, ptr %56, align 8, !tbaa !20
  %59 = add i64 %38, %29
  store i64 %59, ptr @arena_total, align 8, !tbaa !20
  store i32 %33, ptr %30, align 4, !tbaa !22
  br label %60

60:                                               ; preds = %20, %52
  %61 = phi ptr [ %57, %52 ], [ null, %20 ]
  %62 = getelementptr inbounds %struct.list, ptr %26, i64 0, i32 2
  store ptr %61, ptr %62, align 8, !tbaa !83
  ret ptr %26
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
    i32 9, label %380
    i32 10, label %380
    i32 11, label %435
    i32 12, label %509
    i32 13, label %6
    i32 14, label %552
    i32 15, label %646
    i32 16, label %702
    i32 25, label %754
    i32 17, label %992
    i32 18, label %1058
    i32 19, label %1117
    i32 20, label %1193
    i32 21, label %1433
    i32 22, label %1475
    i32 23, label %1475
    i32 24, label %1567
  ]

6:                                                ; preds = %2
  %7 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 10
  %8 = load i32, ptr %7, align 8, !tbaa !39
  %9 = icmp sgt i32 %8, 0
  br i1 %9, label %10, label %539

10:                                               ; preds = %6
  %11 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 9
  br label %543

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
  %22 = load ptr, ptr %21, align 8, !tbaa !98
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
  store ptr %43, ptr %21, align 8, !tbaa !98
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
  %66 = load ptr, ptr %65, align 8, !tbaa !98
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
  store ptr %87, ptr %65, align 8, !tbaa !98
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
  %111 = load ptr, ptr %110, align 8, !tbaa !98
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
  store ptr %133, ptr %110, align 8, !tbaa !98
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
  %255 = load ptr, ptr %254, align 8, !tbaa !98
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
  store ptr %277, ptr %254, align 8, !tbaa !98
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

290:                                              ; preds = %53, %97, %143, %146, %172, %198, %420, %457, %539, %620, %1047, %1191, %1431, %1449, %2, %748, %712, %287, %243, %986, %954, %1116, %1102, %330, %334, %338, %342, %346, %350, %354, %358, %362, %366, %370, %1537, %1550, %1558, %1567, %646, %509, %291
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
  switch i32 %329, label %374 [
    i32 21, label %330
    i32 22, label %334
    i32 23, label %338
    i32 24, label %342
    i32 25, label %346
    i32 26, label %350
    i32 27, label %354
    i32 28, label %358
    i32 29, label %362
    i32 30, label %366
    i32 31, label %370
  ]

330:                                              ; preds = %323
  %331 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %332 = load i32, ptr %331, align 4, !tbaa !34
  %333 = load ptr, ptr %0, align 8, !tbaa !44
  tail call fastcc void @emit(ptr %333, i32 noundef 10, i32 noundef %332)
  br label %290

334:                                              ; preds = %323
  %335 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %336 = load i32, ptr %335, align 4, !tbaa !34
  %337 = load ptr, ptr %0, align 8, !tbaa !44
  tail call fastcc void @emit(ptr %337, i32 noundef 11, i32 noundef %336)
  br label %290

338:                                              ; preds = %323
  %339 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %340 = load i32, ptr %339, align 4, !tbaa !34
  %341 = load ptr, ptr %0, align 8, !tbaa !44
  tail call fastcc void @emit(ptr %341, i32 noundef 12, i32 noundef %340)
  br label %290

342:                                              ; preds = %323
  %343 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %344 = load i32, ptr %343, align 4, !tbaa !34
  %345 = load ptr, ptr %0, align 8, !tbaa !44
  tail call fastcc void @emit(ptr %345, i32 noundef 13, i32 noundef %344)
  br label %290

346:                                              ; preds = %323
  %347 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %348 = load i32, ptr %347, align 4, !tbaa !34
  %349 = load ptr, ptr %0, align 8, !tbaa !44
  tail call fastcc void @emit(ptr %349, i32 noundef 14, i32 noundef %348)
  br label %290

350:                                              ; preds = %323
  %351 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %352 = load i32, ptr %351, align 4, !tbaa !34
  %353 = load ptr, ptr %0, align 8, !tbaa !44
  tail call fastcc void @emit(ptr %353, i32 noundef 17, i32 noundef %352)
  br label %290

354:                                              ; preds = %323
  %355 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %356 = load i32, ptr %355, align 4, !tbaa !34
  %357 = load ptr, ptr %0, align 8, !tbaa !44
  tail call fastcc void @emit(ptr %357, i32 noundef 18, i32 noundef %356)
  br label %290

358:                                              ; preds = %323
  %359 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %360 = load i32, ptr %359, align 4, !tbaa !34
  %361 = load ptr, ptr %0, align 8, !tbaa !44
  tail call fastcc void @emit(ptr %361, i32 noundef 19, i32 noundef %360)
  br label %290

362:                                              ; preds = %323
  %363 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %364 = load i32, ptr %363, align 4, !tbaa !34
  %365 = load ptr, ptr %0, align 8, !tbaa !44
  tail call fastcc void @emit(ptr %365, i32 noundef 20, i32 noundef %364)
  br label %290

366:                                              ; preds = %323
  %367 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %368 = load i32, ptr %367, align 4, !tbaa !34
  %369 = load ptr, ptr %0, align 8, !tbaa !44
  tail call fastcc void @emit(ptr %369, i32 noundef 21, i32 noundef %368)
  br label %290

370:                                              ; preds = %323
  %371 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %372 = load i32, ptr %371, align 4, !tbaa !34
  %373 = load ptr, ptr %0, align 8, !tbaa !44
  tail call fastcc void @emit(ptr %373, i32 noundef 22, i32 noundef %372)
  br label %290

374:                                              ; preds = %323
  %375 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %376 = load i32, ptr %375, align 4, !tbaa !34
  %377 = zext i32 %329 to i64
  %378 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %377
  %379 = load ptr, ptr %378, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %376, ptr noundef nonnull @.str.67, ptr noundef %379) #29
  unreachable

380:                                              ; preds = %2, %2
  %381 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %382 = load ptr, ptr %381, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %382)
  %383 = load i32, ptr %1, align 8, !tbaa !30
  %384 = icmp eq i32 %383, 9
  %385 = select i1 %384, i32 25, i32 26
  %386 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %387 = load i32, ptr %386, align 4, !tbaa !34
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef %385, i32 noundef 65535, i32 noundef %387)
  %388 = load ptr, ptr %0, align 8, !tbaa !44
  %389 = getelementptr inbounds %struct.function, ptr %388, i64 0, i32 2, i32 2
  %390 = load i32, ptr %389, align 8, !tbaa !52
  %391 = load i32, ptr %386, align 4, !tbaa !34
  %392 = getelementptr inbounds %struct.function, ptr %388, i64 0, i32 2
  %393 = load ptr, ptr %392, align 8, !tbaa !51
  %394 = getelementptr inbounds %struct.function, ptr %388, i64 0, i32 2, i32 3
  %395 = add nsw i32 %390, 1
  %396 = tail call fastcc ptr @grow(ptr noundef %393, ptr noundef nonnull %394, i32 noundef %395, i64 noundef 1)
  store ptr %396, ptr %392, align 8, !tbaa !51
  %397 = getelementptr inbounds %struct.function, ptr %388, i64 0, i32 2, i32 1
  %398 = load ptr, ptr %397, align 8, !tbaa !53
  %399 = getelementptr inbounds %struct.function, ptr %388, i64 0, i32 2, i32 4
  %400 = load i32, ptr %389, align 8, !tbaa !52
  %401 = add nsw i32 %400, 1
  %402 = tail call fastcc ptr @grow(ptr noundef %398, ptr noundef nonnull %399, i32 noundef %401, i64 noundef 4)
  store ptr %402, ptr %397, align 8, !tbaa !53
  %403 = load ptr, ptr %392, align 8, !tbaa !51
  %404 = load i32, ptr %389, align 8, !tbaa !52
  %405 = sext i32 %404 to i64
  %406 = getelementptr inbounds i8, ptr %403, i64 %405
  store i8 4, ptr %406, align 1, !tbaa !54
  %407 = load ptr, ptr %397, align 8, !tbaa !53
  %408 = load i32, ptr %389, align 8, !tbaa !52
  %409 = add nsw i32 %408, 1
  store i32 %409, ptr %389, align 8, !tbaa !52
  %410 = sext i32 %408 to i64
  %411 = getelementptr inbounds i32, ptr %407, i64 %410
  store i32 %391, ptr %411, align 4, !tbaa !22
  %412 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %413 = load ptr, ptr %412, align 8, !tbaa !118
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %413)
  %414 = load ptr, ptr %0, align 8, !tbaa !44
  %415 = getelementptr inbounds %struct.function, ptr %414, i64 0, i32 2, i32 2
  %416 = load i32, ptr %415, align 8, !tbaa !52
  %417 = sub i32 %416, %390
  %418 = icmp sgt i32 %417, 65535
  br i1 %418, label %419, label %420

419:                                              ; preds = %380
  tail call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

420:                                              ; preds = %380
  %421 = add nsw i32 %390, -2
  %422 = getelementptr inbounds %struct.function, ptr %414, i64 0, i32 2
  %423 = lshr i32 %417, 8
  %424 = trunc i32 %423 to i8
  %425 = load ptr, ptr %422, align 8, !tbaa !51
  %426 = sext i32 %421 to i64
  %427 = getelementptr inbounds i8, ptr %425, i64 %426
  store i8 %424, ptr %427, align 1, !tbaa !54
  %428 = trunc i32 %417 to i8
  %429 = load ptr, ptr %0, align 8, !tbaa !44
  %430 = getelementptr inbounds %struct.function, ptr %429, i64 0, i32 2
  %431 = load ptr, ptr %430, align 8, !tbaa !51
  %432 = add nsw i32 %390, -1
  %433 = sext i32 %432 to i64
  %434 = getelementptr inbounds i8, ptr %431, i64 %433
  store i8 %428, ptr %434, align 1, !tbaa !54
  br label %290

435:                                              ; preds = %2
  %436 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %437 = load ptr, ptr %436, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %437)
  %438 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 10
  %439 = load i32, ptr %438, align 8, !tbaa !39
  %440 = icmp sgt i32 %439, 0
  br i1 %440, label %441, label %457

441:                                              ; preds = %435
  %442 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 9
  br label %445

443:                                              ; preds = %445
  %444 = icmp sgt i32 %451, 255
  br i1 %444, label %454, label %457

445:                                              ; preds = %441, %445
  %446 = phi i64 [ 0, %441 ], [ %450, %445 ]
  %447 = load ptr, ptr %442, align 8, !tbaa !38
  %448 = getelementptr inbounds ptr, ptr %447, i64 %446
  %449 = load ptr, ptr %448, align 8, !tbaa !4
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %449)
  %450 = add nuw nsw i64 %446, 1
  %451 = load i32, ptr %438, align 8, !tbaa !39
  %452 = sext i32 %451 to i64
  %453 = icmp slt i64 %450, %452
  br i1 %453, label %445, label %443, !llvm.loop !119

454:                                              ; preds = %443
  %455 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %456 = load i32, ptr %455, align 4, !tbaa !34
  tail call void (i32, ptr, ...) @fail(i32 noundef %456, ptr noundef nonnull @.str.64) #29
  unreachable

457:                                              ; preds = %435, %443
  %458 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %459 = load i32, ptr %458, align 4, !tbaa !34
  %460 = load ptr, ptr %0, align 8, !tbaa !44
  %461 = getelementptr inbounds %struct.function, ptr %460, i64 0, i32 2
  %462 = load ptr, ptr %461, align 8, !tbaa !51
  %463 = getelementptr inbounds %struct.function, ptr %460, i64 0, i32 2, i32 3
  %464 = getelementptr inbounds %struct.function, ptr %460, i64 0, i32 2, i32 2
  %465 = load i32, ptr %464, align 8, !tbaa !52
  %466 = add nsw i32 %465, 1
  %467 = tail call fastcc ptr @grow(ptr noundef %462, ptr noundef nonnull %463, i32 noundef %466, i64 noundef 1)
  store ptr %467, ptr %461, align 8, !tbaa !51
  %468 = getelementptr inbounds %struct.function, ptr %460, i64 0, i32 2, i32 1
  %469 = load ptr, ptr %468, align 8, !tbaa !53
  %470 = getelementptr inbounds %struct.function, ptr %460, i64 0, i32 2, i32 4
  %471 = load i32, ptr %464, align 8, !tbaa !52
  %472 = add nsw i32 %471, 1
  %473 = tail call fastcc ptr @grow(ptr noundef %469, ptr noundef nonnull %470, i32 noundef %472, i64 noundef 4)
  store ptr %473, ptr %468, align 8, !tbaa !53
  %474 = load ptr, ptr %461, align 8, !tbaa !51
  %475 = load i32, ptr %464, align 8, !tbaa !52
  %476 = sext i32 %475 to i64
  %477 = getelementptr inbounds i8, ptr %474, i64 %476
  store i8 28, ptr %477, align 1, !tbaa !54
  %478 = load ptr, ptr %468, align 8, !tbaa !53
  %479 = load i32, ptr %464, align 8, !tbaa !52
  %480 = add nsw i32 %479, 1
  store i32 %480, ptr %464, align 8, !tbaa !52
  %481 = sext i32 %479 to i64
  %482 = getelementptr inbounds i32, ptr %478, i64 %481
  store i32 %459, ptr %482, align 4, !tbaa !22
  %483 = load ptr, ptr %0, align 8, !tbaa !44
  %484 = getelementptr inbounds %struct.function, ptr %483, i64 0, i32 2
  %485 = load i32, ptr %438, align 8, !tbaa !39
  %486 = load i32, ptr %458, align 4, !tbaa !34
  %487 = load ptr, ptr %484, align 8, !tbaa !51
  %488 = getelementptr inbounds %struct.function, ptr %483, i64 0, i32 2, i32 3
  %489 = getelementptr inbounds %struct.function, ptr %483, i64 0, i32 2, i32 2
  %490 = load i32, ptr %489, align 8, !tbaa !52
  %491 = add nsw i32 %490, 1
  %492 = tail call fastcc ptr @grow(ptr noundef %487, ptr noundef nonnull %488, i32 noundef %491, i64 noundef 1)
  store ptr %492, ptr %484, align 8, !tbaa !51
  %493 = getelementptr inbounds %struct.function, ptr %483, i64 0, i32 2, i32 1
  %494 = load ptr, ptr %493, align 8, !tbaa !53
  %495 = getelementptr inbounds %struct.function, ptr %483, i64 0, i32 2, i32 4
  %496 = load i32, ptr %489, align 8, !tbaa !52
  %497 = add nsw i32 %496, 1
  %498 = tail call fastcc ptr @grow(ptr noundef %494, ptr noundef nonnull %495, i32 noundef %497, i64 noundef 4)
  store ptr %498, ptr %493, align 8, !tbaa !53
  %499 = trunc i32 %485 to i8
  %500 = load ptr, ptr %484, align 8, !tbaa !51
  %501 = load i32, ptr %489, align 8, !tbaa !52
  %502 = sext i32 %501 to i64
  %503 = getelementptr inbounds i8, ptr %500, i64 %502
  store i8 %499, ptr %503, align 1, !tbaa !54
  %504 = load ptr, ptr %493, align 8, !tbaa !53
  %505 = load i32, ptr %489, align 8, !tbaa !52
  %506 = add nsw i32 %505, 1
  store i32 %506, ptr %489, align 8, !tbaa !52
  %507 = sext i32 %505 to i64
  %508 = getelementptr inbounds i32, ptr %504, i64 %507
  store i32 %486, ptr %508, align 4, !tbaa !22
  br label %290

509:                                              ; preds = %2
  %510 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %511 = load ptr, ptr %510, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %511)
  %512 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %513 = load ptr, ptr %512, align 8, !tbaa !118
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %513)
  %514 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %515 = load i32, ptr %514, align 4, !tbaa !34
  %516 = load ptr, ptr %0, align 8, !tbaa !44
  %517 = getelementptr inbounds %struct.function, ptr %516, i64 0, i32 2
  %518 = load ptr, ptr %517, align 8, !tbaa !51
  %519 = getelementptr inbounds %struct.function, ptr %516, i64 0, i32 2, i32 3
  %520 = getelementptr inbounds %struct.function, ptr %516, i64 0, i32 2, i32 2
  %521 = load i32, ptr %520, align 8, !tbaa !52
  %522 = add nsw i32 %521, 1
  %523 = tail call fastcc ptr @grow(ptr noundef %518, ptr noundef nonnull %519, i32 noundef %522, i64 noundef 1)
  store ptr %523, ptr %517, align 8, !tbaa !51
  %524 = getelementptr inbounds %struct.function, ptr %516, i64 0, i32 2, i32 1
  %525 = load ptr, ptr %524, align 8, !tbaa !53
  %526 = getelementptr inbounds %struct.function, ptr %516, i64 0, i32 2, i32 4
  %527 = load i32, ptr %520, align 8, !tbaa !52
  %528 = add nsw i32 %527, 1
  %529 = tail call fastcc ptr @grow(ptr noundef %525, ptr noundef nonnull %526, i32 noundef %528, i64 noundef 4)
  store ptr %529, ptr %524, align 8, !tbaa !53
  %530 = load ptr, ptr %517, align 8, !tbaa !51
  %531 = load i32, ptr %520, align 8, !tbaa !52
  %532 = sext i32 %531 to i64
  %533 = getelementptr inbounds i8, ptr %530, i64 %532
  store i8 31, ptr %533, align 1, !tbaa !54
  %534 = load ptr, ptr %524, align 8, !tbaa !53
  %535 = load i32, ptr %520, align 8, !tbaa !52
  %536 = add nsw i32 %535, 1
  store i32 %536, ptr %520, align 8, !tbaa !52
  %537 = sext i32 %535 to i64
  %538 = getelementptr inbounds i32, ptr %534, i64 %537
  store i32 %515, ptr %538, align 4, !tbaa !22
  br label %290

539:                                              ; preds = %543, %6
  %540 = phi i32 [ %8, %6 ], [ %549, %543 ]
  %541 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %542 = load i32, ptr %541, align 4, !tbaa !34
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 30, i32 noundef %540, i32 noundef %542)
  br label %290

543:                                              ; preds = %10, %543
  %544 = phi i64 [ 0, %10 ], [ %548, %543 ]
  %545 = load ptr, ptr %11, align 8, !tbaa !38
  %546 = getelementptr inbounds ptr, ptr %545, i64 %544
  %547 = load ptr, ptr %546, align 8, !tbaa !4
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %547)
  %548 = add nuw nsw i64 %544, 1
  %549 = load i32, ptr %7, align 8, !tbaa !39
  %550 = sext i32 %549 to i64
  %551 = icmp slt i64 %548, %550
  br i1 %551, label %543, label %539, !llvm.loop !120

552:                                              ; preds = %2
  %553 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %554 = load ptr, ptr %553, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %554)
  %555 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %556 = load ptr, ptr %555, align 8, !tbaa !114
  %557 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %558 = load i32, ptr %557, align 8, !tbaa !47
  %559 = zext i32 %558 to i64
  br label %560

560:                                              ; preds = %564, %552
  %561 = phi i64 [ %565, %564 ], [ %559, %552 ]
  %562 = trunc i64 %561 to i32
  %563 = icmp slt i32 %562, 1
  br i1 %563, label %576, label %564

564:                                              ; preds = %560
  %565 = add nsw i64 %561, -1
  %566 = and i64 %565, 4294967295
  %567 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %566
  %568 = load ptr, ptr %567, align 8, !tbaa !48
  %569 = icmp eq ptr %568, %556
  br i1 %569, label %570, label %560, !llvm.loop !115

570:                                              ; preds = %564
  %571 = trunc i64 %565 to i32
  %572 = icmp sgt i32 %571, -1
  br i1 %572, label %573, label %576

573:                                              ; preds = %570
  %574 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %575 = load i32, ptr %574, align 4, !tbaa !34
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 6, i32 noundef %571, i32 noundef %575)
  br label %620

576:                                              ; preds = %560, %570
  %577 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %578 = load i32, ptr %577, align 4, !tbaa !34
  %579 = load ptr, ptr %0, align 8, !tbaa !44
  %580 = ptrtoint ptr %556 to i64
  %581 = getelementptr inbounds %struct.function, ptr %579, i64 0, i32 2, i32 6
  %582 = load i32, ptr %581, align 8, !tbaa !111
  %583 = icmp sgt i32 %582, 0
  %584 = getelementptr inbounds %struct.function, ptr %579, i64 0, i32 2, i32 5
  %585 = load ptr, ptr %584, align 8, !tbaa !98
  br i1 %583, label %586, label %604

586:                                              ; preds = %576
  %587 = zext i32 %582 to i64
  br label %588

588:                                              ; preds = %598, %586
  %589 = phi i64 [ 0, %586 ], [ %599, %598 ]
  %590 = getelementptr inbounds %struct.value, ptr %585, i64 %589
  %591 = load i32, ptr %590, align 8, !tbaa !75
  %592 = icmp eq i32 %591, 4
  br i1 %592, label %593, label %598

593:                                              ; preds = %588
  %594 = getelementptr inbounds { i32, i64 }, ptr %590, i64 0, i32 1
  %595 = load i64, ptr %594, align 8
  %596 = inttoptr i64 %595 to ptr
  %597 = icmp eq ptr %556, %596
  br i1 %597, label %615, label %598

598:                                              ; preds = %593, %588
  %599 = add nuw nsw i64 %589, 1
  %600 = icmp eq i64 %599, %587
  br i1 %600, label %601, label %588, !llvm.loop !112

601:                                              ; preds = %598
  %602 = icmp sgt i32 %582, 65534
  br i1 %602, label %603, label %604

603:                                              ; preds = %601
  tail call void (i32, ptr, ...) @fail(i32 noundef %578, ptr noundef nonnull @.str.66) #29
  unreachable

604:                                              ; preds = %601, %576
  %605 = getelementptr inbounds %struct.function, ptr %579, i64 0, i32 2, i32 7
  %606 = add nsw i32 %582, 1
  %607 = tail call fastcc ptr @grow(ptr noundef %585, ptr noundef nonnull %605, i32 noundef %606, i64 noundef 16)
  store ptr %607, ptr %584, align 8, !tbaa !98
  %608 = load i32, ptr %581, align 8, !tbaa !111
  %609 = sext i32 %608 to i64
  %610 = getelementptr inbounds %struct.value, ptr %607, i64 %609
  store i32 4, ptr %610, align 8, !tbaa.struct !61
  %611 = getelementptr inbounds i8, ptr %610, i64 8
  store i64 %580, ptr %611, align 8, !tbaa.struct !64
  %612 = load i32, ptr %581, align 8, !tbaa !111
  %613 = add nsw i32 %612, 1
  store i32 %613, ptr %581, align 8, !tbaa !111
  %614 = load i32, ptr %577, align 4, !tbaa !34
  br label %617

615:                                              ; preds = %593
  %616 = trunc i64 %589 to i32
  br label %617

617:                                              ; preds = %604, %615
  %618 = phi i32 [ %614, %604 ], [ %578, %615 ]
  %619 = phi i32 [ %612, %604 ], [ %616, %615 ]
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 8, i32 noundef %619, i32 noundef %618)
  br label %620

620:                                              ; preds = %617, %573
  %621 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %622 = load i32, ptr %621, align 4, !tbaa !34
  %623 = load ptr, ptr %0, align 8, !tbaa !44
  %624 = getelementptr inbounds %struct.function, ptr %623, i64 0, i32 2
  %625 = load ptr, ptr %624, align 8, !tbaa !51
  %626 = getelementptr inbounds %struct.function, ptr %623, i64 0, i32 2, i32 3
  %627 = getelementptr inbounds %struct.function, ptr %623, i64 0, i32 2, i32 2
  %628 = load i32, ptr %627, align 8, !tbaa !52
  %629 = add nsw i32 %628, 1
  %630 = tail call fastcc ptr @grow(ptr noundef %625, ptr noundef nonnull %626, i32 noundef %629, i64 noundef 1)
  store ptr %630, ptr %624, align 8, !tbaa !51
  %631 = getelementptr inbounds %struct.function, ptr %623, i64 0, i32 2, i32 1
  %632 = load ptr, ptr %631, align 8, !tbaa !53
  %633 = getelementptr inbounds %struct.function, ptr %623, i64 0, i32 2, i32 4
  %634 = load i32, ptr %627, align 8, !tbaa !52
  %635 = add nsw i32 %634, 1
  %636 = tail call fastcc ptr @grow(ptr noundef %632, ptr noundef nonnull %633, i32 noundef %635, i64 noundef 4)
  store ptr %636, ptr %631, align 8, !tbaa !53
  %637 = load ptr, ptr %624, align 8, !tbaa !51
  %638 = load i32, ptr %627, align 8, !tbaa !52
  %639 = sext i32 %638 to i64
  %640 = getelementptr inbounds i8, ptr %637, i64 %639
  store i8 4, ptr %640, align 1, !tbaa !54
  %641 = load ptr, ptr %631, align 8, !tbaa !53
  %642 = load i32, ptr %627, align 8, !tbaa !52
  %643 = add nsw i32 %642, 1
  store i32 %643, ptr %627, align 8, !tbaa !52
  %644 = sext i32 %642 to i64
  %645 = getelementptr inbounds i32, ptr %641, i64 %644
  store i32 %622, ptr %645, align 4, !tbaa !22
  br label %290

646:                                              ; preds = %2
  %647 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %648 = load ptr, ptr %647, align 8, !tbaa !118
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %648)
  %649 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 8
  %650 = load ptr, ptr %649, align 8, !tbaa !121
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %650)
  %651 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %652 = load ptr, ptr %651, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %652)
  %653 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %654 = load i32, ptr %653, align 4, !tbaa !34
  %655 = load ptr, ptr %0, align 8, !tbaa !44
  %656 = getelementptr inbounds %struct.function, ptr %655, i64 0, i32 2
  %657 = load ptr, ptr %656, align 8, !tbaa !51
  %658 = getelementptr inbounds %struct.function, ptr %655, i64 0, i32 2, i32 3
  %659 = getelementptr inbounds %struct.function, ptr %655, i64 0, i32 2, i32 2
  %660 = load i32, ptr %659, align 8, !tbaa !52
  %661 = add nsw i32 %660, 1
  %662 = tail call fastcc ptr @grow(ptr noundef %657, ptr noundef nonnull %658, i32 noundef %661, i64 noundef 1)
  store ptr %662, ptr %656, align 8, !tbaa !51
  %663 = getelementptr inbounds %struct.function, ptr %655, i64 0, i32 2, i32 1
  %664 = load ptr, ptr %663, align 8, !tbaa !53
  %665 = getelementptr inbounds %struct.function, ptr %655, i64 0, i32 2, i32 4
  %666 = load i32, ptr %659, align 8, !tbaa !52
  %667 = add nsw i32 %666, 1
  %668 = tail call fastcc ptr @grow(ptr noundef %664, ptr noundef nonnull %665, i32 noundef %667, i64 noundef 4)
  store ptr %668, ptr %663, align 8, !tbaa !53
  %669 = load ptr, ptr %656, align 8, !tbaa !51
  %670 = load i32, ptr %659, align 8, !tbaa !52
  %671 = sext i32 %670 to i64
  %672 = getelementptr inbounds i8, ptr %669, i64 %671
  store i8 32, ptr %672, align 1, !tbaa !54
  %673 = load ptr, ptr %663, align 8, !tbaa !53
  %674 = load i32, ptr %659, align 8, !tbaa !52
  %675 = add nsw i32 %674, 1
  store i32 %675, ptr %659, align 8, !tbaa !52
  %676 = sext i32 %674 to i64
  %677 = getelementptr inbounds i32, ptr %673, i64 %676
  store i32 %654, ptr %677, align 4, !tbaa !22
  %678 = load i32, ptr %653, align 4, !tbaa !34
  %679 = load ptr, ptr %0, align 8, !tbaa !44
  %680 = getelementptr inbounds %struct.function, ptr %679, i64 0, i32 2
  %681 = load ptr, ptr %680, align 8, !tbaa !51
  %682 = getelementptr inbounds %struct.function, ptr %679, i64 0, i32 2, i32 3
  %683 = getelementptr inbounds %struct.function, ptr %679, i64 0, i32 2, i32 2
  %684 = load i32, ptr %683, align 8, !tbaa !52
  %685 = add nsw i32 %684, 1
  %686 = tail call fastcc ptr @grow(ptr noundef %681, ptr noundef nonnull %682, i32 noundef %685, i64 noundef 1)
  store ptr %686, ptr %680, align 8, !tbaa !51
  %687 = getelementptr inbounds %struct.function, ptr %679, i64 0, i32 2, i32 1
  %688 = load ptr, ptr %687, align 8, !tbaa !53
  %689 = getelementptr inbounds %struct.function, ptr %679, i64 0, i32 2, i32 4
  %690 = load i32, ptr %683, align 8, !tbaa !52
  %691 = add nsw i32 %690, 1
  %692 = tail call fastcc ptr @grow(ptr noundef %688, ptr noundef nonnull %689, i32 noundef %691, i64 noundef 4)
  store ptr %692, ptr %687, align 8, !tbaa !53
  %693 = load ptr, ptr %680, align 8, !tbaa !51
  %694 = load i32, ptr %683, align 8, !tbaa !52
  %695 = sext i32 %694 to i64
  %696 = getelementptr inbounds i8, ptr %693, i64 %695
  store i8 4, ptr %696, align 1, !tbaa !54
  %697 = load ptr, ptr %687, align 8, !tbaa !53
  %698 = load i32, ptr %683, align 8, !tbaa !52
  %699 = add nsw i32 %698, 1
  store i32 %699, ptr %683, align 8, !tbaa !52
  %700 = sext i32 %698 to i64
  %701 = getelementptr inbounds i32, ptr %697, i64 %700
  store i32 %678, ptr %701, align 4, !tbaa !22
  br label %290

702:                                              ; preds = %2
  %703 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %704 = load ptr, ptr %703, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %704)
  %705 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 4
  %706 = load i32, ptr %705, align 8, !tbaa !46
  %707 = icmp eq i32 %706, 0
  br i1 %707, label %720, label %708

708:                                              ; preds = %702
  %709 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %710 = load i32, ptr %709, align 4, !tbaa !122
  %711 = icmp eq i32 %710, 0
  br i1 %711, label %712, label %720

712:                                              ; preds = %708
  %713 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %714 = load ptr, ptr %713, align 8, !tbaa !114
  %715 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %716 = load i32, ptr %715, align 4, !tbaa !34
  %717 = load ptr, ptr %0, align 8, !tbaa !44
  %718 = tail call fastcc i32 @name_constant(ptr %717, ptr noundef %714, i32 noundef %716)
  %719 = load i32, ptr %715, align 4, !tbaa !34
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 9, i32 noundef %718, i32 noundef %719)
  br label %290

720:                                              ; preds = %708, %702
  %721 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %722 = load ptr, ptr %721, align 8, !tbaa !114
  %723 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %724 = load i32, ptr %723, align 4, !tbaa !34
  %725 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %726 = load i32, ptr %725, align 8, !tbaa !47
  %727 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %728 = zext i32 %726 to i64
  br label %729

729:                                              ; preds = %741, %720
  %730 = phi i64 [ %731, %741 ], [ %728, %720 ]
  %731 = add nsw i64 %730, -1
  %732 = trunc i64 %730 to i32
  %733 = icmp sgt i32 %732, 0
  br i1 %733, label %734, label %739

734:                                              ; preds = %729
  %735 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %731, i32 1
  %736 = load i32, ptr %735, align 8, !tbaa !123
  %737 = load i32, ptr %727, align 4, !tbaa !122
  %738 = icmp eq i32 %736, %737
  br i1 %738, label %741, label %739

739:                                              ; preds = %734, %729
  %740 = icmp sgt i32 %726, 255
  br i1 %740, label %747, label %748

741:                                              ; preds = %734
  %742 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %731
  %743 = load ptr, ptr %742, align 8, !tbaa !48
  %744 = icmp eq ptr %743, %722
  br i1 %744, label %745, label %729, !llvm.loop !124

745:                                              ; preds = %741
  %746 = getelementptr inbounds %struct.string, ptr %722, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %724, ptr noundef nonnull @.str.110, ptr noundef nonnull %746) #29
  unreachable

747:                                              ; preds = %739
  tail call void (i32, ptr, ...) @fail(i32 noundef %724, ptr noundef nonnull @.str.111) #29
  unreachable

748:                                              ; preds = %739
  %749 = sext i32 %726 to i64
  %750 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %749
  store ptr %722, ptr %750, align 8, !tbaa !48
  %751 = load i32, ptr %727, align 4, !tbaa !122
  %752 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %749, i32 1
  store i32 %751, ptr %752, align 8, !tbaa !123
  %753 = add nsw i32 %726, 1
  store i32 %753, ptr %725, align 8, !tbaa !47
  br label %290

754:                                              ; preds = %2
  %755 = load ptr, ptr @arena, align 8, !tbaa !4
  %756 = icmp eq ptr %755, null
  br i1 %756, label %764, label %757

757:                                              ; preds = %754
  %758 = getelementptr inbounds %struct.arena_block, ptr %755, i64 0, i32 1
  %759 = load i64, ptr %758, align 8, !tbaa !20
  %760 = add i64 %759, 64
  %761 = getelementptr inbounds %struct.arena_block, ptr %755, i64 0, i32 2
  %762 = load i64, ptr %761, align 16, !tbaa !20
  %763 = icmp ugt i64 %760, %762
  br i1 %763, label %764, label %773

764:                                              ; preds = %757, %754
  %765 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %766 = icmp eq ptr %765, null
  br i1 %766, label %767, label %770

767:                                              ; preds = %764
  %768 = load ptr, ptr @stderr, align 8, !tbaa !4
  %769 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %768) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

770:                                              ; preds = %764
  store ptr %755, ptr %765, align 16, !tbaa !4
  %771 = getelementptr inbounds %struct.arena_block, ptr %765, i64 0, i32 1
  store i64 0, ptr %771, align 8, !tbaa !20
  %772 = getelementptr inbounds %struct.arena_block, ptr %765, i64 0, i32 2
  store i64 65536, ptr %772, align 16, !tbaa !20
  store ptr %765, ptr @arena, align 8, !tbaa !4
  br label %773

773:                                              ; preds = %770, %757
  %774 = phi i64 [ 0, %770 ], [ %759, %757 ]
  %775 = phi ptr [ %765, %770 ], [ %755, %757 ]
  %776 = getelementptr inbounds %struct.arena_block, ptr %775, i64 0, i32 4
  %777 = getelementptr inbounds %struct.arena_block, ptr %775, i64 0, i32 1
  %778 = getelementptr inbounds i8, ptr %776, i64 %774
  %779 = add i64 %774, 64
  store i64 %779, ptr %777, align 8, !tbaa !20
  %780 = load i64, ptr @arena_total, align 8, !tbaa !20
  %781 = add i64 %780, 64
  store i64 %781, ptr @arena_total, align 8, !tbaa !20
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %778, i8 0, i64 64, i1 false)
  %782 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %783 = load ptr, ptr %782, align 8, !tbaa !114
  store ptr %783, ptr %778, align 8, !tbaa !41
  %784 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 10
  %785 = load i32, ptr %784, align 8, !tbaa !39
  %786 = getelementptr inbounds %struct.function, ptr %778, i64 0, i32 1
  store i32 %785, ptr %786, align 8, !tbaa !95
  %787 = load i64, ptr %777, align 8, !tbaa !20
  %788 = add i64 %787, 4128
  %789 = getelementptr inbounds %struct.arena_block, ptr %775, i64 0, i32 2
  %790 = load i64, ptr %789, align 16, !tbaa !20
  %791 = icmp ugt i64 %788, %790
  br i1 %791, label %792, label %801

792:                                              ; preds = %773
  %793 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %794 = icmp eq ptr %793, null
  br i1 %794, label %795, label %798

795:                                              ; preds = %792
  %796 = load ptr, ptr @stderr, align 8, !tbaa !4
  %797 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %796) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

798:                                              ; preds = %792
  store ptr %775, ptr %793, align 16, !tbaa !4
  %799 = getelementptr inbounds %struct.arena_block, ptr %793, i64 0, i32 1
  store i64 0, ptr %799, align 8, !tbaa !20
  %800 = getelementptr inbounds %struct.arena_block, ptr %793, i64 0, i32 2
  store i64 65536, ptr %800, align 16, !tbaa !20
  store ptr %793, ptr @arena, align 8, !tbaa !4
  br label %801

801:                                              ; preds = %798, %773
  %802 = phi i64 [ 0, %798 ], [ %787, %773 ]
  %803 = phi ptr [ %793, %798 ], [ %775, %773 ]
  %804 = getelementptr inbounds %struct.arena_block, ptr %803, i64 0, i32 4
  %805 = getelementptr inbounds %struct.arena_block, ptr %803, i64 0, i32 1
  %806 = getelementptr inbounds i8, ptr %804, i64 %802
  %807 = add i64 %802, 4128
  store i64 %807, ptr %805, align 8, !tbaa !20
  %808 = add i64 %780, 4192
  store i64 %808, ptr @arena_total, align 8, !tbaa !20
  %809 = getelementptr inbounds i8, ptr %806, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(4128) %809, i8 0, i64 4120, i1 false)
  store ptr %778, ptr %806, align 8, !tbaa !44
  %810 = getelementptr inbounds %struct.compiler, ptr %806, i64 0, i32 3
  store i32 1, ptr %810, align 4, !tbaa !122
  %811 = load ptr, ptr %778, align 8, !tbaa !41
  %812 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %813 = getelementptr inbounds %struct.compiler, ptr %806, i64 0, i32 2
  store ptr %811, ptr %809, align 8, !tbaa !48
  %814 = getelementptr inbounds %struct.compiler, ptr %806, i64 0, i32 1, i64 0, i32 1
  store i32 1, ptr %814, align 8, !tbaa !123
  store i32 1, ptr %813, align 8, !tbaa !47
  %815 = load i32, ptr %784, align 8, !tbaa !39
  %816 = icmp sgt i32 %815, 0
  br i1 %816, label %817, label %854

817:                                              ; preds = %801
  %818 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 9
  %819 = load ptr, ptr %818, align 8, !tbaa !38
  %820 = zext i32 %815 to i64
  br label %821

821:                                              ; preds = %817, %847
  %822 = phi i64 [ 0, %817 ], [ %852, %847 ]
  %823 = phi i64 [ 1, %817 ], [ %850, %847 ]
  %824 = getelementptr inbounds ptr, ptr %819, i64 %822
  %825 = load ptr, ptr %824, align 8, !tbaa !4
  %826 = getelementptr inbounds %struct.node, ptr %825, i64 0, i32 5
  %827 = load ptr, ptr %826, align 8, !tbaa !114
  %828 = getelementptr inbounds %struct.node, ptr %825, i64 0, i32 1
  %829 = load i32, ptr %828, align 4, !tbaa !34
  br label %830

830:                                              ; preds = %840, %821
  %831 = phi i64 [ %832, %840 ], [ %823, %821 ]
  %832 = add nsw i64 %831, -1
  %833 = icmp sgt i64 %831, 0
  br i1 %833, label %834, label %838

834:                                              ; preds = %830
  %835 = getelementptr inbounds %struct.compiler, ptr %806, i64 0, i32 1, i64 %832, i32 1
  %836 = load i32, ptr %835, align 8, !tbaa !123
  %837 = icmp eq i32 %836, 1
  br i1 %837, label %840, label %838

838:                                              ; preds = %834, %830
  %839 = icmp eq i64 %822, 255
  br i1 %839, label %846, label %847

840:                                              ; preds = %834
  %841 = getelementptr inbounds %struct.compiler, ptr %806, i64 0, i32 1, i64 %832
  %842 = load ptr, ptr %841, align 8, !tbaa !48
  %843 = icmp eq ptr %842, %827
  br i1 %843, label %844, label %830, !llvm.loop !124

844:                                              ; preds = %840
  %845 = getelementptr inbounds %struct.string, ptr %827, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %829, ptr noundef nonnull @.str.110, ptr noundef nonnull %845) #29
  unreachable

846:                                              ; preds = %838
  tail call void (i32, ptr, ...) @fail(i32 noundef %829, ptr noundef nonnull @.str.111) #29
  unreachable

847:                                              ; preds = %838
  %848 = getelementptr inbounds %struct.compiler, ptr %806, i64 0, i32 1, i64 %823
  store ptr %827, ptr %848, align 8, !tbaa !48
  %849 = getelementptr inbounds %struct.compiler, ptr %806, i64 0, i32 1, i64 %823, i32 1
  store i32 1, ptr %849, align 8, !tbaa !123
  %850 = add nuw nsw i64 %823, 1
  %851 = trunc i64 %850 to i32
  store i32 %851, ptr %813, align 8, !tbaa !47
  %852 = add nuw nsw i64 %822, 1
  %853 = icmp eq i64 %852, %820
  br i1 %853, label %854, label %821, !llvm.loop !125

854:                                              ; preds = %847, %801
  %855 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %856 = load ptr, ptr %855, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef nonnull %806, ptr noundef %856)
  %857 = load i32, ptr %812, align 4, !tbaa !34
  %858 = load ptr, ptr %806, align 8, !tbaa !44
  %859 = getelementptr inbounds %struct.function, ptr %858, i64 0, i32 2
  %860 = load ptr, ptr %859, align 8, !tbaa !51
  %861 = getelementptr inbounds %struct.function, ptr %858, i64 0, i32 2, i32 3
  %862 = getelementptr inbounds %struct.function, ptr %858, i64 0, i32 2, i32 2
  %863 = load i32, ptr %862, align 8, !tbaa !52
  %864 = add nsw i32 %863, 1
  %865 = tail call fastcc ptr @grow(ptr noundef %860, ptr noundef nonnull %861, i32 noundef %864, i64 noundef 1)
  store ptr %865, ptr %859, align 8, !tbaa !51
  %866 = getelementptr inbounds %struct.function, ptr %858, i64 0, i32 2, i32 1
  %867 = load ptr, ptr %866, align 8, !tbaa !53
  %868 = getelementptr inbounds %struct.function, ptr %858, i64 0, i32 2, i32 4
  %869 = load i32, ptr %862, align 8, !tbaa !52
  %870 = add nsw i32 %869, 1
  %871 = tail call fastcc ptr @grow(ptr noundef %867, ptr noundef nonnull %868, i32 noundef %870, i64 noundef 4)
  store ptr %871, ptr %866, align 8, !tbaa !53
  %872 = load ptr, ptr %859, align 8, !tbaa !51
  %873 = load i32, ptr %862, align 8, !tbaa !52
  %874 = sext i32 %873 to i64
  %875 = getelementptr inbounds i8, ptr %872, i64 %874
  store i8 1, ptr %875, align 1, !tbaa !54
  %876 = load ptr, ptr %866, align 8, !tbaa !53
  %877 = load i32, ptr %862, align 8, !tbaa !52
  %878 = add nsw i32 %877, 1
  store i32 %878, ptr %862, align 8, !tbaa !52
  %879 = sext i32 %877 to i64
  %880 = getelementptr inbounds i32, ptr %876, i64 %879
  store i32 %857, ptr %880, align 4, !tbaa !22
  %881 = load i32, ptr %812, align 4, !tbaa !34
  %882 = load ptr, ptr %806, align 8, !tbaa !44
  %883 = getelementptr inbounds %struct.function, ptr %882, i64 0, i32 2
  %884 = load ptr, ptr %883, align 8, !tbaa !51
  %885 = getelementptr inbounds %struct.function, ptr %882, i64 0, i32 2, i32 3
  %886 = getelementptr inbounds %struct.function, ptr %882, i64 0, i32 2, i32 2
  %887 = load i32, ptr %886, align 8, !tbaa !52
  %888 = add nsw i32 %887, 1
  %889 = tail call fastcc ptr @grow(ptr noundef %884, ptr noundef nonnull %885, i32 noundef %888, i64 noundef 1)
  store ptr %889, ptr %883, align 8, !tbaa !51
  %890 = getelementptr inbounds %struct.function, ptr %882, i64 0, i32 2, i32 1
  %891 = load ptr, ptr %890, align 8, !tbaa !53
  %892 = getelementptr inbounds %struct.function, ptr %882, i64 0, i32 2, i32 4
  %893 = load i32, ptr %886, align 8, !tbaa !52
  %894 = add nsw i32 %893, 1
  %895 = tail call fastcc ptr @grow(ptr noundef %891, ptr noundef nonnull %892, i32 noundef %894, i64 noundef 4)
  store ptr %895, ptr %890, align 8, !tbaa !53
  %896 = load ptr, ptr %883, align 8, !tbaa !51
  %897 = load i32, ptr %886, align 8, !tbaa !52
  %898 = sext i32 %897 to i64
  %899 = getelementptr inbounds i8, ptr %896, i64 %898
  store i8 29, ptr %899, align 1, !tbaa !54
  %900 = load ptr, ptr %890, align 8, !tbaa !53
  %901 = load i32, ptr %886, align 8, !tbaa !52
  %902 = add nsw i32 %901, 1
  store i32 %902, ptr %886, align 8, !tbaa !52
  %903 = sext i32 %901 to i64
  %904 = getelementptr inbounds i32, ptr %900, i64 %903
  store i32 %881, ptr %904, align 4, !tbaa !22
  %905 = ptrtoint ptr %778 to i64
  %906 = load ptr, ptr %0, align 8, !tbaa !44
  %907 = load i32, ptr %812, align 4, !tbaa !34
  %908 = getelementptr inbounds %struct.function, ptr %906, i64 0, i32 2, i32 6
  %909 = load i32, ptr %908, align 8, !tbaa !111
  %910 = icmp sgt i32 %909, 0
  %911 = getelementptr inbounds %struct.function, ptr %906, i64 0, i32 2, i32 5
  %912 = load ptr, ptr %911, align 8, !tbaa !98
  br i1 %910, label %913, label %931

913:                                              ; preds = %854
  %914 = zext i32 %909 to i64
  br label %915

915:                                              ; preds = %925, %913
  %916 = phi i64 [ 0, %913 ], [ %926, %925 ]
  %917 = getelementptr inbounds %struct.value, ptr %912, i64 %916
  %918 = load i32, ptr %917, align 8, !tbaa !75
  %919 = icmp eq i32 %918, 6
  br i1 %919, label %920, label %925

920:                                              ; preds = %915
  %921 = getelementptr inbounds { i32, i64 }, ptr %917, i64 0, i32 1
  %922 = load i64, ptr %921, align 8
  %923 = inttoptr i64 %922 to ptr
  %924 = icmp eq ptr %778, %923
  br i1 %924, label %942, label %925

925:                                              ; preds = %920, %915
  %926 = add nuw nsw i64 %916, 1
  %927 = icmp eq i64 %926, %914
  br i1 %927, label %928, label %915, !llvm.loop !112

928:                                              ; preds = %925
  %929 = icmp sgt i32 %909, 65534
  br i1 %929, label %930, label %931

930:                                              ; preds = %928
  tail call void (i32, ptr, ...) @fail(i32 noundef %907, ptr noundef nonnull @.str.66) #29
  unreachable

931:                                              ; preds = %854, %928
  %932 = getelementptr inbounds %struct.function, ptr %906, i64 0, i32 2, i32 7
  %933 = add nsw i32 %909, 1
  %934 = tail call fastcc ptr @grow(ptr noundef %912, ptr noundef nonnull %932, i32 noundef %933, i64 noundef 16)
  store ptr %934, ptr %911, align 8, !tbaa !98
  %935 = load i32, ptr %908, align 8, !tbaa !111
  %936 = sext i32 %935 to i64
  %937 = getelementptr inbounds %struct.value, ptr %934, i64 %936
  store i32 6, ptr %937, align 8, !tbaa.struct !61
  %938 = getelementptr inbounds i8, ptr %937, i64 8
  store i64 %905, ptr %938, align 8, !tbaa.struct !64
  %939 = load i32, ptr %908, align 8, !tbaa !111
  %940 = add nsw i32 %939, 1
  store i32 %940, ptr %908, align 8, !tbaa !111
  %941 = load i32, ptr %812, align 4, !tbaa !34
  br label %944

942:                                              ; preds = %920
  %943 = trunc i64 %916 to i32
  br label %944

944:                                              ; preds = %931, %942
  %945 = phi i32 [ %941, %931 ], [ %907, %942 ]
  %946 = phi i32 [ %939, %931 ], [ %943, %942 ]
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 0, i32 noundef %946, i32 noundef %945)
  %947 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 4
  %948 = load i32, ptr %947, align 8, !tbaa !46
  %949 = icmp eq i32 %948, 0
  br i1 %949, label %960, label %950

950:                                              ; preds = %944
  %951 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %952 = load i32, ptr %951, align 4, !tbaa !122
  %953 = icmp eq i32 %952, 0
  br i1 %953, label %954, label %960

954:                                              ; preds = %950
  %955 = load ptr, ptr %782, align 8, !tbaa !114
  %956 = load i32, ptr %812, align 4, !tbaa !34
  %957 = load ptr, ptr %0, align 8, !tbaa !44
  %958 = tail call fastcc i32 @name_constant(ptr %957, ptr noundef %955, i32 noundef %956)
  %959 = load i32, ptr %812, align 4, !tbaa !34
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 9, i32 noundef %958, i32 noundef %959)
  br label %290

960:                                              ; preds = %950, %944
  %961 = load ptr, ptr %782, align 8, !tbaa !114
  %962 = load i32, ptr %812, align 4, !tbaa !34
  %963 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %964 = load i32, ptr %963, align 8, !tbaa !47
  %965 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %966 = zext i32 %964 to i64
  br label %967

967:                                              ; preds = %979, %960
  %968 = phi i64 [ %969, %979 ], [ %966, %960 ]
  %969 = add nsw i64 %968, -1
  %970 = trunc i64 %968 to i32
  %971 = icmp sgt i32 %970, 0
  br i1 %971, label %972, label %977

972:                                              ; preds = %967
  %973 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %969, i32 1
  %974 = load i32, ptr %973, align 8, !tbaa !123
  %975 = load i32, ptr %965, align 4, !tbaa !122
  %976 = icmp eq i32 %974, %975
  br i1 %976, label %979, label %977

977:                                              ; preds = %972, %967
  %978 = icmp sgt i32 %964, 255
  br i1 %978, label %985, label %986

979:                                              ; preds = %972
  %980 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %969
  %981 = load ptr, ptr %980, align 8, !tbaa !48
  %982 = icmp eq ptr %981, %961
  br i1 %982, label %983, label %967, !llvm.loop !124

983:                                              ; preds = %979
  %984 = getelementptr inbounds %struct.string, ptr %961, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %962, ptr noundef nonnull @.str.110, ptr noundef nonnull %984) #29
  unreachable

985:                                              ; preds = %977
  tail call void (i32, ptr, ...) @fail(i32 noundef %962, ptr noundef nonnull @.str.111) #29
  unreachable

986:                                              ; preds = %977
  %987 = sext i32 %964 to i64
  %988 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %987
  store ptr %961, ptr %988, align 8, !tbaa !48
  %989 = load i32, ptr %965, align 4, !tbaa !122
  %990 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %987, i32 1
  store i32 %989, ptr %990, align 8, !tbaa !123
  %991 = add nsw i32 %964, 1
  store i32 %991, ptr %963, align 8, !tbaa !47
  br label %290

992:                                              ; preds = %2
  %993 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %994 = load i32, ptr %993, align 4, !tbaa !122
  %995 = add nsw i32 %994, 1
  store i32 %995, ptr %993, align 4, !tbaa !122
  %996 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 10
  %997 = load i32, ptr %996, align 8, !tbaa !39
  %998 = icmp sgt i32 %997, 0
  br i1 %998, label %999, label %1003

999:                                              ; preds = %992
  %1000 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 9
  br label %1049

1001:                                             ; preds = %1049
  %1002 = load i32, ptr %993, align 4, !tbaa !122
  br label %1003

1003:                                             ; preds = %1001, %992
  %1004 = phi i32 [ %1002, %1001 ], [ %995, %992 ]
  %1005 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1006 = load i32, ptr %1005, align 4, !tbaa !34
  %1007 = add nsw i32 %1004, -1
  store i32 %1007, ptr %993, align 4, !tbaa !122
  %1008 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %1009 = load i32, ptr %1008, align 8, !tbaa !47
  %1010 = icmp sgt i32 %1009, 0
  br i1 %1010, label %1011, label %1047

1011:                                             ; preds = %1003
  %1012 = zext i32 %1009 to i64
  br label %1013

1013:                                             ; preds = %1020, %1011
  %1014 = phi i64 [ %1012, %1011 ], [ %1015, %1020 ]
  %1015 = add nsw i64 %1014, -1
  %1016 = and i64 %1015, 4294967295
  %1017 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1016, i32 1
  %1018 = load i32, ptr %1017, align 8, !tbaa !123
  %1019 = icmp slt i32 %1018, %1004
  br i1 %1019, label %1045, label %1020

1020:                                             ; preds = %1013
  %1021 = load ptr, ptr %0, align 8, !tbaa !44
  %1022 = getelementptr inbounds %struct.function, ptr %1021, i64 0, i32 2
  %1023 = load ptr, ptr %1022, align 8, !tbaa !51
  %1024 = getelementptr inbounds %struct.function, ptr %1021, i64 0, i32 2, i32 3
  %1025 = getelementptr inbounds %struct.function, ptr %1021, i64 0, i32 2, i32 2
  %1026 = load i32, ptr %1025, align 8, !tbaa !52
  %1027 = add nsw i32 %1026, 1
  %1028 = tail call fastcc ptr @grow(ptr noundef %1023, ptr noundef nonnull %1024, i32 noundef %1027, i64 noundef 1)
  store ptr %1028, ptr %1022, align 8, !tbaa !51
  %1029 = getelementptr inbounds %struct.function, ptr %1021, i64 0, i32 2, i32 1
  %1030 = load ptr, ptr %1029, align 8, !tbaa !53
  %1031 = getelementptr inbounds %struct.function, ptr %1021, i64 0, i32 2, i32 4
  %1032 = load i32, ptr %1025, align 8, !tbaa !52
  %1033 = add nsw i32 %1032, 1
  %1034 = tail call fastcc ptr @grow(ptr noundef %1030, ptr noundef nonnull %1031, i32 noundef %1033, i64 noundef 4)
  store ptr %1034, ptr %1029, align 8, !tbaa !53
  %1035 = load ptr, ptr %1022, align 8, !tbaa !51
  %1036 = load i32, ptr %1025, align 8, !tbaa !52
  %1037 = sext i32 %1036 to i64
  %1038 = getelementptr inbounds i8, ptr %1035, i64 %1037
  store i8 4, ptr %1038, align 1, !tbaa !54
  %1039 = load ptr, ptr %1029, align 8, !tbaa !53
  %1040 = load i32, ptr %1025, align 8, !tbaa !52
  %1041 = add nsw i32 %1040, 1
  store i32 %1041, ptr %1025, align 8, !tbaa !52
  %1042 = sext i32 %1040 to i64
  %1043 = getelementptr inbounds i32, ptr %1039, i64 %1042
  store i32 %1006, ptr %1043, align 4, !tbaa !22
  %1044 = icmp ugt i64 %1014, 1
  br i1 %1044, label %1013, label %1047, !llvm.loop !126

1045:                                             ; preds = %1013
  %1046 = trunc i64 %1014 to i32
  br label %1047

1047:                                             ; preds = %1020, %1003, %1045
  %1048 = phi i32 [ %1009, %1003 ], [ %1046, %1045 ], [ 0, %1020 ]
  store i32 %1048, ptr %1008, align 8, !tbaa !47
  br label %290

1049:                                             ; preds = %999, %1049
  %1050 = phi i64 [ 0, %999 ], [ %1054, %1049 ]
  %1051 = load ptr, ptr %1000, align 8, !tbaa !38
  %1052 = getelementptr inbounds ptr, ptr %1051, i64 %1050
  %1053 = load ptr, ptr %1052, align 8, !tbaa !4
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %1053)
  %1054 = add nuw nsw i64 %1050, 1
  %1055 = load i32, ptr %996, align 8, !tbaa !39
  %1056 = sext i32 %1055 to i64
  %1057 = icmp slt i64 %1054, %1056
  br i1 %1057, label %1049, label %1001, !llvm.loop !127

1058:                                             ; preds = %2
  %1059 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %1060 = load ptr, ptr %1059, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %1060)
  %1061 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1062 = load i32, ptr %1061, align 4, !tbaa !34
  tail call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 24, i32 noundef 65535, i32 noundef %1062)
  %1063 = load ptr, ptr %0, align 8, !tbaa !44
  %1064 = getelementptr inbounds %struct.function, ptr %1063, i64 0, i32 2, i32 2
  %1065 = load i32, ptr %1064, align 8, !tbaa !52
  %1066 = add nsw i32 %1065, -2
  %1067 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %1068 = load ptr, ptr %1067, align 8, !tbaa !118
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %1068)
  %1069 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 8
  %1070 = load ptr, ptr %1069, align 8, !tbaa !121
  %1071 = icmp eq ptr %1070, null
  br i1 %1071, label %1116, label %1072

1072:                                             ; preds = %1058
  %1073 = load i32, ptr %1061, align 4, !tbaa !34
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 23, i32 noundef 65535, i32 noundef %1073)
  %1074 = load ptr, ptr %0, align 8, !tbaa !44
  %1075 = getelementptr inbounds %struct.function, ptr %1074, i64 0, i32 2, i32 2
  %1076 = load i32, ptr %1075, align 8, !tbaa !52
  %1077 = add nsw i32 %1076, -2
  %1078 = sub i32 %1076, %1065
  %1079 = icmp sgt i32 %1078, 65535
  br i1 %1079, label %1080, label %1081

1080:                                             ; preds = %1072
  tail call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1081:                                             ; preds = %1072
  %1082 = getelementptr inbounds %struct.function, ptr %1074, i64 0, i32 2
  %1083 = lshr i32 %1078, 8
  %1084 = trunc i32 %1083 to i8
  %1085 = load ptr, ptr %1082, align 8, !tbaa !51
  %1086 = sext i32 %1066 to i64
  %1087 = getelementptr inbounds i8, ptr %1085, i64 %1086
  store i8 %1084, ptr %1087, align 1, !tbaa !54
  %1088 = trunc i32 %1078 to i8
  %1089 = load ptr, ptr %0, align 8, !tbaa !44
  %1090 = getelementptr inbounds %struct.function, ptr %1089, i64 0, i32 2
  %1091 = load ptr, ptr %1090, align 8, !tbaa !51
  %1092 = add nsw i32 %1065, -1
  %1093 = sext i32 %1092 to i64
  %1094 = getelementptr inbounds i8, ptr %1091, i64 %1093
  store i8 %1088, ptr %1094, align 1, !tbaa !54
  %1095 = load ptr, ptr %1069, align 8, !tbaa !121
  tail call fastcc void @compile_node(ptr noundef nonnull %0, ptr noundef %1095)
  %1096 = load ptr, ptr %0, align 8, !tbaa !44
  %1097 = getelementptr inbounds %struct.function, ptr %1096, i64 0, i32 2, i32 2
  %1098 = load i32, ptr %1097, align 8, !tbaa !52
  %1099 = sub i32 %1098, %1076
  %1100 = icmp sgt i32 %1099, 65535
  br i1 %1100, label %1101, label %1102

1101:                                             ; preds = %1081
  tail call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1102:                                             ; preds = %1081
  %1103 = getelementptr inbounds %struct.function, ptr %1096, i64 0, i32 2
  %1104 = lshr i32 %1099, 8
  %1105 = trunc i32 %1104 to i8
  %1106 = load ptr, ptr %1103, align 8, !tbaa !51
  %1107 = sext i32 %1077 to i64
  %1108 = getelementptr inbounds i8, ptr %1106, i64 %1107
  store i8 %1105, ptr %1108, align 1, !tbaa !54
  %1109 = trunc i32 %1099 to i8
  %1110 = load ptr, ptr %0, align 8, !tbaa !44
  %1111 = getelementptr inbounds %struct.function, ptr %1110, i64 0, i32 2
  %1112 = load ptr, ptr %1111, align 8, !tbaa !51
  %1113 = add nsw i32 %1076, -1
  %1114 = sext i32 %1113 to i64
  %1115 = getelementptr inbounds i8, ptr %1112, i64 %1114
  store i8 %1109, ptr %1115, align 1, !tbaa !54
  br label %290

1116:                                             ; preds = %1058
  tail call fastcc void @patch_jump(ptr noundef nonnull %0, i32 noundef %1066)
  br label %290

1117:                                             ; preds = %2
  call void @llvm.lifetime.start.p0(i64 536, ptr nonnull %4) #24
  %1118 = getelementptr inbounds i8, ptr %4, i64 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(536) %1118, i8 0, i64 528, i1 false)
  %1119 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 5
  %1120 = load ptr, ptr %1119, align 8, !tbaa !128
  store ptr %1120, ptr %4, align 8, !tbaa !129
  %1121 = load ptr, ptr %0, align 8, !tbaa !44
  %1122 = getelementptr inbounds %struct.function, ptr %1121, i64 0, i32 2, i32 2
  %1123 = load i32, ptr %1122, align 8, !tbaa !52
  store i32 %1123, ptr %1118, align 8, !tbaa !131
  %1124 = getelementptr inbounds %struct.loop, ptr %4, i64 0, i32 6
  %1125 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %1126 = load i32, ptr %1125, align 4, !tbaa !122
  store i32 %1126, ptr %1124, align 4, !tbaa !132
  store ptr %4, ptr %1119, align 8, !tbaa !128
  %1127 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %1128 = load ptr, ptr %1127, align 8, !tbaa !116
  call fastcc void @compile_node(ptr noundef %0, ptr noundef %1128)
  %1129 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1130 = load i32, ptr %1129, align 4, !tbaa !34
  call fastcc void @emit_with_u16(ptr noundef %0, i32 noundef 24, i32 noundef 65535, i32 noundef %1130)
  %1131 = load ptr, ptr %0, align 8, !tbaa !44
  %1132 = getelementptr inbounds %struct.function, ptr %1131, i64 0, i32 2, i32 2
  %1133 = load i32, ptr %1132, align 8, !tbaa !52
  %1134 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %1135 = load ptr, ptr %1134, align 8, !tbaa !118
  call fastcc void @compile_node(ptr noundef %0, ptr noundef %1135)
  %1136 = load i32, ptr %1118, align 8, !tbaa !131
  %1137 = load i32, ptr %1129, align 4, !tbaa !34
  call fastcc void @emit_loop(ptr noundef %0, i32 noundef %1136, i32 noundef %1137)
  %1138 = load ptr, ptr %0, align 8, !tbaa !44
  %1139 = getelementptr inbounds %struct.function, ptr %1138, i64 0, i32 2, i32 2
  %1140 = load i32, ptr %1139, align 8, !tbaa !52
  %1141 = sub i32 %1140, %1133
  %1142 = icmp sgt i32 %1141, 65535
  br i1 %1142, label %1143, label %1144

1143:                                             ; preds = %1117
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1144:                                             ; preds = %1117
  %1145 = add nsw i32 %1133, -2
  %1146 = getelementptr inbounds %struct.function, ptr %1138, i64 0, i32 2
  %1147 = lshr i32 %1141, 8
  %1148 = trunc i32 %1147 to i8
  %1149 = load ptr, ptr %1146, align 8, !tbaa !51
  %1150 = sext i32 %1145 to i64
  %1151 = getelementptr inbounds i8, ptr %1149, i64 %1150
  store i8 %1148, ptr %1151, align 1, !tbaa !54
  %1152 = trunc i32 %1141 to i8
  %1153 = load ptr, ptr %0, align 8, !tbaa !44
  %1154 = getelementptr inbounds %struct.function, ptr %1153, i64 0, i32 2
  %1155 = load ptr, ptr %1154, align 8, !tbaa !51
  %1156 = add nsw i32 %1133, -1
  %1157 = sext i32 %1156 to i64
  %1158 = getelementptr inbounds i8, ptr %1155, i64 %1157
  store i8 %1152, ptr %1158, align 1, !tbaa !54
  %1159 = getelementptr inbounds %struct.loop, ptr %4, i64 0, i32 5
  %1160 = load i32, ptr %1159, align 8, !tbaa !133
  %1161 = icmp sgt i32 %1160, 0
  br i1 %1161, label %1162, label %1191

1162:                                             ; preds = %1144, %1173
  %1163 = phi i64 [ %1187, %1173 ], [ 0, %1144 ]
  %1164 = getelementptr inbounds %struct.loop, ptr %4, i64 0, i32 4, i64 %1163
  %1165 = load i32, ptr %1164, align 4, !tbaa !22
  %1166 = load ptr, ptr %0, align 8, !tbaa !44
  %1167 = getelementptr inbounds %struct.function, ptr %1166, i64 0, i32 2, i32 2
  %1168 = load i32, ptr %1167, align 8, !tbaa !52
  %1169 = sub i32 -2, %1165
  %1170 = add i32 %1168, %1169
  %1171 = icmp sgt i32 %1170, 65535
  br i1 %1171, label %1172, label %1173

1172:                                             ; preds = %1162
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1173:                                             ; preds = %1162
  %1174 = getelementptr inbounds %struct.function, ptr %1166, i64 0, i32 2
  %1175 = lshr i32 %1170, 8
  %1176 = trunc i32 %1175 to i8
  %1177 = load ptr, ptr %1174, align 8, !tbaa !51
  %1178 = sext i32 %1165 to i64
  %1179 = getelementptr inbounds i8, ptr %1177, i64 %1178
  store i8 %1176, ptr %1179, align 1, !tbaa !54
  %1180 = trunc i32 %1170 to i8
  %1181 = load ptr, ptr %0, align 8, !tbaa !44
  %1182 = getelementptr inbounds %struct.function, ptr %1181, i64 0, i32 2
  %1183 = load ptr, ptr %1182, align 8, !tbaa !51
  %1184 = add nsw i32 %1165, 1
  %1185 = sext i32 %1184 to i64
  %1186 = getelementptr inbounds i8, ptr %1183, i64 %1185
  store i8 %1180, ptr %1186, align 1, !tbaa !54
  %1187 = add nuw nsw i64 %1163, 1
  %1188 = load i32, ptr %1159, align 8, !tbaa !133
  %1189 = sext i32 %1188 to i64
  %1190 = icmp slt i64 %1187, %1189
  br i1 %1190, label %1162, label %1191, !llvm.loop !134

1191:                                             ; preds = %1173, %1144
  %1192 = load ptr, ptr %4, align 8, !tbaa !129
  store ptr %1192, ptr %1119, align 8, !tbaa !128
  call void @llvm.lifetime.end.p0(i64 536, ptr nonnull %4) #24
  br label %290

1193:                                             ; preds = %2
  %1194 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 3
  %1195 = load i32, ptr %1194, align 4, !tbaa !122
  %1196 = add nsw i32 %1195, 1
  store i32 %1196, ptr %1194, align 4, !tbaa !122
  %1197 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %1198 = load ptr, ptr %1197, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %1198)
  %1199 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 5
  %1200 = load ptr, ptr %1199, align 8, !tbaa !114
  %1201 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1202 = load i32, ptr %1201, align 4, !tbaa !34
  %1203 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %1204 = load i32, ptr %1203, align 8, !tbaa !47
  %1205 = zext i32 %1204 to i64
  br label %1206

1206:                                             ; preds = %1218, %1193
  %1207 = phi i64 [ %1208, %1218 ], [ %1205, %1193 ]
  %1208 = add nsw i64 %1207, -1
  %1209 = trunc i64 %1207 to i32
  %1210 = icmp sgt i32 %1209, 0
  br i1 %1210, label %1211, label %1216

1211:                                             ; preds = %1206
  %1212 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1208, i32 1
  %1213 = load i32, ptr %1212, align 8, !tbaa !123
  %1214 = load i32, ptr %1194, align 4, !tbaa !122
  %1215 = icmp eq i32 %1213, %1214
  br i1 %1215, label %1218, label %1216

1216:                                             ; preds = %1211, %1206
  %1217 = icmp sgt i32 %1204, 255
  br i1 %1217, label %1224, label %1225

1218:                                             ; preds = %1211
  %1219 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1208
  %1220 = load ptr, ptr %1219, align 8, !tbaa !48
  %1221 = icmp eq ptr %1220, %1200
  br i1 %1221, label %1222, label %1206, !llvm.loop !124

1222:                                             ; preds = %1218
  %1223 = getelementptr inbounds %struct.string, ptr %1200, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %1202, ptr noundef nonnull @.str.110, ptr noundef nonnull %1223) #29
  unreachable

1224:                                             ; preds = %1216
  tail call void (i32, ptr, ...) @fail(i32 noundef %1202, ptr noundef nonnull @.str.111) #29
  unreachable

1225:                                             ; preds = %1216
  %1226 = sext i32 %1204 to i64
  %1227 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1226
  store ptr %1200, ptr %1227, align 8, !tbaa !48
  %1228 = load i32, ptr %1194, align 4, !tbaa !122
  %1229 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1226, i32 1
  store i32 %1228, ptr %1229, align 8, !tbaa !123
  %1230 = add nsw i32 %1204, 1
  store i32 %1230, ptr %1203, align 8, !tbaa !47
  %1231 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 7
  %1232 = load ptr, ptr %1231, align 8, !tbaa !118
  tail call fastcc void @compile_node(ptr noundef nonnull %0, ptr noundef %1232)
  %1233 = tail call fastcc ptr @intern(ptr noundef nonnull @.str.113, i32 noundef 6)
  %1234 = load i32, ptr %1201, align 4, !tbaa !34
  %1235 = load i32, ptr %1203, align 8, !tbaa !47
  %1236 = zext i32 %1235 to i64
  br label %1237

1237:                                             ; preds = %1249, %1225
  %1238 = phi i64 [ %1239, %1249 ], [ %1236, %1225 ]
  %1239 = add nsw i64 %1238, -1
  %1240 = trunc i64 %1238 to i32
  %1241 = icmp sgt i32 %1240, 0
  br i1 %1241, label %1242, label %1247

1242:                                             ; preds = %1237
  %1243 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1239, i32 1
  %1244 = load i32, ptr %1243, align 8, !tbaa !123
  %1245 = load i32, ptr %1194, align 4, !tbaa !122
  %1246 = icmp eq i32 %1244, %1245
  br i1 %1246, label %1249, label %1247

1247:                                             ; preds = %1242, %1237
  %1248 = icmp sgt i32 %1235, 255
  br i1 %1248, label %1255, label %1256

1249:                                             ; preds = %1242
  %1250 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1239
  %1251 = load ptr, ptr %1250, align 8, !tbaa !48
  %1252 = icmp eq ptr %1251, %1233
  br i1 %1252, label %1253, label %1237, !llvm.loop !124

1253:                                             ; preds = %1249
  %1254 = getelementptr inbounds %struct.string, ptr %1233, i64 0, i32 2
  tail call void (i32, ptr, ...) @fail(i32 noundef %1234, ptr noundef nonnull @.str.110, ptr noundef nonnull %1254) #29
  unreachable

1255:                                             ; preds = %1247
  tail call void (i32, ptr, ...) @fail(i32 noundef %1234, ptr noundef nonnull @.str.111) #29
  unreachable

1256:                                             ; preds = %1247
  %1257 = sext i32 %1235 to i64
  %1258 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1257
  store ptr %1233, ptr %1258, align 8, !tbaa !48
  %1259 = load i32, ptr %1194, align 4, !tbaa !122
  %1260 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1257, i32 1
  store i32 %1259, ptr %1260, align 8, !tbaa !123
  %1261 = add nsw i32 %1235, 1
  store i32 %1261, ptr %1203, align 8, !tbaa !47
  call void @llvm.lifetime.start.p0(i64 536, ptr nonnull %3) #24
  %1262 = getelementptr inbounds i8, ptr %3, i64 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(536) %1262, i8 0, i64 528, i1 false)
  %1263 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 5
  %1264 = load ptr, ptr %1263, align 8, !tbaa !128
  store ptr %1264, ptr %3, align 8, !tbaa !129
  store i32 -1, ptr %1262, align 8, !tbaa !131
  %1265 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 6
  store i32 %1259, ptr %1265, align 4, !tbaa !132
  store ptr %3, ptr %1263, align 8, !tbaa !128
  %1266 = load ptr, ptr %0, align 8, !tbaa !44
  %1267 = getelementptr inbounds %struct.function, ptr %1266, i64 0, i32 2, i32 2
  %1268 = load i32, ptr %1267, align 8, !tbaa !52
  call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 5, i32 noundef %1204, i32 noundef %1234)
  %1269 = load i32, ptr %1201, align 4, !tbaa !34
  call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 5, i32 noundef %1235, i32 noundef %1269)
  %1270 = load i32, ptr %1201, align 4, !tbaa !34
  %1271 = load ptr, ptr %0, align 8, !tbaa !44
  %1272 = getelementptr inbounds %struct.function, ptr %1271, i64 0, i32 2
  %1273 = load ptr, ptr %1272, align 8, !tbaa !51
  %1274 = getelementptr inbounds %struct.function, ptr %1271, i64 0, i32 2, i32 3
  %1275 = getelementptr inbounds %struct.function, ptr %1271, i64 0, i32 2, i32 2
  %1276 = load i32, ptr %1275, align 8, !tbaa !52
  %1277 = add nsw i32 %1276, 1
  %1278 = call fastcc ptr @grow(ptr noundef %1273, ptr noundef nonnull %1274, i32 noundef %1277, i64 noundef 1)
  store ptr %1278, ptr %1272, align 8, !tbaa !51
  %1279 = getelementptr inbounds %struct.function, ptr %1271, i64 0, i32 2, i32 1
  %1280 = load ptr, ptr %1279, align 8, !tbaa !53
  %1281 = getelementptr inbounds %struct.function, ptr %1271, i64 0, i32 2, i32 4
  %1282 = load i32, ptr %1275, align 8, !tbaa !52
  %1283 = add nsw i32 %1282, 1
  %1284 = call fastcc ptr @grow(ptr noundef %1280, ptr noundef nonnull %1281, i32 noundef %1283, i64 noundef 4)
  store ptr %1284, ptr %1279, align 8, !tbaa !53
  %1285 = load ptr, ptr %1272, align 8, !tbaa !51
  %1286 = load i32, ptr %1275, align 8, !tbaa !52
  %1287 = sext i32 %1286 to i64
  %1288 = getelementptr inbounds i8, ptr %1285, i64 %1287
  store i8 19, ptr %1288, align 1, !tbaa !54
  %1289 = load ptr, ptr %1279, align 8, !tbaa !53
  %1290 = load i32, ptr %1275, align 8, !tbaa !52
  %1291 = add nsw i32 %1290, 1
  store i32 %1291, ptr %1275, align 8, !tbaa !52
  %1292 = sext i32 %1290 to i64
  %1293 = getelementptr inbounds i32, ptr %1289, i64 %1292
  store i32 %1270, ptr %1293, align 4, !tbaa !22
  %1294 = load i32, ptr %1201, align 4, !tbaa !34
  call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 24, i32 noundef 65535, i32 noundef %1294)
  %1295 = load ptr, ptr %0, align 8, !tbaa !44
  %1296 = getelementptr inbounds %struct.function, ptr %1295, i64 0, i32 2, i32 2
  %1297 = load i32, ptr %1296, align 8, !tbaa !52
  %1298 = add nsw i32 %1297, -2
  %1299 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 8
  %1300 = load ptr, ptr %1299, align 8, !tbaa !121
  call fastcc void @compile_node(ptr noundef nonnull %0, ptr noundef %1300)
  %1301 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 3
  %1302 = load i32, ptr %1301, align 4, !tbaa !135
  %1303 = icmp sgt i32 %1302, 0
  br i1 %1303, label %1330, label %1304

1304:                                             ; preds = %1341, %1256
  %1305 = load i32, ptr %1201, align 4, !tbaa !34
  call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 33, i32 noundef %1204, i32 noundef %1305)
  %1306 = load i32, ptr %1201, align 4, !tbaa !34
  call fastcc void @emit_loop(ptr noundef nonnull %0, i32 noundef %1268, i32 noundef %1306)
  %1307 = load ptr, ptr %0, align 8, !tbaa !44
  %1308 = getelementptr inbounds %struct.function, ptr %1307, i64 0, i32 2, i32 2
  %1309 = load i32, ptr %1308, align 8, !tbaa !52
  %1310 = sub i32 %1309, %1297
  %1311 = icmp sgt i32 %1310, 65535
  br i1 %1311, label %1312, label %1313

1312:                                             ; preds = %1304
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1313:                                             ; preds = %1304
  %1314 = getelementptr inbounds %struct.function, ptr %1307, i64 0, i32 2
  %1315 = lshr i32 %1310, 8
  %1316 = trunc i32 %1315 to i8
  %1317 = load ptr, ptr %1314, align 8, !tbaa !51
  %1318 = sext i32 %1298 to i64
  %1319 = getelementptr inbounds i8, ptr %1317, i64 %1318
  store i8 %1316, ptr %1319, align 1, !tbaa !54
  %1320 = trunc i32 %1310 to i8
  %1321 = load ptr, ptr %0, align 8, !tbaa !44
  %1322 = getelementptr inbounds %struct.function, ptr %1321, i64 0, i32 2
  %1323 = load ptr, ptr %1322, align 8, !tbaa !51
  %1324 = add nsw i32 %1297, -1
  %1325 = sext i32 %1324 to i64
  %1326 = getelementptr inbounds i8, ptr %1323, i64 %1325
  store i8 %1320, ptr %1326, align 1, !tbaa !54
  %1327 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 5
  %1328 = load i32, ptr %1327, align 8, !tbaa !133
  %1329 = icmp sgt i32 %1328, 0
  br i1 %1329, label %1359, label %1388

1330:                                             ; preds = %1256, %1341
  %1331 = phi i64 [ %1355, %1341 ], [ 0, %1256 ]
  %1332 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 2, i64 %1331
  %1333 = load i32, ptr %1332, align 4, !tbaa !22
  %1334 = load ptr, ptr %0, align 8, !tbaa !44
  %1335 = getelementptr inbounds %struct.function, ptr %1334, i64 0, i32 2, i32 2
  %1336 = load i32, ptr %1335, align 8, !tbaa !52
  %1337 = sub i32 -2, %1333
  %1338 = add i32 %1336, %1337
  %1339 = icmp sgt i32 %1338, 65535
  br i1 %1339, label %1340, label %1341

1340:                                             ; preds = %1330
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1341:                                             ; preds = %1330
  %1342 = getelementptr inbounds %struct.function, ptr %1334, i64 0, i32 2
  %1343 = lshr i32 %1338, 8
  %1344 = trunc i32 %1343 to i8
  %1345 = load ptr, ptr %1342, align 8, !tbaa !51
  %1346 = sext i32 %1333 to i64
  %1347 = getelementptr inbounds i8, ptr %1345, i64 %1346
  store i8 %1344, ptr %1347, align 1, !tbaa !54
  %1348 = trunc i32 %1338 to i8
  %1349 = load ptr, ptr %0, align 8, !tbaa !44
  %1350 = getelementptr inbounds %struct.function, ptr %1349, i64 0, i32 2
  %1351 = load ptr, ptr %1350, align 8, !tbaa !51
  %1352 = add nsw i32 %1333, 1
  %1353 = sext i32 %1352 to i64
  %1354 = getelementptr inbounds i8, ptr %1351, i64 %1353
  store i8 %1348, ptr %1354, align 1, !tbaa !54
  %1355 = add nuw nsw i64 %1331, 1
  %1356 = load i32, ptr %1301, align 4, !tbaa !135
  %1357 = sext i32 %1356 to i64
  %1358 = icmp slt i64 %1355, %1357
  br i1 %1358, label %1330, label %1304, !llvm.loop !136

1359:                                             ; preds = %1313, %1370
  %1360 = phi i64 [ %1384, %1370 ], [ 0, %1313 ]
  %1361 = getelementptr inbounds %struct.loop, ptr %3, i64 0, i32 4, i64 %1360
  %1362 = load i32, ptr %1361, align 4, !tbaa !22
  %1363 = load ptr, ptr %0, align 8, !tbaa !44
  %1364 = getelementptr inbounds %struct.function, ptr %1363, i64 0, i32 2, i32 2
  %1365 = load i32, ptr %1364, align 8, !tbaa !52
  %1366 = sub i32 -2, %1362
  %1367 = add i32 %1365, %1366
  %1368 = icmp sgt i32 %1367, 65535
  br i1 %1368, label %1369, label %1370

1369:                                             ; preds = %1359
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef nonnull @.str.109) #29
  unreachable

1370:                                             ; preds = %1359
  %1371 = getelementptr inbounds %struct.function, ptr %1363, i64 0, i32 2
  %1372 = lshr i32 %1367, 8
  %1373 = trunc i32 %1372 to i8
  %1374 = load ptr, ptr %1371, align 8, !tbaa !51
  %1375 = sext i32 %1362 to i64
  %1376 = getelementptr inbounds i8, ptr %1374, i64 %1375
  store i8 %1373, ptr %1376, align 1, !tbaa !54
  %1377 = trunc i32 %1367 to i8
  %1378 = load ptr, ptr %0, align 8, !tbaa !44
  %1379 = getelementptr inbounds %struct.function, ptr %1378, i64 0, i32 2
  %1380 = load ptr, ptr %1379, align 8, !tbaa !51
  %1381 = add nsw i32 %1362, 1
  %1382 = sext i32 %1381 to i64
  %1383 = getelementptr inbounds i8, ptr %1380, i64 %1382
  store i8 %1377, ptr %1383, align 1, !tbaa !54
  %1384 = add nuw nsw i64 %1360, 1
  %1385 = load i32, ptr %1327, align 8, !tbaa !133
  %1386 = sext i32 %1385 to i64
  %1387 = icmp slt i64 %1384, %1386
  br i1 %1387, label %1359, label %1388, !llvm.loop !137

1388:                                             ; preds = %1370, %1313
  %1389 = load ptr, ptr %3, align 8, !tbaa !129
  store ptr %1389, ptr %1263, align 8, !tbaa !128
  %1390 = load i32, ptr %1201, align 4, !tbaa !34
  %1391 = load i32, ptr %1194, align 4, !tbaa !122
  %1392 = add nsw i32 %1391, -1
  store i32 %1392, ptr %1194, align 4, !tbaa !122
  %1393 = load i32, ptr %1203, align 8, !tbaa !47
  %1394 = icmp sgt i32 %1393, 0
  br i1 %1394, label %1395, label %1431

1395:                                             ; preds = %1388
  %1396 = zext i32 %1393 to i64
  br label %1397

1397:                                             ; preds = %1404, %1395
  %1398 = phi i64 [ %1396, %1395 ], [ %1399, %1404 ]
  %1399 = add nsw i64 %1398, -1
  %1400 = and i64 %1399, 4294967295
  %1401 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1400, i32 1
  %1402 = load i32, ptr %1401, align 8, !tbaa !123
  %1403 = icmp slt i32 %1402, %1391
  br i1 %1403, label %1429, label %1404

1404:                                             ; preds = %1397
  %1405 = load ptr, ptr %0, align 8, !tbaa !44
  %1406 = getelementptr inbounds %struct.function, ptr %1405, i64 0, i32 2
  %1407 = load ptr, ptr %1406, align 8, !tbaa !51
  %1408 = getelementptr inbounds %struct.function, ptr %1405, i64 0, i32 2, i32 3
  %1409 = getelementptr inbounds %struct.function, ptr %1405, i64 0, i32 2, i32 2
  %1410 = load i32, ptr %1409, align 8, !tbaa !52
  %1411 = add nsw i32 %1410, 1
  %1412 = call fastcc ptr @grow(ptr noundef %1407, ptr noundef nonnull %1408, i32 noundef %1411, i64 noundef 1)
  store ptr %1412, ptr %1406, align 8, !tbaa !51
  %1413 = getelementptr inbounds %struct.function, ptr %1405, i64 0, i32 2, i32 1
  %1414 = load ptr, ptr %1413, align 8, !tbaa !53
  %1415 = getelementptr inbounds %struct.function, ptr %1405, i64 0, i32 2, i32 4
  %1416 = load i32, ptr %1409, align 8, !tbaa !52
  %1417 = add nsw i32 %1416, 1
  %1418 = call fastcc ptr @grow(ptr noundef %1414, ptr noundef nonnull %1415, i32 noundef %1417, i64 noundef 4)
  store ptr %1418, ptr %1413, align 8, !tbaa !53
  %1419 = load ptr, ptr %1406, align 8, !tbaa !51
  %1420 = load i32, ptr %1409, align 8, !tbaa !52
  %1421 = sext i32 %1420 to i64
  %1422 = getelementptr inbounds i8, ptr %1419, i64 %1421
  store i8 4, ptr %1422, align 1, !tbaa !54
  %1423 = load ptr, ptr %1413, align 8, !tbaa !53
  %1424 = load i32, ptr %1409, align 8, !tbaa !52
  %1425 = add nsw i32 %1424, 1
  store i32 %1425, ptr %1409, align 8, !tbaa !52
  %1426 = sext i32 %1424 to i64
  %1427 = getelementptr inbounds i32, ptr %1423, i64 %1426
  store i32 %1390, ptr %1427, align 4, !tbaa !22
  %1428 = icmp ugt i64 %1398, 1
  br i1 %1428, label %1397, label %1431, !llvm.loop !126

1429:                                             ; preds = %1397
  %1430 = trunc i64 %1398 to i32
  br label %1431

1431:                                             ; preds = %1404, %1388, %1429
  %1432 = phi i32 [ %1393, %1388 ], [ %1430, %1429 ], [ 0, %1404 ]
  store i32 %1432, ptr %1203, align 8, !tbaa !47
  call void @llvm.lifetime.end.p0(i64 536, ptr nonnull %3) #24
  br label %290

1433:                                             ; preds = %2
  %1434 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 4
  %1435 = load i32, ptr %1434, align 8, !tbaa !46
  %1436 = icmp eq i32 %1435, 0
  br i1 %1436, label %1440, label %1437

1437:                                             ; preds = %1433
  %1438 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1439 = load i32, ptr %1438, align 4, !tbaa !34
  tail call void (i32, ptr, ...) @fail(i32 noundef %1439, ptr noundef nonnull @.str.65) #29
  unreachable

1440:                                             ; preds = %1433
  %1441 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %1442 = load ptr, ptr %1441, align 8, !tbaa !116
  %1443 = icmp eq ptr %1442, null
  br i1 %1443, label %1445, label %1444

1444:                                             ; preds = %1440
  tail call fastcc void @compile_node(ptr noundef nonnull %0, ptr noundef nonnull %1442)
  br label %1449

1445:                                             ; preds = %1440
  %1446 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1447 = load i32, ptr %1446, align 4, !tbaa !34
  %1448 = load ptr, ptr %0, align 8, !tbaa !44
  tail call fastcc void @emit(ptr %1448, i32 noundef 1, i32 noundef %1447)
  br label %1449

1449:                                             ; preds = %1445, %1444
  %1450 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1451 = load i32, ptr %1450, align 4, !tbaa !34
  %1452 = load ptr, ptr %0, align 8, !tbaa !44
  %1453 = getelementptr inbounds %struct.function, ptr %1452, i64 0, i32 2
  %1454 = load ptr, ptr %1453, align 8, !tbaa !51
  %1455 = getelementptr inbounds %struct.function, ptr %1452, i64 0, i32 2, i32 3
  %1456 = getelementptr inbounds %struct.function, ptr %1452, i64 0, i32 2, i32 2
  %1457 = load i32, ptr %1456, align 8, !tbaa !52
  %1458 = add nsw i32 %1457, 1
  %1459 = tail call fastcc ptr @grow(ptr noundef %1454, ptr noundef nonnull %1455, i32 noundef %1458, i64 noundef 1)
  store ptr %1459, ptr %1453, align 8, !tbaa !51
  %1460 = getelementptr inbounds %struct.function, ptr %1452, i64 0, i32 2, i32 1
  %1461 = load ptr, ptr %1460, align 8, !tbaa !53
  %1462 = getelementptr inbounds %struct.function, ptr %1452, i64 0, i32 2, i32 4
  %1463 = load i32, ptr %1456, align 8, !tbaa !52
  %1464 = add nsw i32 %1463, 1
  %1465 = tail call fastcc ptr @grow(ptr noundef %1461, ptr noundef nonnull %1462, i32 noundef %1464, i64 noundef 4)
  store ptr %1465, ptr %1460, align 8, !tbaa !53
  %1466 = load ptr, ptr %1453, align 8, !tbaa !51
  %1467 = load i32, ptr %1456, align 8, !tbaa !52
  %1468 = sext i32 %1467 to i64
  %1469 = getelementptr inbounds i8, ptr %1466, i64 %1468
  store i8 29, ptr %1469, align 1, !tbaa !54
  %1470 = load ptr, ptr %1460, align 8, !tbaa !53
  %1471 = load i32, ptr %1456, align 8, !tbaa !52
  %1472 = add nsw i32 %1471, 1
  store i32 %1472, ptr %1456, align 8, !tbaa !52
  %1473 = sext i32 %1471 to i64
  %1474 = getelementptr inbounds i32, ptr %1470, i64 %1473
  store i32 %1451, ptr %1474, align 4, !tbaa !22
  br label %290

1475:                                             ; preds = %2, %2
  %1476 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 5
  %1477 = load ptr, ptr %1476, align 8, !tbaa !128
  %1478 = icmp eq ptr %1477, null
  br i1 %1478, label %1479, label %1484

1479:                                             ; preds = %1475
  %1480 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1481 = load i32, ptr %1480, align 4, !tbaa !34
  %1482 = icmp eq i32 %5, 22
  %1483 = select i1 %1482, ptr @.str.115, ptr @.str.116
  tail call void (i32, ptr, ...) @fail(i32 noundef %1481, ptr noundef nonnull @.str.114, ptr noundef nonnull %1483) #29
  unreachable

1484:                                             ; preds = %1475
  %1485 = getelementptr inbounds %struct.loop, ptr %1477, i64 0, i32 6
  %1486 = load i32, ptr %1485, align 4, !tbaa !132
  %1487 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1488 = load i32, ptr %1487, align 4, !tbaa !34
  %1489 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 2
  %1490 = load i32, ptr %1489, align 8, !tbaa !47
  %1491 = icmp sgt i32 %1490, 0
  br i1 %1491, label %1492, label %1528

1492:                                             ; preds = %1484
  %1493 = zext i32 %1490 to i64
  br label %1494

1494:                                             ; preds = %1501, %1492
  %1495 = phi i64 [ %1493, %1492 ], [ %1496, %1501 ]
  %1496 = add nsw i64 %1495, -1
  %1497 = and i64 %1496, 4294967295
  %1498 = getelementptr inbounds %struct.compiler, ptr %0, i64 0, i32 1, i64 %1497, i32 1
  %1499 = load i32, ptr %1498, align 8, !tbaa !123
  %1500 = icmp sgt i32 %1499, %1486
  br i1 %1500, label %1501, label %1526

1501:                                             ; preds = %1494
  %1502 = load ptr, ptr %0, align 8, !tbaa !44
  %1503 = getelementptr inbounds %struct.function, ptr %1502, i64 0, i32 2
  %1504 = load ptr, ptr %1503, align 8, !tbaa !51
  %1505 = getelementptr inbounds %struct.function, ptr %1502, i64 0, i32 2, i32 3
  %1506 = getelementptr inbounds %struct.function, ptr %1502, i64 0, i32 2, i32 2
  %1507 = load i32, ptr %1506, align 8, !tbaa !52
  %1508 = add nsw i32 %1507, 1
  %1509 = tail call fastcc ptr @grow(ptr noundef %1504, ptr noundef nonnull %1505, i32 noundef %1508, i64 noundef 1)
  store ptr %1509, ptr %1503, align 8, !tbaa !51
  %1510 = getelementptr inbounds %struct.function, ptr %1502, i64 0, i32 2, i32 1
  %1511 = load ptr, ptr %1510, align 8, !tbaa !53
  %1512 = getelementptr inbounds %struct.function, ptr %1502, i64 0, i32 2, i32 4
  %1513 = load i32, ptr %1506, align 8, !tbaa !52
  %1514 = add nsw i32 %1513, 1
  %1515 = tail call fastcc ptr @grow(ptr noundef %1511, ptr noundef nonnull %1512, i32 noundef %1514, i64 noundef 4)
  store ptr %1515, ptr %1510, align 8, !tbaa !53
  %1516 = load ptr, ptr %1503, align 8, !tbaa !51
  %1517 = load i32, ptr %1506, align 8, !tbaa !52
  %1518 = sext i32 %1517 to i64
  %1519 = getelementptr inbounds i8, ptr %1516, i64 %1518
  store i8 4, ptr %1519, align 1, !tbaa !54
  %1520 = load ptr, ptr %1510, align 8, !tbaa !53
  %1521 = load i32, ptr %1506, align 8, !tbaa !52
  %1522 = add nsw i32 %1521, 1
  store i32 %1522, ptr %1506, align 8, !tbaa !52
  %1523 = sext i32 %1521 to i64
  %1524 = getelementptr inbounds i32, ptr %1520, i64 %1523
  store i32 %1488, ptr %1524, align 4, !tbaa !22
  %1525 = icmp ugt i64 %1495, 1
  br i1 %1525, label %1494, label %1526, !llvm.loop !126

1526:                                             ; preds = %1494, %1501
  %1527 = load i32, ptr %1, align 8, !tbaa !30
  br label %1528

1528:                                             ; preds = %1526, %1484
  %1529 = phi i32 [ %1527, %1526 ], [ %5, %1484 ]
  %1530 = icmp eq i32 %1529, 22
  br i1 %1530, label %1531, label %1546

1531:                                             ; preds = %1528
  %1532 = getelementptr inbounds %struct.loop, ptr %1477, i64 0, i32 5
  %1533 = load i32, ptr %1532, align 8, !tbaa !133
  %1534 = icmp sgt i32 %1533, 63
  %1535 = load i32, ptr %1487, align 4, !tbaa !34
  br i1 %1534, label %1536, label %1537

1536:                                             ; preds = %1531
  tail call void (i32, ptr, ...) @fail(i32 noundef %1535, ptr noundef nonnull @.str.117) #29
  unreachable

1537:                                             ; preds = %1531
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 23, i32 noundef 65535, i32 noundef %1535)
  %1538 = load ptr, ptr %0, align 8, !tbaa !44
  %1539 = getelementptr inbounds %struct.function, ptr %1538, i64 0, i32 2, i32 2
  %1540 = load i32, ptr %1539, align 8, !tbaa !52
  %1541 = add nsw i32 %1540, -2
  %1542 = load i32, ptr %1532, align 8, !tbaa !133
  %1543 = add nsw i32 %1542, 1
  store i32 %1543, ptr %1532, align 8, !tbaa !133
  %1544 = sext i32 %1542 to i64
  %1545 = getelementptr inbounds %struct.loop, ptr %1477, i64 0, i32 4, i64 %1544
  store i32 %1541, ptr %1545, align 4, !tbaa !22
  br label %290

1546:                                             ; preds = %1528
  %1547 = getelementptr inbounds %struct.loop, ptr %1477, i64 0, i32 1
  %1548 = load i32, ptr %1547, align 8, !tbaa !131
  %1549 = icmp sgt i32 %1548, -1
  br i1 %1549, label %1550, label %1552

1550:                                             ; preds = %1546
  %1551 = load i32, ptr %1487, align 4, !tbaa !34
  tail call fastcc void @emit_loop(ptr noundef nonnull %0, i32 noundef %1548, i32 noundef %1551)
  br label %290

1552:                                             ; preds = %1546
  %1553 = getelementptr inbounds %struct.loop, ptr %1477, i64 0, i32 3
  %1554 = load i32, ptr %1553, align 4, !tbaa !135
  %1555 = icmp sgt i32 %1554, 63
  %1556 = load i32, ptr %1487, align 4, !tbaa !34
  br i1 %1555, label %1557, label %1558

1557:                                             ; preds = %1552
  tail call void (i32, ptr, ...) @fail(i32 noundef %1556, ptr noundef nonnull @.str.118) #29
  unreachable

1558:                                             ; preds = %1552
  tail call fastcc void @emit_with_u16(ptr noundef nonnull %0, i32 noundef 23, i32 noundef 65535, i32 noundef %1556)
  %1559 = load ptr, ptr %0, align 8, !tbaa !44
  %1560 = getelementptr inbounds %struct.function, ptr %1559, i64 0, i32 2, i32 2
  %1561 = load i32, ptr %1560, align 8, !tbaa !52
  %1562 = add nsw i32 %1561, -2
  %1563 = load i32, ptr %1553, align 4, !tbaa !135
  %1564 = add nsw i32 %1563, 1
  store i32 %1564, ptr %1553, align 4, !tbaa !135
  %1565 = sext i32 %1563 to i64
  %1566 = getelementptr inbounds %struct.loop, ptr %1477, i64 0, i32 2, i64 %1565
  store i32 %1562, ptr %1566, align 4, !tbaa !22
  br label %290

1567:                                             ; preds = %2
  %1568 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 6
  %1569 = load ptr, ptr %1568, align 8, !tbaa !116
  tail call fastcc void @compile_node(ptr noundef %0, ptr noundef %1569)
  %1570 = getelementptr inbounds %struct.node, ptr %1, i64 0, i32 1
  %1571 = load i32, ptr %1570, align 4, !tbaa !34
  %1572 = load ptr, ptr %0, align 8, !tbaa !44
  %1573 = getelementptr inbounds %struct.function, ptr %1572, i64 0, i32 2
  %1574 = load ptr, ptr %1573, align 8, !tbaa !51
  %1575 = getelementptr inbounds %struct.function, ptr %1572, i64 0, i32 2, i32 3
  %1576 = getelementptr inbounds %struct.function, ptr %1572, i64 0, i32 2, i32 2
  %1577 = load i32, ptr %1576, align 8, !tbaa !52
  %1578 = add nsw i32 %1577, 1
  %1579 = tail call fastcc ptr @grow(ptr noundef %1574, ptr noundef nonnull %1575, i32 noundef %1578, i64 noundef 1)
  store ptr %1579, ptr %1573, align 8, !tbaa !51
  %1580 = getelementptr inbounds %struct.function, ptr %1572, i64 0, i32 2, i32 1
  %1581 = load ptr, ptr %1580, align 8, !tbaa !53
  %1582 = getelementptr inbounds %struct.function, ptr %1572, i64 0, i32 2, i32 4
  %1583 = load i32, ptr %1576, align 8, !tbaa !52
  %1584 = add nsw i32 %1583, 1
  %1585 = tail call fastcc ptr @grow(ptr noundef %1581, ptr noundef nonnull %1582, i32 noundef %1584, i64 noundef 4)
  store ptr %1585, ptr %1580, align 8, !tbaa !53
  %1586 = load ptr, ptr %1573, align 8, !tbaa !51
  %1587 = load i32, ptr %1576, align 8, !tbaa !52
  %1588 = sext i32 %1587 to i64
  %1589 = getelementptr inbounds i8, ptr %1586, i64 %1588
  store i8 4, ptr %1589, align 1, !tbaa !54
  %1590 = load ptr, ptr %1580, align 8, !tbaa !53
  %1591 = load i32, ptr %1576, align 8, !tbaa !52
  %1592 = add nsw i32 %1591, 1
  store i32 %1592, ptr %1576, align 8, !tbaa !52
  %1593 = sext i32 %1591 to i64
  %1594 = getelementptr inbounds i32, ptr %1590, i64 %1593
  store i32 %1571, ptr %1594, align 4, !tbaa !22
  br label %290
}

; Function Attrs: nounwind uwtable
define internal fastcc void @emit(ptr %0, i32 noundef %1, i32 noundef %2) unnamed_addr #0 {
  %4 = getelementptr inbounds %struct.function, ptr %0, i64 0, i32 2
  %5 = load ptr, ptr %4, align 8, !tbaa !51
  %6 = getelementptr inbounds %struct.function, ptr %0, i64 0, i32 2, i32 3
  %7 = getelementptr inbounds %struct.function, ptr %0, i64 0, i32 2, i32 2
  %8 = load i32, ptr %7, align 8, !tbaa !52
  %9 = add nsw i32 %8, 1
  %10 = tail call fastcc ptr @grow(ptr noundef %5, ptr noundef nonnull %6, i32 noundef %9, i64 noundef 1)
  store ptr %10, ptr %4, align 8, !tbaa !51
  %11 = getelementptr inbounds %struct.function, ptr %0, i64 0, i32 2, i32 1
  %12 = load ptr, ptr %11, align 8, !tbaa !53
  %13 = getelementptr inbounds %struct.function, ptr %0, i64 0, i32 2, i32 4
  %14 = load i32, ptr %7, align 8, !tbaa !52
  %15 = add nsw i32 %14, 1
  %16 = tail call fastcc ptr @grow(ptr noundef %12, ptr noundef nonnull %13, i32 noundef %15, i64 noundef 4)
  store ptr %16, ptr %11, align 8, !tbaa !53
  %17 = trunc i32 %1 to i8
  %18 = load ptr, ptr %4, align 8, !tbaa !51
  %19 = load i32, ptr %7, align 8, !tbaa !52
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds i8, ptr %18, i64 %20
  store i8 %17, ptr %21, align 1, !tbaa !54
  %22 = load ptr, ptr %11, align 8, !tbaa !53
  %23 = load i32, ptr %7, align 8, !tbaa !52
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %7, align 8, !tbaa !52
  %25 = sext i32 %23 to i64
  %26 = getelementptr inbounds i32, ptr %22, i64 %25
  store i32 %2, ptr %26, align 4, !tbaa !22
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
define internal fastcc i32 @name_constant(ptr %0, ptr noundef %1, i32 noundef %2) unnamed_addr #0 {
  %4 = ptrtoint ptr %1 to i64
  %5 = getelementptr inbounds %struct.function, ptr %0, i64 0, i32 2, i32 6
  %6 = load i32, ptr %5, align 8, !tbaa !111
  %7 = icmp sgt i32 %6, 0
  %8 = getelementptr inbounds %struct.function, ptr %0, i64 0, i32 2, i32 5
  %9 = load ptr, ptr %8, align 8, !tbaa !98
  br i1 %7, label %10, label %28

10:                                               ; preds = %3
  %11 = zext i32 %6 to i64
  br label %12

12:                                               ; preds = %22, %10
  %13 = phi i64 [ 0, %10 ], [ %23, %22 ]
  %14 = getelementptr inbounds %struct.value, ptr %9, i64 %13
  %15 = load i32, ptr %14, align 8, !tbaa !75
  %16 = icmp eq i32 %15, 4
  br i1 %16, label %17, label %22

17:                                               ; preds = %12
  %18 = getelementptr inbounds { i32, i64 }, ptr %14, i64 0, i32 1
  %19 = load i64, ptr %18, align 8
  %20 = inttoptr i64 %19 to ptr
  %21 = icmp eq ptr %20, %1
  br i1 %21, label %39, label %22

22:                                               ; preds = %17, %12
  %23 = add nuw nsw i64 %13, 1
  %24 = icmp eq i64 %23, %11
  br i1 %24, label %25, label %12, !llvm.loop !112

25:                                               ; preds = %22
  %26 = icmp sgt i32 %6, 65534
  br i1 %26, label %27, label %28

27:                                               ; preds = %25
  tail call void (i32, ptr, ...) @fail(i32 noundef %2, ptr noundef nonnull @.str.66) #29
  unreachable

28:                                               ; preds = %3, %25
  %29 = getelementptr inbounds %struct.function, ptr %0, i64 0, i32 2, i32 5
  %30 = getelementptr inbounds %struct.function, ptr %0, i64 0, i32 2, i32 7
  %31 = add nsw i32 %6, 1
  %32 = tail call fastcc ptr @grow(ptr noundef %9, ptr noundef nonnull %30, i32 noundef %31, i64 noundef 16)
  store ptr %32, ptr %29, align 8, !tbaa !98
  %33 = load i32, ptr %5, align 8, !tbaa !111
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds %struct.value, ptr %32, i64 %34
  store i32 4, ptr %35, align 8, !tbaa.struct !61
  %36 = getelementptr inbounds i8, ptr %35, i64 8
  store i64 %4, ptr %36, align 8, !tbaa.struct !64
  %37 = load i32, ptr %5, align 8, !tbaa !111
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %5, align 8, !tbaa !111
  br label %41

39:                                               ; preds = %17
  %40 = trunc i64 %13 to i32
  br label %41

41:                                               ; preds = %28, %39
  %42 = phi i32 [ %37, %28 ], [ %40, %39 ]
  ret i32 %42
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
  %6 = getelementptr %struct.lexer, ptr %0, i64 0, i32 1
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
  %27 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

28:                                               ; preds = %23
  %29 = tail call ptr @__ctype_b_loc() #30
  %30 = load ptr, ptr %29, align 8, !tbaa !4
  %31 = zext i8 %9 to i64
  %32 = getelementptr inbounds i16, ptr %30, i64 %31
  %33 = load i16, ptr %32, align 2, !tbaa !144
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
  store ptr %42, ptr %0, align 8, !tbaa !27, !noalias !146
  %43 = load ptr, ptr %29, align 8, !tbaa !4, !noalias !149
  %44 = load i8, ptr %42, align 1, !tbaa !54, !noalias !149
  %45 = zext i8 %44 to i64
  %46 = getelementptr inbounds i16, ptr %43, i64 %45
  %47 = load i16, ptr %46, align 2, !tbaa !144, !noalias !149
  %48 = and i16 %47, 2048
  %49 = icmp eq i16 %48, 0
  br i1 %49, label %50, label %40, !llvm.loop !150

50:                                               ; preds = %40, %37
  %51 = phi ptr [ %30, %37 ], [ %43, %40 ]
  %52 = phi ptr [ %8, %37 ], [ %42, %40 ]
  %53 = phi i8 [ %9, %37 ], [ %44, %40 ]
  %54 = icmp eq i8 %53, 46
  br i1 %54, label %55, label %73

55:                                               ; preds = %50
  %56 = getelementptr inbounds i8, ptr %52, i64 1
  %57 = load i8, ptr %56, align 1, !tbaa !54, !noalias !149
  %58 = zext i8 %57 to i64
  %59 = getelementptr inbounds i16, ptr %51, i64 %58
  %60 = load i16, ptr %59, align 2, !tbaa !144, !noalias !149
  %61 = and i16 %60, 2048
  %62 = icmp eq i16 %61, 0
  br i1 %62, label %102, label %63

63:                                               ; preds = %55, %63
  %64 = phi ptr [ %65, %63 ], [ %52, %55 ]
  %65 = getelementptr inbounds i8, ptr %64, i64 1
  store ptr %65, ptr %0, align 8, !tbaa !27, !noalias !146
  %66 = load ptr, ptr %29, align 8, !tbaa !4, !noalias !149
  %67 = load i8, ptr %65, align 1, !tbaa !54, !noalias !149
  %68 = zext i8 %67 to i64
  %69 = getelementptr inbounds i16, ptr %66, i64 %68
  %70 = load i16, ptr %69, align 2, !tbaa !144, !noalias !149
  %71 = and i16 %70, 2048
  %72 = icmp eq i16 %71, 0
  br i1 %72, label %73, label %63, !llvm.loop !151

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
  %80 = load i8, ptr %79, align 1, !tbaa !54, !noalias !149
  switch i8 %80, label %84 [
    i8 43, label %81
    i8 45, label %81
  ]

81:                                               ; preds = %78, %78
  %82 = getelementptr inbounds i8, ptr %76, i64 2
  %83 = load i8, ptr %82, align 1, !tbaa !54, !noalias !149
  br label %84

84:                                               ; preds = %81, %78
  %85 = phi i8 [ %83, %81 ], [ %80, %78 ]
  %86 = phi ptr [ %82, %81 ], [ %79, %78 ]
  %87 = zext i8 %85 to i64
  %88 = getelementptr inbounds i16, ptr %74, i64 %87
  %89 = load i16, ptr %88, align 2, !tbaa !144, !noalias !149
  %90 = and i16 %89, 2048
  %91 = icmp eq i16 %90, 0
  br i1 %91, label %102, label %92

92:                                               ; preds = %84, %92
  %93 = phi ptr [ %101, %92 ], [ %86, %84 ]
  store ptr %93, ptr %0, align 8, !tbaa !27, !noalias !146
  %94 = load ptr, ptr %29, align 8, !tbaa !4, !noalias !149
  %95 = load i8, ptr %93, align 1, !tbaa !54, !noalias !149
  %96 = zext i8 %95 to i64
  %97 = getelementptr inbounds i16, ptr %94, i64 %96
  %98 = load i16, ptr %97, align 2, !tbaa !144, !noalias !149
  %99 = and i16 %98, 2048
  %100 = icmp eq i16 %99, 0
  %101 = getelementptr inbounds i8, ptr %93, i64 1
  br i1 %100, label %102, label %92, !llvm.loop !152

102:                                              ; preds = %92, %84, %73, %55
  %103 = phi ptr [ %76, %73 ], [ %76, %84 ], [ %52, %55 ], [ %93, %92 ]
  %104 = phi i32 [ %77, %73 ], [ %77, %84 ], [ 0, %55 ], [ 1, %92 ]
  %105 = icmp eq i32 %104, 0
  %106 = select i1 %105, i32 1, i32 2
  %107 = load i32, ptr %6, align 8, !tbaa !29, !noalias !146
  %108 = ptrtoint ptr %103 to i64
  %109 = ptrtoint ptr %8 to i64
  %110 = sub i64 %108, %109
  %111 = trunc i64 %110 to i32
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #24, !noalias !146
  %112 = tail call i32 @llvm.smin.i32(i32 %111, i32 63)
  %113 = sext i32 %112 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %2, ptr align 1 %8, i64 %113, i1 false), !noalias !149
  %114 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 %113
  store i8 0, ptr %114, align 1, !tbaa !54, !noalias !146
  br i1 %105, label %117, label %115

115:                                              ; preds = %102
  %116 = call double @strtod(ptr nocapture noundef nonnull %2, ptr noundef null) #24, !noalias !149
  br label %119

117:                                              ; preds = %102
  %118 = call i64 @strtoll(ptr nocapture noundef nonnull %2, ptr noundef null, i32 noundef 10) #24, !noalias !149
  br label %119

119:                                              ; preds = %117, %115
  %120 = phi double [ 0.000000e+00, %117 ], [ %116, %115 ]
  %121 = phi i64 [ %118, %117 ], [ 0, %115 ]
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #24, !noalias !146
  br label %300

122:                                              ; preds = %28
  %123 = and i32 %34, 1024
  %124 = icmp ne i32 %123, 0
  %125 = icmp eq i8 %9, 95
  %126 = or i1 %125, %124
  br i1 %126, label %127, label %206

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
  %138 = load i16, ptr %137, align 2, !tbaa !144
  %139 = and i16 %138, 8
  %140 = icmp ne i16 %139, 0
  %141 = icmp eq i8 %135, 95
  %142 = select i1 %140, i1 true, i1 %141
  br i1 %142, label %131, label %143, !llvm.loop !153

143:                                              ; preds = %131, %127
  %144 = phi ptr [ %8, %127 ], [ %133, %131 ]
  %145 = ptrtoint ptr %144 to i64
  %146 = ptrtoint ptr %8 to i64
  %147 = sub i64 %145, %146
  %148 = trunc i64 %147 to i32
  %149 = shl i64 %147, 32
  %150 = ashr exact i64 %149, 32
  switch i32 %148, label %204 [
    i32 3, label %151
    i32 2, label %159
    i32 4, label %165
    i32 5, label %168
    i32 6, label %177
    i32 8, label %201
  ]

151:                                              ; preds = %143
  %152 = tail call i32 @bcmp(ptr nonnull @.str.121, ptr nonnull %8, i64 %150)
  %153 = icmp eq i32 %152, 0
  br i1 %153, label %154, label %171

154:                                              ; preds = %201, %198, %195, %192, %189, %186, %183, %180, %177, %174, %171, %168, %165, %162, %159, %151
  %155 = phi i64 [ 0, %151 ], [ 1, %159 ], [ 2, %162 ], [ 3, %165 ], [ 4, %168 ], [ 5, %171 ], [ 6, %174 ], [ 7, %177 ], [ 8, %180 ], [ 9, %183 ], [ 10, %186 ], [ 11, %189 ], [ 12, %192 ], [ 13, %195 ], [ 14, %198 ], [ 15, %201 ]
  %156 = getelementptr inbounds [16 x %struct.anon.0], ptr @keywords, i64 0, i64 %155, i32 1
  %157 = load i32, ptr %156, align 8, !tbaa !154, !noalias !140
  %158 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

159:                                              ; preds = %143
  %160 = tail call i32 @bcmp(ptr nonnull @.str.122, ptr nonnull %8, i64 %150)
  %161 = icmp eq i32 %160, 0
  br i1 %161, label %154, label %162

162:                                              ; preds = %159
  %163 = tail call i32 @bcmp(ptr nonnull @.str.123, ptr nonnull %8, i64 %150)
  %164 = icmp eq i32 %163, 0
  br i1 %164, label %154, label %174

165:                                              ; preds = %143
  %166 = tail call i32 @bcmp(ptr nonnull @.str.124, ptr nonnull %8, i64 %150)
  %167 = icmp eq i32 %166, 0
  br i1 %167, label %154, label %180

168:                                              ; preds = %143
  %169 = tail call i32 @bcmp(ptr nonnull @.str.125, ptr nonnull %8, i64 %150)
  %170 = icmp eq i32 %169, 0
  br i1 %170, label %154, label %183

171:                                              ; preds = %151
  %172 = tail call i32 @bcmp(ptr nonnull @.str.126, ptr nonnull %8, i64 %150)
  %173 = icmp eq i32 %172, 0
  br i1 %173, label %154, label %186

174:                                              ; preds = %162
  %175 = tail call i32 @bcmp(ptr nonnull @.str.127, ptr nonnull %8, i64 %150)
  %176 = icmp eq i32 %175, 0
  br i1 %176, label %154, label %192

177:                                              ; preds = %143
  %178 = tail call i32 @bcmp(ptr nonnull @.str.128, ptr nonnull %8, i64 %150)
  %179 = icmp eq i32 %178, 0
  br i1 %179, label %154, label %204

180:                                              ; preds = %165
  %181 = tail call i32 @bcmp(ptr nonnull @.str.27, ptr nonnull %8, i64 %150)
  %182 = icmp eq i32 %181, 0
  br i1 %182, label %154, label %204

183:                                              ; preds = %168
  %184 = tail call i32 @bcmp(ptr nonnull @.str.28, ptr nonnull %8, i64 %150)
  %185 = icmp eq i32 %184, 0
  br i1 %185, label %154, label %198

186:                                              ; preds = %171
  %187 = tail call i32 @bcmp(ptr nonnull @.str.26, ptr nonnull %8, i64 %150)
  %188 = icmp eq i32 %187, 0
  br i1 %188, label %154, label %189

189:                                              ; preds = %186
  %190 = tail call i32 @bcmp(ptr nonnull @.str.129, ptr nonnull %8, i64 %150)
  %191 = icmp eq i32 %190, 0
  br i1 %191, label %154, label %195

192:                                              ; preds = %174
  %193 = tail call i32 @bcmp(ptr nonnull @.str.130, ptr nonnull %8, i64 %150)
  %194 = icmp eq i32 %193, 0
  br i1 %194, label %154, label %204

195:                                              ; preds = %189
  %196 = tail call i32 @bcmp(ptr nonnull @.str.131, ptr nonnull %8, i64 %150)
  %197 = icmp eq i32 %196, 0
  br i1 %197, label %154, label %204

198:                                              ; preds = %183
  %199 = tail call i32 @bcmp(ptr nonnull @.str.115, ptr nonnull %8, i64 %150)
  %200 = icmp eq i32 %199, 0
  br i1 %200, label %154, label %204

201:                                              ; preds = %143
  %202 = tail call i32 @bcmp(ptr nonnull @.str.116, ptr nonnull %8, i64 %150)
  %203 = icmp eq i32 %202, 0
  br i1 %203, label %154, label %204

204:                                              ; preds = %201, %198, %195, %192, %180, %177, %143
  %205 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

206:                                              ; preds = %122
  %207 = getelementptr inbounds i8, ptr %8, i64 1
  store ptr %207, ptr %0, align 8, !tbaa !27, !noalias !140
  switch i32 %24, label %298 [
    i32 34, label %208
    i32 43, label %236
    i32 45, label %238
    i32 42, label %240
    i32 47, label %242
    i32 37, label %244
    i32 40, label %246
    i32 41, label %248
    i32 123, label %250
    i32 125, label %252
    i32 91, label %254
    i32 93, label %256
    i32 44, label %258
    i32 59, label %260
    i32 61, label %262
    i32 33, label %270
    i32 60, label %276
    i32 62, label %284
    i32 46, label %292
  ]

208:                                              ; preds = %206, %224
  %209 = phi ptr [ %226, %224 ], [ %207, %206 ]
  %210 = load i8, ptr %209, align 1, !tbaa !54
  switch i8 %210, label %217 [
    i8 92, label %211
    i8 0, label %227
    i8 34, label %229
  ]

211:                                              ; preds = %208
  %212 = getelementptr inbounds i8, ptr %209, i64 1
  %213 = load i8, ptr %212, align 1, !tbaa !54
  %214 = icmp eq i8 %213, 0
  br i1 %214, label %224, label %215

215:                                              ; preds = %211
  store ptr %212, ptr %0, align 8, !tbaa !27, !noalias !140
  %216 = load i8, ptr %212, align 1, !tbaa !54
  br label %217

217:                                              ; preds = %215, %208
  %218 = phi i8 [ %210, %208 ], [ %216, %215 ]
  %219 = phi ptr [ %209, %208 ], [ %212, %215 ]
  %220 = icmp eq i8 %218, 10
  br i1 %220, label %221, label %224

221:                                              ; preds = %217
  %222 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  %223 = add nsw i32 %222, 1
  store i32 %223, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %224

224:                                              ; preds = %221, %217, %211
  %225 = phi ptr [ %219, %221 ], [ %219, %217 ], [ %209, %211 ]
  %226 = getelementptr inbounds i8, ptr %225, i64 1
  store ptr %226, ptr %0, align 8, !tbaa !27, !noalias !140
  br label %208, !llvm.loop !156

227:                                              ; preds = %208
  %228 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  tail call void (i32, ptr, ...) @fail(i32 noundef %228, ptr noundef nonnull @.str.119) #29
  unreachable

229:                                              ; preds = %208
  %230 = getelementptr inbounds i8, ptr %209, i64 1
  store ptr %230, ptr %0, align 8, !tbaa !27, !noalias !140
  %231 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  %232 = ptrtoint ptr %230 to i64
  %233 = ptrtoint ptr %8 to i64
  %234 = sub i64 %232, %233
  %235 = trunc i64 %234 to i32
  br label %300

236:                                              ; preds = %206
  %237 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

238:                                              ; preds = %206
  %239 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

240:                                              ; preds = %206
  %241 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

242:                                              ; preds = %206
  %243 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

244:                                              ; preds = %206
  %245 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

246:                                              ; preds = %206
  %247 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

248:                                              ; preds = %206
  %249 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

250:                                              ; preds = %206
  %251 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

252:                                              ; preds = %206
  %253 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

254:                                              ; preds = %206
  %255 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

256:                                              ; preds = %206
  %257 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

258:                                              ; preds = %206
  %259 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

260:                                              ; preds = %206
  %261 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

262:                                              ; preds = %206
  %263 = load i8, ptr %207, align 1, !tbaa !54
  %264 = icmp eq i8 %263, 61
  br i1 %264, label %265, label %268

265:                                              ; preds = %262
  %266 = getelementptr inbounds i8, ptr %8, i64 2
  store ptr %266, ptr %0, align 8, !tbaa !27, !noalias !140
  %267 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

268:                                              ; preds = %262
  %269 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

270:                                              ; preds = %206
  %271 = load i8, ptr %207, align 1, !tbaa !54
  %272 = icmp eq i8 %271, 61
  br i1 %272, label %273, label %298

273:                                              ; preds = %270
  %274 = getelementptr inbounds i8, ptr %8, i64 2
  store ptr %274, ptr %0, align 8, !tbaa !27, !noalias !140
  %275 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

276:                                              ; preds = %206
  %277 = load i8, ptr %207, align 1, !tbaa !54
  %278 = icmp eq i8 %277, 61
  br i1 %278, label %279, label %282

279:                                              ; preds = %276
  %280 = getelementptr inbounds i8, ptr %8, i64 2
  store ptr %280, ptr %0, align 8, !tbaa !27, !noalias !140
  %281 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

282:                                              ; preds = %276
  %283 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

284:                                              ; preds = %206
  %285 = load i8, ptr %207, align 1, !tbaa !54
  %286 = icmp eq i8 %285, 61
  br i1 %286, label %287, label %290

287:                                              ; preds = %284
  %288 = getelementptr inbounds i8, ptr %8, i64 2
  store ptr %288, ptr %0, align 8, !tbaa !27, !noalias !140
  %289 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

290:                                              ; preds = %284
  %291 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

292:                                              ; preds = %206
  %293 = load i8, ptr %207, align 1, !tbaa !54
  %294 = icmp eq i8 %293, 46
  br i1 %294, label %295, label %298

295:                                              ; preds = %292
  %296 = getelementptr inbounds i8, ptr %8, i64 2
  store ptr %296, ptr %0, align 8, !tbaa !27, !noalias !140
  %297 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  br label %300

298:                                              ; preds = %292, %270, %206
  %299 = load i32, ptr %6, align 8, !tbaa !29, !noalias !140
  tail call void (i32, ptr, ...) @fail(i32 noundef %299, ptr noundef nonnull @.str.120, i32 noundef %24) #29
  unreachable

300:                                              ; preds = %26, %119, %154, %204, %229, %236, %238, %240, %242, %244, %246, %248, %250, %252, %254, %256, %258, %260, %265, %268, %273, %279, %282, %287, %290, %295
  %301 = phi double [ 0.000000e+00, %26 ], [ 0.000000e+00, %204 ], [ 0.000000e+00, %154 ], [ 0.000000e+00, %295 ], [ 0.000000e+00, %287 ], [ 0.000000e+00, %290 ], [ 0.000000e+00, %279 ], [ 0.000000e+00, %282 ], [ 0.000000e+00, %273 ], [ 0.000000e+00, %265 ], [ 0.000000e+00, %268 ], [ 0.000000e+00, %260 ], [ 0.000000e+00, %258 ], [ 0.000000e+00, %256 ], [ 0.000000e+00, %254 ], [ 0.000000e+00, %252 ], [ 0.000000e+00, %250 ], [ 0.000000e+00, %248 ], [ 0.000000e+00, %246 ], [ 0.000000e+00, %244 ], [ 0.000000e+00, %242 ], [ 0.000000e+00, %240 ], [ 0.000000e+00, %238 ], [ 0.000000e+00, %236 ], [ 0.000000e+00, %229 ], [ %120, %119 ]
  %302 = phi i32 [ %27, %26 ], [ %205, %204 ], [ %158, %154 ], [ %297, %295 ], [ %289, %287 ], [ %291, %290 ], [ %281, %279 ], [ %283, %282 ], [ %275, %273 ], [ %267, %265 ], [ %269, %268 ], [ %261, %260 ], [ %259, %258 ], [ %257, %256 ], [ %255, %254 ], [ %253, %252 ], [ %251, %250 ], [ %249, %248 ], [ %247, %246 ], [ %245, %244 ], [ %243, %242 ], [ %241, %240 ], [ %239, %238 ], [ %237, %236 ], [ %231, %229 ], [ %107, %119 ]
  %303 = phi i32 [ 0, %26 ], [ %148, %204 ], [ %148, %154 ], [ 2, %295 ], [ 2, %287 ], [ 1, %290 ], [ 2, %279 ], [ 1, %282 ], [ 2, %273 ], [ 2, %265 ], [ 1, %268 ], [ 1, %260 ], [ 1, %258 ], [ 1, %256 ], [ 1, %254 ], [ 1, %252 ], [ 1, %250 ], [ 1, %248 ], [ 1, %246 ], [ 1, %244 ], [ 1, %242 ], [ 1, %240 ], [ 1, %238 ], [ 1, %236 ], [ %235, %229 ], [ %111, %119 ]
  %304 = phi i64 [ 0, %26 ], [ 0, %204 ], [ 0, %154 ], [ 0, %295 ], [ 0, %287 ], [ 0, %290 ], [ 0, %279 ], [ 0, %282 ], [ 0, %273 ], [ 0, %265 ], [ 0, %268 ], [ 0, %260 ], [ 0, %258 ], [ 0, %256 ], [ 0, %254 ], [ 0, %252 ], [ 0, %250 ], [ 0, %248 ], [ 0, %246 ], [ 0, %244 ], [ 0, %242 ], [ 0, %240 ], [ 0, %238 ], [ 0, %236 ], [ 0, %229 ], [ %121, %119 ]
  %305 = phi i32 [ 0, %26 ], [ 4, %204 ], [ %157, %154 ], [ 41, %295 ], [ 31, %287 ], [ 30, %290 ], [ 29, %279 ], [ 28, %282 ], [ 27, %273 ], [ 26, %265 ], [ 32, %268 ], [ 40, %260 ], [ 39, %258 ], [ 38, %256 ], [ 37, %254 ], [ 36, %252 ], [ 35, %250 ], [ 34, %248 ], [ 33, %246 ], [ 25, %244 ], [ 24, %242 ], [ 23, %240 ], [ 22, %238 ], [ 21, %236 ], [ 3, %229 ], [ %106, %119 ]
  store i32 %305, ptr %4, align 8, !tbaa.struct !139
  %306 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 1
  store ptr %8, ptr %306, align 8, !tbaa.struct !157
  %307 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 2
  store i32 %303, ptr %307, align 8, !tbaa.struct !158
  %308 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  store i32 %302, ptr %308, align 4, !tbaa.struct !159
  %309 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 4
  store i64 %304, ptr %309, align 8, !tbaa.struct !160
  %310 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 5
  store double %301, ptr %310, align 8, !tbaa.struct !161
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
  %3 = load i32, ptr %2, align 4, !tbaa !162
  %4 = getelementptr i8, ptr %0, i64 16
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
  %39 = load i32, ptr %2, align 4, !tbaa !162
  %40 = zext i32 %36 to i64
  %41 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %40
  %42 = load ptr, ptr %41, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %39, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.71, ptr noundef nonnull @.str.132, ptr noundef %42) #29
  unreachable

43:                                               ; preds = %25
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %44 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 1
  %45 = load ptr, ptr %44, align 8, !tbaa !163
  %46 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 2
  %47 = load i32, ptr %46, align 8, !tbaa !164
  %48 = tail call fastcc ptr @intern(ptr noundef %45, i32 noundef %47)
  %49 = getelementptr inbounds %struct.node, ptr %30, i64 0, i32 5
  store ptr %48, ptr %49, align 8, !tbaa !114
  %50 = load i32, ptr %4, align 8, !tbaa !35
  %51 = icmp eq i32 %50, 32
  br i1 %51, label %57, label %52

52:                                               ; preds = %43
  %53 = load i32, ptr %2, align 4, !tbaa !162
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
  %63 = load i32, ptr %2, align 4, !tbaa !162
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
  %101 = load i32, ptr %2, align 4, !tbaa !162
  %102 = zext i32 %98 to i64
  %103 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %102
  %104 = load ptr, ptr %103, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %101, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.71, ptr noundef nonnull @.str.134, ptr noundef %104) #29
  unreachable

105:                                              ; preds = %87
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %106 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 1
  %107 = load ptr, ptr %106, align 8, !tbaa !163
  %108 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 2
  %109 = load i32, ptr %108, align 8, !tbaa !164
  %110 = tail call fastcc ptr @intern(ptr noundef %107, i32 noundef %109)
  %111 = getelementptr inbounds %struct.node, ptr %92, i64 0, i32 5
  store ptr %110, ptr %111, align 8, !tbaa !114
  %112 = load i32, ptr %4, align 8, !tbaa !35
  %113 = icmp eq i32 %112, 33
  br i1 %113, label %119, label %114

114:                                              ; preds = %105
  %115 = load i32, ptr %2, align 4, !tbaa !162
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
  %131 = load i32, ptr %2, align 4, !tbaa !162
  %132 = zext i32 %130 to i64
  %133 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %132
  %134 = load ptr, ptr %133, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %131, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.71, ptr noundef nonnull @.str.136, ptr noundef %134) #29
  unreachable

135:                                              ; preds = %121, %126
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %136 = load i32, ptr %122, align 4, !tbaa !165
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
  %166 = load ptr, ptr %106, align 8, !tbaa !163
  %167 = load i32, ptr %108, align 8, !tbaa !164
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
  %180 = load i32, ptr %2, align 4, !tbaa !162
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
  %270 = load ptr, ptr %269, align 8, !tbaa !163
  %271 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 2, i32 2
  %272 = load i32, ptr %271, align 8, !tbaa !164
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
  %291 = load i32, ptr %290, align 8, !tbaa !166
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
  %4 = getelementptr i8, ptr %0, i64 16
  %5 = load i32, ptr %4, align 8, !tbaa !35
  %6 = icmp eq i32 %5, %1
  br i1 %6, label %16, label %7

7:                                                ; preds = %3
  %8 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  %9 = load i32, ptr %8, align 4, !tbaa !162
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
  %28 = load i32, ptr %5, align 4, !tbaa !165
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
  %3 = load i32, ptr %2, align 4, !tbaa !162
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
  %33 = getelementptr i8, ptr %0, i64 16
  %34 = load i32, ptr %33, align 8, !tbaa !35
  %35 = icmp eq i32 %34, 35
  br i1 %35, label %41, label %36

36:                                               ; preds = %22
  %37 = load i32, ptr %2, align 4, !tbaa !162
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
  br label %45, !llvm.loop !167

57:                                               ; preds = %45
  %58 = load i32, ptr %2, align 4, !tbaa !162
  tail call void (i32, ptr, ...) @fail(i32 noundef %58, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.103, ptr noundef nonnull @.str.154, ptr noundef nonnull @.str.68) #29
  unreachable

59:                                               ; preds = %45
  tail call fastcc void @advance(ptr noundef nonnull %0)
  ret ptr %27
}

; Function Attrs: nounwind uwtable
define internal fastcc nonnull ptr @parse_prefix(ptr nocapture noundef %0) unnamed_addr #0 {
  %2 = alloca [1024 x i8], align 16
  %3 = getelementptr %struct.parser, ptr %0, i64 0, i32 1
  %4 = load i32, ptr %3, align 8, !tbaa.struct !139
  %5 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 1
  %6 = load ptr, ptr %5, align 8, !tbaa.struct !157
  %7 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 2
  %8 = load i32, ptr %7, align 8, !tbaa.struct !158
  %9 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 3
  %10 = load i32, ptr %9, align 4, !tbaa.struct !159
  %11 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 4
  %12 = load i64, ptr %11, align 8, !tbaa.struct !160
  %13 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, i32 5
  %14 = load double, ptr %13, align 8, !tbaa.struct !161
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
  br i1 %136, label %111, label %109, !llvm.loop !168

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
  %268 = load i32, ptr %9, align 4, !tbaa !162
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
  br label %309, !llvm.loop !169

321:                                              ; preds = %309
  %322 = load i32, ptr %9, align 4, !tbaa !162
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

368:                                              ; preds = %516, %365
  %369 = phi ptr [ %366, %365 ], [ %517, %516 ]
  %370 = load i32, ptr %3, align 8, !tbaa !35
  switch i32 %370, label %346 [
    i32 33, label %371
    i32 37, label %475
  ]

371:                                              ; preds = %368
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %372 = load i32, ptr %367, align 4, !tbaa !165
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
  br i1 %404, label %516, label %405

405:                                              ; preds = %391
  %406 = getelementptr inbounds %struct.node, ptr %396, i64 0, i32 9
  %407 = getelementptr inbounds %struct.node, ptr %396, i64 0, i32 11
  %408 = getelementptr inbounds %struct.node, ptr %396, i64 0, i32 10
  br label %409

409:                                              ; preds = %405, %469
  %410 = tail call fastcc ptr @parse_expression(ptr noundef nonnull %0, i32 noundef 1)
  %411 = load ptr, ptr %406, align 8, !tbaa !38
  %412 = load i32, ptr %408, align 8, !tbaa !39
  %413 = load i32, ptr %407, align 4, !tbaa !22
  %414 = icmp sgt i32 %413, %412
  br i1 %414, label %462, label %415

415:                                              ; preds = %409
  %416 = tail call i32 @llvm.smax.i32(i32 %413, i32 8)
  br label %417

417:                                              ; preds = %417, %415
  %418 = phi i32 [ %416, %415 ], [ %420, %417 ]
  %419 = icmp sgt i32 %418, %412
  %420 = shl nsw i32 %418, 1
  br i1 %419, label %421, label %417, !llvm.loop !84

421:                                              ; preds = %417
  %422 = sext i32 %418 to i64
  %423 = shl nsw i64 %422, 3
  %424 = add nsw i64 %423, 15
  %425 = and i64 %424, -16
  %426 = load ptr, ptr @arena, align 8, !tbaa !4
  %427 = icmp eq ptr %426, null
  br i1 %427, label %435, label %428

428:                                              ; preds = %421
  %429 = getelementptr inbounds %struct.arena_block, ptr %426, i64 0, i32 1
  %430 = load i64, ptr %429, align 8, !tbaa !20
  %431 = add i64 %430, %425
  %432 = getelementptr inbounds %struct.arena_block, ptr %426, i64 0, i32 2
  %433 = load i64, ptr %432, align 16, !tbaa !20
  %434 = icmp ugt i64 %431, %433
  br i1 %434, label %435, label %446

435:                                              ; preds = %428, %421
  %436 = tail call i64 @llvm.umax.i64(i64 %425, i64 65536)
  %437 = add i64 %436, 32
  %438 = tail call noalias ptr @malloc(i64 noundef %437) #26
  %439 = icmp eq ptr %438, null
  br i1 %439, label %440, label %443

440:                                              ; preds = %435
  %441 = load ptr, ptr @stderr, align 8, !tbaa !4
  %442 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %441) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

443:                                              ; preds = %435
  store ptr %426, ptr %438, align 16, !tbaa !4
  %444 = getelementptr inbounds %struct.arena_block, ptr %438, i64 0, i32 1
  store i64 0, ptr %444, align 8, !tbaa !20
  %445 = getelementptr inbounds %struct.arena_block, ptr %438, i64 0, i32 2
  store i64 %436, ptr %445, align 16, !tbaa !20
  store ptr %438, ptr @arena, align 8, !tbaa !4
  br label %446

446:                                              ; preds = %443, %428
  %447 = phi i64 [ 0, %443 ], [ %430, %428 ]
  %448 = phi ptr [ %438, %443 ], [ %426, %428 ]
  %449 = getelementptr inbounds %struct.arena_block, ptr %448, i64 0, i32 4
  %450 = getelementptr inbounds %struct.arena_block, ptr %448, i64 0, i32 1
  %451 = getelementptr inbounds i8, ptr %449, i64 %447
  %452 = add i64 %447, %425
  store i64 %452, ptr %450, align 8, !tbaa !20
  %453 = load i64, ptr @arena_total, align 8, !tbaa !20
  %454 = add i64 %453, %425
  store i64 %454, ptr @arena_total, align 8, !tbaa !20
  %455 = icmp eq ptr %411, null
  br i1 %455, label %460, label %456

456:                                              ; preds = %446
  %457 = sext i32 %413 to i64
  %458 = shl nsw i64 %457, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 1 %451, ptr nonnull align 1 %411, i64 %458, i1 false)
  %459 = load i32, ptr %408, align 8, !tbaa !39
  br label %460

460:                                              ; preds = %456, %446
  %461 = phi i32 [ %459, %456 ], [ %412, %446 ]
  store i32 %418, ptr %407, align 4, !tbaa !22
  br label %462

462:                                              ; preds = %409, %460
  %463 = phi i32 [ %461, %460 ], [ %412, %409 ]
  %464 = phi ptr [ %451, %460 ], [ %411, %409 ]
  store ptr %464, ptr %406, align 8, !tbaa !38
  %465 = add nsw i32 %463, 1
  store i32 %465, ptr %408, align 8, !tbaa !39
  %466 = sext i32 %463 to i64
  %467 = getelementptr inbounds ptr, ptr %464, i64 %466
  store ptr %410, ptr %467, align 8, !tbaa !4
  %468 = load i32, ptr %3, align 8, !tbaa !35
  switch i32 %468, label %470 [
    i32 39, label %469
    i32 34, label %516
  ]

469:                                              ; preds = %462
  tail call fastcc void @advance(ptr noundef nonnull %0)
  br label %409, !llvm.loop !170

470:                                              ; preds = %462
  %471 = load i32, ptr %9, align 4, !tbaa !162
  %472 = zext i32 %468 to i64
  %473 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %472
  %474 = load ptr, ptr %473, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %471, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.101, ptr noundef nonnull @.str.151, ptr noundef %474) #29
  unreachable

475:                                              ; preds = %368
  tail call fastcc void @advance(ptr noundef nonnull %0)
  %476 = load i32, ptr %367, align 4, !tbaa !165
  %477 = load ptr, ptr @arena, align 8, !tbaa !4
  %478 = icmp eq ptr %477, null
  br i1 %478, label %486, label %479

479:                                              ; preds = %475
  %480 = getelementptr inbounds %struct.arena_block, ptr %477, i64 0, i32 1
  %481 = load i64, ptr %480, align 8, !tbaa !20
  %482 = add i64 %481, 80
  %483 = getelementptr inbounds %struct.arena_block, ptr %477, i64 0, i32 2
  %484 = load i64, ptr %483, align 16, !tbaa !20
  %485 = icmp ugt i64 %482, %484
  br i1 %485, label %486, label %495

486:                                              ; preds = %479, %475
  %487 = tail call noalias dereferenceable_or_null(65568) ptr @malloc(i64 noundef 65568) #26
  %488 = icmp eq ptr %487, null
  br i1 %488, label %489, label %492

489:                                              ; preds = %486
  %490 = load ptr, ptr @stderr, align 8, !tbaa !4
  %491 = tail call i64 @fwrite(ptr nonnull @.str.7, i64 24, i64 1, ptr %490) #27
  tail call void @exit(i32 noundef 3) #28
  unreachable

492:                                              ; preds = %486
  store ptr %477, ptr %487, align 16, !tbaa !4
  %493 = getelementptr inbounds %struct.arena_block, ptr %487, i64 0, i32 1
  store i64 0, ptr %493, align 8, !tbaa !20
  %494 = getelementptr inbounds %struct.arena_block, ptr %487, i64 0, i32 2
  store i64 65536, ptr %494, align 16, !tbaa !20
  store ptr %487, ptr @arena, align 8, !tbaa !4
  br label %495

495:                                              ; preds = %479, %492
  %496 = phi i64 [ 0, %492 ], [ %481, %479 ]
  %497 = phi ptr [ %487, %492 ], [ %477, %479 ]
  %498 = getelementptr inbounds %struct.arena_block, ptr %497, i64 0, i32 4
  %499 = getelementptr inbounds %struct.arena_block, ptr %497, i64 0, i32 1
  %500 = getelementptr inbounds i8, ptr %498, i64 %496
  %501 = add i64 %496, 80
  store i64 %501, ptr %499, align 8, !tbaa !20
  %502 = load i64, ptr @arena_total, align 8, !tbaa !20
  %503 = add i64 %502, 80
  store i64 %503, ptr @arena_total, align 8, !tbaa !20
  %504 = getelementptr inbounds i8, ptr %500, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %504, i8 0, i64 72, i1 false)
  store i32 12, ptr %500, align 8, !tbaa !30
  %505 = getelementptr inbounds %struct.node, ptr %500, i64 0, i32 1
  store i32 %476, ptr %505, align 4, !tbaa !34
  %506 = getelementptr inbounds %struct.node, ptr %500, i64 0, i32 6
  store ptr %369, ptr %506, align 8, !tbaa !116
  %507 = tail call fastcc ptr @parse_expression(ptr noundef nonnull %0, i32 noundef 1)
  %508 = getelementptr inbounds %struct.node, ptr %500, i64 0, i32 7
  store ptr %507, ptr %508, align 8, !tbaa !118
  %509 = load i32, ptr %3, align 8, !tbaa !35
  %510 = icmp eq i32 %509, 38
  br i1 %510, label %516, label %511

511:                                              ; preds = %495
  %512 = load i32, ptr %9, align 4, !tbaa !162
  %513 = zext i32 %509 to i64
  %514 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %513
  %515 = load ptr, ptr %514, align 8, !tbaa !4
  tail call void (i32, ptr, ...) @fail(i32 noundef %512, ptr noundef nonnull @.str.146, ptr noundef nonnull @.str.105, ptr noundef nonnull @.str.152, ptr noundef %515) #29
  unreachable

516:                                              ; preds = %462, %495, %391
  %517 = phi ptr [ %396, %391 ], [ %500, %495 ], [ %396, %462 ]
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
!87 = distinct !{!87, !19}
!88 = !{i64 0, i64 4, !22, i64 8, i64 8, !20, i64 16, i64 8, !4, i64 24, i64 4, !22, i64 28, i64 4, !22}
!89 = distinct !{!89, !19}
!90 = distinct !{!90, !19}
!91 = distinct !{!91, !19}
!92 = distinct !{!92, !93}
!93 = !{!"llvm.loop.unroll.disable"}
!94 = distinct !{!94, !19}
!95 = !{!42, !10, i64 8}
!96 = !{!42, !10, i64 32}
!97 = !{!42, !10, i64 56}
!98 = !{!43, !5, i64 32}
!99 = distinct !{!99, !19}
!100 = distinct !{!100, !19}
!101 = !{!56, !10, i64 8}
!102 = !{!56, !5, i64 16}
!103 = !{i64 0, i64 8, !4, i64 8, i64 4, !54, i64 16, i64 4, !22, i64 16, i64 8, !62, i64 16, i64 8, !63, i64 16, i64 8, !4, i64 16, i64 8, !4, i64 16, i64 8, !4, i64 16, i64 8, !4}
!104 = distinct !{!104, !19}
!105 = distinct !{!105, !19, !106}
!106 = !{!"llvm.loop.peeled.count", i32 1}
!107 = distinct !{!107, !19}
!108 = distinct !{!108, !19}
!109 = distinct !{!109, !19, !106}
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
!144 = !{!145, !145, i64 0}
!145 = !{!"short", !6, i64 0}
!146 = !{!147, !141}
!147 = distinct !{!147, !148, !"lex_number: argument 0"}
!148 = distinct !{!148, !"lex_number"}
!149 = !{!147}
!150 = distinct !{!150, !19}
!151 = distinct !{!151, !19}
!152 = distinct !{!152, !19}
!153 = distinct !{!153, !19}
!154 = !{!155, !6, i64 8}
!155 = !{!"", !5, i64 0, !6, i64 8}
!156 = distinct !{!156, !19}
!157 = !{i64 0, i64 8, !4, i64 8, i64 4, !22, i64 12, i64 4, !22, i64 16, i64 8, !62, i64 24, i64 8, !63}
!158 = !{i64 0, i64 4, !22, i64 4, i64 4, !22, i64 8, i64 8, !62, i64 16, i64 8, !63}
!159 = !{i64 0, i64 4, !22, i64 4, i64 8, !62, i64 12, i64 8, !63}
!160 = !{i64 0, i64 8, !62, i64 8, i64 8, !63}
!161 = !{i64 0, i64 8, !63}
!162 = !{!36, !10, i64 36}
!163 = !{!36, !5, i64 64}
!164 = !{!36, !10, i64 72}
!165 = !{!36, !10, i64 76}
!166 = !{!36, !6, i64 56}
!167 = distinct !{!167, !19}
!168 = distinct !{!168, !19}
!169 = distinct !{!169, !19}
!170 = distinct !{!170, !19}
