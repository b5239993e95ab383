#!/usr/bin/env bash
# One call on a GPU machine (10-minute commands, at most 8 files back through $OUT): pre-trains the encoder from the
# shards in SHARDS (validation in VALID) as a list of runs, and exports each to a model directory OUT/NAME
# (encoder.pt, config.json). A run's planned steps are fitted to its minutes: a short timing of training steps on
# this GPU comes first, then steps = rate x minutes. Logs of every run go to OUT/logs.txt.
#
# Usage: training/scripts/gpu-pretrain.sh SHARDS VALID OUT RUN [RUN ...]
#   RUN = NAME:MINUTES:LOSS_WEIGHTS[:INIT_RUN:PEAK_LR]   (INIT_RUN: start from that earlier run's weights)
#   e.g. training/scripts/gpu-pretrain.sh .gpu/train .gpu/valid $OUT \
#          contrast:1.9:1,1,0.5,1,1 nocontrast:1.9:1,1,0.5,1,0 shipped:3.4:1,1,0.5,1,1:contrast:5e-4
# Run folders (checkpoint, moments, log) stay in /tmp/runs/NAME on the machine; a later call on the same (warm)
# machine continues one with `python3 -m mire_training train ... --out /tmp/runs/NAME` (training/README.md).
set -euo pipefail
shards="$1"; valid="$2"; out="$3"; shift 3
cd "$(dirname "$0")/.."
export PYTHONUNBUFFERED=1
vocab="../$shards/vocab.txt"
batch=(--batch-items 64 --batch-nodes 24000)
mkdir -p "$out" /tmp/runs
logs="$out/logs.txt"
{
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
  python3 -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda)'
} | tee -a "$logs"

# A later call on the same machine may pass the rate it measured (TRAIN_STEPS_PER_S) and skip the timing.
if [ -n "${TRAIN_STEPS_PER_S:-}" ]; then
  bench="{\"train_steps_per_s\": $TRAIN_STEPS_PER_S}"
else
bench=$(python3 -m mire_training bench --shards "../$shards" --vocab "$vocab" --functions 1000 --batch 32 --bf16 \
  --train-steps 100 --train-items 64 --train-nodes 24000 | tail -1)
fi
echo "bench $bench" | tee -a "$logs"
rate=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['train_steps_per_s'])" "$bench")

for run in "$@"; do
  IFS=: read -r name minutes weights init lr <<< "$run"
  steps=$(python3 -c "print(int($rate * 60 * $minutes * 0.93))")
  extra=()
  if [ -n "${init:-}" ]; then extra=(--init-from "/tmp/runs/$init" --lr "${lr:-5e-4}"); fi
  echo "== run $name: $minutes min, $steps steps, loss weights $weights ${init:+from $init}" | tee -a "$logs"
  python3 -m mire_training train --shards "../$shards" --validation "../$valid" --vocab "$vocab" \
    --out "/tmp/runs/$name" --minutes "$minutes" --total-steps "$steps" "${batch[@]}" --bf16 \
    --warmup $((steps / 20)) --loss-weights "$weights" --log-every 100 --validation-batches 60 "${extra[@]}" \
    | tail -2 | tee -a "$logs"
  python3 -m mire_training export --run "/tmp/runs/$name" --vocab "$vocab" --shards "../$shards" \
    --out "$out/$name" | tee -a "$logs"
  rm -f "$out/$name/vocab.txt"   # the shards' vocab.txt, already beside the shards
  { echo "-- train-log.csv of $name"; cat "/tmp/runs/$name/train-log.csv"; } >> "$logs"
done
