"""The 0.1.0 comparison path (surface similarity, fixed cut-off 0.5), kept for side-by-side runs.

A copy of ``polyglot_news.comparison.engine`` as it was before the cross-outlet aligner
(issue 10): sentence features without typography folding or terms, ``align`` on the Dice of
words and trigrams, ``replace`` changes, unique sentences by surface similarity. Only the
benchmarks import it (``compare_speed.py``, ``alignment_accuracy.py``); the word diff and labels
are the package's current ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from polyglot_news.comparison.align import AlignedPair, align, group_moves
from polyglot_news.comparison.engine import DiffOptions, similarity_matrix
from polyglot_news.comparison.labels import label_diff
from polyglot_news.comparison.model import Change, PairComparison, UniqueSentence
from polyglot_news.comparison.similarity import SentenceFeatures, sentence_similarity
from polyglot_news.comparison.worddiff import word_diff

__all__ = ["OLD_OPTIONS", "compare_sentences", "sentence_features", "unique_sentences"]

OLD_OPTIONS = DiffOptions(align_threshold=0.5, move_threshold=0.5)
_CANDIDATES = 20
_RARE_WORDS = 8
_CJK = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")
_DIGIT = re.compile(r"\d")


def sentence_features(
    text: str,
    entity_normaliser: Callable[[str], str] | None = None,
    *,
    strict_entities: bool = False,
) -> SentenceFeatures:
    """The 0.1.0 features of one sentence (no typography folding, no terms)."""
    named = entity_normaliser(text) if entity_normaliser is not None else text
    normal = _DIGIT.sub("0", unicodedata.normalize("NFKC", named).casefold())
    tokens = tuple(_TOKEN.findall(normal))
    key = text.strip() if strict_entities else named.strip()
    # trigrams: SentenceFeatures.grams, computed from the tokens when first used (as in 0.1.0)
    return SentenceFeatures(text, key, tokens, frozenset(tokens))


def compare_sentences(
    versions: Sequence[tuple[str, Sequence[str]]],
    *,
    language: str = "en",
    base: int = 0,
    options: DiffOptions | None = None,
    entity_normaliser: Callable[[str], str] | None = None,
) -> tuple[tuple[PairComparison, ...], tuple[tuple[float, ...], ...], tuple[UniqueSentence, ...]]:
    """Compare versions already split into sentences, given as ``(version_id, sentences)``.

    Args:
        versions: the versions, each ``(id, its pivot-language sentences)``; ids must be unique.
            Every index in the result points into these sentence lists.
        language: the pivot language (chooses the label word lists).
        base: index in ``versions`` of the version every other one is compared with.
        options: alignment and diff settings (default :class:`DiffOptions()`).
        entity_normaliser: maps a text's glossary surface forms to one stable form each, so
            two names of one entity are not a change (unless ``options.strict_entities``).

    Returns:
        ``(comparisons, matrix, unique)``: one :class:`PairComparison` per non-base version
        (in input order), the symmetric similarity matrix (0-1) of all versions (1.0 on the
        diagonal), and the sentences no other version carries.

    Raises:
        ValueError: when ``base`` is out of range or two versions share an id.
    """
    options = options or OLD_OPTIONS
    ids = [version_id for version_id, _ in versions]
    if len(set(ids)) != len(ids):
        raise ValueError(f"compare_texts: version ids must be unique, got {ids}")
    if versions and not 0 <= base < len(versions):
        raise ValueError(f"compare_texts: base={base} is not an index of the {len(versions)} texts")
    features = [
        [
            sentence_features(s, entity_normaliser, strict_entities=options.strict_entities)
            for s in sentences
        ]
        for _, sentences in versions
    ]
    matrix = similarity_matrix(features)
    comparisons = tuple(
        _compare_pair(
            ids[base],
            ids[k],
            features[base],
            features[k],
            matrix[base][k],
            language,
            options,
            entity_normaliser,
        )
        for k in range(len(versions))
        if k != base
    )
    unique = unique_sentences(
        ids,
        features,
        options.align_threshold,
        base=base,
        aligned=[c.aligned for c in comparisons],
    )
    return comparisons, matrix, unique


def _compare_pair(
    a_id: str,
    b_id: str,
    fa: Sequence[SentenceFeatures],
    fb: Sequence[SentenceFeatures],
    similarity: float,
    language: str,
    options: DiffOptions,
    normaliser: Callable[[str], str] | None,
) -> PairComparison:
    """Align two versions and turn the alignment into changes."""
    pairs = align(
        fa,
        fb,
        threshold=options.align_threshold,
        move_threshold=options.move_threshold,
        moves=options.moves,
    )
    runs = {run[0].b: run for run in group_moves(pairs)}
    changes: list[Change] = []
    for pair in pairs:
        if pair.moved:
            if pair.b in runs:
                changes.append(_move(runs[pair.b], fa, fb, language, options, normaliser))
            continue
        change = _change(pair, fa, fb, language, options, normaliser)
        if change is not None:
            changes.append(change)
    aligned = tuple((p.a, p.b) for p in pairs)
    return PairComparison(a_id, b_id, similarity, tuple(changes), aligned)


def _change(
    pair: AlignedPair,
    fa: Sequence[SentenceFeatures],
    fb: Sequence[SentenceFeatures],
    language: str,
    options: DiffOptions,
    normaliser: Callable[[str], str] | None,
) -> Change | None:
    """The change an in-order aligned pair stands for, or None when nothing changed."""
    label = _labeller(language, options, normaliser)
    if pair.b is None:
        assert pair.a is not None
        text = fa[pair.a].text
        return Change(
            "delete",
            a_text=text,
            a_index=pair.a,
            labels=label(((-1, text),))[0],
            diff=((-1, text),),
        )
    if pair.a is None:
        text = fb[pair.b].text
        return Change(
            "insert", b_text=text, b_index=pair.b, labels=label(((1, text),))[0], diff=((1, text),)
        )
    a, b = fa[pair.a], fb[pair.b]
    if a.key == b.key:
        return None
    diff = word_diff(a.text, b.text, semantic=options.semantic)
    labels, naming_only = label(diff)
    if naming_only and not options.strict_entities:
        return None
    return Change("replace", a.text, b.text, pair.a, pair.b, labels, diff, pair.similarity)


def _move(
    run: list[AlignedPair],
    fa: Sequence[SentenceFeatures],
    fb: Sequence[SentenceFeatures],
    language: str,
    options: DiffOptions,
    normaliser: Callable[[str], str] | None,
) -> Change:
    """One move change for a run of consecutive moved sentences."""
    parts = tuple((fa[p.a].text, fb[p.b].text) for p in run if p.a is not None and p.b is not None)
    a_text = " ".join(a for a, _ in parts)
    b_text = " ".join(b for _, b in parts)
    diff = word_diff(a_text, b_text, semantic=options.semantic)
    labels = () if a_text == b_text else _labeller(language, options, normaliser)(diff)[0]
    similarity = round(sum(p.similarity for p in run) / len(run), 6)
    return Change(
        "move",
        a_text,
        b_text,
        run[0].a,
        run[0].b,
        labels,
        diff,
        similarity,
        parts=parts if len(parts) > 1 else (),
    )


def _labeller(
    language: str, options: DiffOptions, normaliser: Callable[[str], str] | None
) -> Callable[[Sequence[tuple[int, str]]], tuple[tuple[str, ...], bool]]:
    """Bind the label settings: diff -> (labels, only entity renamings)."""

    def label(diff: Sequence[tuple[int, str]]) -> tuple[tuple[str, ...], bool]:
        result = label_diff(
            diff,
            language=language,
            entity_normaliser=normaliser,
            strict_entities=options.strict_entities,
        )
        return result.labels, result.naming_only

    return label


def _open_sentences(
    features: Sequence[Sequence[SentenceFeatures]],
    base: int,
    aligned: Sequence[Sequence[tuple[int | None, int | None]]] | None,
) -> list[list[int]]:
    """Per version, the sentences no base comparison matched (all of them without alignments)."""
    if aligned is None:
        return [list(range(len(f))) for f in features]
    others = [k for k in range(len(features)) if k != base]
    matched_in_base: set[int] = set()
    result: list[list[int]] = [[] for _ in features]
    for k, pairs in zip(others, aligned, strict=True):
        matched_in_base.update(i for i, j in pairs if i is not None and j is not None)
        result[k] = [j for i, j in pairs if i is None and j is not None]
    result[base] = [i for i in range(len(features[base])) if i not in matched_in_base]
    return result


def unique_sentences(
    ids: Sequence[str],
    features: Sequence[Sequence[SentenceFeatures]],
    threshold: float,
    *,
    base: int = 0,
    aligned: Sequence[Sequence[tuple[int | None, int | None]]] | None = None,
) -> tuple[UniqueSentence, ...]:
    """Sentences with no match at or above ``threshold`` in any other version.

    With ``aligned`` (the base comparisons' index pairs, non-base versions in order) only the
    sentences those left unmatched are candidates, and each is checked against every other
    version's sentence with the same text, the base's sentences and the other candidates;
    without, every sentence is checked against every other sentence.
    """
    if len(features) < 2:
        return ()
    owners: dict[str, set[int]] = defaultdict(set)
    for v, sentences in enumerate(features):
        for f in sentences:
            owners[f.key].add(v)
    candidates = _open_sentences(features, base, aligned)
    pool = [(v, k) for v, ks in enumerate(candidates) for k in ks]
    if aligned is not None:
        pool += [(base, k) for k in range(len(features[base])) if k not in candidates[base]]
    postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for v, k in sorted(pool):
        for token in features[v][k].token_set:
            postings[token].append((v, k))
    out = []
    for v, ks in enumerate(candidates):
        for k in ks:
            f = features[v][k]
            if len(owners[f.key]) > 1:
                continue
            rare = sorted(f.token_set, key=lambda t: (len(postings[t]), t))[:_RARE_WORDS]
            hits = Counter(hit for t in rare for hit in postings[t] if hit[0] != v)
            ranked = sorted(hits.items(), key=lambda item: (-item[1], item[0]))[:_CANDIDATES]
            if not any(
                sentence_similarity(f, features[w][m], threshold) >= threshold
                for (w, m), _ in ranked
            ):
                out.append(UniqueSentence(ids[v], k, f.text))
    return tuple(out)
