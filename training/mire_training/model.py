"""The MIREncoder network and its pre-training losses, defined once.

The module is exported as TorchScript (``export.py``) and run by the Java application through DJL, for encoding
and for training on the CPU; the Python trainer (``train.py``) trains the same module on a GPU. Everything here
must script under PyTorch 1.13 (Debian's python3-torch) and 2.11 (the GPU machine), so it uses only operations both
have and keeps ``forward`` to tensor arguments.

The tensor contract (docs/formats.md, "Encoder batch") is what the Java featuriser and ``batches.py`` build:

    tokens      int64 [R, L]  text rows, each ``[CLS] tokens [SEP]`` padded with PAD (0); L <= max_tokens
    row_item    int64 [R]     which item each row belongs to (a long module has several rows)
    node_kind   int64 [N]     0 instruction, 1 variable, 2 constant, 3 type
    node_tokens int64 [N, T]  the first T token ids of each node's text, padded with PAD; T = node_tokens
    node_item   int64 [N]     which item each node belongs to (the nodes of one item are contiguous)
    edges       int64 [4, E]  source node, target node, flow (0 control, 1 data, 2 call), position; node indices
                              are batch-global
    item_group  int64 [I]     per item a group id: items of one group are the same function at other
                              optimisation levels (positives of the contrastive loss); its length is the item count

Everything derived from these (attention masks, relation ids, position buckets, per-relation in-degrees, pooling
weights, the [UNK] text of a node without tokens) is computed here, so the two batch builders stay simple.
"""
import math
from typing import Dict, List, Tuple

import torch
import torch.nn.functional as F
from torch import Tensor, nn

PAD = 0
UNK = 1
CLS = 2
SEP = 3
MASK = 4
SPECIAL_COUNT = 5

FLOWS = 3
RELATIONS = 2 * FLOWS
NODE_KINDS = 4

# Loss weights and statistics are passed and returned as plain vectors (DJL calls methods with tensors only).
LOSS_NAMES = ["token", "edge", "node", "match", "contrast"]
STAT_NAMES = ["loss", "token_loss", "edge_loss", "node_loss", "match_loss", "contrast_loss",
              "token_correct", "token_count", "node_correct", "node_count", "match_correct", "match_count",
              "contrast_correct", "contrast_count"]


class EncoderConfig:
    """Architecture hyper-parameters (``config.json`` -> ``architecture``); names match the Java EncoderConfig.

    Heads of width 64 (3 at width 192): the attention's batched products are then wide enough to run near the
    engine's matrix-multiply rate on a CPU (docs/benchmarks.md: 6 heads of 32 ran the whole model at 85-102
    GFLOP/s, 3 heads of 64 at 116-125 on the same two cores).
    """

    FIELDS = ["vocabularySize", "width", "heads", "textLayers", "feedForward", "maxTokens", "graphLayers",
              "positionBuckets", "nodeTokens", "embeddingSize", "temperature"]

    def __init__(self, vocabularySize: int, width: int = 192, heads: int = 3, textLayers: int = 4,
                 feedForward: int = 768, maxTokens: int = 256, graphLayers: int = 4, positionBuckets: int = 8,
                 nodeTokens: int = 4, embeddingSize: int = 128, temperature: float = 0.1):
        if vocabularySize <= SPECIAL_COUNT:
            raise ValueError(f"vocabulary of {vocabularySize} has no room beyond the specials")
        if width <= 0 or heads <= 0 or width % heads != 0:
            raise ValueError(f"width {width} must be a positive multiple of heads {heads}")
        if min(textLayers, graphLayers, feedForward, positionBuckets, nodeTokens, embeddingSize) < 1 \
                or maxTokens < 4 or not temperature > 0:
            raise ValueError("invalid encoder configuration")
        self.vocabularySize = int(vocabularySize)
        self.width = int(width)
        self.heads = int(heads)
        self.textLayers = int(textLayers)
        self.feedForward = int(feedForward)
        self.maxTokens = int(maxTokens)
        self.graphLayers = int(graphLayers)
        self.positionBuckets = int(positionBuckets)
        self.nodeTokens = int(nodeTokens)
        self.embeddingSize = int(embeddingSize)
        self.temperature = float(temperature)

    def to_dict(self) -> Dict[str, float]:
        return {name: getattr(self, name) for name in self.FIELDS}

    @staticmethod
    def from_dict(values: Dict[str, float]) -> "EncoderConfig":
        unknown = set(values) - set(EncoderConfig.FIELDS)
        if unknown:
            raise ValueError(f"unknown architecture fields {sorted(unknown)}")
        return EncoderConfig(**values)

    @staticmethod
    def tiny(vocabularySize: int) -> "EncoderConfig":
        """A very small model for tests."""
        return EncoderConfig(vocabularySize, 32, 2, 1, 64, 32, 2, 4, 3, 16, 0.2)


