"""The aligner's records: a sentence link and the aligner's options.

:class:`SentenceLink` is what :func:`polyglot_news.comparison.links.link_sentences` returns;
:class:`LinkOptions` holds every threshold of the aligner (lexical, meaning and containment
evidence, matching, merges, moves). Both are re-exported by :mod:`.links`; they live here so
that the evidence modules (:mod:`.agreement`, :mod:`.link_evidence`) can use them without
importing the aligner.
"""

from __future__ import annotations

from dataclasses import dataclass

from polyglot_news.comparison.containment import ContainmentOptions
from polyglot_news.comparison.fact_links import FigureLinkOptions

__all__ = ["LinkOptions", "PivotOptions", "ScorerOptions", "SentenceLink"]


@dataclass(frozen=True)
class PivotOptions:
    """When third versions link two sentences of a pair (:mod:`.pivot_links`): at least
    ``least`` other versions each link both to one same sentence, and the two sentences' plain
    cosine reaches ``cosine`` (both unlinked in the pair: an ordinary link; or ``worded`` when
    their words' weighted Dice reaches ``words`` too, aligner version 9), ``grow`` (one is
    linked one-to-one and the other is adjacent to its partner: the link grows into 1-to-2)
    or ``additional`` (one is linked: an additional partial link). Chosen on the tuning
    splits (docs/comparison.md)."""

    cosine: float = 0.5
    least: int = 1
    grow: float = 0.55
    additional: float = 0.6
    worded: float = 0.4
    words: float = 0.15

    def __post_init__(self) -> None:
        if not 0.0 <= self.words <= 1.0:
            raise ValueError(f"PivotOptions.words={self.words}: use [0, 1]")
        for name in ("cosine", "grow", "additional", "worded"):
            if not -1.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"PivotOptions.{name}={getattr(self, name)}: use [-1, 1]")
        if self.least < 1:
            raise ValueError(f"PivotOptions.least={self.least}: use 1 or more")


@dataclass(frozen=True)
class ScorerOptions:
    """The learned link scorer (:mod:`.link_scorer`, aligner version 10; refitted with the
    ``tune2`` stories in version 11): cuts on the model's probability that two sentences
    share a fact. A link's sentence pair under ``gate`` is
    dropped, two sentences no link holds at ``add`` or more are linked. Chosen on the tuning
    splits, each story scored by a model fitted without it (docs/comparison.md)."""

    gate: float = 0.4
    add: float = 0.5

    def __post_init__(self) -> None:
        for name in ("gate", "add"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"ScorerOptions.{name}={getattr(self, name)}: use [0, 1]")


@dataclass(frozen=True)
class SentenceLink:
    """Sentences ``a`` of version a report the same fact as sentences ``b`` of version b.

    ``a`` and ``b`` are ascending, consecutive sentence indices (one sentence, or two when one
    long sentence covers two short ones; at most one side has two). ``kind`` is one of
    :data:`.links.LINK_KINDS`; ``score`` in [0, 1] is how strongly the sentences agree (1.0 for
    ``same``); ``moved`` is True when the link is outside the longest in-order chain of links.
    ``additional`` marks a ``partial`` link beyond the one-to-one matching (containment
    evidence, :mod:`.containment`, or a shared figure, :mod:`.fact_links`): one of its
    sentences is also in another link, which is the one a pair comparison lays out; it is
    never ``moved``.
    """

    a: tuple[int, ...]
    b: tuple[int, ...]
    kind: str
    score: float
    moved: bool = False
    additional: bool = False


