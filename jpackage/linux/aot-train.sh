#!/usr/bin/env bash
# Trains the AOT caches of a Linux app-image and switches the launchers to them. Called by `./mvnw -Pdist package`.
#
# Usage: aot-train.sh APP_IMAGE_DIR
#
# A cache (JDK 25, JEP 483 with JEP 514's one-step -XX:AOTCacheOutput, JEP 515's method profiles) holds the classes
# a training run loaded, already parsed and linked, and their profiles. The training runs real work in the image
# itself (org.mire.cli.AotTraining, -Dmire.aot.training=PARTS): `cli` (--version, help, stats over all samples,
# graph), `encode` (the shipped model, a t-SNE of its vectors), `window` (the workbench in screenshot mode under
# JavaFX's headless platform). The JVM loads every class of its cache at start, so each launcher gets its own:
#   lib/app/mire-cli.aot  for bin/mire            (cli: short commands start fastest)
#   lib/app/mire.aot      for bin/mire-workbench  (cli,encode,window: the first window)
# (docs/decisions/0012-command-line-start-up.md; docs/benchmarks.md, "Command-line start-up" and "Installers").
#
# The JVM uses a cache only with the same runtime (the bundled one), the same class path with unchanged jar sizes
# and modification times, and the same GC and compressed-oops mode. So: the .deb keeps the image's modification
# times (deb-finish.sh); the launchers cap the heap below 32 GiB (-XX:MaxRAM=40g) so compressed oops stay on;
# where a cache still does not apply (e.g. an app-image copied without keeping times) the JVM starts without it.
# -Xlog:aot*=off and -Xlog:cds*=off keep its messages out of `mire`'s output; check with
# JAVA_TOOL_OPTIONS=-Xlog:class+load=info (classes then say "source: shared objects file").
set -euo pipefail

image=${1:?usage: aot-train.sh APP_IMAGE_DIR}
image=$(cd "$image" && pwd)
appdir="$image/lib/app"
[ -x "$image/bin/mire" ] && [ -x "$image/bin/mire-workbench" ] || { echo "aot-train: $image is not a MIRE Workbench app-image" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/mire-aot.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"

# Launchers without a cache first (a rerun on the same image starts clean).
for cfg in "$appdir"/*.cfg; do
  sed -i -e '/^java-options=-XX:AOTCache=/d' -e '/^java-options=-Xlog:aot\*\{0,1\}=off$/d' \
    -e '/^java-options=-Xlog:cds\*\{0,1\}=off$/d' "$cfg"
done
rm -f "$appdir"/*.aot

commands=$("$image/bin/mire" --help 2>/dev/null || true)
window=""
grep -qE '^  gui( |,|$)' <<<"$commands" && window=",window"

# train LAUNCHER CACHE PARTS: one training run of the launcher, writing the cache; its log on failure.
train() {
  local launcher=$1 cache=$2 parts=$3 start
  start=$(date +%s)
  # An empty home (no settings, no recent files); DJL's natives where the builder keeps them, extracted once.
  if ! env HOME="$work/home" DJL_CACHE_DIR="${DJL_CACHE_DIR:-$HOME/.djl.ai}" ENGINE_CACHE_DIR="${ENGINE_CACHE_DIR:-$HOME/.djl.ai}" \
      JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache -Dmire.aot.training=$parts -Duser.home=$work/home -Dglass.platform=Headless -Dprism.order=sw" \
      "$image/bin/$launcher" > "$work/$launcher.log" 2>&1 || [ ! -s "$cache" ]; then
    echo "aot-train: the training run failed ($launcher, $parts):" >&2
    tail -30 "$work/$launcher.log" >&2
    exit 1
  fi
  echo "aot-train: $(du -h "$cache" | cut -f1) AOT cache $(basename "$cache") for bin/$launcher from '$parts' in $(( $(date +%s) - start )) s"
}
train mire "$appdir/mire-cli.aot" cli
train mire-workbench "$appdir/mire.aot" "cli,encode$window"

# use CFG CACHE: the launcher's configuration points at its cache.
use() {
  local cfg=$1 cache=$2
  grep -q '^\[JavaOptions\]$' "$cfg" || { echo "aot-train: no [JavaOptions] in $cfg" >&2; exit 1; }
  # shellcheck disable=SC2016  # $APPDIR is the launcher's macro, not a shell variable
  sed -i "/^\[JavaOptions\]\$/a java-options=-XX:AOTCache=\$APPDIR/$cache\njava-options=-Xlog:aot*=off\njava-options=-Xlog:cds*=off" "$cfg"
}
use "$appdir/mire.cfg" mire-cli.aot
use "$appdir/mire-workbench.cfg" mire.aot

# The caches must be used right away, or something above is wrong.
for launcher in mire mire-workbench; do
  if ! env HOME="$work/home" JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Xlog:class+load=info" "$image/bin/$launcher" --version 2>&1 \
      | grep -q 'org.mire.cli.MireCommand source: shared objects file'; then
    echo "aot-train: bin/$launcher does not load its classes from its AOT cache" >&2
    exit 1
  fi
done
