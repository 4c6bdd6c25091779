"""Sentence embeddings: the aligner's second evidence source, for facts reworded past their words.

The encoder is ``sentence-transformers/all-MiniLM-L6-v2`` (Reimers & Gurevych 2019; Apache-2.0;
6 layers, 384 dimensions), shipped in ``polyglot_news/data/encoder/`` converted to CTranslate2
int8 by ``scripts/build_sentence_encoder.py`` (source, licence and checksums in its README). A
sentence's vector is the mean of the encoder's last hidden states over its tokens (the model's
own pooling, ``1_Pooling/config.json``), L2-normalised, so the cosine of two sentences is their
dot product. Measured against the original PyTorch model on the gold sentences: cosine 0.997
between the two vectors of one sentence (docs/comparison.md).

:func:`default_encoder` loads it once per process (lazily, under a lock) and returns ``None``
when it cannot be loaded (the files missing, ctranslate2 or tokenizers unusable): the aligner
then runs on words alone and the signature says ``encoder=none`` (:func:`encoder_name`).
Runtime needs ctranslate2, tokenizers and numpy only.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

__all__ = [
    "DIMENSION",
    "ENCODER_FOLDER",
    "ENCODER_NAME",
    "SentenceEncoder",
    "TokenVectors",
    "default_encoder",
    "encoder_name",
    "load_error",
    "margins",
    "ratio_margins",
]

ENCODER_NAME = "all-MiniLM-L6-v2-ct2-int8/2"
"""The shipped encoder as the signature names it, with the version of how it is run (2: batches
of one token count, no padding, see :meth:`SentenceEncoder._forward`)."""
DIMENSION = 384
"""Length of a sentence vector."""
ENCODER_FOLDER = Path(__file__).resolve().parent.parent / "data" / "encoder"
"""Where the shipped encoder lives (CTranslate2 model and ``tokenizer.json``)."""
MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)

_log = logging.getLogger(__name__)

TOKEN_CACHE = 2048
"""Sentences whose per-token vectors an encoder remembers (about 27 KB each in float16)."""


class TokenVectors(NamedTuple):
    """The encoder's contextual vector of every word piece of one sentence.

    ``pieces`` are the WordPiece tokens without ``[CLS]`` and ``[SEP]`` (length T);
    ``vectors`` is a float16 array of shape ``(T, 384)``, each row L2-normalised (so a dot
    product is a cosine). An empty text has T = 0.
    """

    pieces: tuple[str, ...]
    vectors: np.ndarray


class SentenceEncoder:
    """A CTranslate2 sentence encoder with an LRU cache of vectors by text.

    Args:
        folder: a CTranslate2 encoder model with its ``tokenizer.json`` (HF tokenizers).
        threads: CPU threads per batch (CTranslate2 ``intra_threads``).
        batch_size: sentences per forward pass (all of one token count, so none is padded
            and a sentence's vector does not depend on the others: see :meth:`_forward`).
        cache_size: vectors remembered, by text (a sentence compared with many versions is
            encoded once).

    Raises:
        FileNotFoundError: when the folder lacks ``model.bin`` or ``tokenizer.json``;
        ImportError, RuntimeError: when ctranslate2 or tokenizers cannot read them.

    Thread-safe (one lock around the cache and the model); pickles as its settings, and the
    copy loads the model again where it is unpickled (through :func:`_load`, once per process).
    """

    def __init__(
        self,
        folder: Path | str = ENCODER_FOLDER,
        *,
        threads: int = 1,
        batch_size: int = 32,
        cache_size: int = 8192,
    ) -> None:
        import ctranslate2
        from tokenizers import Tokenizer

        self.folder = Path(folder)
        for name in ("model.bin", "tokenizer.json"):
            if not (self.folder / name).is_file():
                raise FileNotFoundError(
                    f"sentence encoder: no {name} in {self.folder} "
                    "(run scripts/build_sentence_encoder.py, or reinstall polyglot-news)"
                )
        self.threads, self.batch_size, self.cache_size = threads, batch_size, cache_size
        self._tokenizer = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._model = ctranslate2.Encoder(
            str(self.folder), device="cpu", compute_type="int8", intra_threads=threads
        )
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._tokens: OrderedDict[str, TokenVectors] = OrderedDict()
        self._lock = threading.Lock()

    def __reduce__(self) -> tuple[Any, ...]:
        return (_load, (str(self.folder), self.threads, self.batch_size, self.cache_size))

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of ``texts``: a float32 array of shape ``(len(texts), 384)``.

        Deterministic (the same text gives the same vector); an empty text gets the vector of
        the model's empty input.
        """
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
            if missing:
                self._remember(missing)
            out = np.empty((len(texts), DIMENSION), dtype=np.float32)
            for k, text in enumerate(texts):
                self._cache.move_to_end(text)
                out[k] = self._cache[text]
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return out

    def encode_tokens(self, texts: Sequence[str]) -> list[TokenVectors]:
        """Per-token vectors of ``texts`` (:class:`TokenVectors`), from the same forward pass
        as :meth:`encode` (the hidden states the sentence vector is the mean of): asking for
        both costs one pass. The last :data:`TOKEN_CACHE` sentences' are remembered."""
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._tokens))
            if missing:
                self._remember(missing)
            out = []
            for text in texts:
                self._tokens.move_to_end(text)
                out.append(self._tokens[text])
            while len(self._tokens) > TOKEN_CACHE:
                self._tokens.popitem(last=False)
        return out

    def _remember(self, texts: list[str]) -> None:
        """Encode ``texts`` and cache their sentence and token vectors (lock held)."""
        for text, (vector, tokens) in zip(texts, self._forward(texts), strict=True):
            self._cache[text] = vector
            self._tokens[text] = tokens

    def _forward(self, texts: list[str]) -> list[tuple[np.ndarray, TokenVectors]]:
        """Mean-pooled, L2-normalised last hidden states and the per-token ones, in the order
        of ``texts``.

        A batch holds only sentences of one token count, so nothing is padded: with padding
        the int8 model gives a sentence a vector up to 0.015 per component away from the one
        it gets alone, which made a vector depend on the sentences encoded with it and, through
        the cache, on what the process had encoded before (a batch worker's retried story
        scored a link 0.3807 instead of 0.3827). Unpadded, every sentence gets its vector
        alone, whatever the batch.
        """
        tokens = [e.tokens for e in self._tokenizer.encode_batch(texts)]
        by_length: dict[int, list[int]] = {}
        for k, encoded in enumerate(tokens):
            by_length.setdefault(len(encoded), []).append(k)
        out: list[tuple[np.ndarray, TokenVectors]] = [(np.empty(0), _NO_TOKENS)] * len(texts)
        batches = (
            same[start : start + self.batch_size]
            for _, same in sorted(by_length.items())
            for start in range(0, len(same), self.batch_size)
        )
        for batch in batches:
            output = self._model.forward_batch([tokens[k] for k in batch])
            hidden = np.asarray(output.last_hidden_state, dtype=np.float32)  # (B, T, 384)
            lengths = np.array([len(tokens[k]) for k in batch])
            mask = np.arange(hidden.shape[1])[None, :] < lengths[:, None]
            pooled = (hidden * mask[..., None]).sum(axis=1) / lengths[:, None]
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            for row, k in enumerate(batch):
                inner = hidden[row, 1 : lengths[row] - 1]  # without [CLS] and [SEP]
                inner = inner / np.maximum(np.linalg.norm(inner, axis=1, keepdims=True), 1e-12)
                pieces = tuple(tokens[k][1 : lengths[row] - 1])
                out[k] = (pooled[row], TokenVectors(pieces, inner.astype(np.float16)))
        return out


