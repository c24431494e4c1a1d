"""An optional semantic scorer: sentence embeddings, for translations of one sentence that share few words.

Off by default; the default path needs no model and no download. A user who has a local
sentence-embedding model turns it on with ``claims ingest --semantic MODEL`` (or ``$CLAIMS_SEMANTIC``),
where MODEL is a path or name that ``sentence-transformers`` can load (``pip install
'claims[semantic]'``). It is asked only about pairs that string similarity leaves apart and that the
other evidence already makes likely: one known speaker, said the same day or the next
(``match.link``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from .errors import InputError

# Cosine similarity of two embeddings above which two wordings are one sentence in other words.
SEMANTIC_MIN = 0.85


class Scorer(Protocol):
    """Anything that says how alike in meaning two wordings are, from 0 to 1."""

    name: str

    def similarity(self, a: str, b: str) -> float: ...


class SentenceTransformerScorer:
    """A sentence-transformers model, loaded once; each wording embedded once."""

    def __init__(self, model: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer  # optional dependency
        except ImportError:
            raise InputError(f"--semantic {model}: sentence-transformers is not installed; "
                             "run pip install 'claims[semantic]' or leave --semantic out") from None
        try:
            self._model = SentenceTransformer(model)
        except Exception as e:  # noqa: BLE001 -- the library raises many kinds: missing model, bad path, no network
            raise InputError(f"--semantic {model}: cannot load this model ({e}); give a local model path") from None
        self.name = model
        self._embed = lru_cache(maxsize=100_000)(self._encode)

    def _encode(self, text: str):
        return self._model.encode(text, normalize_embeddings=True)

    def similarity(self, a: str, b: str) -> float:
        return float(self._embed(a) @ self._embed(b))


def load(model: str | None) -> Scorer | None:
    """The scorer a user asked for, or None (the default: no semantic scoring)."""
    return SentenceTransformerScorer(model) if model else None
