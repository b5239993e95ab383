#!/usr/bin/env bash
# Regenerates every .ll in sample-ir/ from its source with clang-16, checks each with llvm-as-16, records the source
# checksums (sources.sha256, used by SampleIrTest) and rewrites the generated table in README.md.
# Deterministic: running it twice gives byte-identical files (check with `git status` / `git diff`).
#
#   sample-ir/build.sh            regenerate everything
#   sample-ir/check.sh            (separate) compile and run the programs to check that they are correct
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")"

require() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "build.sh: $1 not found on PATH; install the Debian/Ubuntu package '$2' (apt-get install $2)" >&2
        exit 1
    fi
}
require clang-16 clang-16
require llvm-as-16 llvm-16
require python3 python3
require sha256sum coreutils

# Pin the target so the output does not depend on the host; -fno-ident drops the compiler's version string
# (the only host-specific text outside debug info); -fdebug-compilation-dir=. keeps absolute paths out of -g files.
COMMON=(--target=x86_64-pc-linux-gnu -S -emit-llvm -fno-ident -fdebug-compilation-dir=. -Wall -Wextra -Werror)
C_FLAGS=(-std=c17)
CL_FLAGS=(-x cl -cl-std=CL2.0 -Xclang -finclude-default-header)
LEVELS=(0 1 2 3)

shopt -s nullglob
sources=(c/*.c opencl/*.cl)
large=(large/*.c)
if [[ ${#sources[@]} -eq 0 ]]; then
    echo "build.sh: no sources in c/ or opencl/" >&2
    exit 1
fi

# Program names must be unique across languages: all small-program IR lives in one flat ll/ folder.
dups=$(for s in "${sources[@]}"; do n=${s##*/}; echo "${n%.*}"; done | sort | uniq -d)
if [[ -n "$dups" ]]; then
    echo "build.sh: duplicate program names across c/ and opencl/: $dups" >&2
    exit 1
fi

compile() { # compile SOURCE OUTPUT FLAGS...
    local src=$1 out=$2
    shift 2
    local flags=("${COMMON[@]}")
    case "$src" in
        *.c) flags+=("${C_FLAGS[@]}") ;;
        *.cl) flags+=("${CL_FLAGS[@]}") ;;
        *) echo "build.sh: unknown source type: $src" >&2; exit 1 ;;
    esac
    if ! clang-16 "${flags[@]}" "$@" "$src" -o "$out.tmp"; then
        rm -f "$out.tmp"
        echo "build.sh: clang-16 failed on $src ($*)" >&2
        exit 1
    fi
    if ! llvm-as-16 -o /dev/null "$out.tmp"; then
        echo "build.sh: llvm-as-16 rejects $out.tmp (from $src)" >&2
        exit 1
    fi
    mv "$out.tmp" "$out"
}

rm -f ll/*.ll large/*.ll
count=0
for src in "${sources[@]}"; do
    name=${src##*/}
    name=${name%.*}
    for o in "${LEVELS[@]}"; do
        compile "$src" "ll/$name.O$o.ll" "-O$o"
        count=$((count + 1))
    done
    compile "$src" "ll/$name.O1.g.ll" -O1 -g # real !dbg locations for the source-location features
    count=$((count + 1))
done
for src in "${large[@]}"; do
    name=${src##*/}
    name=${name%.*}
    for o in "${LEVELS[@]}"; do
        compile "$src" "large/$name.O$o.ll" "-O$o"
        count=$((count + 1))
    done
done

sha256sum "${sources[@]}" "${large[@]}" > sources.sha256
python3 tools/sample_table.py README.md
echo "build.sh: wrote $count .ll files ($(du -ch ll/*.ll large/*.ll | tail -1 | cut -f1) in total), all accepted by llvm-as-16"
