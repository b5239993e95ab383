"""Batches in the encoder's tensor contract (model.py), assembled from a FunctionStore with numpy and sent to the
device in one piece.

Two row layouts, the same as the Java featuriser's (org.mire.encoder.EncoderBatch):
- training: one row per item, a random window of at most max_tokens - 2 tokens framed by [CLS] ... [SEP];
- encoding: every token, cut into consecutive chunks of max_tokens - 2, each framed (a long function has several
  rows; its text vector is the mean over all of them).
"""
from typing import Dict, Optional, Tuple

import numpy as np
import torch
from torch import Tensor

from .model import CLS, PAD, SEP
from .shards import FunctionStore


def segments(starts: np.ndarray, counts: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Flat indices of the concatenated ranges [start, start + count) and the range each came from."""
    owner = np.repeat(np.arange(len(counts)), counts)
    first = np.cumsum(counts) - counts
    within = np.arange(len(owner)) - first[owner]
    return starts[owner] + within, owner


def _graph(store: FunctionStore, index: np.ndarray) -> Dict[str, np.ndarray]:
    counts = store.node_counts[index]
    nodes, node_item = segments(store.node_starts[index], counts)
    edges, edge_item = segments(store.edge_starts[index], store.edge_counts[index])
    offset = (np.cumsum(counts) - counts)[edge_item]
    picked = store.edges[:, edges]
    return {
        "node_kind": store.node_kinds[nodes],
        "node_tokens": store.node_tokens[nodes],
        "node_item": node_item,
        "edges": np.stack([picked[0] + offset, picked[1] + offset, picked[2], picked[3]]),
        "item_group": store.group[index],
    }


def _rows(store: FunctionStore, row_function: np.ndarray, row_start: np.ndarray, row_take: np.ndarray) -> np.ndarray:
    """Framed rows: [CLS] tokens[start : start + take] [SEP], padded to the longest."""
    rows = len(row_function)
    content = int(row_take.max()) if rows > 0 else 0
    position = np.arange(content)[None, :]
    valid = position < row_take[:, None]
    index = store.token_starts[row_function][:, None] + row_start[:, None] + position
    body = np.where(valid, store.tokens[np.where(valid, index, 0)], PAD)
    tokens = np.full((rows, content + 2), PAD, dtype=np.int64)
    tokens[:, 0] = CLS
    tokens[:, 1:content + 1] = body
    tokens[np.arange(rows), row_take + 1] = SEP
    return tokens


def _to(batch: Dict[str, np.ndarray], device: torch.device) -> Dict[str, Tensor]:
    return {k: torch.from_numpy(np.ascontiguousarray(v)).to(device, non_blocking=True) for k, v in batch.items()}


def training_batch(store: FunctionStore, index, max_tokens: int,
                   generator: Optional[np.random.Generator] = None) -> Dict[str, Tensor]:
    """One random window per item (the whole text when it fits); windows from ``generator`` or torch's CPU
    generator (seeded per step by the trainer)."""
    index = np.asarray(index.cpu() if isinstance(index, Tensor) else index, dtype=np.int64)
    lengths = store.token_lengths[index]
    take = np.minimum(lengths, max_tokens - 2)
    noise = generator.random(len(index)) if generator is not None else torch.rand(len(index)).numpy()
    start = np.minimum((noise * (lengths - take + 1)).astype(np.int64), lengths - take)
    batch = _graph(store, index)
    batch["tokens"] = _rows(store, index, start, take)
    batch["row_item"] = np.arange(len(index))
    return _to(batch, store.device)


def encoding_batch(store: FunctionStore, index, max_tokens: int) -> Dict[str, Tensor]:
    """Every token of every item, in consecutive chunks of max_tokens - 2 (at least one row per item)."""
    index = np.asarray(index.cpu() if isinstance(index, Tensor) else index, dtype=np.int64)
    per_row = max_tokens - 2
    lengths = store.token_lengths[index]
    chunks = np.maximum((lengths + per_row - 1) // per_row, 1)
    row_item = np.repeat(np.arange(len(index)), chunks)
    chunk = np.arange(len(row_item)) - (np.cumsum(chunks) - chunks)[row_item]
    start = chunk * per_row
    take = np.clip(lengths[row_item] - start, 0, per_row)
    batch = _graph(store, index)
    batch["tokens"] = _rows(store, index[row_item], start, take)
    batch["row_item"] = row_item
    return _to(batch, store.device)


CONTRACT = ["tokens", "row_item", "node_kind", "node_tokens", "node_item", "edges", "item_group"]


def arguments(batch: Dict[str, Tensor]):
    """The batch as the module's positional arguments, in contract order."""
    return [batch[name] for name in CONTRACT]
