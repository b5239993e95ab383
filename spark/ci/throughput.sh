#!/usr/bin/env bash
# Throughput of the encode job (docs/scale-out.md): `mire encode` in one JVM against the Spark encode job on
# local[1], local[2] and a standalone cluster (one worker, 2 cores, loopback) on the same files at function level,
# then the per-task overhead on the cluster: the same K files as K one-file tasks and as one K-file task.
# Usage: spark/ci/throughput.sh [FILE...]   (default: sample-ir/ll/*.O0.ll and *.O2.ll)
# Needs ./mvnw -B package done and JAVA_HOME a JDK 25. Prints a Markdown table.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
jobs_jar="$root/spark/target/mire-spark-jobs.jar"
work="$(mktemp -d /tmp/mire-spark-throughput.XXXXXX)"
source "$root/spark/ci/cluster-lib.sh"
trap 'stop_cluster; rm -rf "$work"' EXIT

if [ $# -gt 0 ]; then files=("$@"); else files=(sample-ir/ll/*.O0.ll sample-ir/ll/*.O2.ll); fi
mkdir -p "$work/ir"
cp "${files[@]}" "$work/ir/"
k=16
mkdir -p "$work/few"
cp $(ls "$work"/ir/*.ll | head -$k) "$work/few/"
echo "throughput: ${#files[@]} files; load average $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores" >&2

# rate LOG: "seconds functions" of the encode summary line (mire's or mire-spark's)
rate() { sed -nE 's/.* from [0-9]+ files \(([0-9]+) functions\) in ([0-9.]+) s.*/\2 \1/p' "$1" | tail -1; }
row() { # label, log, wall seconds
  read -r s f < <(rate "$2")
  awk -v l="$1" -v s="$s" -v f="$f" -v w="$3" \
    'BEGIN { printf "| %s | %d | %.1f | %.2f | %d | %.2f |\n", l, f, s, f / s, w, f / w }'
}
timed() { local t; t=$(date +%s.%N); "$@"; awk -v a="$t" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }' > "$work/wall"; }

echo "| run | functions | encode s | functions/s | wall s | functions/s incl. start-up |"
echo "|---|---|---|---|---|---|"
timed "$root/mire" encode "$work/ir" --level function --out "$work/local.csv" 2> "$work/mire.log"
row "mire encode, one JVM" "$work/mire.log" "$(cat "$work/wall")"
for master in 'local[1]' 'local[2]'; do
  timed submit_to "$master" encode "$work/ir" --out "$work/out-$master" --level function --model "$root/models" \
    > "$work/$master.log" 2>&1
  row "spark-submit --master $master" "$work/$master.log" "$(cat "$work/wall")"
done
start_cluster 2 6g
timed submit encode "$work/ir" --out "$work/out-cluster" --level function --model "$root/models" \
  > "$work/cluster.log" 2>&1
row "standalone cluster, 1 worker x 2 cores" "$work/cluster.log" "$(cat "$work/wall")"

# per-task overhead: K files as K tasks and as one task, on the warm cluster (a new application each time)
submit encode "$work/few" --out "$work/one-task" --level function --files-per-task $k --model "$root/models" \
  > "$work/one-task.log" 2>&1
submit encode "$work/few" --out "$work/k-tasks" --level function --files-per-task 1 --model "$root/models" \
  > "$work/k-tasks.log" 2>&1
read -r one _ < <(rate "$work/one-task.log")
read -r many _ < <(rate "$work/k-tasks.log")
awk -v a="$one" -v b="$many" -v k="$k" 'BEGIN { printf "\nper-task overhead: %d files as 1 task %.1f s, as %d tasks %.1f s: %.3f s per extra task\n", k, a, k, b, (b - a) / (k - 1) }'
grep -h "^mire-spark: [0-9]* vectors" "$work"/*.log >&2
