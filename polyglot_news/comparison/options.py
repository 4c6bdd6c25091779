"""The settings of a comparison: :class:`DiffOptions` (alignment thresholds, moves, diff cleanup,
entity strictness, the sentence encoder) and what they stand for in the aligner
(:class:`~polyglot_news.comparison.links.LinkOptions`) and in a result's signature
(:meth:`DiffOptions.describe`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from polyglot_news.comparison.links import LINKS_VERSION, LinkOptions
from polyglot_news.comparison.semantic import SentenceEncoder, default_encoder, encoder_name

__all__ = ["DiffOptions"]


@dataclass(frozen=True)
class DiffOptions:
    """Alignment and diff settings; :meth:`describe` gives the signature's ``diff`` field.

    ``align_threshold``: least link score (weighted Dice of the sentences' terms, see
    :mod:`polyglot_news.comparison.links`) for two sentences to report one fact;
    ``move_threshold``: least score for a link that crosses the in-order links (a move;
    default :class:`LinkOptions`' ``move``, never below the alignment threshold);
    ``semantic``: diff-match-patch semantic cleanup of word diffs; ``moves``: detect moves
    (otherwise a moved sentence is a deletion and an insertion); ``strict_entities``: report
    different names of one glossary entity as changes; ``encoder``: add the sentence
    encoder's evidence to the words when linking versions that are not revisions of one text
    (:mod:`polyglot_news.comparison.semantic`; False, or an encoder that cannot load, links
    on words only, and :meth:`describe` says ``encoder=none``).
    """

    align_threshold: float = LinkOptions.threshold
    move_threshold: float | None = None
    semantic: bool = True
    moves: bool = True
    strict_entities: bool = False
    encoder: bool = True

    def __post_init__(self) -> None:
        for name in ("align_threshold", "move_threshold"):
            value = getattr(self, name)
            if value is not None and not 0.0 < value <= 1.0:
                raise ValueError(f"DiffOptions.{name}={value}: use a number in (0, 1]")

    def describe(self) -> str:
        """Settings as one string, e.g.
        ``dmp-words|semantic/2|links=11|align=0.36|moves=0.3|encoder=all-MiniLM-L6-v2-ct2-int8/2``
        (``semantic/2``: dmp's semantic cleanup keeping shared phrases, :mod:`.worddiff`)."""
        parts = ["dmp-words", "semantic/2" if self.semantic else "raw"]
        parts.append(f"links={LINKS_VERSION}")
        parts.append(f"align={self.align_threshold:g}")
        link = self.link_options()
        parts.append(f"moves={link.move:g}" if self.moves else "no-moves")
        if self.strict_entities:
            parts.append("strict-entities")
        parts.append(f"encoder={encoder_name(self.encoder)}")
        return "|".join(parts)

    def sentence_encoder(self) -> SentenceEncoder | None:
        """The encoder these settings link with (``None``: words only)."""
        return default_encoder() if self.encoder else None

    def link_options(self) -> LinkOptions:
        """The aligner's options these settings stand for."""
        move = LinkOptions.move if self.move_threshold is None else self.move_threshold
        return replace(
            LinkOptions(),
            threshold=self.align_threshold,
            move=max(move, self.align_threshold),
            moves=self.moves,
        )
