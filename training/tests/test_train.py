"""A short pre-training run on the committed parity shards: it trains, resumes exactly and exports."""
import argparse
import os
import shutil
import tempfile
import unittest

import torch

from mire_training import export, train

from .helpers import MODELS, PARITY


def arguments(out, minutes=5.0, total=6, moments="fp32", stop_after=None):
    parser = argparse.ArgumentParser()
    train.add_arguments(parser)
    return parser.parse_args(["--shards", os.path.join(PARITY, "shards"), "--validation",
                              os.path.join(PARITY, "shards"), "--vocab", os.path.join(MODELS, "vocab.txt"),
                              "--out", out, "--architecture", "width=32,heads=2,textLayers=1,feedForward=64,"
                              "graphLayers=1,embeddingSize=16", "--minutes", str(minutes), "--total-steps",
                              str(total), "--batch-items", "4", "--batch-nodes", "4000", "--warmup", "2",
                              "--log-every", "1", "--validation-batches", "2", "--device", "cpu", "--moments",
                              moments] + ([] if stop_after is None else ["--stop-after", str(stop_after)]))


class TrainTest(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.mkdtemp()
        self.addCleanup(lambda: shutil.rmtree(self.directory))

    def test_a_resumed_run_ends_with_the_weights_of_an_uninterrupted_one(self):
        straight = os.path.join(self.directory, "straight")
        summary = train.train(arguments(straight))
        self.assertEqual(6, summary["step"])
        self.assertTrue(all(v == v for v in summary["validation"].values() if isinstance(v, float)))
        interrupted = os.path.join(self.directory, "interrupted")
        first = train.train(arguments(interrupted, stop_after=3))
        self.assertEqual(3, first["step"])
        train.train(arguments(interrupted))
        a = torch.load(os.path.join(straight, "checkpoint.pt"), weights_only=True)
        b = torch.load(os.path.join(interrupted, "checkpoint.pt"), weights_only=True)
        self.assertEqual(a.keys(), b.keys())
        for key in a:
            self.assertTrue(torch.equal(a[key], b[key]), key)

    def test_other_settings_in_an_existing_run_are_refused(self):
        out = os.path.join(self.directory, "run")
        train.train(arguments(out, total=1))
        changed = arguments(out, total=1)
        changed.lr = 0.5
        with self.assertRaises(SystemExit) as caught:
            train.train(changed)
        self.assertIn("lr", str(caught.exception))

    def test_a_second_phase_starts_from_the_first_and_the_export_counts_both(self):
        first = os.path.join(self.directory, "first")
        train.train(arguments(first, total=2))
        second = os.path.join(self.directory, "second")
        args = arguments(second, total=3)
        args.init_from = first
        args.lr = 3e-4
        train.train(args)
        manifest = export.export_run(second, os.path.join(MODELS, "vocab.txt"), [], os.path.join(self.directory, "m"))
        self.assertEqual(5, manifest["training"]["steps"])
        self.assertEqual(2, manifest["training"]["phases"])

    def test_a_run_continues_from_a_model_directory_with_its_weights_and_counters(self):
        first = os.path.join(self.directory, "first")
        train.train(arguments(first, total=2))
        model_dir = os.path.join(self.directory, "model")
        export.export_run(first, os.path.join(MODELS, "vocab.txt"), [], model_dir)
        module, _ = export.load_model_directory(model_dir, torch.device("cpu"))
        start = train.initial_weights(model_dir, torch.device("cpu"))
        for key, value in module.state_dict().items():
            self.assertTrue(torch.equal(value, start[key]), key)
        second = os.path.join(self.directory, "second")
        args = arguments(second, total=3)
        args.init_from = model_dir
        train.train(args)
        manifest = export.export_run(second, os.path.join(MODELS, "vocab.txt"), [], os.path.join(self.directory, "m2"))
        self.assertEqual(5, manifest["training"]["steps"])
        self.assertEqual(2, manifest["training"]["phases"])
        with self.assertRaises(ValueError) as caught:
            train.initial_weights(self.directory, torch.device("cpu"))
        self.assertIn("neither a run folder", str(caught.exception))

    def test_export_writes_a_model_directory_that_loads_and_encodes(self):
        out = os.path.join(self.directory, "run")
        train.train(arguments(out, total=2))
        model_dir = os.path.join(self.directory, "model")
        manifest = export.export_run(out, os.path.join(MODELS, "vocab.txt"), [os.path.join(PARITY, "shards")],
                                     model_dir, centre_sample=5)
        self.assertEqual(2, manifest["format"])
        self.assertEqual(2, manifest["training"]["steps"])
        module, _ = export.load_model_directory(model_dir, torch.device("cpu"))
        self.assertEqual(16, module.text_centre.shape[0])
        self.assertGreater(module.text_centre.abs().sum().item(), 0, "centres set from the shards")

    def test_export_with_another_vocabulary_than_the_run_names_both(self):
        out = os.path.join(self.directory, "run")
        train.train(arguments(out, total=1))
        shorter = os.path.join(self.directory, "vocab.txt")
        with open(os.path.join(MODELS, "vocab.txt"), encoding="utf-8") as full, \
                open(shorter, "w", encoding="utf-8") as cut:
            cut.writelines(full.readlines()[:100])
        with self.assertRaises(ValueError) as caught:
            export.export_run(out, shorter, [], os.path.join(self.directory, "m"))
        self.assertIn("100 tokens", str(caught.exception))
        self.assertIn(shorter, str(caught.exception))


if __name__ == "__main__":
    unittest.main()