@dataclass(frozen=True)
class LinkOptions:
    """Thresholds of the aligner, chosen on the gold alignments (docs/comparison.md).

    Scores are :func:`agreement` of the sentences' terms (weighted Dice, and how much of each
    side the shared terms cover). A pair can link in order when its Dice reaches
    ``threshold``, or when one side is covered to at least ``contain`` with the other covered
    to at least ``contain_floor`` (one sentence says what the other says, and more); between
    two in-order links a Dice of ``gap`` is enough (a sentence left between two linked
    neighbours most likely pairs with the one left between their partners; with ``gap_span``
    only where one side of the gap has at most that many sentences); with the sentence
    encoder a gap link must also share terms beyond the names both sentences write and the
    attribution class weighing at least ``gap_content`` rare terms, since position and a
    same-subject score alone link "X said A" to "X said B" (0: off, the default: measured, it
    trades recall for precision on the held-out stories, docs/comparison.md). A link that
    crosses the in-order ones (a move) needs a Dice of ``move``: position is a weak hint,
    never a requirement; with ``swap``, a link that crosses only one in-order link, its
    neighbour in both versions (two adjacent sentences told in the other order), needs only
    what an in-order link needs. ``merge``: a linked sentence takes an adjacent unlinked one of the
    other side when that one agrees (Dice at least ``join``) with what the link left
    unexplained, giving a link of one long sentence with two short ones. A link is
    ``partial`` when one side is covered less than ``partial`` times as much as the other,
    or when one side holds terms the other lacks weighing at least ``clause`` rare terms
    (:attr:`.agreement.Agreement.extra`; 0: off): that side adds a clause the other lacks;
    ``reworded`` otherwise. ``moves``: allow
    links outside the in-order chain (otherwise those sentences stay unlinked).

    With a sentence encoder (:mod:`polyglot_news.comparison.semantic`) a pair's score mixes
    the words and the meaning: ``lexical * dice + (1 - lexical) * g``, where ``g`` is the
    ratio margin of the two sentences' *meaning similarity* (its value over the mean of each
    one's ``neighbours`` best on the other side,
    :func:`~polyglot_news.comparison.semantic.ratio_margins`; 0: the similarity itself)
    mapped linearly from [``margin_low``, ``margin_high``] onto [0, 1] (clipped), and 0 when
    the similarity itself is below ``cosine_floor`` (a pair must be close, not only closer
    than the rest); pairs that share no term are scored too. The meaning similarity is
    ``(1 - token_share) * cosine + token_share * token F1``: the cosine of the two pooled
    sentence vectors and BERTScore's F1 of their contextual token vectors
    (:mod:`.containment`; ``token_share`` 0: the cosine alone, as in version 5). The margin
    only ranks candidates: a pair links at all only on *absolute* evidence, its words' Dice
    at least ``evidence_dice``, its meaning similarity at least ``evidence_cosine``, or its
    shorter sentence's token containment in the longer at least ``evidence_tokens`` (any;
    0 turns a source off, 0 for all three the check), so a sentence no other version
    reports does not link to the candidate that merely stands out among weak ones
    (docs/comparison.md, "Absolute evidence"). ``containment``: additional partial links
    beyond the one-to-one matching (:class:`.containment.ContainmentOptions`; ``None``:
    none, the default: measured, they cost more precision than they add recall,
    docs/comparison.md, "Containment"). ``figures``: with the encoder, a pair that shares a
    substantial figure (the same number, not a year) links even where the matching left it
    apart, as an ordinary link between two free sentences or else an additional partial link
    (:class:`.fact_links.FigureLinkOptions`; ``None``: none; aligner version 7, measured in
    docs/comparison.md, "Links through a shared figure"). ``headlines``: a version's headline
    (its first line, without sentence-final punctuation, :func:`.links.is_headline`) links
    only with the other version's headline, never with a sentence of its body (aligner
    version 8, docs/comparison.md, "Headlines"). ``pivots``: where N versions are compared,
    two sentences a pair left unlinked that third versions both link to one sentence link too
    (:class:`PivotOptions`, :func:`.pivot_links.pivot_links`; with the encoder only, between
    versions that are not revisions; ``None``: none). ``scorer``: then the learned link
    scorer gates the pair's links and links free sentences it believes
    (:class:`ScorerOptions`, :mod:`.link_scorer`, aligner version 10; with ``pivots`` and
    ``moves`` only; ``None``: none). ``kind_cut``: where three or more versions are
    compared, a one-to-one link is ``partial`` when the kind model (:mod:`.link_kinds`:
    the words' coverage and how many sentences of third versions each side links to)
    gives it at least this probability, ``reworded`` otherwise (aligner version 12;
    ``None``: the coverage rule above everywhere). Where there are no
    candidates to take a margin over (the agreement of two claim cells,
    :mod:`.claim_groups`), the plain cosine is mapped from [``cosine_low``,
    ``cosine_high``] instead. The encoder is used only when the two versions are not
    revisions of one text: when fewer than ``revision`` of the shorter version's sentences
    occur unchanged in the other (:func:`is_revision`); in a revision the words settle every
    link (docs/comparison.md, "Evidence").
    """

    threshold: float = 0.28
    contain: float = 0.5
    contain_floor: float = 0.2
    partial: float = 0.3
    clause: float = 5.0
    move: float = 0.4
    gap: float = 0.2
    gap_span: int | None = None
    join: float = 0.25
    merge: bool = True
    moves: bool = True
    swap: bool = True
    lexical: float = 0.5
    margin_low: float = 0.9
    margin_high: float = 1.6
    neighbours: int = 3
    cosine_floor: float = 0.0
    evidence_dice: float = 0.4
    evidence_cosine: float = 0.45
    cosine_low: float = 0.4
    cosine_high: float = 0.9
    revision: float = 0.5
    token_share: float = 0.3
    evidence_tokens: float = 0.5
    containment: ContainmentOptions | None = None
    gap_content: float = 0.0
    figures: FigureLinkOptions | None = FigureLinkOptions()
    headlines: bool = True
    pivots: PivotOptions | None = PivotOptions()
    scorer: ScorerOptions | None = ScorerOptions()
    kind_cut: float | None = 0.4

    def __post_init__(self) -> None:
        for name in ("threshold", "contain", "contain_floor", "partial", "move", "gap", "join",
                     "lexical", "revision"):  # fmt: skip
            if not 0.0 < getattr(self, name) <= 1.0:
                raise ValueError(f"LinkOptions.{name}={getattr(self, name)}: use (0, 1]")
        for name in ("evidence_dice", "evidence_cosine", "evidence_tokens", "token_share"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"LinkOptions.{name}={getattr(self, name)}: use [0, 1]")
        if not -1.0 <= self.cosine_low < self.cosine_high <= 1.0:
            raise ValueError(f"LinkOptions.cosine_low={self.cosine_low}: use [-1, cosine_high)")
        if not -1.0 <= self.margin_low < self.margin_high:
            raise ValueError(f"LinkOptions.margin_low={self.margin_low}: use [-1, margin_high)")
        if self.gap_content < 0.0:
            raise ValueError(f"LinkOptions.gap_content={self.gap_content}: use 0 or more (0: off)")
        if self.clause < 0.0:
            raise ValueError(f"LinkOptions.clause={self.clause}: use 0 or more (0: off)")
        if self.kind_cut is not None and not 0.0 <= self.kind_cut <= 1.0:
            raise ValueError(f"LinkOptions.kind_cut={self.kind_cut}: use [0, 1] or None")
        if self.neighbours < 0:
            raise ValueError(f"LinkOptions.neighbours={self.neighbours}: use 0 or more")
