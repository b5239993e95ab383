"""python3 -m mire_training {train,export,init,embed,bench} — see training/README.md."""
import argparse
import json
import os
import sys
import time

import numpy as np
import torch

from . import batches, export, train
from .model import EncoderConfig, MirEncoder
from .shards import FunctionStore, ShardError, read_shard, shard_paths


def _embed(args):
    module, manifest = export.load_model_directory(args.model, torch.device(args.device))
    store = FunctionStore([read_shard(p) for p in shard_paths(args.shards)], torch.device(args.device))
    output = ["fused", "text", "graph", "text_raw", "graph_raw"].index(args.output)
    vectors = export.encode_store(module, store, manifest["architecture"]["maxTokens"], args.batch, output)
    np.save(args.out, vectors.astype(np.float32))
    with open(os.path.splitext(args.out)[0] + ".ids.txt", "w", encoding="utf-8") as f:
        for row in store.rows:
            f.write(f"{row[0]}#{row[1]}\n")
    print(f"{len(store)} vectors of {vectors.shape[1] if vectors.ndim == 2 else 0} dimensions -> {args.out}")


def _bench(args):
    """Throughput of the module on one device: functions/s of encoding and steps/s of training."""
    device = torch.device(args.device)
    store = FunctionStore([read_shard(p) for folder in args.shards for p in shard_paths(folder)], device)
    vocabulary = export.read_vocabulary(args.vocab)
    config = EncoderConfig(len(vocabulary), **train._architecture_overrides(args.architecture))
    model = MirEncoder(config).to(device)
    scripted = torch.jit.script(model)
    keep = np.nonzero((store.node_counts > 0) & (store.node_counts <= args.max_nodes))[0]
    n = min(len(keep), args.functions)
    index_all = keep[:n]
    results = {"device": str(device) + (f" ({torch.cuda.get_device_name(device)})" if device.type == "cuda" else ""),
               "torch": torch.__version__, "functions": n}
    for name, module in [("eager", model), ("scripted", scripted)]:
        with torch.no_grad():
            for warm in range(2):
                start = time.time()
                for s in range(0, n, args.batch):
                    batch = batches.encoding_batch(store, index_all[s:s + args.batch], config.maxTokens)
                    with train._autocast(device, args.bf16):
                        module(*batches.arguments(batch))
                if device.type == "cuda":
                    torch.cuda.synchronize()
                elapsed = time.time() - start
        results[f"encode_{name}_functions_per_s"] = n / elapsed
    if args.train_steps > 0:
        plan = train.BatchPlan(store, args.max_nodes, args.train_items, args.train_nodes, 2, 1).epoch(0)
        optimiser = torch.optim.AdamW(model.parameters(), lr=1e-4)
        weights = torch.ones(5, device=device)
        steps = 0
        start = time.time()
        for k in range(args.train_steps + 5):
            if k == 5:
                if device.type == "cuda":
                    torch.cuda.synchronize()
                start = time.time()
            batch = batches.training_batch(store, plan[k % len(plan)], config.maxTokens)
            with train._autocast(device, args.bf16):
                total, _, _, _ = model.pretrain_losses(*batches.arguments(batch), weights)
            optimiser.zero_grad(set_to_none=True)
            total.backward()
            optimiser.step()
            steps += 1 if k >= 5 else 0
        if device.type == "cuda":
            torch.cuda.synchronize()
        results["train_steps_per_s"] = steps / (time.time() - start)
        results["train_batch"] = f"{args.train_items} items, {args.train_nodes} nodes"
    print(json.dumps(results), flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m mire_training")
    commands = parser.add_subparsers(dest="command", required=True)
    train.add_arguments(commands.add_parser("train", help="pre-train (resumable) from shards"))

    p = commands.add_parser("export", help="a run's checkpoint -> model directory (encoder.pt, config.json, vocab)")
    p.add_argument("--run", required=True)
    p.add_argument("--vocab", required=True)
    p.add_argument("--shards", nargs="*", default=[], help="training shards to compute the centres from")
    p.add_argument("--out", required=True)
    p.add_argument("--centre-sample", type=int, default=2000)

    p = commands.add_parser("init", help="an untrained model directory")
    p.add_argument("--vocab", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--architecture", default="", help="overrides, e.g. width=256,heads=8")

    p = commands.add_parser("rescript", help="the same weights under the current model code")
    p.add_argument("--model", required=True)
    p.add_argument("--out", required=True)

    p = commands.add_parser("embed", help="embeddings of the functions of one shard folder")
    p.add_argument("--model", required=True)
    p.add_argument("--shards", required=True)
    p.add_argument("--out", required=True, help=".npy file (ids beside it in .ids.txt)")
    p.add_argument("--output", choices=["fused", "text", "graph", "text_raw", "graph_raw"], default="fused")
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--device", default="cpu")

    p = commands.add_parser("bench", help="encoding throughput of an untrained module on shard functions")
    p.add_argument("--shards", nargs="+", required=True)
    p.add_argument("--vocab", required=True)
    p.add_argument("--architecture", default="")
    p.add_argument("--functions", type=int, default=2000)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--max-nodes", type=int, default=2500)
    p.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    p.add_argument("--bf16", action="store_true")
    p.add_argument("--train-steps", type=int, default=0, help="also time so many training steps")
    p.add_argument("--train-items", type=int, default=64)
    p.add_argument("--train-nodes", type=int, default=24000)

    args = parser.parse_args(argv)
    try:
        if args.command == "train":
            train.train(args)
        elif args.command == "export":
            manifest = export.export_run(args.run, args.vocab, args.shards, args.out, args.centre_sample)
            print(f"wrote {args.out} ({manifest['parameters']:,} parameters, {manifest['engine']})")
        elif args.command == "init":
            manifest = export.init_model(args.vocab, args.out, args.seed,
                                         train._architecture_overrides(args.architecture))
            print(f"wrote {args.out} ({manifest['parameters']:,} parameters, untrained)")
        elif args.command == "rescript":
            manifest = export.rescript(args.model, args.out)
            print(f"wrote {args.out} (module SHA-256 {manifest['weightsSha256']})")
        elif args.command == "embed":
            _embed(args)
        elif args.command == "bench":
            _bench(args)
    except (ShardError, ValueError) as e:
        print(f"mire_training: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
