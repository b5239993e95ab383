#!/usr/bin/env bash
# More MLIR for fine-tuning an extended encoder (docs/tokens.md): the sample programs of sample-ir/mlir put through
# mlir-opt-16 pass pipelines that sample-ir/mlir/build.sh does not use (other tile sizes, unroll factors, vector
# widths and their combinations, lowered to scf). Never run it on the cost-model data set: that is the evaluation set.
# Usage: scripts/mlir-finetune-variants.sh OUT_DIR   (deterministic; needs mlir-16-tools)
set -euo pipefail
out=${1:?usage: $0 OUT_DIR}
here="$(cd "$(dirname "$0")/.." && pwd)/sample-ir/mlir"
OPT=${MLIR_OPT:-mlir-opt-16}
BUF='--one-shot-bufferize=bufferize-function-boundaries allow-return-allocs'
PIPES=(
  "tile4|--affine-loop-tile=tile-size=4"
  "tile16|--affine-loop-tile=tile-size=16"
  "tile32|--affine-loop-tile=tile-size=32"
  "unroll2|--affine-loop-unroll=unroll-factor=2"
  "unroll8|--affine-loop-unroll=unroll-factor=8"
  "vector4|--affine-super-vectorize=virtual-vector-size=4"
  "vector16|--affine-super-vectorize=virtual-vector-size=16"
  "tile16vector8|--affine-loop-tile=tile-size=16 --affine-super-vectorize=virtual-vector-size=8"
  "tile8unroll4|--affine-loop-tile=tile-size=8 --affine-loop-unroll=unroll-factor=4"
  "vector8unroll2|--affine-super-vectorize=virtual-vector-size=8 --affine-loop-unroll=unroll-factor=2"
  "tile8scf|--affine-loop-tile=tile-size=8 --lower-affine"
  "vector8scf|--affine-super-vectorize=virtual-vector-size=8 --lower-affine"
  "scalrep|--affine-scalrep --affine-loop-invariant-code-motion"
)
mkdir -p "$out"
made=0; skipped=0
for src in "$here"/*.mlir; do
  base=$(basename "$src" .mlir)
  pre=(--convert-linalg-to-affine-loops)
  if grep -q 'tensor<' "$src"; then pre=(--empty-tensor-to-alloc-tensor "$BUF" --convert-linalg-to-affine-loops); fi
  for entry in "${PIPES[@]}"; do
    name=${entry%%|*}; passes=${entry#*|}
    dst="$out/$base.$name.mlir"
    # shellcheck disable=SC2086
    if timeout 60 "$OPT" "$src" "${pre[@]}" $passes --canonicalize -o "$dst.tmp" 2>/dev/null \
        && timeout 60 "$OPT" "$dst.tmp" -o /dev/null 2>/dev/null; then
      mv "$dst.tmp" "$dst"; made=$((made+1))
    else
      rm -f "$dst.tmp"; skipped=$((skipped+1))
    fi
  done
done
echo "$0: $made files written to $out, $skipped pipelines not applicable"
