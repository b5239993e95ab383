#!/usr/bin/env bash
# Size and start-up of the installed application, for docs/benchmarks.md ("Installers").
#
#   scripts/installer-bench.sh [--image DIR] [--deb FILE] [--runs N] [--no-xvfb]
#
# Defaults: app/target/dist/image/mire-workbench and app/target/dist/installer/*.deb (build them first with
# ./mvnw -Pdist,deb package), 5 runs. Prints Markdown:
# - sizes: app-image on disk, .deb file, the .deb's Installed-Size;
# - launch to first window: bin/mire-workbench gui --screenshot with -Dmire.startup.report=true, which prints the
#   wall-clock time at which the first window was shown and at which its scene was first laid out; the script
#   subtracts its own time just before exec. Under JavaFX's headless platform (-Dglass.platform=Headless
#   -Dprism.order=sw) and under Xvfb (xvfb-run, the default prism pipeline), each with a fresh empty home for the
#   first run ("cold") and the same home afterwards ("warm");
# - encoder start: mire encode on one sample to its embedding file when the build has `encode`; otherwise
#   mire devices, which starts the PyTorch engine from the bundled natives (cold: extracting them into the empty
#   home; warm: already extracted).
# uptime is printed before each group: the machine is shared, compare numbers taken at similar load.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
image="$root/app/target/dist/image/mire-workbench"
deb=""
runs=5
xvfb=1
while [ $# -gt 0 ]; do
  case "$1" in
    --image) image=$2; shift 2 ;;
    --deb) deb=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --no-xvfb) xvfb=0; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "installer-bench: unknown argument $1" >&2; exit 2 ;;
  esac
done
image=$(cd "$image" && pwd)
[ -n "$deb" ] || deb=$(ls "$root"/app/target/dist/installer/*.deb 2>/dev/null | head -1 || true)
work=$(mktemp -d "${TMPDIR:-/tmp}/mire-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }
load() { uptime | sed 's/.*load average: /load /'; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
range() { sort -n | awk 'NR==1{min=$1} {max=$1} END {print min "–" max}'; }

echo "### Sizes"
echo
echo "| what | size |"
echo "|---|---|"
echo "| app-image \`$(basename "$image")\` on disk | $(du -sm "$image" | cut -f1) MiB ($(du -sm "$image/lib/app/lib" | cut -f1) MiB jars, $(du -sm "$image/lib/runtime" | cut -f1) MiB runtime, $(du -sm "$image/lib/native" 2>/dev/null | cut -f1 || echo 0) MiB BLAS/ARPACK, $(( $(stat -c %s "$image/lib/app/mire.aot" 2>/dev/null || echo 0) / 1048576 )) + $(( $(stat -c %s "$image/lib/app/mire-cli.aot" 2>/dev/null || echo 0) / 1048576 )) MiB AOT caches) |"
if [ -n "$deb" ] && [ -f "$deb" ]; then
  installed=$(dpkg-deb -f "$deb" Installed-Size)
  echo "| \`$(basename "$deb")\` (zstd) | $(( $(stat -c %s "$deb") / 1048576 )) MiB ($(stat -c %s "$deb") bytes) |"
  echo "| installed (Installed-Size) | $(( installed / 1024 )) MiB |"
fi
echo

# window MODE HOME: one run; prints "shown laid_out" in ms from just before exec.
window() {
  local mode=$1 home=$2 start line
  local opts="-Duser.home=$home -Dmire.startup.report=true"
  start=$(now_ms)
  if [ "$mode" = headless ]; then
    env HOME="$home" JAVA_TOOL_OPTIONS="$opts -Dglass.platform=Headless -Dprism.order=sw" \
      "$image/bin/mire-workbench" gui --screenshot "$work/shot.png" > "$work/window.log" 2>&1 || true
  else
    env HOME="$home" JAVA_TOOL_OPTIONS="$opts -Dprism.verbose=true" xvfb-run -a -s "-screen 0 1600x1000x24" \
      "$image/bin/mire-workbench" gui --screenshot "$work/shot.png" > "$work/window.log" 2>&1 || true
  fi
  line=$(grep -o 'epoch ms [0-9]*, [0-9]*' "$work/window.log" | head -1)
  [ -n "$line" ] || { echo "installer-bench: no start-up report:" >&2; tail -5 "$work/window.log" >&2; return 1; }
  set -- ${line//,/}
  echo "$(( $3 - start )) $(( $4 - start ))"
}

commands=$("$image/bin/mire" --help 2>/dev/null || true)
if grep -qE '^  gui( |,|$)' <<<"$commands"; then
  echo "### Launch to first window"
  echo
  echo "| platform | load | cold: shown / laid out (ms) | warm, $((runs - 1)) runs: shown median (range) | warm: laid out median (range) |"
  echo "|---|---|---|---|---|"
  modes=(headless)
  if [ "$xvfb" = 1 ] && command -v xvfb-run >/dev/null; then modes+=(xvfb); fi
  for mode in "${modes[@]}"; do
    home="$work/home-$mode"; mkdir -p "$home"
    before=$(load)
    read -r cold_shown cold_laid < <(window "$mode" "$home")
    : > "$work/shown"; : > "$work/laid"
    for ((i = 1; i < runs; i++)); do
      read -r shown laid < <(window "$mode" "$home")
      echo "$shown" >> "$work/shown"; echo "$laid" >> "$work/laid"
    done
    pipeline=""
    [ "$mode" = xvfb ] && pipeline=" (prism: $(grep -o 'Prism pipeline name = [A-Za-z0-9.]*' "$work/window.log" | tail -1 | sed 's/.*\.//' || true))"
    echo "| $mode$pipeline | $before | $cold_shown / $cold_laid | $(median < "$work/shown") ($(range < "$work/shown")) | $(median < "$work/laid") ($(range < "$work/laid")) |"
  done
  echo
else
  echo "(no \`mire gui\` in this build: window start-up not measured)"
  echo
fi

sample=""
for candidate in "$image"/lib/app/sample-ir/ll/matmul.O1.ll "$image"/lib/app/sample-ir/ll/*.ll; do
  if [ -f "$candidate" ]; then sample=$candidate; break; fi
done
if grep -qE '^  encode( |,|$)' <<<"$commands"; then
  what="mire encode $(basename "$sample") --out emb.npy"
  cmd=("$image/bin/mire" encode "$sample" --out "$work/emb.npy")
elif grep -qE '^  devices( |,|$)' <<<"$commands"; then
  what="mire devices (engine start; no mire encode in this build)"
  cmd=("$image/bin/mire" devices)
else
  what=""
fi
if [ -n "$what" ]; then
  echo "### Encoder start"
  echo
  echo "| command | load | cold (natives extracted into an empty home), ms | warm median (range), ms |"
  echo "|---|---|---|---|"
  home="$work/home-encode"; mkdir -p "$home"
  before=$(load)
  start=$(now_ms); env HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home" DJL_CACHE_DIR="$home/.djl.ai" "${cmd[@]}" > "$work/encode.log" 2>&1
  cold=$(( $(now_ms) - start ))
  : > "$work/warm"
  for ((i = 1; i < runs; i++)); do
    start=$(now_ms); env HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home" DJL_CACHE_DIR="$home/.djl.ai" "${cmd[@]}" > "$work/encode.log" 2>&1
    echo $(( $(now_ms) - start )) >> "$work/warm"
  done
  echo "| \`$what\` | $before | $cold | $(median < "$work/warm") ($(range < "$work/warm")) |"
  echo
fi
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(load) after the runs."
