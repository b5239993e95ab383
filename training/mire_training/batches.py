"""Batches in the encoder's tensor contract (model.py), gathered on the device from a FunctionStore.

Two row layouts, the same as the Java featuriser's (org.mire.encoder.EncoderBatch):
- training: one row per item, a random window of at most max_tokens - 2 tokens framed by [CLS] ... [SEP];
- encoding: every token, cut into consecutive chunks of max_tokens - 2, each framed (a long function has several
  rows; its text vector is the mean over all of them).
"""
from typing import Dict, Optional, Tuple

import torch
from torch import Tensor

from .model import CLS, PAD, SEP
from .shards import FunctionStore


def segments(starts: Tensor, counts: Tensor) -> Tuple[Tensor, Tensor, Tensor]:
    """Flat indices of the concatenated ranges [start, start + count), with the range each came from and its
    position inside it."""
    owner = torch.repeat_interleave(torch.arange(counts.shape[0], device=counts.device), counts)
    first = torch.cumsum(counts, 0) - counts
    within = torch.arange(owner.shape[0], device=counts.device) - first.index_select(0, owner)
    return starts.index_select(0, owner) + within, owner, within


def _graph(store: FunctionStore, index: Tensor) -> Dict[str, Tensor]:
    counts = store.node_counts.index_select(0, index)
    nodes, node_item, _ = segments(store.node_starts.index_select(0, index), counts)
    edges, edge_item, _ = segments(store.edge_starts.index_select(0, index), store.edge_counts.index_select(0, index))
    offset = (torch.cumsum(counts, 0) - counts).index_select(0, edge_item)
    picked = store.edges.index_select(1, edges)
    batch_edges = torch.stack([picked[0] + offset, picked[1] + offset, picked[2], picked[3]])
    return {
        "node_kind": store.node_kinds.index_select(0, nodes),
        "node_tokens": store.node_tokens.index_select(0, nodes),
        "node_item": node_item,
        "edges": batch_edges,
        "item_group": store.group.index_select(0, index),
    }


def _rows(store: FunctionStore, row_function: Tensor, row_start: Tensor, row_take: Tensor) -> Tensor:
    """Framed rows: [CLS] tokens[start : start + take] [SEP], padded to the longest."""
    rows = row_function.shape[0]
    content = int(row_take.max().item()) if rows > 0 else 0
    position = torch.arange(content, device=row_take.device).unsqueeze(0)
    valid = position < row_take.unsqueeze(1)
    index = store.token_starts.index_select(0, row_function).unsqueeze(1) + row_start.unsqueeze(1) + position
    index = torch.where(valid, index, torch.zeros_like(index))
    body = torch.where(valid, store.tokens.index_select(0, index.reshape(-1)).reshape(rows, content),
                       torch.full_like(index, PAD))
    tokens = torch.full((rows, content + 2), PAD, dtype=torch.long, device=row_take.device)
    tokens[:, 0] = CLS
    tokens[:, 1:content + 1] = body
    tokens[torch.arange(rows, device=row_take.device), row_take + 1] = SEP
    return tokens


def training_batch(store: FunctionStore, index: Tensor, max_tokens: int,
                   generator: Optional[torch.Generator] = None) -> Dict[str, Tensor]:
    """One random window per item (the whole text when it fits)."""
    lengths = store.token_lengths.index_select(0, index)
    take = lengths.clamp(max=max_tokens - 2)
    slack = (lengths - take + 1).float()
    noise = torch.rand(index.shape[0], device=index.device, generator=generator)
    start = (noise * slack).long().clamp(min=0)
    start = torch.minimum(start, lengths - take)
    batch = _graph(store, index)
    batch["tokens"] = _rows(store, index, start, take)
    batch["row_item"] = torch.arange(index.shape[0], device=index.device)
    return batch


def encoding_batch(store: FunctionStore, index: Tensor, max_tokens: int) -> Dict[str, Tensor]:
    """Every token of every item, in consecutive chunks of max_tokens - 2 (at least one row per item)."""
    per_row = max_tokens - 2
    lengths = store.token_lengths.index_select(0, index)
    chunks = torch.clamp((lengths + per_row - 1) // per_row, min=1)
    _, row_item, chunk = segments(torch.zeros_like(chunks), chunks)
    row_length = lengths.index_select(0, row_item)
    start = chunk * per_row
    take = torch.clamp(row_length - start, min=0, max=per_row)
    batch = _graph(store, index)
    batch["tokens"] = _rows(store, index.index_select(0, row_item), start, take)
    batch["row_item"] = row_item
    return batch


CONTRACT = ["tokens", "row_item", "node_kind", "node_tokens", "node_item", "edges", "item_group"]


def arguments(batch: Dict[str, Tensor]):
    """The batch as the module's positional arguments, in contract order."""
    return [batch[name] for name in CONTRACT]
