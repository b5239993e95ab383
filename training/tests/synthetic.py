"""Small random shards in the exporter's layout, for tests that do not need a real corpus."""
import numpy as np


def shard(functions=6, vocabulary=40, node_tokens=3, seed=0, groups=3):
    rng = np.random.default_rng(seed)
    tokens, token_offsets = [], [0]
    kinds, texts, node_offsets = [], [], [0]
    sources, targets, flows, positions, edge_offsets = [], [], [], [], [0]
    table = rng.integers(0, vocabulary, size=(12, node_tokens)).astype(np.uint16)
    table[0] = 0  # a node without text
    for f in range(functions):
        length = int(rng.integers(0, 70))
        tokens.extend(rng.integers(5, vocabulary, size=length))
        token_offsets.append(token_offsets[-1] + length)
        nodes = int(rng.integers(1, 12))
        kinds.extend(rng.integers(0, 3, size=nodes))
        texts.extend(rng.integers(0, len(table), size=nodes))
        node_offsets.append(node_offsets[-1] + nodes)
        edges = int(rng.integers(0, 3 * nodes))
        sources.extend(rng.integers(0, nodes, size=edges))
        targets.extend(rng.integers(0, nodes, size=edges))
        flows.extend(rng.integers(0, 3, size=edges))
        positions.extend(rng.integers(0, 12, size=edges))
        edge_offsets.append(edge_offsets[-1] + edges)
    group = np.arange(functions) % groups
    return {
        "tokens": np.array(tokens, dtype=np.uint16), "token_offsets": np.array(token_offsets, dtype=np.int64),
        "node_kinds": np.array(kinds, dtype=np.uint8), "node_texts": np.array(texts, dtype=np.uint16),
        "text_table": table, "node_offsets": np.array(node_offsets, dtype=np.int64),
        "edge_source": np.array(sources, dtype=np.uint16), "edge_target": np.array(targets, dtype=np.uint16),
        "edge_flow": np.array(flows, dtype=np.uint8), "edge_position": np.array(positions, dtype=np.uint8),
        "edge_offsets": np.array(edge_offsets, dtype=np.int64), "group": group.astype(np.int64),
        "opt": (np.arange(functions) % 4).astype(np.int8),
        "meta": {"format": 1, "vocabSha256": "x", "nodeTokens": node_tokens, "vocabularySize": vocabulary},
        "rows": [["f%d.ll" % (i % groups), "fn%d" % i, str(group[i]), str(i % 4)] for i in range(functions)],
    }
