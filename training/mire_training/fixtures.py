"""Regenerates the committed test fixtures that tie the Java side to this package (run after changing model.py):

    python3 -m mire_training.fixtures --repo ..

1. ``core/src/test/resources/org/mire/encoder/tiny-model/``: an untrained tiny module (vocabulary of 24 tokens,
   the Java tests' ToyPrograms) for the engine, training and model-directory tests;
2. ``core/src/test/resources/org/mire/encoder/parity/``: training shards of sample functions and the embeddings
   this package computes for them with the shipped model (``models/``). The Java ParityTest encodes the same
   functions with ``mire encode``'s path and must agree to 1e-5; training/tests checks the Python side.
"""
import argparse
import json
import os
import shutil
import subprocess

import numpy as np
import torch

from . import export
from .model import EncoderConfig, MirEncoder
from .shards import FunctionStore, read_shard, shard_paths

TINY_VOCABULARY = 24
PARITY_FILES = ["sample-ir/ll/quicksort.O0.ll", "sample-ir/ll/quicksort.O2.ll", "sample-ir/ll/matmul.O1.ll",
                "sample-ir/ll/dijkstra.O3.ll", "sample-ir/ll/bfs.O1.ll"]


def tiny_vocabulary():
    return ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + [f"t{i}" for i in range(5, TINY_VOCABULARY)]


def write_tiny(out: str):
    config = EncoderConfig.tiny(TINY_VOCABULARY)
    torch.manual_seed(7)
    export.write_model_directory(out, MirEncoder(config), config, tiny_vocabulary(), None)


def write_parity(repo: str, out: str):
    """Exports the parity functions with the Java exporter (whole functions, every node) and embeds them."""
    shards = os.path.join(out, "shards")
    if os.path.exists(shards):
        shutil.rmtree(shards)
    files = [f for f in PARITY_FILES if os.path.exists(os.path.join(repo, f))]
    subprocess.run([os.path.join(repo, "mire"), "corpus", "export", *files, "--vocab",
                    os.path.join(repo, "models", "vocab.txt"), "--out", shards, "--max-nodes", "0",
                    "--max-function-tokens", "0"], cwd=repo, check=True)
    module, manifest = export.load_model_directory(os.path.join(repo, "models"), torch.device("cpu"))
    store = FunctionStore([read_shard(p) for p in shard_paths(shards)], torch.device("cpu"))
    vectors = export.encode_store(module, store, manifest["architecture"]["maxTokens"], 8)
    np.save(os.path.join(out, "expected.npy"), vectors.astype(np.float32))
    with open(os.path.join(out, "expected.json"), "w") as f:
        json.dump({"model": manifest["weightsSha256"], "files": files,
                   "ids": [f"{row[0]}#{row[1]}" for row in store.rows]}, f, indent=2)
    os.remove(os.path.join(shards, "vocab.txt"))  # the shipped model's; recorded by hash in the shard


def main():
    parser = argparse.ArgumentParser(prog="python3 -m mire_training.fixtures")
    parser.add_argument("--repo", default="..")
    args = parser.parse_args()
    args.repo = os.path.abspath(args.repo)
    resources = os.path.join(args.repo, "core", "src", "test", "resources", "org", "mire", "encoder")
    write_tiny(os.path.join(resources, "tiny-model"))
    write_parity(args.repo, os.path.join(resources, "parity"))
    print("fixtures written under", resources)


if __name__ == "__main__":
    main()
