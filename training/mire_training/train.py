"""The pre-training loop: shards in, a resumable run folder out, exported as a model directory at the end.

A run is a chain of calls of at most ``--minutes`` each (the GPU machine allows 10-minute commands): every call
resumes from the run folder when it holds a checkpoint, trains until its time is up or the planned steps are done,
and leaves a checkpoint behind. Batches, masks and the learning-rate schedule depend only on (seed, step), so a
resumed run continues exactly where it stopped (with ``--moments fp32``; bf16 moments save space at the cost of
bit-exactness; ``none`` restarts the moments with a short warm-up).

Run folder: ``checkpoint.pt`` (the weights; read with ``weights_only=True``), ``state.json`` (step, epoch
position, counters), ``moments-*.pt`` (AdamW state), ``train-log.csv`` (the same columns as ``mire pretrain``'s log), ``run.json``
(the settings, fixed by the first call: a resumed call with other settings is refused).
"""
import argparse
import csv
import json
import math
import os
import platform
import time
from collections import OrderedDict
from typing import Dict, List, Optional

import numpy as np
import torch

from . import batches
from .model import LOSS_NAMES, STAT_NAMES, EncoderConfig, MirEncoder, parameter_count
from .shards import FunctionStore, ShardError, read_shard, shard_paths

LOG_HEADER = ["kind", "step", "epoch", "loss", "token_loss", "edge_loss", "node_loss", "match_loss",
              "contrast_loss", "lr", "grad_norm", "seconds", "token_acc", "edge_auc", "node_acc", "match_acc",
              "contrast_acc"]
