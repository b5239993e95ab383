"""Reading the featurised training shards that ``mire corpus export`` writes (docs/formats.md, "Training shards").

A shard is a ``.npz`` (a zip of ``.npy`` arrays, deflated) plus two text members, ``meta.json`` and ``rows.tsv``.
Arrays (F functions, the k-th function's slice given by its offsets):

    tokens         uint16|int32 [sum tokens]     statement token ids, without [CLS]/[SEP]
    token_offsets  int64 [F+1]
    node_kinds     uint8 [sum nodes]
    node_texts     uint16|int32 [sum nodes]      row of text_table holding the node's first T token ids
    text_table     uint16|int32 [U, T]           distinct node texts of the shard, padded with PAD
    node_offsets   int64 [F+1]
    edge_source    uint16|int32 [sum edges]      local node index within the function
    edge_target    uint16|int32 [sum edges]
    edge_flow      uint8 [sum edges]             0 control, 1 data, 2 call
    edge_position  uint8 [sum edges]             operand/successor position, clamped to 255
    edge_offsets   int64 [F+1]
    group          int64 [F]                     the same function (source file + name) at any opt level
    opt            int8 [F]                      0..3 for -O0..-O3, -1 when unknown

Nothing is unpickled: numpy loads the arrays with ``allow_pickle=False``.
"""
import hashlib
import json
import os
import zipfile
from typing import Dict, List

import numpy as np
import torch

FORMAT = 1
ARRAYS = ["tokens", "token_offsets", "node_kinds", "node_texts", "text_table", "node_offsets", "edge_source",
          "edge_target", "edge_flow", "edge_position", "edge_offsets", "group", "opt"]


class ShardError(Exception):
    pass


def read_shard(path: str) -> Dict[str, object]:
    """One shard's arrays (numpy), its meta.json and its rows (file, function, group, opt), checked."""
    try:
        with np.load(path, allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in ARRAYS if name + ".npy" in npz.zip.namelist()}
            with zipfile.ZipFile(path) as archive:
                meta = json.loads(archive.read("meta.json").decode("utf-8"))
                rows = archive.read("rows.tsv").decode("utf-8").splitlines()
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as e:
        raise ShardError(f"{path}: not a readable training shard ({e})") from e
    missing = [name for name in ARRAYS if name not in arrays]
    if missing:
        raise ShardError(f"{path}: missing arrays {missing}")
    if meta.get("format") != FORMAT:
        raise ShardError(f"{path}: shard format {meta.get('format')}, this trainer reads format {FORMAT}")
    functions = len(arrays["group"])
    for name in ["token_offsets", "node_offsets", "edge_offsets"]:
        offsets = arrays[name]
        if len(offsets) != functions + 1 or offsets[0] != 0 or np.any(np.diff(offsets) < 0):
            raise ShardError(f"{path}: {name} is not a valid offset array for {functions} functions")
    if arrays["token_offsets"][-1] != len(arrays["tokens"]) or arrays["node_offsets"][-1] != len(
            arrays["node_kinds"]) or arrays["edge_offsets"][-1] != len(arrays["edge_source"]):
        raise ShardError(f"{path}: offsets do not match the array lengths")
    if len(rows) != functions + 1:
        raise ShardError(f"{path}: rows.tsv has {len(rows) - 1} rows for {functions} functions")
    arrays["meta"] = meta
    arrays["rows"] = [line.split("\t") for line in rows[1:]]
    return arrays


def shard_paths(folder: str) -> List[str]:
    names = sorted(n for n in os.listdir(folder) if n.startswith("shard-") and n.endswith(".npz"))
    if not names:
        raise ShardError(f"{folder}: no shard-*.npz files")
    return [os.path.join(folder, n) for n in names]


def sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class FunctionStore:
    """The functions of several shards as flat numpy arrays (batches are assembled on the CPU, where every size is
    known, and only the finished batch goes to the device: no device round trips while a GPU step runs)."""

    def __init__(self, shards: List[Dict[str, object]], device: torch.device):
        if not shards:
            raise ShardError("no shards")
        first = shards[0]["meta"]
        for shard in shards[1:]:
            meta = shard["meta"]
            for key in ["vocabSha256", "nodeTokens"]:
                if meta.get(key) != first.get(key):
                    raise ShardError(f"shards disagree on {key}: {meta.get(key)} vs {first.get(key)}")
        self.meta = first
        self.device = device
        self.node_token_count = int(first["nodeTokens"])
        self.tokens = np.concatenate([s["tokens"].astype(np.int64) for s in shards])
        self.token_lengths = np.concatenate([np.diff(s["token_offsets"]) for s in shards])
        self.node_kinds = np.concatenate([s["node_kinds"].astype(np.int64) for s in shards])
        self.node_tokens = np.concatenate([s["text_table"].astype(np.int64)[s["node_texts"].astype(np.int64)]
                                           for s in shards]).reshape(-1, self.node_token_count)
        self.node_counts = np.concatenate([np.diff(s["node_offsets"]) for s in shards])
        self.edges = np.stack([np.concatenate([s[name].astype(np.int64) for s in shards])
                               for name in ["edge_source", "edge_target", "edge_flow", "edge_position"]])
        self.edge_counts = np.concatenate([np.diff(s["edge_offsets"]) for s in shards])
        self.group = np.concatenate([s["group"].astype(np.int64) for s in shards])
        self.opt = np.concatenate([s["opt"].astype(np.int64) for s in shards])
        self.rows = [row for s in shards for row in s["rows"]]
        self._starts()

    def _starts(self):
        self.token_starts = np.cumsum(self.token_lengths) - self.token_lengths
        self.node_starts = np.cumsum(self.node_counts) - self.node_counts
        self.edge_starts = np.cumsum(self.edge_counts) - self.edge_counts
        self.count = len(self.rows)

    def subset(self, keep: np.ndarray) -> "FunctionStore":
        """The functions ``keep`` (indices) as a store of their own, sharing the flat arrays."""
        view = object.__new__(FunctionStore)
        view.__dict__.update(self.__dict__)
        for name in ["token_lengths", "node_counts", "edge_counts", "group", "opt"]:
            setattr(view, name, getattr(self, name)[keep])
        view.token_starts = self.token_starts[keep]
        view.node_starts = self.node_starts[keep]
        view.edge_starts = self.edge_starts[keep]
        view.rows = [self.rows[i] for i in keep]
        view.count = len(view.rows)
        return view

    def __len__(self):
        return self.count
