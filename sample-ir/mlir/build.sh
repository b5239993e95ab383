#!/usr/bin/env bash
# Regenerates the pass-produced variants (variants/) and the generic form of every file (generic/) with mlir-opt-16.
# Usage: sample-ir/mlir/build.sh      (needs mlir-16-tools; deterministic: same input, same output)
set -euo pipefail
cd "$(dirname "$0")"
OPT=${MLIR_OPT:-mlir-opt-16}
command -v "$OPT" >/dev/null || { echo "build.sh: $OPT not found; install it with: sudo apt-get install mlir-16-tools" >&2; exit 1; }

BUF='--one-shot-bufferize=bufferize-function-boundaries allow-return-allocs'
TO_LLVM='--lower-affine --convert-scf-to-cf --convert-vector-to-llvm --convert-math-to-llvm --expand-strided-metadata
 --lower-affine --convert-arith-to-llvm --convert-memref-to-llvm --convert-func-to-llvm --convert-cf-to-llvm
 --reconcile-unrealized-casts'

# name|passes (inputs with tensors are bufferized first)
VARIANTS=(
  "affine|--convert-linalg-to-affine-loops"
  "scf|--convert-linalg-to-loops --lower-affine"
  "parallel|--convert-linalg-to-parallel-loops"
  "tiled8|--convert-linalg-to-affine-loops --affine-loop-tile=tile-size=8"
  "unroll4|--convert-linalg-to-affine-loops --affine-loop-unroll=unroll-factor=4"
  "unrolljam2|--convert-linalg-to-affine-loops --affine-loop-unroll-jam=unroll-jam-factor=2"
  "vector8|--convert-linalg-to-affine-loops --affine-super-vectorize=virtual-vector-size=8"
  "cf|--convert-linalg-to-loops --lower-affine --convert-scf-to-cf"
  "llvm|--convert-linalg-to-loops $TO_LLVM"
)


rm -rf variants generic
mkdir -p variants generic/variants
made=0; skipped=0
for src in *.mlir; do
  base=${src%.mlir}
  pre=()
  if grep -q 'tensor<' "$src"; then pre=(--empty-tensor-to-alloc-tensor "$BUF"); fi
  for entry in "${VARIANTS[@]}"; do
    name=${entry%%|*}; passes=${entry#*|}
    out="variants/$base.$name.mlir"
    # shellcheck disable=SC2086
    if "$OPT" "$src" "${pre[@]}" $passes --canonicalize -o "$out.tmp" 2>/dev/null; then
      # Keep a variant only when the passes changed something and mlir-opt can read its own output back
      # (mlir-opt 16 crashes re-reading some lowered modules).
      if ! "$OPT" "$out.tmp" -o /dev/null 2>/dev/null; then rm -f "$out.tmp"; skipped=$((skipped+1)); continue; fi
      if cmp -s <("$OPT" "$src" --canonicalize) "$out.tmp"; then rm -f "$out.tmp"; else mv "$out.tmp" "$out"; made=$((made+1)); fi
    else
      rm -f "$out.tmp"; skipped=$((skipped+1))
    fi
  done
done
for f in *.mlir variants/*.mlir; do
  "$OPT" "$f" --mlir-print-op-generic -o "generic/$f"
done
echo "build.sh: $made variants written, $skipped pass pipelines not applicable; generic forms in generic/"
