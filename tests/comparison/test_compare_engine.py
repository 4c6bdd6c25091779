"""compare_texts: the story's typical edits, N versions, options, and apply_changes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from polyglot_news.comparison.engine import (
    DiffOptions,
    apply_changes,
    central_version,
    compare_sentences,
    compare_texts,
    split_text,
)
from polyglot_news.comparison.model import Change, unique_sentences


def _edit(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new)


def _swap_paragraphs(text: str) -> str:
    first, second, third = text.strip().split("\n\n")
    return "\n\n".join([second, first, third]) + "\n"


def _only_change(base: str, other: str, **kwargs: object) -> Change:
    pairs, _, _ = compare_texts([("base", base), ("other", other)], **kwargs)  # type: ignore[arg-type]
    changes = pairs[0].changes
    assert len(changes) == 1, changes
    assert apply_changes(split_text(base), changes) == split_text(other)
    return changes[0]


TYPICAL_EDITS = [
    (
        "claimed-confirmed",
        lambda t: _edit(t, "officials claimed", "officials confirmed"),
        "reworded",
        ("attribution",),
    ),
    (
        "number-and-hedge",
        lambda t: _edit(t, "about 11,000", "up to 12,000"),
        "reworded",
        ("number", "hedge"),
    ),
    (
        "dropped-sentence",
        lambda t: _edit(t, " The report did not mention casualties.", ""),
        "delete",
        (),
    ),
    (
        "added-quote",
        lambda t: _edit(
            t, "resolutions.", "resolutions. “This is a provocation,” the foreign ministry said."
        ),
        "insert",
        (),  # a whole inserted sentence differs from nothing: no label
    ),
    (
        "hedge-added",
        lambda t: _edit(t, "declined to comment", "completely declined to comment"),
        "reworded",
        ("hedge",),
    ),
]


@pytest.mark.parametrize(
    ("make", "kind", "labels"), [c[1:] for c in TYPICAL_EDITS], ids=[c[0] for c in TYPICAL_EDITS]
)
def test_typical_edit(
    base_story: str, make: Callable[[str], str], kind: str, labels: tuple[str, ...]
) -> None:
    change = _only_change(base_story, make(base_story))
    assert (change.kind, change.labels) == (kind, labels)


def test_moved_paragraph_is_one_move(base_story: str) -> None:
    change = _only_change(base_story, _swap_paragraphs(base_story))
    assert change.kind == "move"
    # The two-sentence first paragraph moved (the longer Kim Jong Un one stays in order).
    assert change.size == 2
    assert (change.a_index, change.b_index) == (0, 3)
    assert change.a_text.startswith("North Korean") and change.a_text == change.b_text
    assert change.labels == ()


def test_moved_and_edited_sentence_is_a_move_with_a_diff(base_story: str) -> None:
    sentences = split_text(base_story)
    edited = sentences[5].replace("said", "claimed")
    other = "\n".join([edited, *sentences[:5], sentences[6]])
    change = _only_change(base_story, other)
    assert (change.kind, change.a_index, change.b_index) == ("move", 5, 0)
    assert change.labels == ("attribution",)
    assert [(op, t) for op, t in change.diff if op] == [(-1, "said"), (1, "claimed")]


def test_moves_off_gives_delete_and_insert(base_story: str) -> None:
    pairs, _, _ = compare_texts(
        [("a", base_story), ("b", _swap_paragraphs(base_story))],
        options=DiffOptions(moves=False),
    )
    kinds = sorted(c.kind for c in pairs[0].changes)
    assert kinds == ["delete"] * 2 + ["insert"] * 2


@pytest.mark.parametrize(
    ("strict", "expected"),
    [(False, []), (True, [("reworded", ("entity_naming",))])],
    ids=["names-by-identity", "strict-entities"],
)
def test_entity_naming(
    normaliser: Callable[[str], str], strict: bool, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    a = "Troops advanced in the Kursk region.\nThe Kremlin declined to comment."
    b = "Troops advanced in the Kursk Oblast.\nThe Kremlin declined to comment."
    pairs, _, _ = compare_texts(
        [("a", a), ("b", b)],
        options=DiffOptions(strict_entities=strict),
        entity_normaliser=normaliser,
    )
    assert [(c.kind, c.labels) for c in pairs[0].changes] == expected


def test_n_versions_matrix_and_unique(base_story: str) -> None:
    extra = "Ukraine's army said it captured two soldiers."
    texts = [
        ("base", base_story),
        ("edited", _edit(base_story, "about 11,000", "up to 12,000")),
        ("extra", base_story + extra + "\n"),
    ]
    pairs, matrix, claims = compare_texts(texts, base=1)
    assert [(p.a, p.b) for p in pairs] == [("edited", "base"), ("edited", "extra")]
    assert len(matrix) == 3 and all(len(row) == 3 for row in matrix)
    assert all(matrix[i][i] == 1.0 for i in range(3))
    assert all(matrix[i][j] == matrix[j][i] for i in range(3) for j in range(3))
    assert matrix[0][1] == pairs[0].similarity
    assert [(u.version, u.text) for u in unique_sentences(claims)] == [("extra", extra)]
    # every base sentence is one claim of all three versions, in the base's order
    shared = [c for c in claims if len(c.cells) == 3]
    assert [c.cell("edited").sentences for c in shared] == [(k,) for k in range(7)]  # type: ignore[union-attr]
    assert all(c.reference == "edited" for c in shared)
    edited = [c for c in shared if c.labels]
    assert [c.labels for c in edited] == [("number", "hedge")]
    assert [cell.kind for cell in edited[0].cells] == ["reworded", "reference", "reworded"]


def test_self_comparison_has_no_changes(base_story: str) -> None:
    pairs, matrix, claims = compare_texts([("a", base_story), ("b", base_story)])
    assert pairs[0].changes == ()
    assert matrix == ((1.0, 1.0), (1.0, 1.0))
    assert unique_sentences(claims) == ()
    assert [[c.kind for c in claim.cells] for claim in claims] == [["reference", "same"]] * 7
    assert pairs[0].aligned == tuple((i, i) for i in range(7))


@pytest.mark.parametrize(
    ("options", "text"),
    [
        (
            DiffOptions(),
            "dmp-words|semantic/2|links=13|align=0.28|moves=0.4|encoder=all-MiniLM-L6-v2-ct2-int8/2",
        ),
        (
            DiffOptions(semantic=False, moves=False, encoder=False),
            "dmp-words|raw|links=13|align=0.28|no-moves|encoder=none",
        ),
        (
            DiffOptions(align_threshold=0.4, move_threshold=0.7, strict_entities=True),
            "dmp-words|semantic/2|links=13|align=0.4|moves=0.7|strict-entities"
            "|encoder=all-MiniLM-L6-v2-ct2-int8/2",
        ),
    ],
    ids=["default", "raw-no-moves", "custom"],
)
def test_describe(options: DiffOptions, text: str) -> None:
    assert options.describe() == text


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: DiffOptions(align_threshold=0.0), "align_threshold"),
        (lambda: compare_texts([("a", "x."), ("a", "y.")]), "unique"),
        (lambda: compare_texts([("a", "x.")], base=3), "base=3"),
    ],
    ids=["threshold", "duplicate-ids", "base-range"],
)
def test_invalid_arguments(call: Callable[[], object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()


def test_apply_changes_rejects_changes_that_do_not_fit() -> None:
    with pytest.raises(ValueError, match="do not fit"):
        apply_changes([], [Change("insert", b_text="x", b_index=5)])


TYPOGRAPHY = (
    'The minister said "we will not retreat" -- and left. It\'s a "turning point"... '
    "Talks resume at 10 - 11 a.m."
)
CURLY = (
    "The minister said \u201cwe will not retreat\u201d \u2014 and left. It\u2019s a "
    "\u201cturning point\u201d\u2026 Talks resume at 10 \u2013 11\u00a0a.m."
)


def test_typography_only_edit_is_no_change() -> None:
    pairs, _, _ = compare_texts([("v1", TYPOGRAPHY), ("v2", CURLY)])
    assert pairs[0].changes == ()
    assert all(i is not None and j is not None for i, j in pairs[0].aligned)


def test_one_long_sentence_linked_to_two_short_ones() -> None:
    a = (
        "North Korea confirmed its troops fought in Kursk, the state agency KCNA reported on "
        "Monday. The Kremlin thanked Pyongyang."
    )
    b = (
        "North Korea confirmed its troops fought in Kursk. KCNA reported this on Monday. "
        "The Kremlin thanked Pyongyang."
    )
    pairs, _, _ = compare_texts([("a", a), ("b", b)])
    [change] = pairs[0].changes
    assert (change.kind, change.a_index, change.b_index) == ("reworded", 0, 0)
    assert (change.a_count, change.b_count, change.link) == (1, 2, "reworded")
    assert [p[1] for p in change.parts] == split_text(b)[:2]
    assert apply_changes(split_text(a), pairs[0].changes) == split_text(b)
    assert pairs[0].aligned == ((0, 0), (0, 1), (1, 2))


def test_report_rows_show_each_change_once() -> None:
    from polyglot_news.report import _view

    a = "Kim visited Pyongyang. North Korea confirmed its troops fought in Kursk, KCNA said."
    b = "Kim visited Pyongyang. North Korea confirmed its troops fought in Kursk. KCNA said so."
    pairs, _, _ = compare_texts([("a", a), ("b", b)])
    rows = _view.pair_rows(pairs[0], split_text(a), split_text(b))
    assert [(r.kind, r.a_index, r.b_index) for r in rows] == [
        ("same", 0, 0),
        ("reworded", 1, 1),
    ]


@pytest.mark.parametrize(
    ("matrix", "expected"),
    [
        pytest.param([[1.0, 0.5], [0.5, 1.0]], 0, id="two-versions-tie-first"),
        pytest.param(
            [[1.0, 0.2, 0.1], [0.2, 1.0, 0.7], [0.1, 0.7, 1.0]], 1, id="hub-in-the-middle"
        ),
        pytest.param(
            [[1.0, 0.3, 0.3], [0.3, 1.0, 0.3], [0.3, 0.3, 1.0]], 0, id="all-alike-first"
        ),
        pytest.param([[1.0]], 0, id="one-version"),
    ],
)
def test_central_version_is_the_medoid(matrix: list[list[float]], expected: int) -> None:
    assert central_version(matrix) == expected


def test_without_a_base_the_version_most_like_the_others_is_the_base() -> None:
    wire = (
        "Dockworkers in Odesa walked out on Tuesday, halting grain shipments.\n\n"
        "The union demands a 20 percent pay rise.\n\n"
        "Traders warned that wheat prices could climb if the strike lasts."
    )
    texts = [
        ("a_aggregator", "Odesa port strike halts grain."),  # first by name, but short
        ("b_wire", wire),
        ("c_rewrite", _edit(wire, "Traders warned", "Grain traders cautioned")),
    ]
    pairs, matrix, _ = compare_sentences(
        [(i, split_text(t, "en")) for i, t in texts], language="en", base=None
    )
    assert central_version(matrix) == 1
    assert [(p.a, p.b) for p in pairs] == [("b_wire", "a_aggregator"), ("b_wire", "c_rewrite")]
