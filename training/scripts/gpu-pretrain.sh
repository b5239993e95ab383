#!/usr/bin/env bash
# One call on a GPU machine (10-minute commands, results back through $OUT): pre-trains the encoder from the shards in
# SHARDS (validation in VALID), as one or more runs with different loss weights and the same planned steps (an
# ablation), and exports each to a model directory under OUT. The planned steps are fitted to the time given:
# a short timing of training steps on this GPU first, then steps = rate x minutes.
#
# Usage: training/scripts/gpu-pretrain.sh SHARDS VALID OUT MINUTES_PER_RUN NAME=WEIGHTS [NAME=WEIGHTS ...]
#   e.g. training/scripts/gpu-pretrain.sh .gpu/train .gpu/valid $OUT 4.2 contrast=1,1,0.5,1,1 plain=1,1,0.5,1,0
# Each run folder (checkpoint, moments, log) is left in /tmp/runs/NAME; a later call continues one with
#   python3 -m mire_training train ... --out /tmp/runs/NAME (same settings), see training/README.md.
set -euo pipefail
shards="$1"; valid="$2"; out="$3"; minutes="$4"; shift 4
cd "$(dirname "$0")/.."
export PYTHONUNBUFFERED=1
vocab="../$shards/vocab.txt"
batch=(--batch-items 64 --batch-nodes 24000)
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
python3 -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda)'

bench=$(python3 -m mire_training bench --shards "../$shards" --vocab "$vocab" --functions 2000 --batch 32 --bf16 \
  --train-steps 150 --train-items 64 --train-nodes 24000 | tail -1)
echo "bench $bench"
steps=$(python3 -c "import json,sys; r=json.loads(sys.argv[1]); print(int(r['train_steps_per_s'] * 60 * $minutes * 0.93))" "$bench")
echo "planned steps per run: $steps"

mkdir -p /tmp/runs
for run in "$@"; do
  name="${run%%=*}"; weights="${run#*=}"
  python3 -m mire_training train --shards "../$shards" --validation "../$valid" --vocab "$vocab" \
    --out "/tmp/runs/$name" --minutes "$minutes" --total-steps "$steps" "${batch[@]}" --bf16 \
    --warmup $((steps / 20)) --loss-weights "$weights" --log-every 100 --validation-batches 60 | tail -2
  python3 -m mire_training export --run "/tmp/runs/$name" --vocab "$vocab" --shards "../$shards" \
    --out "$out/$name"
  cp "/tmp/runs/$name/train-log.csv" "$out/$name/"
  rm -f "$out/$name/vocab.txt"   # the shards' vocab.txt, already here
done
echo "$bench" > "$out/bench.json"
