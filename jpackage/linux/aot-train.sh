#!/usr/bin/env bash
# Trains an AOT cache for a Linux app-image and switches both launchers to it. Called by `./mvnw -Pdist package`.
#
# Usage: aot-train.sh APP_IMAGE_DIR
#
# The cache (JDK 25, JEP 483 with JEP 514's one-step -XX:AOTCacheOutput) holds the classes the training run loaded,
# already parsed and linked, plus method profiles: the window appears about twice as fast (docs/benchmarks.md,
# "Installers"). The training run is the image itself: the workbench window in screenshot mode under JavaFX's
# headless platform (it opens a bundled sample, parses it, builds and lays out its graph), or `mire graph` on a
# sample while the build has no window.
#
# The JVM uses the cache only with the same runtime (the bundled one), the same class path with unchanged jar sizes
# and modification times, and the same GC and compressed-oops mode. So: the .deb keeps the image's modification
# times (deb-finish.sh); the launchers cap the heap below 32 GiB (-XX:MaxRAM=40g) so compressed oops stay on;
# where the cache still does not apply (e.g. an app-image copied without keeping times) the JVM starts without it.
# -Xlog:aot=off and -Xlog:cds=off keep its messages out of `mire`'s output; check with
# JAVA_TOOL_OPTIONS=-Xlog:class+load=info (classes then say "source: shared objects file").
set -euo pipefail

image=${1:?usage: aot-train.sh APP_IMAGE_DIR}
image=$(cd "$image" && pwd)
appdir="$image/lib/app"
cache="$appdir/mire.aot"
[ -x "$image/bin/mire" ] && [ -x "$image/bin/mire-workbench" ] || { echo "aot-train: $image is not a MIRE Workbench app-image" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/mire-aot.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"

# Launchers without a cache first (a rerun on the same image starts clean).
for cfg in "$appdir"/*.cfg; do
  sed -i -e '/^java-options=-XX:AOTCache=/d' -e '/^java-options=-Xlog:aot=off$/d' -e '/^java-options=-Xlog:cds=off$/d' "$cfg"
done
rm -f "$cache"

sample=""
for candidate in "$appdir"/sample-ir/ll/quicksort.O1.ll "$appdir"/sample-ir/ll/*.ll; do
  if [ -f "$candidate" ]; then sample=$candidate; break; fi
done
[ -n "$sample" ] || { echo "aot-train: no sample-ir/ll/*.ll in $appdir" >&2; exit 1; }
commands=$("$image/bin/mire" --help 2>/dev/null || true)
if grep -qE '^  gui( |,|$)' <<<"$commands"; then
  workload=("$image/bin/mire-workbench" gui --screenshot "$work/training.png" "$sample")
else
  workload=("$image/bin/mire" graph "$sample" -o "$work/training.json")
fi

start=$(date +%s)
if ! env HOME="$work/home" \
    JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache -Duser.home=$work/home -Dglass.platform=Headless -Dprism.order=sw" \
    "${workload[@]}" > "$work/training.log" 2>&1 || [ ! -s "$cache" ]; then
  echo "aot-train: the training run failed (${workload[*]}):" >&2
  tail -30 "$work/training.log" >&2
  exit 1
fi

for cfg in "$appdir"/*.cfg; do
  grep -q '^\[JavaOptions\]$' "$cfg" || { echo "aot-train: no [JavaOptions] in $cfg" >&2; exit 1; }
  # shellcheck disable=SC2016  # $APPDIR is the launcher's macro, not a shell variable
  sed -i '/^\[JavaOptions\]$/a java-options=-XX:AOTCache=$APPDIR/mire.aot\njava-options=-Xlog:aot=off\njava-options=-Xlog:cds=off' "$cfg"
done

# The cache must be used right away, or something above is wrong.
if ! env HOME="$work/home" JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Xlog:class+load=info" "$image/bin/mire" --version 2>&1 \
    | grep -q 'org.mire.cli.MireCommand source: shared objects file'; then
  echo "aot-train: bin/mire does not load its classes from $cache" >&2
  exit 1
fi
echo "aot-train: $(du -h "$cache" | cut -f1) AOT cache from '${workload[*]##*/}' in $(( $(date +%s) - start )) s; used by both launchers"