class TransformerLayer(nn.Module):
    """Pre-LN encoder layer: x + MHA(LN(x)), then x + W2 GELU(W1 LN(x)); padded keys masked in every layer."""

    def __init__(self, width: int, heads: int, feed_forward: int):
        super().__init__()
        self.heads = heads
        self.head_width = width // heads
        self.scale = 1.0 / math.sqrt(self.head_width)
        self.attention_norm = nn.LayerNorm(width)
        self.qkv = nn.Linear(width, 3 * width)
        self.attention_out = nn.Linear(width, width)
        self.feed_forward_norm = nn.LayerNorm(width)
        self.feed_forward_in = nn.Linear(width, feed_forward)
        self.feed_forward_out = nn.Linear(feed_forward, width)

    def reset(self):
        _reset_linear(self.qkv.weight, self.qkv.bias)
        _reset_linear(self.attention_out.weight, self.attention_out.bias)
        _reset_linear(self.feed_forward_in.weight, self.feed_forward_in.bias)
        _reset_linear(self.feed_forward_out.weight, self.feed_forward_out.bias)
        _reset_norm(self.attention_norm.weight, self.attention_norm.bias)
        _reset_norm(self.feed_forward_norm.weight, self.feed_forward_norm.bias)

    def forward(self, x: Tensor, key_padding: Tensor) -> Tensor:
        rows, length, width = x.shape[0], x.shape[1], x.shape[2]
        y = self.attention_norm(x)
        # Each head's query, key and value are column slices of the one projection, used in place by the batched
        # products (no copies into a [rows x heads] layout), and the scale and the padding mask ride on the score
        # product itself: on two CPU cores the copies and separate passes cost a third of the layer.
        qkv = self.qkv(y)
        bias = torch.zeros(rows, 1, length, dtype=qkv.dtype, device=qkv.device)
        bias = bias.masked_fill(key_padding.view(rows, 1, length), -1e4)
        contexts: List[Tensor] = []
        for h in range(self.heads):
            q = qkv[:, :, h * self.head_width:(h + 1) * self.head_width]
            k = qkv[:, :, (self.heads + h) * self.head_width:(self.heads + h + 1) * self.head_width]
            v = qkv[:, :, (2 * self.heads + h) * self.head_width:(2 * self.heads + h + 1) * self.head_width]
            scores = torch.baddbmm(bias, q, k.transpose(1, 2), alpha=self.scale)
            contexts.append(torch.bmm(torch.softmax(scores, dim=-1), v))
        context = torch.cat(contexts, dim=2)
        x = x + self.attention_out(context)
        return x + self.feed_forward_out(F.gelu(self.feed_forward_in(self.feed_forward_norm(x))))


