#!/usr/bin/env bash
# Every table of docs/results.md for one encoder model, one command each, with the published protocols:
# check-model (trained and untrained), DevMap (stratified and grouped, with the aux-inputs-only floor and the
# baselines), thread coarsening (four GPUs), MLIR cost model (grouped split). Output: one text file per table in OUT.
#
# Usage: scripts/evaluate-encoder.sh MODEL_DIR OUT [COSTDATA_DIR]
#   MODEL_DIR     a model directory (models/ for the shipped one)
#   COSTDATA_DIR  a folder made by `mire costdata generate` (the MLIR table is skipped without it)
# Needs ../shared/datasets (DevMap, thread coarsening) beside the repository. Takes hours on 2 cores.
set -euo pipefail
model="$1"; out="$2"; costdata="${3:-}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mire="$repo/mire"
mkdir -p "$out"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

log "check-model"
"$mire" check-model --model "$model" > "$out/check-model.txt"
"$mire" check-model --model "$model" --untrained >> "$out/check-model.txt"

log "DevMap (stratified and grouped, both platforms)"
"$mire" eval table devmap --embeddings "mirencoder:$model;opcode-histogram;ir2vec-style:75;none" -q \
  > "$out/devmap.md"

log "thread coarsening"
"$mire" eval table threadcoarsening --embeddings "mirencoder:$model;opcode-histogram;ir2vec-style:auto;none" -q \
  > "$out/threadcoarsening.md"

if [ -n "$costdata" ]; then
  log "MLIR cost model, grouped split"
  for embedding in "mirencoder:$model" op-histogram; do
    for target in cycles ipc; do
      echo "## $embedding $target" >> "$out/mlircost.md"
      "$mire" eval mlircost --data "$costdata" --target "$target" --embedding "$embedding" --protocol grouped -q \
        >> "$out/mlircost.md"
    done
  done
fi
log "done: $out"
