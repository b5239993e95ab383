#!/usr/bin/env bash
# A Spark standalone cluster on loopback from the project's own jars (spark/target/spark-home): sourced by
# cluster-test.sh and throughput.sh. Defines start_cluster, stop_cluster and submit; needs root, work, jobs_jar set.

# Loopback only: Spark binds and advertises 127.0.0.1, never the machine's other addresses.
export SPARK_HOME="$root/spark/target/spark-home"
export SPARK_LOCAL_IP=127.0.0.1 SPARK_MASTER_HOST=127.0.0.1 SPARK_LOCAL_HOSTNAME=localhost
export SPARK_LOG_DIR="$work/logs" SPARK_WORKER_DIR="$work/worker" SPARK_NO_DAEMONIZE=1
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
master_pid=""; worker_pid=""; master_url=""

# start_cluster CORES MEMORY: a master and one worker with that many cores and that much memory for executors
start_cluster() {
  local cores="${1:-2}" memory="${2:-6g}" master_port master_ui worker_ui
  master_port=$(free_port); master_ui=$(free_port); worker_ui=$(free_port)
  master_url="spark://127.0.0.1:$master_port"
  mkdir -p "$SPARK_LOG_DIR"
  "$root/spark/bin/spark-class" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$master_port" \
    --webui-port "$master_ui" >"$SPARK_LOG_DIR/master.log" 2>&1 &
  master_pid=$!
  "$root/spark/bin/spark-class" org.apache.spark.deploy.worker.Worker "$master_url" --host 127.0.0.1 \
    --cores "$cores" --memory "$memory" --webui-port "$worker_ui" --work-dir "$SPARK_WORKER_DIR" \
    >"$SPARK_LOG_DIR/worker.log" 2>&1 &
  worker_pid=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$master_ui/json/" 2>/dev/null | grep -q '"aliveworkers" : 1'; then return 0; fi
    sleep 0.5
  done
  echo "spark-cluster: the worker did not register with the master" >&2
  tail -20 "$SPARK_LOG_DIR"/*.log >&2
  return 1
}

# stop_cluster: only the processes start_cluster started, by id; the worker's executors are its children
stop_cluster() {
  for pid in $worker_pid $master_pid; do
    if kill -0 "$pid" 2>/dev/null; then
      for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do kill "$child" 2>/dev/null || true; done
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  master_pid=""; worker_pid=""
}

# submit MASTER JOB ARGS...: spark-submit in client mode, everything on loopback
submit_to() {
  local master="$1"; shift
  "$root/spark/bin/spark-submit" --master "$master" --deploy-mode client \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.ui.enabled=false \
    --driver-java-options "-Xss8m --enable-native-access=ALL-UNNAMED" \
    --executor-memory 3g "$jobs_jar" "$@"
}
submit() { submit_to "$master_url" "$@"; }
