#!/usr/bin/env bash
# Installs the .deb in a bare Debian 12 (bookworm) chroot made with debootstrap and runs the offline proof there
# (documented in jpackage/README.md; not part of CI: it needs root and the Debian mirror).
#
#   sudo scripts/deb-chroot-check.sh                  build the .deb if missing (./mvnw -Pdist,deb package), check it
#   sudo scripts/deb-chroot-check.sh --deb FILE       check this .deb
#        --chroot DIR   where the chroot lives (default /var/tmp/mire-bookworm; reused when it already exists)
#        --fresh        delete an existing chroot first
#        --mirror URL   Debian mirror (default http://deb.debian.org/debian)
#
# Steps: debootstrap --variant=minbase bookworm; apt-get install --no-install-recommends ./THE.deb (apt fetches only
# the package's Depends); check /usr/bin/mire, the menu entry and the MIME types; run scripts/offline-proof.sh inside
# the chroot against /opt/mire-workbench with /usr/bin/mire -- empty home, no network (unshare -n), DJL natives from
# the bundle, PCA/UMAP through the bundled OpenBLAS/ARPACK, the window headless; then remove the package and check
# that /usr/bin/mire and the menu entry went with it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

deb=""
chroot_dir=/var/tmp/mire-bookworm
mirror=http://deb.debian.org/debian
fresh=0
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) deb=$2; shift 2 ;;
    --chroot) chroot_dir=$2; shift 2 ;;
    --mirror) mirror=$2; shift 2 ;;
    --fresh) fresh=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "deb-chroot-check: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "deb-chroot-check: needs root (debootstrap, chroot, mounts)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "deb-chroot-check: apt-get install debootstrap" >&2; exit 2; }

if [ -z "$deb" ]; then
  deb=$(ls "$root"/app/target/dist/installer/*.deb 2>/dev/null | head -1 || true)
  if [ -z "$deb" ]; then
    if [ -z "${JAVA_HOME:-}" ]; then
      for candidate in /usr/lib/jvm/temurin-25*; do [ -x "$candidate/bin/java" ] && export JAVA_HOME="$candidate" && break; done
    fi
    (cd "$root" && ./mvnw -B -q -Pdist,deb package -DskipTests)
    deb=$(ls "$root"/app/target/dist/installer/*.deb | head -1)
  fi
fi
deb=$(readlink -f "$deb")
echo "deb-chroot-check: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
mount_in() { mkdir -p "$chroot_dir$2"; mount "${@:3}" "$1" "$chroot_dir$2"; mounted+=("$chroot_dir$2"); }

if [ "$fresh" = 1 ] && [ -d "$chroot_dir" ]; then rm -rf --one-file-system "$chroot_dir"; fi
if [ ! -x "$chroot_dir/usr/bin/apt-get" ]; then
  echo "deb-chroot-check: debootstrap --variant=minbase bookworm $chroot_dir $mirror"
  start=$(date +%s)
  debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror" > "$chroot_dir.debootstrap.log" 2>&1 \
    || { tail -20 "$chroot_dir.debootstrap.log" >&2; exit 1; }
  echo "deb-chroot-check: debootstrap took $(( $(date +%s) - start )) s"
fi
mount_in proc /proc -t proc
mount_in sysfs /sys -t sysfs
mount_in /dev /dev --bind
mount_in devpts /dev/pts -t devpts
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
in_chroot() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }

# A previous run's package goes first, so that this is a fresh install.
if in_chroot dpkg -s mire-workbench >/dev/null 2>&1; then
  if ! in_chroot apt-get purge -y -qq mire-workbench >/dev/null 2>&1; then
    # A broken earlier package whose removal scripts fail: drop them, then purge.
    rm -f "$chroot_dir"/var/lib/dpkg/info/mire-workbench.{prerm,postrm}
    in_chroot dpkg --purge --force-remove-reinstreq mire-workbench >/dev/null
  fi
fi

echo "deb-chroot-check: packages before: $(in_chroot dpkg-query -f '.\n' -W | wc -l) (minbase)"
cp "$deb" "$chroot_dir/tmp/"
in_chroot apt-get update -qq
start=$(date +%s)
in_chroot apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" > "$chroot_dir/tmp/install.log" 2>&1 \
  || { tail -30 "$chroot_dir/tmp/install.log" >&2; exit 1; }
echo "deb-chroot-check: apt-get install took $(( $(date +%s) - start )) s; packages after: $(in_chroot dpkg-query -f '.\n' -W | wc -l)"

failed=0
check() { if eval "$2"; then echo "deb-chroot-check: PASS  $1"; else echo "deb-chroot-check: FAIL  $1"; failed=1; fi; }
check "/usr/bin/mire -> /opt/mire-workbench/bin/mire" '[ "$(readlink "$chroot_dir/usr/bin/mire")" = /opt/mire-workbench/bin/mire ]'
desktop=$(ls "$chroot_dir"/usr/share/applications/*mire*.desktop 2>/dev/null || true)
check "one menu entry (the workbench, not the CLI): $(basename "${desktop:-none}")" \
  '[ "$(echo "$desktop" | grep -c .)" = 1 ] && grep -q "^Exec=/opt/mire-workbench/bin/mire-workbench %F" "$desktop"'
mime_ok() {
  local glob
  for glob in '*.ll' '*.bc' '*.mlir'; do
    grep -rqsF "pattern=\"$glob\"" "$chroot_dir/usr/share/mime/packages/" || return 1
  done
}
check "MIME types registered for .ll .bc .mlir" mime_ok
check "no system OpenBLAS/ARPACK/gfortran installed (the bundle is what is used)" \
  '! in_chroot dpkg -s libopenblas0-pthread libopenblas0 libarpack2 libgfortran5 >/dev/null 2>&1'

# The checker itself needs unzip (to compare the extracted natives with the jar); the application does not.
in_chroot apt-get install -y -qq --no-install-recommends unzip > /dev/null
cp "$root/scripts/offline-proof.sh" "$chroot_dir/tmp/offline-proof.sh"
echo "deb-chroot-check: running the offline proof inside the chroot"
if ! in_chroot bash /tmp/offline-proof.sh --image /opt/mire-workbench --launchers /usr/bin; then failed=1; fi

in_chroot apt-get remove -y -qq mire-workbench > /dev/null
check "removal takes /usr/bin/mire and the menu entry with it" \
  '[ ! -e "$chroot_dir/usr/bin/mire" ] && [ ! -L "$chroot_dir/usr/bin/mire" ] && ! ls "$chroot_dir"/usr/share/applications/*mire*.desktop >/dev/null 2>&1'

if [ "$failed" = 0 ]; then echo "deb-chroot-check: all checks passed"; else echo "deb-chroot-check: some checks FAILED"; fi
exit "$failed"
