"""Model directories: the scripted module (``encoder.pt``), ``config.json`` and ``vocab.txt`` (docs/formats.md).

``export`` turns a run's checkpoint into a model directory the Java application loads; ``init`` writes an untrained
one (the starting point of ``mire pretrain`` in Java, and of tests); ``embed`` computes embeddings of shard functions
with a model directory (the Python side of the parity test with ``mire encode``).
"""
import hashlib
import json
import os
import platform
from typing import Dict, List, Optional

import numpy as np
import torch

from . import batches
from .model import EncoderConfig, MirEncoder, parameter_count
from .shards import FunctionStore, read_shard, shard_paths

FORMAT = 2
MODULE = "encoder.pt"
CONFIG = "config.json"
VOCABULARY = "vocab.txt"


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def engine_name() -> str:
    cuda = f"cu{torch.version.cuda.replace('.', '')}" if torch.version.cuda else "cpu"
    return f"PyTorch {torch.__version__} TorchScript ({cuda})"


def _atomic_write(path: str, data: bytes):
    with open(path + ".tmp", "wb") as f:
        f.write(data)
    os.replace(path + ".tmp", path)


def write_model_directory(out: str, model: MirEncoder, config: EncoderConfig, vocabulary: List[str],
                          training: Optional[Dict[str, object]], lineage: Optional[List[Dict]] = None) -> Dict:
    """Module first, config last, each written to a temporary name and renamed: a half-written directory fails
    its hash check instead of loading."""
    if len(vocabulary) != config.vocabularySize:
        raise ValueError(f"{len(vocabulary)} tokens for a model of {config.vocabularySize}")
    os.makedirs(out, exist_ok=True)
    model = model.cpu().float().eval()
    scripted = torch.jit.script(model)
    temp = os.path.join(out, MODULE + ".tmp")
    torch.jit.save(scripted, temp)
    os.replace(temp, os.path.join(out, MODULE))
    vocab_bytes = ("\n".join(vocabulary) + "\n").encode("utf-8")
    _atomic_write(os.path.join(out, VOCABULARY), vocab_bytes)
    manifest = {
        "format": FORMAT,
        "kind": "mirencoder",
        "architecture": config.to_dict(),
        "vocabSha256": sha256_bytes(vocab_bytes),
        "weightsSha256": sha256_file(os.path.join(out, MODULE)),
        "parameters": parameter_count(model),
        "engine": engine_name(),
        "training": training,
        "lineage": lineage or [],
    }
    _atomic_write(os.path.join(out, CONFIG), json.dumps(manifest, indent=2).encode("utf-8"))
    return manifest


def read_vocabulary(path: str) -> List[str]:
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def load_model_directory(directory: str, device: torch.device):
    """The scripted module of a model directory (hashes checked) and its manifest."""
    with open(os.path.join(directory, CONFIG)) as f:
        manifest = json.load(f)
    if manifest.get("format") != FORMAT or manifest.get("kind") != "mirencoder":
        raise SystemExit(f"{directory}: model format {manifest.get('kind')} v{manifest.get('format')} is not "
                         f"supported (this reads mirencoder v{FORMAT})")
    module_file = os.path.join(directory, MODULE)
    if sha256_file(module_file) != manifest["weightsSha256"]:
        raise SystemExit(f"{module_file}: SHA-256 mismatch with config.json")
    if sha256_file(os.path.join(directory, VOCABULARY)) != manifest["vocabSha256"]:
        raise SystemExit(f"{directory}/{VOCABULARY}: SHA-256 mismatch with config.json")
    return torch.jit.load(module_file, map_location=device), manifest


def encode_store(module, store: FunctionStore, max_tokens: int, batch_items: int = 32,
                 output: int = 0) -> np.ndarray:
    """Embeddings of every function of the store, in store order (output 0 fused, 1 text, 2 graph, 3/4 raw)."""
    vectors = []
    with torch.no_grad():
        for start in range(0, len(store), batch_items):
            batch = batches.encoding_batch(store, np.arange(start, min(len(store), start + batch_items)), max_tokens)
            vectors.append(module(*batches.arguments(batch))[output].float().cpu().numpy())
    return np.concatenate(vectors) if vectors else np.zeros((0, 0), dtype=np.float32)


def centres(model: MirEncoder, store: FunctionStore, max_tokens: int, limit: int, seed: int):
    """Mean raw text and graph projections over up to ``limit`` functions of the store (a seeded sample)."""
    rng = np.random.default_rng(seed)
    chosen = np.sort(rng.choice(len(store), size=min(limit, len(store)), replace=False))
    text_sum = None
    graph_sum = None
    model.eval()
    with torch.no_grad():
        for start in range(0, len(chosen), 32):
            batch = batches.encoding_batch(store, chosen[start:start + 32], max_tokens)
            _, _, _, text_raw, graph_raw = model(*batches.arguments(batch))
            text_sum = text_raw.sum(0) if text_sum is None else text_sum + text_raw.sum(0)
            graph_sum = graph_raw.sum(0) if graph_sum is None else graph_sum + graph_raw.sum(0)
    return text_sum / len(chosen), graph_sum / len(chosen)


