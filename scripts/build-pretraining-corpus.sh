#!/usr/bin/env bash
# Builds the pre-training corpus of LLVM IR (see docs/corpus.md): fetches Debian source packages with
# `apt-get source` (without touching the system's apt configuration), prepares them so that more files compile
# (configure/cmake generate config headers; a few package-specific header stubs), generates csmith programs, then
# runs `mire corpus build` over everything at O0..O3 and `mire vocab build` over the train split.
# C/C++ packages are linked under pkgs/, packages with OpenCL kernels under opencl/ (only their .cl files are
# compiled, as OpenCL C, with the flags of scripts/corpus-recipe/opencl-flags.tsv).
#
# Not run by CI. Needs: apt-get + dpkg-source (Debian), curl, clang-16, csmith + libcsmith-dev, cmake, make, m4,
# perl, tclsh (sqlite3's header generation), network access to deb.debian.org, and the evaluation datasets
# ($MIRE_DATASETS, default ../shared/datasets beside the repository), whose kernels are kept out. Everything is
# resumable: rerun it after an interruption.
#
# Usage: scripts/build-pretraining-corpus.sh [options]
#   --work DIR          where sources are fetched and prepared (default ../scratch/corpus-src beside the repository)
#   --out DIR           the corpus folder (default ../scratch/corpus beside the repository); never inside the repository
#   --packages "A B"    Debian source packages of C/C++ code to include (default: the list below)
#   --opencl-packages "A B"  Debian source packages whose OpenCL kernels to include (default: the list below;
#                       llvm-toolchain-16 stands for its libclc folder only)
#   --csmith N          number of csmith programs (default 400; all are compiled, --max-share trims them)
#   --max-per-package N at most N source files per package, a stable sample (default 80)
#   --max-opencl N      at most N kernel files per OpenCL package (default 300; hashcat 60, libclc 120)
#   --max-share G=F     keep packages matching glob G within fraction F of the instructions; repeatable
#                       (default: csmith=0.15, hashcat-*=0.08, libclc-*=0.05)
#   --flags FILE        package-specific compile rules (default scripts/corpus-recipe/opencl-flags.tsv)
#   --jobs N            parallel compilations (default 2)
#   --opt LEVELS        optimisation levels (default O0,O1,O2,O3)
#   --retry STATUSES    passed to mire corpus build (e.g. compile-error after improving a package's preparation)
#   --skip-build        fetch and prepare only
#   --vocab-min-count N / --vocab-max-size N   passed to mire vocab build (defaults 5 / 8000)
#
# When the mirror has a package's upstream tarball but not its Debian packaging (apt-get source fails), the
# upstream tarball alone is unpacked (logged; the kernels are the same, only Debian's patches are missing).
set -euo pipefail
# The whole script is one block, read before it runs, so that editing the file mid-run cannot derail it.
{
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mire="${MIRE:-$repo/mire}"   # MIRE=/path/to/a/frozen/mire keeps a rebuild of the worktree from disturbing a long run
work="$repo/../scratch/corpus-src"
out="$repo/../scratch/corpus"
packages="sqlite3 zlib lua5.4 bzip2 libpng1.6 curl openssl gsl fftw3 ffmpeg libjpeg-turbo libzstd lz4 xz-utils pcre2
libxml2 libwebp tiff expat jq flac libogg libvorbis opus speex giflib libsodium brotli libyaml jansson libuv1 tcl8.6
glpk libsndfile libsamplerate lame mbedtls libssh2 nettle libarchive zopfli libdeflate redis bc cjson libgcrypt20
gnutls28 libtommath libtomcrypt mpfr4 gmp"
opencl_packages="hashcat opencv darktable gegl oclgrind starpu x264 mandelbulber2 openmm gromacs opensubdiv erlang-cl
llvm-toolchain-16"
csmith_count=400
max_per_package=80
max_opencl=300
max_share=()
flags="$repo/scripts/corpus-recipe/opencl-flags.tsv"
jobs=2
opt=O0,O1,O2,O3
skip_build=0
retry=""
vocab_min_count=5
vocab_max_size=8000
clang=clang-16

while [ $# -gt 0 ]; do
  case "$1" in
    --work) work="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --packages) packages="$2"; shift 2 ;;
    --opencl-packages) opencl_packages="$2"; shift 2 ;;
    --max-opencl) max_opencl="$2"; shift 2 ;;
    --max-share) max_share+=("$2"); shift 2 ;;
    --flags) flags="$2"; shift 2 ;;
    --csmith) csmith_count="$2"; shift 2 ;;
    --max-per-package) max_per_package="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --opt) opt="$2"; shift 2 ;;
    --skip-build) skip_build=1; shift ;;
    --retry) retry="$2"; shift 2 ;;
    --vocab-min-count) vocab_min_count="$2"; shift 2 ;;
    --vocab-max-size) vocab_max_size="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set /p' "$0" | grep '^#' | cut -c3-; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

