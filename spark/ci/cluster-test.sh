#!/usr/bin/env bash
# The Spark jobs on a real standalone cluster (issue 17): starts a Spark master and one worker on loopback from the
# project's own jars (spark/target/spark-home, built by ./mvnw package; nothing is downloaded), submits each job with
# spark-submit, checks the output against single-machine `mire encode` / `mire stats` / `mire corpus export` on the
# same files, then kills the executor in the middle of a job and checks that nothing was lost or duplicated. (Reruns
# and the other job options are covered by the local[2] unit tests in spark/src/test.)
# Needs: ./mvnw -B package (or verify) done; JAVA_HOME a JDK 25. Leaves nothing running; its files go to $MIRE_SPARK_CI
# (default: a temporary folder, removed at the end unless KEEP=1).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
jobs_jar="$root/spark/target/mire-spark-jobs.jar"
for needed in "$jobs_jar" "$root/spark/target/spark-home/jars" "$root/app/target/mire-app.jar"; do
  [ -e "$needed" ] || { echo "spark-ci: $needed missing; run ./mvnw -B package first" >&2; exit 1; }
done
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
snappy=$(ls "$root"/spark/target/spark-home/jars/snappy-java-*.jar)
work="${MIRE_SPARK_CI:-$(mktemp -d /tmp/mire-spark-ci.XXXXXX)}"
mkdir -p "$work"
started=$(date +%s)
passed=0
failed=0

source "$root/spark/ci/cluster-lib.sh"
cleanup() {
  stop_cluster
  if [ "${KEEP:-0}" != 1 ] && [ -z "${MIRE_SPARK_CI:-}" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT
start_cluster 2 6g
echo "spark-ci: standalone cluster up in $(( $(date +%s) - started )) s: master $master_url, one worker (2 cores)"

check() { # name, command...
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "spark-ci: FAILED: $name" >&2; fi
}
checks() { "$java" -cp "$jobs_jar:$snappy" spark/ci/ClusterChecks.java "$@"; }

# The inputs: the sample programs at -O2 and -O0, plus one file that does not parse.
inputs="$work/ir"
mkdir -p "$inputs/O2" "$inputs/O0"
for f in $(ls sample-ir/ll/*.O2.ll | head -16); do cp "$f" "$inputs/O2/"; done
for f in bfs crc32 fft quicksort; do cp "sample-ir/ll/$f.O0.ll" "$inputs/O0/"; done
printf 'define i32 @f() {\n  %%x = add i32 1,\n}\n' > "$inputs/broken.ll"
(cd "$inputs" && find O2 O0 -name '*.ll' | sort) > "$work/files.txt"
n=$(wc -l < "$work/files.txt")

# 1. encode at function level on the cluster vs mire encode in one JVM
t=$(date +%s)
(cd "$inputs" && "$root/mire" encode $(cat "$work/files.txt") --level function --out "$work/local.csv") \
  2> "$work/local-encode.log" || { tail -20 "$work/local-encode.log" >&2; exit 1; }
tail -1 "$work/local-encode.log"
echo "spark-ci: mire encode: $n files in $(( $(date +%s) - t )) s"
t=$(date +%s)
submit encode "$inputs" --out "$work/encoded" --level function --files-per-task 8 --model "$root/models" \
  > "$work/encode.log" 2>&1 || { tail -40 "$work/encode.log" >&2; exit 1; }
grep '^mire-spark:' "$work/encode.log"
echo "spark-ci: spark-submit encode: $(( $(date +%s) - t )) s"
check "encode equals mire encode" checks encode "$work/local.csv" "$work/encoded" 1

# 2. the workbench reads the output: neighbours and export straight from the Parquet folder
first_id=$(sed -n 2p "$work/local.csv" | cut -d, -f1)
check "mire neighbours reads the job's output" "$root/mire" neighbours "$work/encoded" --row "$first_id" -k 3
check "mire export-embeddings reads the job's output" \
  "$root/mire" export-embeddings "$work/encoded" --out "$work/exported.npy"

# 3. survey on the cluster vs mire stats
t=$(date +%s)
submit survey "$inputs" --out "$work/survey" --files-per-task 16 > "$work/survey.log" 2>&1 \
  || { tail -40 "$work/survey.log" >&2; exit 1; }
grep '^mire-spark:' "$work/survey.log"
echo "spark-ci: spark-submit survey: $(( $(date +%s) - t )) s"
(cd "$inputs" && "$root/mire" stats --json $(cat "$work/files.txt")) > "$work/stats.json"
check "survey equals mire stats" checks survey "$work/stats.json" "$work/survey"

# 4. featurise on the cluster vs mire corpus export (the training shards)
"$root/mire" corpus export "$inputs" --vocab "$root/models/vocab.txt" --out "$work/export" \
  > "$work/export.log" 2>&1 || { tail -20 "$work/export.log" >&2; exit 1; }
t=$(date +%s)
submit featurise "$inputs" --vocab "$root/models/vocab.txt" --out "$work/shards" --sources-per-task 8 \
  > "$work/featurise.log" 2>&1 || { tail -40 "$work/featurise.log" >&2; exit 1; }
grep '^mire-spark:' "$work/featurise.log"
echo "spark-ci: spark-submit featurise: $(( $(date +%s) - t )) s"
check "featurise equals mire corpus export" checks featurise "$work/export" "$work/shards"

# 5. failure injection: kill the executor once the first task has committed its part; Spark starts another
#    executor and retries the lost tasks. Every function must be there exactly once, with mire encode's vector.
# The previous job's executor may still be shutting down beside this job's: only a process the worker started
# after this submit can be this job's executor (killing the old one left this job untouched: a flaky check).
t=$(date +%s)
earlier_children=" $( (ps -o pid= --ppid "$worker_pid" || true) | tr -d ' ' | tr '\n' ' ') "  # ps fails on none
submit encode "$inputs" --out "$work/killed" --level function --files-per-task 2 --model "$root/models" \
  > "$work/killed.log" 2>&1 &
submit_pid=$!
killed=""
deadline=$(( $(date +%s) + 600 ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  if compgen -G "$work/killed/part-*.parquet" >/dev/null; then
    executor=""
    for child in $(ps -o pid= --ppid "$worker_pid"); do
      case "$earlier_children" in *" $child "*) ;; *) executor="$child"; break ;; esac
    done
    if [ -n "$executor" ]; then
      parts_before=$(compgen -G "$work/killed/part-*.parquet" | wc -l)
      kill -9 "$executor"
      killed="$executor"
      echo "spark-ci: killed executor pid $executor after $parts_before of $(( (n + 2) / 2 )) parts"
    fi
    break
  fi
  kill -0 "$submit_pid" 2>/dev/null || break
  sleep 0.1
done
status=0; wait "$submit_pid" || status=$?
grep '^mire-spark:' "$work/killed.log" || true
echo "spark-ci: encode with a killed executor: $(( $(date +%s) - t )) s"
check "the killed job still succeeds" test "$status" = 0
check "an executor was killed mid-job" test -n "$killed"
check "Spark saw the executor die" grep -qiE "lost executor|ExecutorLostFailure|exited with code|Executor .* exited" "$work/killed.log"
check "nothing lost or duplicated after the kill" checks encode "$work/local.csv" "$work/killed" 1
parts=$(compgen -G "$work/killed/part-*.parquet" | wc -l)
check "one part per task after the kill" test "$parts" = $(( (n + 1 + 1) / 2 ))

echo "spark-ci: cluster tests took $(( $(date +%s) - started )) s"
echo "spark-ci: $passed passed, $failed failed"
[ "$failed" = 0 ]
