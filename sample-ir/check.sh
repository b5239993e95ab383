#!/usr/bin/env bash
# Checks that the sample programs are correct: compiles every C program (and large/*.c) natively with clang-16 and
# runs it (each main verifies its own result and exits 0 only when it is right), then builds tools/opencl_check.c and
# runs every OpenCL kernel against a C reference when an OpenCL runtime is installed (Debian: pocl-opencl-icd
# ocl-icd-opencl-dev opencl-c-headers). Set OPENCL=require to fail instead of skipping when it is not.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")"

if ! command -v clang-16 >/dev/null 2>&1; then
    echo "check.sh: clang-16 not found on PATH; install the Debian/Ubuntu package 'clang-16'" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failed=()
for src in c/*.c large/*.c; do
    name=${src##*/}
    name=${name%.c}
    if ! clang-16 -std=c17 -O2 -Wall -Wextra -Werror "$src" -o "$work/$name" -lm; then
        failed+=("$name (compile)")
        continue
    fi
    if "$work/$name" > "$work/$name.out" 2>&1; then
        printf '%-20s ok   %s\n' "$name" "$(tail -n 1 "$work/$name.out")"
    else
        printf '%-20s FAIL (exit %d)\n' "$name" "$?"
        sed 's/^/    /' "$work/$name.out" | tail -n 20
        failed+=("$name")
    fi
done

if [[ -f /usr/include/CL/cl.h ]] && { [[ -d /etc/OpenCL/vendors ]] && ls /etc/OpenCL/vendors/*.icd >/dev/null 2>&1; }; then
    if clang-16 -std=c17 -O1 -Wall -Wextra -Werror tools/opencl_check.c -o "$work/opencl_check" -lOpenCL -lm; then
        "$work/opencl_check" opencl | tee "$work/opencl.out" || failed+=("opencl kernels")
        for cl in opencl/*.cl; do # every kernel file needs a check in tools/opencl_check.c
            name=${cl##*/}
            name=${name%.cl}
            grep -q "^$name  *ok" "$work/opencl.out" || failed+=("$name (not checked by tools/opencl_check.c)")
        done
    else
        failed+=("opencl_check (compile)")
    fi
elif [[ "${OPENCL:-}" == require ]]; then
    echo "check.sh: no OpenCL runtime/headers; install pocl-opencl-icd ocl-icd-opencl-dev opencl-c-headers" >&2
    failed+=("opencl (missing runtime)")
else
    echo "check.sh: OpenCL kernels skipped (install pocl-opencl-icd ocl-icd-opencl-dev opencl-c-headers to run them)"
fi

if ((${#failed[@]})); then
    echo "check.sh: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "check.sh: all programs correct"