[ ${#max_share[@]} -gt 0 ] || max_share=("csmith=0.15" "hashcat-*=0.08" "libclc-*=0.05")

work="$(realpath -m "$work")"
out="$(realpath -m "$out")"
case "$out/" in
  "$repo"/*) echo "refusing to write the corpus inside the repository ($out)" >&2; exit 2 ;;
esac

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

mkdir -p "$work"/{apt/lists/partial,unpacked,pkgs,opencl,csmith,extra,logs,cmake}

# --- 1. fetch Debian source packages, using a private apt state folder -------------------------------------------
apt_dir="$work/apt"
printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
  > "$apt_dir/src.sources"
apt_opts=(-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$apt_dir" -o Dir::State::Lists="$apt_dir/lists")
if [ -z "$(ls -A "$apt_dir/lists" 2>/dev/null | grep -v partial)" ]; then
  log "apt-get update (private lists in $apt_dir)"
  apt-get "${apt_opts[@]}" update -qq
fi

# The folder that apt-get source (or the upstream-tarball fallback, which records its name) unpacked for a
# package, or nothing.
unpacked_dir() {
  local pkg="$1"
  if [ -f "$work/logs/dir-$pkg" ]; then
    echo "$work/unpacked/$(cat "$work/logs/dir-$pkg")"
    return
  fi
  find "$work/unpacked" -maxdepth 1 -mindepth 1 -type d -name "${pkg}-*" | sort | head -n 1
}

# Downloads a package's upstream tarball(s) and unpacks them without the Debian packaging; extra arguments are
# tar member patterns (to unpack only part of a large tarball).
fetch_upstream() {
  local pkg="$1"; shift
  local uri file top=""
  while read -r uri file; do
    [ -f "$work/unpacked/$file" ] || curl -fsSL -o "$work/unpacked/$file.part" "$uri" \
      && { [ -f "$work/unpacked/$file" ] || mv "$work/unpacked/$file.part" "$work/unpacked/$file"; } || return 1
    # the main tarball first (component tarballs such as .orig-docs. unpack into it)
    case "$file" in *.orig.tar.*) top="$(tar -tf "$work/unpacked/$file" | head -n 1 | cut -d/ -f1)" ;; esac
    (cd "$work/unpacked" && nice -n 10 tar -xf "$file" --wildcards "$@") || return 1
  done < <(apt-get "${apt_opts[@]}" source --print-uris -qq "$pkg" | tr -d "'" \
            | awk '$2 ~ /\.orig(-[a-z0-9]+)?\.tar\./ {print $1, $2}' | sort -k2,2 -r)
  [ -n "$top" ] && echo "$top" > "$work/logs/dir-$pkg"
}

for pkg in $packages $opencl_packages; do
  if [ -z "$(unpacked_dir "$pkg")" ]; then
    log "fetching $pkg"
    case "$pkg" in
      llvm-toolchain-*)
        # 136 MB: only libclc, the OpenCL C library, is wanted
        fetch_upstream "$pkg" '*/libclc/*' > "$work/logs/fetch-$pkg.log" 2>&1 \
          || log "could not fetch $pkg (see $work/logs/fetch-$pkg.log)" ;;
      *)
        (cd "$work/unpacked" && nice -n 10 apt-get "${apt_opts[@]}" source -qq "$pkg" > "$work/logs/fetch-$pkg.log" 2>&1) \
          || { log "apt-get source $pkg failed; trying its upstream tarball alone"; \
               fetch_upstream "$pkg" >> "$work/logs/fetch-$pkg.log" 2>&1; } \
          || log "could not fetch $pkg (see $work/logs/fetch-$pkg.log)" ;;
    esac
  fi
done

# --- 2. prepare: generate config headers so that more translation units compile ---------------------------------
prepare() {
  local pkg="$1" dir="$2" name marker
  name="$(basename "$dir")"
  marker="$work/logs/prepared-$name"
  [ -f "$marker" ] && return 0
  log "preparing $name"
  local plog="$work/logs/prepare-$name.log"
  case "$pkg" in
    sqlite3)
      # The parser and opcode headers are generated at build time (lemon, mkkeywordhash).
      (cd "$dir" && CC="$clang" nice -n 10 timeout 900 ./configure > "$plog" 2>&1 \
        && nice -n 10 timeout 900 make parse.h opcodes.h keywordhash.h sqlite3.h >> "$plog" 2>&1) \
        || log "sqlite3: configure or header generation failed (see $plog)" ;;
    gsl)
      # Sources include <gsl/gsl_*.h>; the build links the headers into gsl/ first.
      (cd "$dir" && CC="$clang" nice -n 10 timeout 900 ./configure > "$plog" 2>&1 \
        && nice -n 10 make -C gsl header-links >> "$plog" 2>&1) || log "gsl: configure failed (see $plog)" ;;
    gmp)
      # Debian's dfsg tarball has no doc/, which configure insists on; configure needs m4.
      mkdir -p "$dir/doc" && touch "$dir/doc/Makefile.in"
      (cd "$dir" && CC="$clang" nice -n 10 timeout 900 ./configure > "$plog" 2>&1 \
        && nice -n 10 make fib_table.h fac_table.h mp_bases.h trialdivtab.h >> "$plog" 2>&1) \
        || log "gmp: configure failed (see $plog; is m4 installed?)" ;;
    lua5.4)
      # Debian's luaconf.h includes a header that debian/rules generates.
      echo '#define DEB_HOST_MULTIARCH "x86_64-linux-gnu"' > "$dir/src/lua5.4-deb-multiarch.h" ;;
    ffmpeg)
      (cd "$dir" && nice -n 10 timeout 900 ./configure --cc="$clang" --disable-x86asm --disable-doc > "$plog" 2>&1) \
        || log "ffmpeg configure failed (see $plog)" ;;
    openssl)
      # Configure, then only the generated headers (no compilation).
      (cd "$dir" && nice -n 10 timeout 900 ./Configure CC="$clang" > "$plog" 2>&1 \
        && nice -n 10 timeout 900 make build_generated >> "$plog" 2>&1) || log "openssl configure failed (see $plog)" ;;
    *)
      # Options that let configure finish without optional -dev packages installed.
      local extra=()
      case "$pkg" in
        curl) extra=(--without-ssl --without-libpsl --without-brotli --without-zstd --without-nghttp2 --without-libidn2) ;;
        libxml2) extra=(--without-python --without-lzma) ;;
        gnutls28) extra=(--with-included-libtasn1 --with-included-unistring --without-p11-kit --without-tpm --without-tpm2 --disable-doc) ;;
        libarchive) extra=(--without-openssl --without-xml2 --without-expat) ;;
        libssh2) extra=(--with-crypto=mbedtls) ;;
      esac
      if [ -x "$dir/configure" ]; then
        (cd "$dir" && CC="$clang" nice -n 10 timeout 900 ./configure "${extra[@]}" > "$plog" 2>&1) \
          || log "$name: configure failed (see $plog); its files compile without config.h or not at all"
      elif [ -f "$dir/CMakeLists.txt" ]; then
        # Configure into a scratch folder, then copy the generated top-level headers into the package root,
        # which mire corpus build puts on every file's include path.
        local build="$work/cmake/$name"
        if nice -n 10 timeout 900 cmake -S "$dir" -B "$build" -DCMAKE_C_COMPILER="$clang" > "$plog" 2>&1; then
          find "$build" -maxdepth 2 -name '*.h' -newer "$dir/CMakeLists.txt" | while read -r h; do
            [ -e "$dir/$(basename "$h")" ] || cp "$h" "$dir/"
          done
        else
          log "$name: cmake failed (see $plog)"
        fi
      fi ;;
  esac
  touch "$marker"
}

# pkgs/ holds links to exactly the packages asked for, so that --packages can build a corpus in stages.
find "$work/pkgs" -maxdepth 1 -type l -delete
for pkg in $packages; do
  dir="$(unpacked_dir "$pkg")"
  [ -n "$dir" ] || continue
  prepare "$pkg" "$dir"
  ln -sfn "$dir" "$work/pkgs/$(basename "$dir")"
done

# opencl/ likewise; the kernels need no configure, their macros come from the --flags rules.
find "$work/opencl" -maxdepth 1 -type l -delete
for pkg in $opencl_packages; do
  dir="$(unpacked_dir "$pkg")"
  [ -n "$dir" ] && [ -d "$dir" ] || continue
  case "$pkg" in
    llvm-toolchain-*) ln -sfn "$dir/libclc" "$work/opencl/libclc-$(basename "$dir" | sed 's/.*_//')" ;;
    *) ln -sfn "$dir" "$work/opencl/$(basename "$dir")" ;;
  esac
done

# --- 3. csmith programs -------------------------------------------------------------------------------------------
if [ "$csmith_count" -gt 0 ]; then
  command -v csmith >/dev/null || { echo "csmith is not installed: sudo apt-get install csmith libcsmith-dev" >&2; exit 1; }
  for seed in $(seq 1 "$csmith_count"); do
    f="$work/csmith/csmith-$seed.c"
    # in csmith/, where csmith leaves its platform.info
    [ -s "$f" ] || (cd "$work/csmith" && csmith --seed "$seed" > "$f")
  done
fi

[ "$skip_build" = 1 ] && { log "prepared; --skip-build given"; exit 0; }

# --- 4. the corpus ------------------------------------------------------------------------------------------------
from=("$work/pkgs")
[ -n "$(ls -A "$work/opencl")" ] && from+=("$work/opencl")
[ "$csmith_count" -gt 0 ] && from+=("$work/csmith")
# The project's own samples, linked so that they form one package named sample-ir.
if [ -d "$repo/sample-ir" ]; then
  ln -sfn "$repo/sample-ir" "$work/extra/sample-ir"
  from+=("$work/extra")
fi

log "building the corpus in $out from ${from[*]}"
start=$(date +%s)
# The evaluation kernels must be known to be kept out: no silent build without them.
datasets="${MIRE_DATASETS:-$repo/../shared/datasets}"
[ -d "$datasets" ] || { echo "no evaluation datasets at $datasets (set MIRE_DATASETS): refusing to build a corpus" \
  "that cannot keep the evaluation kernels out" >&2; exit 1; }
caps=()
for cap in "${max_share[@]}"; do caps+=(--max-share "$cap"); done
nice -n 10 "$mire" corpus build --from "${from[@]}" --out "$out" --opt "$opt" --jobs "$jobs" \
  --clang "$clang" --include /usr/include/csmith --flags "$flags" "${caps[@]}" --datasets "$datasets" \
  --max-per-package "$max_per_package" --max-per-package-of "csmith=0" --max-per-package-of "opencl/hashcat-*=60" \
  --max-per-package-of "opencl/libclc-*=120" \
  --max-per-package-of "opencl/*=$max_opencl" ${retry:+--retry "$retry"}
log "corpus build took $(( $(date +%s) - start )) s"

# --- 5. the vocabulary --------------------------------------------------------------------------------------------
nice -n 10 "$mire" vocab build --corpus "$out" --out "$out/vocab.txt" --min-count "$vocab_min_count" \
  --max-size "$vocab_max_size" --jobs "$jobs"

{
  echo "usable: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "packages: $(ls "$work/pkgs" | tr '\n' ' ')"
  echo "OpenCL packages: $(ls "$work/opencl" | tr '\n' ' ')"
  echo "csmith programs: $csmith_count"
  echo "opt levels: $opt; at most $max_per_package sources per package, $max_opencl per OpenCL package (hashcat 60, libclc 120)"
  echo "share caps: ${max_share[*]}"
  echo "manifest: $out/manifest.csv; summary: $out/corpus.json; vocabulary: $out/vocab.txt"
} > "$out/READY"
log "done: $out/READY"
exit 0
}
