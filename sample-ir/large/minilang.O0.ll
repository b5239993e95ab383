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
%struct.arena_block = type { ptr, i64, i64, [8 x i8], [0 x i8] }
%struct.global = type { ptr, %struct.value }
%struct.string = type { i32, i32, [0 x i8] }
%struct.function = type { ptr, i32, %struct.chunk }
%struct.chunk = type { ptr, ptr, i32, i32, i32, ptr, i32, i32 }
%struct.compiler = type { ptr, [256 x %struct.anon], i32, i32, i32, ptr }
%struct.anon = type { ptr, i32 }
%struct.node = type { i32, i32, i32, i64, double, ptr, ptr, ptr, ptr, ptr, i32, i32 }
%struct.parser = type { %struct.lexer, %struct.token, %struct.token }
%struct.lexer = type { ptr, i32 }
%struct.token = type { i32, ptr, i32, i32, i64, double }
%struct.list = type { i32, i32, ptr }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }
%struct.loop = type { ptr, i32, [64 x i32], i32, [64 x i32], i32, i32 }

@.str = private unnamed_addr constant [3 x i8] c"-v\00", align 1
@tests = internal constant [16 x %struct.test_script] [%struct.test_script { ptr @.str.207, ptr @.str.208, ptr @.str.209, i32 0 }, %struct.test_script { ptr @.str.210, ptr @.str.211, ptr @.str.212, i32 0 }, %struct.test_script { ptr @.str.213, ptr @.str.214, ptr @.str.215, i32 0 }, %struct.test_script { ptr @.str.216, ptr @.str.217, ptr @.str.218, i32 0 }, %struct.test_script { ptr @.str.219, ptr @.str.220, ptr @.str.221, i32 0 }, %struct.test_script { ptr @.str.222, ptr @.str.223, ptr @.str.224, i32 0 }, %struct.test_script { ptr @.str.225, ptr @.str.226, ptr @.str.227, i32 0 }, %struct.test_script { ptr @.str.228, ptr @.str.229, ptr @.str.230, i32 1 }, %struct.test_script { ptr @.str.231, ptr @.str.232, ptr @.str.233, i32 1 }, %struct.test_script { ptr @.str.234, ptr @.str.235, ptr @.str.236, i32 1 }, %struct.test_script { ptr @.str.237, ptr @.str.238, ptr @.str.239, i32 1 }, %struct.test_script { ptr @.str.240, ptr @.str.241, ptr @.str.242, i32 1 }, %struct.test_script { ptr @.str.243, ptr @.str.244, ptr @.str.245, i32 1 }, %struct.test_script { ptr @.str.246, ptr @.str.247, ptr @.str.248, i32 1 }, %struct.test_script { ptr @.str.249, ptr @.str.250, ptr @.str.251, i32 1 }, %struct.test_script { ptr @.str.252, ptr @.str.253, ptr @.str.254, i32 1 }], align 16
@.str.1 = private unnamed_addr constant [31 x i8] c"minilang %-30s %s (%ld steps)\0A\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"ok\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"FAILED\00", align 1
@.str.4 = private unnamed_addr constant [31 x i8] c"  expected: %s\0A  got:      %s\0A\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"(nothing)\00", align 1
@stdout = external global ptr, align 8
@.str.6 = private unnamed_addr constant [47 x i8] c"minilang %zu scripts, %d failed, %ld VM steps\0A\00", align 1
@run_script.vm = internal global %struct.vm zeroinitializer, align 8
@run_script.result = internal global %struct.outcome zeroinitializer, align 8
@intern_slots = internal global ptr null, align 8
@intern_capacity = internal global i32 0, align 4
@intern_count = internal global i32 0, align 4
@error_jump = internal global [1 x %struct.__jmp_buf_tag] zeroinitializer, align 16
@natives = internal constant [16 x %struct.native] [%struct.native { ptr @.str.8, i32 -1, ptr @native_print }, %struct.native { ptr @.str.9, i32 1, ptr @native_len }, %struct.native { ptr @.str.10, i32 2, ptr @native_push }, %struct.native { ptr @.str.11, i32 1, ptr @native_pop }, %struct.native { ptr @.str.12, i32 1, ptr @native_str }, %struct.native { ptr @.str.13, i32 1, ptr @native_int }, %struct.native { ptr @.str.14, i32 1, ptr @native_float }, %struct.native { ptr @.str.15, i32 1, ptr @native_sqrt }, %struct.native { ptr @.str.16, i32 1, ptr @native_abs }, %struct.native { ptr @.str.17, i32 -1, ptr @native_min }, %struct.native { ptr @.str.18, i32 -1, ptr @native_max }, %struct.native { ptr @.str.19, i32 1, ptr @native_chr }, %struct.native { ptr @.str.20, i32 1, ptr @native_ord }, %struct.native { ptr @.str.21, i32 3, ptr @native_substr }, %struct.native { ptr @.str.22, i32 1, ptr @native_type }, %struct.native { ptr @.str.23, i32 2, ptr @native_list }], align 16
@error_message = internal global [256 x i8] zeroinitializer, align 16
@arena = internal global ptr null, align 8
@.str.7 = private unnamed_addr constant [25 x i8] c"minilang: out of memory\0A\00", align 1
@stderr = external global ptr, align 8
@arena_total = internal global i64 0, align 8
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
@.str.24 = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.25 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.26 = private unnamed_addr constant [4 x i8] c"nil\00", align 1
@.str.27 = private unnamed_addr constant [5 x i8] c"true\00", align 1
@.str.28 = private unnamed_addr constant [6 x i8] c"false\00", align 1
@.str.29 = private unnamed_addr constant [5 x i8] c"%lld\00", align 1
@.str.30 = private unnamed_addr constant [6 x i8] c"%.10g\00", align 1
@.str.31 = private unnamed_addr constant [7 x i8] c".eninf\00", align 1
@.str.32 = private unnamed_addr constant [3 x i8] c".0\00", align 1
@.str.33 = private unnamed_addr constant [2 x i8] c"\22\00", align 1
@.str.34 = private unnamed_addr constant [2 x i8] c"[\00", align 1
@.str.35 = private unnamed_addr constant [3 x i8] c", \00", align 1
@.str.36 = private unnamed_addr constant [2 x i8] c"]\00", align 1
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
@token_names = internal constant [42 x ptr] [ptr @.str.68, ptr @.str.69, ptr @.str.70, ptr @.str.42, ptr @.str.71, ptr @.str.72, ptr @.str.73, ptr @.str.74, ptr @.str.75, ptr @.str.76, ptr @.str.77, ptr @.str.78, ptr @.str.79, ptr @.str.80, ptr @.str.81, ptr @.str.82, ptr @.str.83, ptr @.str.84, ptr @.str.85, ptr @.str.86, ptr @.str.87, ptr @.str.88, ptr @.str.89, ptr @.str.90, ptr @.str.91, ptr @.str.92, ptr @.str.93, ptr @.str.94, ptr @.str.95, ptr @.str.96, ptr @.str.97, ptr @.str.98, ptr @.str.99, ptr @.str.100, ptr @.str.101, ptr @.str.102, ptr @.str.103, ptr @.str.104, ptr @.str.105, ptr @.str.106, ptr @.str.107, ptr @.str.108], align 16
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
@keywords = internal constant [16 x %struct.anon.0] [%struct.anon.0 { ptr @.str.121, i32 5 }, %struct.anon.0 { ptr @.str.122, i32 6 }, %struct.anon.0 { ptr @.str.123, i32 7 }, %struct.anon.0 { ptr @.str.124, i32 8 }, %struct.anon.0 { ptr @.str.125, i32 9 }, %struct.anon.0 { ptr @.str.126, i32 10 }, %struct.anon.0 { ptr @.str.127, i32 11 }, %struct.anon.0 { ptr @.str.128, i32 12 }, %struct.anon.0 { ptr @.str.27, i32 13 }, %struct.anon.0 { ptr @.str.28, i32 14 }, %struct.anon.0 { ptr @.str.26, i32 15 }, %struct.anon.0 { ptr @.str.129, i32 16 }, %struct.anon.0 { ptr @.str.130, i32 17 }, %struct.anon.0 { ptr @.str.131, i32 18 }, %struct.anon.0 { ptr @.str.115, i32 19 }, %struct.anon.0 { ptr @.str.116, i32 20 }], align 16
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
@opcode_names = internal constant [34 x ptr] [ptr @.str.160, ptr @.str.161, ptr @.str.162, ptr @.str.163, ptr @.str.164, ptr @.str.165, ptr @.str.166, ptr @.str.167, ptr @.str.168, ptr @.str.169, ptr @.str.170, ptr @.str.171, ptr @.str.172, ptr @.str.173, ptr @.str.174, ptr @.str.175, ptr @.str.176, ptr @.str.177, ptr @.str.178, ptr @.str.179, ptr @.str.180, ptr @.str.181, ptr @.str.182, ptr @.str.183, ptr @.str.184, ptr @.str.185, ptr @.str.186, ptr @.str.187, ptr @.str.188, ptr @.str.189, ptr @.str.190, ptr @.str.191, ptr @.str.192, ptr @.str.193], align 16
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

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca %struct.strbuf, align 8
  %11 = alloca %struct.outcome, align 8
  %12 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  %13 = load i32, ptr %4, align 4
  %14 = icmp sgt i32 %13, 1
  br i1 %14, label %15, label %21

15:                                               ; preds = %2
  %16 = load ptr, ptr %5, align 8
  %17 = getelementptr inbounds ptr, ptr %16, i64 1
  %18 = load ptr, ptr %17, align 8
  %19 = call i32 @strcmp(ptr noundef %18, ptr noundef @.str) #13
  %20 = icmp eq i32 %19, 0
  br label %21

21:                                               ; preds = %15, %2
  %22 = phi i1 [ false, %2 ], [ %20, %15 ]
  %23 = zext i1 %22 to i32
  store i32 %23, ptr %6, align 4
  store i32 0, ptr %7, align 4
  store i64 0, ptr %8, align 8
  store i64 0, ptr %9, align 8
  br label %24

24:                                               ; preds = %115, %21
  %25 = load i64, ptr %9, align 8
  %26 = icmp ult i64 %25, 16
  br i1 %26, label %27, label %118

27:                                               ; preds = %24
  call void @llvm.memset.p0.i64(ptr align 8 %10, i8 0, i64 16, i1 false)
  %28 = load i64, ptr %9, align 8
  %29 = getelementptr inbounds [16 x %struct.test_script], ptr @tests, i64 0, i64 %28
  %30 = getelementptr inbounds %struct.test_script, ptr %29, i32 0, i32 1
  %31 = load ptr, ptr %30, align 8
  %32 = load i32, ptr %6, align 4
  %33 = icmp ne i32 %32, 0
  br i1 %33, label %34, label %35

34:                                               ; preds = %27
  br label %36

35:                                               ; preds = %27
  br label %36

36:                                               ; preds = %35, %34
  %37 = phi ptr [ %10, %34 ], [ null, %35 ]
  call void @run_script(ptr sret(%struct.outcome) align 8 %11, ptr noundef %31, i64 noundef 1000000, ptr noundef %37)
  %38 = getelementptr inbounds %struct.outcome, ptr %11, i32 0, i32 0
  %39 = load i32, ptr %38, align 8
  %40 = load i64, ptr %9, align 8
  %41 = getelementptr inbounds [16 x %struct.test_script], ptr @tests, i64 0, i64 %40
  %42 = getelementptr inbounds %struct.test_script, ptr %41, i32 0, i32 3
  %43 = load i32, ptr %42, align 8
  %44 = icmp ne i32 %43, 0
  %45 = xor i1 %44, true
  %46 = zext i1 %45 to i32
  %47 = icmp eq i32 %39, %46
  br i1 %47, label %48, label %63

48:                                               ; preds = %36
  %49 = getelementptr inbounds %struct.outcome, ptr %11, i32 0, i32 2
  %50 = getelementptr inbounds %struct.strbuf, ptr %49, i32 0, i32 0
  %51 = load ptr, ptr %50, align 8
  %52 = icmp ne ptr %51, null
  br i1 %52, label %53, label %63

53:                                               ; preds = %48
  %54 = getelementptr inbounds %struct.outcome, ptr %11, i32 0, i32 2
  %55 = getelementptr inbounds %struct.strbuf, ptr %54, i32 0, i32 0
  %56 = load ptr, ptr %55, align 8
  %57 = load i64, ptr %9, align 8
  %58 = getelementptr inbounds [16 x %struct.test_script], ptr @tests, i64 0, i64 %57
  %59 = getelementptr inbounds %struct.test_script, ptr %58, i32 0, i32 2
  %60 = load ptr, ptr %59, align 16
  %61 = call i32 @strcmp(ptr noundef %56, ptr noundef %60) #13
  %62 = icmp eq i32 %61, 0
  br label %63

63:                                               ; preds = %53, %48, %36
  %64 = phi i1 [ false, %48 ], [ false, %36 ], [ %62, %53 ]
  %65 = zext i1 %64 to i32
  store i32 %65, ptr %12, align 4
  %66 = load i64, ptr %9, align 8
  %67 = getelementptr inbounds [16 x %struct.test_script], ptr @tests, i64 0, i64 %66
  %68 = getelementptr inbounds %struct.test_script, ptr %67, i32 0, i32 0
  %69 = load ptr, ptr %68, align 16
  %70 = load i32, ptr %12, align 4
  %71 = icmp ne i32 %70, 0
  %72 = zext i1 %71 to i64
  %73 = select i1 %71, ptr @.str.2, ptr @.str.3
  %74 = getelementptr inbounds %struct.outcome, ptr %11, i32 0, i32 1
  %75 = load i64, ptr %74, align 8
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %69, ptr noundef %73, i64 noundef %75)
  %77 = load i32, ptr %12, align 4
  %78 = icmp ne i32 %77, 0
  br i1 %78, label %98, label %79

79:                                               ; preds = %63
  %80 = load i32, ptr %7, align 4
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %7, align 4
  %82 = load i64, ptr %9, align 8
  %83 = getelementptr inbounds [16 x %struct.test_script], ptr @tests, i64 0, i64 %82
  %84 = getelementptr inbounds %struct.test_script, ptr %83, i32 0, i32 2
  %85 = load ptr, ptr %84, align 16
  %86 = getelementptr inbounds %struct.outcome, ptr %11, i32 0, i32 2
  %87 = getelementptr inbounds %struct.strbuf, ptr %86, i32 0, i32 0
  %88 = load ptr, ptr %87, align 8
  %89 = icmp ne ptr %88, null
  br i1 %89, label %90, label %94

90:                                               ; preds = %79
  %91 = getelementptr inbounds %struct.outcome, ptr %11, i32 0, i32 2
  %92 = getelementptr inbounds %struct.strbuf, ptr %91, i32 0, i32 0
  %93 = load ptr, ptr %92, align 8
  br label %95

94:                                               ; preds = %79
  br label %95

95:                                               ; preds = %94, %90
  %96 = phi ptr [ %93, %90 ], [ @.str.5, %94 ]
  %97 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, ptr noundef %85, ptr noundef %96)
  br label %98

98:                                               ; preds = %95, %63
  %99 = load i32, ptr %6, align 4
  %100 = icmp ne i32 %99, 0
  br i1 %100, label %101, label %110

101:                                              ; preds = %98
  %102 = getelementptr inbounds %struct.strbuf, ptr %10, i32 0, i32 0
  %103 = load ptr, ptr %102, align 8
  %104 = icmp ne ptr %103, null
  br i1 %104, label %105, label %110

105:                                              ; preds = %101
  %106 = getelementptr inbounds %struct.strbuf, ptr %10, i32 0, i32 0
  %107 = load ptr, ptr %106, align 8
  %108 = load ptr, ptr @stdout, align 8
  %109 = call i32 @fputs(ptr noundef %107, ptr noundef %108)
  br label %110

110:                                              ; preds = %105, %101, %98
  %111 = getelementptr inbounds %struct.outcome, ptr %11, i32 0, i32 1
  %112 = load i64, ptr %111, align 8
  %113 = load i64, ptr %8, align 8
  %114 = add nsw i64 %113, %112
  store i64 %114, ptr %8, align 8
  call void @arena_release()
  br label %115

115:                                              ; preds = %110
  %116 = load i64, ptr %9, align 8
  %117 = add i64 %116, 1
  store i64 %117, ptr %9, align 8
  br label %24, !llvm.loop !5

118:                                              ; preds = %24
  %119 = load i32, ptr %7, align 4
  %120 = load i64, ptr %8, align 8
  %121 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef 16, i32 noundef %119, i64 noundef %120)
  %122 = load i32, ptr %7, align 4
  %123 = icmp eq i32 %122, 0
  %124 = zext i1 %123 to i64
  %125 = select i1 %123, i32 0, i32 1
  ret i32 %125
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @run_script(ptr noalias sret(%struct.outcome) align 8 %0, ptr noundef %1, i64 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca %struct.value, align 8
  %10 = alloca ptr, align 8
  %11 = alloca %struct.value, align 8
  %12 = alloca %struct.value, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  store ptr %3, ptr %7, align 8
  call void @llvm.memset.p0.i64(ptr align 8 @run_script.vm, i8 0, i64 71736, i1 false)
  call void @llvm.memset.p0.i64(ptr align 8 @run_script.result, i8 0, i64 32, i1 false)
  store ptr null, ptr @intern_slots, align 8
  store i32 0, ptr @intern_capacity, align 4
  store i32 0, ptr @intern_count, align 4
  store ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i32 0, i32 2), ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i32 0, i32 7), align 8
  %13 = load i64, ptr %6, align 8
  store i64 %13, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i32 0, i32 9), align 8
  store ptr @run_script.vm, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i32 0, i32 1), align 8
  %14 = call i32 @_setjmp(ptr noundef @error_jump) #14
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %16, label %67

16:                                               ; preds = %4
  store i64 0, ptr %8, align 8
  br label %17

17:                                               ; preds = %40, %16
  %18 = load i64, ptr %8, align 8
  %19 = icmp ult i64 %18, 16
  br i1 %19, label %20, label %43

20:                                               ; preds = %17
  %21 = load i64, ptr %8, align 8
  %22 = getelementptr inbounds [16 x %struct.native], ptr @natives, i64 0, i64 %21
  %23 = getelementptr inbounds %struct.native, ptr %22, i32 0, i32 0
  %24 = load ptr, ptr %23, align 8
  %25 = load i64, ptr %8, align 8
  %26 = getelementptr inbounds [16 x %struct.native], ptr @natives, i64 0, i64 %25
  %27 = getelementptr inbounds %struct.native, ptr %26, i32 0, i32 0
  %28 = load ptr, ptr %27, align 8
  %29 = call i64 @strlen(ptr noundef %28) #13
  %30 = trunc i64 %29 to i32
  %31 = call ptr @intern(ptr noundef %24, i32 noundef %30)
  %32 = getelementptr inbounds %struct.value, ptr %9, i32 0, i32 0
  store i32 7, ptr %32, align 8
  %33 = getelementptr inbounds %struct.value, ptr %9, i32 0, i32 1
  %34 = load i64, ptr %8, align 8
  %35 = getelementptr inbounds [16 x %struct.native], ptr @natives, i64 0, i64 %34
  store ptr %35, ptr %33, align 8
  %36 = getelementptr inbounds { i32, i64 }, ptr %9, i32 0, i32 0
  %37 = load i32, ptr %36, align 8
  %38 = getelementptr inbounds { i32, i64 }, ptr %9, i32 0, i32 1
  %39 = load i64, ptr %38, align 8
  call void @define_global(ptr noundef @run_script.vm, ptr noundef %31, i32 %37, i64 %39)
  br label %40

40:                                               ; preds = %20
  %41 = load i64, ptr %8, align 8
  %42 = add i64 %41, 1
  store i64 %42, ptr %8, align 8
  br label %17, !llvm.loop !7

43:                                               ; preds = %17
  %44 = load ptr, ptr %5, align 8
  %45 = call ptr @parse_program(ptr noundef %44)
  %46 = call ptr @compile_script(ptr noundef %45)
  store ptr %46, ptr %10, align 8
  %47 = load ptr, ptr %7, align 8
  %48 = icmp ne ptr %47, null
  br i1 %48, label %49, label %52

49:                                               ; preds = %43
  %50 = load ptr, ptr %7, align 8
  %51 = load ptr, ptr %10, align 8
  call void @disassemble(ptr noundef %50, ptr noundef %51)
  br label %52

52:                                               ; preds = %49, %43
  %53 = getelementptr inbounds %struct.value, ptr %11, i32 0, i32 0
  store i32 6, ptr %53, align 8
  %54 = getelementptr inbounds %struct.value, ptr %11, i32 0, i32 1
  %55 = load ptr, ptr %10, align 8
  store ptr %55, ptr %54, align 8
  %56 = getelementptr inbounds { i32, i64 }, ptr %11, i32 0, i32 0
  %57 = load i32, ptr %56, align 8
  %58 = getelementptr inbounds { i32, i64 }, ptr %11, i32 0, i32 1
  %59 = load i64, ptr %58, align 8
  call void @push(ptr noundef @run_script.vm, i32 %57, i64 %59, i32 noundef 0)
  %60 = load i32, ptr @run_script.vm, align 8
  %61 = load i64, ptr getelementptr inbounds ({ i32, i64 }, ptr @run_script.vm, i32 0, i32 1), align 8
  call void @call_value(ptr noundef @run_script.vm, i32 %60, i64 %61, i32 noundef 0, i32 noundef 0)
  %62 = call { i32, i64 } @run(ptr noundef @run_script.vm)
  %63 = getelementptr inbounds { i32, i64 }, ptr %12, i32 0, i32 0
  %64 = extractvalue { i32, i64 } %62, 0
  store i32 %64, ptr %63, align 8
  %65 = getelementptr inbounds { i32, i64 }, ptr %12, i32 0, i32 1
  %66 = extractvalue { i32, i64 } %62, 1
  store i64 %66, ptr %65, align 8
  store i32 1, ptr @run_script.result, align 8
  br label %68

67:                                               ; preds = %4
  store ptr null, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i32 0, i32 2), align 8
  store i32 0, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i32 0, i32 2, i32 2), align 4
  store i32 0, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i32 0, i32 2, i32 1), align 8
  call void @sb_puts(ptr noundef getelementptr inbounds (%struct.outcome, ptr @run_script.result, i32 0, i32 2), ptr noundef @error_message)
  br label %68

68:                                               ; preds = %67, %52
  %69 = load i64, ptr getelementptr inbounds (%struct.vm, ptr @run_script.vm, i32 0, i32 8), align 8
  store i64 %69, ptr getelementptr inbounds (%struct.outcome, ptr @run_script.result, i32 0, i32 1), align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 @run_script.result, i64 32, i1 false)
  ret void
}

declare i32 @printf(ptr noundef, ...) #3

declare i32 @fputs(ptr noundef, ptr noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal void @arena_release() #0 {
  %1 = alloca ptr, align 8
  br label %2

2:                                                ; preds = %5, %0
  %3 = load ptr, ptr @arena, align 8
  %4 = icmp ne ptr %3, null
  br i1 %4, label %5, label %11

5:                                                ; preds = %2
  %6 = load ptr, ptr @arena, align 8
  %7 = getelementptr inbounds %struct.arena_block, ptr %6, i32 0, i32 0
  %8 = load ptr, ptr %7, align 16
  store ptr %8, ptr %1, align 8
  %9 = load ptr, ptr @arena, align 8
  call void @free(ptr noundef %9) #15
  %10 = load ptr, ptr %1, align 8
  store ptr %10, ptr @arena, align 8
  br label %2, !llvm.loop !8

11:                                               ; preds = %2
  store i64 0, ptr @arena_total, align 8
  ret void
}

; Function Attrs: nounwind returns_twice
declare i32 @_setjmp(ptr noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @define_global(ptr noundef %0, ptr noundef %1, i32 %2, i64 %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  store i32 %2, ptr %9, align 8
  %10 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  store i64 %3, ptr %10, align 8
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  %11 = load ptr, ptr %6, align 8
  %12 = load ptr, ptr %7, align 8
  %13 = call ptr @global_slot(ptr noundef %11, ptr noundef %12, i32 noundef 1)
  store ptr %13, ptr %8, align 8
  %14 = load ptr, ptr %8, align 8
  %15 = getelementptr inbounds %struct.global, ptr %14, i32 0, i32 0
  %16 = load ptr, ptr %15, align 8
  %17 = icmp ne ptr %16, null
  br i1 %17, label %26, label %18

18:                                               ; preds = %4
  %19 = load ptr, ptr %7, align 8
  %20 = load ptr, ptr %8, align 8
  %21 = getelementptr inbounds %struct.global, ptr %20, i32 0, i32 0
  store ptr %19, ptr %21, align 8
  %22 = load ptr, ptr %6, align 8
  %23 = getelementptr inbounds %struct.vm, ptr %22, i32 0, i32 5
  %24 = load i32, ptr %23, align 8
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %23, align 8
  br label %26

26:                                               ; preds = %18, %4
  %27 = load ptr, ptr %8, align 8
  %28 = getelementptr inbounds %struct.global, ptr %27, i32 0, i32 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %28, ptr align 8 %5, i64 16, i1 false)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @intern(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  %10 = load i32, ptr @intern_count, align 4
  %11 = mul nsw i32 %10, 4
  %12 = load i32, ptr @intern_capacity, align 4
  %13 = mul nsw i32 %12, 3
  %14 = icmp sge i32 %11, %13
  br i1 %14, label %15, label %24

15:                                               ; preds = %2
  %16 = load i32, ptr @intern_capacity, align 4
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %18, label %21

18:                                               ; preds = %15
  %19 = load i32, ptr @intern_capacity, align 4
  %20 = mul nsw i32 %19, 2
  br label %22

21:                                               ; preds = %15
  br label %22

22:                                               ; preds = %21, %18
  %23 = phi i32 [ %20, %18 ], [ 256, %21 ]
  call void @intern_resize(i32 noundef %23)
  br label %24

24:                                               ; preds = %22, %2
  %25 = load ptr, ptr %4, align 8
  %26 = load i32, ptr %5, align 4
  %27 = call i32 @hash_bytes(ptr noundef %25, i32 noundef %26)
  store i32 %27, ptr %6, align 4
  %28 = load i32, ptr %6, align 4
  %29 = load i32, ptr @intern_capacity, align 4
  %30 = sub nsw i32 %29, 1
  %31 = and i32 %28, %30
  store i32 %31, ptr %7, align 4
  br label %32

32:                                               ; preds = %67, %24
  %33 = load ptr, ptr @intern_slots, align 8
  %34 = load i32, ptr %7, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds ptr, ptr %33, i64 %35
  %37 = load ptr, ptr %36, align 8
  %38 = icmp ne ptr %37, null
  br i1 %38, label %39, label %73

39:                                               ; preds = %32
  %40 = load ptr, ptr @intern_slots, align 8
  %41 = load i32, ptr %7, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds ptr, ptr %40, i64 %42
  %44 = load ptr, ptr %43, align 8
  store ptr %44, ptr %8, align 8
  %45 = load ptr, ptr %8, align 8
  %46 = getelementptr inbounds %struct.string, ptr %45, i32 0, i32 1
  %47 = load i32, ptr %46, align 4
  %48 = load i32, ptr %6, align 4
  %49 = icmp eq i32 %47, %48
  br i1 %49, label %50, label %67

50:                                               ; preds = %39
  %51 = load ptr, ptr %8, align 8
  %52 = getelementptr inbounds %struct.string, ptr %51, i32 0, i32 0
  %53 = load i32, ptr %52, align 4
  %54 = load i32, ptr %5, align 4
  %55 = icmp eq i32 %53, %54
  br i1 %55, label %56, label %67

56:                                               ; preds = %50
  %57 = load ptr, ptr %8, align 8
  %58 = getelementptr inbounds %struct.string, ptr %57, i32 0, i32 2
  %59 = getelementptr inbounds [0 x i8], ptr %58, i64 0, i64 0
  %60 = load ptr, ptr %4, align 8
  %61 = load i32, ptr %5, align 4
  %62 = sext i32 %61 to i64
  %63 = call i32 @memcmp(ptr noundef %59, ptr noundef %60, i64 noundef %62) #13
  %64 = icmp eq i32 %63, 0
  br i1 %64, label %65, label %67

65:                                               ; preds = %56
  %66 = load ptr, ptr %8, align 8
  store ptr %66, ptr %3, align 8
  br label %104

67:                                               ; preds = %56, %50, %39
  %68 = load i32, ptr %7, align 4
  %69 = add nsw i32 %68, 1
  %70 = load i32, ptr @intern_capacity, align 4
  %71 = sub nsw i32 %70, 1
  %72 = and i32 %69, %71
  store i32 %72, ptr %7, align 4
  br label %32, !llvm.loop !9

73:                                               ; preds = %32
  %74 = load i32, ptr %5, align 4
  %75 = sext i32 %74 to i64
  %76 = add i64 8, %75
  %77 = add i64 %76, 1
  %78 = call ptr @arena_alloc(i64 noundef %77)
  store ptr %78, ptr %9, align 8
  %79 = load i32, ptr %5, align 4
  %80 = load ptr, ptr %9, align 8
  %81 = getelementptr inbounds %struct.string, ptr %80, i32 0, i32 0
  store i32 %79, ptr %81, align 4
  %82 = load i32, ptr %6, align 4
  %83 = load ptr, ptr %9, align 8
  %84 = getelementptr inbounds %struct.string, ptr %83, i32 0, i32 1
  store i32 %82, ptr %84, align 4
  %85 = load ptr, ptr %9, align 8
  %86 = getelementptr inbounds %struct.string, ptr %85, i32 0, i32 2
  %87 = getelementptr inbounds [0 x i8], ptr %86, i64 0, i64 0
  %88 = load ptr, ptr %4, align 8
  %89 = load i32, ptr %5, align 4
  %90 = sext i32 %89 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %87, ptr align 1 %88, i64 %90, i1 false)
  %91 = load ptr, ptr %9, align 8
  %92 = getelementptr inbounds %struct.string, ptr %91, i32 0, i32 2
  %93 = load i32, ptr %5, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [0 x i8], ptr %92, i64 0, i64 %94
  store i8 0, ptr %95, align 1
  %96 = load ptr, ptr %9, align 8
  %97 = load ptr, ptr @intern_slots, align 8
  %98 = load i32, ptr %7, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds ptr, ptr %97, i64 %99
  store ptr %96, ptr %100, align 8
  %101 = load i32, ptr @intern_count, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr @intern_count, align 4
  %103 = load ptr, ptr %9, align 8
  store ptr %103, ptr %3, align 8
  br label %104

104:                                              ; preds = %73, %65
  %105 = load ptr, ptr %3, align 8
  ret ptr %105
}

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @compile_script(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  %6 = call ptr @arena_alloc(i64 noundef 64)
  store ptr %6, ptr %3, align 8
  %7 = load ptr, ptr %3, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %7, i8 0, i64 64, i1 false)
  %8 = call ptr @intern(ptr noundef @.str.63, i32 noundef 8)
  %9 = load ptr, ptr %3, align 8
  %10 = getelementptr inbounds %struct.function, ptr %9, i32 0, i32 0
  store ptr %8, ptr %10, align 8
  %11 = call ptr @arena_alloc(i64 noundef 4128)
  store ptr %11, ptr %4, align 8
  %12 = load ptr, ptr %4, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %12, i8 0, i64 4128, i1 false)
  %13 = load ptr, ptr %3, align 8
  %14 = load ptr, ptr %4, align 8
  %15 = getelementptr inbounds %struct.compiler, ptr %14, i32 0, i32 0
  store ptr %13, ptr %15, align 8
  %16 = load ptr, ptr %4, align 8
  %17 = getelementptr inbounds %struct.compiler, ptr %16, i32 0, i32 4
  store i32 1, ptr %17, align 8
  %18 = load ptr, ptr %4, align 8
  %19 = getelementptr inbounds %struct.compiler, ptr %18, i32 0, i32 2
  store i32 1, ptr %19, align 8
  %20 = load ptr, ptr %3, align 8
  %21 = getelementptr inbounds %struct.function, ptr %20, i32 0, i32 0
  %22 = load ptr, ptr %21, align 8
  %23 = load ptr, ptr %4, align 8
  %24 = getelementptr inbounds %struct.compiler, ptr %23, i32 0, i32 1
  %25 = getelementptr inbounds [256 x %struct.anon], ptr %24, i64 0, i64 0
  %26 = getelementptr inbounds %struct.anon, ptr %25, i32 0, i32 0
  store ptr %22, ptr %26, align 8
  store i32 0, ptr %5, align 4
  br label %27

27:                                               ; preds = %42, %1
  %28 = load i32, ptr %5, align 4
  %29 = load ptr, ptr %2, align 8
  %30 = getelementptr inbounds %struct.node, ptr %29, i32 0, i32 10
  %31 = load i32, ptr %30, align 8
  %32 = icmp slt i32 %28, %31
  br i1 %32, label %33, label %45

33:                                               ; preds = %27
  %34 = load ptr, ptr %4, align 8
  %35 = load ptr, ptr %2, align 8
  %36 = getelementptr inbounds %struct.node, ptr %35, i32 0, i32 9
  %37 = load ptr, ptr %36, align 8
  %38 = load i32, ptr %5, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds ptr, ptr %37, i64 %39
  %41 = load ptr, ptr %40, align 8
  call void @compile_node(ptr noundef %34, ptr noundef %41)
  br label %42

42:                                               ; preds = %33
  %43 = load i32, ptr %5, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %5, align 4
  br label %27, !llvm.loop !10

45:                                               ; preds = %27
  %46 = load ptr, ptr %4, align 8
  call void @emit(ptr noundef %46, i32 noundef 1, i32 noundef 0)
  %47 = load ptr, ptr %4, align 8
  call void @emit(ptr noundef %47, i32 noundef 29, i32 noundef 0)
  %48 = load ptr, ptr %3, align 8
  ret ptr %48
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @parse_program(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.parser, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %3, i8 0, i64 96, i1 false)
  %5 = getelementptr inbounds %struct.parser, ptr %3, i32 0, i32 0
  %6 = getelementptr inbounds %struct.lexer, ptr %5, i32 0, i32 0
  %7 = load ptr, ptr %2, align 8
  store ptr %7, ptr %6, align 8
  %8 = getelementptr inbounds %struct.lexer, ptr %5, i32 0, i32 1
  store i32 1, ptr %8, align 8
  call void @advance(ptr noundef %3)
  %9 = call ptr @new_node(i32 noundef 17, i32 noundef 1)
  store ptr %9, ptr %4, align 8
  br label %10

10:                                               ; preds = %14, %1
  %11 = call i32 @check(ptr noundef %3, i32 noundef 0)
  %12 = icmp ne i32 %11, 0
  %13 = xor i1 %12, true
  br i1 %13, label %14, label %17

14:                                               ; preds = %10
  %15 = load ptr, ptr %4, align 8
  %16 = call ptr @parse_statement(ptr noundef %3)
  call void @add_item(ptr noundef %15, ptr noundef %16)
  br label %10, !llvm.loop !11

17:                                               ; preds = %10
  %18 = load ptr, ptr %4, align 8
  ret ptr %18
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @disassemble(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = load ptr, ptr %4, align 8
  %9 = getelementptr inbounds %struct.function, ptr %8, i32 0, i32 0
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds %struct.string, ptr %10, i32 0, i32 2
  %12 = getelementptr inbounds [0 x i8], ptr %11, i64 0, i64 0
  %13 = load ptr, ptr %4, align 8
  %14 = getelementptr inbounds %struct.function, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 8
  call void (ptr, ptr, ...) @sb_printf(ptr noundef %7, ptr noundef @.str.155, ptr noundef %12, i32 noundef %15)
  store i32 0, ptr %5, align 4
  br label %16

16:                                               ; preds = %23, %2
  %17 = load i32, ptr %5, align 4
  %18 = load ptr, ptr %4, align 8
  %19 = getelementptr inbounds %struct.function, ptr %18, i32 0, i32 2
  %20 = getelementptr inbounds %struct.chunk, ptr %19, i32 0, i32 2
  %21 = load i32, ptr %20, align 8
  %22 = icmp slt i32 %17, %21
  br i1 %22, label %23, label %29

23:                                               ; preds = %16
  %24 = load ptr, ptr %3, align 8
  %25 = load ptr, ptr %4, align 8
  %26 = getelementptr inbounds %struct.function, ptr %25, i32 0, i32 2
  %27 = load i32, ptr %5, align 4
  %28 = call i32 @disassemble_instruction(ptr noundef %24, ptr noundef %26, i32 noundef %27)
  store i32 %28, ptr %5, align 4
  br label %16, !llvm.loop !12

29:                                               ; preds = %16
  store i32 0, ptr %6, align 4
  br label %30

30:                                               ; preds = %60, %29
  %31 = load i32, ptr %6, align 4
  %32 = load ptr, ptr %4, align 8
  %33 = getelementptr inbounds %struct.function, ptr %32, i32 0, i32 2
  %34 = getelementptr inbounds %struct.chunk, ptr %33, i32 0, i32 6
  %35 = load i32, ptr %34, align 8
  %36 = icmp slt i32 %31, %35
  br i1 %36, label %37, label %63

37:                                               ; preds = %30
  %38 = load ptr, ptr %4, align 8
  %39 = getelementptr inbounds %struct.function, ptr %38, i32 0, i32 2
  %40 = getelementptr inbounds %struct.chunk, ptr %39, i32 0, i32 5
  %41 = load ptr, ptr %40, align 8
  %42 = load i32, ptr %6, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds %struct.value, ptr %41, i64 %43
  %45 = getelementptr inbounds %struct.value, ptr %44, i32 0, i32 0
  %46 = load i32, ptr %45, align 8
  %47 = icmp eq i32 %46, 6
  br i1 %47, label %48, label %59

48:                                               ; preds = %37
  %49 = load ptr, ptr %3, align 8
  %50 = load ptr, ptr %4, align 8
  %51 = getelementptr inbounds %struct.function, ptr %50, i32 0, i32 2
  %52 = getelementptr inbounds %struct.chunk, ptr %51, i32 0, i32 5
  %53 = load ptr, ptr %52, align 8
  %54 = load i32, ptr %6, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds %struct.value, ptr %53, i64 %55
  %57 = getelementptr inbounds %struct.value, ptr %56, i32 0, i32 1
  %58 = load ptr, ptr %57, align 8
  call void @disassemble(ptr noundef %49, ptr noundef %58)
  br label %59

59:                                               ; preds = %48, %37
  br label %60

60:                                               ; preds = %59
  %61 = load i32, ptr %6, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %6, align 4
  br label %30, !llvm.loop !13

63:                                               ; preds = %30
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @push(ptr noundef %0, i32 %1, i64 %2, i32 noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  store i32 %1, ptr %8, align 8
  %9 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  store i64 %2, ptr %9, align 8
  store ptr %0, ptr %6, align 8
  store i32 %3, ptr %7, align 4
  %10 = load ptr, ptr %6, align 8
  %11 = getelementptr inbounds %struct.vm, ptr %10, i32 0, i32 1
  %12 = load ptr, ptr %11, align 8
  %13 = load ptr, ptr %6, align 8
  %14 = getelementptr inbounds %struct.vm, ptr %13, i32 0, i32 0
  %15 = getelementptr inbounds [4096 x %struct.value], ptr %14, i64 0, i64 0
  %16 = getelementptr inbounds %struct.value, ptr %15, i64 4096
  %17 = icmp uge ptr %12, %16
  br i1 %17, label %18, label %20

18:                                               ; preds = %4
  %19 = load i32, ptr %7, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %19, ptr noundef @.str.194) #16
  unreachable

20:                                               ; preds = %4
  %21 = load ptr, ptr %6, align 8
  %22 = getelementptr inbounds %struct.vm, ptr %21, i32 0, i32 1
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr inbounds %struct.value, ptr %23, i32 1
  store ptr %24, ptr %22, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %23, ptr align 8 %5, i64 16, i1 false)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @call_value(ptr noundef %0, i32 %1, i64 %2, i32 noundef %3, i32 noundef %4) #0 {
  %6 = alloca %struct.value, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca %struct.value, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 0
  store i32 %1, ptr %14, align 8
  %15 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 1
  store i64 %2, ptr %15, align 8
  store ptr %0, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 %4, ptr %9, align 4
  %16 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 0
  %17 = load i32, ptr %16, align 8
  %18 = icmp eq i32 %17, 7
  br i1 %18, label %19, label %74

19:                                               ; preds = %5
  %20 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %21 = load ptr, ptr %20, align 8
  store ptr %21, ptr %10, align 8
  %22 = load ptr, ptr %10, align 8
  %23 = getelementptr inbounds %struct.native, ptr %22, i32 0, i32 1
  %24 = load i32, ptr %23, align 8
  %25 = icmp sge i32 %24, 0
  br i1 %25, label %26, label %41

26:                                               ; preds = %19
  %27 = load i32, ptr %8, align 4
  %28 = load ptr, ptr %10, align 8
  %29 = getelementptr inbounds %struct.native, ptr %28, i32 0, i32 1
  %30 = load i32, ptr %29, align 8
  %31 = icmp ne i32 %27, %30
  br i1 %31, label %32, label %41

32:                                               ; preds = %26
  %33 = load i32, ptr %9, align 4
  %34 = load ptr, ptr %10, align 8
  %35 = getelementptr inbounds %struct.native, ptr %34, i32 0, i32 0
  %36 = load ptr, ptr %35, align 8
  %37 = load ptr, ptr %10, align 8
  %38 = getelementptr inbounds %struct.native, ptr %37, i32 0, i32 1
  %39 = load i32, ptr %38, align 8
  %40 = load i32, ptr %8, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %33, ptr noundef @.str.195, ptr noundef %36, i32 noundef %39, i32 noundef %40) #16
  unreachable

41:                                               ; preds = %26, %19
  %42 = load ptr, ptr %10, align 8
  %43 = getelementptr inbounds %struct.native, ptr %42, i32 0, i32 2
  %44 = load ptr, ptr %43, align 8
  %45 = load ptr, ptr %7, align 8
  %46 = load i32, ptr %9, align 4
  %47 = load i32, ptr %8, align 4
  %48 = load ptr, ptr %7, align 8
  %49 = getelementptr inbounds %struct.vm, ptr %48, i32 0, i32 1
  %50 = load ptr, ptr %49, align 8
  %51 = load i32, ptr %8, align 4
  %52 = sext i32 %51 to i64
  %53 = sub i64 0, %52
  %54 = getelementptr inbounds %struct.value, ptr %50, i64 %53
  %55 = call { i32, i64 } %44(ptr noundef %45, i32 noundef %46, i32 noundef %47, ptr noundef %54)
  %56 = getelementptr inbounds { i32, i64 }, ptr %11, i32 0, i32 0
  %57 = extractvalue { i32, i64 } %55, 0
  store i32 %57, ptr %56, align 8
  %58 = getelementptr inbounds { i32, i64 }, ptr %11, i32 0, i32 1
  %59 = extractvalue { i32, i64 } %55, 1
  store i64 %59, ptr %58, align 8
  %60 = load i32, ptr %8, align 4
  %61 = add nsw i32 %60, 1
  %62 = load ptr, ptr %7, align 8
  %63 = getelementptr inbounds %struct.vm, ptr %62, i32 0, i32 1
  %64 = load ptr, ptr %63, align 8
  %65 = sext i32 %61 to i64
  %66 = sub i64 0, %65
  %67 = getelementptr inbounds %struct.value, ptr %64, i64 %66
  store ptr %67, ptr %63, align 8
  %68 = load ptr, ptr %7, align 8
  %69 = load i32, ptr %9, align 4
  %70 = getelementptr inbounds { i32, i64 }, ptr %11, i32 0, i32 0
  %71 = load i32, ptr %70, align 8
  %72 = getelementptr inbounds { i32, i64 }, ptr %11, i32 0, i32 1
  %73 = load i64, ptr %72, align 8
  call void @push(ptr noundef %68, i32 %71, i64 %73, i32 noundef %69)
  br label %137

74:                                               ; preds = %5
  %75 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 0
  %76 = load i32, ptr %75, align 8
  %77 = icmp ne i32 %76, 6
  br i1 %77, label %78, label %83

78:                                               ; preds = %74
  %79 = load i32, ptr %9, align 4
  %80 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 0
  %81 = load i32, ptr %80, align 8
  %82 = call ptr @type_name(i32 noundef %81)
  call void (i32, ptr, ...) @fail(i32 noundef %79, ptr noundef @.str.196, ptr noundef %82) #16
  unreachable

83:                                               ; preds = %74
  %84 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %85 = load ptr, ptr %84, align 8
  store ptr %85, ptr %12, align 8
  %86 = load i32, ptr %8, align 4
  %87 = load ptr, ptr %12, align 8
  %88 = getelementptr inbounds %struct.function, ptr %87, i32 0, i32 1
  %89 = load i32, ptr %88, align 8
  %90 = icmp ne i32 %86, %89
  br i1 %90, label %91, label %102

91:                                               ; preds = %83
  %92 = load i32, ptr %9, align 4
  %93 = load ptr, ptr %12, align 8
  %94 = getelementptr inbounds %struct.function, ptr %93, i32 0, i32 0
  %95 = load ptr, ptr %94, align 8
  %96 = getelementptr inbounds %struct.string, ptr %95, i32 0, i32 2
  %97 = getelementptr inbounds [0 x i8], ptr %96, i64 0, i64 0
  %98 = load ptr, ptr %12, align 8
  %99 = getelementptr inbounds %struct.function, ptr %98, i32 0, i32 1
  %100 = load i32, ptr %99, align 8
  %101 = load i32, ptr %8, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %92, ptr noundef @.str.195, ptr noundef %97, i32 noundef %100, i32 noundef %101) #16
  unreachable

102:                                              ; preds = %83
  %103 = load ptr, ptr %7, align 8
  %104 = getelementptr inbounds %struct.vm, ptr %103, i32 0, i32 3
  %105 = load i32, ptr %104, align 8
  %106 = icmp sge i32 %105, 256
  br i1 %106, label %107, label %109

107:                                              ; preds = %102
  %108 = load i32, ptr %9, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %108, ptr noundef @.str.197, i32 noundef 256) #16
  unreachable

109:                                              ; preds = %102
  %110 = load ptr, ptr %7, align 8
  %111 = getelementptr inbounds %struct.vm, ptr %110, i32 0, i32 2
  %112 = load ptr, ptr %7, align 8
  %113 = getelementptr inbounds %struct.vm, ptr %112, i32 0, i32 3
  %114 = load i32, ptr %113, align 8
  %115 = add nsw i32 %114, 1
  store i32 %115, ptr %113, align 8
  %116 = sext i32 %114 to i64
  %117 = getelementptr inbounds [256 x %struct.frame], ptr %111, i64 0, i64 %116
  store ptr %117, ptr %13, align 8
  %118 = load ptr, ptr %12, align 8
  %119 = load ptr, ptr %13, align 8
  %120 = getelementptr inbounds %struct.frame, ptr %119, i32 0, i32 0
  store ptr %118, ptr %120, align 8
  %121 = load ptr, ptr %12, align 8
  %122 = getelementptr inbounds %struct.function, ptr %121, i32 0, i32 2
  %123 = getelementptr inbounds %struct.chunk, ptr %122, i32 0, i32 0
  %124 = load ptr, ptr %123, align 8
  %125 = load ptr, ptr %13, align 8
  %126 = getelementptr inbounds %struct.frame, ptr %125, i32 0, i32 1
  store ptr %124, ptr %126, align 8
  %127 = load ptr, ptr %7, align 8
  %128 = getelementptr inbounds %struct.vm, ptr %127, i32 0, i32 1
  %129 = load ptr, ptr %128, align 8
  %130 = load i32, ptr %8, align 4
  %131 = sext i32 %130 to i64
  %132 = sub i64 0, %131
  %133 = getelementptr inbounds %struct.value, ptr %129, i64 %132
  %134 = getelementptr inbounds %struct.value, ptr %133, i64 -1
  %135 = load ptr, ptr %13, align 8
  %136 = getelementptr inbounds %struct.frame, ptr %135, i32 0, i32 2
  store ptr %134, ptr %136, align 8
  br label %137

137:                                              ; preds = %109, %41
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @run(ptr noundef %0) #0 {
  %2 = alloca %struct.value, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca %struct.value, align 8
  %8 = alloca %struct.value, align 8
  %9 = alloca %struct.value, align 8
  %10 = alloca %struct.value, align 8
  %11 = alloca ptr, align 8
  %12 = alloca %struct.value, align 8
  %13 = alloca ptr, align 8
  %14 = alloca %struct.value, align 8
  %15 = alloca ptr, align 8
  %16 = alloca %struct.value, align 8
  %17 = alloca %struct.value, align 8
  %18 = alloca %struct.value, align 8
  %19 = alloca %struct.value, align 8
  %20 = alloca %struct.value, align 8
  %21 = alloca %struct.value, align 8
  %22 = alloca %struct.value, align 8
  %23 = alloca %struct.value, align 8
  %24 = alloca %struct.value, align 8
  %25 = alloca %struct.value, align 8
  %26 = alloca %struct.value, align 8
  %27 = alloca i32, align 4
  %28 = alloca %struct.value, align 8
  %29 = alloca %struct.value, align 8
  %30 = alloca %struct.value, align 8
  %31 = alloca i32, align 4
  %32 = alloca i32, align 4
  %33 = alloca %struct.value, align 8
  %34 = alloca i32, align 4
  %35 = alloca %struct.value, align 8
  %36 = alloca i32, align 4
  %37 = alloca %struct.value, align 8
  %38 = alloca i32, align 4
  %39 = alloca %struct.value, align 8
  %40 = alloca i32, align 4
  %41 = alloca ptr, align 8
  %42 = alloca i32, align 4
  %43 = alloca %struct.value, align 8
  %44 = alloca %struct.value, align 8
  %45 = alloca %struct.value, align 8
  %46 = alloca %struct.value, align 8
  %47 = alloca %struct.value, align 8
  %48 = alloca %struct.value, align 8
  %49 = alloca %struct.value, align 8
  store ptr %0, ptr %3, align 8
  %50 = load ptr, ptr %3, align 8
  %51 = getelementptr inbounds %struct.vm, ptr %50, i32 0, i32 2
  %52 = load ptr, ptr %3, align 8
  %53 = getelementptr inbounds %struct.vm, ptr %52, i32 0, i32 3
  %54 = load i32, ptr %53, align 8
  %55 = sub nsw i32 %54, 1
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [256 x %struct.frame], ptr %51, i64 0, i64 %56
  store ptr %57, ptr %4, align 8
  br label %58

58:                                               ; preds = %855, %1
  %59 = load ptr, ptr %4, align 8
  %60 = getelementptr inbounds %struct.frame, ptr %59, i32 0, i32 0
  %61 = load ptr, ptr %60, align 8
  %62 = getelementptr inbounds %struct.function, ptr %61, i32 0, i32 2
  %63 = getelementptr inbounds %struct.chunk, ptr %62, i32 0, i32 1
  %64 = load ptr, ptr %63, align 8
  %65 = load ptr, ptr %4, align 8
  %66 = getelementptr inbounds %struct.frame, ptr %65, i32 0, i32 1
  %67 = load ptr, ptr %66, align 8
  %68 = load ptr, ptr %4, align 8
  %69 = getelementptr inbounds %struct.frame, ptr %68, i32 0, i32 0
  %70 = load ptr, ptr %69, align 8
  %71 = getelementptr inbounds %struct.function, ptr %70, i32 0, i32 2
  %72 = getelementptr inbounds %struct.chunk, ptr %71, i32 0, i32 0
  %73 = load ptr, ptr %72, align 8
  %74 = ptrtoint ptr %67 to i64
  %75 = ptrtoint ptr %73 to i64
  %76 = sub i64 %74, %75
  %77 = getelementptr inbounds i32, ptr %64, i64 %76
  %78 = load i32, ptr %77, align 4
  store i32 %78, ptr %5, align 4
  %79 = load ptr, ptr %3, align 8
  %80 = getelementptr inbounds %struct.vm, ptr %79, i32 0, i32 8
  %81 = load i64, ptr %80, align 8
  %82 = add nsw i64 %81, 1
  store i64 %82, ptr %80, align 8
  %83 = load ptr, ptr %3, align 8
  %84 = getelementptr inbounds %struct.vm, ptr %83, i32 0, i32 9
  %85 = load i64, ptr %84, align 8
  %86 = icmp sgt i64 %82, %85
  br i1 %86, label %87, label %92

87:                                               ; preds = %58
  %88 = load i32, ptr %5, align 4
  %89 = load ptr, ptr %3, align 8
  %90 = getelementptr inbounds %struct.vm, ptr %89, i32 0, i32 9
  %91 = load i64, ptr %90, align 8
  call void (i32, ptr, ...) @fail(i32 noundef %88, ptr noundef @.str.198, i64 noundef %91) #16
  unreachable

92:                                               ; preds = %58
  %93 = load ptr, ptr %4, align 8
  %94 = getelementptr inbounds %struct.frame, ptr %93, i32 0, i32 1
  %95 = load ptr, ptr %94, align 8
  %96 = getelementptr inbounds i8, ptr %95, i32 1
  store ptr %96, ptr %94, align 8
  %97 = load i8, ptr %95, align 1
  %98 = zext i8 %97 to i32
  store i32 %98, ptr %6, align 4
  %99 = load i32, ptr %6, align 4
  switch i32 %99, label %852 [
    i32 0, label %100
    i32 1, label %123
    i32 2, label %135
    i32 3, label %147
    i32 4, label %159
    i32 5, label %164
    i32 6, label %184
    i32 33, label %204
    i32 7, label %243
    i32 8, label %243
    i32 9, label %243
    i32 10, label %315
    i32 11, label %315
    i32 12, label %315
    i32 13, label %315
    i32 14, label %315
    i32 15, label %349
    i32 16, label %394
    i32 17, label %420
    i32 18, label %420
    i32 19, label %464
    i32 20, label %464
    i32 21, label %464
    i32 22, label %464
    i32 23, label %529
    i32 24, label %540
    i32 25, label %569
    i32 26, label %569
    i32 27, label %601
    i32 28, label %612
    i32 29, label %641
    i32 30, label %678
    i32 31, label %727
    i32 32, label %803
  ]

100:                                              ; preds = %92
  %101 = load ptr, ptr %3, align 8
  %102 = load ptr, ptr %4, align 8
  %103 = getelementptr inbounds %struct.frame, ptr %102, i32 0, i32 0
  %104 = load ptr, ptr %103, align 8
  %105 = getelementptr inbounds %struct.function, ptr %104, i32 0, i32 2
  %106 = getelementptr inbounds %struct.chunk, ptr %105, i32 0, i32 5
  %107 = load ptr, ptr %106, align 8
  %108 = load ptr, ptr %4, align 8
  %109 = getelementptr inbounds %struct.frame, ptr %108, i32 0, i32 1
  %110 = load ptr, ptr %109, align 8
  %111 = call i32 @read_u16(ptr noundef %110)
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds %struct.value, ptr %107, i64 %112
  %114 = load i32, ptr %5, align 4
  %115 = getelementptr inbounds { i32, i64 }, ptr %113, i32 0, i32 0
  %116 = load i32, ptr %115, align 8
  %117 = getelementptr inbounds { i32, i64 }, ptr %113, i32 0, i32 1
  %118 = load i64, ptr %117, align 8
  call void @push(ptr noundef %101, i32 %116, i64 %118, i32 noundef %114)
  %119 = load ptr, ptr %4, align 8
  %120 = getelementptr inbounds %struct.frame, ptr %119, i32 0, i32 1
  %121 = load ptr, ptr %120, align 8
  %122 = getelementptr inbounds i8, ptr %121, i64 2
  store ptr %122, ptr %120, align 8
  br label %855

123:                                              ; preds = %92
  %124 = load ptr, ptr %3, align 8
  %125 = call { i32, i64 } @nil_value()
  %126 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %127 = extractvalue { i32, i64 } %125, 0
  store i32 %127, ptr %126, align 8
  %128 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %129 = extractvalue { i32, i64 } %125, 1
  store i64 %129, ptr %128, align 8
  %130 = load i32, ptr %5, align 4
  %131 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %132 = load i32, ptr %131, align 8
  %133 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %134 = load i64, ptr %133, align 8
  call void @push(ptr noundef %124, i32 %132, i64 %134, i32 noundef %130)
  br label %855

135:                                              ; preds = %92
  %136 = load ptr, ptr %3, align 8
  %137 = call { i32, i64 } @bool_value(i32 noundef 1)
  %138 = getelementptr inbounds { i32, i64 }, ptr %8, i32 0, i32 0
  %139 = extractvalue { i32, i64 } %137, 0
  store i32 %139, ptr %138, align 8
  %140 = getelementptr inbounds { i32, i64 }, ptr %8, i32 0, i32 1
  %141 = extractvalue { i32, i64 } %137, 1
  store i64 %141, ptr %140, align 8
  %142 = load i32, ptr %5, align 4
  %143 = getelementptr inbounds { i32, i64 }, ptr %8, i32 0, i32 0
  %144 = load i32, ptr %143, align 8
  %145 = getelementptr inbounds { i32, i64 }, ptr %8, i32 0, i32 1
  %146 = load i64, ptr %145, align 8
  call void @push(ptr noundef %136, i32 %144, i64 %146, i32 noundef %142)
  br label %855

147:                                              ; preds = %92
  %148 = load ptr, ptr %3, align 8
  %149 = call { i32, i64 } @bool_value(i32 noundef 0)
  %150 = getelementptr inbounds { i32, i64 }, ptr %9, i32 0, i32 0
  %151 = extractvalue { i32, i64 } %149, 0
  store i32 %151, ptr %150, align 8
  %152 = getelementptr inbounds { i32, i64 }, ptr %9, i32 0, i32 1
  %153 = extractvalue { i32, i64 } %149, 1
  store i64 %153, ptr %152, align 8
  %154 = load i32, ptr %5, align 4
  %155 = getelementptr inbounds { i32, i64 }, ptr %9, i32 0, i32 0
  %156 = load i32, ptr %155, align 8
  %157 = getelementptr inbounds { i32, i64 }, ptr %9, i32 0, i32 1
  %158 = load i64, ptr %157, align 8
  call void @push(ptr noundef %148, i32 %156, i64 %158, i32 noundef %154)
  br label %855

159:                                              ; preds = %92
  %160 = load ptr, ptr %3, align 8
  %161 = getelementptr inbounds %struct.vm, ptr %160, i32 0, i32 1
  %162 = load ptr, ptr %161, align 8
  %163 = getelementptr inbounds %struct.value, ptr %162, i32 -1
  store ptr %163, ptr %161, align 8
  br label %855

164:                                              ; preds = %92
  %165 = load ptr, ptr %3, align 8
  %166 = load ptr, ptr %4, align 8
  %167 = getelementptr inbounds %struct.frame, ptr %166, i32 0, i32 2
  %168 = load ptr, ptr %167, align 8
  %169 = load ptr, ptr %4, align 8
  %170 = getelementptr inbounds %struct.frame, ptr %169, i32 0, i32 1
  %171 = load ptr, ptr %170, align 8
  %172 = call i32 @read_u16(ptr noundef %171)
  %173 = sext i32 %172 to i64
  %174 = getelementptr inbounds %struct.value, ptr %168, i64 %173
  %175 = load i32, ptr %5, align 4
  %176 = getelementptr inbounds { i32, i64 }, ptr %174, i32 0, i32 0
  %177 = load i32, ptr %176, align 8
  %178 = getelementptr inbounds { i32, i64 }, ptr %174, i32 0, i32 1
  %179 = load i64, ptr %178, align 8
  call void @push(ptr noundef %165, i32 %177, i64 %179, i32 noundef %175)
  %180 = load ptr, ptr %4, align 8
  %181 = getelementptr inbounds %struct.frame, ptr %180, i32 0, i32 1
  %182 = load ptr, ptr %181, align 8
  %183 = getelementptr inbounds i8, ptr %182, i64 2
  store ptr %183, ptr %181, align 8
  br label %855

184:                                              ; preds = %92
  %185 = load ptr, ptr %4, align 8
  %186 = getelementptr inbounds %struct.frame, ptr %185, i32 0, i32 2
  %187 = load ptr, ptr %186, align 8
  %188 = load ptr, ptr %4, align 8
  %189 = getelementptr inbounds %struct.frame, ptr %188, i32 0, i32 1
  %190 = load ptr, ptr %189, align 8
  %191 = call i32 @read_u16(ptr noundef %190)
  %192 = sext i32 %191 to i64
  %193 = getelementptr inbounds %struct.value, ptr %187, i64 %192
  %194 = load ptr, ptr %3, align 8
  %195 = call { i32, i64 } @peek(ptr noundef %194, i32 noundef 0)
  %196 = getelementptr inbounds { i32, i64 }, ptr %10, i32 0, i32 0
  %197 = extractvalue { i32, i64 } %195, 0
  store i32 %197, ptr %196, align 8
  %198 = getelementptr inbounds { i32, i64 }, ptr %10, i32 0, i32 1
  %199 = extractvalue { i32, i64 } %195, 1
  store i64 %199, ptr %198, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %193, ptr align 8 %10, i64 16, i1 false)
  %200 = load ptr, ptr %4, align 8
  %201 = getelementptr inbounds %struct.frame, ptr %200, i32 0, i32 1
  %202 = load ptr, ptr %201, align 8
  %203 = getelementptr inbounds i8, ptr %202, i64 2
  store ptr %203, ptr %201, align 8
  br label %855

204:                                              ; preds = %92
  %205 = load ptr, ptr %4, align 8
  %206 = getelementptr inbounds %struct.frame, ptr %205, i32 0, i32 2
  %207 = load ptr, ptr %206, align 8
  %208 = load ptr, ptr %4, align 8
  %209 = getelementptr inbounds %struct.frame, ptr %208, i32 0, i32 1
  %210 = load ptr, ptr %209, align 8
  %211 = call i32 @read_u16(ptr noundef %210)
  %212 = sext i32 %211 to i64
  %213 = getelementptr inbounds %struct.value, ptr %207, i64 %212
  store ptr %213, ptr %11, align 8
  %214 = load ptr, ptr %4, align 8
  %215 = getelementptr inbounds %struct.frame, ptr %214, i32 0, i32 1
  %216 = load ptr, ptr %215, align 8
  %217 = getelementptr inbounds i8, ptr %216, i64 2
  store ptr %217, ptr %215, align 8
  %218 = load ptr, ptr %11, align 8
  %219 = getelementptr inbounds %struct.value, ptr %218, i32 0, i32 0
  %220 = load i32, ptr %219, align 8
  %221 = icmp eq i32 %220, 2
  br i1 %221, label %222, label %227

222:                                              ; preds = %204
  %223 = load ptr, ptr %11, align 8
  %224 = getelementptr inbounds %struct.value, ptr %223, i32 0, i32 1
  %225 = load i64, ptr %224, align 8
  %226 = add nsw i64 %225, 1
  store i64 %226, ptr %224, align 8
  br label %242

227:                                              ; preds = %204
  %228 = load ptr, ptr %11, align 8
  %229 = load ptr, ptr %11, align 8
  %230 = load i32, ptr %5, align 4
  %231 = getelementptr inbounds { i32, i64 }, ptr %229, i32 0, i32 0
  %232 = load i32, ptr %231, align 8
  %233 = getelementptr inbounds { i32, i64 }, ptr %229, i32 0, i32 1
  %234 = load i64, ptr %233, align 8
  %235 = call double @as_number(i32 %232, i64 %234, i32 noundef %230, ptr noundef @.str.199)
  %236 = fadd double %235, 1.000000e+00
  %237 = call { i32, i64 } @float_value(double noundef %236)
  %238 = getelementptr inbounds { i32, i64 }, ptr %12, i32 0, i32 0
  %239 = extractvalue { i32, i64 } %237, 0
  store i32 %239, ptr %238, align 8
  %240 = getelementptr inbounds { i32, i64 }, ptr %12, i32 0, i32 1
  %241 = extractvalue { i32, i64 } %237, 1
  store i64 %241, ptr %240, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %228, ptr align 8 %12, i64 16, i1 false)
  br label %242

242:                                              ; preds = %227, %222
  br label %855

243:                                              ; preds = %92, %92, %92
  %244 = load ptr, ptr %4, align 8
  %245 = getelementptr inbounds %struct.frame, ptr %244, i32 0, i32 0
  %246 = load ptr, ptr %245, align 8
  %247 = getelementptr inbounds %struct.function, ptr %246, i32 0, i32 2
  %248 = getelementptr inbounds %struct.chunk, ptr %247, i32 0, i32 5
  %249 = load ptr, ptr %248, align 8
  %250 = load ptr, ptr %4, align 8
  %251 = getelementptr inbounds %struct.frame, ptr %250, i32 0, i32 1
  %252 = load ptr, ptr %251, align 8
  %253 = call i32 @read_u16(ptr noundef %252)
  %254 = sext i32 %253 to i64
  %255 = getelementptr inbounds %struct.value, ptr %249, i64 %254
  %256 = getelementptr inbounds %struct.value, ptr %255, i32 0, i32 1
  %257 = load ptr, ptr %256, align 8
  store ptr %257, ptr %13, align 8
  %258 = load ptr, ptr %4, align 8
  %259 = getelementptr inbounds %struct.frame, ptr %258, i32 0, i32 1
  %260 = load ptr, ptr %259, align 8
  %261 = getelementptr inbounds i8, ptr %260, i64 2
  store ptr %261, ptr %259, align 8
  %262 = load i32, ptr %6, align 4
  %263 = icmp eq i32 %262, 9
  br i1 %263, label %264, label %277

264:                                              ; preds = %243
  %265 = load ptr, ptr %3, align 8
  %266 = load ptr, ptr %13, align 8
  %267 = load ptr, ptr %3, align 8
  %268 = call { i32, i64 } @pop(ptr noundef %267)
  %269 = getelementptr inbounds { i32, i64 }, ptr %14, i32 0, i32 0
  %270 = extractvalue { i32, i64 } %268, 0
  store i32 %270, ptr %269, align 8
  %271 = getelementptr inbounds { i32, i64 }, ptr %14, i32 0, i32 1
  %272 = extractvalue { i32, i64 } %268, 1
  store i64 %272, ptr %271, align 8
  %273 = getelementptr inbounds { i32, i64 }, ptr %14, i32 0, i32 0
  %274 = load i32, ptr %273, align 8
  %275 = getelementptr inbounds { i32, i64 }, ptr %14, i32 0, i32 1
  %276 = load i64, ptr %275, align 8
  call void @define_global(ptr noundef %265, ptr noundef %266, i32 %274, i64 %276)
  br label %855

277:                                              ; preds = %243
  %278 = load ptr, ptr %3, align 8
  %279 = load ptr, ptr %13, align 8
  %280 = call ptr @global_slot(ptr noundef %278, ptr noundef %279, i32 noundef 0)
  store ptr %280, ptr %15, align 8
  %281 = load ptr, ptr %15, align 8
  %282 = icmp ne ptr %281, null
  br i1 %282, label %283, label %288

283:                                              ; preds = %277
  %284 = load ptr, ptr %15, align 8
  %285 = getelementptr inbounds %struct.global, ptr %284, i32 0, i32 0
  %286 = load ptr, ptr %285, align 8
  %287 = icmp ne ptr %286, null
  br i1 %287, label %293, label %288

288:                                              ; preds = %283, %277
  %289 = load i32, ptr %5, align 4
  %290 = load ptr, ptr %13, align 8
  %291 = getelementptr inbounds %struct.string, ptr %290, i32 0, i32 2
  %292 = getelementptr inbounds [0 x i8], ptr %291, i64 0, i64 0
  call void (i32, ptr, ...) @fail(i32 noundef %289, ptr noundef @.str.200, ptr noundef %292) #16
  unreachable

293:                                              ; preds = %283
  %294 = load i32, ptr %6, align 4
  %295 = icmp eq i32 %294, 7
  br i1 %295, label %296, label %305

296:                                              ; preds = %293
  %297 = load ptr, ptr %3, align 8
  %298 = load ptr, ptr %15, align 8
  %299 = getelementptr inbounds %struct.global, ptr %298, i32 0, i32 1
  %300 = load i32, ptr %5, align 4
  %301 = getelementptr inbounds { i32, i64 }, ptr %299, i32 0, i32 0
  %302 = load i32, ptr %301, align 8
  %303 = getelementptr inbounds { i32, i64 }, ptr %299, i32 0, i32 1
  %304 = load i64, ptr %303, align 8
  call void @push(ptr noundef %297, i32 %302, i64 %304, i32 noundef %300)
  br label %314

305:                                              ; preds = %293
  %306 = load ptr, ptr %15, align 8
  %307 = getelementptr inbounds %struct.global, ptr %306, i32 0, i32 1
  %308 = load ptr, ptr %3, align 8
  %309 = call { i32, i64 } @peek(ptr noundef %308, i32 noundef 0)
  %310 = getelementptr inbounds { i32, i64 }, ptr %16, i32 0, i32 0
  %311 = extractvalue { i32, i64 } %309, 0
  store i32 %311, ptr %310, align 8
  %312 = getelementptr inbounds { i32, i64 }, ptr %16, i32 0, i32 1
  %313 = extractvalue { i32, i64 } %309, 1
  store i64 %313, ptr %312, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %307, ptr align 8 %16, i64 16, i1 false)
  br label %314

314:                                              ; preds = %305, %296
  br label %855

315:                                              ; preds = %92, %92, %92, %92, %92
  %316 = load ptr, ptr %3, align 8
  %317 = call { i32, i64 } @pop(ptr noundef %316)
  %318 = getelementptr inbounds { i32, i64 }, ptr %17, i32 0, i32 0
  %319 = extractvalue { i32, i64 } %317, 0
  store i32 %319, ptr %318, align 8
  %320 = getelementptr inbounds { i32, i64 }, ptr %17, i32 0, i32 1
  %321 = extractvalue { i32, i64 } %317, 1
  store i64 %321, ptr %320, align 8
  %322 = load ptr, ptr %3, align 8
  %323 = call { i32, i64 } @pop(ptr noundef %322)
  %324 = getelementptr inbounds { i32, i64 }, ptr %18, i32 0, i32 0
  %325 = extractvalue { i32, i64 } %323, 0
  store i32 %325, ptr %324, align 8
  %326 = getelementptr inbounds { i32, i64 }, ptr %18, i32 0, i32 1
  %327 = extractvalue { i32, i64 } %323, 1
  store i64 %327, ptr %326, align 8
  %328 = load ptr, ptr %3, align 8
  %329 = load i32, ptr %6, align 4
  %330 = load i32, ptr %5, align 4
  %331 = getelementptr inbounds { i32, i64 }, ptr %18, i32 0, i32 0
  %332 = load i32, ptr %331, align 8
  %333 = getelementptr inbounds { i32, i64 }, ptr %18, i32 0, i32 1
  %334 = load i64, ptr %333, align 8
  %335 = getelementptr inbounds { i32, i64 }, ptr %17, i32 0, i32 0
  %336 = load i32, ptr %335, align 8
  %337 = getelementptr inbounds { i32, i64 }, ptr %17, i32 0, i32 1
  %338 = load i64, ptr %337, align 8
  %339 = call { i32, i64 } @arithmetic(i32 noundef %329, i32 %332, i64 %334, i32 %336, i64 %338, i32 noundef %330)
  %340 = getelementptr inbounds { i32, i64 }, ptr %19, i32 0, i32 0
  %341 = extractvalue { i32, i64 } %339, 0
  store i32 %341, ptr %340, align 8
  %342 = getelementptr inbounds { i32, i64 }, ptr %19, i32 0, i32 1
  %343 = extractvalue { i32, i64 } %339, 1
  store i64 %343, ptr %342, align 8
  %344 = load i32, ptr %5, align 4
  %345 = getelementptr inbounds { i32, i64 }, ptr %19, i32 0, i32 0
  %346 = load i32, ptr %345, align 8
  %347 = getelementptr inbounds { i32, i64 }, ptr %19, i32 0, i32 1
  %348 = load i64, ptr %347, align 8
  call void @push(ptr noundef %328, i32 %346, i64 %348, i32 noundef %344)
  br label %855

349:                                              ; preds = %92
  %350 = load ptr, ptr %3, align 8
  %351 = call { i32, i64 } @pop(ptr noundef %350)
  %352 = getelementptr inbounds { i32, i64 }, ptr %20, i32 0, i32 0
  %353 = extractvalue { i32, i64 } %351, 0
  store i32 %353, ptr %352, align 8
  %354 = getelementptr inbounds { i32, i64 }, ptr %20, i32 0, i32 1
  %355 = extractvalue { i32, i64 } %351, 1
  store i64 %355, ptr %354, align 8
  %356 = getelementptr inbounds %struct.value, ptr %20, i32 0, i32 0
  %357 = load i32, ptr %356, align 8
  %358 = icmp eq i32 %357, 2
  br i1 %358, label %359, label %374

359:                                              ; preds = %349
  %360 = load ptr, ptr %3, align 8
  %361 = getelementptr inbounds %struct.value, ptr %20, i32 0, i32 1
  %362 = load i64, ptr %361, align 8
  %363 = sub nsw i64 0, %362
  %364 = call { i32, i64 } @int_value(i64 noundef %363)
  %365 = getelementptr inbounds { i32, i64 }, ptr %21, i32 0, i32 0
  %366 = extractvalue { i32, i64 } %364, 0
  store i32 %366, ptr %365, align 8
  %367 = getelementptr inbounds { i32, i64 }, ptr %21, i32 0, i32 1
  %368 = extractvalue { i32, i64 } %364, 1
  store i64 %368, ptr %367, align 8
  %369 = load i32, ptr %5, align 4
  %370 = getelementptr inbounds { i32, i64 }, ptr %21, i32 0, i32 0
  %371 = load i32, ptr %370, align 8
  %372 = getelementptr inbounds { i32, i64 }, ptr %21, i32 0, i32 1
  %373 = load i64, ptr %372, align 8
  call void @push(ptr noundef %360, i32 %371, i64 %373, i32 noundef %369)
  br label %393

374:                                              ; preds = %349
  %375 = load ptr, ptr %3, align 8
  %376 = load i32, ptr %5, align 4
  %377 = getelementptr inbounds { i32, i64 }, ptr %20, i32 0, i32 0
  %378 = load i32, ptr %377, align 8
  %379 = getelementptr inbounds { i32, i64 }, ptr %20, i32 0, i32 1
  %380 = load i64, ptr %379, align 8
  %381 = call double @as_number(i32 %378, i64 %380, i32 noundef %376, ptr noundef @.str.89)
  %382 = fneg double %381
  %383 = call { i32, i64 } @float_value(double noundef %382)
  %384 = getelementptr inbounds { i32, i64 }, ptr %22, i32 0, i32 0
  %385 = extractvalue { i32, i64 } %383, 0
  store i32 %385, ptr %384, align 8
  %386 = getelementptr inbounds { i32, i64 }, ptr %22, i32 0, i32 1
  %387 = extractvalue { i32, i64 } %383, 1
  store i64 %387, ptr %386, align 8
  %388 = load i32, ptr %5, align 4
  %389 = getelementptr inbounds { i32, i64 }, ptr %22, i32 0, i32 0
  %390 = load i32, ptr %389, align 8
  %391 = getelementptr inbounds { i32, i64 }, ptr %22, i32 0, i32 1
  %392 = load i64, ptr %391, align 8
  call void @push(ptr noundef %375, i32 %390, i64 %392, i32 noundef %388)
  br label %393

393:                                              ; preds = %374, %359
  br label %855

394:                                              ; preds = %92
  %395 = load ptr, ptr %3, align 8
  %396 = load ptr, ptr %3, align 8
  %397 = call { i32, i64 } @pop(ptr noundef %396)
  %398 = getelementptr inbounds { i32, i64 }, ptr %24, i32 0, i32 0
  %399 = extractvalue { i32, i64 } %397, 0
  store i32 %399, ptr %398, align 8
  %400 = getelementptr inbounds { i32, i64 }, ptr %24, i32 0, i32 1
  %401 = extractvalue { i32, i64 } %397, 1
  store i64 %401, ptr %400, align 8
  %402 = getelementptr inbounds { i32, i64 }, ptr %24, i32 0, i32 0
  %403 = load i32, ptr %402, align 8
  %404 = getelementptr inbounds { i32, i64 }, ptr %24, i32 0, i32 1
  %405 = load i64, ptr %404, align 8
  %406 = call i32 @truthy(i32 %403, i64 %405)
  %407 = icmp ne i32 %406, 0
  %408 = xor i1 %407, true
  %409 = zext i1 %408 to i32
  %410 = call { i32, i64 } @bool_value(i32 noundef %409)
  %411 = getelementptr inbounds { i32, i64 }, ptr %23, i32 0, i32 0
  %412 = extractvalue { i32, i64 } %410, 0
  store i32 %412, ptr %411, align 8
  %413 = getelementptr inbounds { i32, i64 }, ptr %23, i32 0, i32 1
  %414 = extractvalue { i32, i64 } %410, 1
  store i64 %414, ptr %413, align 8
  %415 = load i32, ptr %5, align 4
  %416 = getelementptr inbounds { i32, i64 }, ptr %23, i32 0, i32 0
  %417 = load i32, ptr %416, align 8
  %418 = getelementptr inbounds { i32, i64 }, ptr %23, i32 0, i32 1
  %419 = load i64, ptr %418, align 8
  call void @push(ptr noundef %395, i32 %417, i64 %419, i32 noundef %415)
  br label %855

420:                                              ; preds = %92, %92
  %421 = load ptr, ptr %3, align 8
  %422 = call { i32, i64 } @pop(ptr noundef %421)
  %423 = getelementptr inbounds { i32, i64 }, ptr %25, i32 0, i32 0
  %424 = extractvalue { i32, i64 } %422, 0
  store i32 %424, ptr %423, align 8
  %425 = getelementptr inbounds { i32, i64 }, ptr %25, i32 0, i32 1
  %426 = extractvalue { i32, i64 } %422, 1
  store i64 %426, ptr %425, align 8
  %427 = load ptr, ptr %3, align 8
  %428 = call { i32, i64 } @pop(ptr noundef %427)
  %429 = getelementptr inbounds { i32, i64 }, ptr %26, i32 0, i32 0
  %430 = extractvalue { i32, i64 } %428, 0
  store i32 %430, ptr %429, align 8
  %431 = getelementptr inbounds { i32, i64 }, ptr %26, i32 0, i32 1
  %432 = extractvalue { i32, i64 } %428, 1
  store i64 %432, ptr %431, align 8
  %433 = getelementptr inbounds { i32, i64 }, ptr %26, i32 0, i32 0
  %434 = load i32, ptr %433, align 8
  %435 = getelementptr inbounds { i32, i64 }, ptr %26, i32 0, i32 1
  %436 = load i64, ptr %435, align 8
  %437 = getelementptr inbounds { i32, i64 }, ptr %25, i32 0, i32 0
  %438 = load i32, ptr %437, align 8
  %439 = getelementptr inbounds { i32, i64 }, ptr %25, i32 0, i32 1
  %440 = load i64, ptr %439, align 8
  %441 = call i32 @values_equal(i32 %434, i64 %436, i32 %438, i64 %440)
  store i32 %441, ptr %27, align 4
  %442 = load ptr, ptr %3, align 8
  %443 = load i32, ptr %6, align 4
  %444 = icmp eq i32 %443, 17
  br i1 %444, label %445, label %447

445:                                              ; preds = %420
  %446 = load i32, ptr %27, align 4
  br label %452

447:                                              ; preds = %420
  %448 = load i32, ptr %27, align 4
  %449 = icmp ne i32 %448, 0
  %450 = xor i1 %449, true
  %451 = zext i1 %450 to i32
  br label %452

452:                                              ; preds = %447, %445
  %453 = phi i32 [ %446, %445 ], [ %451, %447 ]
  %454 = call { i32, i64 } @bool_value(i32 noundef %453)
  %455 = getelementptr inbounds { i32, i64 }, ptr %28, i32 0, i32 0
  %456 = extractvalue { i32, i64 } %454, 0
  store i32 %456, ptr %455, align 8
  %457 = getelementptr inbounds { i32, i64 }, ptr %28, i32 0, i32 1
  %458 = extractvalue { i32, i64 } %454, 1
  store i64 %458, ptr %457, align 8
  %459 = load i32, ptr %5, align 4
  %460 = getelementptr inbounds { i32, i64 }, ptr %28, i32 0, i32 0
  %461 = load i32, ptr %460, align 8
  %462 = getelementptr inbounds { i32, i64 }, ptr %28, i32 0, i32 1
  %463 = load i64, ptr %462, align 8
  call void @push(ptr noundef %442, i32 %461, i64 %463, i32 noundef %459)
  br label %855

464:                                              ; preds = %92, %92, %92, %92
  %465 = load ptr, ptr %3, align 8
  %466 = call { i32, i64 } @pop(ptr noundef %465)
  %467 = getelementptr inbounds { i32, i64 }, ptr %29, i32 0, i32 0
  %468 = extractvalue { i32, i64 } %466, 0
  store i32 %468, ptr %467, align 8
  %469 = getelementptr inbounds { i32, i64 }, ptr %29, i32 0, i32 1
  %470 = extractvalue { i32, i64 } %466, 1
  store i64 %470, ptr %469, align 8
  %471 = load ptr, ptr %3, align 8
  %472 = call { i32, i64 } @pop(ptr noundef %471)
  %473 = getelementptr inbounds { i32, i64 }, ptr %30, i32 0, i32 0
  %474 = extractvalue { i32, i64 } %472, 0
  store i32 %474, ptr %473, align 8
  %475 = getelementptr inbounds { i32, i64 }, ptr %30, i32 0, i32 1
  %476 = extractvalue { i32, i64 } %472, 1
  store i64 %476, ptr %475, align 8
  %477 = load i32, ptr %5, align 4
  %478 = getelementptr inbounds { i32, i64 }, ptr %30, i32 0, i32 0
  %479 = load i32, ptr %478, align 8
  %480 = getelementptr inbounds { i32, i64 }, ptr %30, i32 0, i32 1
  %481 = load i64, ptr %480, align 8
  %482 = getelementptr inbounds { i32, i64 }, ptr %29, i32 0, i32 0
  %483 = load i32, ptr %482, align 8
  %484 = getelementptr inbounds { i32, i64 }, ptr %29, i32 0, i32 1
  %485 = load i64, ptr %484, align 8
  %486 = call i32 @compare(i32 %479, i64 %481, i32 %483, i64 %485, i32 noundef %477)
  store i32 %486, ptr %31, align 4
  %487 = load i32, ptr %6, align 4
  %488 = icmp eq i32 %487, 19
  br i1 %488, label %489, label %493

489:                                              ; preds = %464
  %490 = load i32, ptr %31, align 4
  %491 = icmp slt i32 %490, 0
  %492 = zext i1 %491 to i32
  br label %515

493:                                              ; preds = %464
  %494 = load i32, ptr %6, align 4
  %495 = icmp eq i32 %494, 20
  br i1 %495, label %496, label %500

496:                                              ; preds = %493
  %497 = load i32, ptr %31, align 4
  %498 = icmp sle i32 %497, 0
  %499 = zext i1 %498 to i32
  br label %513

500:                                              ; preds = %493
  %501 = load i32, ptr %6, align 4
  %502 = icmp eq i32 %501, 21
  br i1 %502, label %503, label %507

503:                                              ; preds = %500
  %504 = load i32, ptr %31, align 4
  %505 = icmp sgt i32 %504, 0
  %506 = zext i1 %505 to i32
  br label %511

507:                                              ; preds = %500
  %508 = load i32, ptr %31, align 4
  %509 = icmp sge i32 %508, 0
  %510 = zext i1 %509 to i32
  br label %511

511:                                              ; preds = %507, %503
  %512 = phi i32 [ %506, %503 ], [ %510, %507 ]
  br label %513

513:                                              ; preds = %511, %496
  %514 = phi i32 [ %499, %496 ], [ %512, %511 ]
  br label %515

515:                                              ; preds = %513, %489
  %516 = phi i32 [ %492, %489 ], [ %514, %513 ]
  store i32 %516, ptr %32, align 4
  %517 = load ptr, ptr %3, align 8
  %518 = load i32, ptr %32, align 4
  %519 = call { i32, i64 } @bool_value(i32 noundef %518)
  %520 = getelementptr inbounds { i32, i64 }, ptr %33, i32 0, i32 0
  %521 = extractvalue { i32, i64 } %519, 0
  store i32 %521, ptr %520, align 8
  %522 = getelementptr inbounds { i32, i64 }, ptr %33, i32 0, i32 1
  %523 = extractvalue { i32, i64 } %519, 1
  store i64 %523, ptr %522, align 8
  %524 = load i32, ptr %5, align 4
  %525 = getelementptr inbounds { i32, i64 }, ptr %33, i32 0, i32 0
  %526 = load i32, ptr %525, align 8
  %527 = getelementptr inbounds { i32, i64 }, ptr %33, i32 0, i32 1
  %528 = load i64, ptr %527, align 8
  call void @push(ptr noundef %517, i32 %526, i64 %528, i32 noundef %524)
  br label %855

529:                                              ; preds = %92
  %530 = load ptr, ptr %4, align 8
  %531 = getelementptr inbounds %struct.frame, ptr %530, i32 0, i32 1
  %532 = load ptr, ptr %531, align 8
  %533 = call i32 @read_u16(ptr noundef %532)
  %534 = add nsw i32 2, %533
  %535 = load ptr, ptr %4, align 8
  %536 = getelementptr inbounds %struct.frame, ptr %535, i32 0, i32 1
  %537 = load ptr, ptr %536, align 8
  %538 = sext i32 %534 to i64
  %539 = getelementptr inbounds i8, ptr %537, i64 %538
  store ptr %539, ptr %536, align 8
  br label %855

540:                                              ; preds = %92
  %541 = load ptr, ptr %4, align 8
  %542 = getelementptr inbounds %struct.frame, ptr %541, i32 0, i32 1
  %543 = load ptr, ptr %542, align 8
  %544 = call i32 @read_u16(ptr noundef %543)
  store i32 %544, ptr %34, align 4
  %545 = load ptr, ptr %4, align 8
  %546 = getelementptr inbounds %struct.frame, ptr %545, i32 0, i32 1
  %547 = load ptr, ptr %546, align 8
  %548 = getelementptr inbounds i8, ptr %547, i64 2
  store ptr %548, ptr %546, align 8
  %549 = load ptr, ptr %3, align 8
  %550 = call { i32, i64 } @pop(ptr noundef %549)
  %551 = getelementptr inbounds { i32, i64 }, ptr %35, i32 0, i32 0
  %552 = extractvalue { i32, i64 } %550, 0
  store i32 %552, ptr %551, align 8
  %553 = getelementptr inbounds { i32, i64 }, ptr %35, i32 0, i32 1
  %554 = extractvalue { i32, i64 } %550, 1
  store i64 %554, ptr %553, align 8
  %555 = getelementptr inbounds { i32, i64 }, ptr %35, i32 0, i32 0
  %556 = load i32, ptr %555, align 8
  %557 = getelementptr inbounds { i32, i64 }, ptr %35, i32 0, i32 1
  %558 = load i64, ptr %557, align 8
  %559 = call i32 @truthy(i32 %556, i64 %558)
  %560 = icmp ne i32 %559, 0
  br i1 %560, label %568, label %561

561:                                              ; preds = %540
  %562 = load i32, ptr %34, align 4
  %563 = load ptr, ptr %4, align 8
  %564 = getelementptr inbounds %struct.frame, ptr %563, i32 0, i32 1
  %565 = load ptr, ptr %564, align 8
  %566 = sext i32 %562 to i64
  %567 = getelementptr inbounds i8, ptr %565, i64 %566
  store ptr %567, ptr %564, align 8
  br label %568

568:                                              ; preds = %561, %540
  br label %855

569:                                              ; preds = %92, %92
  %570 = load ptr, ptr %4, align 8
  %571 = getelementptr inbounds %struct.frame, ptr %570, i32 0, i32 1
  %572 = load ptr, ptr %571, align 8
  %573 = call i32 @read_u16(ptr noundef %572)
  store i32 %573, ptr %36, align 4
  %574 = load ptr, ptr %4, align 8
  %575 = getelementptr inbounds %struct.frame, ptr %574, i32 0, i32 1
  %576 = load ptr, ptr %575, align 8
  %577 = getelementptr inbounds i8, ptr %576, i64 2
  store ptr %577, ptr %575, align 8
  %578 = load ptr, ptr %3, align 8
  %579 = call { i32, i64 } @peek(ptr noundef %578, i32 noundef 0)
  %580 = getelementptr inbounds { i32, i64 }, ptr %37, i32 0, i32 0
  %581 = extractvalue { i32, i64 } %579, 0
  store i32 %581, ptr %580, align 8
  %582 = getelementptr inbounds { i32, i64 }, ptr %37, i32 0, i32 1
  %583 = extractvalue { i32, i64 } %579, 1
  store i64 %583, ptr %582, align 8
  %584 = getelementptr inbounds { i32, i64 }, ptr %37, i32 0, i32 0
  %585 = load i32, ptr %584, align 8
  %586 = getelementptr inbounds { i32, i64 }, ptr %37, i32 0, i32 1
  %587 = load i64, ptr %586, align 8
  %588 = call i32 @truthy(i32 %585, i64 %587)
  %589 = load i32, ptr %6, align 4
  %590 = icmp eq i32 %589, 26
  %591 = zext i1 %590 to i32
  %592 = icmp eq i32 %588, %591
  br i1 %592, label %593, label %600

593:                                              ; preds = %569
  %594 = load i32, ptr %36, align 4
  %595 = load ptr, ptr %4, align 8
  %596 = getelementptr inbounds %struct.frame, ptr %595, i32 0, i32 1
  %597 = load ptr, ptr %596, align 8
  %598 = sext i32 %594 to i64
  %599 = getelementptr inbounds i8, ptr %597, i64 %598
  store ptr %599, ptr %596, align 8
  br label %600

600:                                              ; preds = %593, %569
  br label %855

601:                                              ; preds = %92
  %602 = load ptr, ptr %4, align 8
  %603 = getelementptr inbounds %struct.frame, ptr %602, i32 0, i32 1
  %604 = load ptr, ptr %603, align 8
  %605 = call i32 @read_u16(ptr noundef %604)
  %606 = sub nsw i32 2, %605
  %607 = load ptr, ptr %4, align 8
  %608 = getelementptr inbounds %struct.frame, ptr %607, i32 0, i32 1
  %609 = load ptr, ptr %608, align 8
  %610 = sext i32 %606 to i64
  %611 = getelementptr inbounds i8, ptr %609, i64 %610
  store ptr %611, ptr %608, align 8
  br label %855

612:                                              ; preds = %92
  %613 = load ptr, ptr %4, align 8
  %614 = getelementptr inbounds %struct.frame, ptr %613, i32 0, i32 1
  %615 = load ptr, ptr %614, align 8
  %616 = getelementptr inbounds i8, ptr %615, i32 1
  store ptr %616, ptr %614, align 8
  %617 = load i8, ptr %615, align 1
  %618 = zext i8 %617 to i32
  store i32 %618, ptr %38, align 4
  %619 = load ptr, ptr %3, align 8
  %620 = load ptr, ptr %3, align 8
  %621 = load i32, ptr %38, align 4
  %622 = call { i32, i64 } @peek(ptr noundef %620, i32 noundef %621)
  %623 = getelementptr inbounds { i32, i64 }, ptr %39, i32 0, i32 0
  %624 = extractvalue { i32, i64 } %622, 0
  store i32 %624, ptr %623, align 8
  %625 = getelementptr inbounds { i32, i64 }, ptr %39, i32 0, i32 1
  %626 = extractvalue { i32, i64 } %622, 1
  store i64 %626, ptr %625, align 8
  %627 = load i32, ptr %38, align 4
  %628 = load i32, ptr %5, align 4
  %629 = getelementptr inbounds { i32, i64 }, ptr %39, i32 0, i32 0
  %630 = load i32, ptr %629, align 8
  %631 = getelementptr inbounds { i32, i64 }, ptr %39, i32 0, i32 1
  %632 = load i64, ptr %631, align 8
  call void @call_value(ptr noundef %619, i32 %630, i64 %632, i32 noundef %627, i32 noundef %628)
  %633 = load ptr, ptr %3, align 8
  %634 = getelementptr inbounds %struct.vm, ptr %633, i32 0, i32 2
  %635 = load ptr, ptr %3, align 8
  %636 = getelementptr inbounds %struct.vm, ptr %635, i32 0, i32 3
  %637 = load i32, ptr %636, align 8
  %638 = sub nsw i32 %637, 1
  %639 = sext i32 %638 to i64
  %640 = getelementptr inbounds [256 x %struct.frame], ptr %634, i64 0, i64 %639
  store ptr %640, ptr %4, align 8
  br label %855

641:                                              ; preds = %92
  %642 = load ptr, ptr %3, align 8
  %643 = call { i32, i64 } @pop(ptr noundef %642)
  %644 = getelementptr inbounds { i32, i64 }, ptr %2, i32 0, i32 0
  %645 = extractvalue { i32, i64 } %643, 0
  store i32 %645, ptr %644, align 8
  %646 = getelementptr inbounds { i32, i64 }, ptr %2, i32 0, i32 1
  %647 = extractvalue { i32, i64 } %643, 1
  store i64 %647, ptr %646, align 8
  %648 = load ptr, ptr %4, align 8
  %649 = getelementptr inbounds %struct.frame, ptr %648, i32 0, i32 2
  %650 = load ptr, ptr %649, align 8
  %651 = load ptr, ptr %3, align 8
  %652 = getelementptr inbounds %struct.vm, ptr %651, i32 0, i32 1
  store ptr %650, ptr %652, align 8
  %653 = load ptr, ptr %3, align 8
  %654 = getelementptr inbounds %struct.vm, ptr %653, i32 0, i32 3
  %655 = load i32, ptr %654, align 8
  %656 = add nsw i32 %655, -1
  store i32 %656, ptr %654, align 8
  %657 = load ptr, ptr %3, align 8
  %658 = getelementptr inbounds %struct.vm, ptr %657, i32 0, i32 3
  %659 = load i32, ptr %658, align 8
  %660 = icmp eq i32 %659, 0
  br i1 %660, label %661, label %663

661:                                              ; preds = %641
  %662 = load { i32, i64 }, ptr %2, align 8
  ret { i32, i64 } %662

663:                                              ; preds = %641
  %664 = load ptr, ptr %3, align 8
  %665 = load i32, ptr %5, align 4
  %666 = getelementptr inbounds { i32, i64 }, ptr %2, i32 0, i32 0
  %667 = load i32, ptr %666, align 8
  %668 = getelementptr inbounds { i32, i64 }, ptr %2, i32 0, i32 1
  %669 = load i64, ptr %668, align 8
  call void @push(ptr noundef %664, i32 %667, i64 %669, i32 noundef %665)
  %670 = load ptr, ptr %3, align 8
  %671 = getelementptr inbounds %struct.vm, ptr %670, i32 0, i32 2
  %672 = load ptr, ptr %3, align 8
  %673 = getelementptr inbounds %struct.vm, ptr %672, i32 0, i32 3
  %674 = load i32, ptr %673, align 8
  %675 = sub nsw i32 %674, 1
  %676 = sext i32 %675 to i64
  %677 = getelementptr inbounds [256 x %struct.frame], ptr %671, i64 0, i64 %676
  store ptr %677, ptr %4, align 8
  br label %855

678:                                              ; preds = %92
  %679 = load ptr, ptr %4, align 8
  %680 = getelementptr inbounds %struct.frame, ptr %679, i32 0, i32 1
  %681 = load ptr, ptr %680, align 8
  %682 = call i32 @read_u16(ptr noundef %681)
  store i32 %682, ptr %40, align 4
  %683 = load ptr, ptr %4, align 8
  %684 = getelementptr inbounds %struct.frame, ptr %683, i32 0, i32 1
  %685 = load ptr, ptr %684, align 8
  %686 = getelementptr inbounds i8, ptr %685, i64 2
  store ptr %686, ptr %684, align 8
  %687 = load i32, ptr %40, align 4
  %688 = call ptr @new_list(i32 noundef %687)
  store ptr %688, ptr %41, align 8
  store i32 0, ptr %42, align 4
  br label %689

689:                                              ; preds = %707, %678
  %690 = load i32, ptr %42, align 4
  %691 = load i32, ptr %40, align 4
  %692 = icmp slt i32 %690, %691
  br i1 %692, label %693, label %710

693:                                              ; preds = %689
  %694 = load ptr, ptr %41, align 8
  %695 = load ptr, ptr %3, align 8
  %696 = getelementptr inbounds %struct.vm, ptr %695, i32 0, i32 1
  %697 = load ptr, ptr %696, align 8
  %698 = load i32, ptr %42, align 4
  %699 = load i32, ptr %40, align 4
  %700 = sub nsw i32 %698, %699
  %701 = sext i32 %700 to i64
  %702 = getelementptr inbounds %struct.value, ptr %697, i64 %701
  %703 = getelementptr inbounds { i32, i64 }, ptr %702, i32 0, i32 0
  %704 = load i32, ptr %703, align 8
  %705 = getelementptr inbounds { i32, i64 }, ptr %702, i32 0, i32 1
  %706 = load i64, ptr %705, align 8
  call void @list_push(ptr noundef %694, i32 %704, i64 %706)
  br label %707

707:                                              ; preds = %693
  %708 = load i32, ptr %42, align 4
  %709 = add nsw i32 %708, 1
  store i32 %709, ptr %42, align 4
  br label %689, !llvm.loop !14

710:                                              ; preds = %689
  %711 = load i32, ptr %40, align 4
  %712 = load ptr, ptr %3, align 8
  %713 = getelementptr inbounds %struct.vm, ptr %712, i32 0, i32 1
  %714 = load ptr, ptr %713, align 8
  %715 = sext i32 %711 to i64
  %716 = sub i64 0, %715
  %717 = getelementptr inbounds %struct.value, ptr %714, i64 %716
  store ptr %717, ptr %713, align 8
  %718 = load ptr, ptr %3, align 8
  %719 = getelementptr inbounds %struct.value, ptr %43, i32 0, i32 0
  store i32 5, ptr %719, align 8
  %720 = getelementptr inbounds %struct.value, ptr %43, i32 0, i32 1
  %721 = load ptr, ptr %41, align 8
  store ptr %721, ptr %720, align 8
  %722 = load i32, ptr %5, align 4
  %723 = getelementptr inbounds { i32, i64 }, ptr %43, i32 0, i32 0
  %724 = load i32, ptr %723, align 8
  %725 = getelementptr inbounds { i32, i64 }, ptr %43, i32 0, i32 1
  %726 = load i64, ptr %725, align 8
  call void @push(ptr noundef %718, i32 %724, i64 %726, i32 noundef %722)
  br label %855

727:                                              ; preds = %92
  %728 = load ptr, ptr %3, align 8
  %729 = call { i32, i64 } @pop(ptr noundef %728)
  %730 = getelementptr inbounds { i32, i64 }, ptr %44, i32 0, i32 0
  %731 = extractvalue { i32, i64 } %729, 0
  store i32 %731, ptr %730, align 8
  %732 = getelementptr inbounds { i32, i64 }, ptr %44, i32 0, i32 1
  %733 = extractvalue { i32, i64 } %729, 1
  store i64 %733, ptr %732, align 8
  %734 = load ptr, ptr %3, align 8
  %735 = call { i32, i64 } @pop(ptr noundef %734)
  %736 = getelementptr inbounds { i32, i64 }, ptr %45, i32 0, i32 0
  %737 = extractvalue { i32, i64 } %735, 0
  store i32 %737, ptr %736, align 8
  %738 = getelementptr inbounds { i32, i64 }, ptr %45, i32 0, i32 1
  %739 = extractvalue { i32, i64 } %735, 1
  store i64 %739, ptr %738, align 8
  %740 = getelementptr inbounds %struct.value, ptr %45, i32 0, i32 0
  %741 = load i32, ptr %740, align 8
  %742 = icmp eq i32 %741, 5
  br i1 %742, label %743, label %765

743:                                              ; preds = %727
  %744 = load ptr, ptr %3, align 8
  %745 = getelementptr inbounds %struct.value, ptr %45, i32 0, i32 1
  %746 = load ptr, ptr %745, align 8
  %747 = getelementptr inbounds %struct.list, ptr %746, i32 0, i32 2
  %748 = load ptr, ptr %747, align 8
  %749 = load i32, ptr %5, align 4
  %750 = getelementptr inbounds { i32, i64 }, ptr %45, i32 0, i32 0
  %751 = load i32, ptr %750, align 8
  %752 = getelementptr inbounds { i32, i64 }, ptr %45, i32 0, i32 1
  %753 = load i64, ptr %752, align 8
  %754 = getelementptr inbounds { i32, i64 }, ptr %44, i32 0, i32 0
  %755 = load i32, ptr %754, align 8
  %756 = getelementptr inbounds { i32, i64 }, ptr %44, i32 0, i32 1
  %757 = load i64, ptr %756, align 8
  %758 = call i64 @list_index(i32 %751, i64 %753, i32 %755, i64 %757, i32 noundef %749)
  %759 = getelementptr inbounds %struct.value, ptr %748, i64 %758
  %760 = load i32, ptr %5, align 4
  %761 = getelementptr inbounds { i32, i64 }, ptr %759, i32 0, i32 0
  %762 = load i32, ptr %761, align 8
  %763 = getelementptr inbounds { i32, i64 }, ptr %759, i32 0, i32 1
  %764 = load i64, ptr %763, align 8
  call void @push(ptr noundef %744, i32 %762, i64 %764, i32 noundef %760)
  br label %802

765:                                              ; preds = %727
  %766 = getelementptr inbounds %struct.value, ptr %45, i32 0, i32 0
  %767 = load i32, ptr %766, align 8
  %768 = icmp eq i32 %767, 4
  br i1 %768, label %769, label %796

769:                                              ; preds = %765
  %770 = load ptr, ptr %3, align 8
  %771 = getelementptr inbounds %struct.value, ptr %45, i32 0, i32 1
  %772 = load ptr, ptr %771, align 8
  %773 = getelementptr inbounds %struct.string, ptr %772, i32 0, i32 2
  %774 = getelementptr inbounds [0 x i8], ptr %773, i64 0, i64 0
  %775 = load i32, ptr %5, align 4
  %776 = getelementptr inbounds { i32, i64 }, ptr %45, i32 0, i32 0
  %777 = load i32, ptr %776, align 8
  %778 = getelementptr inbounds { i32, i64 }, ptr %45, i32 0, i32 1
  %779 = load i64, ptr %778, align 8
  %780 = getelementptr inbounds { i32, i64 }, ptr %44, i32 0, i32 0
  %781 = load i32, ptr %780, align 8
  %782 = getelementptr inbounds { i32, i64 }, ptr %44, i32 0, i32 1
  %783 = load i64, ptr %782, align 8
  %784 = call i64 @list_index(i32 %777, i64 %779, i32 %781, i64 %783, i32 noundef %775)
  %785 = getelementptr inbounds i8, ptr %774, i64 %784
  %786 = call { i32, i64 } @string_value(ptr noundef %785, i32 noundef 1)
  %787 = getelementptr inbounds { i32, i64 }, ptr %46, i32 0, i32 0
  %788 = extractvalue { i32, i64 } %786, 0
  store i32 %788, ptr %787, align 8
  %789 = getelementptr inbounds { i32, i64 }, ptr %46, i32 0, i32 1
  %790 = extractvalue { i32, i64 } %786, 1
  store i64 %790, ptr %789, align 8
  %791 = load i32, ptr %5, align 4
  %792 = getelementptr inbounds { i32, i64 }, ptr %46, i32 0, i32 0
  %793 = load i32, ptr %792, align 8
  %794 = getelementptr inbounds { i32, i64 }, ptr %46, i32 0, i32 1
  %795 = load i64, ptr %794, align 8
  call void @push(ptr noundef %770, i32 %793, i64 %795, i32 noundef %791)
  br label %801

796:                                              ; preds = %765
  %797 = load i32, ptr %5, align 4
  %798 = getelementptr inbounds %struct.value, ptr %45, i32 0, i32 0
  %799 = load i32, ptr %798, align 8
  %800 = call ptr @type_name(i32 noundef %799)
  call void (i32, ptr, ...) @fail(i32 noundef %797, ptr noundef @.str.201, ptr noundef %800) #16
  unreachable

801:                                              ; preds = %769
  br label %802

802:                                              ; preds = %801, %743
  br label %855

803:                                              ; preds = %92
  %804 = load ptr, ptr %3, align 8
  %805 = call { i32, i64 } @pop(ptr noundef %804)
  %806 = getelementptr inbounds { i32, i64 }, ptr %47, i32 0, i32 0
  %807 = extractvalue { i32, i64 } %805, 0
  store i32 %807, ptr %806, align 8
  %808 = getelementptr inbounds { i32, i64 }, ptr %47, i32 0, i32 1
  %809 = extractvalue { i32, i64 } %805, 1
  store i64 %809, ptr %808, align 8
  %810 = load ptr, ptr %3, align 8
  %811 = call { i32, i64 } @pop(ptr noundef %810)
  %812 = getelementptr inbounds { i32, i64 }, ptr %48, i32 0, i32 0
  %813 = extractvalue { i32, i64 } %811, 0
  store i32 %813, ptr %812, align 8
  %814 = getelementptr inbounds { i32, i64 }, ptr %48, i32 0, i32 1
  %815 = extractvalue { i32, i64 } %811, 1
  store i64 %815, ptr %814, align 8
  %816 = load ptr, ptr %3, align 8
  %817 = call { i32, i64 } @pop(ptr noundef %816)
  %818 = getelementptr inbounds { i32, i64 }, ptr %49, i32 0, i32 0
  %819 = extractvalue { i32, i64 } %817, 0
  store i32 %819, ptr %818, align 8
  %820 = getelementptr inbounds { i32, i64 }, ptr %49, i32 0, i32 1
  %821 = extractvalue { i32, i64 } %817, 1
  store i64 %821, ptr %820, align 8
  %822 = getelementptr inbounds %struct.value, ptr %49, i32 0, i32 0
  %823 = load i32, ptr %822, align 8
  %824 = icmp ne i32 %823, 5
  br i1 %824, label %825, label %830

825:                                              ; preds = %803
  %826 = load i32, ptr %5, align 4
  %827 = getelementptr inbounds %struct.value, ptr %49, i32 0, i32 0
  %828 = load i32, ptr %827, align 8
  %829 = call ptr @type_name(i32 noundef %828)
  call void (i32, ptr, ...) @fail(i32 noundef %826, ptr noundef @.str.202, ptr noundef %829) #16
  unreachable

830:                                              ; preds = %803
  %831 = getelementptr inbounds %struct.value, ptr %49, i32 0, i32 1
  %832 = load ptr, ptr %831, align 8
  %833 = getelementptr inbounds %struct.list, ptr %832, i32 0, i32 2
  %834 = load ptr, ptr %833, align 8
  %835 = load i32, ptr %5, align 4
  %836 = getelementptr inbounds { i32, i64 }, ptr %49, i32 0, i32 0
  %837 = load i32, ptr %836, align 8
  %838 = getelementptr inbounds { i32, i64 }, ptr %49, i32 0, i32 1
  %839 = load i64, ptr %838, align 8
  %840 = getelementptr inbounds { i32, i64 }, ptr %48, i32 0, i32 0
  %841 = load i32, ptr %840, align 8
  %842 = getelementptr inbounds { i32, i64 }, ptr %48, i32 0, i32 1
  %843 = load i64, ptr %842, align 8
  %844 = call i64 @list_index(i32 %837, i64 %839, i32 %841, i64 %843, i32 noundef %835)
  %845 = getelementptr inbounds %struct.value, ptr %834, i64 %844
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %845, ptr align 8 %47, i64 16, i1 false)
  %846 = load ptr, ptr %3, align 8
  %847 = load i32, ptr %5, align 4
  %848 = getelementptr inbounds { i32, i64 }, ptr %47, i32 0, i32 0
  %849 = load i32, ptr %848, align 8
  %850 = getelementptr inbounds { i32, i64 }, ptr %47, i32 0, i32 1
  %851 = load i64, ptr %850, align 8
  call void @push(ptr noundef %846, i32 %849, i64 %851, i32 noundef %847)
  br label %855

852:                                              ; preds = %92
  %853 = load i32, ptr %5, align 4
  %854 = load i32, ptr %6, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %853, ptr noundef @.str.203, i32 noundef %854) #16
  unreachable

855:                                              ; preds = %830, %802, %710, %663, %612, %601, %600, %568, %529, %515, %452, %394, %393, %315, %314, %264, %242, %184, %164, %159, %147, %135, %123, %100
  br label %58
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @sb_puts(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = call i64 @strlen(ptr noundef %7) #13
  %9 = trunc i64 %8 to i32
  call void @sb_putn(ptr noundef %5, ptr noundef %6, i32 noundef %9)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @global_slot(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  %12 = load i32, ptr %7, align 4
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %14, label %87

14:                                               ; preds = %3
  %15 = load ptr, ptr %5, align 8
  %16 = getelementptr inbounds %struct.vm, ptr %15, i32 0, i32 5
  %17 = load i32, ptr %16, align 8
  %18 = add nsw i32 %17, 1
  %19 = mul nsw i32 %18, 2
  %20 = load ptr, ptr %5, align 8
  %21 = getelementptr inbounds %struct.vm, ptr %20, i32 0, i32 6
  %22 = load i32, ptr %21, align 4
  %23 = icmp sgt i32 %19, %22
  br i1 %23, label %24, label %87

24:                                               ; preds = %14
  %25 = load ptr, ptr %5, align 8
  %26 = getelementptr inbounds %struct.vm, ptr %25, i32 0, i32 4
  %27 = load ptr, ptr %26, align 8
  store ptr %27, ptr %8, align 8
  %28 = load ptr, ptr %5, align 8
  %29 = getelementptr inbounds %struct.vm, ptr %28, i32 0, i32 6
  %30 = load i32, ptr %29, align 4
  store i32 %30, ptr %9, align 4
  %31 = load i32, ptr %9, align 4
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %33, label %36

33:                                               ; preds = %24
  %34 = load i32, ptr %9, align 4
  %35 = mul nsw i32 %34, 2
  br label %37

36:                                               ; preds = %24
  br label %37

37:                                               ; preds = %36, %33
  %38 = phi i32 [ %35, %33 ], [ 64, %36 ]
  %39 = load ptr, ptr %5, align 8
  %40 = getelementptr inbounds %struct.vm, ptr %39, i32 0, i32 6
  store i32 %38, ptr %40, align 4
  %41 = load ptr, ptr %5, align 8
  %42 = getelementptr inbounds %struct.vm, ptr %41, i32 0, i32 6
  %43 = load i32, ptr %42, align 4
  %44 = sext i32 %43 to i64
  %45 = mul i64 %44, 24
  %46 = call ptr @arena_alloc(i64 noundef %45)
  %47 = load ptr, ptr %5, align 8
  %48 = getelementptr inbounds %struct.vm, ptr %47, i32 0, i32 4
  store ptr %46, ptr %48, align 8
  %49 = load ptr, ptr %5, align 8
  %50 = getelementptr inbounds %struct.vm, ptr %49, i32 0, i32 4
  %51 = load ptr, ptr %50, align 8
  %52 = load ptr, ptr %5, align 8
  %53 = getelementptr inbounds %struct.vm, ptr %52, i32 0, i32 6
  %54 = load i32, ptr %53, align 4
  %55 = sext i32 %54 to i64
  %56 = mul i64 %55, 24
  call void @llvm.memset.p0.i64(ptr align 8 %51, i8 0, i64 %56, i1 false)
  store i32 0, ptr %10, align 4
  br label %57

57:                                               ; preds = %83, %37
  %58 = load i32, ptr %10, align 4
  %59 = load i32, ptr %9, align 4
  %60 = icmp slt i32 %58, %59
  br i1 %60, label %61, label %86

61:                                               ; preds = %57
  %62 = load ptr, ptr %8, align 8
  %63 = load i32, ptr %10, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds %struct.global, ptr %62, i64 %64
  %66 = getelementptr inbounds %struct.global, ptr %65, i32 0, i32 0
  %67 = load ptr, ptr %66, align 8
  %68 = icmp ne ptr %67, null
  br i1 %68, label %69, label %82

69:                                               ; preds = %61
  %70 = load ptr, ptr %5, align 8
  %71 = load ptr, ptr %8, align 8
  %72 = load i32, ptr %10, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds %struct.global, ptr %71, i64 %73
  %75 = getelementptr inbounds %struct.global, ptr %74, i32 0, i32 0
  %76 = load ptr, ptr %75, align 8
  %77 = call ptr @global_slot(ptr noundef %70, ptr noundef %76, i32 noundef 0)
  %78 = load ptr, ptr %8, align 8
  %79 = load i32, ptr %10, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds %struct.global, ptr %78, i64 %80
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %77, ptr align 8 %81, i64 24, i1 false)
  br label %82

82:                                               ; preds = %69, %61
  br label %83

83:                                               ; preds = %82
  %84 = load i32, ptr %10, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %10, align 4
  br label %57, !llvm.loop !15

86:                                               ; preds = %57
  br label %87

87:                                               ; preds = %86, %14, %3
  %88 = load ptr, ptr %5, align 8
  %89 = getelementptr inbounds %struct.vm, ptr %88, i32 0, i32 6
  %90 = load i32, ptr %89, align 4
  %91 = icmp eq i32 %90, 0
  br i1 %91, label %92, label %93

92:                                               ; preds = %87
  store ptr null, ptr %4, align 8
  br label %160

93:                                               ; preds = %87
  %94 = load ptr, ptr %6, align 8
  %95 = getelementptr inbounds %struct.string, ptr %94, i32 0, i32 1
  %96 = load i32, ptr %95, align 4
  %97 = load ptr, ptr %5, align 8
  %98 = getelementptr inbounds %struct.vm, ptr %97, i32 0, i32 6
  %99 = load i32, ptr %98, align 4
  %100 = sub nsw i32 %99, 1
  %101 = and i32 %96, %100
  store i32 %101, ptr %11, align 4
  br label %102

102:                                              ; preds = %125, %93
  %103 = load ptr, ptr %5, align 8
  %104 = getelementptr inbounds %struct.vm, ptr %103, i32 0, i32 4
  %105 = load ptr, ptr %104, align 8
  %106 = load i32, ptr %11, align 4
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds %struct.global, ptr %105, i64 %107
  %109 = getelementptr inbounds %struct.global, ptr %108, i32 0, i32 0
  %110 = load ptr, ptr %109, align 8
  %111 = icmp ne ptr %110, null
  br i1 %111, label %112, label %123

112:                                              ; preds = %102
  %113 = load ptr, ptr %5, align 8
  %114 = getelementptr inbounds %struct.vm, ptr %113, i32 0, i32 4
  %115 = load ptr, ptr %114, align 8
  %116 = load i32, ptr %11, align 4
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds %struct.global, ptr %115, i64 %117
  %119 = getelementptr inbounds %struct.global, ptr %118, i32 0, i32 0
  %120 = load ptr, ptr %119, align 8
  %121 = load ptr, ptr %6, align 8
  %122 = icmp ne ptr %120, %121
  br label %123

123:                                              ; preds = %112, %102
  %124 = phi i1 [ false, %102 ], [ %122, %112 ]
  br i1 %124, label %125, label %133

125:                                              ; preds = %123
  %126 = load i32, ptr %11, align 4
  %127 = add nsw i32 %126, 1
  %128 = load ptr, ptr %5, align 8
  %129 = getelementptr inbounds %struct.vm, ptr %128, i32 0, i32 6
  %130 = load i32, ptr %129, align 4
  %131 = sub nsw i32 %130, 1
  %132 = and i32 %127, %131
  store i32 %132, ptr %11, align 4
  br label %102, !llvm.loop !16

133:                                              ; preds = %123
  %134 = load ptr, ptr %5, align 8
  %135 = getelementptr inbounds %struct.vm, ptr %134, i32 0, i32 4
  %136 = load ptr, ptr %135, align 8
  %137 = load i32, ptr %11, align 4
  %138 = sext i32 %137 to i64
  %139 = getelementptr inbounds %struct.global, ptr %136, i64 %138
  %140 = getelementptr inbounds %struct.global, ptr %139, i32 0, i32 0
  %141 = load ptr, ptr %140, align 8
  %142 = icmp ne ptr %141, null
  br i1 %142, label %153, label %143

143:                                              ; preds = %133
  %144 = load i32, ptr %7, align 4
  %145 = icmp ne i32 %144, 0
  br i1 %145, label %153, label %146

146:                                              ; preds = %143
  %147 = load ptr, ptr %5, align 8
  %148 = getelementptr inbounds %struct.vm, ptr %147, i32 0, i32 4
  %149 = load ptr, ptr %148, align 8
  %150 = load i32, ptr %11, align 4
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds %struct.global, ptr %149, i64 %151
  store ptr %152, ptr %4, align 8
  br label %160

153:                                              ; preds = %143, %133
  %154 = load ptr, ptr %5, align 8
  %155 = getelementptr inbounds %struct.vm, ptr %154, i32 0, i32 4
  %156 = load ptr, ptr %155, align 8
  %157 = load i32, ptr %11, align 4
  %158 = sext i32 %157 to i64
  %159 = getelementptr inbounds %struct.global, ptr %156, i64 %158
  store ptr %159, ptr %4, align 8
  br label %160

160:                                              ; preds = %153, %146, %92
  %161 = load ptr, ptr %4, align 8
  ret ptr %161
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @arena_alloc(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store i64 %0, ptr %2, align 8
  %6 = load i64, ptr %2, align 8
  %7 = add i64 %6, 15
  %8 = and i64 %7, -16
  store i64 %8, ptr %2, align 8
  %9 = load ptr, ptr @arena, align 8
  %10 = icmp ne ptr %9, null
  br i1 %10, label %11, label %21

11:                                               ; preds = %1
  %12 = load ptr, ptr @arena, align 8
  %13 = getelementptr inbounds %struct.arena_block, ptr %12, i32 0, i32 1
  %14 = load i64, ptr %13, align 8
  %15 = load i64, ptr %2, align 8
  %16 = add i64 %14, %15
  %17 = load ptr, ptr @arena, align 8
  %18 = getelementptr inbounds %struct.arena_block, ptr %17, i32 0, i32 2
  %19 = load i64, ptr %18, align 16
  %20 = icmp ugt i64 %16, %19
  br i1 %20, label %21, label %47

21:                                               ; preds = %11, %1
  %22 = load i64, ptr %2, align 8
  %23 = icmp ugt i64 %22, 65536
  br i1 %23, label %24, label %26

24:                                               ; preds = %21
  %25 = load i64, ptr %2, align 8
  br label %27

26:                                               ; preds = %21
  br label %27

27:                                               ; preds = %26, %24
  %28 = phi i64 [ %25, %24 ], [ 65536, %26 ]
  store i64 %28, ptr %3, align 8
  %29 = load i64, ptr %3, align 8
  %30 = add i64 32, %29
  %31 = call noalias ptr @malloc(i64 noundef %30) #17
  store ptr %31, ptr %4, align 8
  %32 = load ptr, ptr %4, align 8
  %33 = icmp ne ptr %32, null
  br i1 %33, label %37, label %34

34:                                               ; preds = %27
  %35 = load ptr, ptr @stderr, align 8
  %36 = call i32 @fputs(ptr noundef @.str.7, ptr noundef %35)
  call void @exit(i32 noundef 3) #18
  unreachable

37:                                               ; preds = %27
  %38 = load ptr, ptr @arena, align 8
  %39 = load ptr, ptr %4, align 8
  %40 = getelementptr inbounds %struct.arena_block, ptr %39, i32 0, i32 0
  store ptr %38, ptr %40, align 16
  %41 = load ptr, ptr %4, align 8
  %42 = getelementptr inbounds %struct.arena_block, ptr %41, i32 0, i32 1
  store i64 0, ptr %42, align 8
  %43 = load i64, ptr %3, align 8
  %44 = load ptr, ptr %4, align 8
  %45 = getelementptr inbounds %struct.arena_block, ptr %44, i32 0, i32 2
  store i64 %43, ptr %45, align 16
  %46 = load ptr, ptr %4, align 8
  store ptr %46, ptr @arena, align 8
  br label %47

47:                                               ; preds = %37, %11
  %48 = load ptr, ptr @arena, align 8
  %49 = getelementptr inbounds %struct.arena_block, ptr %48, i32 0, i32 4
  %50 = getelementptr inbounds [0 x i8], ptr %49, i64 0, i64 0
  %51 = load ptr, ptr @arena, align 8
  %52 = getelementptr inbounds %struct.arena_block, ptr %51, i32 0, i32 1
  %53 = load i64, ptr %52, align 8
  %54 = getelementptr inbounds i8, ptr %50, i64 %53
  store ptr %54, ptr %5, align 8
  %55 = load i64, ptr %2, align 8
  %56 = load ptr, ptr @arena, align 8
  %57 = getelementptr inbounds %struct.arena_block, ptr %56, i32 0, i32 1
  %58 = load i64, ptr %57, align 8
  %59 = add i64 %58, %55
  store i64 %59, ptr %57, align 8
  %60 = load i64, ptr %2, align 8
  %61 = load i64, ptr @arena_total, align 8
  %62 = add i64 %61, %60
  store i64 %62, ptr @arena_total, align 8
  %63 = load ptr, ptr %5, align 8
  ret ptr %63
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #6

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) #7

; Function Attrs: noinline nounwind optnone uwtable
define internal void @intern_resize(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %7 = load ptr, ptr @intern_slots, align 8
  store ptr %7, ptr %3, align 8
  %8 = load i32, ptr @intern_capacity, align 4
  store i32 %8, ptr %4, align 4
  %9 = load i32, ptr %2, align 4
  %10 = sext i32 %9 to i64
  %11 = mul i64 %10, 8
  %12 = call ptr @arena_alloc(i64 noundef %11)
  store ptr %12, ptr @intern_slots, align 8
  %13 = load ptr, ptr @intern_slots, align 8
  %14 = load i32, ptr %2, align 4
  %15 = sext i32 %14 to i64
  %16 = mul i64 %15, 8
  call void @llvm.memset.p0.i64(ptr align 8 %13, i8 0, i64 %16, i1 false)
  %17 = load i32, ptr %2, align 4
  store i32 %17, ptr @intern_capacity, align 4
  store i32 0, ptr %5, align 4
  br label %18

18:                                               ; preds = %64, %1
  %19 = load i32, ptr %5, align 4
  %20 = load i32, ptr %4, align 4
  %21 = icmp slt i32 %19, %20
  br i1 %21, label %22, label %67

22:                                               ; preds = %18
  %23 = load ptr, ptr %3, align 8
  %24 = load i32, ptr %5, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds ptr, ptr %23, i64 %25
  %27 = load ptr, ptr %26, align 8
  %28 = icmp ne ptr %27, null
  br i1 %28, label %30, label %29

29:                                               ; preds = %22
  br label %64

30:                                               ; preds = %22
  %31 = load ptr, ptr %3, align 8
  %32 = load i32, ptr %5, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds ptr, ptr %31, i64 %33
  %35 = load ptr, ptr %34, align 8
  %36 = getelementptr inbounds %struct.string, ptr %35, i32 0, i32 1
  %37 = load i32, ptr %36, align 4
  %38 = load i32, ptr %2, align 4
  %39 = sub nsw i32 %38, 1
  %40 = and i32 %37, %39
  store i32 %40, ptr %6, align 4
  br label %41

41:                                               ; preds = %48, %30
  %42 = load ptr, ptr @intern_slots, align 8
  %43 = load i32, ptr %6, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds ptr, ptr %42, i64 %44
  %46 = load ptr, ptr %45, align 8
  %47 = icmp ne ptr %46, null
  br i1 %47, label %48, label %54

48:                                               ; preds = %41
  %49 = load i32, ptr %6, align 4
  %50 = add nsw i32 %49, 1
  %51 = load i32, ptr %2, align 4
  %52 = sub nsw i32 %51, 1
  %53 = and i32 %50, %52
  store i32 %53, ptr %6, align 4
  br label %41, !llvm.loop !17

54:                                               ; preds = %41
  %55 = load ptr, ptr %3, align 8
  %56 = load i32, ptr %5, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds ptr, ptr %55, i64 %57
  %59 = load ptr, ptr %58, align 8
  %60 = load ptr, ptr @intern_slots, align 8
  %61 = load i32, ptr %6, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds ptr, ptr %60, i64 %62
  store ptr %59, ptr %63, align 8
  br label %64

64:                                               ; preds = %54, %29
  %65 = load i32, ptr %5, align 4
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %5, align 4
  br label %18, !llvm.loop !18

67:                                               ; preds = %18
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @hash_bytes(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 -2128831035, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %22, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %25

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr %12, i64 %14
  %16 = load i8, ptr %15, align 1
  %17 = zext i8 %16 to i32
  %18 = load i32, ptr %5, align 4
  %19 = xor i32 %18, %17
  store i32 %19, ptr %5, align 4
  %20 = load i32, ptr %5, align 4
  %21 = mul i32 %20, 16777619
  store i32 %21, ptr %5, align 4
  br label %22

22:                                               ; preds = %11
  %23 = load i32, ptr %6, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %6, align 4
  br label %7, !llvm.loop !19

25:                                               ; preds = %7
  %26 = load i32, ptr %5, align 4
  ret i32 %26
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_print(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %11 = load i32, ptr %7, align 4
  store i32 0, ptr %10, align 4
  br label %12

12:                                               ; preds = %35, %4
  %13 = load i32, ptr %10, align 4
  %14 = load i32, ptr %8, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %38

16:                                               ; preds = %12
  %17 = load i32, ptr %10, align 4
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %19, label %23

19:                                               ; preds = %16
  %20 = load ptr, ptr %6, align 8
  %21 = getelementptr inbounds %struct.vm, ptr %20, i32 0, i32 7
  %22 = load ptr, ptr %21, align 8
  call void @sb_puts(ptr noundef %22, ptr noundef @.str.24)
  br label %23

23:                                               ; preds = %19, %16
  %24 = load ptr, ptr %6, align 8
  %25 = getelementptr inbounds %struct.vm, ptr %24, i32 0, i32 7
  %26 = load ptr, ptr %25, align 8
  %27 = load ptr, ptr %9, align 8
  %28 = load i32, ptr %10, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds %struct.value, ptr %27, i64 %29
  %31 = getelementptr inbounds { i32, i64 }, ptr %30, i32 0, i32 0
  %32 = load i32, ptr %31, align 8
  %33 = getelementptr inbounds { i32, i64 }, ptr %30, i32 0, i32 1
  %34 = load i64, ptr %33, align 8
  call void @format_value(ptr noundef %26, i32 %32, i64 %34, i32 noundef 0)
  br label %35

35:                                               ; preds = %23
  %36 = load i32, ptr %10, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %10, align 4
  br label %12, !llvm.loop !20

38:                                               ; preds = %12
  %39 = load ptr, ptr %6, align 8
  %40 = getelementptr inbounds %struct.vm, ptr %39, i32 0, i32 7
  %41 = load ptr, ptr %40, align 8
  call void @sb_puts(ptr noundef %41, ptr noundef @.str.25)
  %42 = call { i32, i64 } @nil_value()
  %43 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %44 = extractvalue { i32, i64 } %42, 0
  store i32 %44, ptr %43, align 8
  %45 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %46 = extractvalue { i32, i64 } %42, 1
  store i64 %46, ptr %45, align 8
  %47 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %47
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_len(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %10 = load ptr, ptr %6, align 8
  %11 = load i32, ptr %8, align 4
  %12 = load ptr, ptr %9, align 8
  %13 = getelementptr inbounds %struct.value, ptr %12, i64 0
  %14 = getelementptr inbounds %struct.value, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %14, align 8
  %16 = icmp eq i32 %15, 4
  br i1 %16, label %17, label %30

17:                                               ; preds = %4
  %18 = load ptr, ptr %9, align 8
  %19 = getelementptr inbounds %struct.value, ptr %18, i64 0
  %20 = getelementptr inbounds %struct.value, ptr %19, i32 0, i32 1
  %21 = load ptr, ptr %20, align 8
  %22 = getelementptr inbounds %struct.string, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %22, align 4
  %24 = sext i32 %23 to i64
  %25 = call { i32, i64 } @int_value(i64 noundef %24)
  %26 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %27 = extractvalue { i32, i64 } %25, 0
  store i32 %27, ptr %26, align 8
  %28 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %29 = extractvalue { i32, i64 } %25, 1
  store i64 %29, ptr %28, align 8
  br label %56

30:                                               ; preds = %4
  %31 = load ptr, ptr %9, align 8
  %32 = getelementptr inbounds %struct.value, ptr %31, i64 0
  %33 = getelementptr inbounds %struct.value, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %33, align 8
  %35 = icmp eq i32 %34, 5
  br i1 %35, label %36, label %49

36:                                               ; preds = %30
  %37 = load ptr, ptr %9, align 8
  %38 = getelementptr inbounds %struct.value, ptr %37, i64 0
  %39 = getelementptr inbounds %struct.value, ptr %38, i32 0, i32 1
  %40 = load ptr, ptr %39, align 8
  %41 = getelementptr inbounds %struct.list, ptr %40, i32 0, i32 0
  %42 = load i32, ptr %41, align 8
  %43 = sext i32 %42 to i64
  %44 = call { i32, i64 } @int_value(i64 noundef %43)
  %45 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %46 = extractvalue { i32, i64 } %44, 0
  store i32 %46, ptr %45, align 8
  %47 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %48 = extractvalue { i32, i64 } %44, 1
  store i64 %48, ptr %47, align 8
  br label %56

49:                                               ; preds = %30
  %50 = load i32, ptr %7, align 4
  %51 = load ptr, ptr %9, align 8
  %52 = getelementptr inbounds %struct.value, ptr %51, i64 0
  %53 = getelementptr inbounds %struct.value, ptr %52, i32 0, i32 0
  %54 = load i32, ptr %53, align 8
  %55 = call ptr @type_name(i32 noundef %54)
  call void (i32, ptr, ...) @fail(i32 noundef %50, ptr noundef @.str.39, ptr noundef %55) #16
  unreachable

56:                                               ; preds = %36, %17
  %57 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %57
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_push(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %10 = load ptr, ptr %6, align 8
  %11 = load i32, ptr %8, align 4
  %12 = load ptr, ptr %9, align 8
  %13 = getelementptr inbounds %struct.value, ptr %12, i64 0
  %14 = getelementptr inbounds %struct.value, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %14, align 8
  %16 = icmp ne i32 %15, 5
  br i1 %16, label %17, label %24

17:                                               ; preds = %4
  %18 = load i32, ptr %7, align 4
  %19 = load ptr, ptr %9, align 8
  %20 = getelementptr inbounds %struct.value, ptr %19, i64 0
  %21 = getelementptr inbounds %struct.value, ptr %20, i32 0, i32 0
  %22 = load i32, ptr %21, align 8
  %23 = call ptr @type_name(i32 noundef %22)
  call void (i32, ptr, ...) @fail(i32 noundef %18, ptr noundef @.str.46, ptr noundef %23) #16
  unreachable

24:                                               ; preds = %4
  %25 = load ptr, ptr %9, align 8
  %26 = getelementptr inbounds %struct.value, ptr %25, i64 0
  %27 = getelementptr inbounds %struct.value, ptr %26, i32 0, i32 1
  %28 = load ptr, ptr %27, align 8
  %29 = load ptr, ptr %9, align 8
  %30 = getelementptr inbounds %struct.value, ptr %29, i64 1
  %31 = getelementptr inbounds { i32, i64 }, ptr %30, i32 0, i32 0
  %32 = load i32, ptr %31, align 8
  %33 = getelementptr inbounds { i32, i64 }, ptr %30, i32 0, i32 1
  %34 = load i64, ptr %33, align 8
  call void @list_push(ptr noundef %28, i32 %32, i64 %34)
  %35 = load ptr, ptr %9, align 8
  %36 = getelementptr inbounds %struct.value, ptr %35, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %36, i64 16, i1 false)
  %37 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %37
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_pop(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %10 = load ptr, ptr %6, align 8
  %11 = load i32, ptr %8, align 4
  %12 = load ptr, ptr %9, align 8
  %13 = getelementptr inbounds %struct.value, ptr %12, i64 0
  %14 = getelementptr inbounds %struct.value, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %14, align 8
  %16 = icmp ne i32 %15, 5
  br i1 %16, label %17, label %24

17:                                               ; preds = %4
  %18 = load i32, ptr %7, align 4
  %19 = load ptr, ptr %9, align 8
  %20 = getelementptr inbounds %struct.value, ptr %19, i64 0
  %21 = getelementptr inbounds %struct.value, ptr %20, i32 0, i32 0
  %22 = load i32, ptr %21, align 8
  %23 = call ptr @type_name(i32 noundef %22)
  call void (i32, ptr, ...) @fail(i32 noundef %18, ptr noundef @.str.47, ptr noundef %23) #16
  unreachable

24:                                               ; preds = %4
  %25 = load ptr, ptr %9, align 8
  %26 = getelementptr inbounds %struct.value, ptr %25, i64 0
  %27 = getelementptr inbounds %struct.value, ptr %26, i32 0, i32 1
  %28 = load ptr, ptr %27, align 8
  %29 = getelementptr inbounds %struct.list, ptr %28, i32 0, i32 0
  %30 = load i32, ptr %29, align 8
  %31 = icmp eq i32 %30, 0
  br i1 %31, label %32, label %34

32:                                               ; preds = %24
  %33 = load i32, ptr %7, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %33, ptr noundef @.str.48) #16
  unreachable

34:                                               ; preds = %24
  %35 = load ptr, ptr %9, align 8
  %36 = getelementptr inbounds %struct.value, ptr %35, i64 0
  %37 = getelementptr inbounds %struct.value, ptr %36, i32 0, i32 1
  %38 = load ptr, ptr %37, align 8
  %39 = getelementptr inbounds %struct.list, ptr %38, i32 0, i32 2
  %40 = load ptr, ptr %39, align 8
  %41 = load ptr, ptr %9, align 8
  %42 = getelementptr inbounds %struct.value, ptr %41, i64 0
  %43 = getelementptr inbounds %struct.value, ptr %42, i32 0, i32 1
  %44 = load ptr, ptr %43, align 8
  %45 = getelementptr inbounds %struct.list, ptr %44, i32 0, i32 0
  %46 = load i32, ptr %45, align 8
  %47 = add nsw i32 %46, -1
  store i32 %47, ptr %45, align 8
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds %struct.value, ptr %40, i64 %48
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %49, i64 16, i1 false)
  %50 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %50
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_str(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca %struct.strbuf, align 8
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %11 = load ptr, ptr %6, align 8
  %12 = load i32, ptr %7, align 4
  %13 = load i32, ptr %8, align 4
  call void @llvm.memset.p0.i64(ptr align 8 %10, i8 0, i64 16, i1 false)
  %14 = load ptr, ptr %9, align 8
  %15 = getelementptr inbounds %struct.value, ptr %14, i64 0
  %16 = getelementptr inbounds { i32, i64 }, ptr %15, i32 0, i32 0
  %17 = load i32, ptr %16, align 8
  %18 = getelementptr inbounds { i32, i64 }, ptr %15, i32 0, i32 1
  %19 = load i64, ptr %18, align 8
  call void @format_value(ptr noundef %10, i32 %17, i64 %19, i32 noundef 0)
  %20 = getelementptr inbounds %struct.strbuf, ptr %10, i32 0, i32 0
  %21 = load ptr, ptr %20, align 8
  %22 = getelementptr inbounds %struct.strbuf, ptr %10, i32 0, i32 1
  %23 = load i32, ptr %22, align 8
  %24 = call { i32, i64 } @string_value(ptr noundef %21, i32 noundef %23)
  %25 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %26 = extractvalue { i32, i64 } %24, 0
  store i32 %26, ptr %25, align 8
  %27 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %28 = extractvalue { i32, i64 } %24, 1
  store i64 %28, ptr %27, align 8
  %29 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %29
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_int(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i64, align 8
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %12 = load ptr, ptr %6, align 8
  %13 = load i32, ptr %8, align 4
  %14 = load ptr, ptr %9, align 8
  %15 = getelementptr inbounds %struct.value, ptr %14, i64 0
  %16 = getelementptr inbounds %struct.value, ptr %15, i32 0, i32 0
  %17 = load i32, ptr %16, align 8
  %18 = icmp eq i32 %17, 4
  br i1 %18, label %19, label %54

19:                                               ; preds = %4
  %20 = load ptr, ptr %9, align 8
  %21 = getelementptr inbounds %struct.value, ptr %20, i64 0
  %22 = getelementptr inbounds %struct.value, ptr %21, i32 0, i32 1
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr inbounds %struct.string, ptr %23, i32 0, i32 2
  %25 = getelementptr inbounds [0 x i8], ptr %24, i64 0, i64 0
  %26 = call i64 @strtoll(ptr noundef %25, ptr noundef %10, i32 noundef 10) #15
  store i64 %26, ptr %11, align 8
  %27 = load ptr, ptr %10, align 8
  %28 = load i8, ptr %27, align 1
  %29 = sext i8 %28 to i32
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %39, label %31

31:                                               ; preds = %19
  %32 = load ptr, ptr %9, align 8
  %33 = getelementptr inbounds %struct.value, ptr %32, i64 0
  %34 = getelementptr inbounds %struct.value, ptr %33, i32 0, i32 1
  %35 = load ptr, ptr %34, align 8
  %36 = getelementptr inbounds %struct.string, ptr %35, i32 0, i32 0
  %37 = load i32, ptr %36, align 4
  %38 = icmp eq i32 %37, 0
  br i1 %38, label %39, label %47

39:                                               ; preds = %31, %19
  %40 = load i32, ptr %7, align 4
  %41 = load ptr, ptr %9, align 8
  %42 = getelementptr inbounds %struct.value, ptr %41, i64 0
  %43 = getelementptr inbounds %struct.value, ptr %42, i32 0, i32 1
  %44 = load ptr, ptr %43, align 8
  %45 = getelementptr inbounds %struct.string, ptr %44, i32 0, i32 2
  %46 = getelementptr inbounds [0 x i8], ptr %45, i64 0, i64 0
  call void (i32, ptr, ...) @fail(i32 noundef %40, ptr noundef @.str.49, ptr noundef %46) #16
  unreachable

47:                                               ; preds = %31
  %48 = load i64, ptr %11, align 8
  %49 = call { i32, i64 } @int_value(i64 noundef %48)
  %50 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %51 = extractvalue { i32, i64 } %49, 0
  store i32 %51, ptr %50, align 8
  %52 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %53 = extractvalue { i32, i64 } %49, 1
  store i64 %53, ptr %52, align 8
  br label %69

54:                                               ; preds = %4
  %55 = load ptr, ptr %9, align 8
  %56 = getelementptr inbounds %struct.value, ptr %55, i64 0
  %57 = load i32, ptr %7, align 4
  %58 = getelementptr inbounds { i32, i64 }, ptr %56, i32 0, i32 0
  %59 = load i32, ptr %58, align 8
  %60 = getelementptr inbounds { i32, i64 }, ptr %56, i32 0, i32 1
  %61 = load i64, ptr %60, align 8
  %62 = call double @as_number(i32 %59, i64 %61, i32 noundef %57, ptr noundef @.str.50)
  %63 = fptosi double %62 to i64
  %64 = call { i32, i64 } @int_value(i64 noundef %63)
  %65 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %66 = extractvalue { i32, i64 } %64, 0
  store i32 %66, ptr %65, align 8
  %67 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %68 = extractvalue { i32, i64 } %64, 1
  store i64 %68, ptr %67, align 8
  br label %69

69:                                               ; preds = %54, %47
  %70 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %70
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_float(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %10 = load ptr, ptr %6, align 8
  %11 = load i32, ptr %8, align 4
  %12 = load ptr, ptr %9, align 8
  %13 = getelementptr inbounds %struct.value, ptr %12, i64 0
  %14 = load i32, ptr %7, align 4
  %15 = getelementptr inbounds { i32, i64 }, ptr %13, i32 0, i32 0
  %16 = load i32, ptr %15, align 8
  %17 = getelementptr inbounds { i32, i64 }, ptr %13, i32 0, i32 1
  %18 = load i64, ptr %17, align 8
  %19 = call double @as_number(i32 %16, i64 %18, i32 noundef %14, ptr noundef @.str.52)
  %20 = call { i32, i64 } @float_value(double noundef %19)
  %21 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %22 = extractvalue { i32, i64 } %20, 0
  store i32 %22, ptr %21, align 8
  %23 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %24 = extractvalue { i32, i64 } %20, 1
  store i64 %24, ptr %23, align 8
  %25 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %25
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_sqrt(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca double, align 8
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %11 = load ptr, ptr %6, align 8
  %12 = load i32, ptr %8, align 4
  %13 = load ptr, ptr %9, align 8
  %14 = getelementptr inbounds %struct.value, ptr %13, i64 0
  %15 = load i32, ptr %7, align 4
  %16 = getelementptr inbounds { i32, i64 }, ptr %14, i32 0, i32 0
  %17 = load i32, ptr %16, align 8
  %18 = getelementptr inbounds { i32, i64 }, ptr %14, i32 0, i32 1
  %19 = load i64, ptr %18, align 8
  %20 = call double @as_number(i32 %17, i64 %19, i32 noundef %15, ptr noundef @.str.53)
  store double %20, ptr %10, align 8
  %21 = load double, ptr %10, align 8
  %22 = fcmp olt double %21, 0.000000e+00
  br i1 %22, label %23, label %25

23:                                               ; preds = %4
  %24 = load i32, ptr %7, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %24, ptr noundef @.str.54) #16
  unreachable

25:                                               ; preds = %4
  %26 = load double, ptr %10, align 8
  %27 = call double @sqrt(double noundef %26) #15
  %28 = call { i32, i64 } @float_value(double noundef %27)
  %29 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %30 = extractvalue { i32, i64 } %28, 0
  store i32 %30, ptr %29, align 8
  %31 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %32 = extractvalue { i32, i64 } %28, 1
  store i64 %32, ptr %31, align 8
  %33 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %33
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_abs(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %10 = load ptr, ptr %6, align 8
  %11 = load i32, ptr %8, align 4
  %12 = load ptr, ptr %9, align 8
  %13 = getelementptr inbounds %struct.value, ptr %12, i64 0
  %14 = getelementptr inbounds %struct.value, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %14, align 8
  %16 = icmp eq i32 %15, 2
  br i1 %16, label %17, label %41

17:                                               ; preds = %4
  %18 = load ptr, ptr %9, align 8
  %19 = getelementptr inbounds %struct.value, ptr %18, i64 0
  %20 = getelementptr inbounds %struct.value, ptr %19, i32 0, i32 1
  %21 = load i64, ptr %20, align 8
  %22 = icmp slt i64 %21, 0
  br i1 %22, label %23, label %29

23:                                               ; preds = %17
  %24 = load ptr, ptr %9, align 8
  %25 = getelementptr inbounds %struct.value, ptr %24, i64 0
  %26 = getelementptr inbounds %struct.value, ptr %25, i32 0, i32 1
  %27 = load i64, ptr %26, align 8
  %28 = sub nsw i64 0, %27
  br label %34

29:                                               ; preds = %17
  %30 = load ptr, ptr %9, align 8
  %31 = getelementptr inbounds %struct.value, ptr %30, i64 0
  %32 = getelementptr inbounds %struct.value, ptr %31, i32 0, i32 1
  %33 = load i64, ptr %32, align 8
  br label %34

34:                                               ; preds = %29, %23
  %35 = phi i64 [ %28, %23 ], [ %33, %29 ]
  %36 = call { i32, i64 } @int_value(i64 noundef %35)
  %37 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %38 = extractvalue { i32, i64 } %36, 0
  store i32 %38, ptr %37, align 8
  %39 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %40 = extractvalue { i32, i64 } %36, 1
  store i64 %40, ptr %39, align 8
  br label %56

41:                                               ; preds = %4
  %42 = load ptr, ptr %9, align 8
  %43 = getelementptr inbounds %struct.value, ptr %42, i64 0
  %44 = load i32, ptr %7, align 4
  %45 = getelementptr inbounds { i32, i64 }, ptr %43, i32 0, i32 0
  %46 = load i32, ptr %45, align 8
  %47 = getelementptr inbounds { i32, i64 }, ptr %43, i32 0, i32 1
  %48 = load i64, ptr %47, align 8
  %49 = call double @as_number(i32 %46, i64 %48, i32 noundef %44, ptr noundef @.str.55)
  %50 = call double @llvm.fabs.f64(double %49)
  %51 = call { i32, i64 } @float_value(double noundef %50)
  %52 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %53 = extractvalue { i32, i64 } %51, 0
  store i32 %53, ptr %52, align 8
  %54 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %55 = extractvalue { i32, i64 } %51, 1
  store i64 %55, ptr %54, align 8
  br label %56

56:                                               ; preds = %41, %34
  %57 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %57
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_min(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %10 = load ptr, ptr %6, align 8
  %11 = load i32, ptr %7, align 4
  %12 = load i32, ptr %8, align 4
  %13 = load ptr, ptr %9, align 8
  %14 = call { i32, i64 } @native_min_max(i32 noundef 0, i32 noundef %11, i32 noundef %12, ptr noundef %13)
  %15 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %16 = extractvalue { i32, i64 } %14, 0
  store i32 %16, ptr %15, align 8
  %17 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %18 = extractvalue { i32, i64 } %14, 1
  store i64 %18, ptr %17, align 8
  %19 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %19
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_max(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %10 = load ptr, ptr %6, align 8
  %11 = load i32, ptr %7, align 4
  %12 = load i32, ptr %8, align 4
  %13 = load ptr, ptr %9, align 8
  %14 = call { i32, i64 } @native_min_max(i32 noundef 1, i32 noundef %11, i32 noundef %12, ptr noundef %13)
  %15 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %16 = extractvalue { i32, i64 } %14, 0
  store i32 %16, ptr %15, align 8
  %17 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %18 = extractvalue { i32, i64 } %14, 1
  store i64 %18, ptr %17, align 8
  %19 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %19
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_chr(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i8, align 1
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %11 = load ptr, ptr %6, align 8
  %12 = load i32, ptr %8, align 4
  %13 = load ptr, ptr %9, align 8
  %14 = getelementptr inbounds %struct.value, ptr %13, i64 0
  %15 = getelementptr inbounds %struct.value, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %15, align 8
  %17 = icmp ne i32 %16, 2
  br i1 %17, label %30, label %18

18:                                               ; preds = %4
  %19 = load ptr, ptr %9, align 8
  %20 = getelementptr inbounds %struct.value, ptr %19, i64 0
  %21 = getelementptr inbounds %struct.value, ptr %20, i32 0, i32 1
  %22 = load i64, ptr %21, align 8
  %23 = icmp slt i64 %22, 1
  br i1 %23, label %30, label %24

24:                                               ; preds = %18
  %25 = load ptr, ptr %9, align 8
  %26 = getelementptr inbounds %struct.value, ptr %25, i64 0
  %27 = getelementptr inbounds %struct.value, ptr %26, i32 0, i32 1
  %28 = load i64, ptr %27, align 8
  %29 = icmp sgt i64 %28, 127
  br i1 %29, label %30, label %32

30:                                               ; preds = %24, %18, %4
  %31 = load i32, ptr %7, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %31, ptr noundef @.str.58) #16
  unreachable

32:                                               ; preds = %24
  %33 = load ptr, ptr %9, align 8
  %34 = getelementptr inbounds %struct.value, ptr %33, i64 0
  %35 = getelementptr inbounds %struct.value, ptr %34, i32 0, i32 1
  %36 = load i64, ptr %35, align 8
  %37 = trunc i64 %36 to i8
  store i8 %37, ptr %10, align 1
  %38 = call { i32, i64 } @string_value(ptr noundef %10, i32 noundef 1)
  %39 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %40 = extractvalue { i32, i64 } %38, 0
  store i32 %40, ptr %39, align 8
  %41 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %42 = extractvalue { i32, i64 } %38, 1
  store i64 %42, ptr %41, align 8
  %43 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %43
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_ord(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %10 = load ptr, ptr %6, align 8
  %11 = load i32, ptr %8, align 4
  %12 = load ptr, ptr %9, align 8
  %13 = getelementptr inbounds %struct.value, ptr %12, i64 0
  %14 = getelementptr inbounds %struct.value, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %14, align 8
  %16 = icmp ne i32 %15, 4
  br i1 %16, label %25, label %17

17:                                               ; preds = %4
  %18 = load ptr, ptr %9, align 8
  %19 = getelementptr inbounds %struct.value, ptr %18, i64 0
  %20 = getelementptr inbounds %struct.value, ptr %19, i32 0, i32 1
  %21 = load ptr, ptr %20, align 8
  %22 = getelementptr inbounds %struct.string, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %22, align 4
  %24 = icmp ne i32 %23, 1
  br i1 %24, label %25, label %27

25:                                               ; preds = %17, %4
  %26 = load i32, ptr %7, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %26, ptr noundef @.str.59) #16
  unreachable

27:                                               ; preds = %17
  %28 = load ptr, ptr %9, align 8
  %29 = getelementptr inbounds %struct.value, ptr %28, i64 0
  %30 = getelementptr inbounds %struct.value, ptr %29, i32 0, i32 1
  %31 = load ptr, ptr %30, align 8
  %32 = getelementptr inbounds %struct.string, ptr %31, i32 0, i32 2
  %33 = getelementptr inbounds [0 x i8], ptr %32, i64 0, i64 0
  %34 = load i8, ptr %33, align 4
  %35 = zext i8 %34 to i64
  %36 = call { i32, i64 } @int_value(i64 noundef %35)
  %37 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %38 = extractvalue { i32, i64 } %36, 0
  store i32 %38, ptr %37, align 8
  %39 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %40 = extractvalue { i32, i64 } %36, 1
  store i64 %40, ptr %39, align 8
  %41 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %41
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_substr(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %13 = load ptr, ptr %6, align 8
  %14 = load i32, ptr %8, align 4
  %15 = load ptr, ptr %9, align 8
  %16 = getelementptr inbounds %struct.value, ptr %15, i64 0
  %17 = getelementptr inbounds %struct.value, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %17, align 8
  %19 = icmp ne i32 %18, 4
  br i1 %19, label %32, label %20

20:                                               ; preds = %4
  %21 = load ptr, ptr %9, align 8
  %22 = getelementptr inbounds %struct.value, ptr %21, i64 1
  %23 = getelementptr inbounds %struct.value, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %23, align 8
  %25 = icmp ne i32 %24, 2
  br i1 %25, label %32, label %26

26:                                               ; preds = %20
  %27 = load ptr, ptr %9, align 8
  %28 = getelementptr inbounds %struct.value, ptr %27, i64 2
  %29 = getelementptr inbounds %struct.value, ptr %28, i32 0, i32 0
  %30 = load i32, ptr %29, align 8
  %31 = icmp ne i32 %30, 2
  br i1 %31, label %32, label %34

32:                                               ; preds = %26, %20, %4
  %33 = load i32, ptr %7, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %33, ptr noundef @.str.60) #16
  unreachable

34:                                               ; preds = %26
  %35 = load ptr, ptr %9, align 8
  %36 = getelementptr inbounds %struct.value, ptr %35, i64 0
  %37 = getelementptr inbounds %struct.value, ptr %36, i32 0, i32 1
  %38 = load ptr, ptr %37, align 8
  %39 = getelementptr inbounds %struct.string, ptr %38, i32 0, i32 0
  %40 = load i32, ptr %39, align 4
  %41 = sext i32 %40 to i64
  store i64 %41, ptr %10, align 8
  %42 = load ptr, ptr %9, align 8
  %43 = getelementptr inbounds %struct.value, ptr %42, i64 1
  %44 = getelementptr inbounds %struct.value, ptr %43, i32 0, i32 1
  %45 = load i64, ptr %44, align 8
  store i64 %45, ptr %11, align 8
  %46 = load ptr, ptr %9, align 8
  %47 = getelementptr inbounds %struct.value, ptr %46, i64 2
  %48 = getelementptr inbounds %struct.value, ptr %47, i32 0, i32 1
  %49 = load i64, ptr %48, align 8
  store i64 %49, ptr %12, align 8
  %50 = load i64, ptr %11, align 8
  %51 = icmp slt i64 %50, 0
  br i1 %51, label %61, label %52

52:                                               ; preds = %34
  %53 = load i64, ptr %12, align 8
  %54 = icmp slt i64 %53, 0
  br i1 %54, label %61, label %55

55:                                               ; preds = %52
  %56 = load i64, ptr %11, align 8
  %57 = load i64, ptr %12, align 8
  %58 = add nsw i64 %56, %57
  %59 = load i64, ptr %10, align 8
  %60 = icmp sgt i64 %58, %59
  br i1 %60, label %61, label %66

61:                                               ; preds = %55, %52, %34
  %62 = load i32, ptr %7, align 4
  %63 = load i64, ptr %11, align 8
  %64 = load i64, ptr %12, align 8
  %65 = load i64, ptr %10, align 8
  call void (i32, ptr, ...) @fail(i32 noundef %62, ptr noundef @.str.61, i64 noundef %63, i64 noundef %64, i64 noundef %65) #16
  unreachable

66:                                               ; preds = %55
  %67 = load ptr, ptr %9, align 8
  %68 = getelementptr inbounds %struct.value, ptr %67, i64 0
  %69 = getelementptr inbounds %struct.value, ptr %68, i32 0, i32 1
  %70 = load ptr, ptr %69, align 8
  %71 = getelementptr inbounds %struct.string, ptr %70, i32 0, i32 2
  %72 = getelementptr inbounds [0 x i8], ptr %71, i64 0, i64 0
  %73 = load i64, ptr %11, align 8
  %74 = getelementptr inbounds i8, ptr %72, i64 %73
  %75 = load i64, ptr %12, align 8
  %76 = trunc i64 %75 to i32
  %77 = call { i32, i64 } @string_value(ptr noundef %74, i32 noundef %76)
  %78 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %79 = extractvalue { i32, i64 } %77, 0
  store i32 %79, ptr %78, align 8
  %80 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %81 = extractvalue { i32, i64 } %77, 1
  store i64 %81, ptr %80, align 8
  %82 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %82
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_type(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %11 = load ptr, ptr %6, align 8
  %12 = load i32, ptr %7, align 4
  %13 = load i32, ptr %8, align 4
  %14 = load ptr, ptr %9, align 8
  %15 = getelementptr inbounds %struct.value, ptr %14, i64 0
  %16 = getelementptr inbounds %struct.value, ptr %15, i32 0, i32 0
  %17 = load i32, ptr %16, align 8
  %18 = call ptr @type_name(i32 noundef %17)
  store ptr %18, ptr %10, align 8
  %19 = load ptr, ptr %10, align 8
  %20 = load ptr, ptr %10, align 8
  %21 = call i64 @strlen(ptr noundef %20) #13
  %22 = trunc i64 %21 to i32
  %23 = call { i32, i64 } @string_value(ptr noundef %19, i32 noundef %22)
  %24 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %25 = extractvalue { i32, i64 } %23, 0
  store i32 %25, ptr %24, align 8
  %26 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %27 = extractvalue { i32, i64 } %23, 1
  store i64 %27, ptr %26, align 8
  %28 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %28
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_list(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i64, align 8
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %12 = load ptr, ptr %6, align 8
  %13 = load i32, ptr %8, align 4
  %14 = load ptr, ptr %9, align 8
  %15 = getelementptr inbounds %struct.value, ptr %14, i64 0
  %16 = getelementptr inbounds %struct.value, ptr %15, i32 0, i32 0
  %17 = load i32, ptr %16, align 8
  %18 = icmp ne i32 %17, 2
  br i1 %18, label %31, label %19

19:                                               ; preds = %4
  %20 = load ptr, ptr %9, align 8
  %21 = getelementptr inbounds %struct.value, ptr %20, i64 0
  %22 = getelementptr inbounds %struct.value, ptr %21, i32 0, i32 1
  %23 = load i64, ptr %22, align 8
  %24 = icmp slt i64 %23, 0
  br i1 %24, label %31, label %25

25:                                               ; preds = %19
  %26 = load ptr, ptr %9, align 8
  %27 = getelementptr inbounds %struct.value, ptr %26, i64 0
  %28 = getelementptr inbounds %struct.value, ptr %27, i32 0, i32 1
  %29 = load i64, ptr %28, align 8
  %30 = icmp sgt i64 %29, 1000000
  br i1 %30, label %31, label %33

31:                                               ; preds = %25, %19, %4
  %32 = load i32, ptr %7, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %32, ptr noundef @.str.62) #16
  unreachable

33:                                               ; preds = %25
  %34 = load ptr, ptr %9, align 8
  %35 = getelementptr inbounds %struct.value, ptr %34, i64 0
  %36 = getelementptr inbounds %struct.value, ptr %35, i32 0, i32 1
  %37 = load i64, ptr %36, align 8
  %38 = trunc i64 %37 to i32
  %39 = call ptr @new_list(i32 noundef %38)
  store ptr %39, ptr %10, align 8
  store i64 0, ptr %11, align 8
  br label %40

40:                                               ; preds = %55, %33
  %41 = load i64, ptr %11, align 8
  %42 = load ptr, ptr %9, align 8
  %43 = getelementptr inbounds %struct.value, ptr %42, i64 0
  %44 = getelementptr inbounds %struct.value, ptr %43, i32 0, i32 1
  %45 = load i64, ptr %44, align 8
  %46 = icmp slt i64 %41, %45
  br i1 %46, label %47, label %58

47:                                               ; preds = %40
  %48 = load ptr, ptr %10, align 8
  %49 = load ptr, ptr %9, align 8
  %50 = getelementptr inbounds %struct.value, ptr %49, i64 1
  %51 = getelementptr inbounds { i32, i64 }, ptr %50, i32 0, i32 0
  %52 = load i32, ptr %51, align 8
  %53 = getelementptr inbounds { i32, i64 }, ptr %50, i32 0, i32 1
  %54 = load i64, ptr %53, align 8
  call void @list_push(ptr noundef %48, i32 %52, i64 %54)
  br label %55

55:                                               ; preds = %47
  %56 = load i64, ptr %11, align 8
  %57 = add nsw i64 %56, 1
  store i64 %57, ptr %11, align 8
  br label %40, !llvm.loop !21

58:                                               ; preds = %40
  %59 = getelementptr inbounds %struct.value, ptr %5, i32 0, i32 0
  store i32 5, ptr %59, align 8
  %60 = getelementptr inbounds %struct.value, ptr %5, i32 0, i32 1
  %61 = load ptr, ptr %10, align 8
  store ptr %61, ptr %60, align 8
  %62 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %62
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @format_value(ptr noundef %0, i32 %1, i64 %2, i32 noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca [64 x i8], align 16
  %9 = alloca i32, align 4
  %10 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  store i32 %1, ptr %10, align 8
  %11 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  store i64 %2, ptr %11, align 8
  store ptr %0, ptr %6, align 8
  store i32 %3, ptr %7, align 4
  %12 = getelementptr inbounds %struct.value, ptr %5, i32 0, i32 0
  %13 = load i32, ptr %12, align 8
  switch i32 %13, label %106 [
    i32 0, label %14
    i32 1, label %16
    i32 2, label %23
    i32 3, label %27
    i32 4, label %40
    i32 5, label %60
    i32 6, label %92
    i32 7, label %100
  ]

14:                                               ; preds = %4
  %15 = load ptr, ptr %6, align 8
  call void @sb_puts(ptr noundef %15, ptr noundef @.str.26)
  br label %106

16:                                               ; preds = %4
  %17 = load ptr, ptr %6, align 8
  %18 = getelementptr inbounds %struct.value, ptr %5, i32 0, i32 1
  %19 = load i32, ptr %18, align 8
  %20 = icmp ne i32 %19, 0
  %21 = zext i1 %20 to i64
  %22 = select i1 %20, ptr @.str.27, ptr @.str.28
  call void @sb_puts(ptr noundef %17, ptr noundef %22)
  br label %106

23:                                               ; preds = %4
  %24 = load ptr, ptr %6, align 8
  %25 = getelementptr inbounds %struct.value, ptr %5, i32 0, i32 1
  %26 = load i64, ptr %25, align 8
  call void (ptr, ptr, ...) @sb_printf(ptr noundef %24, ptr noundef @.str.29, i64 noundef %26)
  br label %106

27:                                               ; preds = %4
  %28 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 0
  %29 = getelementptr inbounds %struct.value, ptr %5, i32 0, i32 1
  %30 = load double, ptr %29, align 8
  %31 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %28, i64 noundef 64, ptr noundef @.str.30, double noundef %30) #15
  %32 = load ptr, ptr %6, align 8
  %33 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 0
  call void @sb_puts(ptr noundef %32, ptr noundef %33)
  %34 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 0
  %35 = call ptr @strpbrk(ptr noundef %34, ptr noundef @.str.31) #13
  %36 = icmp ne ptr %35, null
  br i1 %36, label %39, label %37

37:                                               ; preds = %27
  %38 = load ptr, ptr %6, align 8
  call void @sb_puts(ptr noundef %38, ptr noundef @.str.32)
  br label %39

39:                                               ; preds = %37, %27
  br label %106

40:                                               ; preds = %4
  %41 = load i32, ptr %7, align 4
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %43, label %45

43:                                               ; preds = %40
  %44 = load ptr, ptr %6, align 8
  call void @sb_putn(ptr noundef %44, ptr noundef @.str.33, i32 noundef 1)
  br label %45

45:                                               ; preds = %43, %40
  %46 = load ptr, ptr %6, align 8
  %47 = getelementptr inbounds %struct.value, ptr %5, i32 0, i32 1
  %48 = load ptr, ptr %47, align 8
  %49 = getelementptr inbounds %struct.string, ptr %48, i32 0, i32 2
  %50 = getelementptr inbounds [0 x i8], ptr %49, i64 0, i64 0
  %51 = getelementptr inbounds %struct.value, ptr %5, i32 0, i32 1
  %52 = load ptr, ptr %51, align 8
  %53 = getelementptr inbounds %struct.string, ptr %52, i32 0, i32 0
  %54 = load i32, ptr %53, align 4
  call void @sb_putn(ptr noundef %46, ptr noundef %50, i32 noundef %54)
  %55 = load i32, ptr %7, align 4
  %56 = icmp ne i32 %55, 0
  br i1 %56, label %57, label %59

57:                                               ; preds = %45
  %58 = load ptr, ptr %6, align 8
  call void @sb_putn(ptr noundef %58, ptr noundef @.str.33, i32 noundef 1)
  br label %59

59:                                               ; preds = %57, %45
  br label %106

60:                                               ; preds = %4
  %61 = load ptr, ptr %6, align 8
  call void @sb_puts(ptr noundef %61, ptr noundef @.str.34)
  store i32 0, ptr %9, align 4
  br label %62

62:                                               ; preds = %87, %60
  %63 = load i32, ptr %9, align 4
  %64 = getelementptr inbounds %struct.value, ptr %5, i32 0, i32 1
  %65 = load ptr, ptr %64, align 8
  %66 = getelementptr inbounds %struct.list, ptr %65, i32 0, i32 0
  %67 = load i32, ptr %66, align 8
  %68 = icmp slt i32 %63, %67
  br i1 %68, label %69, label %90

69:                                               ; preds = %62
  %70 = load i32, ptr %9, align 4
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %72, label %74

72:                                               ; preds = %69
  %73 = load ptr, ptr %6, align 8
  call void @sb_puts(ptr noundef %73, ptr noundef @.str.35)
  br label %74

74:                                               ; preds = %72, %69
  %75 = load ptr, ptr %6, align 8
  %76 = getelementptr inbounds %struct.value, ptr %5, i32 0, i32 1
  %77 = load ptr, ptr %76, align 8
  %78 = getelementptr inbounds %struct.list, ptr %77, i32 0, i32 2
  %79 = load ptr, ptr %78, align 8
  %80 = load i32, ptr %9, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds %struct.value, ptr %79, i64 %81
  %83 = getelementptr inbounds { i32, i64 }, ptr %82, i32 0, i32 0
  %84 = load i32, ptr %83, align 8
  %85 = getelementptr inbounds { i32, i64 }, ptr %82, i32 0, i32 1
  %86 = load i64, ptr %85, align 8
  call void @format_value(ptr noundef %75, i32 %84, i64 %86, i32 noundef 1)
  br label %87

87:                                               ; preds = %74
  %88 = load i32, ptr %9, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %9, align 4
  br label %62, !llvm.loop !22

90:                                               ; preds = %62
  %91 = load ptr, ptr %6, align 8
  call void @sb_puts(ptr noundef %91, ptr noundef @.str.36)
  br label %106

92:                                               ; preds = %4
  %93 = load ptr, ptr %6, align 8
  %94 = getelementptr inbounds %struct.value, ptr %5, i32 0, i32 1
  %95 = load ptr, ptr %94, align 8
  %96 = getelementptr inbounds %struct.function, ptr %95, i32 0, i32 0
  %97 = load ptr, ptr %96, align 8
  %98 = getelementptr inbounds %struct.string, ptr %97, i32 0, i32 2
  %99 = getelementptr inbounds [0 x i8], ptr %98, i64 0, i64 0
  call void (ptr, ptr, ...) @sb_printf(ptr noundef %93, ptr noundef @.str.37, ptr noundef %99)
  br label %106

100:                                              ; preds = %4
  %101 = load ptr, ptr %6, align 8
  %102 = getelementptr inbounds %struct.value, ptr %5, i32 0, i32 1
  %103 = load ptr, ptr %102, align 8
  %104 = getelementptr inbounds %struct.native, ptr %103, i32 0, i32 0
  %105 = load ptr, ptr %104, align 8
  call void (ptr, ptr, ...) @sb_printf(ptr noundef %101, ptr noundef @.str.38, ptr noundef %105)
  br label %106

106:                                              ; preds = %4, %100, %92, %90, %59, %39, %23, %16, %14
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @nil_value() #0 {
  %1 = alloca %struct.value, align 8
  %2 = getelementptr inbounds %struct.value, ptr %1, i32 0, i32 0
  store i32 0, ptr %2, align 8
  %3 = getelementptr inbounds %struct.value, ptr %1, i32 0, i32 1
  call void @llvm.memset.p0.i64(ptr align 8 %3, i8 0, i64 8, i1 false)
  %4 = load { i32, i64 }, ptr %1, align 8
  ret { i32, i64 } %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @sb_printf(ptr noundef %0, ptr noundef %1, ...) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [128 x i8], align 16
  %6 = alloca [1 x %struct.__va_list_tag], align 16
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %8 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %6, i64 0, i64 0
  call void @llvm.va_start(ptr %8)
  %9 = getelementptr inbounds [128 x i8], ptr %5, i64 0, i64 0
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %6, i64 0, i64 0
  %12 = call i32 @vsnprintf(ptr noundef %9, i64 noundef 128, ptr noundef %10, ptr noundef %11) #15
  store i32 %12, ptr %7, align 4
  %13 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %6, i64 0, i64 0
  call void @llvm.va_end(ptr %13)
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds [128 x i8], ptr %5, i64 0, i64 0
  %16 = load i32, ptr %7, align 4
  %17 = icmp slt i32 %16, 128
  br i1 %17, label %18, label %20

18:                                               ; preds = %2
  %19 = load i32, ptr %7, align 4
  br label %21

20:                                               ; preds = %2
  br label %21

21:                                               ; preds = %20, %18
  %22 = phi i32 [ %19, %18 ], [ 127, %20 ]
  call void @sb_putn(ptr noundef %14, ptr noundef %15, i32 noundef %22)
  ret void
}

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #8

; Function Attrs: nounwind willreturn memory(read)
declare ptr @strpbrk(ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @sb_putn(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds %struct.strbuf, ptr %7, i32 0, i32 0
  %9 = load ptr, ptr %8, align 8
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds %struct.strbuf, ptr %10, i32 0, i32 2
  %12 = load ptr, ptr %4, align 8
  %13 = getelementptr inbounds %struct.strbuf, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 8
  %15 = load i32, ptr %6, align 4
  %16 = add nsw i32 %14, %15
  %17 = add nsw i32 %16, 1
  %18 = call ptr @grow(ptr noundef %9, ptr noundef %11, i32 noundef %17, i64 noundef 1)
  %19 = load ptr, ptr %4, align 8
  %20 = getelementptr inbounds %struct.strbuf, ptr %19, i32 0, i32 0
  store ptr %18, ptr %20, align 8
  %21 = load ptr, ptr %4, align 8
  %22 = getelementptr inbounds %struct.strbuf, ptr %21, i32 0, i32 0
  %23 = load ptr, ptr %22, align 8
  %24 = load ptr, ptr %4, align 8
  %25 = getelementptr inbounds %struct.strbuf, ptr %24, i32 0, i32 1
  %26 = load i32, ptr %25, align 8
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds i8, ptr %23, i64 %27
  %29 = load ptr, ptr %5, align 8
  %30 = load i32, ptr %6, align 4
  %31 = sext i32 %30 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %28, ptr align 1 %29, i64 %31, i1 false)
  %32 = load i32, ptr %6, align 4
  %33 = load ptr, ptr %4, align 8
  %34 = getelementptr inbounds %struct.strbuf, ptr %33, i32 0, i32 1
  %35 = load i32, ptr %34, align 8
  %36 = add nsw i32 %35, %32
  store i32 %36, ptr %34, align 8
  %37 = load ptr, ptr %4, align 8
  %38 = getelementptr inbounds %struct.strbuf, ptr %37, i32 0, i32 0
  %39 = load ptr, ptr %38, align 8
  %40 = load ptr, ptr %4, align 8
  %41 = getelementptr inbounds %struct.strbuf, ptr %40, i32 0, i32 1
  %42 = load i32, ptr %41, align 8
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds i8, ptr %39, i64 %43
  store i8 0, ptr %44, align 1
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start(ptr) #9

; Function Attrs: nounwind
declare i32 @vsnprintf(ptr noundef, i64 noundef, ptr noundef, ptr noundef) #8

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end(ptr) #9

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @grow(ptr noundef %0, ptr noundef %1, i32 noundef %2, i64 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store i64 %3, ptr %9, align 8
  %12 = load i32, ptr %8, align 4
  %13 = load ptr, ptr %7, align 8
  %14 = load i32, ptr %13, align 4
  %15 = icmp sle i32 %12, %14
  br i1 %15, label %16, label %18

16:                                               ; preds = %4
  %17 = load ptr, ptr %6, align 8
  store ptr %17, ptr %5, align 8
  br label %55

18:                                               ; preds = %4
  %19 = load ptr, ptr %7, align 8
  %20 = load i32, ptr %19, align 4
  %21 = icmp slt i32 %20, 8
  br i1 %21, label %22, label %23

22:                                               ; preds = %18
  br label %26

23:                                               ; preds = %18
  %24 = load ptr, ptr %7, align 8
  %25 = load i32, ptr %24, align 4
  br label %26

26:                                               ; preds = %23, %22
  %27 = phi i32 [ 8, %22 ], [ %25, %23 ]
  store i32 %27, ptr %10, align 4
  br label %28

28:                                               ; preds = %32, %26
  %29 = load i32, ptr %10, align 4
  %30 = load i32, ptr %8, align 4
  %31 = icmp slt i32 %29, %30
  br i1 %31, label %32, label %35

32:                                               ; preds = %28
  %33 = load i32, ptr %10, align 4
  %34 = mul nsw i32 %33, 2
  store i32 %34, ptr %10, align 4
  br label %28, !llvm.loop !23

35:                                               ; preds = %28
  %36 = load i32, ptr %10, align 4
  %37 = sext i32 %36 to i64
  %38 = load i64, ptr %9, align 8
  %39 = mul i64 %37, %38
  %40 = call ptr @arena_alloc(i64 noundef %39)
  store ptr %40, ptr %11, align 8
  %41 = load ptr, ptr %6, align 8
  %42 = icmp ne ptr %41, null
  br i1 %42, label %43, label %51

43:                                               ; preds = %35
  %44 = load ptr, ptr %11, align 8
  %45 = load ptr, ptr %6, align 8
  %46 = load ptr, ptr %7, align 8
  %47 = load i32, ptr %46, align 4
  %48 = sext i32 %47 to i64
  %49 = load i64, ptr %9, align 8
  %50 = mul i64 %48, %49
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %44, ptr align 1 %45, i64 %50, i1 false)
  br label %51

51:                                               ; preds = %43, %35
  %52 = load i32, ptr %10, align 4
  %53 = load ptr, ptr %7, align 8
  store i32 %52, ptr %53, align 4
  %54 = load ptr, ptr %11, align 8
  store ptr %54, ptr %5, align 8
  br label %55

55:                                               ; preds = %51, %16
  %56 = load ptr, ptr %5, align 8
  ret ptr %56
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @int_value(i64 noundef %0) #0 {
  %2 = alloca %struct.value, align 8
  %3 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  %4 = getelementptr inbounds %struct.value, ptr %2, i32 0, i32 0
  store i32 2, ptr %4, align 8
  %5 = getelementptr inbounds %struct.value, ptr %2, i32 0, i32 1
  %6 = load i64, ptr %3, align 8
  store i64 %6, ptr %5, align 8
  %7 = load { i32, i64 }, ptr %2, align 8
  ret { i32, i64 } %7
}

; Function Attrs: noinline noreturn nounwind optnone uwtable
define internal void @fail(i32 noundef %0, ptr noundef %1, ...) #10 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca [1 x %struct.__va_list_tag], align 16
  store i32 %0, ptr %3, align 4
  store ptr %1, ptr %4, align 8
  %7 = load i32, ptr %3, align 4
  %8 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef @error_message, i64 noundef 256, ptr noundef @.str.40, i32 noundef %7) #15
  store i32 %8, ptr %5, align 4
  %9 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %6, i64 0, i64 0
  call void @llvm.va_start(ptr %9)
  %10 = load i32, ptr %5, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds i8, ptr @error_message, i64 %11
  %13 = load i32, ptr %5, align 4
  %14 = sext i32 %13 to i64
  %15 = sub i64 256, %14
  %16 = load ptr, ptr %4, align 8
  %17 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %6, i64 0, i64 0
  %18 = call i32 @vsnprintf(ptr noundef %12, i64 noundef %15, ptr noundef %16, ptr noundef %17) #15
  %19 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %6, i64 0, i64 0
  call void @llvm.va_end(ptr %19)
  call void @longjmp(ptr noundef @error_jump, i32 noundef 1) #18
  unreachable
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @type_name(i32 noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %13 [
    i32 0, label %5
    i32 1, label %6
    i32 2, label %7
    i32 3, label %8
    i32 4, label %9
    i32 5, label %10
    i32 6, label %11
    i32 7, label %12
  ]

5:                                                ; preds = %1
  store ptr @.str.26, ptr %2, align 8
  br label %14

6:                                                ; preds = %1
  store ptr @.str.41, ptr %2, align 8
  br label %14

7:                                                ; preds = %1
  store ptr @.str.13, ptr %2, align 8
  br label %14

8:                                                ; preds = %1
  store ptr @.str.14, ptr %2, align 8
  br label %14

9:                                                ; preds = %1
  store ptr @.str.42, ptr %2, align 8
  br label %14

10:                                               ; preds = %1
  store ptr @.str.23, ptr %2, align 8
  br label %14

11:                                               ; preds = %1
  store ptr @.str.43, ptr %2, align 8
  br label %14

12:                                               ; preds = %1
  store ptr @.str.44, ptr %2, align 8
  br label %14

13:                                               ; preds = %1
  store ptr @.str.45, ptr %2, align 8
  br label %14

14:                                               ; preds = %13, %12, %11, %10, %9, %8, %7, %6, %5
  %15 = load ptr, ptr %2, align 8
  ret ptr %15
}

; Function Attrs: noreturn nounwind
declare void @longjmp(ptr noundef, i32 noundef) #7

; Function Attrs: noinline nounwind optnone uwtable
define internal void @list_push(ptr noundef %0, i32 %1, i64 %2) #0 {
  %4 = alloca %struct.value, align 8
  %5 = alloca ptr, align 8
  %6 = getelementptr inbounds { i32, i64 }, ptr %4, i32 0, i32 0
  store i32 %1, ptr %6, align 8
  %7 = getelementptr inbounds { i32, i64 }, ptr %4, i32 0, i32 1
  store i64 %2, ptr %7, align 8
  store ptr %0, ptr %5, align 8
  %8 = load ptr, ptr %5, align 8
  %9 = getelementptr inbounds %struct.list, ptr %8, i32 0, i32 2
  %10 = load ptr, ptr %9, align 8
  %11 = load ptr, ptr %5, align 8
  %12 = getelementptr inbounds %struct.list, ptr %11, i32 0, i32 1
  %13 = load ptr, ptr %5, align 8
  %14 = getelementptr inbounds %struct.list, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %14, align 8
  %16 = add nsw i32 %15, 1
  %17 = call ptr @grow(ptr noundef %10, ptr noundef %12, i32 noundef %16, i64 noundef 16)
  %18 = load ptr, ptr %5, align 8
  %19 = getelementptr inbounds %struct.list, ptr %18, i32 0, i32 2
  store ptr %17, ptr %19, align 8
  %20 = load ptr, ptr %5, align 8
  %21 = getelementptr inbounds %struct.list, ptr %20, i32 0, i32 2
  %22 = load ptr, ptr %21, align 8
  %23 = load ptr, ptr %5, align 8
  %24 = getelementptr inbounds %struct.list, ptr %23, i32 0, i32 0
  %25 = load i32, ptr %24, align 8
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %24, align 8
  %27 = sext i32 %25 to i64
  %28 = getelementptr inbounds %struct.value, ptr %22, i64 %27
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %28, ptr align 8 %4, i64 16, i1 false)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @string_value(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca %struct.value, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  %6 = getelementptr inbounds %struct.value, ptr %3, i32 0, i32 0
  store i32 4, ptr %6, align 8
  %7 = getelementptr inbounds %struct.value, ptr %3, i32 0, i32 1
  %8 = load ptr, ptr %4, align 8
  %9 = load i32, ptr %5, align 4
  %10 = call ptr @intern(ptr noundef %8, i32 noundef %9)
  store ptr %10, ptr %7, align 8
  %11 = load { i32, i64 }, ptr %3, align 8
  ret { i32, i64 } %11
}

; Function Attrs: nounwind
declare i64 @strtoll(ptr noundef, ptr noundef, i32 noundef) #8

; Function Attrs: noinline nounwind optnone uwtable
define internal double @as_number(i32 %0, i64 %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca double, align 8
  %6 = alloca %struct.value, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 0
  store i32 %0, ptr %9, align 8
  %10 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %10, align 8
  store i32 %2, ptr %7, align 4
  store ptr %3, ptr %8, align 8
  %11 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 0
  %12 = load i32, ptr %11, align 8
  %13 = icmp eq i32 %12, 2
  br i1 %13, label %14, label %18

14:                                               ; preds = %4
  %15 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %16 = load i64, ptr %15, align 8
  %17 = sitofp i64 %16 to double
  store double %17, ptr %5, align 8
  br label %31

18:                                               ; preds = %4
  %19 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 0
  %20 = load i32, ptr %19, align 8
  %21 = icmp eq i32 %20, 3
  br i1 %21, label %22, label %25

22:                                               ; preds = %18
  %23 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %24 = load double, ptr %23, align 8
  store double %24, ptr %5, align 8
  br label %31

25:                                               ; preds = %18
  %26 = load i32, ptr %7, align 4
  %27 = load ptr, ptr %8, align 8
  %28 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 0
  %29 = load i32, ptr %28, align 8
  %30 = call ptr @type_name(i32 noundef %29)
  call void (i32, ptr, ...) @fail(i32 noundef %26, ptr noundef @.str.51, ptr noundef %27, ptr noundef %30) #16
  unreachable

31:                                               ; preds = %22, %14
  %32 = load double, ptr %5, align 8
  ret double %32
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @float_value(double noundef %0) #0 {
  %2 = alloca %struct.value, align 8
  %3 = alloca double, align 8
  store double %0, ptr %3, align 8
  %4 = getelementptr inbounds %struct.value, ptr %2, i32 0, i32 0
  store i32 3, ptr %4, align 8
  %5 = getelementptr inbounds %struct.value, ptr %2, i32 0, i32 1
  %6 = load double, ptr %3, align 8
  store double %6, ptr %5, align 8
  %7 = load { i32, i64 }, ptr %2, align 8
  ret { i32, i64 } %7
}

; Function Attrs: nounwind
declare double @sqrt(double noundef) #8

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #11

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @native_min_max(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 %0, ptr %6, align 4
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  %12 = load i32, ptr %8, align 4
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %20

14:                                               ; preds = %4
  %15 = load i32, ptr %7, align 4
  %16 = load i32, ptr %6, align 4
  %17 = icmp ne i32 %16, 0
  %18 = zext i1 %17 to i64
  %19 = select i1 %17, ptr @.str.18, ptr @.str.17
  call void (i32, ptr, ...) @fail(i32 noundef %15, ptr noundef @.str.56, ptr noundef %19) #16
  unreachable

20:                                               ; preds = %4
  %21 = load ptr, ptr %9, align 8
  %22 = getelementptr inbounds %struct.value, ptr %21, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %22, i64 16, i1 false)
  store i32 1, ptr %10, align 4
  br label %23

23:                                               ; preds = %56, %20
  %24 = load i32, ptr %10, align 4
  %25 = load i32, ptr %8, align 4
  %26 = icmp slt i32 %24, %25
  br i1 %26, label %27, label %59

27:                                               ; preds = %23
  %28 = load ptr, ptr %9, align 8
  %29 = load i32, ptr %10, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds %struct.value, ptr %28, i64 %30
  %32 = load i32, ptr %7, align 4
  %33 = getelementptr inbounds { i32, i64 }, ptr %31, i32 0, i32 0
  %34 = load i32, ptr %33, align 8
  %35 = getelementptr inbounds { i32, i64 }, ptr %31, i32 0, i32 1
  %36 = load i64, ptr %35, align 8
  %37 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %38 = load i32, ptr %37, align 8
  %39 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %40 = load i64, ptr %39, align 8
  %41 = call i32 @compare(i32 %34, i64 %36, i32 %38, i64 %40, i32 noundef %32)
  store i32 %41, ptr %11, align 4
  %42 = load i32, ptr %6, align 4
  %43 = icmp ne i32 %42, 0
  br i1 %43, label %44, label %47

44:                                               ; preds = %27
  %45 = load i32, ptr %11, align 4
  %46 = icmp sgt i32 %45, 0
  br i1 %46, label %50, label %55

47:                                               ; preds = %27
  %48 = load i32, ptr %11, align 4
  %49 = icmp slt i32 %48, 0
  br i1 %49, label %50, label %55

50:                                               ; preds = %47, %44
  %51 = load ptr, ptr %9, align 8
  %52 = load i32, ptr %10, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds %struct.value, ptr %51, i64 %53
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %54, i64 16, i1 false)
  br label %55

55:                                               ; preds = %50, %47, %44
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %10, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %10, align 4
  br label %23, !llvm.loop !24

59:                                               ; preds = %23
  %60 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %60
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @compare(i32 %0, i64 %1, i32 %2, i64 %3, i32 noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca %struct.value, align 8
  %8 = alloca %struct.value, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca double, align 8
  %13 = alloca double, align 8
  %14 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  store i32 %0, ptr %14, align 8
  %15 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  store i64 %1, ptr %15, align 8
  %16 = getelementptr inbounds { i32, i64 }, ptr %8, i32 0, i32 0
  store i32 %2, ptr %16, align 8
  %17 = getelementptr inbounds { i32, i64 }, ptr %8, i32 0, i32 1
  store i64 %3, ptr %17, align 8
  store i32 %4, ptr %9, align 4
  %18 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 0
  %19 = load i32, ptr %18, align 8
  %20 = icmp eq i32 %19, 4
  br i1 %20, label %21, label %74

21:                                               ; preds = %5
  %22 = getelementptr inbounds %struct.value, ptr %8, i32 0, i32 0
  %23 = load i32, ptr %22, align 8
  %24 = icmp eq i32 %23, 4
  br i1 %24, label %25, label %74

25:                                               ; preds = %21
  %26 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %27 = load ptr, ptr %26, align 8
  %28 = getelementptr inbounds %struct.string, ptr %27, i32 0, i32 0
  %29 = load i32, ptr %28, align 4
  %30 = getelementptr inbounds %struct.value, ptr %8, i32 0, i32 1
  %31 = load ptr, ptr %30, align 8
  %32 = getelementptr inbounds %struct.string, ptr %31, i32 0, i32 0
  %33 = load i32, ptr %32, align 4
  %34 = icmp slt i32 %29, %33
  br i1 %34, label %35, label %40

35:                                               ; preds = %25
  %36 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %37 = load ptr, ptr %36, align 8
  %38 = getelementptr inbounds %struct.string, ptr %37, i32 0, i32 0
  %39 = load i32, ptr %38, align 4
  br label %45

40:                                               ; preds = %25
  %41 = getelementptr inbounds %struct.value, ptr %8, i32 0, i32 1
  %42 = load ptr, ptr %41, align 8
  %43 = getelementptr inbounds %struct.string, ptr %42, i32 0, i32 0
  %44 = load i32, ptr %43, align 4
  br label %45

45:                                               ; preds = %40, %35
  %46 = phi i32 [ %39, %35 ], [ %44, %40 ]
  store i32 %46, ptr %10, align 4
  %47 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %48 = load ptr, ptr %47, align 8
  %49 = getelementptr inbounds %struct.string, ptr %48, i32 0, i32 2
  %50 = getelementptr inbounds [0 x i8], ptr %49, i64 0, i64 0
  %51 = getelementptr inbounds %struct.value, ptr %8, i32 0, i32 1
  %52 = load ptr, ptr %51, align 8
  %53 = getelementptr inbounds %struct.string, ptr %52, i32 0, i32 2
  %54 = getelementptr inbounds [0 x i8], ptr %53, i64 0, i64 0
  %55 = load i32, ptr %10, align 4
  %56 = sext i32 %55 to i64
  %57 = call i32 @memcmp(ptr noundef %50, ptr noundef %54, i64 noundef %56) #13
  store i32 %57, ptr %11, align 4
  %58 = load i32, ptr %11, align 4
  %59 = icmp ne i32 %58, 0
  br i1 %59, label %60, label %62

60:                                               ; preds = %45
  %61 = load i32, ptr %11, align 4
  br label %72

62:                                               ; preds = %45
  %63 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %64 = load ptr, ptr %63, align 8
  %65 = getelementptr inbounds %struct.string, ptr %64, i32 0, i32 0
  %66 = load i32, ptr %65, align 4
  %67 = getelementptr inbounds %struct.value, ptr %8, i32 0, i32 1
  %68 = load ptr, ptr %67, align 8
  %69 = getelementptr inbounds %struct.string, ptr %68, i32 0, i32 0
  %70 = load i32, ptr %69, align 4
  %71 = sub nsw i32 %66, %70
  br label %72

72:                                               ; preds = %62, %60
  %73 = phi i32 [ %61, %60 ], [ %71, %62 ]
  store i32 %73, ptr %6, align 4
  br label %118

74:                                               ; preds = %21, %5
  %75 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 0
  %76 = load i32, ptr %75, align 8
  %77 = icmp eq i32 %76, 2
  br i1 %77, label %78, label %96

78:                                               ; preds = %74
  %79 = getelementptr inbounds %struct.value, ptr %8, i32 0, i32 0
  %80 = load i32, ptr %79, align 8
  %81 = icmp eq i32 %80, 2
  br i1 %81, label %82, label %96

82:                                               ; preds = %78
  %83 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %84 = load i64, ptr %83, align 8
  %85 = getelementptr inbounds %struct.value, ptr %8, i32 0, i32 1
  %86 = load i64, ptr %85, align 8
  %87 = icmp sgt i64 %84, %86
  %88 = zext i1 %87 to i32
  %89 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %90 = load i64, ptr %89, align 8
  %91 = getelementptr inbounds %struct.value, ptr %8, i32 0, i32 1
  %92 = load i64, ptr %91, align 8
  %93 = icmp slt i64 %90, %92
  %94 = zext i1 %93 to i32
  %95 = sub nsw i32 %88, %94
  store i32 %95, ptr %6, align 4
  br label %118

96:                                               ; preds = %78, %74
  %97 = load i32, ptr %9, align 4
  %98 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %99 = load i32, ptr %98, align 8
  %100 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %101 = load i64, ptr %100, align 8
  %102 = call double @as_number(i32 %99, i64 %101, i32 noundef %97, ptr noundef @.str.57)
  store double %102, ptr %12, align 8
  %103 = load i32, ptr %9, align 4
  %104 = getelementptr inbounds { i32, i64 }, ptr %8, i32 0, i32 0
  %105 = load i32, ptr %104, align 8
  %106 = getelementptr inbounds { i32, i64 }, ptr %8, i32 0, i32 1
  %107 = load i64, ptr %106, align 8
  %108 = call double @as_number(i32 %105, i64 %107, i32 noundef %103, ptr noundef @.str.57)
  store double %108, ptr %13, align 8
  %109 = load double, ptr %12, align 8
  %110 = load double, ptr %13, align 8
  %111 = fcmp ogt double %109, %110
  %112 = zext i1 %111 to i32
  %113 = load double, ptr %12, align 8
  %114 = load double, ptr %13, align 8
  %115 = fcmp olt double %113, %114
  %116 = zext i1 %115 to i32
  %117 = sub nsw i32 %112, %116
  store i32 %117, ptr %6, align 4
  br label %118

118:                                              ; preds = %96, %82, %72
  %119 = load i32, ptr %6, align 4
  ret i32 %119
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @new_list(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  store i32 %0, ptr %2, align 4
  %4 = call ptr @arena_alloc(i64 noundef 16)
  store ptr %4, ptr %3, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds %struct.list, ptr %5, i32 0, i32 0
  store i32 0, ptr %6, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds %struct.list, ptr %7, i32 0, i32 1
  store i32 0, ptr %8, align 4
  %9 = load ptr, ptr %3, align 8
  %10 = getelementptr inbounds %struct.list, ptr %9, i32 0, i32 2
  store ptr null, ptr %10, align 8
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds %struct.list, ptr %11, i32 0, i32 2
  %13 = load ptr, ptr %12, align 8
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds %struct.list, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %2, align 4
  %17 = call ptr @grow(ptr noundef %13, ptr noundef %15, i32 noundef %16, i64 noundef 16)
  %18 = load ptr, ptr %3, align 8
  %19 = getelementptr inbounds %struct.list, ptr %18, i32 0, i32 2
  store ptr %17, ptr %19, align 8
  %20 = load ptr, ptr %3, align 8
  ret ptr %20
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @compile_node(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %struct.value, align 8
  %6 = alloca %struct.value, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca %struct.value, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %17 = load ptr, ptr %4, align 8
  %18 = getelementptr inbounds %struct.node, ptr %17, i32 0, i32 0
  %19 = load i32, ptr %18, align 8
  switch i32 %19, label %505 [
    i32 0, label %20
    i32 1, label %43
    i32 2, label %66
    i32 3, label %79
    i32 4, label %84
    i32 5, label %89
    i32 6, label %94
    i32 7, label %122
    i32 8, label %137
    i32 9, label %140
    i32 10, label %140
    i32 11, label %166
    i32 12, label %211
    i32 13, label %224
    i32 14, label %251
    i32 15, label %287
    i32 16, label %308
    i32 25, label %345
    i32 17, label %397
    i32 18, label %422
    i32 19, label %458
    i32 20, label %461
    i32 21, label %464
    i32 22, label %493
    i32 23, label %493
    i32 24, label %496
  ]

20:                                               ; preds = %2
  %21 = load ptr, ptr %3, align 8
  %22 = load ptr, ptr %3, align 8
  %23 = call ptr @chunk_of(ptr noundef %22)
  %24 = load ptr, ptr %4, align 8
  %25 = getelementptr inbounds %struct.node, ptr %24, i32 0, i32 3
  %26 = load i64, ptr %25, align 8
  %27 = call { i32, i64 } @int_value(i64 noundef %26)
  %28 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %29 = extractvalue { i32, i64 } %27, 0
  store i32 %29, ptr %28, align 8
  %30 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %31 = extractvalue { i32, i64 } %27, 1
  store i64 %31, ptr %30, align 8
  %32 = load ptr, ptr %4, align 8
  %33 = getelementptr inbounds %struct.node, ptr %32, i32 0, i32 1
  %34 = load i32, ptr %33, align 4
  %35 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %36 = load i32, ptr %35, align 8
  %37 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %38 = load i64, ptr %37, align 8
  %39 = call i32 @add_constant(ptr noundef %23, i32 %36, i64 %38, i32 noundef %34)
  %40 = load ptr, ptr %4, align 8
  %41 = getelementptr inbounds %struct.node, ptr %40, i32 0, i32 1
  %42 = load i32, ptr %41, align 4
  call void @emit_with_u16(ptr noundef %21, i32 noundef 0, i32 noundef %39, i32 noundef %42)
  br label %505

43:                                               ; preds = %2
  %44 = load ptr, ptr %3, align 8
  %45 = load ptr, ptr %3, align 8
  %46 = call ptr @chunk_of(ptr noundef %45)
  %47 = load ptr, ptr %4, align 8
  %48 = getelementptr inbounds %struct.node, ptr %47, i32 0, i32 4
  %49 = load double, ptr %48, align 8
  %50 = call { i32, i64 } @float_value(double noundef %49)
  %51 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 0
  %52 = extractvalue { i32, i64 } %50, 0
  store i32 %52, ptr %51, align 8
  %53 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 1
  %54 = extractvalue { i32, i64 } %50, 1
  store i64 %54, ptr %53, align 8
  %55 = load ptr, ptr %4, align 8
  %56 = getelementptr inbounds %struct.node, ptr %55, i32 0, i32 1
  %57 = load i32, ptr %56, align 4
  %58 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 0
  %59 = load i32, ptr %58, align 8
  %60 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 1
  %61 = load i64, ptr %60, align 8
  %62 = call i32 @add_constant(ptr noundef %46, i32 %59, i64 %61, i32 noundef %57)
  %63 = load ptr, ptr %4, align 8
  %64 = getelementptr inbounds %struct.node, ptr %63, i32 0, i32 1
  %65 = load i32, ptr %64, align 4
  call void @emit_with_u16(ptr noundef %44, i32 noundef 0, i32 noundef %62, i32 noundef %65)
  br label %505

66:                                               ; preds = %2
  %67 = load ptr, ptr %3, align 8
  %68 = load ptr, ptr %3, align 8
  %69 = load ptr, ptr %4, align 8
  %70 = getelementptr inbounds %struct.node, ptr %69, i32 0, i32 5
  %71 = load ptr, ptr %70, align 8
  %72 = load ptr, ptr %4, align 8
  %73 = getelementptr inbounds %struct.node, ptr %72, i32 0, i32 1
  %74 = load i32, ptr %73, align 4
  %75 = call i32 @name_constant(ptr noundef %68, ptr noundef %71, i32 noundef %74)
  %76 = load ptr, ptr %4, align 8
  %77 = getelementptr inbounds %struct.node, ptr %76, i32 0, i32 1
  %78 = load i32, ptr %77, align 4
  call void @emit_with_u16(ptr noundef %67, i32 noundef 0, i32 noundef %75, i32 noundef %78)
  br label %505

79:                                               ; preds = %2
  %80 = load ptr, ptr %3, align 8
  %81 = load ptr, ptr %4, align 8
  %82 = getelementptr inbounds %struct.node, ptr %81, i32 0, i32 1
  %83 = load i32, ptr %82, align 4
  call void @emit(ptr noundef %80, i32 noundef 1, i32 noundef %83)
  br label %505

84:                                               ; preds = %2
  %85 = load ptr, ptr %3, align 8
  %86 = load ptr, ptr %4, align 8
  %87 = getelementptr inbounds %struct.node, ptr %86, i32 0, i32 1
  %88 = load i32, ptr %87, align 4
  call void @emit(ptr noundef %85, i32 noundef 2, i32 noundef %88)
  br label %505

89:                                               ; preds = %2
  %90 = load ptr, ptr %3, align 8
  %91 = load ptr, ptr %4, align 8
  %92 = getelementptr inbounds %struct.node, ptr %91, i32 0, i32 1
  %93 = load i32, ptr %92, align 4
  call void @emit(ptr noundef %90, i32 noundef 3, i32 noundef %93)
  br label %505

94:                                               ; preds = %2
  %95 = load ptr, ptr %3, align 8
  %96 = load ptr, ptr %4, align 8
  %97 = getelementptr inbounds %struct.node, ptr %96, i32 0, i32 5
  %98 = load ptr, ptr %97, align 8
  %99 = call i32 @resolve_local(ptr noundef %95, ptr noundef %98)
  store i32 %99, ptr %7, align 4
  %100 = load i32, ptr %7, align 4
  %101 = icmp sge i32 %100, 0
  br i1 %101, label %102, label %108

102:                                              ; preds = %94
  %103 = load ptr, ptr %3, align 8
  %104 = load i32, ptr %7, align 4
  %105 = load ptr, ptr %4, align 8
  %106 = getelementptr inbounds %struct.node, ptr %105, i32 0, i32 1
  %107 = load i32, ptr %106, align 4
  call void @emit_with_u16(ptr noundef %103, i32 noundef 5, i32 noundef %104, i32 noundef %107)
  br label %121

108:                                              ; preds = %94
  %109 = load ptr, ptr %3, align 8
  %110 = load ptr, ptr %3, align 8
  %111 = load ptr, ptr %4, align 8
  %112 = getelementptr inbounds %struct.node, ptr %111, i32 0, i32 5
  %113 = load ptr, ptr %112, align 8
  %114 = load ptr, ptr %4, align 8
  %115 = getelementptr inbounds %struct.node, ptr %114, i32 0, i32 1
  %116 = load i32, ptr %115, align 4
  %117 = call i32 @name_constant(ptr noundef %110, ptr noundef %113, i32 noundef %116)
  %118 = load ptr, ptr %4, align 8
  %119 = getelementptr inbounds %struct.node, ptr %118, i32 0, i32 1
  %120 = load i32, ptr %119, align 4
  call void @emit_with_u16(ptr noundef %109, i32 noundef 7, i32 noundef %117, i32 noundef %120)
  br label %121

121:                                              ; preds = %108, %102
  br label %505

122:                                              ; preds = %2
  %123 = load ptr, ptr %3, align 8
  %124 = load ptr, ptr %4, align 8
  %125 = getelementptr inbounds %struct.node, ptr %124, i32 0, i32 6
  %126 = load ptr, ptr %125, align 8
  call void @compile_node(ptr noundef %123, ptr noundef %126)
  %127 = load ptr, ptr %3, align 8
  %128 = load ptr, ptr %4, align 8
  %129 = getelementptr inbounds %struct.node, ptr %128, i32 0, i32 2
  %130 = load i32, ptr %129, align 8
  %131 = icmp eq i32 %130, 22
  %132 = zext i1 %131 to i64
  %133 = select i1 %131, i32 15, i32 16
  %134 = load ptr, ptr %4, align 8
  %135 = getelementptr inbounds %struct.node, ptr %134, i32 0, i32 1
  %136 = load i32, ptr %135, align 4
  call void @emit(ptr noundef %127, i32 noundef %133, i32 noundef %136)
  br label %505

137:                                              ; preds = %2
  %138 = load ptr, ptr %3, align 8
  %139 = load ptr, ptr %4, align 8
  call void @compile_binary(ptr noundef %138, ptr noundef %139)
  br label %505

140:                                              ; preds = %2, %2
  %141 = load ptr, ptr %3, align 8
  %142 = load ptr, ptr %4, align 8
  %143 = getelementptr inbounds %struct.node, ptr %142, i32 0, i32 6
  %144 = load ptr, ptr %143, align 8
  call void @compile_node(ptr noundef %141, ptr noundef %144)
  %145 = load ptr, ptr %3, align 8
  %146 = load ptr, ptr %4, align 8
  %147 = getelementptr inbounds %struct.node, ptr %146, i32 0, i32 0
  %148 = load i32, ptr %147, align 8
  %149 = icmp eq i32 %148, 9
  %150 = zext i1 %149 to i64
  %151 = select i1 %149, i32 25, i32 26
  %152 = load ptr, ptr %4, align 8
  %153 = getelementptr inbounds %struct.node, ptr %152, i32 0, i32 1
  %154 = load i32, ptr %153, align 4
  %155 = call i32 @emit_jump(ptr noundef %145, i32 noundef %151, i32 noundef %154)
  store i32 %155, ptr %8, align 4
  %156 = load ptr, ptr %3, align 8
  %157 = load ptr, ptr %4, align 8
  %158 = getelementptr inbounds %struct.node, ptr %157, i32 0, i32 1
  %159 = load i32, ptr %158, align 4
  call void @emit(ptr noundef %156, i32 noundef 4, i32 noundef %159)
  %160 = load ptr, ptr %3, align 8
  %161 = load ptr, ptr %4, align 8
  %162 = getelementptr inbounds %struct.node, ptr %161, i32 0, i32 7
  %163 = load ptr, ptr %162, align 8
  call void @compile_node(ptr noundef %160, ptr noundef %163)
  %164 = load ptr, ptr %3, align 8
  %165 = load i32, ptr %8, align 4
  call void @patch_jump(ptr noundef %164, i32 noundef %165)
  br label %505

166:                                              ; preds = %2
  %167 = load ptr, ptr %3, align 8
  %168 = load ptr, ptr %4, align 8
  %169 = getelementptr inbounds %struct.node, ptr %168, i32 0, i32 6
  %170 = load ptr, ptr %169, align 8
  call void @compile_node(ptr noundef %167, ptr noundef %170)
  store i32 0, ptr %9, align 4
  br label %171

171:                                              ; preds = %186, %166
  %172 = load i32, ptr %9, align 4
  %173 = load ptr, ptr %4, align 8
  %174 = getelementptr inbounds %struct.node, ptr %173, i32 0, i32 10
  %175 = load i32, ptr %174, align 8
  %176 = icmp slt i32 %172, %175
  br i1 %176, label %177, label %189

177:                                              ; preds = %171
  %178 = load ptr, ptr %3, align 8
  %179 = load ptr, ptr %4, align 8
  %180 = getelementptr inbounds %struct.node, ptr %179, i32 0, i32 9
  %181 = load ptr, ptr %180, align 8
  %182 = load i32, ptr %9, align 4
  %183 = sext i32 %182 to i64
  %184 = getelementptr inbounds ptr, ptr %181, i64 %183
  %185 = load ptr, ptr %184, align 8
  call void @compile_node(ptr noundef %178, ptr noundef %185)
  br label %186

186:                                              ; preds = %177
  %187 = load i32, ptr %9, align 4
  %188 = add nsw i32 %187, 1
  store i32 %188, ptr %9, align 4
  br label %171, !llvm.loop !25

189:                                              ; preds = %171
  %190 = load ptr, ptr %4, align 8
  %191 = getelementptr inbounds %struct.node, ptr %190, i32 0, i32 10
  %192 = load i32, ptr %191, align 8
  %193 = icmp sgt i32 %192, 255
  br i1 %193, label %194, label %198

194:                                              ; preds = %189
  %195 = load ptr, ptr %4, align 8
  %196 = getelementptr inbounds %struct.node, ptr %195, i32 0, i32 1
  %197 = load i32, ptr %196, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %197, ptr noundef @.str.64) #16
  unreachable

198:                                              ; preds = %189
  %199 = load ptr, ptr %3, align 8
  %200 = load ptr, ptr %4, align 8
  %201 = getelementptr inbounds %struct.node, ptr %200, i32 0, i32 1
  %202 = load i32, ptr %201, align 4
  call void @emit(ptr noundef %199, i32 noundef 28, i32 noundef %202)
  %203 = load ptr, ptr %3, align 8
  %204 = call ptr @chunk_of(ptr noundef %203)
  %205 = load ptr, ptr %4, align 8
  %206 = getelementptr inbounds %struct.node, ptr %205, i32 0, i32 10
  %207 = load i32, ptr %206, align 8
  %208 = load ptr, ptr %4, align 8
  %209 = getelementptr inbounds %struct.node, ptr %208, i32 0, i32 1
  %210 = load i32, ptr %209, align 4
  call void @emit_byte(ptr noundef %204, i32 noundef %207, i32 noundef %210)
  br label %505

211:                                              ; preds = %2
  %212 = load ptr, ptr %3, align 8
  %213 = load ptr, ptr %4, align 8
  %214 = getelementptr inbounds %struct.node, ptr %213, i32 0, i32 6
  %215 = load ptr, ptr %214, align 8
  call void @compile_node(ptr noundef %212, ptr noundef %215)
  %216 = load ptr, ptr %3, align 8
  %217 = load ptr, ptr %4, align 8
  %218 = getelementptr inbounds %struct.node, ptr %217, i32 0, i32 7
  %219 = load ptr, ptr %218, align 8
  call void @compile_node(ptr noundef %216, ptr noundef %219)
  %220 = load ptr, ptr %3, align 8
  %221 = load ptr, ptr %4, align 8
  %222 = getelementptr inbounds %struct.node, ptr %221, i32 0, i32 1
  %223 = load i32, ptr %222, align 4
  call void @emit(ptr noundef %220, i32 noundef 31, i32 noundef %223)
  br label %505

224:                                              ; preds = %2
  store i32 0, ptr %10, align 4
  br label %225

225:                                              ; preds = %240, %224
  %226 = load i32, ptr %10, align 4
  %227 = load ptr, ptr %4, align 8
  %228 = getelementptr inbounds %struct.node, ptr %227, i32 0, i32 10
  %229 = load i32, ptr %228, align 8
  %230 = icmp slt i32 %226, %229
  br i1 %230, label %231, label %243

231:                                              ; preds = %225
  %232 = load ptr, ptr %3, align 8
  %233 = load ptr, ptr %4, align 8
  %234 = getelementptr inbounds %struct.node, ptr %233, i32 0, i32 9
  %235 = load ptr, ptr %234, align 8
  %236 = load i32, ptr %10, align 4
  %237 = sext i32 %236 to i64
  %238 = getelementptr inbounds ptr, ptr %235, i64 %237
  %239 = load ptr, ptr %238, align 8
  call void @compile_node(ptr noundef %232, ptr noundef %239)
  br label %240

240:                                              ; preds = %231
  %241 = load i32, ptr %10, align 4
  %242 = add nsw i32 %241, 1
  store i32 %242, ptr %10, align 4
  br label %225, !llvm.loop !26

243:                                              ; preds = %225
  %244 = load ptr, ptr %3, align 8
  %245 = load ptr, ptr %4, align 8
  %246 = getelementptr inbounds %struct.node, ptr %245, i32 0, i32 10
  %247 = load i32, ptr %246, align 8
  %248 = load ptr, ptr %4, align 8
  %249 = getelementptr inbounds %struct.node, ptr %248, i32 0, i32 1
  %250 = load i32, ptr %249, align 4
  call void @emit_with_u16(ptr noundef %244, i32 noundef 30, i32 noundef %247, i32 noundef %250)
  br label %505

251:                                              ; preds = %2
  %252 = load ptr, ptr %3, align 8
  %253 = load ptr, ptr %4, align 8
  %254 = getelementptr inbounds %struct.node, ptr %253, i32 0, i32 6
  %255 = load ptr, ptr %254, align 8
  call void @compile_node(ptr noundef %252, ptr noundef %255)
  %256 = load ptr, ptr %3, align 8
  %257 = load ptr, ptr %4, align 8
  %258 = getelementptr inbounds %struct.node, ptr %257, i32 0, i32 5
  %259 = load ptr, ptr %258, align 8
  %260 = call i32 @resolve_local(ptr noundef %256, ptr noundef %259)
  store i32 %260, ptr %11, align 4
  %261 = load i32, ptr %11, align 4
  %262 = icmp sge i32 %261, 0
  br i1 %262, label %263, label %269

263:                                              ; preds = %251
  %264 = load ptr, ptr %3, align 8
  %265 = load i32, ptr %11, align 4
  %266 = load ptr, ptr %4, align 8
  %267 = getelementptr inbounds %struct.node, ptr %266, i32 0, i32 1
  %268 = load i32, ptr %267, align 4
  call void @emit_with_u16(ptr noundef %264, i32 noundef 6, i32 noundef %265, i32 noundef %268)
  br label %282

269:                                              ; preds = %251
  %270 = load ptr, ptr %3, align 8
  %271 = load ptr, ptr %3, align 8
  %272 = load ptr, ptr %4, align 8
  %273 = getelementptr inbounds %struct.node, ptr %272, i32 0, i32 5
  %274 = load ptr, ptr %273, align 8
  %275 = load ptr, ptr %4, align 8
  %276 = getelementptr inbounds %struct.node, ptr %275, i32 0, i32 1
  %277 = load i32, ptr %276, align 4
  %278 = call i32 @name_constant(ptr noundef %271, ptr noundef %274, i32 noundef %277)
  %279 = load ptr, ptr %4, align 8
  %280 = getelementptr inbounds %struct.node, ptr %279, i32 0, i32 1
  %281 = load i32, ptr %280, align 4
  call void @emit_with_u16(ptr noundef %270, i32 noundef 8, i32 noundef %278, i32 noundef %281)
  br label %282

282:                                              ; preds = %269, %263
  %283 = load ptr, ptr %3, align 8
  %284 = load ptr, ptr %4, align 8
  %285 = getelementptr inbounds %struct.node, ptr %284, i32 0, i32 1
  %286 = load i32, ptr %285, align 4
  call void @emit(ptr noundef %283, i32 noundef 4, i32 noundef %286)
  br label %505

287:                                              ; preds = %2
  %288 = load ptr, ptr %3, align 8
  %289 = load ptr, ptr %4, align 8
  %290 = getelementptr inbounds %struct.node, ptr %289, i32 0, i32 7
  %291 = load ptr, ptr %290, align 8
  call void @compile_node(ptr noundef %288, ptr noundef %291)
  %292 = load ptr, ptr %3, align 8
  %293 = load ptr, ptr %4, align 8
  %294 = getelementptr inbounds %struct.node, ptr %293, i32 0, i32 8
  %295 = load ptr, ptr %294, align 8
  call void @compile_node(ptr noundef %292, ptr noundef %295)
  %296 = load ptr, ptr %3, align 8
  %297 = load ptr, ptr %4, align 8
  %298 = getelementptr inbounds %struct.node, ptr %297, i32 0, i32 6
  %299 = load ptr, ptr %298, align 8
  call void @compile_node(ptr noundef %296, ptr noundef %299)
  %300 = load ptr, ptr %3, align 8
  %301 = load ptr, ptr %4, align 8
  %302 = getelementptr inbounds %struct.node, ptr %301, i32 0, i32 1
  %303 = load i32, ptr %302, align 4
  call void @emit(ptr noundef %300, i32 noundef 32, i32 noundef %303)
  %304 = load ptr, ptr %3, align 8
  %305 = load ptr, ptr %4, align 8
  %306 = getelementptr inbounds %struct.node, ptr %305, i32 0, i32 1
  %307 = load i32, ptr %306, align 4
  call void @emit(ptr noundef %304, i32 noundef 4, i32 noundef %307)
  br label %505

308:                                              ; preds = %2
  %309 = load ptr, ptr %3, align 8
  %310 = load ptr, ptr %4, align 8
  %311 = getelementptr inbounds %struct.node, ptr %310, i32 0, i32 6
  %312 = load ptr, ptr %311, align 8
  call void @compile_node(ptr noundef %309, ptr noundef %312)
  %313 = load ptr, ptr %3, align 8
  %314 = getelementptr inbounds %struct.compiler, ptr %313, i32 0, i32 4
  %315 = load i32, ptr %314, align 8
  %316 = icmp ne i32 %315, 0
  br i1 %316, label %317, label %335

317:                                              ; preds = %308
  %318 = load ptr, ptr %3, align 8
  %319 = getelementptr inbounds %struct.compiler, ptr %318, i32 0, i32 3
  %320 = load i32, ptr %319, align 4
  %321 = icmp eq i32 %320, 0
  br i1 %321, label %322, label %335

322:                                              ; preds = %317
  %323 = load ptr, ptr %3, align 8
  %324 = load ptr, ptr %3, align 8
  %325 = load ptr, ptr %4, align 8
  %326 = getelementptr inbounds %struct.node, ptr %325, i32 0, i32 5
  %327 = load ptr, ptr %326, align 8
  %328 = load ptr, ptr %4, align 8
  %329 = getelementptr inbounds %struct.node, ptr %328, i32 0, i32 1
  %330 = load i32, ptr %329, align 4
  %331 = call i32 @name_constant(ptr noundef %324, ptr noundef %327, i32 noundef %330)
  %332 = load ptr, ptr %4, align 8
  %333 = getelementptr inbounds %struct.node, ptr %332, i32 0, i32 1
  %334 = load i32, ptr %333, align 4
  call void @emit_with_u16(ptr noundef %323, i32 noundef 9, i32 noundef %331, i32 noundef %334)
  br label %344

335:                                              ; preds = %317, %308
  %336 = load ptr, ptr %3, align 8
  %337 = load ptr, ptr %4, align 8
  %338 = getelementptr inbounds %struct.node, ptr %337, i32 0, i32 5
  %339 = load ptr, ptr %338, align 8
  %340 = load ptr, ptr %4, align 8
  %341 = getelementptr inbounds %struct.node, ptr %340, i32 0, i32 1
  %342 = load i32, ptr %341, align 4
  %343 = call i32 @declare_local(ptr noundef %336, ptr noundef %339, i32 noundef %342)
  br label %344

344:                                              ; preds = %335, %322
  br label %505

345:                                              ; preds = %2
  %346 = load ptr, ptr %4, align 8
  %347 = call ptr @compile_function(ptr noundef %346)
  store ptr %347, ptr %12, align 8
  %348 = getelementptr inbounds %struct.value, ptr %13, i32 0, i32 0
  store i32 6, ptr %348, align 8
  %349 = getelementptr inbounds %struct.value, ptr %13, i32 0, i32 1
  %350 = load ptr, ptr %12, align 8
  store ptr %350, ptr %349, align 8
  %351 = load ptr, ptr %3, align 8
  %352 = load ptr, ptr %3, align 8
  %353 = call ptr @chunk_of(ptr noundef %352)
  %354 = load ptr, ptr %4, align 8
  %355 = getelementptr inbounds %struct.node, ptr %354, i32 0, i32 1
  %356 = load i32, ptr %355, align 4
  %357 = getelementptr inbounds { i32, i64 }, ptr %13, i32 0, i32 0
  %358 = load i32, ptr %357, align 8
  %359 = getelementptr inbounds { i32, i64 }, ptr %13, i32 0, i32 1
  %360 = load i64, ptr %359, align 8
  %361 = call i32 @add_constant(ptr noundef %353, i32 %358, i64 %360, i32 noundef %356)
  %362 = load ptr, ptr %4, align 8
  %363 = getelementptr inbounds %struct.node, ptr %362, i32 0, i32 1
  %364 = load i32, ptr %363, align 4
  call void @emit_with_u16(ptr noundef %351, i32 noundef 0, i32 noundef %361, i32 noundef %364)
  %365 = load ptr, ptr %3, align 8
  %366 = getelementptr inbounds %struct.compiler, ptr %365, i32 0, i32 4
  %367 = load i32, ptr %366, align 8
  %368 = icmp ne i32 %367, 0
  br i1 %368, label %369, label %387

369:                                              ; preds = %345
  %370 = load ptr, ptr %3, align 8
  %371 = getelementptr inbounds %struct.compiler, ptr %370, i32 0, i32 3
  %372 = load i32, ptr %371, align 4
  %373 = icmp eq i32 %372, 0
  br i1 %373, label %374, label %387

374:                                              ; preds = %369
  %375 = load ptr, ptr %3, align 8
  %376 = load ptr, ptr %3, align 8
  %377 = load ptr, ptr %4, align 8
  %378 = getelementptr inbounds %struct.node, ptr %377, i32 0, i32 5
  %379 = load ptr, ptr %378, align 8
  %380 = load ptr, ptr %4, align 8
  %381 = getelementptr inbounds %struct.node, ptr %380, i32 0, i32 1
  %382 = load i32, ptr %381, align 4
  %383 = call i32 @name_constant(ptr noundef %376, ptr noundef %379, i32 noundef %382)
  %384 = load ptr, ptr %4, align 8
  %385 = getelementptr inbounds %struct.node, ptr %384, i32 0, i32 1
  %386 = load i32, ptr %385, align 4
  call void @emit_with_u16(ptr noundef %375, i32 noundef 9, i32 noundef %383, i32 noundef %386)
  br label %396

387:                                              ; preds = %369, %345
  %388 = load ptr, ptr %3, align 8
  %389 = load ptr, ptr %4, align 8
  %390 = getelementptr inbounds %struct.node, ptr %389, i32 0, i32 5
  %391 = load ptr, ptr %390, align 8
  %392 = load ptr, ptr %4, align 8
  %393 = getelementptr inbounds %struct.node, ptr %392, i32 0, i32 1
  %394 = load i32, ptr %393, align 4
  %395 = call i32 @declare_local(ptr noundef %388, ptr noundef %391, i32 noundef %394)
  br label %396

396:                                              ; preds = %387, %374
  br label %505

397:                                              ; preds = %2
  %398 = load ptr, ptr %3, align 8
  call void @begin_scope(ptr noundef %398)
  store i32 0, ptr %14, align 4
  br label %399

399:                                              ; preds = %414, %397
  %400 = load i32, ptr %14, align 4
  %401 = load ptr, ptr %4, align 8
  %402 = getelementptr inbounds %struct.node, ptr %401, i32 0, i32 10
  %403 = load i32, ptr %402, align 8
  %404 = icmp slt i32 %400, %403
  br i1 %404, label %405, label %417

405:                                              ; preds = %399
  %406 = load ptr, ptr %3, align 8
  %407 = load ptr, ptr %4, align 8
  %408 = getelementptr inbounds %struct.node, ptr %407, i32 0, i32 9
  %409 = load ptr, ptr %408, align 8
  %410 = load i32, ptr %14, align 4
  %411 = sext i32 %410 to i64
  %412 = getelementptr inbounds ptr, ptr %409, i64 %411
  %413 = load ptr, ptr %412, align 8
  call void @compile_node(ptr noundef %406, ptr noundef %413)
  br label %414

414:                                              ; preds = %405
  %415 = load i32, ptr %14, align 4
  %416 = add nsw i32 %415, 1
  store i32 %416, ptr %14, align 4
  br label %399, !llvm.loop !27

417:                                              ; preds = %399
  %418 = load ptr, ptr %3, align 8
  %419 = load ptr, ptr %4, align 8
  %420 = getelementptr inbounds %struct.node, ptr %419, i32 0, i32 1
  %421 = load i32, ptr %420, align 4
  call void @end_scope(ptr noundef %418, i32 noundef %421)
  br label %505

422:                                              ; preds = %2
  %423 = load ptr, ptr %3, align 8
  %424 = load ptr, ptr %4, align 8
  %425 = getelementptr inbounds %struct.node, ptr %424, i32 0, i32 6
  %426 = load ptr, ptr %425, align 8
  call void @compile_node(ptr noundef %423, ptr noundef %426)
  %427 = load ptr, ptr %3, align 8
  %428 = load ptr, ptr %4, align 8
  %429 = getelementptr inbounds %struct.node, ptr %428, i32 0, i32 1
  %430 = load i32, ptr %429, align 4
  %431 = call i32 @emit_jump(ptr noundef %427, i32 noundef 24, i32 noundef %430)
  store i32 %431, ptr %15, align 4
  %432 = load ptr, ptr %3, align 8
  %433 = load ptr, ptr %4, align 8
  %434 = getelementptr inbounds %struct.node, ptr %433, i32 0, i32 7
  %435 = load ptr, ptr %434, align 8
  call void @compile_node(ptr noundef %432, ptr noundef %435)
  %436 = load ptr, ptr %4, align 8
  %437 = getelementptr inbounds %struct.node, ptr %436, i32 0, i32 8
  %438 = load ptr, ptr %437, align 8
  %439 = icmp ne ptr %438, null
  br i1 %439, label %440, label %454

440:                                              ; preds = %422
  %441 = load ptr, ptr %3, align 8
  %442 = load ptr, ptr %4, align 8
  %443 = getelementptr inbounds %struct.node, ptr %442, i32 0, i32 1
  %444 = load i32, ptr %443, align 4
  %445 = call i32 @emit_jump(ptr noundef %441, i32 noundef 23, i32 noundef %444)
  store i32 %445, ptr %16, align 4
  %446 = load ptr, ptr %3, align 8
  %447 = load i32, ptr %15, align 4
  call void @patch_jump(ptr noundef %446, i32 noundef %447)
  %448 = load ptr, ptr %3, align 8
  %449 = load ptr, ptr %4, align 8
  %450 = getelementptr inbounds %struct.node, ptr %449, i32 0, i32 8
  %451 = load ptr, ptr %450, align 8
  call void @compile_node(ptr noundef %448, ptr noundef %451)
  %452 = load ptr, ptr %3, align 8
  %453 = load i32, ptr %16, align 4
  call void @patch_jump(ptr noundef %452, i32 noundef %453)
  br label %457

454:                                              ; preds = %422
  %455 = load ptr, ptr %3, align 8
  %456 = load i32, ptr %15, align 4
  call void @patch_jump(ptr noundef %455, i32 noundef %456)
  br label %457

457:                                              ; preds = %454, %440
  br label %505

458:                                              ; preds = %2
  %459 = load ptr, ptr %3, align 8
  %460 = load ptr, ptr %4, align 8
  call void @compile_while(ptr noundef %459, ptr noundef %460)
  br label %505

461:                                              ; preds = %2
  %462 = load ptr, ptr %3, align 8
  %463 = load ptr, ptr %4, align 8
  call void @compile_for(ptr noundef %462, ptr noundef %463)
  br label %505

464:                                              ; preds = %2
  %465 = load ptr, ptr %3, align 8
  %466 = getelementptr inbounds %struct.compiler, ptr %465, i32 0, i32 4
  %467 = load i32, ptr %466, align 8
  %468 = icmp ne i32 %467, 0
  br i1 %468, label %469, label %473

469:                                              ; preds = %464
  %470 = load ptr, ptr %4, align 8
  %471 = getelementptr inbounds %struct.node, ptr %470, i32 0, i32 1
  %472 = load i32, ptr %471, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %472, ptr noundef @.str.65) #16
  unreachable

473:                                              ; preds = %464
  %474 = load ptr, ptr %4, align 8
  %475 = getelementptr inbounds %struct.node, ptr %474, i32 0, i32 6
  %476 = load ptr, ptr %475, align 8
  %477 = icmp ne ptr %476, null
  br i1 %477, label %478, label %483

478:                                              ; preds = %473
  %479 = load ptr, ptr %3, align 8
  %480 = load ptr, ptr %4, align 8
  %481 = getelementptr inbounds %struct.node, ptr %480, i32 0, i32 6
  %482 = load ptr, ptr %481, align 8
  call void @compile_node(ptr noundef %479, ptr noundef %482)
  br label %488

483:                                              ; preds = %473
  %484 = load ptr, ptr %3, align 8
  %485 = load ptr, ptr %4, align 8
  %486 = getelementptr inbounds %struct.node, ptr %485, i32 0, i32 1
  %487 = load i32, ptr %486, align 4
  call void @emit(ptr noundef %484, i32 noundef 1, i32 noundef %487)
  br label %488

488:                                              ; preds = %483, %478
  %489 = load ptr, ptr %3, align 8
  %490 = load ptr, ptr %4, align 8
  %491 = getelementptr inbounds %struct.node, ptr %490, i32 0, i32 1
  %492 = load i32, ptr %491, align 4
  call void @emit(ptr noundef %489, i32 noundef 29, i32 noundef %492)
  br label %505

493:                                              ; preds = %2, %2
  %494 = load ptr, ptr %3, align 8
  %495 = load ptr, ptr %4, align 8
  call void @compile_loop_exit(ptr noundef %494, ptr noundef %495)
  br label %505

496:                                              ; preds = %2
  %497 = load ptr, ptr %3, align 8
  %498 = load ptr, ptr %4, align 8
  %499 = getelementptr inbounds %struct.node, ptr %498, i32 0, i32 6
  %500 = load ptr, ptr %499, align 8
  call void @compile_node(ptr noundef %497, ptr noundef %500)
  %501 = load ptr, ptr %3, align 8
  %502 = load ptr, ptr %4, align 8
  %503 = getelementptr inbounds %struct.node, ptr %502, i32 0, i32 1
  %504 = load i32, ptr %503, align 4
  call void @emit(ptr noundef %501, i32 noundef 4, i32 noundef %504)
  br label %505

505:                                              ; preds = %2, %496, %493, %488, %461, %458, %457, %417, %396, %344, %287, %282, %243, %211, %198, %140, %137, %122, %121, %89, %84, %79, %66, %43, %20
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @emit(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load ptr, ptr %4, align 8
  %8 = call ptr @chunk_of(ptr noundef %7)
  %9 = load i32, ptr %5, align 4
  %10 = load i32, ptr %6, align 4
  call void @emit_byte(ptr noundef %8, i32 noundef %9, i32 noundef %10)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @emit_with_u16(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store i32 %3, ptr %8, align 4
  %9 = load ptr, ptr %5, align 8
  %10 = load i32, ptr %6, align 4
  %11 = load i32, ptr %8, align 4
  call void @emit(ptr noundef %9, i32 noundef %10, i32 noundef %11)
  %12 = load ptr, ptr %5, align 8
  %13 = call ptr @chunk_of(ptr noundef %12)
  %14 = load i32, ptr %7, align 4
  %15 = load i32, ptr %8, align 4
  call void @emit_u16(ptr noundef %13, i32 noundef %14, i32 noundef %15)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @add_constant(ptr noundef %0, i32 %1, i64 %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca %struct.value, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 0
  store i32 %1, ptr %10, align 8
  %11 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 1
  store i64 %2, ptr %11, align 8
  store ptr %0, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %12

12:                                               ; preds = %50, %4
  %13 = load i32, ptr %9, align 4
  %14 = load ptr, ptr %7, align 8
  %15 = getelementptr inbounds %struct.chunk, ptr %14, i32 0, i32 6
  %16 = load i32, ptr %15, align 8
  %17 = icmp slt i32 %13, %16
  br i1 %17, label %18, label %53

18:                                               ; preds = %12
  %19 = load ptr, ptr %7, align 8
  %20 = getelementptr inbounds %struct.chunk, ptr %19, i32 0, i32 5
  %21 = load ptr, ptr %20, align 8
  %22 = load i32, ptr %9, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds %struct.value, ptr %21, i64 %23
  %25 = getelementptr inbounds %struct.value, ptr %24, i32 0, i32 0
  %26 = load i32, ptr %25, align 8
  %27 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 0
  %28 = load i32, ptr %27, align 8
  %29 = icmp eq i32 %26, %28
  br i1 %29, label %30, label %49

30:                                               ; preds = %18
  %31 = load ptr, ptr %7, align 8
  %32 = getelementptr inbounds %struct.chunk, ptr %31, i32 0, i32 5
  %33 = load ptr, ptr %32, align 8
  %34 = load i32, ptr %9, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds %struct.value, ptr %33, i64 %35
  %37 = getelementptr inbounds { i32, i64 }, ptr %36, i32 0, i32 0
  %38 = load i32, ptr %37, align 8
  %39 = getelementptr inbounds { i32, i64 }, ptr %36, i32 0, i32 1
  %40 = load i64, ptr %39, align 8
  %41 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 0
  %42 = load i32, ptr %41, align 8
  %43 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 1
  %44 = load i64, ptr %43, align 8
  %45 = call i32 @values_equal(i32 %38, i64 %40, i32 %42, i64 %44)
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %47, label %49

47:                                               ; preds = %30
  %48 = load i32, ptr %9, align 4
  store i32 %48, ptr %5, align 4
  br label %85

49:                                               ; preds = %30, %18
  br label %50

50:                                               ; preds = %49
  %51 = load i32, ptr %9, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %9, align 4
  br label %12, !llvm.loop !28

53:                                               ; preds = %12
  %54 = load ptr, ptr %7, align 8
  %55 = getelementptr inbounds %struct.chunk, ptr %54, i32 0, i32 6
  %56 = load i32, ptr %55, align 8
  %57 = icmp sge i32 %56, 65535
  br i1 %57, label %58, label %60

58:                                               ; preds = %53
  %59 = load i32, ptr %8, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %59, ptr noundef @.str.66) #16
  unreachable

60:                                               ; preds = %53
  %61 = load ptr, ptr %7, align 8
  %62 = getelementptr inbounds %struct.chunk, ptr %61, i32 0, i32 5
  %63 = load ptr, ptr %62, align 8
  %64 = load ptr, ptr %7, align 8
  %65 = getelementptr inbounds %struct.chunk, ptr %64, i32 0, i32 7
  %66 = load ptr, ptr %7, align 8
  %67 = getelementptr inbounds %struct.chunk, ptr %66, i32 0, i32 6
  %68 = load i32, ptr %67, align 8
  %69 = add nsw i32 %68, 1
  %70 = call ptr @grow(ptr noundef %63, ptr noundef %65, i32 noundef %69, i64 noundef 16)
  %71 = load ptr, ptr %7, align 8
  %72 = getelementptr inbounds %struct.chunk, ptr %71, i32 0, i32 5
  store ptr %70, ptr %72, align 8
  %73 = load ptr, ptr %7, align 8
  %74 = getelementptr inbounds %struct.chunk, ptr %73, i32 0, i32 5
  %75 = load ptr, ptr %74, align 8
  %76 = load ptr, ptr %7, align 8
  %77 = getelementptr inbounds %struct.chunk, ptr %76, i32 0, i32 6
  %78 = load i32, ptr %77, align 8
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds %struct.value, ptr %75, i64 %79
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %80, ptr align 8 %6, i64 16, i1 false)
  %81 = load ptr, ptr %7, align 8
  %82 = getelementptr inbounds %struct.chunk, ptr %81, i32 0, i32 6
  %83 = load i32, ptr %82, align 8
  %84 = add nsw i32 %83, 1
  store i32 %84, ptr %82, align 8
  store i32 %83, ptr %5, align 4
  br label %85

85:                                               ; preds = %60, %47
  %86 = load i32, ptr %5, align 4
  ret i32 %86
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @chunk_of(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %struct.compiler, ptr %3, i32 0, i32 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds %struct.function, ptr %5, i32 0, i32 2
  ret ptr %6
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @name_constant(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca %struct.value, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %8 = load ptr, ptr %4, align 8
  %9 = call ptr @chunk_of(ptr noundef %8)
  %10 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 0
  store i32 4, ptr %10, align 8
  %11 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %12 = load ptr, ptr %5, align 8
  store ptr %12, ptr %11, align 8
  %13 = load i32, ptr %6, align 4
  %14 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %15 = load i32, ptr %14, align 8
  %16 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %17 = load i64, ptr %16, align 8
  %18 = call i32 @add_constant(ptr noundef %9, i32 %15, i64 %17, i32 noundef %13)
  ret i32 %18
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @resolve_local(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds %struct.compiler, ptr %7, i32 0, i32 2
  %9 = load i32, ptr %8, align 8
  %10 = sub nsw i32 %9, 1
  store i32 %10, ptr %6, align 4
  br label %11

11:                                               ; preds = %27, %2
  %12 = load i32, ptr %6, align 4
  %13 = icmp sge i32 %12, 0
  br i1 %13, label %14, label %30

14:                                               ; preds = %11
  %15 = load ptr, ptr %4, align 8
  %16 = getelementptr inbounds %struct.compiler, ptr %15, i32 0, i32 1
  %17 = load i32, ptr %6, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [256 x %struct.anon], ptr %16, i64 0, i64 %18
  %20 = getelementptr inbounds %struct.anon, ptr %19, i32 0, i32 0
  %21 = load ptr, ptr %20, align 8
  %22 = load ptr, ptr %5, align 8
  %23 = icmp eq ptr %21, %22
  br i1 %23, label %24, label %26

24:                                               ; preds = %14
  %25 = load i32, ptr %6, align 4
  store i32 %25, ptr %3, align 4
  br label %31

26:                                               ; preds = %14
  br label %27

27:                                               ; preds = %26
  %28 = load i32, ptr %6, align 4
  %29 = add nsw i32 %28, -1
  store i32 %29, ptr %6, align 4
  br label %11, !llvm.loop !29

30:                                               ; preds = %11
  store i32 -1, ptr %3, align 4
  br label %31

31:                                               ; preds = %30, %24
  %32 = load i32, ptr %3, align 4
  ret i32 %32
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @compile_binary(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8
  %7 = getelementptr inbounds %struct.node, ptr %6, i32 0, i32 6
  %8 = load ptr, ptr %7, align 8
  call void @compile_node(ptr noundef %5, ptr noundef %8)
  %9 = load ptr, ptr %3, align 8
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds %struct.node, ptr %10, i32 0, i32 7
  %12 = load ptr, ptr %11, align 8
  call void @compile_node(ptr noundef %9, ptr noundef %12)
  %13 = load ptr, ptr %4, align 8
  %14 = getelementptr inbounds %struct.node, ptr %13, i32 0, i32 2
  %15 = load i32, ptr %14, align 8
  switch i32 %15, label %71 [
    i32 21, label %16
    i32 22, label %21
    i32 23, label %26
    i32 24, label %31
    i32 25, label %36
    i32 26, label %41
    i32 27, label %46
    i32 28, label %51
    i32 29, label %56
    i32 30, label %61
    i32 31, label %66
  ]

16:                                               ; preds = %2
  %17 = load ptr, ptr %3, align 8
  %18 = load ptr, ptr %4, align 8
  %19 = getelementptr inbounds %struct.node, ptr %18, i32 0, i32 1
  %20 = load i32, ptr %19, align 4
  call void @emit(ptr noundef %17, i32 noundef 10, i32 noundef %20)
  br label %81

21:                                               ; preds = %2
  %22 = load ptr, ptr %3, align 8
  %23 = load ptr, ptr %4, align 8
  %24 = getelementptr inbounds %struct.node, ptr %23, i32 0, i32 1
  %25 = load i32, ptr %24, align 4
  call void @emit(ptr noundef %22, i32 noundef 11, i32 noundef %25)
  br label %81

26:                                               ; preds = %2
  %27 = load ptr, ptr %3, align 8
  %28 = load ptr, ptr %4, align 8
  %29 = getelementptr inbounds %struct.node, ptr %28, i32 0, i32 1
  %30 = load i32, ptr %29, align 4
  call void @emit(ptr noundef %27, i32 noundef 12, i32 noundef %30)
  br label %81

31:                                               ; preds = %2
  %32 = load ptr, ptr %3, align 8
  %33 = load ptr, ptr %4, align 8
  %34 = getelementptr inbounds %struct.node, ptr %33, i32 0, i32 1
  %35 = load i32, ptr %34, align 4
  call void @emit(ptr noundef %32, i32 noundef 13, i32 noundef %35)
  br label %81

36:                                               ; preds = %2
  %37 = load ptr, ptr %3, align 8
  %38 = load ptr, ptr %4, align 8
  %39 = getelementptr inbounds %struct.node, ptr %38, i32 0, i32 1
  %40 = load i32, ptr %39, align 4
  call void @emit(ptr noundef %37, i32 noundef 14, i32 noundef %40)
  br label %81

41:                                               ; preds = %2
  %42 = load ptr, ptr %3, align 8
  %43 = load ptr, ptr %4, align 8
  %44 = getelementptr inbounds %struct.node, ptr %43, i32 0, i32 1
  %45 = load i32, ptr %44, align 4
  call void @emit(ptr noundef %42, i32 noundef 17, i32 noundef %45)
  br label %81

46:                                               ; preds = %2
  %47 = load ptr, ptr %3, align 8
  %48 = load ptr, ptr %4, align 8
  %49 = getelementptr inbounds %struct.node, ptr %48, i32 0, i32 1
  %50 = load i32, ptr %49, align 4
  call void @emit(ptr noundef %47, i32 noundef 18, i32 noundef %50)
  br label %81

51:                                               ; preds = %2
  %52 = load ptr, ptr %3, align 8
  %53 = load ptr, ptr %4, align 8
  %54 = getelementptr inbounds %struct.node, ptr %53, i32 0, i32 1
  %55 = load i32, ptr %54, align 4
  call void @emit(ptr noundef %52, i32 noundef 19, i32 noundef %55)
  br label %81

56:                                               ; preds = %2
  %57 = load ptr, ptr %3, align 8
  %58 = load ptr, ptr %4, align 8
  %59 = getelementptr inbounds %struct.node, ptr %58, i32 0, i32 1
  %60 = load i32, ptr %59, align 4
  call void @emit(ptr noundef %57, i32 noundef 20, i32 noundef %60)
  br label %81

61:                                               ; preds = %2
  %62 = load ptr, ptr %3, align 8
  %63 = load ptr, ptr %4, align 8
  %64 = getelementptr inbounds %struct.node, ptr %63, i32 0, i32 1
  %65 = load i32, ptr %64, align 4
  call void @emit(ptr noundef %62, i32 noundef 21, i32 noundef %65)
  br label %81

66:                                               ; preds = %2
  %67 = load ptr, ptr %3, align 8
  %68 = load ptr, ptr %4, align 8
  %69 = getelementptr inbounds %struct.node, ptr %68, i32 0, i32 1
  %70 = load i32, ptr %69, align 4
  call void @emit(ptr noundef %67, i32 noundef 22, i32 noundef %70)
  br label %81

71:                                               ; preds = %2
  %72 = load ptr, ptr %4, align 8
  %73 = getelementptr inbounds %struct.node, ptr %72, i32 0, i32 1
  %74 = load i32, ptr %73, align 4
  %75 = load ptr, ptr %4, align 8
  %76 = getelementptr inbounds %struct.node, ptr %75, i32 0, i32 2
  %77 = load i32, ptr %76, align 8
  %78 = zext i32 %77 to i64
  %79 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %78
  %80 = load ptr, ptr %79, align 8
  call void (i32, ptr, ...) @fail(i32 noundef %74, ptr noundef @.str.67, ptr noundef %80) #16
  unreachable

81:                                               ; preds = %66, %61, %56, %51, %46, %41, %36, %31, %26, %21, %16
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @emit_jump(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load ptr, ptr %4, align 8
  %8 = load i32, ptr %5, align 4
  %9 = load i32, ptr %6, align 4
  call void @emit_with_u16(ptr noundef %7, i32 noundef %8, i32 noundef 65535, i32 noundef %9)
  %10 = load ptr, ptr %4, align 8
  %11 = call ptr @chunk_of(ptr noundef %10)
  %12 = getelementptr inbounds %struct.chunk, ptr %11, i32 0, i32 2
  %13 = load i32, ptr %12, align 8
  %14 = sub nsw i32 %13, 2
  ret i32 %14
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @patch_jump(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %6 = load ptr, ptr %3, align 8
  %7 = call ptr @chunk_of(ptr noundef %6)
  %8 = getelementptr inbounds %struct.chunk, ptr %7, i32 0, i32 2
  %9 = load i32, ptr %8, align 8
  %10 = load i32, ptr %4, align 4
  %11 = add nsw i32 %10, 2
  %12 = sub nsw i32 %9, %11
  store i32 %12, ptr %5, align 4
  %13 = load i32, ptr %5, align 4
  %14 = icmp sgt i32 %13, 65535
  br i1 %14, label %15, label %16

15:                                               ; preds = %2
  call void (i32, ptr, ...) @fail(i32 noundef 0, ptr noundef @.str.109) #16
  unreachable

16:                                               ; preds = %2
  %17 = load i32, ptr %5, align 4
  %18 = ashr i32 %17, 8
  %19 = trunc i32 %18 to i8
  %20 = load ptr, ptr %3, align 8
  %21 = call ptr @chunk_of(ptr noundef %20)
  %22 = getelementptr inbounds %struct.chunk, ptr %21, i32 0, i32 0
  %23 = load ptr, ptr %22, align 8
  %24 = load i32, ptr %4, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds i8, ptr %23, i64 %25
  store i8 %19, ptr %26, align 1
  %27 = load i32, ptr %5, align 4
  %28 = trunc i32 %27 to i8
  %29 = load ptr, ptr %3, align 8
  %30 = call ptr @chunk_of(ptr noundef %29)
  %31 = getelementptr inbounds %struct.chunk, ptr %30, i32 0, i32 0
  %32 = load ptr, ptr %31, align 8
  %33 = load i32, ptr %4, align 4
  %34 = add nsw i32 %33, 1
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i8, ptr %32, i64 %35
  store i8 %28, ptr %36, align 1
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @emit_byte(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds %struct.chunk, ptr %7, i32 0, i32 0
  %9 = load ptr, ptr %8, align 8
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds %struct.chunk, ptr %10, i32 0, i32 3
  %12 = load ptr, ptr %4, align 8
  %13 = getelementptr inbounds %struct.chunk, ptr %12, i32 0, i32 2
  %14 = load i32, ptr %13, align 8
  %15 = add nsw i32 %14, 1
  %16 = call ptr @grow(ptr noundef %9, ptr noundef %11, i32 noundef %15, i64 noundef 1)
  %17 = load ptr, ptr %4, align 8
  %18 = getelementptr inbounds %struct.chunk, ptr %17, i32 0, i32 0
  store ptr %16, ptr %18, align 8
  %19 = load ptr, ptr %4, align 8
  %20 = getelementptr inbounds %struct.chunk, ptr %19, i32 0, i32 1
  %21 = load ptr, ptr %20, align 8
  %22 = load ptr, ptr %4, align 8
  %23 = getelementptr inbounds %struct.chunk, ptr %22, i32 0, i32 4
  %24 = load ptr, ptr %4, align 8
  %25 = getelementptr inbounds %struct.chunk, ptr %24, i32 0, i32 2
  %26 = load i32, ptr %25, align 8
  %27 = add nsw i32 %26, 1
  %28 = call ptr @grow(ptr noundef %21, ptr noundef %23, i32 noundef %27, i64 noundef 4)
  %29 = load ptr, ptr %4, align 8
  %30 = getelementptr inbounds %struct.chunk, ptr %29, i32 0, i32 1
  store ptr %28, ptr %30, align 8
  %31 = load i32, ptr %5, align 4
  %32 = trunc i32 %31 to i8
  %33 = load ptr, ptr %4, align 8
  %34 = getelementptr inbounds %struct.chunk, ptr %33, i32 0, i32 0
  %35 = load ptr, ptr %34, align 8
  %36 = load ptr, ptr %4, align 8
  %37 = getelementptr inbounds %struct.chunk, ptr %36, i32 0, i32 2
  %38 = load i32, ptr %37, align 8
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds i8, ptr %35, i64 %39
  store i8 %32, ptr %40, align 1
  %41 = load i32, ptr %6, align 4
  %42 = load ptr, ptr %4, align 8
  %43 = getelementptr inbounds %struct.chunk, ptr %42, i32 0, i32 1
  %44 = load ptr, ptr %43, align 8
  %45 = load ptr, ptr %4, align 8
  %46 = getelementptr inbounds %struct.chunk, ptr %45, i32 0, i32 2
  %47 = load i32, ptr %46, align 8
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %46, align 8
  %49 = sext i32 %47 to i64
  %50 = getelementptr inbounds i32, ptr %44, i64 %49
  store i32 %41, ptr %50, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @declare_local(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %8 = load ptr, ptr %4, align 8
  %9 = getelementptr inbounds %struct.compiler, ptr %8, i32 0, i32 2
  %10 = load i32, ptr %9, align 8
  %11 = sub nsw i32 %10, 1
  store i32 %11, ptr %7, align 4
  br label %12

12:                                               ; preds = %45, %3
  %13 = load i32, ptr %7, align 4
  %14 = icmp sge i32 %13, 0
  br i1 %14, label %15, label %27

15:                                               ; preds = %12
  %16 = load ptr, ptr %4, align 8
  %17 = getelementptr inbounds %struct.compiler, ptr %16, i32 0, i32 1
  %18 = load i32, ptr %7, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [256 x %struct.anon], ptr %17, i64 0, i64 %19
  %21 = getelementptr inbounds %struct.anon, ptr %20, i32 0, i32 1
  %22 = load i32, ptr %21, align 8
  %23 = load ptr, ptr %4, align 8
  %24 = getelementptr inbounds %struct.compiler, ptr %23, i32 0, i32 3
  %25 = load i32, ptr %24, align 4
  %26 = icmp eq i32 %22, %25
  br label %27

27:                                               ; preds = %15, %12
  %28 = phi i1 [ false, %12 ], [ %26, %15 ]
  br i1 %28, label %29, label %48

29:                                               ; preds = %27
  %30 = load ptr, ptr %4, align 8
  %31 = getelementptr inbounds %struct.compiler, ptr %30, i32 0, i32 1
  %32 = load i32, ptr %7, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [256 x %struct.anon], ptr %31, i64 0, i64 %33
  %35 = getelementptr inbounds %struct.anon, ptr %34, i32 0, i32 0
  %36 = load ptr, ptr %35, align 8
  %37 = load ptr, ptr %5, align 8
  %38 = icmp eq ptr %36, %37
  br i1 %38, label %39, label %44

39:                                               ; preds = %29
  %40 = load i32, ptr %6, align 4
  %41 = load ptr, ptr %5, align 8
  %42 = getelementptr inbounds %struct.string, ptr %41, i32 0, i32 2
  %43 = getelementptr inbounds [0 x i8], ptr %42, i64 0, i64 0
  call void (i32, ptr, ...) @fail(i32 noundef %40, ptr noundef @.str.110, ptr noundef %43) #16
  unreachable

44:                                               ; preds = %29
  br label %45

45:                                               ; preds = %44
  %46 = load i32, ptr %7, align 4
  %47 = add nsw i32 %46, -1
  store i32 %47, ptr %7, align 4
  br label %12, !llvm.loop !30

48:                                               ; preds = %27
  %49 = load ptr, ptr %4, align 8
  %50 = getelementptr inbounds %struct.compiler, ptr %49, i32 0, i32 2
  %51 = load i32, ptr %50, align 8
  %52 = icmp sge i32 %51, 256
  br i1 %52, label %53, label %55

53:                                               ; preds = %48
  %54 = load i32, ptr %6, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %54, ptr noundef @.str.111) #16
  unreachable

55:                                               ; preds = %48
  %56 = load ptr, ptr %5, align 8
  %57 = load ptr, ptr %4, align 8
  %58 = getelementptr inbounds %struct.compiler, ptr %57, i32 0, i32 1
  %59 = load ptr, ptr %4, align 8
  %60 = getelementptr inbounds %struct.compiler, ptr %59, i32 0, i32 2
  %61 = load i32, ptr %60, align 8
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [256 x %struct.anon], ptr %58, i64 0, i64 %62
  %64 = getelementptr inbounds %struct.anon, ptr %63, i32 0, i32 0
  store ptr %56, ptr %64, align 8
  %65 = load ptr, ptr %4, align 8
  %66 = getelementptr inbounds %struct.compiler, ptr %65, i32 0, i32 3
  %67 = load i32, ptr %66, align 4
  %68 = load ptr, ptr %4, align 8
  %69 = getelementptr inbounds %struct.compiler, ptr %68, i32 0, i32 1
  %70 = load ptr, ptr %4, align 8
  %71 = getelementptr inbounds %struct.compiler, ptr %70, i32 0, i32 2
  %72 = load i32, ptr %71, align 8
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [256 x %struct.anon], ptr %69, i64 0, i64 %73
  %75 = getelementptr inbounds %struct.anon, ptr %74, i32 0, i32 1
  store i32 %67, ptr %75, align 8
  %76 = load ptr, ptr %4, align 8
  %77 = getelementptr inbounds %struct.compiler, ptr %76, i32 0, i32 2
  %78 = load i32, ptr %77, align 8
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %77, align 8
  ret i32 %78
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @compile_function(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  %6 = call ptr @arena_alloc(i64 noundef 64)
  store ptr %6, ptr %3, align 8
  %7 = load ptr, ptr %3, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %7, i8 0, i64 64, i1 false)
  %8 = load ptr, ptr %2, align 8
  %9 = getelementptr inbounds %struct.node, ptr %8, i32 0, i32 5
  %10 = load ptr, ptr %9, align 8
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds %struct.function, ptr %11, i32 0, i32 0
  store ptr %10, ptr %12, align 8
  %13 = load ptr, ptr %2, align 8
  %14 = getelementptr inbounds %struct.node, ptr %13, i32 0, i32 10
  %15 = load i32, ptr %14, align 8
  %16 = load ptr, ptr %3, align 8
  %17 = getelementptr inbounds %struct.function, ptr %16, i32 0, i32 1
  store i32 %15, ptr %17, align 8
  %18 = call ptr @arena_alloc(i64 noundef 4128)
  store ptr %18, ptr %4, align 8
  %19 = load ptr, ptr %4, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %19, i8 0, i64 4128, i1 false)
  %20 = load ptr, ptr %3, align 8
  %21 = load ptr, ptr %4, align 8
  %22 = getelementptr inbounds %struct.compiler, ptr %21, i32 0, i32 0
  store ptr %20, ptr %22, align 8
  %23 = load ptr, ptr %4, align 8
  %24 = getelementptr inbounds %struct.compiler, ptr %23, i32 0, i32 3
  store i32 1, ptr %24, align 4
  %25 = load ptr, ptr %4, align 8
  %26 = load ptr, ptr %3, align 8
  %27 = getelementptr inbounds %struct.function, ptr %26, i32 0, i32 0
  %28 = load ptr, ptr %27, align 8
  %29 = load ptr, ptr %2, align 8
  %30 = getelementptr inbounds %struct.node, ptr %29, i32 0, i32 1
  %31 = load i32, ptr %30, align 4
  %32 = call i32 @declare_local(ptr noundef %25, ptr noundef %28, i32 noundef %31)
  store i32 0, ptr %5, align 4
  br label %33

33:                                               ; preds = %60, %1
  %34 = load i32, ptr %5, align 4
  %35 = load ptr, ptr %2, align 8
  %36 = getelementptr inbounds %struct.node, ptr %35, i32 0, i32 10
  %37 = load i32, ptr %36, align 8
  %38 = icmp slt i32 %34, %37
  br i1 %38, label %39, label %63

39:                                               ; preds = %33
  %40 = load ptr, ptr %4, align 8
  %41 = load ptr, ptr %2, align 8
  %42 = getelementptr inbounds %struct.node, ptr %41, i32 0, i32 9
  %43 = load ptr, ptr %42, align 8
  %44 = load i32, ptr %5, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds ptr, ptr %43, i64 %45
  %47 = load ptr, ptr %46, align 8
  %48 = getelementptr inbounds %struct.node, ptr %47, i32 0, i32 5
  %49 = load ptr, ptr %48, align 8
  %50 = load ptr, ptr %2, align 8
  %51 = getelementptr inbounds %struct.node, ptr %50, i32 0, i32 9
  %52 = load ptr, ptr %51, align 8
  %53 = load i32, ptr %5, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds ptr, ptr %52, i64 %54
  %56 = load ptr, ptr %55, align 8
  %57 = getelementptr inbounds %struct.node, ptr %56, i32 0, i32 1
  %58 = load i32, ptr %57, align 4
  %59 = call i32 @declare_local(ptr noundef %40, ptr noundef %49, i32 noundef %58)
  br label %60

60:                                               ; preds = %39
  %61 = load i32, ptr %5, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %5, align 4
  br label %33, !llvm.loop !31

63:                                               ; preds = %33
  %64 = load ptr, ptr %4, align 8
  %65 = load ptr, ptr %2, align 8
  %66 = getelementptr inbounds %struct.node, ptr %65, i32 0, i32 6
  %67 = load ptr, ptr %66, align 8
  call void @compile_node(ptr noundef %64, ptr noundef %67)
  %68 = load ptr, ptr %4, align 8
  %69 = load ptr, ptr %2, align 8
  %70 = getelementptr inbounds %struct.node, ptr %69, i32 0, i32 1
  %71 = load i32, ptr %70, align 4
  call void @emit(ptr noundef %68, i32 noundef 1, i32 noundef %71)
  %72 = load ptr, ptr %4, align 8
  %73 = load ptr, ptr %2, align 8
  %74 = getelementptr inbounds %struct.node, ptr %73, i32 0, i32 1
  %75 = load i32, ptr %74, align 4
  call void @emit(ptr noundef %72, i32 noundef 29, i32 noundef %75)
  %76 = load ptr, ptr %3, align 8
  ret ptr %76
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @begin_scope(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %struct.compiler, ptr %3, i32 0, i32 3
  %5 = load i32, ptr %4, align 4
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr %4, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @end_scope(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds %struct.compiler, ptr %5, i32 0, i32 3
  %7 = load i32, ptr %6, align 4
  %8 = add nsw i32 %7, -1
  store i32 %8, ptr %6, align 4
  %9 = load ptr, ptr %3, align 8
  %10 = load ptr, ptr %3, align 8
  %11 = getelementptr inbounds %struct.compiler, ptr %10, i32 0, i32 3
  %12 = load i32, ptr %11, align 4
  %13 = load i32, ptr %4, align 4
  call void @pop_locals_above(ptr noundef %9, i32 noundef %12, i32 noundef 1, i32 noundef %13)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @compile_while(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %struct.loop, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %5, i8 0, i64 536, i1 false)
  %8 = getelementptr inbounds %struct.loop, ptr %5, i32 0, i32 0
  %9 = load ptr, ptr %3, align 8
  %10 = getelementptr inbounds %struct.compiler, ptr %9, i32 0, i32 5
  %11 = load ptr, ptr %10, align 8
  store ptr %11, ptr %8, align 8
  %12 = getelementptr inbounds %struct.loop, ptr %5, i32 0, i32 1
  %13 = load ptr, ptr %3, align 8
  %14 = call ptr @chunk_of(ptr noundef %13)
  %15 = getelementptr inbounds %struct.chunk, ptr %14, i32 0, i32 2
  %16 = load i32, ptr %15, align 8
  store i32 %16, ptr %12, align 8
  %17 = getelementptr inbounds %struct.loop, ptr %5, i32 0, i32 2
  %18 = getelementptr inbounds [64 x i32], ptr %17, i64 0, i64 0
  %19 = getelementptr inbounds %struct.loop, ptr %5, i32 0, i32 4
  %20 = getelementptr inbounds [64 x i32], ptr %19, i64 0, i64 0
  %21 = getelementptr inbounds %struct.loop, ptr %5, i32 0, i32 6
  %22 = load ptr, ptr %3, align 8
  %23 = getelementptr inbounds %struct.compiler, ptr %22, i32 0, i32 3
  %24 = load i32, ptr %23, align 4
  store i32 %24, ptr %21, align 4
  %25 = load ptr, ptr %3, align 8
  %26 = getelementptr inbounds %struct.compiler, ptr %25, i32 0, i32 5
  store ptr %5, ptr %26, align 8
  %27 = load ptr, ptr %3, align 8
  %28 = load ptr, ptr %4, align 8
  %29 = getelementptr inbounds %struct.node, ptr %28, i32 0, i32 6
  %30 = load ptr, ptr %29, align 8
  call void @compile_node(ptr noundef %27, ptr noundef %30)
  %31 = load ptr, ptr %3, align 8
  %32 = load ptr, ptr %4, align 8
  %33 = getelementptr inbounds %struct.node, ptr %32, i32 0, i32 1
  %34 = load i32, ptr %33, align 4
  %35 = call i32 @emit_jump(ptr noundef %31, i32 noundef 24, i32 noundef %34)
  store i32 %35, ptr %6, align 4
  %36 = load ptr, ptr %3, align 8
  %37 = load ptr, ptr %4, align 8
  %38 = getelementptr inbounds %struct.node, ptr %37, i32 0, i32 7
  %39 = load ptr, ptr %38, align 8
  call void @compile_node(ptr noundef %36, ptr noundef %39)
  %40 = load ptr, ptr %3, align 8
  %41 = getelementptr inbounds %struct.loop, ptr %5, i32 0, i32 1
  %42 = load i32, ptr %41, align 8
  %43 = load ptr, ptr %4, align 8
  %44 = getelementptr inbounds %struct.node, ptr %43, i32 0, i32 1
  %45 = load i32, ptr %44, align 4
  call void @emit_loop(ptr noundef %40, i32 noundef %42, i32 noundef %45)
  %46 = load ptr, ptr %3, align 8
  %47 = load i32, ptr %6, align 4
  call void @patch_jump(ptr noundef %46, i32 noundef %47)
  store i32 0, ptr %7, align 4
  br label %48

48:                                               ; preds = %60, %2
  %49 = load i32, ptr %7, align 4
  %50 = getelementptr inbounds %struct.loop, ptr %5, i32 0, i32 5
  %51 = load i32, ptr %50, align 8
  %52 = icmp slt i32 %49, %51
  br i1 %52, label %53, label %63

53:                                               ; preds = %48
  %54 = load ptr, ptr %3, align 8
  %55 = getelementptr inbounds %struct.loop, ptr %5, i32 0, i32 4
  %56 = load i32, ptr %7, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [64 x i32], ptr %55, i64 0, i64 %57
  %59 = load i32, ptr %58, align 4
  call void @patch_jump(ptr noundef %54, i32 noundef %59)
  br label %60

60:                                               ; preds = %53
  %61 = load i32, ptr %7, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %7, align 4
  br label %48, !llvm.loop !32

63:                                               ; preds = %48
  %64 = getelementptr inbounds %struct.loop, ptr %5, i32 0, i32 0
  %65 = load ptr, ptr %64, align 8
  %66 = load ptr, ptr %3, align 8
  %67 = getelementptr inbounds %struct.compiler, ptr %66, i32 0, i32 5
  store ptr %65, ptr %67, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @compile_for(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca %struct.loop, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %12 = load ptr, ptr %3, align 8
  call void @begin_scope(ptr noundef %12)
  %13 = load ptr, ptr %3, align 8
  %14 = load ptr, ptr %4, align 8
  %15 = getelementptr inbounds %struct.node, ptr %14, i32 0, i32 6
  %16 = load ptr, ptr %15, align 8
  call void @compile_node(ptr noundef %13, ptr noundef %16)
  %17 = load ptr, ptr %3, align 8
  %18 = load ptr, ptr %4, align 8
  %19 = getelementptr inbounds %struct.node, ptr %18, i32 0, i32 5
  %20 = load ptr, ptr %19, align 8
  %21 = load ptr, ptr %4, align 8
  %22 = getelementptr inbounds %struct.node, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 4
  %24 = call i32 @declare_local(ptr noundef %17, ptr noundef %20, i32 noundef %23)
  store i32 %24, ptr %5, align 4
  %25 = load ptr, ptr %3, align 8
  %26 = load ptr, ptr %4, align 8
  %27 = getelementptr inbounds %struct.node, ptr %26, i32 0, i32 7
  %28 = load ptr, ptr %27, align 8
  call void @compile_node(ptr noundef %25, ptr noundef %28)
  %29 = load ptr, ptr %3, align 8
  %30 = call ptr @intern(ptr noundef @.str.113, i32 noundef 6)
  %31 = load ptr, ptr %4, align 8
  %32 = getelementptr inbounds %struct.node, ptr %31, i32 0, i32 1
  %33 = load i32, ptr %32, align 4
  %34 = call i32 @declare_local(ptr noundef %29, ptr noundef %30, i32 noundef %33)
  store i32 %34, ptr %6, align 4
  call void @llvm.memset.p0.i64(ptr align 8 %7, i8 0, i64 536, i1 false)
  %35 = getelementptr inbounds %struct.loop, ptr %7, i32 0, i32 0
  %36 = load ptr, ptr %3, align 8
  %37 = getelementptr inbounds %struct.compiler, ptr %36, i32 0, i32 5
  %38 = load ptr, ptr %37, align 8
  store ptr %38, ptr %35, align 8
  %39 = getelementptr inbounds %struct.loop, ptr %7, i32 0, i32 1
  store i32 -1, ptr %39, align 8
  %40 = getelementptr inbounds %struct.loop, ptr %7, i32 0, i32 2
  %41 = getelementptr inbounds [64 x i32], ptr %40, i64 0, i64 0
  %42 = getelementptr inbounds %struct.loop, ptr %7, i32 0, i32 4
  %43 = getelementptr inbounds [64 x i32], ptr %42, i64 0, i64 0
  %44 = getelementptr inbounds %struct.loop, ptr %7, i32 0, i32 6
  %45 = load ptr, ptr %3, align 8
  %46 = getelementptr inbounds %struct.compiler, ptr %45, i32 0, i32 3
  %47 = load i32, ptr %46, align 4
  store i32 %47, ptr %44, align 4
  %48 = load ptr, ptr %3, align 8
  %49 = getelementptr inbounds %struct.compiler, ptr %48, i32 0, i32 5
  store ptr %7, ptr %49, align 8
  %50 = load ptr, ptr %3, align 8
  %51 = call ptr @chunk_of(ptr noundef %50)
  %52 = getelementptr inbounds %struct.chunk, ptr %51, i32 0, i32 2
  %53 = load i32, ptr %52, align 8
  store i32 %53, ptr %8, align 4
  %54 = load ptr, ptr %3, align 8
  %55 = load i32, ptr %5, align 4
  %56 = load ptr, ptr %4, align 8
  %57 = getelementptr inbounds %struct.node, ptr %56, i32 0, i32 1
  %58 = load i32, ptr %57, align 4
  call void @emit_with_u16(ptr noundef %54, i32 noundef 5, i32 noundef %55, i32 noundef %58)
  %59 = load ptr, ptr %3, align 8
  %60 = load i32, ptr %6, align 4
  %61 = load ptr, ptr %4, align 8
  %62 = getelementptr inbounds %struct.node, ptr %61, i32 0, i32 1
  %63 = load i32, ptr %62, align 4
  call void @emit_with_u16(ptr noundef %59, i32 noundef 5, i32 noundef %60, i32 noundef %63)
  %64 = load ptr, ptr %3, align 8
  %65 = load ptr, ptr %4, align 8
  %66 = getelementptr inbounds %struct.node, ptr %65, i32 0, i32 1
  %67 = load i32, ptr %66, align 4
  call void @emit(ptr noundef %64, i32 noundef 19, i32 noundef %67)
  %68 = load ptr, ptr %3, align 8
  %69 = load ptr, ptr %4, align 8
  %70 = getelementptr inbounds %struct.node, ptr %69, i32 0, i32 1
  %71 = load i32, ptr %70, align 4
  %72 = call i32 @emit_jump(ptr noundef %68, i32 noundef 24, i32 noundef %71)
  store i32 %72, ptr %9, align 4
  %73 = load ptr, ptr %3, align 8
  %74 = load ptr, ptr %4, align 8
  %75 = getelementptr inbounds %struct.node, ptr %74, i32 0, i32 8
  %76 = load ptr, ptr %75, align 8
  call void @compile_node(ptr noundef %73, ptr noundef %76)
  store i32 0, ptr %10, align 4
  br label %77

77:                                               ; preds = %89, %2
  %78 = load i32, ptr %10, align 4
  %79 = getelementptr inbounds %struct.loop, ptr %7, i32 0, i32 3
  %80 = load i32, ptr %79, align 4
  %81 = icmp slt i32 %78, %80
  br i1 %81, label %82, label %92

82:                                               ; preds = %77
  %83 = load ptr, ptr %3, align 8
  %84 = getelementptr inbounds %struct.loop, ptr %7, i32 0, i32 2
  %85 = load i32, ptr %10, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [64 x i32], ptr %84, i64 0, i64 %86
  %88 = load i32, ptr %87, align 4
  call void @patch_jump(ptr noundef %83, i32 noundef %88)
  br label %89

89:                                               ; preds = %82
  %90 = load i32, ptr %10, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %10, align 4
  br label %77, !llvm.loop !33

92:                                               ; preds = %77
  %93 = load ptr, ptr %3, align 8
  %94 = load i32, ptr %5, align 4
  %95 = load ptr, ptr %4, align 8
  %96 = getelementptr inbounds %struct.node, ptr %95, i32 0, i32 1
  %97 = load i32, ptr %96, align 4
  call void @emit_with_u16(ptr noundef %93, i32 noundef 33, i32 noundef %94, i32 noundef %97)
  %98 = load ptr, ptr %3, align 8
  %99 = load i32, ptr %8, align 4
  %100 = load ptr, ptr %4, align 8
  %101 = getelementptr inbounds %struct.node, ptr %100, i32 0, i32 1
  %102 = load i32, ptr %101, align 4
  call void @emit_loop(ptr noundef %98, i32 noundef %99, i32 noundef %102)
  %103 = load ptr, ptr %3, align 8
  %104 = load i32, ptr %9, align 4
  call void @patch_jump(ptr noundef %103, i32 noundef %104)
  store i32 0, ptr %11, align 4
  br label %105

105:                                              ; preds = %117, %92
  %106 = load i32, ptr %11, align 4
  %107 = getelementptr inbounds %struct.loop, ptr %7, i32 0, i32 5
  %108 = load i32, ptr %107, align 8
  %109 = icmp slt i32 %106, %108
  br i1 %109, label %110, label %120

110:                                              ; preds = %105
  %111 = load ptr, ptr %3, align 8
  %112 = getelementptr inbounds %struct.loop, ptr %7, i32 0, i32 4
  %113 = load i32, ptr %11, align 4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [64 x i32], ptr %112, i64 0, i64 %114
  %116 = load i32, ptr %115, align 4
  call void @patch_jump(ptr noundef %111, i32 noundef %116)
  br label %117

117:                                              ; preds = %110
  %118 = load i32, ptr %11, align 4
  %119 = add nsw i32 %118, 1
  store i32 %119, ptr %11, align 4
  br label %105, !llvm.loop !34

120:                                              ; preds = %105
  %121 = getelementptr inbounds %struct.loop, ptr %7, i32 0, i32 0
  %122 = load ptr, ptr %121, align 8
  %123 = load ptr, ptr %3, align 8
  %124 = getelementptr inbounds %struct.compiler, ptr %123, i32 0, i32 5
  store ptr %122, ptr %124, align 8
  %125 = load ptr, ptr %3, align 8
  %126 = load ptr, ptr %4, align 8
  %127 = getelementptr inbounds %struct.node, ptr %126, i32 0, i32 1
  %128 = load i32, ptr %127, align 4
  call void @end_scope(ptr noundef %125, i32 noundef %128)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @compile_loop_exit(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = getelementptr inbounds %struct.compiler, ptr %6, i32 0, i32 5
  %8 = load ptr, ptr %7, align 8
  store ptr %8, ptr %5, align 8
  %9 = load ptr, ptr %5, align 8
  %10 = icmp ne ptr %9, null
  br i1 %10, label %21, label %11

11:                                               ; preds = %2
  %12 = load ptr, ptr %4, align 8
  %13 = getelementptr inbounds %struct.node, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 4
  %15 = load ptr, ptr %4, align 8
  %16 = getelementptr inbounds %struct.node, ptr %15, i32 0, i32 0
  %17 = load i32, ptr %16, align 8
  %18 = icmp eq i32 %17, 22
  %19 = zext i1 %18 to i64
  %20 = select i1 %18, ptr @.str.115, ptr @.str.116
  call void (i32, ptr, ...) @fail(i32 noundef %14, ptr noundef @.str.114, ptr noundef %20) #16
  unreachable

21:                                               ; preds = %2
  %22 = load ptr, ptr %3, align 8
  %23 = load ptr, ptr %5, align 8
  %24 = getelementptr inbounds %struct.loop, ptr %23, i32 0, i32 6
  %25 = load i32, ptr %24, align 4
  %26 = load ptr, ptr %4, align 8
  %27 = getelementptr inbounds %struct.node, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 4
  call void @pop_locals_above(ptr noundef %22, i32 noundef %25, i32 noundef 0, i32 noundef %28)
  %29 = load ptr, ptr %4, align 8
  %30 = getelementptr inbounds %struct.node, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %30, align 8
  %32 = icmp eq i32 %31, 22
  br i1 %32, label %33, label %56

33:                                               ; preds = %21
  %34 = load ptr, ptr %5, align 8
  %35 = getelementptr inbounds %struct.loop, ptr %34, i32 0, i32 5
  %36 = load i32, ptr %35, align 8
  %37 = icmp sge i32 %36, 64
  br i1 %37, label %38, label %42

38:                                               ; preds = %33
  %39 = load ptr, ptr %4, align 8
  %40 = getelementptr inbounds %struct.node, ptr %39, i32 0, i32 1
  %41 = load i32, ptr %40, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %41, ptr noundef @.str.117) #16
  unreachable

42:                                               ; preds = %33
  %43 = load ptr, ptr %3, align 8
  %44 = load ptr, ptr %4, align 8
  %45 = getelementptr inbounds %struct.node, ptr %44, i32 0, i32 1
  %46 = load i32, ptr %45, align 4
  %47 = call i32 @emit_jump(ptr noundef %43, i32 noundef 23, i32 noundef %46)
  %48 = load ptr, ptr %5, align 8
  %49 = getelementptr inbounds %struct.loop, ptr %48, i32 0, i32 4
  %50 = load ptr, ptr %5, align 8
  %51 = getelementptr inbounds %struct.loop, ptr %50, i32 0, i32 5
  %52 = load i32, ptr %51, align 8
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %51, align 8
  %54 = sext i32 %52 to i64
  %55 = getelementptr inbounds [64 x i32], ptr %49, i64 0, i64 %54
  store i32 %47, ptr %55, align 4
  br label %93

56:                                               ; preds = %21
  %57 = load ptr, ptr %5, align 8
  %58 = getelementptr inbounds %struct.loop, ptr %57, i32 0, i32 1
  %59 = load i32, ptr %58, align 8
  %60 = icmp sge i32 %59, 0
  br i1 %60, label %61, label %69

61:                                               ; preds = %56
  %62 = load ptr, ptr %3, align 8
  %63 = load ptr, ptr %5, align 8
  %64 = getelementptr inbounds %struct.loop, ptr %63, i32 0, i32 1
  %65 = load i32, ptr %64, align 8
  %66 = load ptr, ptr %4, align 8
  %67 = getelementptr inbounds %struct.node, ptr %66, i32 0, i32 1
  %68 = load i32, ptr %67, align 4
  call void @emit_loop(ptr noundef %62, i32 noundef %65, i32 noundef %68)
  br label %92

69:                                               ; preds = %56
  %70 = load ptr, ptr %5, align 8
  %71 = getelementptr inbounds %struct.loop, ptr %70, i32 0, i32 3
  %72 = load i32, ptr %71, align 4
  %73 = icmp sge i32 %72, 64
  br i1 %73, label %74, label %78

74:                                               ; preds = %69
  %75 = load ptr, ptr %4, align 8
  %76 = getelementptr inbounds %struct.node, ptr %75, i32 0, i32 1
  %77 = load i32, ptr %76, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %77, ptr noundef @.str.118) #16
  unreachable

78:                                               ; preds = %69
  %79 = load ptr, ptr %3, align 8
  %80 = load ptr, ptr %4, align 8
  %81 = getelementptr inbounds %struct.node, ptr %80, i32 0, i32 1
  %82 = load i32, ptr %81, align 4
  %83 = call i32 @emit_jump(ptr noundef %79, i32 noundef 23, i32 noundef %82)
  %84 = load ptr, ptr %5, align 8
  %85 = getelementptr inbounds %struct.loop, ptr %84, i32 0, i32 2
  %86 = load ptr, ptr %5, align 8
  %87 = getelementptr inbounds %struct.loop, ptr %86, i32 0, i32 3
  %88 = load i32, ptr %87, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %87, align 4
  %90 = sext i32 %88 to i64
  %91 = getelementptr inbounds [64 x i32], ptr %85, i64 0, i64 %90
  store i32 %83, ptr %91, align 4
  br label %92

92:                                               ; preds = %78, %61
  br label %93

93:                                               ; preds = %92, %42
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @emit_u16(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load ptr, ptr %4, align 8
  %8 = load i32, ptr %5, align 4
  %9 = ashr i32 %8, 8
  %10 = and i32 %9, 255
  %11 = load i32, ptr %6, align 4
  call void @emit_byte(ptr noundef %7, i32 noundef %10, i32 noundef %11)
  %12 = load ptr, ptr %4, align 8
  %13 = load i32, ptr %5, align 4
  %14 = and i32 %13, 255
  %15 = load i32, ptr %6, align 4
  call void @emit_byte(ptr noundef %12, i32 noundef %14, i32 noundef %15)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @values_equal(i32 %0, i64 %1, i32 %2, i64 %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca %struct.value, align 8
  %7 = alloca %struct.value, align 8
  %8 = alloca i32, align 4
  %9 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 0
  store i32 %0, ptr %9, align 8
  %10 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %10, align 8
  %11 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  store i32 %2, ptr %11, align 8
  %12 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  store i64 %3, ptr %12, align 8
  %13 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 0
  %14 = load i32, ptr %13, align 8
  %15 = icmp eq i32 %14, 2
  br i1 %15, label %16, label %28

16:                                               ; preds = %4
  %17 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 0
  %18 = load i32, ptr %17, align 8
  %19 = icmp eq i32 %18, 3
  br i1 %19, label %20, label %28

20:                                               ; preds = %16
  %21 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %22 = load i64, ptr %21, align 8
  %23 = sitofp i64 %22 to double
  %24 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %25 = load double, ptr %24, align 8
  %26 = fcmp oeq double %23, %25
  %27 = zext i1 %26 to i32
  store i32 %27, ptr %5, align 4
  br label %148

28:                                               ; preds = %16, %4
  %29 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 0
  %30 = load i32, ptr %29, align 8
  %31 = icmp eq i32 %30, 3
  br i1 %31, label %32, label %44

32:                                               ; preds = %28
  %33 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 0
  %34 = load i32, ptr %33, align 8
  %35 = icmp eq i32 %34, 2
  br i1 %35, label %36, label %44

36:                                               ; preds = %32
  %37 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %38 = load double, ptr %37, align 8
  %39 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %40 = load i64, ptr %39, align 8
  %41 = sitofp i64 %40 to double
  %42 = fcmp oeq double %38, %41
  %43 = zext i1 %42 to i32
  store i32 %43, ptr %5, align 4
  br label %148

44:                                               ; preds = %32, %28
  %45 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 0
  %46 = load i32, ptr %45, align 8
  %47 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 0
  %48 = load i32, ptr %47, align 8
  %49 = icmp ne i32 %46, %48
  br i1 %49, label %50, label %51

50:                                               ; preds = %44
  store i32 0, ptr %5, align 4
  br label %148

51:                                               ; preds = %44
  %52 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 0
  %53 = load i32, ptr %52, align 8
  switch i32 %53, label %147 [
    i32 0, label %54
    i32 1, label %55
    i32 2, label %62
    i32 3, label %69
    i32 4, label %76
    i32 5, label %83
    i32 6, label %133
    i32 7, label %140
  ]

54:                                               ; preds = %51
  store i32 1, ptr %5, align 4
  br label %148

55:                                               ; preds = %51
  %56 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %57 = load i32, ptr %56, align 8
  %58 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %59 = load i32, ptr %58, align 8
  %60 = icmp eq i32 %57, %59
  %61 = zext i1 %60 to i32
  store i32 %61, ptr %5, align 4
  br label %148

62:                                               ; preds = %51
  %63 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %64 = load i64, ptr %63, align 8
  %65 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %66 = load i64, ptr %65, align 8
  %67 = icmp eq i64 %64, %66
  %68 = zext i1 %67 to i32
  store i32 %68, ptr %5, align 4
  br label %148

69:                                               ; preds = %51
  %70 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %71 = load double, ptr %70, align 8
  %72 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %73 = load double, ptr %72, align 8
  %74 = fcmp oeq double %71, %73
  %75 = zext i1 %74 to i32
  store i32 %75, ptr %5, align 4
  br label %148

76:                                               ; preds = %51
  %77 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %78 = load ptr, ptr %77, align 8
  %79 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %80 = load ptr, ptr %79, align 8
  %81 = icmp eq ptr %78, %80
  %82 = zext i1 %81 to i32
  store i32 %82, ptr %5, align 4
  br label %148

83:                                               ; preds = %51
  %84 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %85 = load ptr, ptr %84, align 8
  %86 = getelementptr inbounds %struct.list, ptr %85, i32 0, i32 0
  %87 = load i32, ptr %86, align 8
  %88 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %89 = load ptr, ptr %88, align 8
  %90 = getelementptr inbounds %struct.list, ptr %89, i32 0, i32 0
  %91 = load i32, ptr %90, align 8
  %92 = icmp ne i32 %87, %91
  br i1 %92, label %93, label %94

93:                                               ; preds = %83
  store i32 0, ptr %5, align 4
  br label %148

94:                                               ; preds = %83
  store i32 0, ptr %8, align 4
  br label %95

95:                                               ; preds = %129, %94
  %96 = load i32, ptr %8, align 4
  %97 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %98 = load ptr, ptr %97, align 8
  %99 = getelementptr inbounds %struct.list, ptr %98, i32 0, i32 0
  %100 = load i32, ptr %99, align 8
  %101 = icmp slt i32 %96, %100
  br i1 %101, label %102, label %132

102:                                              ; preds = %95
  %103 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %104 = load ptr, ptr %103, align 8
  %105 = getelementptr inbounds %struct.list, ptr %104, i32 0, i32 2
  %106 = load ptr, ptr %105, align 8
  %107 = load i32, ptr %8, align 4
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds %struct.value, ptr %106, i64 %108
  %110 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %111 = load ptr, ptr %110, align 8
  %112 = getelementptr inbounds %struct.list, ptr %111, i32 0, i32 2
  %113 = load ptr, ptr %112, align 8
  %114 = load i32, ptr %8, align 4
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds %struct.value, ptr %113, i64 %115
  %117 = getelementptr inbounds { i32, i64 }, ptr %109, i32 0, i32 0
  %118 = load i32, ptr %117, align 8
  %119 = getelementptr inbounds { i32, i64 }, ptr %109, i32 0, i32 1
  %120 = load i64, ptr %119, align 8
  %121 = getelementptr inbounds { i32, i64 }, ptr %116, i32 0, i32 0
  %122 = load i32, ptr %121, align 8
  %123 = getelementptr inbounds { i32, i64 }, ptr %116, i32 0, i32 1
  %124 = load i64, ptr %123, align 8
  %125 = call i32 @values_equal(i32 %118, i64 %120, i32 %122, i64 %124)
  %126 = icmp ne i32 %125, 0
  br i1 %126, label %128, label %127

127:                                              ; preds = %102
  store i32 0, ptr %5, align 4
  br label %148

128:                                              ; preds = %102
  br label %129

129:                                              ; preds = %128
  %130 = load i32, ptr %8, align 4
  %131 = add nsw i32 %130, 1
  store i32 %131, ptr %8, align 4
  br label %95, !llvm.loop !35

132:                                              ; preds = %95
  store i32 1, ptr %5, align 4
  br label %148

133:                                              ; preds = %51
  %134 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %135 = load ptr, ptr %134, align 8
  %136 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %137 = load ptr, ptr %136, align 8
  %138 = icmp eq ptr %135, %137
  %139 = zext i1 %138 to i32
  store i32 %139, ptr %5, align 4
  br label %148

140:                                              ; preds = %51
  %141 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %142 = load ptr, ptr %141, align 8
  %143 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %144 = load ptr, ptr %143, align 8
  %145 = icmp eq ptr %142, %144
  %146 = zext i1 %145 to i32
  store i32 %146, ptr %5, align 4
  br label %148

147:                                              ; preds = %51
  store i32 0, ptr %5, align 4
  br label %148

148:                                              ; preds = %147, %140, %133, %132, %127, %93, %76, %69, %62, %55, %54, %50, %36, %20
  %149 = load i32, ptr %5, align 4
  ret i32 %149
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @pop_locals_above(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store i32 %3, ptr %8, align 4
  %10 = load ptr, ptr %5, align 8
  %11 = getelementptr inbounds %struct.compiler, ptr %10, i32 0, i32 2
  %12 = load i32, ptr %11, align 8
  store i32 %12, ptr %9, align 4
  br label %13

13:                                               ; preds = %29, %4
  %14 = load i32, ptr %9, align 4
  %15 = icmp sgt i32 %14, 0
  br i1 %15, label %16, label %27

16:                                               ; preds = %13
  %17 = load ptr, ptr %5, align 8
  %18 = getelementptr inbounds %struct.compiler, ptr %17, i32 0, i32 1
  %19 = load i32, ptr %9, align 4
  %20 = sub nsw i32 %19, 1
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [256 x %struct.anon], ptr %18, i64 0, i64 %21
  %23 = getelementptr inbounds %struct.anon, ptr %22, i32 0, i32 1
  %24 = load i32, ptr %23, align 8
  %25 = load i32, ptr %6, align 4
  %26 = icmp sgt i32 %24, %25
  br label %27

27:                                               ; preds = %16, %13
  %28 = phi i1 [ false, %13 ], [ %26, %16 ]
  br i1 %28, label %29, label %34

29:                                               ; preds = %27
  %30 = load ptr, ptr %5, align 8
  %31 = load i32, ptr %8, align 4
  call void @emit(ptr noundef %30, i32 noundef 4, i32 noundef %31)
  %32 = load i32, ptr %9, align 4
  %33 = add nsw i32 %32, -1
  store i32 %33, ptr %9, align 4
  br label %13, !llvm.loop !36

34:                                               ; preds = %27
  %35 = load i32, ptr %7, align 4
  %36 = icmp ne i32 %35, 0
  br i1 %36, label %37, label %41

37:                                               ; preds = %34
  %38 = load i32, ptr %9, align 4
  %39 = load ptr, ptr %5, align 8
  %40 = getelementptr inbounds %struct.compiler, ptr %39, i32 0, i32 2
  store i32 %38, ptr %40, align 8
  br label %41

41:                                               ; preds = %37, %34
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @emit_loop(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %8 = load ptr, ptr %4, align 8
  %9 = load i32, ptr %6, align 4
  call void @emit(ptr noundef %8, i32 noundef 27, i32 noundef %9)
  %10 = load ptr, ptr %4, align 8
  %11 = call ptr @chunk_of(ptr noundef %10)
  %12 = getelementptr inbounds %struct.chunk, ptr %11, i32 0, i32 2
  %13 = load i32, ptr %12, align 8
  %14 = add nsw i32 %13, 2
  %15 = load i32, ptr %5, align 4
  %16 = sub nsw i32 %14, %15
  store i32 %16, ptr %7, align 4
  %17 = load i32, ptr %7, align 4
  %18 = icmp sgt i32 %17, 65535
  br i1 %18, label %19, label %21

19:                                               ; preds = %3
  %20 = load i32, ptr %6, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %20, ptr noundef @.str.112) #16
  unreachable

21:                                               ; preds = %3
  %22 = load ptr, ptr %4, align 8
  %23 = call ptr @chunk_of(ptr noundef %22)
  %24 = load i32, ptr %7, align 4
  %25 = load i32, ptr %6, align 4
  call void @emit_u16(ptr noundef %23, i32 noundef %24, i32 noundef %25)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @advance(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.token, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds %struct.parser, ptr %4, i32 0, i32 2
  %6 = load ptr, ptr %2, align 8
  %7 = getelementptr inbounds %struct.parser, ptr %6, i32 0, i32 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %7, i64 40, i1 false)
  %8 = load ptr, ptr %2, align 8
  %9 = getelementptr inbounds %struct.parser, ptr %8, i32 0, i32 1
  %10 = load ptr, ptr %2, align 8
  %11 = getelementptr inbounds %struct.parser, ptr %10, i32 0, i32 0
  call void @next_token(ptr sret(%struct.token) align 8 %3, ptr noundef %11)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %3, i64 40, i1 false)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @new_node(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %6 = call ptr @arena_alloc(i64 noundef 80)
  store ptr %6, ptr %5, align 8
  %7 = load ptr, ptr %5, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %7, i8 0, i64 80, i1 false)
  %8 = load i32, ptr %3, align 4
  %9 = load ptr, ptr %5, align 8
  %10 = getelementptr inbounds %struct.node, ptr %9, i32 0, i32 0
  store i32 %8, ptr %10, align 8
  %11 = load i32, ptr %4, align 4
  %12 = load ptr, ptr %5, align 8
  %13 = getelementptr inbounds %struct.node, ptr %12, i32 0, i32 1
  store i32 %11, ptr %13, align 4
  %14 = load ptr, ptr %5, align 8
  ret ptr %14
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @check(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds %struct.parser, ptr %5, i32 0, i32 1
  %7 = getelementptr inbounds %struct.token, ptr %6, i32 0, i32 0
  %8 = load i32, ptr %7, align 8
  %9 = load i32, ptr %4, align 4
  %10 = icmp eq i32 %8, %9
  %11 = zext i1 %10 to i32
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @add_item(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds %struct.node, ptr %5, i32 0, i32 9
  %7 = load ptr, ptr %6, align 8
  %8 = load ptr, ptr %3, align 8
  %9 = getelementptr inbounds %struct.node, ptr %8, i32 0, i32 11
  %10 = load ptr, ptr %3, align 8
  %11 = getelementptr inbounds %struct.node, ptr %10, i32 0, i32 10
  %12 = load i32, ptr %11, align 8
  %13 = add nsw i32 %12, 1
  %14 = call ptr @grow(ptr noundef %7, ptr noundef %9, i32 noundef %13, i64 noundef 8)
  %15 = load ptr, ptr %3, align 8
  %16 = getelementptr inbounds %struct.node, ptr %15, i32 0, i32 9
  store ptr %14, ptr %16, align 8
  %17 = load ptr, ptr %4, align 8
  %18 = load ptr, ptr %3, align 8
  %19 = getelementptr inbounds %struct.node, ptr %18, i32 0, i32 9
  %20 = load ptr, ptr %19, align 8
  %21 = load ptr, ptr %3, align 8
  %22 = getelementptr inbounds %struct.node, ptr %21, i32 0, i32 10
  %23 = load i32, ptr %22, align 8
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %22, align 8
  %25 = sext i32 %23 to i64
  %26 = getelementptr inbounds ptr, ptr %20, i64 %25
  store ptr %17, ptr %26, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @parse_statement(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %16 = load ptr, ptr %3, align 8
  %17 = getelementptr inbounds %struct.parser, ptr %16, i32 0, i32 1
  %18 = getelementptr inbounds %struct.token, ptr %17, i32 0, i32 3
  %19 = load i32, ptr %18, align 4
  store i32 %19, ptr %4, align 4
  %20 = load ptr, ptr %3, align 8
  %21 = call i32 @accept(ptr noundef %20, i32 noundef 5)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %23, label %45

23:                                               ; preds = %1
  %24 = load i32, ptr %4, align 4
  %25 = call ptr @new_node(i32 noundef 16, i32 noundef %24)
  store ptr %25, ptr %5, align 8
  %26 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %26, i32 noundef 4, ptr noundef @.str.132)
  %27 = load ptr, ptr %3, align 8
  %28 = getelementptr inbounds %struct.parser, ptr %27, i32 0, i32 2
  %29 = getelementptr inbounds %struct.token, ptr %28, i32 0, i32 1
  %30 = load ptr, ptr %29, align 8
  %31 = load ptr, ptr %3, align 8
  %32 = getelementptr inbounds %struct.parser, ptr %31, i32 0, i32 2
  %33 = getelementptr inbounds %struct.token, ptr %32, i32 0, i32 2
  %34 = load i32, ptr %33, align 8
  %35 = call ptr @intern(ptr noundef %30, i32 noundef %34)
  %36 = load ptr, ptr %5, align 8
  %37 = getelementptr inbounds %struct.node, ptr %36, i32 0, i32 5
  store ptr %35, ptr %37, align 8
  %38 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %38, i32 noundef 32, ptr noundef @.str.133)
  %39 = load ptr, ptr %3, align 8
  %40 = call ptr @parse_expression(ptr noundef %39, i32 noundef 1)
  %41 = load ptr, ptr %5, align 8
  %42 = getelementptr inbounds %struct.node, ptr %41, i32 0, i32 6
  store ptr %40, ptr %42, align 8
  %43 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %43, i32 noundef 40, ptr noundef @.str.132)
  %44 = load ptr, ptr %5, align 8
  store ptr %44, ptr %2, align 8
  br label %285

45:                                               ; preds = %1
  %46 = load ptr, ptr %3, align 8
  %47 = call i32 @accept(ptr noundef %46, i32 noundef 6)
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %49, label %101

49:                                               ; preds = %45
  %50 = load i32, ptr %4, align 4
  %51 = call ptr @new_node(i32 noundef 25, i32 noundef %50)
  store ptr %51, ptr %6, align 8
  %52 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %52, i32 noundef 4, ptr noundef @.str.134)
  %53 = load ptr, ptr %3, align 8
  %54 = getelementptr inbounds %struct.parser, ptr %53, i32 0, i32 2
  %55 = getelementptr inbounds %struct.token, ptr %54, i32 0, i32 1
  %56 = load ptr, ptr %55, align 8
  %57 = load ptr, ptr %3, align 8
  %58 = getelementptr inbounds %struct.parser, ptr %57, i32 0, i32 2
  %59 = getelementptr inbounds %struct.token, ptr %58, i32 0, i32 2
  %60 = load i32, ptr %59, align 8
  %61 = call ptr @intern(ptr noundef %56, i32 noundef %60)
  %62 = load ptr, ptr %6, align 8
  %63 = getelementptr inbounds %struct.node, ptr %62, i32 0, i32 5
  store ptr %61, ptr %63, align 8
  %64 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %64, i32 noundef 33, ptr noundef @.str.135)
  %65 = load ptr, ptr %3, align 8
  %66 = call i32 @check(ptr noundef %65, i32 noundef 34)
  %67 = icmp ne i32 %66, 0
  br i1 %67, label %94, label %68

68:                                               ; preds = %49
  br label %69

69:                                               ; preds = %89, %68
  %70 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %70, i32 noundef 4, ptr noundef @.str.136)
  %71 = load ptr, ptr %3, align 8
  %72 = getelementptr inbounds %struct.parser, ptr %71, i32 0, i32 2
  %73 = getelementptr inbounds %struct.token, ptr %72, i32 0, i32 3
  %74 = load i32, ptr %73, align 4
  %75 = call ptr @new_node(i32 noundef 6, i32 noundef %74)
  store ptr %75, ptr %7, align 8
  %76 = load ptr, ptr %3, align 8
  %77 = getelementptr inbounds %struct.parser, ptr %76, i32 0, i32 2
  %78 = getelementptr inbounds %struct.token, ptr %77, i32 0, i32 1
  %79 = load ptr, ptr %78, align 8
  %80 = load ptr, ptr %3, align 8
  %81 = getelementptr inbounds %struct.parser, ptr %80, i32 0, i32 2
  %82 = getelementptr inbounds %struct.token, ptr %81, i32 0, i32 2
  %83 = load i32, ptr %82, align 8
  %84 = call ptr @intern(ptr noundef %79, i32 noundef %83)
  %85 = load ptr, ptr %7, align 8
  %86 = getelementptr inbounds %struct.node, ptr %85, i32 0, i32 5
  store ptr %84, ptr %86, align 8
  %87 = load ptr, ptr %6, align 8
  %88 = load ptr, ptr %7, align 8
  call void @add_item(ptr noundef %87, ptr noundef %88)
  br label %89

89:                                               ; preds = %69
  %90 = load ptr, ptr %3, align 8
  %91 = call i32 @accept(ptr noundef %90, i32 noundef 39)
  %92 = icmp ne i32 %91, 0
  br i1 %92, label %69, label %93, !llvm.loop !37

93:                                               ; preds = %89
  br label %94

94:                                               ; preds = %93, %49
  %95 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %95, i32 noundef 34, ptr noundef @.str.137)
  %96 = load ptr, ptr %3, align 8
  %97 = call ptr @parse_block(ptr noundef %96)
  %98 = load ptr, ptr %6, align 8
  %99 = getelementptr inbounds %struct.node, ptr %98, i32 0, i32 6
  store ptr %97, ptr %99, align 8
  %100 = load ptr, ptr %6, align 8
  store ptr %100, ptr %2, align 8
  br label %285

101:                                              ; preds = %45
  %102 = load ptr, ptr %3, align 8
  %103 = call i32 @accept(ptr noundef %102, i32 noundef 7)
  %104 = icmp ne i32 %103, 0
  br i1 %104, label %105, label %135

105:                                              ; preds = %101
  %106 = load i32, ptr %4, align 4
  %107 = call ptr @new_node(i32 noundef 18, i32 noundef %106)
  store ptr %107, ptr %8, align 8
  %108 = load ptr, ptr %3, align 8
  %109 = call ptr @parse_expression(ptr noundef %108, i32 noundef 1)
  %110 = load ptr, ptr %8, align 8
  %111 = getelementptr inbounds %struct.node, ptr %110, i32 0, i32 6
  store ptr %109, ptr %111, align 8
  %112 = load ptr, ptr %3, align 8
  %113 = call ptr @parse_block(ptr noundef %112)
  %114 = load ptr, ptr %8, align 8
  %115 = getelementptr inbounds %struct.node, ptr %114, i32 0, i32 7
  store ptr %113, ptr %115, align 8
  %116 = load ptr, ptr %3, align 8
  %117 = call i32 @accept(ptr noundef %116, i32 noundef 8)
  %118 = icmp ne i32 %117, 0
  br i1 %118, label %119, label %133

119:                                              ; preds = %105
  %120 = load ptr, ptr %3, align 8
  %121 = call i32 @check(ptr noundef %120, i32 noundef 7)
  %122 = icmp ne i32 %121, 0
  br i1 %122, label %123, label %126

123:                                              ; preds = %119
  %124 = load ptr, ptr %3, align 8
  %125 = call ptr @parse_statement(ptr noundef %124)
  br label %129

126:                                              ; preds = %119
  %127 = load ptr, ptr %3, align 8
  %128 = call ptr @parse_block(ptr noundef %127)
  br label %129

129:                                              ; preds = %126, %123
  %130 = phi ptr [ %125, %123 ], [ %128, %126 ]
  %131 = load ptr, ptr %8, align 8
  %132 = getelementptr inbounds %struct.node, ptr %131, i32 0, i32 8
  store ptr %130, ptr %132, align 8
  br label %133

133:                                              ; preds = %129, %105
  %134 = load ptr, ptr %8, align 8
  store ptr %134, ptr %2, align 8
  br label %285

135:                                              ; preds = %101
  %136 = load ptr, ptr %3, align 8
  %137 = call i32 @accept(ptr noundef %136, i32 noundef 9)
  %138 = icmp ne i32 %137, 0
  br i1 %138, label %139, label %151

139:                                              ; preds = %135
  %140 = load i32, ptr %4, align 4
  %141 = call ptr @new_node(i32 noundef 19, i32 noundef %140)
  store ptr %141, ptr %9, align 8
  %142 = load ptr, ptr %3, align 8
  %143 = call ptr @parse_expression(ptr noundef %142, i32 noundef 1)
  %144 = load ptr, ptr %9, align 8
  %145 = getelementptr inbounds %struct.node, ptr %144, i32 0, i32 6
  store ptr %143, ptr %145, align 8
  %146 = load ptr, ptr %3, align 8
  %147 = call ptr @parse_block(ptr noundef %146)
  %148 = load ptr, ptr %9, align 8
  %149 = getelementptr inbounds %struct.node, ptr %148, i32 0, i32 7
  store ptr %147, ptr %149, align 8
  %150 = load ptr, ptr %9, align 8
  store ptr %150, ptr %2, align 8
  br label %285

151:                                              ; preds = %135
  %152 = load ptr, ptr %3, align 8
  %153 = call i32 @accept(ptr noundef %152, i32 noundef 10)
  %154 = icmp ne i32 %153, 0
  br i1 %154, label %155, label %185

155:                                              ; preds = %151
  %156 = load i32, ptr %4, align 4
  %157 = call ptr @new_node(i32 noundef 20, i32 noundef %156)
  store ptr %157, ptr %10, align 8
  %158 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %158, i32 noundef 4, ptr noundef @.str.138)
  %159 = load ptr, ptr %3, align 8
  %160 = getelementptr inbounds %struct.parser, ptr %159, i32 0, i32 2
  %161 = getelementptr inbounds %struct.token, ptr %160, i32 0, i32 1
  %162 = load ptr, ptr %161, align 8
  %163 = load ptr, ptr %3, align 8
  %164 = getelementptr inbounds %struct.parser, ptr %163, i32 0, i32 2
  %165 = getelementptr inbounds %struct.token, ptr %164, i32 0, i32 2
  %166 = load i32, ptr %165, align 8
  %167 = call ptr @intern(ptr noundef %162, i32 noundef %166)
  %168 = load ptr, ptr %10, align 8
  %169 = getelementptr inbounds %struct.node, ptr %168, i32 0, i32 5
  store ptr %167, ptr %169, align 8
  %170 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %170, i32 noundef 11, ptr noundef @.str.139)
  %171 = load ptr, ptr %3, align 8
  %172 = call ptr @parse_expression(ptr noundef %171, i32 noundef 1)
  %173 = load ptr, ptr %10, align 8
  %174 = getelementptr inbounds %struct.node, ptr %173, i32 0, i32 6
  store ptr %172, ptr %174, align 8
  %175 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %175, i32 noundef 41, ptr noundef @.str.140)
  %176 = load ptr, ptr %3, align 8
  %177 = call ptr @parse_expression(ptr noundef %176, i32 noundef 1)
  %178 = load ptr, ptr %10, align 8
  %179 = getelementptr inbounds %struct.node, ptr %178, i32 0, i32 7
  store ptr %177, ptr %179, align 8
  %180 = load ptr, ptr %3, align 8
  %181 = call ptr @parse_block(ptr noundef %180)
  %182 = load ptr, ptr %10, align 8
  %183 = getelementptr inbounds %struct.node, ptr %182, i32 0, i32 8
  store ptr %181, ptr %183, align 8
  %184 = load ptr, ptr %10, align 8
  store ptr %184, ptr %2, align 8
  br label %285

185:                                              ; preds = %151
  %186 = load ptr, ptr %3, align 8
  %187 = call i32 @accept(ptr noundef %186, i32 noundef 12)
  %188 = icmp ne i32 %187, 0
  br i1 %188, label %189, label %203

189:                                              ; preds = %185
  %190 = load i32, ptr %4, align 4
  %191 = call ptr @new_node(i32 noundef 21, i32 noundef %190)
  store ptr %191, ptr %11, align 8
  %192 = load ptr, ptr %3, align 8
  %193 = call i32 @check(ptr noundef %192, i32 noundef 40)
  %194 = icmp ne i32 %193, 0
  br i1 %194, label %200, label %195

195:                                              ; preds = %189
  %196 = load ptr, ptr %3, align 8
  %197 = call ptr @parse_expression(ptr noundef %196, i32 noundef 1)
  %198 = load ptr, ptr %11, align 8
  %199 = getelementptr inbounds %struct.node, ptr %198, i32 0, i32 6
  store ptr %197, ptr %199, align 8
  br label %200

200:                                              ; preds = %195, %189
  %201 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %201, i32 noundef 40, ptr noundef @.str.141)
  %202 = load ptr, ptr %11, align 8
  store ptr %202, ptr %2, align 8
  br label %285

203:                                              ; preds = %185
  %204 = load ptr, ptr %3, align 8
  %205 = call i32 @accept(ptr noundef %204, i32 noundef 19)
  %206 = icmp ne i32 %205, 0
  br i1 %206, label %211, label %207

207:                                              ; preds = %203
  %208 = load ptr, ptr %3, align 8
  %209 = call i32 @accept(ptr noundef %208, i32 noundef 20)
  %210 = icmp ne i32 %209, 0
  br i1 %210, label %211, label %223

211:                                              ; preds = %207, %203
  %212 = load ptr, ptr %3, align 8
  %213 = getelementptr inbounds %struct.parser, ptr %212, i32 0, i32 2
  %214 = getelementptr inbounds %struct.token, ptr %213, i32 0, i32 0
  %215 = load i32, ptr %214, align 8
  %216 = icmp eq i32 %215, 19
  %217 = zext i1 %216 to i64
  %218 = select i1 %216, i32 22, i32 23
  %219 = load i32, ptr %4, align 4
  %220 = call ptr @new_node(i32 noundef %218, i32 noundef %219)
  store ptr %220, ptr %12, align 8
  %221 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %221, i32 noundef 40, ptr noundef @.str.142)
  %222 = load ptr, ptr %12, align 8
  store ptr %222, ptr %2, align 8
  br label %285

223:                                              ; preds = %207
  %224 = load ptr, ptr %3, align 8
  %225 = call i32 @check(ptr noundef %224, i32 noundef 35)
  %226 = icmp ne i32 %225, 0
  br i1 %226, label %227, label %230

227:                                              ; preds = %223
  %228 = load ptr, ptr %3, align 8
  %229 = call ptr @parse_block(ptr noundef %228)
  store ptr %229, ptr %2, align 8
  br label %285

230:                                              ; preds = %223
  %231 = load ptr, ptr %3, align 8
  %232 = call ptr @parse_expression(ptr noundef %231, i32 noundef 1)
  store ptr %232, ptr %13, align 8
  %233 = load ptr, ptr %3, align 8
  %234 = call i32 @accept(ptr noundef %233, i32 noundef 32)
  %235 = icmp ne i32 %234, 0
  br i1 %235, label %236, label %277

236:                                              ; preds = %230
  %237 = load ptr, ptr %13, align 8
  %238 = getelementptr inbounds %struct.node, ptr %237, i32 0, i32 0
  %239 = load i32, ptr %238, align 8
  %240 = icmp eq i32 %239, 6
  br i1 %240, label %241, label %249

241:                                              ; preds = %236
  %242 = load i32, ptr %4, align 4
  %243 = call ptr @new_node(i32 noundef 14, i32 noundef %242)
  store ptr %243, ptr %14, align 8
  %244 = load ptr, ptr %13, align 8
  %245 = getelementptr inbounds %struct.node, ptr %244, i32 0, i32 5
  %246 = load ptr, ptr %245, align 8
  %247 = load ptr, ptr %14, align 8
  %248 = getelementptr inbounds %struct.node, ptr %247, i32 0, i32 5
  store ptr %246, ptr %248, align 8
  br label %270

249:                                              ; preds = %236
  %250 = load ptr, ptr %13, align 8
  %251 = getelementptr inbounds %struct.node, ptr %250, i32 0, i32 0
  %252 = load i32, ptr %251, align 8
  %253 = icmp eq i32 %252, 12
  br i1 %253, label %254, label %267

254:                                              ; preds = %249
  %255 = load i32, ptr %4, align 4
  %256 = call ptr @new_node(i32 noundef 15, i32 noundef %255)
  store ptr %256, ptr %14, align 8
  %257 = load ptr, ptr %13, align 8
  %258 = getelementptr inbounds %struct.node, ptr %257, i32 0, i32 6
  %259 = load ptr, ptr %258, align 8
  %260 = load ptr, ptr %14, align 8
  %261 = getelementptr inbounds %struct.node, ptr %260, i32 0, i32 7
  store ptr %259, ptr %261, align 8
  %262 = load ptr, ptr %13, align 8
  %263 = getelementptr inbounds %struct.node, ptr %262, i32 0, i32 7
  %264 = load ptr, ptr %263, align 8
  %265 = load ptr, ptr %14, align 8
  %266 = getelementptr inbounds %struct.node, ptr %265, i32 0, i32 8
  store ptr %264, ptr %266, align 8
  br label %269

267:                                              ; preds = %249
  %268 = load i32, ptr %4, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %268, ptr noundef @.str.143) #16
  unreachable

269:                                              ; preds = %254
  br label %270

270:                                              ; preds = %269, %241
  %271 = load ptr, ptr %3, align 8
  %272 = call ptr @parse_expression(ptr noundef %271, i32 noundef 1)
  %273 = load ptr, ptr %14, align 8
  %274 = getelementptr inbounds %struct.node, ptr %273, i32 0, i32 6
  store ptr %272, ptr %274, align 8
  %275 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %275, i32 noundef 40, ptr noundef @.str.144)
  %276 = load ptr, ptr %14, align 8
  store ptr %276, ptr %2, align 8
  br label %285

277:                                              ; preds = %230
  %278 = load i32, ptr %4, align 4
  %279 = call ptr @new_node(i32 noundef 24, i32 noundef %278)
  store ptr %279, ptr %15, align 8
  %280 = load ptr, ptr %13, align 8
  %281 = load ptr, ptr %15, align 8
  %282 = getelementptr inbounds %struct.node, ptr %281, i32 0, i32 6
  store ptr %280, ptr %282, align 8
  %283 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %283, i32 noundef 40, ptr noundef @.str.145)
  %284 = load ptr, ptr %15, align 8
  store ptr %284, ptr %2, align 8
  br label %285

285:                                              ; preds = %277, %270, %227, %211, %200, %155, %139, %133, %94, %23
  %286 = load ptr, ptr %2, align 8
  ret ptr %286
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @next_token(ptr noalias sret(%struct.token) align 8 %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i8, align 1
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %1, ptr %3, align 8
  %8 = load ptr, ptr %3, align 8
  call void @skip_space_and_comments(ptr noundef %8)
  %9 = load ptr, ptr %3, align 8
  %10 = getelementptr inbounds %struct.lexer, ptr %9, i32 0, i32 0
  %11 = load ptr, ptr %10, align 8
  store ptr %11, ptr %4, align 8
  %12 = load ptr, ptr %3, align 8
  %13 = getelementptr inbounds %struct.lexer, ptr %12, i32 0, i32 0
  %14 = load ptr, ptr %13, align 8
  %15 = load i8, ptr %14, align 1
  store i8 %15, ptr %5, align 1
  %16 = load i8, ptr %5, align 1
  %17 = sext i8 %16 to i32
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %19, label %22

19:                                               ; preds = %2
  %20 = load ptr, ptr %3, align 8
  %21 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %20, i32 noundef 0, ptr noundef %21)
  br label %330

22:                                               ; preds = %2
  %23 = call ptr @__ctype_b_loc() #19
  %24 = load ptr, ptr %23, align 8
  %25 = load i8, ptr %5, align 1
  %26 = zext i8 %25 to i32
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds i16, ptr %24, i64 %27
  %29 = load i16, ptr %28, align 2
  %30 = zext i16 %29 to i32
  %31 = and i32 %30, 2048
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %33, label %36

33:                                               ; preds = %22
  %34 = load ptr, ptr %3, align 8
  %35 = load ptr, ptr %4, align 8
  call void @lex_number(ptr sret(%struct.token) align 8 %0, ptr noundef %34, ptr noundef %35)
  br label %330

36:                                               ; preds = %22
  %37 = call ptr @__ctype_b_loc() #19
  %38 = load ptr, ptr %37, align 8
  %39 = load i8, ptr %5, align 1
  %40 = zext i8 %39 to i32
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds i16, ptr %38, i64 %41
  %43 = load i16, ptr %42, align 2
  %44 = zext i16 %43 to i32
  %45 = and i32 %44, 1024
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %51, label %47

47:                                               ; preds = %36
  %48 = load i8, ptr %5, align 1
  %49 = sext i8 %48 to i32
  %50 = icmp eq i32 %49, 95
  br i1 %50, label %51, label %125

51:                                               ; preds = %47, %36
  br label %52

52:                                               ; preds = %75, %51
  %53 = call ptr @__ctype_b_loc() #19
  %54 = load ptr, ptr %53, align 8
  %55 = load ptr, ptr %3, align 8
  %56 = getelementptr inbounds %struct.lexer, ptr %55, i32 0, i32 0
  %57 = load ptr, ptr %56, align 8
  %58 = load i8, ptr %57, align 1
  %59 = zext i8 %58 to i32
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds i16, ptr %54, i64 %60
  %62 = load i16, ptr %61, align 2
  %63 = zext i16 %62 to i32
  %64 = and i32 %63, 8
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %73, label %66

66:                                               ; preds = %52
  %67 = load ptr, ptr %3, align 8
  %68 = getelementptr inbounds %struct.lexer, ptr %67, i32 0, i32 0
  %69 = load ptr, ptr %68, align 8
  %70 = load i8, ptr %69, align 1
  %71 = sext i8 %70 to i32
  %72 = icmp eq i32 %71, 95
  br label %73

73:                                               ; preds = %66, %52
  %74 = phi i1 [ true, %52 ], [ %72, %66 ]
  br i1 %74, label %75, label %80

75:                                               ; preds = %73
  %76 = load ptr, ptr %3, align 8
  %77 = getelementptr inbounds %struct.lexer, ptr %76, i32 0, i32 0
  %78 = load ptr, ptr %77, align 8
  %79 = getelementptr inbounds i8, ptr %78, i32 1
  store ptr %79, ptr %77, align 8
  br label %52, !llvm.loop !38

80:                                               ; preds = %73
  %81 = load ptr, ptr %3, align 8
  %82 = getelementptr inbounds %struct.lexer, ptr %81, i32 0, i32 0
  %83 = load ptr, ptr %82, align 8
  %84 = load ptr, ptr %4, align 8
  %85 = ptrtoint ptr %83 to i64
  %86 = ptrtoint ptr %84 to i64
  %87 = sub i64 %85, %86
  %88 = trunc i64 %87 to i32
  store i32 %88, ptr %6, align 4
  store i64 0, ptr %7, align 8
  br label %89

89:                                               ; preds = %119, %80
  %90 = load i64, ptr %7, align 8
  %91 = icmp ult i64 %90, 16
  br i1 %91, label %92, label %122

92:                                               ; preds = %89
  %93 = load i64, ptr %7, align 8
  %94 = getelementptr inbounds [16 x %struct.anon.0], ptr @keywords, i64 0, i64 %93
  %95 = getelementptr inbounds %struct.anon.0, ptr %94, i32 0, i32 0
  %96 = load ptr, ptr %95, align 16
  %97 = call i64 @strlen(ptr noundef %96) #13
  %98 = trunc i64 %97 to i32
  %99 = load i32, ptr %6, align 4
  %100 = icmp eq i32 %98, %99
  br i1 %100, label %101, label %118

101:                                              ; preds = %92
  %102 = load i64, ptr %7, align 8
  %103 = getelementptr inbounds [16 x %struct.anon.0], ptr @keywords, i64 0, i64 %102
  %104 = getelementptr inbounds %struct.anon.0, ptr %103, i32 0, i32 0
  %105 = load ptr, ptr %104, align 16
  %106 = load ptr, ptr %4, align 8
  %107 = load i32, ptr %6, align 4
  %108 = sext i32 %107 to i64
  %109 = call i32 @memcmp(ptr noundef %105, ptr noundef %106, i64 noundef %108) #13
  %110 = icmp eq i32 %109, 0
  br i1 %110, label %111, label %118

111:                                              ; preds = %101
  %112 = load ptr, ptr %3, align 8
  %113 = load i64, ptr %7, align 8
  %114 = getelementptr inbounds [16 x %struct.anon.0], ptr @keywords, i64 0, i64 %113
  %115 = getelementptr inbounds %struct.anon.0, ptr %114, i32 0, i32 1
  %116 = load i32, ptr %115, align 8
  %117 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %112, i32 noundef %116, ptr noundef %117)
  br label %330

118:                                              ; preds = %101, %92
  br label %119

119:                                              ; preds = %118
  %120 = load i64, ptr %7, align 8
  %121 = add i64 %120, 1
  store i64 %121, ptr %7, align 8
  br label %89, !llvm.loop !39

122:                                              ; preds = %89
  %123 = load ptr, ptr %3, align 8
  %124 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %123, i32 noundef 4, ptr noundef %124)
  br label %330

125:                                              ; preds = %47
  %126 = load ptr, ptr %3, align 8
  %127 = getelementptr inbounds %struct.lexer, ptr %126, i32 0, i32 0
  %128 = load ptr, ptr %127, align 8
  %129 = getelementptr inbounds i8, ptr %128, i32 1
  store ptr %129, ptr %127, align 8
  %130 = load i8, ptr %5, align 1
  %131 = sext i8 %130 to i32
  switch i32 %131, label %323 [
    i32 34, label %132
    i32 43, label %203
    i32 45, label %206
    i32 42, label %209
    i32 47, label %212
    i32 37, label %215
    i32 40, label %218
    i32 41, label %221
    i32 123, label %224
    i32 125, label %227
    i32 91, label %230
    i32 93, label %233
    i32 44, label %236
    i32 59, label %239
    i32 61, label %242
    i32 33, label %259
    i32 60, label %274
    i32 62, label %291
    i32 46, label %308
  ]

132:                                              ; preds = %125
  br label %133

133:                                              ; preds = %181, %132
  %134 = load ptr, ptr %3, align 8
  %135 = getelementptr inbounds %struct.lexer, ptr %134, i32 0, i32 0
  %136 = load ptr, ptr %135, align 8
  %137 = load i8, ptr %136, align 1
  %138 = sext i8 %137 to i32
  %139 = icmp ne i32 %138, 0
  br i1 %139, label %140, label %147

140:                                              ; preds = %133
  %141 = load ptr, ptr %3, align 8
  %142 = getelementptr inbounds %struct.lexer, ptr %141, i32 0, i32 0
  %143 = load ptr, ptr %142, align 8
  %144 = load i8, ptr %143, align 1
  %145 = sext i8 %144 to i32
  %146 = icmp ne i32 %145, 34
  br label %147

147:                                              ; preds = %140, %133
  %148 = phi i1 [ false, %133 ], [ %146, %140 ]
  br i1 %148, label %149, label %186

149:                                              ; preds = %147
  %150 = load ptr, ptr %3, align 8
  %151 = getelementptr inbounds %struct.lexer, ptr %150, i32 0, i32 0
  %152 = load ptr, ptr %151, align 8
  %153 = load i8, ptr %152, align 1
  %154 = sext i8 %153 to i32
  %155 = icmp eq i32 %154, 92
  br i1 %155, label %156, label %169

156:                                              ; preds = %149
  %157 = load ptr, ptr %3, align 8
  %158 = getelementptr inbounds %struct.lexer, ptr %157, i32 0, i32 0
  %159 = load ptr, ptr %158, align 8
  %160 = getelementptr inbounds i8, ptr %159, i64 1
  %161 = load i8, ptr %160, align 1
  %162 = sext i8 %161 to i32
  %163 = icmp ne i32 %162, 0
  br i1 %163, label %164, label %169

164:                                              ; preds = %156
  %165 = load ptr, ptr %3, align 8
  %166 = getelementptr inbounds %struct.lexer, ptr %165, i32 0, i32 0
  %167 = load ptr, ptr %166, align 8
  %168 = getelementptr inbounds i8, ptr %167, i32 1
  store ptr %168, ptr %166, align 8
  br label %169

169:                                              ; preds = %164, %156, %149
  %170 = load ptr, ptr %3, align 8
  %171 = getelementptr inbounds %struct.lexer, ptr %170, i32 0, i32 0
  %172 = load ptr, ptr %171, align 8
  %173 = load i8, ptr %172, align 1
  %174 = sext i8 %173 to i32
  %175 = icmp eq i32 %174, 10
  br i1 %175, label %176, label %181

176:                                              ; preds = %169
  %177 = load ptr, ptr %3, align 8
  %178 = getelementptr inbounds %struct.lexer, ptr %177, i32 0, i32 1
  %179 = load i32, ptr %178, align 8
  %180 = add nsw i32 %179, 1
  store i32 %180, ptr %178, align 8
  br label %181

181:                                              ; preds = %176, %169
  %182 = load ptr, ptr %3, align 8
  %183 = getelementptr inbounds %struct.lexer, ptr %182, i32 0, i32 0
  %184 = load ptr, ptr %183, align 8
  %185 = getelementptr inbounds i8, ptr %184, i32 1
  store ptr %185, ptr %183, align 8
  br label %133, !llvm.loop !40

186:                                              ; preds = %147
  %187 = load ptr, ptr %3, align 8
  %188 = getelementptr inbounds %struct.lexer, ptr %187, i32 0, i32 0
  %189 = load ptr, ptr %188, align 8
  %190 = load i8, ptr %189, align 1
  %191 = icmp ne i8 %190, 0
  br i1 %191, label %196, label %192

192:                                              ; preds = %186
  %193 = load ptr, ptr %3, align 8
  %194 = getelementptr inbounds %struct.lexer, ptr %193, i32 0, i32 1
  %195 = load i32, ptr %194, align 8
  call void (i32, ptr, ...) @fail(i32 noundef %195, ptr noundef @.str.119) #16
  unreachable

196:                                              ; preds = %186
  %197 = load ptr, ptr %3, align 8
  %198 = getelementptr inbounds %struct.lexer, ptr %197, i32 0, i32 0
  %199 = load ptr, ptr %198, align 8
  %200 = getelementptr inbounds i8, ptr %199, i32 1
  store ptr %200, ptr %198, align 8
  %201 = load ptr, ptr %3, align 8
  %202 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %201, i32 noundef 3, ptr noundef %202)
  br label %330

203:                                              ; preds = %125
  %204 = load ptr, ptr %3, align 8
  %205 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %204, i32 noundef 21, ptr noundef %205)
  br label %330

206:                                              ; preds = %125
  %207 = load ptr, ptr %3, align 8
  %208 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %207, i32 noundef 22, ptr noundef %208)
  br label %330

209:                                              ; preds = %125
  %210 = load ptr, ptr %3, align 8
  %211 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %210, i32 noundef 23, ptr noundef %211)
  br label %330

212:                                              ; preds = %125
  %213 = load ptr, ptr %3, align 8
  %214 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %213, i32 noundef 24, ptr noundef %214)
  br label %330

215:                                              ; preds = %125
  %216 = load ptr, ptr %3, align 8
  %217 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %216, i32 noundef 25, ptr noundef %217)
  br label %330

218:                                              ; preds = %125
  %219 = load ptr, ptr %3, align 8
  %220 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %219, i32 noundef 33, ptr noundef %220)
  br label %330

221:                                              ; preds = %125
  %222 = load ptr, ptr %3, align 8
  %223 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %222, i32 noundef 34, ptr noundef %223)
  br label %330

224:                                              ; preds = %125
  %225 = load ptr, ptr %3, align 8
  %226 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %225, i32 noundef 35, ptr noundef %226)
  br label %330

227:                                              ; preds = %125
  %228 = load ptr, ptr %3, align 8
  %229 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %228, i32 noundef 36, ptr noundef %229)
  br label %330

230:                                              ; preds = %125
  %231 = load ptr, ptr %3, align 8
  %232 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %231, i32 noundef 37, ptr noundef %232)
  br label %330

233:                                              ; preds = %125
  %234 = load ptr, ptr %3, align 8
  %235 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %234, i32 noundef 38, ptr noundef %235)
  br label %330

236:                                              ; preds = %125
  %237 = load ptr, ptr %3, align 8
  %238 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %237, i32 noundef 39, ptr noundef %238)
  br label %330

239:                                              ; preds = %125
  %240 = load ptr, ptr %3, align 8
  %241 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %240, i32 noundef 40, ptr noundef %241)
  br label %330

242:                                              ; preds = %125
  %243 = load ptr, ptr %3, align 8
  %244 = getelementptr inbounds %struct.lexer, ptr %243, i32 0, i32 0
  %245 = load ptr, ptr %244, align 8
  %246 = load i8, ptr %245, align 1
  %247 = sext i8 %246 to i32
  %248 = icmp eq i32 %247, 61
  br i1 %248, label %249, label %256

249:                                              ; preds = %242
  %250 = load ptr, ptr %3, align 8
  %251 = getelementptr inbounds %struct.lexer, ptr %250, i32 0, i32 0
  %252 = load ptr, ptr %251, align 8
  %253 = getelementptr inbounds i8, ptr %252, i32 1
  store ptr %253, ptr %251, align 8
  %254 = load ptr, ptr %3, align 8
  %255 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %254, i32 noundef 26, ptr noundef %255)
  br label %330

256:                                              ; preds = %242
  %257 = load ptr, ptr %3, align 8
  %258 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %257, i32 noundef 32, ptr noundef %258)
  br label %330

259:                                              ; preds = %125
  %260 = load ptr, ptr %3, align 8
  %261 = getelementptr inbounds %struct.lexer, ptr %260, i32 0, i32 0
  %262 = load ptr, ptr %261, align 8
  %263 = load i8, ptr %262, align 1
  %264 = sext i8 %263 to i32
  %265 = icmp eq i32 %264, 61
  br i1 %265, label %266, label %273

266:                                              ; preds = %259
  %267 = load ptr, ptr %3, align 8
  %268 = getelementptr inbounds %struct.lexer, ptr %267, i32 0, i32 0
  %269 = load ptr, ptr %268, align 8
  %270 = getelementptr inbounds i8, ptr %269, i32 1
  store ptr %270, ptr %268, align 8
  %271 = load ptr, ptr %3, align 8
  %272 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %271, i32 noundef 27, ptr noundef %272)
  br label %330

273:                                              ; preds = %259
  br label %324

274:                                              ; preds = %125
  %275 = load ptr, ptr %3, align 8
  %276 = getelementptr inbounds %struct.lexer, ptr %275, i32 0, i32 0
  %277 = load ptr, ptr %276, align 8
  %278 = load i8, ptr %277, align 1
  %279 = sext i8 %278 to i32
  %280 = icmp eq i32 %279, 61
  br i1 %280, label %281, label %288

281:                                              ; preds = %274
  %282 = load ptr, ptr %3, align 8
  %283 = getelementptr inbounds %struct.lexer, ptr %282, i32 0, i32 0
  %284 = load ptr, ptr %283, align 8
  %285 = getelementptr inbounds i8, ptr %284, i32 1
  store ptr %285, ptr %283, align 8
  %286 = load ptr, ptr %3, align 8
  %287 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %286, i32 noundef 29, ptr noundef %287)
  br label %330

288:                                              ; preds = %274
  %289 = load ptr, ptr %3, align 8
  %290 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %289, i32 noundef 28, ptr noundef %290)
  br label %330

291:                                              ; preds = %125
  %292 = load ptr, ptr %3, align 8
  %293 = getelementptr inbounds %struct.lexer, ptr %292, i32 0, i32 0
  %294 = load ptr, ptr %293, align 8
  %295 = load i8, ptr %294, align 1
  %296 = sext i8 %295 to i32
  %297 = icmp eq i32 %296, 61
  br i1 %297, label %298, label %305

298:                                              ; preds = %291
  %299 = load ptr, ptr %3, align 8
  %300 = getelementptr inbounds %struct.lexer, ptr %299, i32 0, i32 0
  %301 = load ptr, ptr %300, align 8
  %302 = getelementptr inbounds i8, ptr %301, i32 1
  store ptr %302, ptr %300, align 8
  %303 = load ptr, ptr %3, align 8
  %304 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %303, i32 noundef 31, ptr noundef %304)
  br label %330

305:                                              ; preds = %291
  %306 = load ptr, ptr %3, align 8
  %307 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %306, i32 noundef 30, ptr noundef %307)
  br label %330

308:                                              ; preds = %125
  %309 = load ptr, ptr %3, align 8
  %310 = getelementptr inbounds %struct.lexer, ptr %309, i32 0, i32 0
  %311 = load ptr, ptr %310, align 8
  %312 = load i8, ptr %311, align 1
  %313 = sext i8 %312 to i32
  %314 = icmp eq i32 %313, 46
  br i1 %314, label %315, label %322

315:                                              ; preds = %308
  %316 = load ptr, ptr %3, align 8
  %317 = getelementptr inbounds %struct.lexer, ptr %316, i32 0, i32 0
  %318 = load ptr, ptr %317, align 8
  %319 = getelementptr inbounds i8, ptr %318, i32 1
  store ptr %319, ptr %317, align 8
  %320 = load ptr, ptr %3, align 8
  %321 = load ptr, ptr %4, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %320, i32 noundef 41, ptr noundef %321)
  br label %330

322:                                              ; preds = %308
  br label %324

323:                                              ; preds = %125
  br label %324

324:                                              ; preds = %323, %322, %273
  %325 = load ptr, ptr %3, align 8
  %326 = getelementptr inbounds %struct.lexer, ptr %325, i32 0, i32 1
  %327 = load i32, ptr %326, align 8
  %328 = load i8, ptr %5, align 1
  %329 = sext i8 %328 to i32
  call void (i32, ptr, ...) @fail(i32 noundef %327, ptr noundef @.str.120, i32 noundef %329) #16
  unreachable

330:                                              ; preds = %315, %305, %298, %288, %281, %266, %256, %249, %239, %236, %233, %230, %227, %224, %221, %218, %215, %212, %209, %206, %203, %196, %122, %111, %33, %19
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @skip_space_and_comments(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i8, align 1
  store ptr %0, ptr %2, align 8
  br label %4

4:                                                ; preds = %68, %1
  %5 = load ptr, ptr %2, align 8
  %6 = getelementptr inbounds %struct.lexer, ptr %5, i32 0, i32 0
  %7 = load ptr, ptr %6, align 8
  %8 = load i8, ptr %7, align 1
  store i8 %8, ptr %3, align 1
  %9 = load i8, ptr %3, align 1
  %10 = sext i8 %9 to i32
  %11 = icmp eq i32 %10, 10
  br i1 %11, label %12, label %21

12:                                               ; preds = %4
  %13 = load ptr, ptr %2, align 8
  %14 = getelementptr inbounds %struct.lexer, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 8
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr %14, align 8
  %17 = load ptr, ptr %2, align 8
  %18 = getelementptr inbounds %struct.lexer, ptr %17, i32 0, i32 0
  %19 = load ptr, ptr %18, align 8
  %20 = getelementptr inbounds i8, ptr %19, i32 1
  store ptr %20, ptr %18, align 8
  br label %68

21:                                               ; preds = %4
  %22 = load i8, ptr %3, align 1
  %23 = sext i8 %22 to i32
  %24 = icmp eq i32 %23, 32
  br i1 %24, label %33, label %25

25:                                               ; preds = %21
  %26 = load i8, ptr %3, align 1
  %27 = sext i8 %26 to i32
  %28 = icmp eq i32 %27, 9
  br i1 %28, label %33, label %29

29:                                               ; preds = %25
  %30 = load i8, ptr %3, align 1
  %31 = sext i8 %30 to i32
  %32 = icmp eq i32 %31, 13
  br i1 %32, label %33, label %38

33:                                               ; preds = %29, %25, %21
  %34 = load ptr, ptr %2, align 8
  %35 = getelementptr inbounds %struct.lexer, ptr %34, i32 0, i32 0
  %36 = load ptr, ptr %35, align 8
  %37 = getelementptr inbounds i8, ptr %36, i32 1
  store ptr %37, ptr %35, align 8
  br label %67

38:                                               ; preds = %29
  %39 = load i8, ptr %3, align 1
  %40 = sext i8 %39 to i32
  %41 = icmp eq i32 %40, 35
  br i1 %41, label %42, label %65

42:                                               ; preds = %38
  br label %43

43:                                               ; preds = %59, %42
  %44 = load ptr, ptr %2, align 8
  %45 = getelementptr inbounds %struct.lexer, ptr %44, i32 0, i32 0
  %46 = load ptr, ptr %45, align 8
  %47 = load i8, ptr %46, align 1
  %48 = sext i8 %47 to i32
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %50, label %57

50:                                               ; preds = %43
  %51 = load ptr, ptr %2, align 8
  %52 = getelementptr inbounds %struct.lexer, ptr %51, i32 0, i32 0
  %53 = load ptr, ptr %52, align 8
  %54 = load i8, ptr %53, align 1
  %55 = sext i8 %54 to i32
  %56 = icmp ne i32 %55, 10
  br label %57

57:                                               ; preds = %50, %43
  %58 = phi i1 [ false, %43 ], [ %56, %50 ]
  br i1 %58, label %59, label %64

59:                                               ; preds = %57
  %60 = load ptr, ptr %2, align 8
  %61 = getelementptr inbounds %struct.lexer, ptr %60, i32 0, i32 0
  %62 = load ptr, ptr %61, align 8
  %63 = getelementptr inbounds i8, ptr %62, i32 1
  store ptr %63, ptr %61, align 8
  br label %43, !llvm.loop !41

64:                                               ; preds = %57
  br label %66

65:                                               ; preds = %38
  ret void

66:                                               ; preds = %64
  br label %67

67:                                               ; preds = %66, %33
  br label %68

68:                                               ; preds = %67, %12
  br label %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @make_token(ptr noalias sret(%struct.token) align 8 %0, ptr noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store ptr %3, ptr %7, align 8
  %8 = getelementptr inbounds %struct.token, ptr %0, i32 0, i32 0
  %9 = load i32, ptr %6, align 4
  store i32 %9, ptr %8, align 8
  %10 = getelementptr inbounds %struct.token, ptr %0, i32 0, i32 1
  %11 = load ptr, ptr %7, align 8
  store ptr %11, ptr %10, align 8
  %12 = getelementptr inbounds %struct.token, ptr %0, i32 0, i32 2
  %13 = load ptr, ptr %5, align 8
  %14 = getelementptr inbounds %struct.lexer, ptr %13, i32 0, i32 0
  %15 = load ptr, ptr %14, align 8
  %16 = load ptr, ptr %7, align 8
  %17 = ptrtoint ptr %15 to i64
  %18 = ptrtoint ptr %16 to i64
  %19 = sub i64 %17, %18
  %20 = trunc i64 %19 to i32
  store i32 %20, ptr %12, align 8
  %21 = getelementptr inbounds %struct.token, ptr %0, i32 0, i32 3
  %22 = load ptr, ptr %5, align 8
  %23 = getelementptr inbounds %struct.lexer, ptr %22, i32 0, i32 1
  %24 = load i32, ptr %23, align 8
  store i32 %24, ptr %21, align 4
  %25 = getelementptr inbounds %struct.token, ptr %0, i32 0, i32 4
  store i64 0, ptr %25, align 8
  %26 = getelementptr inbounds %struct.token, ptr %0, i32 0, i32 5
  store double 0.000000e+00, ptr %26, align 8
  ret void
}

; Function Attrs: nounwind willreturn memory(none)
declare ptr @__ctype_b_loc() #12

; Function Attrs: noinline nounwind optnone uwtable
define internal void @lex_number(ptr noalias sret(%struct.token) align 8 %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca [64 x i8], align 16
  %9 = alloca i32, align 4
  store ptr %1, ptr %4, align 8
  store ptr %2, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %10

10:                                               ; preds = %24, %3
  %11 = call ptr @__ctype_b_loc() #19
  %12 = load ptr, ptr %11, align 8
  %13 = load ptr, ptr %4, align 8
  %14 = getelementptr inbounds %struct.lexer, ptr %13, i32 0, i32 0
  %15 = load ptr, ptr %14, align 8
  %16 = load i8, ptr %15, align 1
  %17 = zext i8 %16 to i32
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i16, ptr %12, i64 %18
  %20 = load i16, ptr %19, align 2
  %21 = zext i16 %20 to i32
  %22 = and i32 %21, 2048
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %24, label %29

24:                                               ; preds = %10
  %25 = load ptr, ptr %4, align 8
  %26 = getelementptr inbounds %struct.lexer, ptr %25, i32 0, i32 0
  %27 = load ptr, ptr %26, align 8
  %28 = getelementptr inbounds i8, ptr %27, i32 1
  store ptr %28, ptr %26, align 8
  br label %10, !llvm.loop !42

29:                                               ; preds = %10
  %30 = load ptr, ptr %4, align 8
  %31 = getelementptr inbounds %struct.lexer, ptr %30, i32 0, i32 0
  %32 = load ptr, ptr %31, align 8
  %33 = getelementptr inbounds i8, ptr %32, i64 0
  %34 = load i8, ptr %33, align 1
  %35 = sext i8 %34 to i32
  %36 = icmp eq i32 %35, 46
  br i1 %36, label %37, label %77

37:                                               ; preds = %29
  %38 = call ptr @__ctype_b_loc() #19
  %39 = load ptr, ptr %38, align 8
  %40 = load ptr, ptr %4, align 8
  %41 = getelementptr inbounds %struct.lexer, ptr %40, i32 0, i32 0
  %42 = load ptr, ptr %41, align 8
  %43 = getelementptr inbounds i8, ptr %42, i64 1
  %44 = load i8, ptr %43, align 1
  %45 = zext i8 %44 to i32
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds i16, ptr %39, i64 %46
  %48 = load i16, ptr %47, align 2
  %49 = zext i16 %48 to i32
  %50 = and i32 %49, 2048
  %51 = icmp ne i32 %50, 0
  br i1 %51, label %52, label %77

52:                                               ; preds = %37
  store i32 1, ptr %6, align 4
  %53 = load ptr, ptr %4, align 8
  %54 = getelementptr inbounds %struct.lexer, ptr %53, i32 0, i32 0
  %55 = load ptr, ptr %54, align 8
  %56 = getelementptr inbounds i8, ptr %55, i32 1
  store ptr %56, ptr %54, align 8
  br label %57

57:                                               ; preds = %71, %52
  %58 = call ptr @__ctype_b_loc() #19
  %59 = load ptr, ptr %58, align 8
  %60 = load ptr, ptr %4, align 8
  %61 = getelementptr inbounds %struct.lexer, ptr %60, i32 0, i32 0
  %62 = load ptr, ptr %61, align 8
  %63 = load i8, ptr %62, align 1
  %64 = zext i8 %63 to i32
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds i16, ptr %59, i64 %65
  %67 = load i16, ptr %66, align 2
  %68 = zext i16 %67 to i32
  %69 = and i32 %68, 2048
  %70 = icmp ne i32 %69, 0
  br i1 %70, label %71, label %76

71:                                               ; preds = %57
  %72 = load ptr, ptr %4, align 8
  %73 = getelementptr inbounds %struct.lexer, ptr %72, i32 0, i32 0
  %74 = load ptr, ptr %73, align 8
  %75 = getelementptr inbounds i8, ptr %74, i32 1
  store ptr %75, ptr %73, align 8
  br label %57, !llvm.loop !43

76:                                               ; preds = %57
  br label %77

77:                                               ; preds = %76, %37, %29
  %78 = load ptr, ptr %4, align 8
  %79 = getelementptr inbounds %struct.lexer, ptr %78, i32 0, i32 0
  %80 = load ptr, ptr %79, align 8
  %81 = load i8, ptr %80, align 1
  %82 = sext i8 %81 to i32
  %83 = icmp eq i32 %82, 101
  br i1 %83, label %91, label %84

84:                                               ; preds = %77
  %85 = load ptr, ptr %4, align 8
  %86 = getelementptr inbounds %struct.lexer, ptr %85, i32 0, i32 0
  %87 = load ptr, ptr %86, align 8
  %88 = load i8, ptr %87, align 1
  %89 = sext i8 %88 to i32
  %90 = icmp eq i32 %89, 69
  br i1 %90, label %91, label %145

91:                                               ; preds = %84, %77
  %92 = load ptr, ptr %4, align 8
  %93 = getelementptr inbounds %struct.lexer, ptr %92, i32 0, i32 0
  %94 = load ptr, ptr %93, align 8
  %95 = getelementptr inbounds i8, ptr %94, i64 1
  store ptr %95, ptr %7, align 8
  %96 = load ptr, ptr %7, align 8
  %97 = load i8, ptr %96, align 1
  %98 = sext i8 %97 to i32
  %99 = icmp eq i32 %98, 43
  br i1 %99, label %105, label %100

100:                                              ; preds = %91
  %101 = load ptr, ptr %7, align 8
  %102 = load i8, ptr %101, align 1
  %103 = sext i8 %102 to i32
  %104 = icmp eq i32 %103, 45
  br i1 %104, label %105, label %108

105:                                              ; preds = %100, %91
  %106 = load ptr, ptr %7, align 8
  %107 = getelementptr inbounds i8, ptr %106, i32 1
  store ptr %107, ptr %7, align 8
  br label %108

108:                                              ; preds = %105, %100
  %109 = call ptr @__ctype_b_loc() #19
  %110 = load ptr, ptr %109, align 8
  %111 = load ptr, ptr %7, align 8
  %112 = load i8, ptr %111, align 1
  %113 = zext i8 %112 to i32
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds i16, ptr %110, i64 %114
  %116 = load i16, ptr %115, align 2
  %117 = zext i16 %116 to i32
  %118 = and i32 %117, 2048
  %119 = icmp ne i32 %118, 0
  br i1 %119, label %120, label %144

120:                                              ; preds = %108
  store i32 1, ptr %6, align 4
  %121 = load ptr, ptr %7, align 8
  %122 = load ptr, ptr %4, align 8
  %123 = getelementptr inbounds %struct.lexer, ptr %122, i32 0, i32 0
  store ptr %121, ptr %123, align 8
  br label %124

124:                                              ; preds = %138, %120
  %125 = call ptr @__ctype_b_loc() #19
  %126 = load ptr, ptr %125, align 8
  %127 = load ptr, ptr %4, align 8
  %128 = getelementptr inbounds %struct.lexer, ptr %127, i32 0, i32 0
  %129 = load ptr, ptr %128, align 8
  %130 = load i8, ptr %129, align 1
  %131 = zext i8 %130 to i32
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds i16, ptr %126, i64 %132
  %134 = load i16, ptr %133, align 2
  %135 = zext i16 %134 to i32
  %136 = and i32 %135, 2048
  %137 = icmp ne i32 %136, 0
  br i1 %137, label %138, label %143

138:                                              ; preds = %124
  %139 = load ptr, ptr %4, align 8
  %140 = getelementptr inbounds %struct.lexer, ptr %139, i32 0, i32 0
  %141 = load ptr, ptr %140, align 8
  %142 = getelementptr inbounds i8, ptr %141, i32 1
  store ptr %142, ptr %140, align 8
  br label %124, !llvm.loop !44

143:                                              ; preds = %124
  br label %144

144:                                              ; preds = %143, %108
  br label %145

145:                                              ; preds = %144, %84
  %146 = load ptr, ptr %4, align 8
  %147 = load i32, ptr %6, align 4
  %148 = icmp ne i32 %147, 0
  %149 = zext i1 %148 to i64
  %150 = select i1 %148, i32 2, i32 1
  %151 = load ptr, ptr %5, align 8
  call void @make_token(ptr sret(%struct.token) align 8 %0, ptr noundef %146, i32 noundef %150, ptr noundef %151)
  %152 = getelementptr inbounds %struct.token, ptr %0, i32 0, i32 2
  %153 = load i32, ptr %152, align 8
  %154 = icmp slt i32 %153, 63
  br i1 %154, label %155, label %158

155:                                              ; preds = %145
  %156 = getelementptr inbounds %struct.token, ptr %0, i32 0, i32 2
  %157 = load i32, ptr %156, align 8
  br label %159

158:                                              ; preds = %145
  br label %159

159:                                              ; preds = %158, %155
  %160 = phi i32 [ %157, %155 ], [ 63, %158 ]
  store i32 %160, ptr %9, align 4
  %161 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 0
  %162 = load ptr, ptr %5, align 8
  %163 = load i32, ptr %9, align 4
  %164 = sext i32 %163 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %161, ptr align 1 %162, i64 %164, i1 false)
  %165 = load i32, ptr %9, align 4
  %166 = sext i32 %165 to i64
  %167 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 %166
  store i8 0, ptr %167, align 1
  %168 = load i32, ptr %6, align 4
  %169 = icmp ne i32 %168, 0
  br i1 %169, label %170, label %174

170:                                              ; preds = %159
  %171 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 0
  %172 = call double @strtod(ptr noundef %171, ptr noundef null) #15
  %173 = getelementptr inbounds %struct.token, ptr %0, i32 0, i32 5
  store double %172, ptr %173, align 8
  br label %178

174:                                              ; preds = %159
  %175 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 0
  %176 = call i64 @strtoll(ptr noundef %175, ptr noundef null, i32 noundef 10) #15
  %177 = getelementptr inbounds %struct.token, ptr %0, i32 0, i32 4
  store i64 %176, ptr %177, align 8
  br label %178

178:                                              ; preds = %174, %170
  ret void
}

; Function Attrs: nounwind
declare double @strtod(ptr noundef, ptr noundef) #8

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @accept(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  %6 = load ptr, ptr %4, align 8
  %7 = load i32, ptr %5, align 4
  %8 = call i32 @check(ptr noundef %6, i32 noundef %7)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %11, label %10

10:                                               ; preds = %2
  store i32 0, ptr %3, align 4
  br label %13

11:                                               ; preds = %2
  %12 = load ptr, ptr %4, align 8
  call void @advance(ptr noundef %12)
  store i32 1, ptr %3, align 4
  br label %13

13:                                               ; preds = %11, %10
  %14 = load i32, ptr %3, align 4
  ret i32 %14
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @expect(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load i32, ptr %5, align 4
  %9 = call i32 @accept(ptr noundef %7, i32 noundef %8)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %28, label %11

11:                                               ; preds = %3
  %12 = load ptr, ptr %4, align 8
  %13 = getelementptr inbounds %struct.parser, ptr %12, i32 0, i32 1
  %14 = getelementptr inbounds %struct.token, ptr %13, i32 0, i32 3
  %15 = load i32, ptr %14, align 4
  %16 = load i32, ptr %5, align 4
  %17 = zext i32 %16 to i64
  %18 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %17
  %19 = load ptr, ptr %18, align 8
  %20 = load ptr, ptr %6, align 8
  %21 = load ptr, ptr %4, align 8
  %22 = getelementptr inbounds %struct.parser, ptr %21, i32 0, i32 1
  %23 = getelementptr inbounds %struct.token, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %23, align 8
  %25 = zext i32 %24 to i64
  %26 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %25
  %27 = load ptr, ptr %26, align 8
  call void (i32, ptr, ...) @fail(i32 noundef %15, ptr noundef @.str.146, ptr noundef %19, ptr noundef %20, ptr noundef %27) #16
  unreachable

28:                                               ; preds = %3
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @parse_expression(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %10 = load ptr, ptr %3, align 8
  %11 = call ptr @parse_prefix(ptr noundef %10)
  store ptr %11, ptr %5, align 8
  br label %12

12:                                               ; preds = %41, %2
  %13 = load ptr, ptr %3, align 8
  %14 = getelementptr inbounds %struct.parser, ptr %13, i32 0, i32 1
  %15 = getelementptr inbounds %struct.token, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %15, align 8
  store i32 %16, ptr %6, align 4
  %17 = load i32, ptr %6, align 4
  %18 = call i32 @precedence(i32 noundef %17)
  store i32 %18, ptr %7, align 4
  %19 = load i32, ptr %7, align 4
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %25, label %21

21:                                               ; preds = %12
  %22 = load i32, ptr %7, align 4
  %23 = load i32, ptr %4, align 4
  %24 = icmp slt i32 %22, %23
  br i1 %24, label %25, label %27

25:                                               ; preds = %21, %12
  %26 = load ptr, ptr %5, align 8
  ret ptr %26

27:                                               ; preds = %21
  %28 = load ptr, ptr %3, align 8
  call void @advance(ptr noundef %28)
  %29 = load ptr, ptr %3, align 8
  %30 = load i32, ptr %7, align 4
  %31 = add nsw i32 %30, 1
  %32 = call ptr @parse_expression(ptr noundef %29, i32 noundef %31)
  store ptr %32, ptr %8, align 8
  %33 = load i32, ptr %6, align 4
  %34 = icmp eq i32 %33, 16
  br i1 %34, label %35, label %36

35:                                               ; preds = %27
  br label %41

36:                                               ; preds = %27
  %37 = load i32, ptr %6, align 4
  %38 = icmp eq i32 %37, 17
  %39 = zext i1 %38 to i64
  %40 = select i1 %38, i32 10, i32 8
  br label %41

41:                                               ; preds = %36, %35
  %42 = phi i32 [ 9, %35 ], [ %40, %36 ]
  %43 = load ptr, ptr %3, align 8
  %44 = getelementptr inbounds %struct.parser, ptr %43, i32 0, i32 2
  %45 = getelementptr inbounds %struct.token, ptr %44, i32 0, i32 3
  %46 = load i32, ptr %45, align 4
  %47 = call ptr @new_node(i32 noundef %42, i32 noundef %46)
  store ptr %47, ptr %9, align 8
  %48 = load i32, ptr %6, align 4
  %49 = load ptr, ptr %9, align 8
  %50 = getelementptr inbounds %struct.node, ptr %49, i32 0, i32 2
  store i32 %48, ptr %50, align 8
  %51 = load ptr, ptr %5, align 8
  %52 = load ptr, ptr %9, align 8
  %53 = getelementptr inbounds %struct.node, ptr %52, i32 0, i32 6
  store ptr %51, ptr %53, align 8
  %54 = load ptr, ptr %8, align 8
  %55 = load ptr, ptr %9, align 8
  %56 = getelementptr inbounds %struct.node, ptr %55, i32 0, i32 7
  store ptr %54, ptr %56, align 8
  %57 = load ptr, ptr %9, align 8
  store ptr %57, ptr %5, align 8
  br label %12
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @parse_block(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds %struct.parser, ptr %4, i32 0, i32 1
  %6 = getelementptr inbounds %struct.token, ptr %5, i32 0, i32 3
  %7 = load i32, ptr %6, align 4
  %8 = call ptr @new_node(i32 noundef 17, i32 noundef %7)
  store ptr %8, ptr %3, align 8
  %9 = load ptr, ptr %2, align 8
  call void @expect(ptr noundef %9, i32 noundef 35, ptr noundef @.str.153)
  br label %10

10:                                               ; preds = %21, %1
  %11 = load ptr, ptr %2, align 8
  %12 = call i32 @check(ptr noundef %11, i32 noundef 36)
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %19, label %14

14:                                               ; preds = %10
  %15 = load ptr, ptr %2, align 8
  %16 = call i32 @check(ptr noundef %15, i32 noundef 0)
  %17 = icmp ne i32 %16, 0
  %18 = xor i1 %17, true
  br label %19

19:                                               ; preds = %14, %10
  %20 = phi i1 [ false, %10 ], [ %18, %14 ]
  br i1 %20, label %21, label %25

21:                                               ; preds = %19
  %22 = load ptr, ptr %3, align 8
  %23 = load ptr, ptr %2, align 8
  %24 = call ptr @parse_statement(ptr noundef %23)
  call void @add_item(ptr noundef %22, ptr noundef %24)
  br label %10, !llvm.loop !45

25:                                               ; preds = %19
  %26 = load ptr, ptr %2, align 8
  call void @expect(ptr noundef %26, i32 noundef 36, ptr noundef @.str.154)
  %27 = load ptr, ptr %3, align 8
  ret ptr %27
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @parse_prefix(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca %struct.token, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = getelementptr inbounds %struct.parser, ptr %6, i32 0, i32 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 %7, i64 40, i1 false)
  %8 = load ptr, ptr %3, align 8
  call void @advance(ptr noundef %8)
  %9 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 0
  %10 = load i32, ptr %9, align 8
  switch i32 %10, label %93 [
    i32 1, label %11
    i32 2, label %19
    i32 3, label %27
    i32 15, label %34
    i32 13, label %38
    i32 14, label %42
    i32 4, label %46
    i32 33, label %57
    i32 37, label %61
    i32 22, label %80
    i32 18, label %80
  ]

11:                                               ; preds = %1
  %12 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 3
  %13 = load i32, ptr %12, align 4
  %14 = call ptr @new_node(i32 noundef 0, i32 noundef %13)
  store ptr %14, ptr %5, align 8
  %15 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 4
  %16 = load i64, ptr %15, align 8
  %17 = load ptr, ptr %5, align 8
  %18 = getelementptr inbounds %struct.node, ptr %17, i32 0, i32 3
  store i64 %16, ptr %18, align 8
  br label %101

19:                                               ; preds = %1
  %20 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 3
  %21 = load i32, ptr %20, align 4
  %22 = call ptr @new_node(i32 noundef 1, i32 noundef %21)
  store ptr %22, ptr %5, align 8
  %23 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 5
  %24 = load double, ptr %23, align 8
  %25 = load ptr, ptr %5, align 8
  %26 = getelementptr inbounds %struct.node, ptr %25, i32 0, i32 4
  store double %24, ptr %26, align 8
  br label %101

27:                                               ; preds = %1
  %28 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 3
  %29 = load i32, ptr %28, align 4
  %30 = call ptr @new_node(i32 noundef 2, i32 noundef %29)
  store ptr %30, ptr %5, align 8
  %31 = call ptr @unescape(ptr noundef %4)
  %32 = load ptr, ptr %5, align 8
  %33 = getelementptr inbounds %struct.node, ptr %32, i32 0, i32 5
  store ptr %31, ptr %33, align 8
  br label %101

34:                                               ; preds = %1
  %35 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 3
  %36 = load i32, ptr %35, align 4
  %37 = call ptr @new_node(i32 noundef 3, i32 noundef %36)
  store ptr %37, ptr %5, align 8
  br label %101

38:                                               ; preds = %1
  %39 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 3
  %40 = load i32, ptr %39, align 4
  %41 = call ptr @new_node(i32 noundef 4, i32 noundef %40)
  store ptr %41, ptr %5, align 8
  br label %101

42:                                               ; preds = %1
  %43 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 3
  %44 = load i32, ptr %43, align 4
  %45 = call ptr @new_node(i32 noundef 5, i32 noundef %44)
  store ptr %45, ptr %5, align 8
  br label %101

46:                                               ; preds = %1
  %47 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 3
  %48 = load i32, ptr %47, align 4
  %49 = call ptr @new_node(i32 noundef 6, i32 noundef %48)
  store ptr %49, ptr %5, align 8
  %50 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 1
  %51 = load ptr, ptr %50, align 8
  %52 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 2
  %53 = load i32, ptr %52, align 8
  %54 = call ptr @intern(ptr noundef %51, i32 noundef %53)
  %55 = load ptr, ptr %5, align 8
  %56 = getelementptr inbounds %struct.node, ptr %55, i32 0, i32 5
  store ptr %54, ptr %56, align 8
  br label %101

57:                                               ; preds = %1
  %58 = load ptr, ptr %3, align 8
  %59 = call ptr @parse_expression(ptr noundef %58, i32 noundef 1)
  store ptr %59, ptr %5, align 8
  %60 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %60, i32 noundef 34, ptr noundef @.str.147)
  br label %101

61:                                               ; preds = %1
  %62 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 3
  %63 = load i32, ptr %62, align 4
  %64 = call ptr @new_node(i32 noundef 13, i32 noundef %63)
  store ptr %64, ptr %5, align 8
  %65 = load ptr, ptr %3, align 8
  %66 = call i32 @check(ptr noundef %65, i32 noundef 38)
  %67 = icmp ne i32 %66, 0
  br i1 %67, label %78, label %68

68:                                               ; preds = %61
  br label %69

69:                                               ; preds = %73, %68
  %70 = load ptr, ptr %5, align 8
  %71 = load ptr, ptr %3, align 8
  %72 = call ptr @parse_expression(ptr noundef %71, i32 noundef 1)
  call void @add_item(ptr noundef %70, ptr noundef %72)
  br label %73

73:                                               ; preds = %69
  %74 = load ptr, ptr %3, align 8
  %75 = call i32 @accept(ptr noundef %74, i32 noundef 39)
  %76 = icmp ne i32 %75, 0
  br i1 %76, label %69, label %77, !llvm.loop !46

77:                                               ; preds = %73
  br label %78

78:                                               ; preds = %77, %61
  %79 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %79, i32 noundef 38, ptr noundef @.str.148)
  br label %101

80:                                               ; preds = %1, %1
  %81 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 3
  %82 = load i32, ptr %81, align 4
  %83 = call ptr @new_node(i32 noundef 7, i32 noundef %82)
  store ptr %83, ptr %5, align 8
  %84 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 0
  %85 = load i32, ptr %84, align 8
  %86 = load ptr, ptr %5, align 8
  %87 = getelementptr inbounds %struct.node, ptr %86, i32 0, i32 2
  store i32 %85, ptr %87, align 8
  %88 = load ptr, ptr %3, align 8
  %89 = call ptr @parse_prefix(ptr noundef %88)
  %90 = load ptr, ptr %5, align 8
  %91 = getelementptr inbounds %struct.node, ptr %90, i32 0, i32 6
  store ptr %89, ptr %91, align 8
  %92 = load ptr, ptr %5, align 8
  store ptr %92, ptr %2, align 8
  br label %105

93:                                               ; preds = %1
  %94 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 3
  %95 = load i32, ptr %94, align 4
  %96 = getelementptr inbounds %struct.token, ptr %4, i32 0, i32 0
  %97 = load i32, ptr %96, align 8
  %98 = zext i32 %97 to i64
  %99 = getelementptr inbounds [42 x ptr], ptr @token_names, i64 0, i64 %98
  %100 = load ptr, ptr %99, align 8
  call void (i32, ptr, ...) @fail(i32 noundef %95, ptr noundef @.str.149, ptr noundef %100) #16
  unreachable

101:                                              ; preds = %78, %57, %46, %42, %38, %34, %27, %19, %11
  %102 = load ptr, ptr %3, align 8
  %103 = load ptr, ptr %5, align 8
  %104 = call ptr @parse_postfix(ptr noundef %102, ptr noundef %103)
  store ptr %104, ptr %2, align 8
  br label %105

105:                                              ; preds = %101, %80
  %106 = load ptr, ptr %2, align 8
  ret ptr %106
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @precedence(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %11 [
    i32 17, label %5
    i32 16, label %6
    i32 26, label %7
    i32 27, label %7
    i32 28, label %8
    i32 29, label %8
    i32 30, label %8
    i32 31, label %8
    i32 21, label %9
    i32 22, label %9
    i32 23, label %10
    i32 24, label %10
    i32 25, label %10
  ]

5:                                                ; preds = %1
  store i32 1, ptr %2, align 4
  br label %12

6:                                                ; preds = %1
  store i32 2, ptr %2, align 4
  br label %12

7:                                                ; preds = %1, %1
  store i32 3, ptr %2, align 4
  br label %12

8:                                                ; preds = %1, %1, %1, %1
  store i32 4, ptr %2, align 4
  br label %12

9:                                                ; preds = %1, %1
  store i32 5, ptr %2, align 4
  br label %12

10:                                               ; preds = %1, %1, %1
  store i32 6, ptr %2, align 4
  br label %12

11:                                               ; preds = %1
  store i32 0, ptr %2, align 4
  br label %12

12:                                               ; preds = %11, %10, %9, %8, %7, %6, %5
  %13 = load i32, ptr %2, align 4
  ret i32 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @unescape(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca [1024 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i8, align 1
  store ptr %0, ptr %2, align 8
  store i32 0, ptr %4, align 4
  store i32 1, ptr %5, align 4
  br label %7

7:                                                ; preds = %57, %1
  %8 = load i32, ptr %5, align 4
  %9 = load ptr, ptr %2, align 8
  %10 = getelementptr inbounds %struct.token, ptr %9, i32 0, i32 2
  %11 = load i32, ptr %10, align 8
  %12 = sub nsw i32 %11, 1
  %13 = icmp slt i32 %8, %12
  br i1 %13, label %14, label %17

14:                                               ; preds = %7
  %15 = load i32, ptr %4, align 4
  %16 = icmp slt i32 %15, 1023
  br label %17

17:                                               ; preds = %14, %7
  %18 = phi i1 [ false, %7 ], [ %16, %14 ]
  br i1 %18, label %19, label %60

19:                                               ; preds = %17
  %20 = load ptr, ptr %2, align 8
  %21 = getelementptr inbounds %struct.token, ptr %20, i32 0, i32 1
  %22 = load ptr, ptr %21, align 8
  %23 = load i32, ptr %5, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds i8, ptr %22, i64 %24
  %26 = load i8, ptr %25, align 1
  store i8 %26, ptr %6, align 1
  %27 = load i8, ptr %6, align 1
  %28 = sext i8 %27 to i32
  %29 = icmp eq i32 %28, 92
  br i1 %29, label %30, label %51

30:                                               ; preds = %19
  %31 = load ptr, ptr %2, align 8
  %32 = getelementptr inbounds %struct.token, ptr %31, i32 0, i32 1
  %33 = load ptr, ptr %32, align 8
  %34 = load i32, ptr %5, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %5, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds i8, ptr %33, i64 %36
  %38 = load i8, ptr %37, align 1
  store i8 %38, ptr %6, align 1
  %39 = load i8, ptr %6, align 1
  %40 = sext i8 %39 to i32
  switch i32 %40, label %44 [
    i32 110, label %41
    i32 116, label %42
    i32 92, label %43
    i32 34, label %43
  ]

41:                                               ; preds = %30
  store i8 10, ptr %6, align 1
  br label %50

42:                                               ; preds = %30
  store i8 9, ptr %6, align 1
  br label %50

43:                                               ; preds = %30, %30
  br label %50

44:                                               ; preds = %30
  %45 = load ptr, ptr %2, align 8
  %46 = getelementptr inbounds %struct.token, ptr %45, i32 0, i32 3
  %47 = load i32, ptr %46, align 4
  %48 = load i8, ptr %6, align 1
  %49 = sext i8 %48 to i32
  call void (i32, ptr, ...) @fail(i32 noundef %47, ptr noundef @.str.150, i32 noundef %49) #16
  unreachable

50:                                               ; preds = %43, %42, %41
  br label %51

51:                                               ; preds = %50, %19
  %52 = load i8, ptr %6, align 1
  %53 = load i32, ptr %4, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %4, align 4
  %55 = sext i32 %53 to i64
  %56 = getelementptr inbounds [1024 x i8], ptr %3, i64 0, i64 %55
  store i8 %52, ptr %56, align 1
  br label %57

57:                                               ; preds = %51
  %58 = load i32, ptr %5, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %5, align 4
  br label %7, !llvm.loop !47

60:                                               ; preds = %17
  %61 = getelementptr inbounds [1024 x i8], ptr %3, i64 0, i64 0
  %62 = load i32, ptr %4, align 4
  %63 = call ptr @intern(ptr noundef %61, i32 noundef %62)
  ret ptr %63
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @parse_postfix(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  br label %7

7:                                                ; preds = %58, %2
  %8 = load ptr, ptr %3, align 8
  %9 = call i32 @accept(ptr noundef %8, i32 noundef 33)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %11, label %36

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = getelementptr inbounds %struct.parser, ptr %12, i32 0, i32 2
  %14 = getelementptr inbounds %struct.token, ptr %13, i32 0, i32 3
  %15 = load i32, ptr %14, align 4
  %16 = call ptr @new_node(i32 noundef 11, i32 noundef %15)
  store ptr %16, ptr %5, align 8
  %17 = load ptr, ptr %4, align 8
  %18 = load ptr, ptr %5, align 8
  %19 = getelementptr inbounds %struct.node, ptr %18, i32 0, i32 6
  store ptr %17, ptr %19, align 8
  %20 = load ptr, ptr %3, align 8
  %21 = call i32 @check(ptr noundef %20, i32 noundef 34)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %33, label %23

23:                                               ; preds = %11
  br label %24

24:                                               ; preds = %28, %23
  %25 = load ptr, ptr %5, align 8
  %26 = load ptr, ptr %3, align 8
  %27 = call ptr @parse_expression(ptr noundef %26, i32 noundef 1)
  call void @add_item(ptr noundef %25, ptr noundef %27)
  br label %28

28:                                               ; preds = %24
  %29 = load ptr, ptr %3, align 8
  %30 = call i32 @accept(ptr noundef %29, i32 noundef 39)
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %24, label %32, !llvm.loop !48

32:                                               ; preds = %28
  br label %33

33:                                               ; preds = %32, %11
  %34 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %34, i32 noundef 34, ptr noundef @.str.151)
  %35 = load ptr, ptr %5, align 8
  store ptr %35, ptr %4, align 8
  br label %58

36:                                               ; preds = %7
  %37 = load ptr, ptr %3, align 8
  %38 = call i32 @accept(ptr noundef %37, i32 noundef 37)
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %40, label %55

40:                                               ; preds = %36
  %41 = load ptr, ptr %3, align 8
  %42 = getelementptr inbounds %struct.parser, ptr %41, i32 0, i32 2
  %43 = getelementptr inbounds %struct.token, ptr %42, i32 0, i32 3
  %44 = load i32, ptr %43, align 4
  %45 = call ptr @new_node(i32 noundef 12, i32 noundef %44)
  store ptr %45, ptr %6, align 8
  %46 = load ptr, ptr %4, align 8
  %47 = load ptr, ptr %6, align 8
  %48 = getelementptr inbounds %struct.node, ptr %47, i32 0, i32 6
  store ptr %46, ptr %48, align 8
  %49 = load ptr, ptr %3, align 8
  %50 = call ptr @parse_expression(ptr noundef %49, i32 noundef 1)
  %51 = load ptr, ptr %6, align 8
  %52 = getelementptr inbounds %struct.node, ptr %51, i32 0, i32 7
  store ptr %50, ptr %52, align 8
  %53 = load ptr, ptr %3, align 8
  call void @expect(ptr noundef %53, i32 noundef 38, ptr noundef @.str.152)
  %54 = load ptr, ptr %6, align 8
  store ptr %54, ptr %4, align 8
  br label %57

55:                                               ; preds = %36
  %56 = load ptr, ptr %4, align 8
  ret ptr %56

57:                                               ; preds = %40
  br label %58

58:                                               ; preds = %57, %33
  br label %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @disassemble_instruction(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  %10 = load ptr, ptr %6, align 8
  %11 = getelementptr inbounds %struct.chunk, ptr %10, i32 0, i32 0
  %12 = load ptr, ptr %11, align 8
  %13 = load i32, ptr %7, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr %12, i64 %14
  %16 = load i8, ptr %15, align 1
  %17 = zext i8 %16 to i32
  store i32 %17, ptr %8, align 4
  %18 = load ptr, ptr %5, align 8
  %19 = load i32, ptr %7, align 4
  %20 = load ptr, ptr %6, align 8
  %21 = getelementptr inbounds %struct.chunk, ptr %20, i32 0, i32 1
  %22 = load ptr, ptr %21, align 8
  %23 = load i32, ptr %7, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds i32, ptr %22, i64 %24
  %26 = load i32, ptr %25, align 4
  %27 = load i32, ptr %8, align 4
  %28 = icmp slt i32 %27, 34
  br i1 %28, label %29, label %34

29:                                               ; preds = %3
  %30 = load i32, ptr %8, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [34 x ptr], ptr @opcode_names, i64 0, i64 %31
  %33 = load ptr, ptr %32, align 8
  br label %35

34:                                               ; preds = %3
  br label %35

35:                                               ; preds = %34, %29
  %36 = phi ptr [ %33, %29 ], [ @.str.45, %34 ]
  call void (ptr, ptr, ...) @sb_printf(ptr noundef %18, ptr noundef @.str.156, i32 noundef %19, i32 noundef %26, ptr noundef %36)
  %37 = load i32, ptr %8, align 4
  switch i32 %37, label %134 [
    i32 0, label %38
    i32 7, label %38
    i32 8, label %38
    i32 9, label %38
    i32 5, label %63
    i32 6, label %63
    i32 33, label %63
    i32 30, label %63
    i32 23, label %75
    i32 24, label %75
    i32 25, label %75
    i32 26, label %75
    i32 27, label %98
    i32 28, label %121
  ]

38:                                               ; preds = %35, %35, %35, %35
  %39 = load ptr, ptr %6, align 8
  %40 = getelementptr inbounds %struct.chunk, ptr %39, i32 0, i32 0
  %41 = load ptr, ptr %40, align 8
  %42 = load i32, ptr %7, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds i8, ptr %41, i64 %43
  %45 = getelementptr inbounds i8, ptr %44, i64 1
  %46 = call i32 @read_u16(ptr noundef %45)
  store i32 %46, ptr %9, align 4
  %47 = load ptr, ptr %5, align 8
  %48 = load i32, ptr %9, align 4
  call void (ptr, ptr, ...) @sb_printf(ptr noundef %47, ptr noundef @.str.157, i32 noundef %48)
  %49 = load ptr, ptr %5, align 8
  %50 = load ptr, ptr %6, align 8
  %51 = getelementptr inbounds %struct.chunk, ptr %50, i32 0, i32 5
  %52 = load ptr, ptr %51, align 8
  %53 = load i32, ptr %9, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds %struct.value, ptr %52, i64 %54
  %56 = getelementptr inbounds { i32, i64 }, ptr %55, i32 0, i32 0
  %57 = load i32, ptr %56, align 8
  %58 = getelementptr inbounds { i32, i64 }, ptr %55, i32 0, i32 1
  %59 = load i64, ptr %58, align 8
  call void @format_value(ptr noundef %49, i32 %57, i64 %59, i32 noundef 1)
  %60 = load ptr, ptr %5, align 8
  call void @sb_puts(ptr noundef %60, ptr noundef @.str.25)
  %61 = load i32, ptr %7, align 4
  %62 = add nsw i32 %61, 3
  store i32 %62, ptr %4, align 4
  br label %138

63:                                               ; preds = %35, %35, %35, %35
  %64 = load ptr, ptr %5, align 8
  %65 = load ptr, ptr %6, align 8
  %66 = getelementptr inbounds %struct.chunk, ptr %65, i32 0, i32 0
  %67 = load ptr, ptr %66, align 8
  %68 = load i32, ptr %7, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds i8, ptr %67, i64 %69
  %71 = getelementptr inbounds i8, ptr %70, i64 1
  %72 = call i32 @read_u16(ptr noundef %71)
  call void (ptr, ptr, ...) @sb_printf(ptr noundef %64, ptr noundef @.str.158, i32 noundef %72)
  %73 = load i32, ptr %7, align 4
  %74 = add nsw i32 %73, 3
  store i32 %74, ptr %4, align 4
  br label %138

75:                                               ; preds = %35, %35, %35, %35
  %76 = load ptr, ptr %5, align 8
  %77 = load ptr, ptr %6, align 8
  %78 = getelementptr inbounds %struct.chunk, ptr %77, i32 0, i32 0
  %79 = load ptr, ptr %78, align 8
  %80 = load i32, ptr %7, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds i8, ptr %79, i64 %81
  %83 = getelementptr inbounds i8, ptr %82, i64 1
  %84 = call i32 @read_u16(ptr noundef %83)
  %85 = load i32, ptr %7, align 4
  %86 = add nsw i32 %85, 3
  %87 = load ptr, ptr %6, align 8
  %88 = getelementptr inbounds %struct.chunk, ptr %87, i32 0, i32 0
  %89 = load ptr, ptr %88, align 8
  %90 = load i32, ptr %7, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds i8, ptr %89, i64 %91
  %93 = getelementptr inbounds i8, ptr %92, i64 1
  %94 = call i32 @read_u16(ptr noundef %93)
  %95 = add nsw i32 %86, %94
  call void (ptr, ptr, ...) @sb_printf(ptr noundef %76, ptr noundef @.str.159, i32 noundef %84, i32 noundef %95)
  %96 = load i32, ptr %7, align 4
  %97 = add nsw i32 %96, 3
  store i32 %97, ptr %4, align 4
  br label %138

98:                                               ; preds = %35
  %99 = load ptr, ptr %5, align 8
  %100 = load ptr, ptr %6, align 8
  %101 = getelementptr inbounds %struct.chunk, ptr %100, i32 0, i32 0
  %102 = load ptr, ptr %101, align 8
  %103 = load i32, ptr %7, align 4
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds i8, ptr %102, i64 %104
  %106 = getelementptr inbounds i8, ptr %105, i64 1
  %107 = call i32 @read_u16(ptr noundef %106)
  %108 = load i32, ptr %7, align 4
  %109 = add nsw i32 %108, 3
  %110 = load ptr, ptr %6, align 8
  %111 = getelementptr inbounds %struct.chunk, ptr %110, i32 0, i32 0
  %112 = load ptr, ptr %111, align 8
  %113 = load i32, ptr %7, align 4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds i8, ptr %112, i64 %114
  %116 = getelementptr inbounds i8, ptr %115, i64 1
  %117 = call i32 @read_u16(ptr noundef %116)
  %118 = sub nsw i32 %109, %117
  call void (ptr, ptr, ...) @sb_printf(ptr noundef %99, ptr noundef @.str.159, i32 noundef %107, i32 noundef %118)
  %119 = load i32, ptr %7, align 4
  %120 = add nsw i32 %119, 3
  store i32 %120, ptr %4, align 4
  br label %138

121:                                              ; preds = %35
  %122 = load ptr, ptr %5, align 8
  %123 = load ptr, ptr %6, align 8
  %124 = getelementptr inbounds %struct.chunk, ptr %123, i32 0, i32 0
  %125 = load ptr, ptr %124, align 8
  %126 = load i32, ptr %7, align 4
  %127 = add nsw i32 %126, 1
  %128 = sext i32 %127 to i64
  %129 = getelementptr inbounds i8, ptr %125, i64 %128
  %130 = load i8, ptr %129, align 1
  %131 = zext i8 %130 to i32
  call void (ptr, ptr, ...) @sb_printf(ptr noundef %122, ptr noundef @.str.158, i32 noundef %131)
  %132 = load i32, ptr %7, align 4
  %133 = add nsw i32 %132, 2
  store i32 %133, ptr %4, align 4
  br label %138

134:                                              ; preds = %35
  %135 = load ptr, ptr %5, align 8
  call void @sb_puts(ptr noundef %135, ptr noundef @.str.25)
  %136 = load i32, ptr %7, align 4
  %137 = add nsw i32 %136, 1
  store i32 %137, ptr %4, align 4
  br label %138

138:                                              ; preds = %134, %121, %98, %75, %63, %38
  %139 = load i32, ptr %4, align 4
  ret i32 %139
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @read_u16(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds i8, ptr %3, i64 0
  %5 = load i8, ptr %4, align 1
  %6 = zext i8 %5 to i32
  %7 = shl i32 %6, 8
  %8 = load ptr, ptr %2, align 8
  %9 = getelementptr inbounds i8, ptr %8, i64 1
  %10 = load i8, ptr %9, align 1
  %11 = zext i8 %10 to i32
  %12 = or i32 %7, %11
  ret i32 %12
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @bool_value(i32 noundef %0) #0 {
  %2 = alloca %struct.value, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = getelementptr inbounds %struct.value, ptr %2, i32 0, i32 0
  store i32 1, ptr %4, align 8
  %5 = getelementptr inbounds %struct.value, ptr %2, i32 0, i32 1
  %6 = load i32, ptr %3, align 4
  %7 = icmp ne i32 %6, 0
  %8 = zext i1 %7 to i32
  store i32 %8, ptr %5, align 8
  %9 = load { i32, i64 }, ptr %2, align 8
  ret { i32, i64 } %9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @peek(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca %struct.value, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  %6 = load ptr, ptr %4, align 8
  %7 = getelementptr inbounds %struct.vm, ptr %6, i32 0, i32 1
  %8 = load ptr, ptr %7, align 8
  %9 = load i32, ptr %5, align 4
  %10 = sub nsw i32 -1, %9
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds %struct.value, ptr %8, i64 %11
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %12, i64 16, i1 false)
  %13 = load { i32, i64 }, ptr %3, align 8
  ret { i32, i64 } %13
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @pop(ptr noundef %0) #0 {
  %2 = alloca %struct.value, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds %struct.vm, ptr %4, i32 0, i32 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds %struct.value, ptr %6, i32 -1
  store ptr %7, ptr %5, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 %7, i64 16, i1 false)
  %8 = load { i32, i64 }, ptr %2, align 8
  ret { i32, i64 } %8
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @arithmetic(i32 noundef %0, i32 %1, i64 %2, i32 %3, i64 %4, i32 noundef %5) #0 {
  %7 = alloca %struct.value, align 8
  %8 = alloca %struct.value, align 8
  %9 = alloca %struct.value, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca [5 x ptr], align 16
  %18 = alloca double, align 8
  %19 = alloca double, align 8
  %20 = getelementptr inbounds { i32, i64 }, ptr %8, i32 0, i32 0
  store i32 %1, ptr %20, align 8
  %21 = getelementptr inbounds { i32, i64 }, ptr %8, i32 0, i32 1
  store i64 %2, ptr %21, align 8
  %22 = getelementptr inbounds { i32, i64 }, ptr %9, i32 0, i32 0
  store i32 %3, ptr %22, align 8
  %23 = getelementptr inbounds { i32, i64 }, ptr %9, i32 0, i32 1
  store i64 %4, ptr %23, align 8
  store i32 %0, ptr %10, align 4
  store i32 %5, ptr %11, align 4
  %24 = load i32, ptr %10, align 4
  %25 = icmp eq i32 %24, 10
  br i1 %25, label %26, label %48

26:                                               ; preds = %6
  %27 = getelementptr inbounds %struct.value, ptr %8, i32 0, i32 0
  %28 = load i32, ptr %27, align 8
  %29 = icmp eq i32 %28, 4
  br i1 %29, label %34, label %30

30:                                               ; preds = %26
  %31 = getelementptr inbounds %struct.value, ptr %9, i32 0, i32 0
  %32 = load i32, ptr %31, align 8
  %33 = icmp eq i32 %32, 4
  br i1 %33, label %34, label %48

34:                                               ; preds = %30, %26
  %35 = getelementptr inbounds { i32, i64 }, ptr %8, i32 0, i32 0
  %36 = load i32, ptr %35, align 8
  %37 = getelementptr inbounds { i32, i64 }, ptr %8, i32 0, i32 1
  %38 = load i64, ptr %37, align 8
  %39 = getelementptr inbounds { i32, i64 }, ptr %9, i32 0, i32 0
  %40 = load i32, ptr %39, align 8
  %41 = getelementptr inbounds { i32, i64 }, ptr %9, i32 0, i32 1
  %42 = load i64, ptr %41, align 8
  %43 = call { i32, i64 } @concat(i32 %36, i64 %38, i32 %40, i64 %42)
  %44 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %45 = extractvalue { i32, i64 } %43, 0
  store i32 %45, ptr %44, align 8
  %46 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %47 = extractvalue { i32, i64 } %43, 1
  store i64 %47, ptr %46, align 8
  br label %264

48:                                               ; preds = %30, %6
  %49 = load i32, ptr %10, align 4
  %50 = icmp eq i32 %49, 10
  br i1 %50, label %51, label %121

51:                                               ; preds = %48
  %52 = getelementptr inbounds %struct.value, ptr %8, i32 0, i32 0
  %53 = load i32, ptr %52, align 8
  %54 = icmp eq i32 %53, 5
  br i1 %54, label %55, label %121

55:                                               ; preds = %51
  %56 = getelementptr inbounds %struct.value, ptr %9, i32 0, i32 0
  %57 = load i32, ptr %56, align 8
  %58 = icmp eq i32 %57, 5
  br i1 %58, label %59, label %121

59:                                               ; preds = %55
  %60 = getelementptr inbounds %struct.value, ptr %8, i32 0, i32 1
  %61 = load ptr, ptr %60, align 8
  %62 = getelementptr inbounds %struct.list, ptr %61, i32 0, i32 0
  %63 = load i32, ptr %62, align 8
  %64 = getelementptr inbounds %struct.value, ptr %9, i32 0, i32 1
  %65 = load ptr, ptr %64, align 8
  %66 = getelementptr inbounds %struct.list, ptr %65, i32 0, i32 0
  %67 = load i32, ptr %66, align 8
  %68 = add nsw i32 %63, %67
  %69 = call ptr @new_list(i32 noundef %68)
  store ptr %69, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %70

70:                                               ; preds = %90, %59
  %71 = load i32, ptr %13, align 4
  %72 = getelementptr inbounds %struct.value, ptr %8, i32 0, i32 1
  %73 = load ptr, ptr %72, align 8
  %74 = getelementptr inbounds %struct.list, ptr %73, i32 0, i32 0
  %75 = load i32, ptr %74, align 8
  %76 = icmp slt i32 %71, %75
  br i1 %76, label %77, label %93

77:                                               ; preds = %70
  %78 = load ptr, ptr %12, align 8
  %79 = getelementptr inbounds %struct.value, ptr %8, i32 0, i32 1
  %80 = load ptr, ptr %79, align 8
  %81 = getelementptr inbounds %struct.list, ptr %80, i32 0, i32 2
  %82 = load ptr, ptr %81, align 8
  %83 = load i32, ptr %13, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds %struct.value, ptr %82, i64 %84
  %86 = getelementptr inbounds { i32, i64 }, ptr %85, i32 0, i32 0
  %87 = load i32, ptr %86, align 8
  %88 = getelementptr inbounds { i32, i64 }, ptr %85, i32 0, i32 1
  %89 = load i64, ptr %88, align 8
  call void @list_push(ptr noundef %78, i32 %87, i64 %89)
  br label %90

90:                                               ; preds = %77
  %91 = load i32, ptr %13, align 4
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %13, align 4
  br label %70, !llvm.loop !49

93:                                               ; preds = %70
  store i32 0, ptr %14, align 4
  br label %94

94:                                               ; preds = %114, %93
  %95 = load i32, ptr %14, align 4
  %96 = getelementptr inbounds %struct.value, ptr %9, i32 0, i32 1
  %97 = load ptr, ptr %96, align 8
  %98 = getelementptr inbounds %struct.list, ptr %97, i32 0, i32 0
  %99 = load i32, ptr %98, align 8
  %100 = icmp slt i32 %95, %99
  br i1 %100, label %101, label %117

101:                                              ; preds = %94
  %102 = load ptr, ptr %12, align 8
  %103 = getelementptr inbounds %struct.value, ptr %9, i32 0, i32 1
  %104 = load ptr, ptr %103, align 8
  %105 = getelementptr inbounds %struct.list, ptr %104, i32 0, i32 2
  %106 = load ptr, ptr %105, align 8
  %107 = load i32, ptr %14, align 4
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds %struct.value, ptr %106, i64 %108
  %110 = getelementptr inbounds { i32, i64 }, ptr %109, i32 0, i32 0
  %111 = load i32, ptr %110, align 8
  %112 = getelementptr inbounds { i32, i64 }, ptr %109, i32 0, i32 1
  %113 = load i64, ptr %112, align 8
  call void @list_push(ptr noundef %102, i32 %111, i64 %113)
  br label %114

114:                                              ; preds = %101
  %115 = load i32, ptr %14, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %14, align 4
  br label %94, !llvm.loop !50

117:                                              ; preds = %94
  %118 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 0
  store i32 5, ptr %118, align 8
  %119 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %120 = load ptr, ptr %12, align 8
  store ptr %120, ptr %119, align 8
  br label %264

121:                                              ; preds = %55, %51, %48
  %122 = getelementptr inbounds %struct.value, ptr %8, i32 0, i32 0
  %123 = load i32, ptr %122, align 8
  %124 = icmp eq i32 %123, 2
  br i1 %124, label %125, label %195

125:                                              ; preds = %121
  %126 = getelementptr inbounds %struct.value, ptr %9, i32 0, i32 0
  %127 = load i32, ptr %126, align 8
  %128 = icmp eq i32 %127, 2
  br i1 %128, label %129, label %195

129:                                              ; preds = %125
  %130 = getelementptr inbounds %struct.value, ptr %8, i32 0, i32 1
  %131 = load i64, ptr %130, align 8
  store i64 %131, ptr %15, align 8
  %132 = getelementptr inbounds %struct.value, ptr %9, i32 0, i32 1
  %133 = load i64, ptr %132, align 8
  store i64 %133, ptr %16, align 8
  %134 = load i32, ptr %10, align 4
  switch i32 %134, label %194 [
    i32 10, label %135
    i32 11, label %144
    i32 12, label %153
    i32 13, label %162
    i32 14, label %176
  ]

135:                                              ; preds = %129
  %136 = load i64, ptr %15, align 8
  %137 = load i64, ptr %16, align 8
  %138 = add i64 %136, %137
  %139 = call { i32, i64 } @int_value(i64 noundef %138)
  %140 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %141 = extractvalue { i32, i64 } %139, 0
  store i32 %141, ptr %140, align 8
  %142 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %143 = extractvalue { i32, i64 } %139, 1
  store i64 %143, ptr %142, align 8
  br label %264

144:                                              ; preds = %129
  %145 = load i64, ptr %15, align 8
  %146 = load i64, ptr %16, align 8
  %147 = sub i64 %145, %146
  %148 = call { i32, i64 } @int_value(i64 noundef %147)
  %149 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %150 = extractvalue { i32, i64 } %148, 0
  store i32 %150, ptr %149, align 8
  %151 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %152 = extractvalue { i32, i64 } %148, 1
  store i64 %152, ptr %151, align 8
  br label %264

153:                                              ; preds = %129
  %154 = load i64, ptr %15, align 8
  %155 = load i64, ptr %16, align 8
  %156 = mul i64 %154, %155
  %157 = call { i32, i64 } @int_value(i64 noundef %156)
  %158 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %159 = extractvalue { i32, i64 } %157, 0
  store i32 %159, ptr %158, align 8
  %160 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %161 = extractvalue { i32, i64 } %157, 1
  store i64 %161, ptr %160, align 8
  br label %264

162:                                              ; preds = %129
  %163 = load i64, ptr %16, align 8
  %164 = icmp eq i64 %163, 0
  br i1 %164, label %165, label %167

165:                                              ; preds = %162
  %166 = load i32, ptr %11, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %166, ptr noundef @.str.204) #16
  unreachable

167:                                              ; preds = %162
  %168 = load i64, ptr %15, align 8
  %169 = load i64, ptr %16, align 8
  %170 = sdiv i64 %168, %169
  %171 = call { i32, i64 } @int_value(i64 noundef %170)
  %172 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %173 = extractvalue { i32, i64 } %171, 0
  store i32 %173, ptr %172, align 8
  %174 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %175 = extractvalue { i32, i64 } %171, 1
  store i64 %175, ptr %174, align 8
  br label %264

176:                                              ; preds = %129
  %177 = load i64, ptr %16, align 8
  %178 = icmp eq i64 %177, 0
  br i1 %178, label %179, label %181

179:                                              ; preds = %176
  %180 = load i32, ptr %11, align 4
  call void (i32, ptr, ...) @fail(i32 noundef %180, ptr noundef @.str.204) #16
  unreachable

181:                                              ; preds = %176
  %182 = load i64, ptr %15, align 8
  %183 = load i64, ptr %16, align 8
  %184 = srem i64 %182, %183
  %185 = load i64, ptr %16, align 8
  %186 = add nsw i64 %184, %185
  %187 = load i64, ptr %16, align 8
  %188 = srem i64 %186, %187
  %189 = call { i32, i64 } @int_value(i64 noundef %188)
  %190 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %191 = extractvalue { i32, i64 } %189, 0
  store i32 %191, ptr %190, align 8
  %192 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %193 = extractvalue { i32, i64 } %189, 1
  store i64 %193, ptr %192, align 8
  br label %264

194:                                              ; preds = %129
  br label %195

195:                                              ; preds = %194, %125, %121
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %17, ptr align 16 @__const.arithmetic.names, i64 40, i1 false)
  %196 = load i32, ptr %11, align 4
  %197 = load i32, ptr %10, align 4
  %198 = sub nsw i32 %197, 10
  %199 = sext i32 %198 to i64
  %200 = getelementptr inbounds [5 x ptr], ptr %17, i64 0, i64 %199
  %201 = load ptr, ptr %200, align 8
  %202 = getelementptr inbounds { i32, i64 }, ptr %8, i32 0, i32 0
  %203 = load i32, ptr %202, align 8
  %204 = getelementptr inbounds { i32, i64 }, ptr %8, i32 0, i32 1
  %205 = load i64, ptr %204, align 8
  %206 = call double @as_number(i32 %203, i64 %205, i32 noundef %196, ptr noundef %201)
  store double %206, ptr %18, align 8
  %207 = load i32, ptr %11, align 4
  %208 = load i32, ptr %10, align 4
  %209 = sub nsw i32 %208, 10
  %210 = sext i32 %209 to i64
  %211 = getelementptr inbounds [5 x ptr], ptr %17, i64 0, i64 %210
  %212 = load ptr, ptr %211, align 8
  %213 = getelementptr inbounds { i32, i64 }, ptr %9, i32 0, i32 0
  %214 = load i32, ptr %213, align 8
  %215 = getelementptr inbounds { i32, i64 }, ptr %9, i32 0, i32 1
  %216 = load i64, ptr %215, align 8
  %217 = call double @as_number(i32 %214, i64 %216, i32 noundef %207, ptr noundef %212)
  store double %217, ptr %19, align 8
  %218 = load i32, ptr %10, align 4
  switch i32 %218, label %255 [
    i32 10, label %219
    i32 11, label %228
    i32 12, label %237
    i32 13, label %246
  ]

219:                                              ; preds = %195
  %220 = load double, ptr %18, align 8
  %221 = load double, ptr %19, align 8
  %222 = fadd double %220, %221
  %223 = call { i32, i64 } @float_value(double noundef %222)
  %224 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %225 = extractvalue { i32, i64 } %223, 0
  store i32 %225, ptr %224, align 8
  %226 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %227 = extractvalue { i32, i64 } %223, 1
  store i64 %227, ptr %226, align 8
  br label %264

228:                                              ; preds = %195
  %229 = load double, ptr %18, align 8
  %230 = load double, ptr %19, align 8
  %231 = fsub double %229, %230
  %232 = call { i32, i64 } @float_value(double noundef %231)
  %233 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %234 = extractvalue { i32, i64 } %232, 0
  store i32 %234, ptr %233, align 8
  %235 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %236 = extractvalue { i32, i64 } %232, 1
  store i64 %236, ptr %235, align 8
  br label %264

237:                                              ; preds = %195
  %238 = load double, ptr %18, align 8
  %239 = load double, ptr %19, align 8
  %240 = fmul double %238, %239
  %241 = call { i32, i64 } @float_value(double noundef %240)
  %242 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %243 = extractvalue { i32, i64 } %241, 0
  store i32 %243, ptr %242, align 8
  %244 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %245 = extractvalue { i32, i64 } %241, 1
  store i64 %245, ptr %244, align 8
  br label %264

246:                                              ; preds = %195
  %247 = load double, ptr %18, align 8
  %248 = load double, ptr %19, align 8
  %249 = fdiv double %247, %248
  %250 = call { i32, i64 } @float_value(double noundef %249)
  %251 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %252 = extractvalue { i32, i64 } %250, 0
  store i32 %252, ptr %251, align 8
  %253 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %254 = extractvalue { i32, i64 } %250, 1
  store i64 %254, ptr %253, align 8
  br label %264

255:                                              ; preds = %195
  %256 = load double, ptr %18, align 8
  %257 = load double, ptr %19, align 8
  %258 = call double @fmod(double noundef %256, double noundef %257) #15
  %259 = call { i32, i64 } @float_value(double noundef %258)
  %260 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %261 = extractvalue { i32, i64 } %259, 0
  store i32 %261, ptr %260, align 8
  %262 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %263 = extractvalue { i32, i64 } %259, 1
  store i64 %263, ptr %262, align 8
  br label %264

264:                                              ; preds = %255, %246, %237, %228, %219, %181, %167, %153, %144, %135, %117, %34
  %265 = load { i32, i64 }, ptr %7, align 8
  ret { i32, i64 } %265
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @truthy(i32 %0, i64 %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca %struct.value, align 8
  %5 = getelementptr inbounds { i32, i64 }, ptr %4, i32 0, i32 0
  store i32 %0, ptr %5, align 8
  %6 = getelementptr inbounds { i32, i64 }, ptr %4, i32 0, i32 1
  store i64 %1, ptr %6, align 8
  %7 = getelementptr inbounds %struct.value, ptr %4, i32 0, i32 0
  %8 = load i32, ptr %7, align 8
  switch i32 %8, label %37 [
    i32 0, label %9
    i32 1, label %10
    i32 2, label %13
    i32 3, label %18
    i32 4, label %23
    i32 5, label %30
  ]

9:                                                ; preds = %2
  store i32 0, ptr %3, align 4
  br label %38

10:                                               ; preds = %2
  %11 = getelementptr inbounds %struct.value, ptr %4, i32 0, i32 1
  %12 = load i32, ptr %11, align 8
  store i32 %12, ptr %3, align 4
  br label %38

13:                                               ; preds = %2
  %14 = getelementptr inbounds %struct.value, ptr %4, i32 0, i32 1
  %15 = load i64, ptr %14, align 8
  %16 = icmp ne i64 %15, 0
  %17 = zext i1 %16 to i32
  store i32 %17, ptr %3, align 4
  br label %38

18:                                               ; preds = %2
  %19 = getelementptr inbounds %struct.value, ptr %4, i32 0, i32 1
  %20 = load double, ptr %19, align 8
  %21 = fcmp une double %20, 0.000000e+00
  %22 = zext i1 %21 to i32
  store i32 %22, ptr %3, align 4
  br label %38

23:                                               ; preds = %2
  %24 = getelementptr inbounds %struct.value, ptr %4, i32 0, i32 1
  %25 = load ptr, ptr %24, align 8
  %26 = getelementptr inbounds %struct.string, ptr %25, i32 0, i32 0
  %27 = load i32, ptr %26, align 4
  %28 = icmp sgt i32 %27, 0
  %29 = zext i1 %28 to i32
  store i32 %29, ptr %3, align 4
  br label %38

30:                                               ; preds = %2
  %31 = getelementptr inbounds %struct.value, ptr %4, i32 0, i32 1
  %32 = load ptr, ptr %31, align 8
  %33 = getelementptr inbounds %struct.list, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %33, align 8
  %35 = icmp sgt i32 %34, 0
  %36 = zext i1 %35 to i32
  store i32 %36, ptr %3, align 4
  br label %38

37:                                               ; preds = %2
  store i32 1, ptr %3, align 4
  br label %38

38:                                               ; preds = %37, %30, %23, %18, %13, %10, %9
  %39 = load i32, ptr %3, align 4
  ret i32 %39
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @list_index(i32 %0, i64 %1, i32 %2, i64 %3, i32 noundef %4) #0 {
  %6 = alloca %struct.value, align 8
  %7 = alloca %struct.value, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 0
  store i32 %0, ptr %11, align 8
  %12 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %12, align 8
  %13 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  store i32 %2, ptr %13, align 8
  %14 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  store i64 %3, ptr %14, align 8
  store i32 %4, ptr %8, align 4
  %15 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 0
  %16 = load i32, ptr %15, align 8
  %17 = icmp ne i32 %16, 2
  br i1 %17, label %18, label %23

18:                                               ; preds = %5
  %19 = load i32, ptr %8, align 4
  %20 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 0
  %21 = load i32, ptr %20, align 8
  %22 = call ptr @type_name(i32 noundef %21)
  call void (i32, ptr, ...) @fail(i32 noundef %19, ptr noundef @.str.205, ptr noundef %22) #16
  unreachable

23:                                               ; preds = %5
  %24 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %25 = load i64, ptr %24, align 8
  store i64 %25, ptr %9, align 8
  %26 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 0
  %27 = load i32, ptr %26, align 8
  %28 = icmp eq i32 %27, 5
  br i1 %28, label %29, label %34

29:                                               ; preds = %23
  %30 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %31 = load ptr, ptr %30, align 8
  %32 = getelementptr inbounds %struct.list, ptr %31, i32 0, i32 0
  %33 = load i32, ptr %32, align 8
  br label %39

34:                                               ; preds = %23
  %35 = getelementptr inbounds %struct.value, ptr %6, i32 0, i32 1
  %36 = load ptr, ptr %35, align 8
  %37 = getelementptr inbounds %struct.string, ptr %36, i32 0, i32 0
  %38 = load i32, ptr %37, align 4
  br label %39

39:                                               ; preds = %34, %29
  %40 = phi i32 [ %33, %29 ], [ %38, %34 ]
  %41 = sext i32 %40 to i64
  store i64 %41, ptr %10, align 8
  %42 = load i64, ptr %9, align 8
  %43 = icmp slt i64 %42, 0
  br i1 %43, label %44, label %48

44:                                               ; preds = %39
  %45 = load i64, ptr %10, align 8
  %46 = load i64, ptr %9, align 8
  %47 = add nsw i64 %46, %45
  store i64 %47, ptr %9, align 8
  br label %48

48:                                               ; preds = %44, %39
  %49 = load i64, ptr %9, align 8
  %50 = icmp slt i64 %49, 0
  br i1 %50, label %55, label %51

51:                                               ; preds = %48
  %52 = load i64, ptr %9, align 8
  %53 = load i64, ptr %10, align 8
  %54 = icmp sge i64 %52, %53
  br i1 %54, label %55, label %60

55:                                               ; preds = %51, %48
  %56 = load i32, ptr %8, align 4
  %57 = getelementptr inbounds %struct.value, ptr %7, i32 0, i32 1
  %58 = load i64, ptr %57, align 8
  %59 = load i64, ptr %10, align 8
  call void (i32, ptr, ...) @fail(i32 noundef %56, ptr noundef @.str.206, i64 noundef %58, i64 noundef %59) #16
  unreachable

60:                                               ; preds = %51
  %61 = load i64, ptr %9, align 8
  ret i64 %61
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i32, i64 } @concat(i32 %0, i64 %1, i32 %2, i64 %3) #0 {
  %5 = alloca %struct.value, align 8
  %6 = alloca %struct.value, align 8
  %7 = alloca %struct.value, align 8
  %8 = alloca %struct.strbuf, align 8
  %9 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 0
  store i32 %0, ptr %9, align 8
  %10 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %10, align 8
  %11 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  store i32 %2, ptr %11, align 8
  %12 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  store i64 %3, ptr %12, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %8, i8 0, i64 16, i1 false)
  %13 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 0
  %14 = load i32, ptr %13, align 8
  %15 = getelementptr inbounds { i32, i64 }, ptr %6, i32 0, i32 1
  %16 = load i64, ptr %15, align 8
  call void @format_value(ptr noundef %8, i32 %14, i64 %16, i32 noundef 0)
  %17 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 0
  %18 = load i32, ptr %17, align 8
  %19 = getelementptr inbounds { i32, i64 }, ptr %7, i32 0, i32 1
  %20 = load i64, ptr %19, align 8
  call void @format_value(ptr noundef %8, i32 %18, i64 %20, i32 noundef 0)
  %21 = getelementptr inbounds %struct.strbuf, ptr %8, i32 0, i32 0
  %22 = load ptr, ptr %21, align 8
  %23 = getelementptr inbounds %struct.strbuf, ptr %8, i32 0, i32 1
  %24 = load i32, ptr %23, align 8
  %25 = call { i32, i64 } @string_value(ptr noundef %22, i32 noundef %24)
  %26 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 0
  %27 = extractvalue { i32, i64 } %25, 0
  store i32 %27, ptr %26, align 8
  %28 = getelementptr inbounds { i32, i64 }, ptr %5, i32 0, i32 1
  %29 = extractvalue { i32, i64 } %25, 1
  store i64 %29, ptr %28, align 8
  %30 = load { i32, i64 }, ptr %5, align 8
  ret { i32, i64 } %30
}

; Function Attrs: nounwind
declare double @fmod(double noundef, double noundef) #8

; Function Attrs: nounwind
declare void @free(ptr noundef) #8

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind returns_twice "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { noreturn nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nocallback nofree nosync nounwind willreturn }
attributes #10 = { noinline noreturn nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #12 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nounwind willreturn memory(read) }
attributes #14 = { nounwind returns_twice }
attributes #15 = { nounwind }
attributes #16 = { noreturn }
attributes #17 = { nounwind allocsize(0) }
attributes #18 = { noreturn nounwind }
attributes #19 = { nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
!16 = distinct !{!16, !6}
!17 = distinct !{!17, !6}
!18 = distinct !{!18, !6}
!19 = distinct !{!19, !6}
!20 = distinct !{!20, !6}
!21 = distinct !{!21, !6}
!22 = distinct !{!22, !6}
!23 = distinct !{!23, !6}
!24 = distinct !{!24, !6}
!25 = distinct !{!25, !6}
!26 = distinct !{!26, !6}
!27 = distinct !{!27, !6}
!28 = distinct !{!28, !6}
!29 = distinct !{!29, !6}
!30 = distinct !{!30, !6}
!31 = distinct !{!31, !6}
!32 = distinct !{!32, !6}
!33 = distinct !{!33, !6}
!34 = distinct !{!34, !6}
!35 = distinct !{!35, !6}
!36 = distinct !{!36, !6}
!37 = distinct !{!37, !6}
!38 = distinct !{!38, !6}
!39 = distinct !{!39, !6}
!40 = distinct !{!40, !6}
!41 = distinct !{!41, !6}
!42 = distinct !{!42, !6}
!43 = distinct !{!43, !6}
!44 = distinct !{!44, !6}
!45 = distinct !{!45, !6}
!46 = distinct !{!46, !6}
!47 = distinct !{!47, !6}
!48 = distinct !{!48, !6}
!49 = distinct !{!49, !6}
!50 = distinct !{!50, !6}
