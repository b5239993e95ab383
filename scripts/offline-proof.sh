#!/usr/bin/env bash
# Offline proof of the installed application (issue 8), run by .ci/run after the tests.
#
#   scripts/offline-proof.sh                 build the app-image (./mvnw -Pdist package) and check it
#   scripts/offline-proof.sh --image DIR     check an existing app-image or installed app (e.g. /opt/mire-workbench)
#   scripts/offline-proof.sh --launchers BIN check launchers found elsewhere (e.g. /usr/bin for the .deb's mire)
#
# Every check runs the image's own launchers (bin/mire, bin/mire-workbench) with an empty home -- user.home via
# JAVA_TOOL_OPTIONS, HOME, DJL_CACHE_DIR and ENGINE_CACHE_DIR all inside a fresh temporary folder -- and with no
# network: in a new network namespace that has only a loopback device (`unshare -n` as root, else `unshare -rn` in
# an unprivileged user namespace). If neither works the script stops with exit 2 and says why (e.g. a container
# without CAP_SYS_ADMIN); --allow-network runs the checks anyway, marks every line ONLINE and the summary "NOT an
# offline proof" (never use it for a release or CI).
#
# Checks: the namespace has no interface but loopback and no TCP connection gets out; mire --version; mire alone
# prints the help; the AOT cache is in use (when the image has one); mire graph on a bundled sample; mire encode on
# that sample with the shipped model (the default, found through mire.home) into a valid .npy, with PyTorch's natives
# extracted into the empty home byte-identical to the bundled pytorch-native-cpu jar's and loaded from there
# (LD_DEBUG); PCA and UMAP (mire project) through the bundled OpenBLAS/ARPACK and nothing from the system; the
# workbench window in screenshot mode under JavaFX's headless platform. A command missing from the build is a FAIL
# (all of them are on main); any FAIL makes the script exit 1, a missing namespace exit 2.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

image=""
launchers=""
allow_network=0
while [ $# -gt 0 ]; do
  case "$1" in
    --image) image=$2; shift 2 ;;
    --launchers) launchers=$2; shift 2 ;;
    --allow-network) allow_network=1; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "offline-proof: unknown argument $1" >&2; exit 2 ;;
  esac
done

if [ -z "$image" ]; then
  if [ -z "${JAVA_HOME:-}" ]; then
    for candidate in /usr/lib/jvm/temurin-25*; do [ -x "$candidate/bin/java" ] && export JAVA_HOME="$candidate" && break; done
  fi
  echo "offline-proof: building the app-image (./mvnw -B -q -Pdist package -DskipTests)"
  start=$(date +%s)
  (cd "$root" && ./mvnw -B -q -Pdist package -DskipTests)
  echo "offline-proof: app-image built in $(( $(date +%s) - start )) s"
  image="$root/app/target/dist/image/mire-workbench"
fi
image=$(cd "$image" && pwd)
bin=${launchers:-$image/bin}
mire="$bin/mire"
workbench="$image/bin/mire-workbench"
appdir="$image/lib/app"
[ -x "$mire" ] && [ -x "$workbench" ] && [ -d "$appdir" ] || { echo "offline-proof: $image is not a Linux app-image of MIRE Workbench" >&2; exit 2; }

# --- the empty home and the network-less namespace -------------------------------------------------------------
sandbox=$(mktemp -d "${TMPDIR:-/tmp}/mire-offline.XXXXXX")
trap 'rm -rf "$sandbox"' EXIT
home="$sandbox/home"; out="$sandbox/out"
mkdir -p "$home" "$out"
chmod 755 "$sandbox" "$home" "$out"

if why_n=$(unshare -n true 2>&1); then
  isolate=(unshare -n --); network="network namespace (unshare -n)"
elif why_rn=$(unshare -rn true 2>&1); then
  isolate=(unshare -rn --); network="user+network namespace (unshare -rn)"
elif [ "$allow_network" = 1 ]; then
  isolate=(); network="NETWORK ALLOWED (--allow-network): not an offline proof"