def export_run(run: str, vocab: str, shards: List[str], out: str, centre_sample: int = 2000,
               max_nodes: int = 2500) -> Dict:
    settings = _read_json(os.path.join(run, "run.json"))
    summary = _read_json(os.path.join(run, "summary.json")) if os.path.exists(os.path.join(run, "summary.json")) \
        else {}
    config = EncoderConfig.from_dict(settings["architecture"])
    model = MirEncoder(config)
    model.load_state_dict(torch.load(os.path.join(run, "checkpoint.pt"), map_location="cpu", weights_only=True))
    checkpoint = _read_json(os.path.join(run, "state.json"))
    # A run that started from another run's weights: the model's training is both phases together.
    phases = [run]
    earlier = settings.get("init_from")
    while earlier:
        if not os.path.exists(os.path.join(earlier, "state.json")):
            # A model directory (train --init-from models/): its card holds the counters of all its phases.
            before = _read_json(os.path.join(earlier, "config.json")).get("training") or {}
            for key, card_key in [("step", "steps"), ("seconds", "seconds"), ("functions_seen", "functionsSeen"),
                                  ("tokens_seen", "tokensSeen"), ("nodes_seen", "nodesSeen")]:
                checkpoint[key] = checkpoint[key] + before.get(card_key, 0)
            phases.extend([earlier] * int(before.get("phases", 1)))
            break
        phases.append(earlier)
        before = _read_json(os.path.join(earlier, "state.json"))
        for key in ["step", "seconds", "functions_seen", "tokens_seen", "nodes_seen"]:
            checkpoint[key] = checkpoint[key] + before[key]
        earlier = _read_json(os.path.join(earlier, "run.json")).get("init_from")
    vocabulary = read_vocabulary(vocab)
    if len(vocabulary) != config.vocabularySize:
        raise ValueError(f"{vocab}: {len(vocabulary)} tokens, but the run {run} was trained with "
                         f"{config.vocabularySize} (use the vocabulary its shards were exported with)")
    if shards:
        # The centres take a forward pass over up to 2,000 functions: on the GPU where there is one.
        device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        store = FunctionStore([read_shard(p) for folder in shards for p in shard_paths(folder)], device)
        keep = np.nonzero((store.node_counts > 0) & (store.node_counts <= max_nodes))[0]
        text_centre, graph_centre = centres(model.to(device), store.subset(keep), config.maxTokens, centre_sample,
                                            settings["seed"])
        model.to("cpu")
        model.set_centres(text_centre.cpu(), graph_centre.cpu())
    metrics = (summary.get("validation") or {})
    training = {
        "corpus": ", ".join(shards) if shards else "",
        "trainItems": int(summary.get("functions", 0)),
        "validationItems": 0,
        "epochs": int(checkpoint["epoch"]) + 1,
        "steps": int(checkpoint["step"]),
        "seed": int(settings["seed"]),
        "lossWeights": ",".join(str(w) for w in settings["loss_weights"]),
        "seconds": float(checkpoint["seconds"]),
        "device": summary.get("device", ""),
        "hardware": summary.get("host", platform.node()),
        "functionsSeen": int(checkpoint["functions_seen"]),
        "tokensSeen": int(checkpoint["tokens_seen"]),
        "nodesSeen": int(checkpoint["nodes_seen"]),
        "phases": len(phases),
        "metrics": {k: v for k, v in metrics.items() if isinstance(v, float) and v == v},
    }
    return write_model_directory(out, model, config, vocabulary, training)


def _read_json(path: str):
    with open(path) as f:
        return json.load(f)


def rescript(directory: str, out: str) -> Dict:
    """The same weights under the current module code (after a change to model.py that keeps every weight's
    shape, e.g. a new exported method): the scripted code of a model directory is part of its encoder.pt."""
    module, manifest = load_model_directory(directory, torch.device("cpu"))
    config = EncoderConfig.from_dict(manifest["architecture"])
    model = MirEncoder(config)
    model.load_state_dict(module.state_dict())
    vocabulary = read_vocabulary(os.path.join(directory, VOCABULARY))
    return write_model_directory(out, model, config, vocabulary, manifest.get("training"), manifest.get("lineage"))


def init_model(vocab: str, out: str, seed: int, architecture: Dict[str, float]) -> Dict:
    vocabulary = read_vocabulary(vocab)
    config = EncoderConfig(len(vocabulary), **architecture)
    torch.manual_seed(seed)
    return write_model_directory(out, MirEncoder(config), config, vocabulary, None)
