"""Paths of the committed fixtures (core/src/test/resources/org/mire/encoder) and the repository root."""
import os

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(REPO, "core", "src", "test", "resources", "org", "mire", "encoder")
PARITY = os.path.join(FIXTURES, "parity")
TINY = os.path.join(FIXTURES, "tiny-model")
MODELS = os.path.join(REPO, "models")