SETTINGS = ["architecture", "seed", "lr", "warmup", "total_steps", "batch_items", "batch_nodes", "max_nodes",
            "weight_decay", "loss_weights", "pairs", "init_from"]


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Area under the ROC curve (Mann-Whitney, ties counted half); NaN when one class is missing."""
    positives = int(labels.sum())
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        return float("nan")
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores), dtype=np.float64)
    sorted_scores = scores[order]
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2.0 + 1
        i = j + 1
    return float((ranks[labels > 0.5].sum() - positives * (positives + 1) / 2.0) / (positives * negatives))


class BatchPlan:
    """Which functions go together: groups (one function at several optimisation levels) shuffled per epoch from
    (seed, epoch); each group contributes up to ``pairs`` distinct members, packed under an item and a node budget."""

    def __init__(self, store: FunctionStore, max_nodes: int, batch_items: int, batch_nodes: int, pairs: int,
                 seed: int):
        nodes = store.node_counts
        usable = np.nonzero((nodes > 0) & (nodes <= max_nodes))[0]
        if len(usable) < 2:
            raise ShardError(f"only {len(usable)} functions with 1..{max_nodes} graph nodes: nothing to train on")
        groups = store.group[usable]
        order = np.argsort(groups, kind="stable")
        sorted_groups = groups[order]
        boundaries = np.flatnonzero(np.diff(sorted_groups)) + 1
        self.members = np.split(usable[order], boundaries)
        self.nodes = nodes
        self.batch_items = batch_items
        self.batch_nodes = batch_nodes
        self.pairs = pairs
        self.seed = seed
        self.functions = len(usable)

    def epoch(self, epoch: int) -> List[np.ndarray]:
        rng = np.random.default_rng([self.seed, epoch])
        plan = []
        current: List[int] = []
        current_nodes = 0
        for g in rng.permutation(len(self.members)):
            members = self.members[g]
            chosen = rng.choice(members, size=min(self.pairs, len(members)), replace=False)
            size = int(self.nodes[chosen].sum())
            if current and (len(current) + len(chosen) > self.batch_items or current_nodes + size > self.batch_nodes):
                if len(current) >= 2:
                    plan.append(np.array(current, dtype=np.int64))
                current, current_nodes = [], 0
            current.extend(int(c) for c in chosen)
            current_nodes += size
        if len(current) >= 2:
            plan.append(np.array(current, dtype=np.int64))
        return plan


def learning_rate(step: int, peak: float, warmup: int, total: int) -> float:
    """Linear warm-up, then cosine decay to a tenth of the peak at ``total`` steps."""
    if step < warmup:
        return peak * (step + 1) / warmup
    progress = min(1.0, (step - warmup) / max(1, total - warmup))
    return peak * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))


def load_store(folders: List[str], device: torch.device, limit_mib: Optional[float] = None) -> FunctionStore:
    paths = [p for folder in folders for p in shard_paths(folder)]
    return FunctionStore([read_shard(p) for p in paths], device)


def _atomic_save(obj, path: str):
    temp = path + ".tmp"
    torch.save(obj, temp)
    os.replace(temp, path)


def _load(path: str, device: torch.device):
    return torch.load(path, map_location=device, weights_only=True)


def initial_weights(source: str, device: torch.device) -> Dict[str, torch.Tensor]:
    """The weights a run starts from: a run folder's checkpoint.pt, or a model directory's TorchScript encoder.pt
    (e.g. the shipped models/, to continue its pre-training; TorchScript is data, never a pickle)."""
    checkpoint = os.path.join(source, "checkpoint.pt")
    if os.path.exists(checkpoint):
        return _load(checkpoint, device)
    module = os.path.join(source, "encoder.pt")
    if os.path.exists(module):
        return dict(torch.jit.load(module, map_location=device).state_dict())
    raise ValueError(f"{source}: neither a run folder (checkpoint.pt) nor a model directory (encoder.pt)")


def evaluate(model, store: FunctionStore, plan: List[np.ndarray], max_tokens: int, weights: torch.Tensor,
             seed: int, use_bf16: bool) -> Dict[str, float]:
    """Validation metrics over fixed batches with fixed masks (the same every time for the same seed)."""
    model.eval()
    totals = torch.zeros(len(STAT_NAMES), dtype=torch.float64)
    scores, labels = [], []
    with torch.no_grad():
        for k, index in enumerate(plan):
            torch.manual_seed(seed * 1_000_003 + k)
            batch = batches.training_batch(store, index, max_tokens)
            with _autocast(store.device, use_bf16):
                _, stats, s, l = model.pretrain_losses(*batches.arguments(batch), weights)
            totals += stats.double().cpu()
            scores.append(s.float().cpu().numpy())
            labels.append(l.float().cpu().numpy())
    model.train()
    n = max(1, len(plan))
    values = dict(zip(STAT_NAMES, totals.tolist()))
    return {
        "loss": values["loss"] / n, "token_loss": values["token_loss"] / n, "edge_loss": values["edge_loss"] / n,
        "node_loss": values["node_loss"] / n, "match_loss": values["match_loss"] / n,
        "contrast_loss": values["contrast_loss"] / n,
        "token_acc": values["token_correct"] / max(1.0, values["token_count"]),
        "node_acc": values["node_correct"] / max(1.0, values["node_count"]),
        "match_acc": values["match_correct"] / max(1.0, values["match_count"]),
        "contrast_acc": values["contrast_correct"] / max(1.0, values["contrast_count"]),
        "edge_auc": auc(np.concatenate(scores), np.concatenate(labels)) if scores else float("nan"),
    }


class _autocast:
    """bf16 autocast on CUDA (when asked), nothing on the CPU; works on PyTorch 1.13 and 2.x."""

    def __init__(self, device: torch.device, enabled: bool):
        self.context = torch.autocast(device_type="cuda", dtype=torch.bfloat16) \
            if enabled and device.type == "cuda" else None

    def __enter__(self):
        if self.context is not None:
            self.context.__enter__()

    def __exit__(self, *args):
        if self.context is not None:
            self.context.__exit__(*args)


def _log_row(kind: str, step: int, epoch: int, values: Dict[str, float], lr: float, grad_norm: float,
             seconds: float) -> List[str]:
    def fmt(name):
        value = values.get(name)
        return "" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.5f}"
    return [kind, str(step), str(epoch), fmt("loss"), fmt("token_loss"), fmt("edge_loss"), fmt("node_loss"),
            fmt("match_loss"), fmt("contrast_loss"), f"{lr:.5e}", "" if grad_norm is None else f"{grad_norm:.4f}",
            f"{seconds:.1f}", fmt("token_acc"), fmt("edge_auc"), fmt("node_acc"), fmt("match_acc"),
            fmt("contrast_acc")]


def train(args) -> Dict[str, object]:
    device = torch.device(args.device)
    os.makedirs(args.out, exist_ok=True)
    settings_file = os.path.join(args.out, "run.json")
    checkpoint_file = os.path.join(args.out, "checkpoint.pt")
    log_file = os.path.join(args.out, "train-log.csv")
    started = time.time()

    with open(args.vocab, encoding="utf-8") as f:
        vocabulary = [line.rstrip("\n") for line in f]
    architecture = EncoderConfig(len(vocabulary), **_architecture_overrides(args.architecture)).to_dict()
    settings = {"architecture": architecture, "seed": args.seed, "lr": args.lr, "warmup": args.warmup,
                "total_steps": args.total_steps, "batch_items": args.batch_items, "batch_nodes": args.batch_nodes,
                "max_nodes": args.max_nodes, "weight_decay": args.weight_decay,
                "loss_weights": [float(w) for w in args.loss_weights.split(",")], "pairs": args.pairs,
                "init_from": os.path.abspath(args.init_from) if args.init_from else None}
    if len(settings["loss_weights"]) != len(LOSS_NAMES):
        raise SystemExit(f"--loss-weights needs {len(LOSS_NAMES)} values ({','.join(LOSS_NAMES)})")
    if os.path.exists(settings_file):
        with open(settings_file) as f:
            recorded = json.load(f)
        changed = [k for k in SETTINGS if recorded.get(k) != settings.get(k)]
        if changed:
            raise SystemExit(f"{settings_file}: this run was started with other settings ({', '.join(changed)}); "
                             f"use a new --out folder")
    else:
        with open(settings_file + ".tmp", "w") as f:
            json.dump(settings, f, indent=2)
        os.replace(settings_file + ".tmp", settings_file)

    store = load_store(args.shards, device)
    if store.meta.get("vocabularySize") != len(vocabulary):
        raise SystemExit(f"the shards were made with a vocabulary of {store.meta.get('vocabularySize')} tokens, "
                         f"{args.vocab} has {len(vocabulary)}")
    validation = load_store(args.validation, device) if args.validation else None
    plan = BatchPlan(store, args.max_nodes, args.batch_items, args.batch_nodes, args.pairs, args.seed)
    validation_plan = BatchPlan(validation, args.max_nodes, args.batch_items, args.batch_nodes, args.pairs,
                                args.seed).epoch(0)[:args.validation_batches] if validation else []

    torch.manual_seed(args.seed)
    model = MirEncoder(EncoderConfig.from_dict(architecture)).to(device)
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2 and "positions" not in n]
    no_decay = [p for n, p in model.named_parameters() if not (p.dim() >= 2 and "positions" not in n)]
    optimiser_options = {"lr": args.lr, "betas": (0.9, 0.999), "eps": 1e-8}
    if device.type == "cuda" and "fused" in torch.optim.AdamW.__init__.__code__.co_varnames:
        optimiser_options["fused"] = True
    optimiser = torch.optim.AdamW([{"params": decay, "weight_decay": args.weight_decay},
                                   {"params": no_decay, "weight_decay": 0.0}], **optimiser_options)
    state = {"step": 0, "epoch": 0, "position": 0, "seconds": 0.0, "functions_seen": 0, "tokens_seen": 0,
             "nodes_seen": 0}
    rewarm_from = None
    if os.path.exists(checkpoint_file):
        model.load_state_dict(_load(checkpoint_file, device))
        with open(os.path.join(args.out, "state.json")) as f:
            recorded_state = json.load(f)
        state.update({k: recorded_state[k] for k in state})
        moments = _load_moments(args.out, device, optimiser)
        if moments is not None:
            optimiser.load_state_dict(moments)
        else:
            rewarm_from = state["step"]
        _truncate_log(log_file, state["step"])
        print(f"resumed at step {state['step']} (epoch {state['epoch']}, {state['seconds']:.0f} s trained"
              f"{', AdamW moments restarted' if rewarm_from is not None else ''})", flush=True)
    elif args.init_from:
        # A new run that starts from another run's weights (a second phase with its own schedule and data).
        model.load_state_dict(initial_weights(args.init_from, device))
        print(f"starting from the weights of {args.init_from}", flush=True)
    if not os.path.exists(log_file):
        with open(log_file, "w", newline="") as f:
            csv.writer(f).writerow(LOG_HEADER)

    weights = torch.tensor(settings["loss_weights"], device=device)
    print(f"{store.count} functions ({plan.functions} usable, {len(plan.members)} groups), "
          f"{parameter_count(model):,} parameters, device {device}"
          f"{' ' + torch.cuda.get_device_name(device) if device.type == 'cuda' else ''}, torch {torch.__version__}",
          flush=True)

    deadline = started + args.minutes * 60
    epoch_plan = plan.epoch(state["epoch"])
    last_checkpoint = time.time()
    call_start_step = state["step"]
    call_start_seconds = state["seconds"]
    log = open(log_file, "a", newline="")
    writer = csv.writer(log)
    model.train()
    step_start = time.time()
    stop_at = args.total_steps if args.stop_after is None else min(args.total_steps, state["step"] + args.stop_after)
    while state["step"] < stop_at and time.time() < deadline:
        if state["position"] >= len(epoch_plan):
            state["epoch"] += 1
            state["position"] = 0
            epoch_plan = plan.epoch(state["epoch"])
        index = epoch_plan[state["position"]]
        step = state["step"]
        lr = learning_rate(step, args.lr, args.warmup, args.total_steps)
        if rewarm_from is not None and step - rewarm_from < args.warmup // 4:
            lr *= (step - rewarm_from + 1) / (args.warmup // 4)
        for group in optimiser.param_groups:
            group["lr"] = lr
        torch.manual_seed(args.seed * 1_000_003 + step)
        batch = batches.training_batch(store, index, architecture["maxTokens"])
        with _autocast(device, args.bf16):
            total, stats, _, _ = model.pretrain_losses(*batches.arguments(batch), weights)
        optimiser.zero_grad(set_to_none=True)
        total.backward()
        grad_norm = torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimiser.step()
        state["step"] += 1
        state["position"] += 1
        state["functions_seen"] += int(index.shape[0])
        state["tokens_seen"] += int(batch["tokens"].shape[0] * batch["tokens"].shape[1])
        state["nodes_seen"] += int(batch["node_kind"].shape[0])
        if state["step"] % args.log_every == 0 or state["step"] == 1:
            values = dict(zip(STAT_NAMES, stats.float().cpu().tolist()))
            if not math.isfinite(values["loss"]):
                raise SystemExit(f"step {state['step']}: loss is {values['loss']}; stopping (checkpoint of step "
                                 f"{call_start_step} kept)")
            values["token_acc"] = values["token_correct"] / max(1.0, values["token_count"])
            values["node_acc"] = values["node_correct"] / max(1.0, values["node_count"])
            values["match_acc"] = values["match_correct"] / max(1.0, values["match_count"])
            values["contrast_acc"] = values["contrast_correct"] / max(1.0, values["contrast_count"])
            seconds = call_start_seconds + time.time() - step_start
            writer.writerow(_log_row("train", state["step"], state["epoch"] + 1, values, lr, float(grad_norm),
                                     seconds))
            log.flush()
        if time.time() - last_checkpoint > args.checkpoint_minutes * 60:
            state["seconds"] = call_start_seconds + time.time() - step_start
            _save(args.out, model, optimiser, state, args.moments)
            last_checkpoint = time.time()
    if device.type == "cuda":
        torch.cuda.synchronize()
    state["seconds"] = call_start_seconds + time.time() - step_start
    steps_this_call = state["step"] - call_start_step
    rate = steps_this_call / max(1e-9, time.time() - step_start)
    metrics = None
    if validation_plan:
        metrics = evaluate(model, validation, validation_plan, architecture["maxTokens"], weights, args.seed,
                           args.bf16)
        writer.writerow(_log_row("valid", state["step"], state["epoch"] + 1, metrics,
                                 learning_rate(state["step"], args.lr, args.warmup, args.total_steps), None,
                                 state["seconds"]))
    log.close()
    _save(args.out, model, optimiser, state, args.moments)
    summary = {"step": state["step"], "epoch": state["epoch"], "steps_this_call": steps_this_call,
               "steps_per_second": rate, "seconds": state["seconds"], "functions_seen": state["functions_seen"],
               "tokens_seen": state["tokens_seen"], "nodes_seen": state["nodes_seen"], "validation": metrics,
               "device": str(device) + (f" ({torch.cuda.get_device_name(device)})" if device.type == "cuda" else ""),
               "torch": torch.__version__, "host": platform.node(), "functions": plan.functions}
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=2)
    print(json.dumps(summary), flush=True)
    return summary


def _save(out: str, model, optimiser, state: Dict[str, object], moments: str):
    """checkpoint.pt holds tensors only and state.json the counters, so that ``torch.load(weights_only=True)``
    reads them on every PyTorch version (1.13's safe unpickler refuses plain floats)."""
    model_state = OrderedDict((k, v.detach().float().cpu()) for k, v in model.state_dict().items())
    _atomic_save(model_state, os.path.join(out, "checkpoint.pt"))
    for name in os.listdir(out):
        if name.startswith("moments-") and name.endswith(".pt"):
            os.remove(os.path.join(out, name))
    if moments != "none":
        full = optimiser.state_dict()["state"]
        dtype = torch.bfloat16 if moments == "bf16" else torch.float32
        indices = sorted(full)
        for key in ["exp_avg", "exp_avg_sq"]:
            part = OrderedDict((str(i), full[i][key].detach().to(dtype).cpu()) for i in indices)
            part["step"] = torch.tensor([float(full[i]["step"]) for i in indices], dtype=torch.float64)
            _atomic_save(part, os.path.join(out, f"moments-{key}.pt"))
    with open(os.path.join(out, "state.json.tmp"), "w") as f:
        json.dump(state, f, indent=2)
    os.replace(os.path.join(out, "state.json.tmp"), os.path.join(out, "state.json"))


def _load_moments(out: str, device: torch.device, optimiser):
    files = [os.path.join(out, f"moments-{key}.pt") for key in ["exp_avg", "exp_avg_sq"]]
    if not all(os.path.exists(f) for f in files):
        return None
    parts = [_load(f, device) for f in files]
    state = {}
    for key in parts[0]:
        if key == "step":
            continue
        i = int(key)
        step = parts[0]["step"][i].item()
        state[i] = {"exp_avg": parts[0][key].float(), "exp_avg_sq": parts[1][key].float(),
                    "step": torch.tensor(step) if _tensor_steps() else step}
    return {"param_groups": optimiser.state_dict()["param_groups"], "state": state}


def _tensor_steps() -> bool:
    """AdamW keeps its step count as a tensor from PyTorch 1.12 on."""
    major, minor = (int(x) for x in torch.__version__.split(".")[:2])
    return (major, minor) >= (1, 12)


def _truncate_log(log_file: str, step: int):
    """Drops log rows after the checkpoint's step (a call that died after its last checkpoint wrote them)."""
    if not os.path.exists(log_file):
        return
    with open(log_file, newline="") as f:
        rows = list(csv.reader(f))
    kept = [rows[0]] + [r for r in rows[1:] if int(r[1]) <= step]
    with open(log_file + ".tmp", "w", newline="") as f:
        csv.writer(f).writerows(kept)
    os.replace(log_file + ".tmp", log_file)


def _architecture_overrides(text: str) -> Dict[str, float]:
    values: Dict[str, float] = {}
    if not text:
        return values
    for part in text.split(","):
        key, _, value = part.partition("=")
        if key not in EncoderConfig.FIELDS or key == "vocabularySize":
            raise SystemExit(f"--architecture: unknown field {key} (one of {', '.join(EncoderConfig.FIELDS[1:])})")
        values[key] = float(value) if key == "temperature" else int(value)
    return values


def add_arguments(parser: argparse.ArgumentParser):
    parser.add_argument("--shards", nargs="+", required=True, help="folders of training shards (mire corpus export)")
    parser.add_argument("--validation", nargs="*", default=[], help="folders of validation shards")
    parser.add_argument("--vocab", required=True, help="the vocab.txt the shards were made with")
    parser.add_argument("--out", required=True, help="the run folder (resumed when it holds a checkpoint)")
    parser.add_argument("--architecture", default="", help="overrides, e.g. width=256,heads=8")
    parser.add_argument("--init-from", default=None, help="start a new run from the weights of this run folder")
    parser.add_argument("--minutes", type=float, default=9.0, help="stop this call after so many minutes")
    parser.add_argument("--total-steps", type=int, default=40000, help="planned steps of the whole run")
    parser.add_argument("--stop-after", type=int, default=None, help="stop this call after so many steps")
    parser.add_argument("--batch-items", type=int, default=64)
    parser.add_argument("--batch-nodes", type=int, default=24000)
    parser.add_argument("--max-nodes", type=int, default=2500, help="leave out functions with larger graphs")
    parser.add_argument("--pairs", type=int, default=2, help="members of a group (opt levels) per batch")
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--warmup", type=int, default=1000)
    parser.add_argument("--weight-decay", type=float, default=0.01)
    parser.add_argument("--loss-weights", default="1,1,0.5,1,1", help=",".join(LOSS_NAMES))
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--bf16", action="store_true", help="bf16 autocast (CUDA only)")
    parser.add_argument("--log-every", type=int, default=50)
    parser.add_argument("--checkpoint-minutes", type=float, default=3.0)
    parser.add_argument("--moments", choices=["fp32", "bf16", "none"], default="fp32")
    parser.add_argument("--validation-batches", type=int, default=40)