else
  {
    echo "offline-proof: FAIL  no offline proof possible: cannot create a network namespace"
    echo "  unshare -n:  ${why_n:-failed}"
    echo "  unshare -rn: ${why_rn:-failed}"
    echo "  Run as root (in a container: with CAP_SYS_ADMIN, e.g. docker run --cap-add SYS_ADMIN), or enable"
    echo "  unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1 / user.max_user_namespaces)."
    echo "  --allow-network runs the checks with network access; that is NOT an offline proof."
  } >&2
  exit 2
fi
isolation=""
if [ ${#isolate[@]} -gt 0 ]; then
  interfaces=$("${isolate[@]}" awk 'NR>2 {sub(":","",$1); print $1}' /proc/self/net/dev | tr '\n' ' ')
  [ "$interfaces" = "lo " ] || { echo "offline-proof: namespace still has interfaces: $interfaces" >&2; exit 2; }
  # Outside the namespace for comparison: on a machine that is offline anyway the proof is still valid, but say so.
  outside=$(awk 'NR>2 {sub(":","",$1); if ($1 != "lo") print $1}' /proc/self/net/dev | tr '\n' ' ')
  for target in 1.1.1.1/80 8.8.8.8/53; do
    if "${isolate[@]}" timeout 5 bash -c "exec 3<>/dev/tcp/$target" 2>/dev/null; then
      echo "offline-proof: a TCP connection to $target succeeded inside the namespace" >&2; exit 2
    fi
  done
  isolation="no network: the namespace has only 'lo' (outside: ${outside:-none}), TCP to 1.1.1.1:80 and 8.8.8.8:53 fails"
fi

# run NAME CMD...: runs CMD offline with the empty home; stdout+stderr in $out/NAME.log.
run() {
  local name=$1; shift
  (
    cd "$sandbox"
    env -i PATH=/usr/bin:/bin HOME="$home" USER="${USER:-mire}" LANG=C.UTF-8 TMPDIR="$sandbox" \
      DJL_CACHE_DIR="$home/.djl.ai" ENGINE_CACHE_DIR="$home/.djl.ai" \
      JAVA_TOOL_OPTIONS="-Duser.home=$home ${EXTRA_JAVA_OPTIONS:-}" ${EXTRA_ENV:-} \
      "${isolate[@]}" "$@"
  ) >"$out/$name.log" 2>&1
}

results=()
failed=0
online=""; [ ${#isolate[@]} -eq 0 ] && online="ONLINE "
pass() { results+=("PASS  $online$1"); echo "offline-proof: PASS  $online$1"; }
fail() { results+=("FAIL  $1"); echo "offline-proof: FAIL  $1"; failed=1; [ -n "${2:-}" ] && sed 's/^/    | /' "$2" | tail -25; return 0; }
# has_command NAME: whether `mire --help` lists the subcommand (picocli answers `mire NAME --help` for any NAME).
has_command() { grep -qE "^  $1(,| |$)" "$out/commands.txt"; }

echo "offline-proof: image $image"
echo "offline-proof: empty home $home; $network"
if [ -n "$isolation" ]; then pass "$isolation"; fi

# 1. version and help
if run version "$mire" --version && grep -q '^mire ' "$out/version.log"; then
  pass "mire --version: $(grep '^mire ' "$out/version.log")"
else fail "mire --version" "$out/version.log"; fi
if run help "$mire" && grep -q '^Usage: mire' "$out/help.log" && grep -q 'Commands:' "$out/help.log"; then
  pass "mire without arguments prints the help (CLI launcher)"
else fail "mire without arguments should print the help" "$out/help.log"; fi
sed -n '/^Commands:/,$p' "$out/help.log" > "$out/commands.txt"
if [ -f "$appdir/mire-cli.aot" ]; then
  if EXTRA_JAVA_OPTIONS="-Xlog:class+load=info" run aot "$mire" --version \
      && grep -q 'org.mire.cli.MireCommand source: shared objects file' "$out/aot.log"; then
    pass "the command line's AOT cache lib/app/mire-cli.aot is in use ($(grep -c 'source: shared objects file' "$out/aot.log") classes from it for mire --version)"
  else fail "the AOT cache lib/app/mire-cli.aot is not used (jar times changed?): $(grep -m1 'org.mire.cli.MireCommand source' "$out/aot.log" || tail -1 "$out/aot.log")"; fi
fi

# 2. graph of a bundled sample (found through the installed sample-ir/)
sample=""
for candidate in "$appdir"/sample-ir/ll/matmul.O1.ll "$appdir"/sample-ir/ll/*.ll; do
  if [ -f "$candidate" ]; then sample=$candidate; break; fi
done
if [ -z "$sample" ]; then
  fail "sample-ir is not bundled in $appdir"
elif run graph "$mire" graph "$sample" -o "$out/graph.json" && [ -s "$out/graph.json" ] \
    && grep -q '"nodes"' "$out/graph.json"; then
  pass "mire graph $(basename "$sample"): $(grep -o '([0-9]* nodes, [0-9]* edges)' "$out/graph.log" || echo written)"
else fail "mire graph $(basename "$sample")" "$out/graph.log"; fi

# 3. encoder: the shipped model on the bundled PyTorch natives
native_jar=$(ls "$appdir"/lib/pytorch-native-cpu-*.jar 2>/dev/null | head -1 || true)
# engine_check: DJL extracted every native of the bundled jar into the empty home, byte for byte (offline, it has
# nowhere else to get them), and the process loaded libtorch from there and from nowhere else (LD_DEBUG).
engine_check() {
  local extracted dir name differ="" count=0 loaded elsewhere
  extracted=$(find "$home" -name 'libtorch_cpu.so' 2>/dev/null | head -1)
  if [ -z "$extracted" ]; then
    fail "mire encode: no libtorch_cpu.so extracted under the empty home" "$out/encode.log"; return
  fi
  dir=$(dirname "$extracted")
  while read -r name; do
    count=$((count + 1))
    if [ ! -f "$dir/$(basename "$name")" ] || ! unzip -p "$native_jar" "$name" | cmp -s - "$dir/$(basename "$name")"; then
      differ="$differ $(basename "$name")"
    fi
  done < <(unzip -Z1 "$native_jar" | grep -E '\.so(\.[0-9]+)*$')
  cat "$out"/ld-encode.* > "$out/ld-encode.txt" 2>/dev/null || true
  loaded=$(grep -oE 'calling init: [^ ]*libtorch_cpu\.so' "$out/ld-encode.txt" | sed 's/calling init: //' | sort -u)
  elsewhere=$(grep -oE 'calling init: [^ ]*lib(torch|c10|djl_torch)[^ ]*' "$out/ld-encode.txt" | sed 's/calling init: //' \
    | grep -v "^$home/" | sort -u || true)
  if [ "$count" = 0 ]; then
    fail "mire encode: $(basename "$native_jar") holds no .so"
  elif [ -n "$differ" ]; then
    fail "mire encode: natives in ${dir#$home/} differ from those in $(basename "$native_jar"):$differ"
  elif [ "$loaded" != "$extracted" ]; then
    fail "mire encode: libtorch_cpu.so was loaded from '${loaded:-nowhere}', not from $extracted"
  elif [ -n "$elsewhere" ]; then
    fail "mire encode: PyTorch libraries loaded from outside the empty home: $elsewhere"
  else
    pass "mire encode: DJL extracted the $count natives of $(basename "$native_jar") into ~/${dir#$home/} ($(du -sh "$dir" | cut -f1)), identical to the jar's, and loaded libtorch from there"
  fi
}
if ! has_command encode; then
  fail "mire encode: not in this build"
elif EXTRA_ENV="LD_DEBUG=libs LD_DEBUG_OUTPUT=$out/ld-encode" run encode "$mire" encode "$sample" --out "$out/embedding.npy" \
    && [ "$(head -c 6 "$out/embedding.npy" | od -An -tx1 | tr -d ' \n')" = 934e554d5059 ] \
    && grep -qF "with $appdir/models on cpu" "$out/encode.log"; then
  shape=$(head -c 256 "$out/embedding.npy" | tr -d '\0' | grep -ao "'shape': ([0-9, ]*)" | sed "s/'shape': //" || true)
  pass "mire encode $(basename "$sample") with the shipped model -> embedding.npy, shape ${shape:-?} ($(stat -c %s "$out/embedding.npy") bytes)"
  if [ -z "$native_jar" ]; then
    fail "mire encode ran, but there is no pytorch-native-cpu jar in $appdir/lib: its natives did not come from the bundle"
  else
    engine_check
  fi
else
  [ -n "$native_jar" ] || echo "offline-proof: (no pytorch-native-cpu jar in $appdir/lib)"
  fail "mire encode $(basename "$sample")" "$out/encode.log"
fi

# 4. projections through the bundled OpenBLAS/ARPACK (the launcher's RPATH, not the system's libraries)
if has_command project; then
  # A noisy closed curve in 16-D: its k-NN graph is connected, so Smile's UMAP takes the spectral initialisation
  # (ARPACK) rather than the PCA one; PCA itself goes through LAPACK.
  awk 'BEGIN { srand(7); printf "label"; for (d = 0; d < 16; d++) printf "\tx%d", d; print "";
               for (i = 0; i < 300; i++) { t = i / 300; printf "c%d", int(t * 3);
                 for (d = 0; d < 16; d++) printf "\t%.5f", sin(6.2832 * t * (d + 1) / 8) + 0.01 * rand(); print "" } }' \
    > "$out/vectors.tsv"
  for method in pca umap; do
    if EXTRA_ENV="LD_DEBUG=libs LD_DEBUG_OUTPUT=$out/ld-$method" run "project-$method" \
        "$mire" project "$out/vectors.tsv" --method "$method" -o "$out/points-$method.csv" \
        && [ "$(wc -l < "$out/points-$method.csv")" -ge 300 ]; then
      library=$([ "$method" = umap ] && echo libarpack.so || echo libopenblas.so)
      cat "$out"/ld-"$method".* > "$out/ld-$method.txt" 2>/dev/null || true
      system=$(grep -oE "calling init: /(usr/)?lib[^ ]*(openblas|arpack|gfortran|blas|lapack)[^ ]*" "$out/ld-$method.txt" | sort -u || true)
      if ! grep -qE "calling init: $image(/bin/\.\.)?/lib/native/$library\b" "$out/ld-$method.txt"; then
        fail "mire project --method $method ran, but $library was not loaded from $image/lib/native"
      elif [ -n "$system" ]; then
        fail "mire project --method $method loaded system libraries: $system"
      else
        pass "mire project --method $method: 300 points; $library (+ $(grep -oE "calling init: [^ ]*/lib/native/[^ ]*" "$out/ld-$method.txt" | sed 's|.*/||' | sort -u | grep -v "^$library\$" | tr '\n' ' ')) from the bundle"
      fi
    else fail "mire project --method $method" "$out/project-$method.log"; fi
  done
else
  fail "projections: no mire project in this build"
fi

# 5. the workbench window, headless
if has_command gui; then
  EXTRA_JAVA_OPTIONS="-Dglass.platform=Headless -Dprism.order=sw -Dmire.startup.report=true" \
    run gui "$workbench" gui --screenshot "$out/window.png" || true
  if [ -s "$out/window.png" ] && [ "$(head -c 8 "$out/window.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
    size=$(od -An -tu1 -j16 -N8 "$out/window.png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    pass "mire-workbench gui --screenshot (headless, first-start sample from the bundled sample-ir): ${size} PNG; $(grep -o 'first window shown [0-9]* ms' "$out/gui.log" || echo 'no start-up report')"
    [ -n "${MIRE_PROOF_KEEP:-}" ] && cp "$out/window.png" "$MIRE_PROOF_KEEP"
  else fail "mire-workbench gui --screenshot" "$out/gui.log"; fi
else
  fail "workbench window: no mire gui in this build"
fi

echo "offline-proof: written to the empty home: $(cd "$home" && find . -mindepth 1 -maxdepth 2 -type d | sort | tr '\n' ' ')"
if [ ${#isolate[@]} -eq 0 ]; then
  echo "offline-proof: summary -- NOT an offline proof: the checks ran WITH network access (--allow-network)"
else echo "offline-proof: summary ($network)"; fi
printf '  %s\n' "${results[@]}"
exit "$failed"
