"""The committed fixtures that tie the Java tests to this package must match the current code."""
import json
import os
import unittest

import numpy as np
import torch

from mire_training import export
from mire_training.batches import arguments, encoding_batch
from mire_training.model import EncoderConfig, MirEncoder
from mire_training.shards import FunctionStore, ShardError, read_shard, shard_paths

from .helpers import MODELS, PARITY, TINY


class FixtureTest(unittest.TestCase):
    def test_python_embeddings_of_the_exported_shards_equal_the_expected_vectors(self):
        expected = np.load(os.path.join(PARITY, "expected.npy"))
        meta = json.load(open(os.path.join(PARITY, "expected.json")))
        module, manifest = export.load_model_directory(MODELS, torch.device("cpu"))
        self.assertEqual(meta["model"], manifest["weightsSha256"], "regenerate: python3 -m mire_training.fixtures")
        store = FunctionStore([read_shard(p) for p in shard_paths(os.path.join(PARITY, "shards"))],
                              torch.device("cpu"))
        self.assertEqual(meta["ids"], [f"{r[0]}#{r[1]}" for r in store.rows])
        vectors = export.encode_store(module, store, manifest["architecture"]["maxTokens"], 3)
        self.assertLess(np.abs(vectors - expected).max(), 1e-5)

    def test_shipped_and_tiny_modules_run_the_current_model_code(self):
        for directory in [MODELS, TINY]:
            module, manifest = export.load_model_directory(directory, torch.device("cpu"))
            eager = MirEncoder(EncoderConfig.from_dict(manifest["architecture"]))
            eager.load_state_dict(module.state_dict())
            store = FunctionStore([read_shard(p) for p in shard_paths(os.path.join(PARITY, "shards"))],
                                  torch.device("cpu"))
            if manifest["architecture"]["vocabularySize"] < store.meta["vocabularySize"]:
                continue  # the tiny vocabulary cannot read real shards; its code is checked on its own below
            batch = encoding_batch(store, torch.arange(len(store)), manifest["architecture"]["maxTokens"])
            with torch.no_grad():
                self.assertLess((module(*arguments(batch))[0] - eager(*arguments(batch))[0]).abs().max().item(),
                                1e-5, f"{directory}: encoder.pt holds other code than model.py: rescript it")
        tiny, _ = export.load_model_directory(TINY, torch.device("cpu"))
        self.assertEqual(MirEncoder(EncoderConfig.tiny(24)).state_dict().keys(), tiny.state_dict().keys())
        for method in ["pretrain_losses", "text_row_sums", "embed", "reset_parameters", "set_centres",
                       "resize_vocabulary"]:
            self.assertTrue(hasattr(tiny, method), method)

    def test_a_truncated_shard_is_refused_with_its_name(self):
        path = shard_paths(os.path.join(PARITY, "shards"))[0]
        broken = os.path.join(self._tmp(), "shard-00000.npz")
        with open(path, "rb") as f, open(broken, "wb") as g:
            g.write(f.read()[:-200])
        with self.assertRaises(ShardError) as caught:
            read_shard(broken)
        self.assertIn(broken, str(caught.exception))

    def _tmp(self):
        import tempfile
        directory = tempfile.mkdtemp()
        self.addCleanup(lambda: __import__("shutil").rmtree(directory))
        return directory


if __name__ == "__main__":
    unittest.main()
