"""Turn the sentence links of two versions into the changes a report shows.

:func:`pair_changes` links version b's sentences to version a's
(:func:`polyglot_news.comparison.links.link_sentences`) and lays the result out in order of b:
a sentence of a that no link holds is a ``delete`` (placed where it sat in a, between its
in-order neighbours), one of b an ``insert``; a link in the in-order chain is unchanged when
its kind is ``same`` (or when only the names of glossary entities differ) and otherwise a
``reworded`` or ``partial`` change with a word diff and labels; links outside the chain are
``move`` changes, and moved links consecutive in both versions are one move (a moved
paragraph is one change). A link of one sentence with two keeps the sentences in ``parts``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from polyglot_news.comparison.labels import label_diff
from polyglot_news.comparison.links import LinkOptions, SentenceLink, TermWeights, link_sentences
from polyglot_news.comparison.model import Change, PairComparison
from polyglot_news.comparison.similarity import SentenceFeatures
from polyglot_news.comparison.worddiff import word_diff

__all__ = ["CHANGE_KINDS", "layout", "pair_changes"]

CHANGE_KINDS = ("reworded", "partial", "insert", "delete", "move")
"""Kinds of :class:`~polyglot_news.comparison.model.Change`; ``same`` links are no change."""

Labeller = Callable[[Sequence[tuple[int, str]]], tuple[tuple[str, ...], bool]]
Step = tuple[str, SentenceLink | None, int | None]  # ("link" | "delete" | "insert", link, index)


def layout(links: Sequence[SentenceLink], n: int, m: int) -> list[Step]:
    """Links, deletions and insertions in order of b (deletions where they sat in a).

    ``additional`` links (a sentence's second, partial link) are not laid out: each sentence
    has its place through its one-to-one link."""
    links = [link for link in links if not link.additional]
    linked_a = {i for link in links for i in link.a}
    moved_at = {link.b[0]: link for link in links if link.moved}
    moved_b = {j for link in links if link.moved for j in link.b}
    steps: list[Step] = []
    prev_a, prev_b = -1, -1
    for link in [*sorted((x for x in links if not x.moved), key=lambda x: x.a), None]:
        end_a, end_b = (n, m) if link is None else (link.a[0], link.b[0])
        steps += [("delete", None, i) for i in range(prev_a + 1, end_a) if i not in linked_a]
        for j in range(prev_b + 1, end_b):
            if j in moved_at:
                steps.append(("link", moved_at[j], None))
            elif j not in moved_b:
                steps.append(("insert", None, j))
        if link is not None:
            steps.append(("link", link, None))
            prev_a, prev_b = link.a[-1], link.b[-1]
    return steps


def pair_changes(
    a_id: str,
    b_id: str,
    fa: Sequence[SentenceFeatures],
    fb: Sequence[SentenceFeatures],
    similarity: float,
    *,
    label: Labeller,
    weights: TermWeights | None = None,
    link_options: LinkOptions | None = None,
    semantic: bool = True,
    strict_entities: bool = False,
    links: Sequence[SentenceLink] | None = None,
) -> PairComparison:
    """Compare version b with version a: links, then changes in order of b (see module).

    ``label`` maps a word diff to ``(labels, only entity renamings)``; ``weights`` is the
    term rarity among all versions compared; ``links`` are a's and b's sentence links when
    the caller made them already (with these weights and options).
    """
    if links is None:
        links = link_sentences(fa, fb, weights=weights, options=link_options)
    changes: list[Change] = []
    aligned: list[tuple[int | None, int | None]] = []
    run: list[SentenceLink] = []
    for step, link, index in layout(links, len(fa), len(fb)):
        if link is not None and link.moved and _continues(run, link):
            run.append(link)
            aligned.extend(_pairs(link))
            continue
        if run:
            changes.append(_move(run, fa, fb, label, semantic))
            run = []
        if link is not None and link.moved:
            run = [link]
        elif step == "delete" and index is not None:
            changes.append(_one_side("delete", fa[index].text, index, label))
        elif step == "insert" and index is not None:
            changes.append(_one_side("insert", fb[index].text, index, label))
        elif link is not None:
            change = _edit(link, fa, fb, label, semantic, strict_entities)
            if change is not None:
                changes.append(change)
        aligned.extend(_pairs(link) if link is not None else [_gap(step, index)])
    if run:
        changes.append(_move(run, fa, fb, label, semantic))
    return PairComparison(a_id, b_id, similarity, tuple(changes), tuple(aligned))


def _gap(step: str, index: int | None) -> tuple[int | None, int | None]:
    return (index, None) if step == "delete" else (None, index)


def _pairs(link: SentenceLink) -> list[tuple[int | None, int | None]]:
    """The (a, b) index pairs of a link: one, or two for a link of one sentence with two."""
    return [(i, j) for i in link.a for j in link.b]


def _continues(run: list[SentenceLink], link: SentenceLink) -> bool:
    """Whether a moved link extends a run of moved links consecutive in both versions."""
    if not run:
        return False
    last = run[-1]
    return len(link.a) == len(link.b) == len(last.a) == len(last.b) == 1 and (
        link.a[0] == last.a[0] + 1 and link.b[0] == last.b[0] + 1
    )


def _one_side(kind: str, text: str, index: int, label: Labeller) -> Change:
    op = -1 if kind == "delete" else 1
    diff = ((op, text),)
    if kind == "delete":
        return Change("delete", a_text=text, a_index=index, labels=label(diff)[0], diff=diff)
    return Change("insert", b_text=text, b_index=index, labels=label(diff)[0], diff=diff)


def _texts(
    link: SentenceLink, fa: Sequence[SentenceFeatures], fb: Sequence[SentenceFeatures]
) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """Joined texts of a link, and its parts when it holds more than one sentence a side."""
    a = [fa[i].text for i in link.a]
    b = [fb[j].text for j in link.b]
    parts: tuple[tuple[str, str], ...] = ()
    if len(a) > 1 or len(b) > 1:
        width = max(len(a), len(b))
        parts = tuple(
            (a[k] if k < len(a) else "", b[k] if k < len(b) else "") for k in range(width)
        )
    return " ".join(a), " ".join(b), parts


def _edit(
    link: SentenceLink,
    fa: Sequence[SentenceFeatures],
    fb: Sequence[SentenceFeatures],
    label: Labeller,
    semantic: bool,
    strict_entities: bool,
) -> Change | None:
    """The change an in-order link stands for, or None when the wording is the same."""
    if link.kind == "same" and len(link.a) == len(link.b) == 1:
        return None
    a_text, b_text, parts = _texts(link, fa, fb)
    diff = word_diff(a_text, b_text, semantic=semantic)
    labels, naming_only = label(diff)
    if naming_only and not strict_entities:
        return None
    kind = "reworded" if link.kind == "same" else link.kind
    return Change(
        kind, a_text, b_text, link.a[0], link.b[0], labels, diff, link.score, parts, link.kind
    )


def _move(
    run: list[SentenceLink],
    fa: Sequence[SentenceFeatures],
    fb: Sequence[SentenceFeatures],
    label: Labeller,
    semantic: bool,
) -> Change:
    """One move change for a run of moved links consecutive in both versions."""
    if len(run) == 1:
        a_text, b_text, parts = _texts(run[0], fa, fb)
    else:
        parts = tuple((fa[x.a[0]].text, fb[x.b[0]].text) for x in run)
        a_text = " ".join(a for a, _ in parts)
        b_text = " ".join(b for _, b in parts)
    diff = word_diff(a_text, b_text, semantic=semantic)
    labels = () if all(x.kind == "same" for x in run) else label(diff)[0]
    kinds = {x.kind for x in run}
    kind = next(k for k in ("partial", "reworded", "same") if k in kinds)
    score = round(sum(x.score for x in run) / len(run), 6)
    return Change(
        "move", a_text, b_text, run[0].a[0], run[0].b[0], labels, diff, score, parts, kind
    )


def labeller(
    language: str, normaliser: Callable[[str], str] | None, strict_entities: bool
) -> Labeller:
    """Bind the label settings: diff -> (labels, only entity renamings)."""

    def label(diff: Sequence[tuple[int, str]]) -> tuple[tuple[str, ...], bool]:
        result = label_diff(
            diff, language=language, entity_normaliser=normaliser, strict_entities=strict_entities
        )
        return result.labels, result.naming_only

    return label
