#!/usr/bin/env bash
# Bundles the native BLAS/LAPACK/ARPACK that Smile needs into a Linux app-image, so projections work on a machine
# without them (e.g. a bare Debian 12) and with no network. Called by `./mvnw -Pdist package` (app/pom.xml).
#
# Usage: bundle-natives.sh APP_IMAGE_DIR
#
# Why it is done this way: Smile 6.2.5 binds through FFM with SymbolLookup.libraryLookup("libopenblas.so") and
# ("libarpack.so"), i.e. plain dlopen() of *unversioned* names. dlopen searches LD_LIBRARY_PATH, the RPATH of the
# calling object and of the main executable, the ld.so cache and /lib,/usr/lib -- never java.library.path, and the
# JVM's own libraries carry no RPATH. So the libraries go to APP_IMAGE/lib/native and both jpackage launchers
# (bin/*) get DT_RPATH=$ORIGIN/../lib/native (an RPATH, not a RUNPATH: only the main executable's RPATH is searched
# for a dlopen() made by libjvm). $ORIGIN is the launcher's real path, so /usr/bin/mire -> /opt/.../bin/mire works.
#
# The libraries are Debian's own (libopenblas0-pthread, libarpack2, libgfortran5, libquadmath0) from the build
# machine, unmodified, under the file names Debian gives them plus the two unversioned links Smile asks for:
#   libopenblas.so.0 (+ libopenblas.so ->), libblas.so.3, liblapack.so.3 (OpenBLAS's BLAS/LAPACK, RUNPATH $ORIGIN),
#   libarpack.so.2 (+ libarpack.so ->), libgfortran.so.5, libquadmath.so.0.
# Their copyright files go to APP_IMAGE/lib/app/legal/native/. Needs: patchelf, readelf (binutils), dpkg.
set -euo pipefail

image=${1:?usage: bundle-natives.sh APP_IMAGE_DIR}
[ -d "$image/bin" ] && [ -d "$image/lib/app" ] || { echo "bundle-natives: $image is not a jpackage app-image" >&2; exit 1; }
for tool in patchelf readelf dpkg-query; do
  command -v "$tool" >/dev/null || { echo "bundle-natives: $tool is missing (apt-get install patchelf binutils)" >&2; exit 1; }
done

case "$(uname -m)" in
  x86_64) triplet=x86_64-linux-gnu ;;
  aarch64) triplet=aarch64-linux-gnu ;;
  *) echo "bundle-natives: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
libdir=/usr/lib/$triplet

# real FILE: the file a library name resolves to on this machine, or a message naming the Debian package.
real() {
  local name=$1 package=$2
  if [ ! -e "$libdir/$name" ]; then
    echo "bundle-natives: $libdir/$name not found; install it first: apt-get install $package" >&2
    exit 1
  fi
  readlink -f "$libdir/$name"
}

openblas=$(real libopenblas.so.0 libopenblas0-pthread)
openblas_dir=$(dirname "$openblas")   # e.g. .../openblas-pthread: OpenBLAS's libblas.so.3/liblapack.so.3 live beside it
arpack=$(real libarpack.so.2 libarpack2)
gfortran=$(real libgfortran.so.5 libgfortran5)
quadmath=$(real libquadmath.so.0 libquadmath0)
for name in libblas.so.3 liblapack.so.3; do
  [ -f "$openblas_dir/$name" ] || { echo "bundle-natives: $openblas_dir/$name missing (libopenblas0-pthread)" >&2; exit 1; }
done

native="$image/lib/native"
legal="$image/lib/app/legal/native"
rm -rf "$native" "$legal"
mkdir -p "$native" "$legal"
install -m 0644 "$openblas" "$native/libopenblas.so.0"
install -m 0644 "$openblas_dir/libblas.so.3" "$native/libblas.so.3"
install -m 0644 "$openblas_dir/liblapack.so.3" "$native/liblapack.so.3"
install -m 0644 "$arpack" "$native/libarpack.so.2"
install -m 0644 "$gfortran" "$native/libgfortran.so.5"
install -m 0644 "$quadmath" "$native/libquadmath.so.0"
ln -s libopenblas.so.0 "$native/libopenblas.so"
ln -s libarpack.so.2 "$native/libarpack.so"

# Everything the bundled libraries need must be bundled too or be part of every glibc system.
system_libs=' libc.so.6 libm.so.6 libpthread.so.0 libdl.so.2 librt.so.1 libgcc_s.so.1 ld-linux-x86-64.so.2 ld-linux-aarch64.so.1 '
for lib in "$native"/*.so.*; do
  for needed in $(readelf -d "$lib" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    if [ ! -e "$native/$needed" ] && [[ "$system_libs" != *" $needed "* ]]; then
      echo "bundle-natives: $(basename "$lib") needs $needed, which is neither bundled nor a glibc/libgcc library" >&2
      exit 1
    fi
  done
done

# Launchers: every ELF executable in bin/ (the workbench launcher and mire).
launchers=0
for launcher in "$image"/bin/*; do
  [ -f "$launcher" ] && [ "$(head -c 4 "$launcher" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
  patchelf --force-rpath --set-rpath '$ORIGIN/../lib/native' "$launcher"
  readelf -d "$launcher" | grep -q 'RPATH.*\$ORIGIN/../lib/native' || { echo "bundle-natives: RPATH not set on $launcher" >&2; exit 1; }
  launchers=$((launchers + 1))
done
[ "$launchers" -ge 2 ] || { echo "bundle-natives: expected the workbench and mire launchers in $image/bin" >&2; exit 1; }

# Licences: each library's Debian copyright file, and a listing with package versions.
{
  echo "Native libraries in lib/native (copied unmodified from Debian packages of the build machine)."
  echo "Smile (GPL-3.0) calls them for BLAS/LAPACK (PCA, UMAP, ...) and ARPACK (UMAP's spectral layout)."
  echo
  printf '%-20s %-24s %-28s %s\n' "file" "Debian package" "version" "licence text"
  for pair in "libopenblas.so.0:$openblas" "libblas.so.3:$openblas_dir/libblas.so.3" \
      "liblapack.so.3:$openblas_dir/liblapack.so.3" "libarpack.so.2:$arpack" "libgfortran.so.5:$gfortran" \
      "libquadmath.so.0:$quadmath"; do
    file=${pair%%:*}; source=${pair#*:}
    package=$(dpkg-query -S "$source" 2>/dev/null | head -1 | cut -d: -f1) || true
    if [ -z "$package" ]; then
      # The path may be reached through a symlinked directory (/lib -> /usr/lib): ask for the other spelling.
      package=$(dpkg-query -S "${source#/usr}" 2>/dev/null | head -1 | cut -d: -f1) || true
    fi
    [ -n "$package" ] || { echo "bundle-natives: no Debian package owns $source" >&2; exit 1; }
    version=$(dpkg-query -W -f='${Version}' "$package")
    copyright=/usr/share/doc/${package%%:*}/copyright
    [ -f "$copyright" ] || { echo "bundle-natives: $copyright missing" >&2; exit 1; }
    cp -L "$copyright" "$legal/${package%%:*}.copyright"
    printf '%-20s %-24s %-28s %s\n' "$file" "${package%%:*}" "$version" "legal/native/${package%%:*}.copyright"
  done
} > "$legal/NATIVE-LIBRARIES.txt"

echo "bundle-natives: $(du -sh "$native" | cut -f1) of BLAS/LAPACK/ARPACK in $native; RPATH set on $launchers launchers"
