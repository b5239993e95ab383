import unittest

import torch

from mire_training.batches import arguments, encoding_batch, training_batch
from mire_training.model import STAT_NAMES, EncoderConfig, MirEncoder
from mire_training.shards import FunctionStore

from . import synthetic


class ModelTest(unittest.TestCase):
    def setUp(self):
        torch.manual_seed(3)
        self.model = MirEncoder(EncoderConfig.tiny(40))
        self.scripted = torch.jit.script(self.model)
        self.store = FunctionStore([synthetic.shard(functions=8)], torch.device("cpu"))
        self.index = torch.arange(len(self.store))

    def test_scripted_module_computes_what_the_eager_one_does(self):
        batch = encoding_batch(self.store, self.index, 32)
        eager = self.model(*arguments(batch))
        script = self.scripted(*arguments(batch))
        for a, b in zip(eager, script):
            self.assertLess((a - b).abs().max().item(), 1e-6)
        self.assertTrue(torch.allclose(eager[0].norm(dim=1), torch.ones(len(self.store)), atol=1e-5))

    def test_text_rows_in_groups_give_the_forward_result(self):
        batch = encoding_batch(self.store, self.index, 32)
        whole = self.scripted(*arguments(batch))
        tokens = batch["tokens"]
        parts = [self.scripted.text_row_sums(tokens[i:i + 2]) for i in range(0, tokens.shape[0], 2)]
        sums = torch.cat([p[0] for p in parts])
        counts = torch.cat([p[1] for p in parts])
        grouped = self.scripted.embed(sums, counts, *arguments(batch)[1:])
        self.assertLess((whole[0] - grouped[0]).abs().max().item(), 1e-6)

    def test_an_item_does_not_depend_on_its_batch_mates(self):
        together = self.scripted(*arguments(encoding_batch(self.store, self.index, 32)))[0]
        for i in range(len(self.store)):
            alone = self.scripted(*arguments(encoding_batch(self.store, self.index[i:i + 1], 32)))[0]
            self.assertLess((together[i] - alone[0]).abs().max().item(), 1e-5)

    def test_reset_parameters_is_seeded(self):
        torch.manual_seed(9)
        self.scripted.reset_parameters()
        first = self.scripted.tokens.detach().clone()
        torch.manual_seed(9)
        self.scripted.reset_parameters()
        self.assertTrue(torch.equal(first, self.scripted.tokens))
        self.assertEqual(0.0, self.scripted.text_centre.abs().sum().item())

    def test_resized_vocabulary_keeps_old_ids_and_stays_trainable(self):
        batch = encoding_batch(self.store, self.index, 32)
        before = self.scripted(*arguments(batch))[0]
        table = torch.cat([self.scripted.tokens.detach(), torch.randn(3, 32)])
        bias = torch.cat([self.scripted.token_head.bias.detach(), torch.zeros(3)])
        self.scripted.resize_vocabulary(table, bias, bias.clone())
        self.assertEqual(43, self.scripted.vocabulary_size)
        self.assertTrue(self.scripted.tokens.requires_grad)
        after = self.scripted(*arguments(batch))[0]
        self.assertLess((before - after).abs().max().item(), 1e-6)

    def test_pretraining_losses_are_finite_and_reach_the_network(self):
        torch.manual_seed(1)
        batch = training_batch(self.store, self.index, 32)
        total, stats, scores, labels = self.scripted.pretrain_losses(*arguments(batch), torch.ones(5))
        self.assertEqual(len(STAT_NAMES), stats.shape[0])
        self.assertTrue(torch.isfinite(stats).all())
        self.assertEqual(scores.shape, labels.shape)
        total.backward()
        reached = {n for n, p in self.scripted.named_parameters() if p.grad is not None and p.grad.abs().sum() > 0}
        for name in ["tokens", "text_layers.0.qkv.weight", "graph_layers.1.relations.weight",
                     "token_head.transform.weight", "text_projection.weight", "graph_projection.weight"]:
            self.assertIn(name, reached)

    def test_groups_make_contrastive_positives_and_only_those(self):
        torch.manual_seed(1)
        batch = training_batch(self.store, self.index, 32)
        stats = dict(zip(STAT_NAMES, self.scripted.pretrain_losses(*arguments(batch), torch.ones(5))[1].tolist()))
        self.assertEqual(8, stats["contrast_count"])  # groups 0,1,2 with 3,3,2 members: every item has a positive
        batch["item_group"] = torch.arange(8)
        stats = dict(zip(STAT_NAMES, self.scripted.pretrain_losses(*arguments(batch), torch.ones(5))[1].tolist()))
        self.assertEqual(0, stats["contrast_count"])
        self.assertEqual(0.0, stats["contrast_loss"])


if __name__ == "__main__":
    unittest.main()
