#!/usr/bin/env python3
"""Rewrites the generated part of sample-ir/README.md: one row per program with what it computes (the source's first
line), its functions, features found in its -O0 IR, and instruction counts per optimisation level.

Usage (from sample-ir/, build.sh does this): python3 tools/sample_table.py README.md
Counting rule: an instruction is a line inside a function body that starts with exactly two spaces and then neither
';' nor ']' (switch case lines are indented further; labels are not indented). This matches LLVM's one-instruction-
per-line printing, so the count equals the number of instructions in the module.
"""
import glob
import os
import re
import sys

BEGIN = "<!-- BEGIN GENERATED: tools/sample_table.py -->"
END = "<!-- END GENERATED -->"
LEVELS = ("O0", "O1", "O2", "O3")
INSTRUCTION = re.compile(r"^  [^ ;\]]")
DEFINE = re.compile(r"^define\b[^@]*@(\"[^\"]+\"|[-\w.$]+)\(")
CALL = re.compile(r"\b(?:call|invoke)\b[^@%]*?(@[-\w.$]+|%[-\w.$]+)\(")


def functions(path):
    """Maps each defined function to its body lines, in file order."""
    result, current = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = DEFINE.match(line)
            if m:
                current = m.group(1)
                result[current] = [line]
            elif current is not None:
                result[current].append(line)
                if line.startswith("}"):
                    current = None
    return result


def instruction_count(path):
    return sum(1 for body in functions(path).values() for line in body[1:] if INSTRUCTION.match(line))


def in_cycle(calls):
    """Functions that lie on a cycle of the direct call graph (recursion, incl. mutual recursion)."""
    recursive = set()
    for start in calls:
        stack, seen = list(calls[start]), set()
        while stack:
            f = stack.pop()
            if f == start:
                recursive.add(start)
                break
            if f in seen or f not in calls:
                continue
            seen.add(f)
            stack.extend(calls[f])
    return recursive


def features(o0_path, o3_path):
    text = open(o0_path, encoding="utf-8").read()
    fns = functions(o0_path)
    calls, indirect = {}, False
    for name, body in fns.items():
        calls[name] = set()
        for line in body[1:]:
            for callee in CALL.findall(line):
                if callee.startswith("%"):
                    indirect = True
                else:
                    calls[name].add(callee[1:])
    found = []
    if in_cycle(calls):
        found.append("recursion")
    if indirect:
        found.append("indirect call")
    # A defined function used as a value (stored in a table, passed as an argument) rather than only called.
    if any(re.search(r"(?<![-\w.$])@%s(?![-\w.$(])" % re.escape(name), text) for name in fns):
        found.append("function pointer")
    if re.search(r"^  switch ", text, re.M):
        found.append("switch")
    if re.search(r"^%struct\.", text, re.M):
        found.append("struct")
    # OpenCL on x86-64 erases address spaces: __local arrays become internal globals with an undef initialiser and
    # the kernels' !kernel_arg_addr_space metadata still names them (1 global, 2 constant, 3 local).
    local_arrays = re.findall(r"^@[-\w$]+\.[-\w$]+ = internal global \[.* undef", text, re.M)
    arg_spaces = set()
    for ref in re.findall(r"!kernel_arg_addr_space (![0-9]+)", text):
        m = re.search(r"^%s = !\{(.*)\}$" % ref, text, re.M)
        arg_spaces.update(re.findall(r"i32 (\d)", m.group(1)) if m else [])
    if local_arrays or "3" in arg_spaces:
        found.append("local memory")
    if "2" in arg_spaces:
        found.append("constant memory")
    globals_ = re.findall(r"^@(?!\.str)[-\w.$]+ = (?:internal |dso_local |private |)*(?:unnamed_addr )?global \[.*$", text, re.M)
    if len(globals_) > len(local_arrays):
        found.append("global array")
    if re.search(r"^@\.str[.\d]* = .*c\"", text, re.M):
        found.append("string constant")
    if "@llvm.va_start" in text:
        found.append("va_list")
    if re.search(r"call .*@(malloc|calloc|realloc)\(", text):
        found.append("heap")
    if re.search(r"\b(fadd|fmul|fdiv)\b|@llvm\.fmuladd", text):
        found.append("floating point")
    if re.search(r"\{ double, double \}|@cexp|@cabs", text):
        found.append("complex")
    if re.search(r"@_Z7barrierj", text):
        found.append("barrier")
    if re.search(r"@_Z\d+atomic_|\batomicrmw\b|\bcmpxchg\b", text):
        found.append("atomics")
    if re.search(r"<\d+ x ", text):
        found.append("vector types")
    elif o3_path and re.search(r"<\d+ x ", open(o3_path, encoding="utf-8").read()):
        found.append("vectorised at O3")
    return found, list(fns)


def describe(source):
    with open(source, encoding="utf-8") as f:
        first = f.readline().strip()
    m = re.match(r"^(?://|/\*)\s*([\w-]+):\s*(.*?)\s*(?:\*/)?$", first)
    if not m:
        sys.exit(f"sample_table.py: {source}:1: the first line must be a comment 'NAME: what it computes'")
    return m.group(2)


def row(name, lang, source, ll_dir, list_functions=True):
    paths = {lv: os.path.join(ll_dir, f"{name}.{lv}.ll") for lv in LEVELS}
    for lv, p in paths.items():
        if not os.path.exists(p):
            sys.exit(f"sample_table.py: missing {p}; run build.sh")
    feats, fns = features(paths["O0"], paths["O3"])
    shown = ", ".join(f"`{f}`" for f in fns) if list_functions else f"{len(fns)} functions"
    counts = " | ".join(str(instruction_count(paths[lv])) for lv in LEVELS)
    return f"| `{name}` | {lang} | {describe(source)} | {shown} | {', '.join(feats)} | {counts} |"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: sample_table.py README.md")
    readme = sys.argv[1]
    header = "| program | lang | what it computes | functions (-O0) | features (-O0 IR) | " + " | ".join(
        f"{lv} instrs" for lv in LEVELS) + " |\n|" + "---|" * 9
    rows = []
    for source in sorted(glob.glob("c/*.c")):
        rows.append(row(os.path.basename(source)[:-2], "C", source, "ll"))
    for source in sorted(glob.glob("opencl/*.cl")):
        rows.append(row(os.path.basename(source)[:-3], "OpenCL", source, "ll"))
    large = [row(os.path.basename(s)[:-2], "C", s, "large", list_functions=False) for s in sorted(glob.glob("large/*.c"))]
    n_c, n_cl = len(glob.glob("c/*.c")), len(glob.glob("opencl/*.cl"))
    files = glob.glob("ll/*.ll") + glob.glob("large/*.ll")
    size = sum(os.path.getsize(f) for f in files)
    generated = "\n".join([
        BEGIN,
        f"{n_c + n_cl} programs ({n_c} C, {n_cl} OpenCL) plus {len(large)} large module(s); "
        f"{len(files)} `.ll` files, {size / 1e6:.1f} MB.",
        "",
        "### Programs (`ll/`)",
        "",
        header, *rows,
        "",
        "### Large module (`large/`)",
        "",
        header, *large,
        END])
    text = open(readme, encoding="utf-8").read()
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        sys.exit(f"sample_table.py: {readme} lacks the markers {BEGIN} ... {END}")
    with open(readme, "w", encoding="utf-8") as f:
        f.write(text[:start] + generated + text[end + len(END):])


if __name__ == "__main__":
    main()