class RelationalGraphLayer(nn.Module):
    """h' = h + W_o GELU(W_s LN(h)_v + sum_r mean_{u->v in r} (W_r LN(h)_u + P[r, bucket])).

    Six relations: control, data, call, each forward and backward, each with its own W_r; every message also carries
    a learned vector for its (relation, position bucket). Messages are gathered by index and summed into their
    receivers with index_add, so memory grows with edges, never with nodes squared.
    """

    def __init__(self, width: int, position_buckets: int):
        super().__init__()
        self.width = width
        self.relation_count = RELATIONS
        self.norm = nn.LayerNorm(width)
        self.relations = nn.Linear(width, RELATIONS * width, bias=False)
        self.self_loop = nn.Linear(width, width)
        self.out = nn.Linear(width, width)
        self.positions = nn.Parameter(torch.randn(RELATIONS * position_buckets, width) * 0.02)

    def reset(self):
        self.relations.weight.normal_(0.0, 0.02)
        _reset_linear(self.self_loop.weight, self.self_loop.bias)
        _reset_linear(self.out.weight, self.out.bias)
        _reset_norm(self.norm.weight, self.norm.bias)
        self.positions.normal_(0.0, 0.02)

    def forward(self, h: Tensor, message_source: Tensor, message_bucket: Tensor, message_target: Tensor,
                message_weight: Tensor) -> Tensor:
        """message_source indexes rows of the (node x relation) transforms; message_weight is 1/in-degree."""
        y = self.norm(h)
        update = self.self_loop(y).float()
        if message_source.numel() > 0:
            per_relation = self.relations(y).reshape(-1, self.width)
            messages = (per_relation.index_select(0, message_source)
                        + self.positions.index_select(0, message_bucket)) * message_weight.unsqueeze(1)
            update = update.index_add(0, message_target, messages.float())
        return h + self.out(F.gelu(update))


class TiedHead(nn.Module):
    """GELU(W h) -> LN -> logits against the shared token table (plus its own bias)."""

    def __init__(self, width: int, vocabulary: int):
        super().__init__()
        self.transform = nn.Linear(width, width)
        self.norm = nn.LayerNorm(width)
        self.bias = nn.Parameter(torch.zeros(vocabulary))

    def reset(self):
        _reset_linear(self.transform.weight, self.transform.bias)
        _reset_norm(self.norm.weight, self.norm.bias)
        self.bias.zero_()

    def forward(self, states: Tensor, table: Tensor) -> Tensor:
        return torch.matmul(self.norm(F.gelu(self.transform(states))), table.t()) + self.bias


