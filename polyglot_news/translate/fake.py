"""A small deterministic translator for tests (ours and users'), like httpx's MockTransport.

Known sentences come from a dictionary per pair; any other sentence becomes
``"[ru>en] sentence"``, a marked, reversible transform: it does not translate. It counts calls
and sentences so tests can check that the engine deduplicates and caches. Made by name
(``--translator fake``) it carries :data:`NOT_TRANSLATED` as its ``notice``, which the engine
adds to every translation's warnings, so a report made with it says that nothing was
translated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from polyglot_news.errors import MissingModelError

__all__ = ["NOT_TRANSLATED", "FakeTranslator"]

NOT_TRANSLATED = (
    "not translated: --translator fake is a test backend that only marks sentences "
    '"[ru>en] ..."; install Argos packages for real translations (docs/getting-started.md)'
)


class FakeTranslator:
    """Deterministic translator over a fixed set of direct pairs.

    ``pairs`` lists the supported ``(source, target)`` pairs (None: every pair);
    ``known`` maps a pair to ``{sentence: translation}``; ``notice`` is a line the engine adds
    to the warnings of every translation made with it (None: none).
    """

    name = "fake"
    # it cannot translate names, so the engine sends them in canonical target form (in-line
    # protection) and the marked output shows which names were held
    protection = "inline"

    def __init__(
        self,
        pairs: Iterable[tuple[str, str]] | None = None,
        known: Mapping[tuple[str, str], Mapping[str, str]] | None = None,
        notice: str | None = None,
    ) -> None:
        self.notice = notice
        self.pairs = None if pairs is None else frozenset(pairs)
        self.known = {pair: dict(table) for pair, table in (known or {}).items()}
        self.calls: list[tuple[str, str, tuple[str, ...]]] = []

    @property
    def settings_key(self) -> str:
        """Changes when the known sentences change, so cached fakes never go stale."""
        return f"known={sorted((k, sorted(v.items())) for k, v in self.known.items())!r}"

    @property
    def sentence_count(self) -> int:
        """How many sentences were translated, over all calls."""
        return sum(len(texts) for _, _, texts in self.calls)

    def supports(self, source: str, target: str) -> bool:
        """True when the pair has a direct "model"."""
        return self.pairs is None or (source, target) in self.pairs

    def model_ids(self, source: str, target: str) -> tuple[str, ...]:
        """The identity of the fake model for a pair."""
        self._check(source, target)
        return (f"fake:{source}-{target}",)

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        """Translate by table lookup, else by marking: ``"[ru>en] text"``."""
        self._check(source, target)
        self.calls.append((source, target, tuple(texts)))
        table = self.known.get((source, target), {})
        return [table.get(text, f"[{source}>{target}] {text}") for text in texts]

    def _check(self, source: str, target: str) -> None:
        if not self.supports(source, target):
            raise MissingModelError(
                f"fake translator has no {source}->{target} model", source=f"{source}->{target}"
            )

    @staticmethod
    def reverse(text: str) -> str:
        """Undo the marking transform: ``"[ru>en] text"`` -> ``"text"``."""
        if text.startswith("[") and "] " in text:
            return text.split("] ", 1)[1]
        return text
