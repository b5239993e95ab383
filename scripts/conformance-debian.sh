#!/usr/bin/env bash
# Larger parser conformance run (not in CI; results in docs/benchmarks.md, "LLVM IR parser").
#
# 1. Fetches Debian sources of sqlite3, zlib and lua5.4 (apt-get source, without touching the system's apt
#    configuration), builds the sqlite3 amalgamation, and compiles every C file with clang-16 at -O0 and -O2, and
#    also at -O0 -g (debug info) and -O2 with typed pointers (-Xclang -no-opaque-pointers, the IR of LLVM <= 14).
#    Files that do not compile without the package's configure step are skipped and counted.
# 2. Compiles the Rust programs in scripts/conformance-rust/ with rustc (LLVM 22 IR) at opt-level 2 and 0, with
#    and without debug info (-g: debug records #dbg_value ...).
# 3. Runs `mire bench conformance` on each set: our parse must succeed and every function's instruction count
#    must equal LLVM's (opt-16 -S round trip; for rustc's LLVM 22 IR, which opt-16 cannot read, the instruction
#    lines of rustc's own output).
#
# Usage: scripts/conformance-debian.sh [WORKDIR]     (default ../scratch/conformance beside the repository; nothing goes in the repo)
# Needs: clang-16, llvm-16 (opt-16), rustc, tclsh (to build the sqlite3 amalgamation), network to deb.debian.org.
set -euo pipefail
shopt -s nullglob
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$repo/../scratch/conformance}"
mkdir -p "$work/src" "$work/ir" "$work/apt/lists/partial"
nice="nice -n 10"

# ---- 1. Debian sources -------------------------------------------------------------------------------------
printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
  > "$work/apt/src.sources"
apt_opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$work/apt" -o "Dir::State::Lists=$work/apt/lists")
cd "$work/src"
source_dir() { # the unpacked source folder of a package, or nothing
  local d
  for d in "$work"/src/"$1"-*/; do echo "${d%/}"; return; done
}
if [ -z "$(source_dir sqlite3)" ] || [ -z "$(source_dir zlib)" ] || [ -z "$(source_dir lua5.4)" ]; then
  echo "fetching Debian sources of sqlite3 zlib lua5.4 ..."
  apt-get "${apt_opts[@]}" update >/dev/null
  apt-get "${apt_opts[@]}" source sqlite3 zlib lua5.4 >/dev/null 2>&1
fi
sqlite_dir="$(source_dir sqlite3)"
zlib_dir="$(source_dir zlib)"
lua_dir="$(source_dir lua5.4)"
for d in "$sqlite_dir" "$zlib_dir" "$lua_dir"; do
  [ -n "$d" ] || { echo "apt-get source did not unpack all of sqlite3 zlib lua5.4 in $work/src" >&2; exit 1; }
done

# sqlite3: the amalgamation (one ~9 MB C file) and the individual sources it is built from
if [ ! -f "$sqlite_dir/bld/sqlite3.c" ]; then
  echo "building the sqlite3 amalgamation ..."
  mkdir -p "$sqlite_dir/bld"
  (cd "$sqlite_dir/bld" && $nice ../configure --disable-tcl >/dev/null 2>&1 && $nice make sqlite3.c >/dev/null 2>&1) \
    || { echo "could not build sqlite3.c (needs tclsh)" >&2; exit 1; }
fi

# lua5.4: Debian's patch includes a header that debian/rules generates; generate it the same way
multiarch="$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)"
if [ ! -f "$lua_dir/src/lua5.4-deb-multiarch.h" ]; then
  printf '#ifndef _LUA_DEB_MULTIARCH_\n#define _LUA_DEB_MULTIARCH_\n#define DEB_HOST_MULTIARCH "%s"\n#endif\n' "$multiarch" \
    > "$lua_dir/src/lua5.4-deb-multiarch.h"
fi

# compile SET VARIANT INCLUDES... -- FILES...: each .c to $work/ir/SET-VARIANT/<name>.ll, counting what does not
# compile. Variants: O0, O2, O0g (-O0 -g: debug info), O2typed (-O2 with typed pointers, as LLVM <= 14 printed).
compile() {
  local set="$1" variant="$2"; shift 2
  local includes=()
  while [ "$1" != "--" ]; do includes+=("-I$1"); shift; done
  shift
  local flags
  case "$variant" in
    O0) flags=(-O0) ;;
    O2) flags=(-O2) ;;
    O0g) flags=(-O0 -g) ;;
    O2typed) flags=(-O2 -Xclang -no-opaque-pointers) ;;
  esac
  local out="$work/ir/$set-$variant"
  mkdir -p "$out"
  local failed=0 total=0
  for c in "$@"; do
    total=$((total + 1))
    local ll="$out/$(basename "${c%.c}").ll"
    [ -f "$ll" ] && continue
    if ! $nice clang-16 -w -S -emit-llvm "${flags[@]}" "${includes[@]}" -DHAVE_CONFIG_H -DLUA_USE_LINUX \
        -o "$ll.tmp" "$c" 2>/dev/null; then
      rm -f "$ll.tmp"
      failed=$((failed + 1))
    else
      mv "$ll.tmp" "$ll"
    fi
  done
  echo "$set $variant (clang-16 ${flags[*]}): $total C files, $failed did not compile without configure (skipped)" \
    | tee -a "$work/compile-summary.txt"
}

: > "$work/compile-summary.txt"
for variant in O0 O2 O0g O2typed; do
  compile sqlite3-amalgamation "$variant" "$sqlite_dir/bld" -- "$sqlite_dir/bld/sqlite3.c" "$sqlite_dir/bld/shell.c"
  compile sqlite3-sources "$variant" "$sqlite_dir/bld/tsrc" "$sqlite_dir/bld" -- "$sqlite_dir"/bld/tsrc/*.c
  compile zlib "$variant" "$zlib_dir" -- "$zlib_dir"/*.c "$zlib_dir"/contrib/minizip/*.c
  compile lua5.4 "$variant" "$lua_dir/src" -- "$lua_dir"/src/*.c
done

# ---- 2. Rust (LLVM 22) -----------------------------------------------------------------------------------------
mkdir -p "$work/ir/rust"
for rs in "$repo"/scripts/conformance-rust/*.rs; do
  base="$(basename "${rs%.rs}")"
  for variant in "O2:-C opt-level=2" "O0:-C opt-level=0" "O2g:-C opt-level=2 -g" "O0g:-C opt-level=0 -g"; do
    name="${variant%%:*}"
    # shellcheck disable=SC2086
    [ -f "$work/ir/rust/$base-$name.ll" ] || $nice rustc --emit=llvm-ir ${variant#*:} -o "$work/ir/rust/$base-$name.ll" "$rs"
  done
done
echo "rust: $(rustc --version), $(ls "$work"/ir/rust/*.ll | wc -l) files" | tee -a "$work/compile-summary.txt"

# ---- 3. Conformance ------------------------------------------------------------------------------------------
cd "$repo"
: > "$work/conformance-summary.txt"
for set in "$work"/ir/*/; do
  name="$(basename "$set")"
  size="$(du -sh "$set" | cut -f1)"
  ./mire bench conformance --quiet "$set" > "$work/conformance-$name.txt" || true
  echo "$name ($size): $(tail -1 "$work/conformance-$name.txt")" | tee -a "$work/conformance-summary.txt"
  grep -v '^files ' "$work/conformance-$name.txt" | head -20 || true
done
echo "summaries: $work/compile-summary.txt $work/conformance-summary.txt"