class MirEncoder(nn.Module):
    """Text transformer + relational graph network over a shared token table, fused into one unit vector.

    Embeddings: t = normalise(P_t . mean text state over real tokens - mu_t), g = normalise(P_g . mean node state
    - mu_g); the program embedding is normalise(t + g). mu_t and mu_g (the centres) are the mean raw projections of
    the pre-training corpus, set after training (zero before): trained encoders are anisotropic, and removing the
    common component spreads cosine similarities out again.
    """

    def __init__(self, config: EncoderConfig):
        super().__init__()
        self.vocabulary_size = config.vocabularySize
        self.pad = PAD
        self.unk = UNK
        self.mask = MASK
        self.special_count = SPECIAL_COUNT
        self.relation_count = RELATIONS
        self.width = config.width
        self.max_tokens = config.maxTokens
        self.position_buckets = config.positionBuckets
        self.node_tokens = config.nodeTokens
        self.embedding_size = config.embeddingSize
        self.temperature = config.temperature
        d = config.width
        self.tokens = nn.Parameter(torch.randn(config.vocabularySize, d) * 0.02)
        self.text_positions = nn.Parameter(torch.randn(config.maxTokens, d) * 0.02)
        self.node_kinds = nn.Parameter(torch.randn(NODE_KINDS, d) * 0.02)
        self.text_layers = nn.ModuleList(
            [TransformerLayer(d, config.heads, config.feedForward) for _ in range(config.textLayers)])
        self.text_norm = nn.LayerNorm(d)
        self.graph_layers = nn.ModuleList(
            [RelationalGraphLayer(d, config.positionBuckets) for _ in range(config.graphLayers)])
        self.graph_norm = nn.LayerNorm(d)
        self.text_projection = nn.Linear(d, config.embeddingSize)
        self.graph_projection = nn.Linear(d, config.embeddingSize)
        self.token_head = TiedHead(d, config.vocabularySize)
        self.node_head = TiedHead(d, config.vocabularySize)
        self.edge_scorers = nn.ModuleList([nn.Linear(d, d, bias=False) for _ in range(FLOWS)])
        self.register_buffer("text_centre", torch.zeros(config.embeddingSize))
        self.register_buffer("graph_centre", torch.zeros(config.embeddingSize))
        self.reset_parameters()

    @torch.jit.export
    def reset_parameters(self) -> Tensor:
        """Initial weights: N(0, 0.02) for embeddings and matrices, zero biases, unit LayerNorm scales, zero centres.

        Exported so that Java can make the untrained baseline of a model (seeded through the engine's generator).
        Like every exported method it returns a tensor (DJL reads results as tensors): here an empty one.
        """
        with torch.no_grad():
            self.tokens.normal_(0.0, 0.02)
            self.text_positions.normal_(0.0, 0.02)
            self.node_kinds.normal_(0.0, 0.02)
            for text_layer in self.text_layers:
                text_layer.reset()
            for graph_layer in self.graph_layers:
                graph_layer.reset()
            _reset_norm(self.text_norm.weight, self.text_norm.bias)
            _reset_norm(self.graph_norm.weight, self.graph_norm.bias)
            _reset_linear(self.text_projection.weight, self.text_projection.bias)
            _reset_linear(self.graph_projection.weight, self.graph_projection.bias)
            self.token_head.reset()
            self.node_head.reset()
            for scorer in self.edge_scorers:
                scorer.weight.normal_(0.0, 0.02)
            self.text_centre.zero_()
            self.graph_centre.zero_()
        return torch.zeros(0)

    # ---------------------------------------------------------------------------------------------- encoders --

    def text_states(self, tokens: Tensor) -> Tensor:
        """Final text states [R, L, d]."""
        length = tokens.shape[1]
        x = F.embedding(tokens, self.tokens) + self.text_positions[:length].unsqueeze(0)
        padding = tokens == self.pad
        for layer in self.text_layers:
            x = layer(x, padding)
        return self.text_norm(x)

    def node_inputs(self, node_kind: Tensor, node_tokens: Tensor) -> Tensor:
        """First node vectors: mean embedding of the node's text tokens (a node without text reads [self.unk])."""
        real = node_tokens != self.pad
        empty = ~real.any(dim=1)
        first = torch.where(empty, torch.full_like(node_tokens[:, 0], self.unk), node_tokens[:, 0])
        node_tokens = torch.cat([first.unsqueeze(1), node_tokens[:, 1:]], dim=1)
        real = node_tokens != self.pad
        weights = real.to(self.tokens.dtype) / real.sum(dim=1, keepdim=True).to(self.tokens.dtype)
        vectors = F.embedding(node_tokens, self.tokens)
        return (vectors * weights.unsqueeze(2)).sum(dim=1) + F.embedding(node_kind, self.node_kinds)

    def messages(self, edges: Tensor, nodes: int) -> Tuple[Tensor, Tensor, Tensor, Tensor]:
        """Both directions of every edge as (source row in the relation transforms, bucket, target, 1/in-degree)."""
        source, target, flow = edges[0], edges[1], edges[2]
        bucket = edges[3].clamp(0, self.position_buckets - 1)
        forward_relation = 2 * flow
        backward_relation = 2 * flow + 1
        sender = torch.cat([source, target])
        receiver = torch.cat([target, source])
        relation = torch.cat([forward_relation, backward_relation])
        buckets = relation * self.position_buckets + torch.cat([bucket, bucket])
        slot = receiver * self.relation_count + relation
        degree = torch.zeros(nodes * self.relation_count, dtype=torch.float32, device=edges.device)
        degree = degree.index_add(0, slot, torch.ones(slot.shape[0], dtype=torch.float32, device=edges.device))
        weight = 1.0 / degree.index_select(0, slot)
        return sender * self.relation_count + relation, buckets, receiver, weight

    def node_states(self, node_kind: Tensor, node_tokens: Tensor, edges: Tensor) -> Tensor:
        """Final node states [N, d] of the joined graph."""
        h = self.node_inputs(node_kind, node_tokens)
        source, bucket, target, weight = self.messages(edges, node_kind.shape[0])
        for layer in self.graph_layers:
            h = layer(h, source, bucket, target, weight)
        return self.graph_norm(h)

    @torch.jit.export
    def text_row_sums(self, tokens: Tensor) -> Tuple[Tensor, Tensor]:
        """Per text row: the sum of its final states over real tokens [R, d] and its real-token count [R].

        Rows are independent, so a caller may compute them in groups (a module of thousands of chunks) and
        pass the concatenation to ``embed``; that gives the same result as ``forward``.
        """
        text = self.text_states(tokens).float()
        real = (tokens != self.pad).to(text.dtype)
        return (text * real.unsqueeze(2)).sum(dim=1), real.sum(dim=1)

    def pooled(self, row_sums: Tensor, row_counts: Tensor, row_item: Tensor, node_item: Tensor, nodes: Tensor,
               items: int) -> Tuple[Tensor, Tensor]:
        """Mean text state over the real tokens of each item (all its rows) and mean node state of each item."""
        nodes = nodes.float()
        text_sum = torch.zeros(items, row_sums.shape[1], dtype=row_sums.dtype, device=row_sums.device).index_add(
            0, row_item, row_sums)
        text_count = torch.zeros(items, dtype=row_sums.dtype, device=row_sums.device).index_add(
            0, row_item, row_counts)
        node_sum = torch.zeros(items, nodes.shape[1], dtype=nodes.dtype, device=nodes.device).index_add(
            0, node_item, nodes)
        node_count = torch.zeros(items, dtype=nodes.dtype, device=nodes.device).index_add(
            0, node_item, torch.ones_like(node_item, dtype=nodes.dtype))
        return text_sum / text_count.clamp(min=1.0).unsqueeze(1), node_sum / node_count.clamp(min=1.0).unsqueeze(1)

    def project(self, text_mean: Tensor, graph_mean: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor, Tensor]:
        text_raw = self.text_projection(text_mean).float()
        graph_raw = self.graph_projection(graph_mean).float()
        text = F.normalize(text_raw - self.text_centre, dim=1, eps=1e-6)
        graph = F.normalize(graph_raw - self.graph_centre, dim=1, eps=1e-6)
        fused = F.normalize(text + graph, dim=1, eps=1e-6)
        return fused, text, graph, text_raw, graph_raw

    def forward(self, tokens: Tensor, row_item: Tensor, node_kind: Tensor, node_tokens: Tensor, node_item: Tensor,
                edges: Tensor, item_group: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor, Tensor]:
        """Per item: (program embedding, text half, graph half, raw text projection, raw graph projection)."""
        row_sums, row_counts = self.text_row_sums(tokens)
        return self.embed(row_sums, row_counts, row_item, node_kind, node_tokens, node_item, edges, item_group)

    @torch.jit.export
    def embed(self, row_sums: Tensor, row_counts: Tensor, row_item: Tensor, node_kind: Tensor, node_tokens: Tensor,
              node_item: Tensor, edges: Tensor, item_group: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor, Tensor]:
        """``forward`` from the text rows' sums and counts (see ``text_row_sums``)."""
        nodes = self.node_states(node_kind, node_tokens, edges)
        text_mean, graph_mean = self.pooled(row_sums, row_counts, row_item, node_item, nodes, item_group.shape[0])
        return self.project(text_mean, graph_mean)

    @torch.jit.export
    def set_centres(self, text_centre: Tensor, graph_centre: Tensor) -> Tensor:
        with torch.no_grad():
            self.text_centre.copy_(text_centre)
            self.graph_centre.copy_(graph_centre)
        return torch.zeros(0)

    @torch.jit.export
    def resize_vocabulary(self, tokens: Tensor, token_bias: Tensor, node_bias: Tensor) -> Tensor:
        """Replaces the per-token parameters by ones for a larger vocabulary (``mire vocab extend``)."""
        if tokens.shape[1] != self.width or tokens.shape[0] != token_bias.shape[0] \
                or tokens.shape[0] != node_bias.shape[0] or tokens.shape[0] < self.vocabulary_size:
            raise ValueError("resize_vocabulary: shapes do not fit a larger vocabulary of the same width")
        # Saved tensors keep their requires_grad flag, which decides whether a loaded module can be trained.
        self.tokens = tokens.detach().clone().requires_grad_(True)
        self.token_head.bias = token_bias.detach().clone().requires_grad_(True)
        self.node_head.bias = node_bias.detach().clone().requires_grad_(True)
        self.vocabulary_size = int(tokens.shape[0])
        return torch.zeros(0)

    # -------------------------------------------------------------------------------------------- pre-training --

    @torch.jit.export
    def pretrain_losses(self, tokens: Tensor, row_item: Tensor, node_kind: Tensor, node_tokens: Tensor,
                        node_item: Tensor, edges: Tensor, item_group: Tensor,
                        loss_weights: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor]:
        """All self-supervised tasks on one batch, with masks drawn from the global generator.

        1. masked token modelling: 15% of the content tokens (80% [self.mask], 10% random, 10% kept), tied output layer;
        2. graph auto-encoding: 15% of the edges held out of message passing and scored against as many random
           non-edges of the same flow in the same graph (binary cross-entropy), and 15% of the nodes with their text
           replaced by [self.mask] predicting its first token;
        3. text-graph matching: symmetric InfoNCE between the text and graph halves, other items the negatives
           (other levels of the same function are not counted as negatives);
        4. optimisation-level contrast: supervised InfoNCE on the program embeddings, the same function at other
           optimisation levels being the positives.
        loss_weights [5] weighs the five losses (token, edge, node, match, contrast). Returns the weighted total
        (scalar, differentiable), the statistics [len(STAT_NAMES)] (detached), and the held-out edge scores with
        their labels (for the edge AUC).
        """
        device = tokens.device
        items = item_group.shape[0]

        # 1. masked tokens
        content = tokens >= self.special_count
        chosen = (torch.rand(tokens.shape, device=device) < 0.15) & content
        action = torch.rand(tokens.shape, device=device)
        random_tokens = torch.randint(self.special_count, self.vocabulary_size, tokens.shape, device=device)
        masked_tokens = torch.where(chosen & (action < 0.8), torch.full_like(tokens, self.mask), tokens)
        masked_tokens = torch.where(chosen & (action >= 0.8) & (action < 0.9), random_tokens, masked_tokens)

        # 2a. edge hold-out and non-edges of the same flow within the same item
        held = torch.rand(edges.shape[1], device=device) < 0.15
        visible = edges[:, ~held]
        positive = edges[:, held]
        nodes_total = node_kind.shape[0]
        counts = torch.zeros(items, dtype=torch.long, device=device).index_add(
            0, node_item, torch.ones_like(node_item))
        starts = torch.cumsum(counts, 0) - counts
        owner = node_item.index_select(0, positive[0])
        size = counts.index_select(0, owner)
        offset = starts.index_select(0, owner)
        u = offset + (torch.rand(owner.shape, device=device) * size.float()).long().clamp(max=nodes_total - 1)
        v = offset + (torch.rand(owner.shape, device=device) * size.float()).long().clamp(max=nodes_total - 1)
        flow = positive[2]
        key_space = nodes_total * nodes_total
        existing = edges[2] * key_space + edges[0] * nodes_total + edges[1]
        candidate = flow * key_space + u * nodes_total + v
        keep = (u != v) & ~torch.isin(candidate, existing)
        negative = torch.stack([u[keep], v[keep], flow[keep]])

        # 2b. masked node texts
        main = node_tokens[:, 0]
        node_chosen = (torch.rand(main.shape, device=device) < 0.15) & (main >= self.special_count)
        mask_row = torch.zeros_like(node_tokens)
        mask_row[:, 0] = self.mask
        masked_nodes = torch.where(node_chosen.unsqueeze(1), mask_row, node_tokens)

        text = self.text_states(masked_tokens)
        nodes = self.node_states(node_kind, masked_nodes, visible)
        real = (masked_tokens != self.pad).to(torch.float32)
        row_sums = (text.float() * real.unsqueeze(2)).sum(dim=1)
        text_mean, graph_mean = self.pooled(row_sums, real.sum(dim=1), row_item, node_item, nodes, items)
        fused, text_half, graph_half, _, _ = self.project(text_mean, graph_mean)

        zero = torch.zeros((), dtype=torch.float32, device=device)
        token_states = text[chosen]
        token_targets = tokens[chosen]
        token_loss = zero
        token_correct = zero
        if token_targets.numel() > 0:
            logits = self.token_head(token_states, self.tokens).float()
            token_loss = F.cross_entropy(logits, token_targets)
            token_correct = (logits.argmax(dim=1) == token_targets).sum().float()

        node_targets = main[node_chosen]
        node_loss = zero
        node_correct = zero
        if node_targets.numel() > 0:
            logits = self.node_head(nodes[node_chosen], self.tokens).float()
            node_loss = F.cross_entropy(logits, node_targets)
            node_correct = (logits.argmax(dim=1) == node_targets).sum().float()

        pairs = torch.cat([positive[:3], negative], dim=1)
        labels = torch.cat([torch.ones(positive.shape[1], device=device),
                            torch.zeros(negative.shape[1], device=device)])
        scores = torch.zeros(pairs.shape[1], dtype=torch.float32, device=device)
        for f, scorer in enumerate(self.edge_scorers):
            of_flow = pairs[2] == f
            if bool(of_flow.any()):
                ends = pairs[:, of_flow]
                scores[of_flow] = (scorer(nodes.index_select(0, ends[0])) * nodes.index_select(0, ends[1])).sum(
                    dim=1).float()
        edge_loss = zero
        if labels.numel() > 0:
            edge_loss = F.binary_cross_entropy_with_logits(scores, labels)

        same_group = item_group.unsqueeze(0) == item_group.unsqueeze(1)
        eye = torch.eye(items, dtype=torch.bool, device=device)
        # text-graph matching: other levels of the same function are neither the target nor a negative
        similarity = torch.matmul(text_half, graph_half.t()) / self.temperature
        similarity = similarity.masked_fill(same_group & ~eye, -1e4)
        diagonal = torch.arange(items, device=device)
        match_loss = (F.cross_entropy(similarity, diagonal) + F.cross_entropy(similarity.t(), diagonal)) / 2
        match_correct = ((similarity.argmax(dim=1) == diagonal).sum()
                         + (similarity.argmax(dim=0) == diagonal).sum()).float()

        # optimisation-level contrast (supervised InfoNCE over items that have a positive in the batch)
        positives = same_group & ~eye
        anchors = positives.any(dim=1)
        contrast_loss = zero
        contrast_correct = zero
        contrast_count = anchors.sum().float()
        if bool(anchors.any()):
            logits = (torch.matmul(fused, fused.t()) / self.temperature).masked_fill(eye, -1e4)
            log_prob = logits - torch.logsumexp(logits, dim=1, keepdim=True)
            per_anchor = (log_prob * positives.float()).sum(dim=1) / positives.sum(dim=1).clamp(min=1).float()
            contrast_loss = -per_anchor[anchors].mean()
            nearest = logits.argmax(dim=1)
            contrast_correct = positives[diagonal, nearest][anchors].sum().float()

        losses = torch.stack([token_loss, edge_loss, node_loss, match_loss, contrast_loss])
        total = (losses * loss_weights.to(losses.dtype)).sum()
        stats = torch.stack([total.detach(), token_loss.detach(), edge_loss.detach(), node_loss.detach(),
                             match_loss.detach(), contrast_loss.detach(), token_correct,
                             torch.tensor(float(token_targets.numel()), device=device), node_correct,
                             torch.tensor(float(node_targets.numel()), device=device), match_correct,
                             torch.tensor(float(2 * items), device=device), contrast_correct, contrast_count])
        return total, stats, scores.detach(), labels


def _reset_linear(weight: Tensor, bias: Tensor):
    weight.normal_(0.0, 0.02)
    bias.zero_()


def _reset_norm(weight: Tensor, bias: Tensor):
    weight.fill_(1.0)
    bias.zero_()


def parameter_count(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def script(model: MirEncoder) -> torch.jit.ScriptModule:
    return torch.jit.script(model)