_NO_TOKENS = TokenVectors((), np.zeros((0, DIMENSION), dtype=np.float16))


def margins(a: np.ndarray, b: np.ndarray, neighbours: int = 3) -> np.ndarray:
    """Ratio margin of every pair of unit vectors of ``a`` (rows) and ``b`` (columns).

    ``cos(x, y) / ((mean cos of x to its k nearest in b) + (mean cos of y to its k nearest in
    a)) / 2`` with ``k = neighbours`` (fewer when a side has fewer): a pair stands out when its
    cosine beats what each sentence scores with its best candidates, which discounts sentences
    that are close to everything on a subject (Artetxe & Schwenk 2019, margin-based mining
    of parallel sentences). ``neighbours=0`` gives the plain cosines. Shape ``(len(a), len(b))``.
    """
    return ratio_margins(a @ b.T, neighbours)


def ratio_margins(scores: np.ndarray, neighbours: int = 3) -> np.ndarray:
    """:func:`margins` of any pairwise similarity matrix (rows: one side's sentences,
    columns: the other's); ``neighbours=0`` returns ``scores`` unchanged."""
    if neighbours <= 0 or not scores.size:
        return scores
    near_a = -np.sort(-scores, axis=1)[:, : min(neighbours, scores.shape[1])].mean(axis=1)
    near_b = -np.sort(-scores, axis=0)[: min(neighbours, scores.shape[0])].mean(axis=0)
    scale = np.maximum((near_a[:, None] + near_b[None, :]) / 2.0, 1e-6)
    return scores / scale


_loaded: dict[tuple[str, int, int, int], SentenceEncoder] = {}
_load_lock = threading.Lock()
_state: dict[str, str | None] = {"error": None}


def _load(folder: str, threads: int, batch_size: int, cache_size: int) -> SentenceEncoder:
    """One encoder per process and settings (what an unpickled encoder becomes)."""
    key = (folder, threads, batch_size, cache_size)
    with _load_lock:
        encoder = _loaded.get(key)
        if encoder is None:
            encoder = _loaded[key] = SentenceEncoder(
                folder, threads=threads, batch_size=batch_size, cache_size=cache_size
            )
        return encoder


def default_encoder() -> SentenceEncoder | None:
    """The shipped encoder, loaded once per process; ``None`` when it cannot be loaded
    (the reason is logged once and kept in :func:`load_error`)."""
    if _state["error"] is not None:
        return None
    try:
        return _load(str(ENCODER_FOLDER), 1, 32, 8192)
    except Exception as error:  # any failure to load means: align on words only
        _state["error"] = f"{type(error).__name__}: {error}"
        _log.warning("sentence encoder unavailable (%s); aligning on words only", _state["error"])
        return None


def load_error() -> str | None:
    """Why :func:`default_encoder` could not load the encoder (``None`` if it could or has
    not tried)."""
    return _state["error"]


def encoder_name(enabled: bool = True) -> str:
    """The evidence name for the signature: :data:`ENCODER_NAME` when ``enabled`` and the
    encoder loads, else ``"none"``."""
    return ENCODER_NAME if enabled and default_encoder() is not None else "none"
