#!/usr/bin/env bash
# Makes the large modules `mire bench cli` times (docs/benchmarks.md, "Command-line start-up"); nothing goes in the
# repository. Two single-file C libraries from Debian 12 source packages, compiled by clang-16:
#   zstd.Os.ll     libzstd 1.5.4's single-file library (build/single_file_libs/combine.py), -Os: 8.7 MB
#   sqlite3.O0.ll  sqlite 3.40.1's amalgamation (configure && make sqlite3.c; needs tclsh), -O0: 12.5 MB
#
# Usage: scripts/cli-bench-inputs.sh [WORKDIR]   (default ../scratch/cli-bench beside the repository)
# Needs: clang-16, python3, tclsh, network to deb.debian.org.
set -euo pipefail
shopt -s nullglob
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$repo/../scratch/cli-bench}"
mkdir -p "$work/src" "$work/apt/lists/partial"
printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
  > "$work/apt/src.sources"
apt_opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$work/apt" -o "Dir::State::Lists=$work/apt/lists")
source_dir() { local d; for d in "$work"/src/"$1"-*/; do echo "${d%/}"; return; done; }
cd "$work/src"
if [ -z "$(source_dir sqlite3)" ] || [ -z "$(source_dir libzstd)" ]; then
  apt-get "${apt_opts[@]}" update >/dev/null
  apt-get "${apt_opts[@]}" source sqlite3 libzstd >/dev/null 2>&1
fi
sqlite=$(source_dir sqlite3); zstd=$(source_dir libzstd)
[ -n "$sqlite" ] && [ -n "$zstd" ] || { echo "apt-get source did not unpack sqlite3 and libzstd in $work/src" >&2; exit 1; }

if [ ! -f "$sqlite/bld/sqlite3.c" ]; then
  mkdir -p "$sqlite/bld"
  (cd "$sqlite/bld" && ../configure --disable-tcl >/dev/null 2>&1 && make sqlite3.c >/dev/null 2>&1) \
    || { echo "could not build sqlite3.c (needs tclsh)" >&2; exit 1; }
fi
[ -f "$work/sqlite3.O0.ll" ] || clang-16 -w -S -emit-llvm -O0 -o "$work/sqlite3.O0.ll" "$sqlite/bld/sqlite3.c"

single="$zstd/build/single_file_libs"
[ -f "$single/zstd.c" ] || (cd "$single" && python3 combine.py -r ../../lib -x legacy/zstd_legacy.h -o zstd.c zstd-in.c >/dev/null)
[ -f "$work/zstd.Os.ll" ] || clang-16 -w -S -emit-llvm -Os -o "$work/zstd.Os.ll" "$single/zstd.c"

ls -l "$work"/*.ll
