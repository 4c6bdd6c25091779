"""Word diffs: whole-word changes, exact reconstruction, Unicode safety."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from polyglot_news.comparison.worddiff import diff_texts, is_unchanged, tokenize, word_diff

TOKENIZE_CASES = [
    ("english", "Officials admit it.", ["Officials", " ", "admit", " ", "it", "."]),
    ("number", "about 11,000 (3.5%)", ["about", " ", "11,000", " ", "(", "3.5", "%", ")"]),
    ("apostrophe-hyphen", "don't Jong-un", ["don't", " ", "Jong-un"]),
    ("chinese-per-char", "朝鲜军队。", ["朝", "鲜", "军", "队", "。"]),
    ("japanese-kana", "ロシア軍", ["ロ", "シ", "ア", "軍"]),
    ("hangul-words", "북한 군대는", ["북한", " ", "군대는"]),
    ("combining-mark", "cafe\u0301 ok", ["cafe\u0301", " ", "ok"]),
    ("emoji-skin-tone", "a 👍🏽b", ["a", " ", "👍🏽", "b"]),
    ("emoji-zwj", "👨\u200d👩\u200d👧!", ["👨\u200d👩\u200d👧", "!"]),
    ("flag-pair", "🇺🇦🇷🇺", ["🇺🇦", "🇷🇺"]),
    ("astral-han", "𠀀𠀁", ["𠀀", "𠀁"]),
    ("cyrillic", "Войска КНДР", ["Войска", " ", "КНДР"]),
]


@pytest.mark.parametrize(
    ("text", "tokens"), [c[1:] for c in TOKENIZE_CASES], ids=[c[0] for c in TOKENIZE_CASES]
)
def test_tokenize(text: str, tokens: list[str]) -> None:
    assert tokenize(text) == tokens


DIFF_CASES = [
    (
        "verb-whole-word",
        "Officials admits the loss.",
        "Officials confirms the loss.",
        [(-1, "admits"), (1, "confirms")],
    ),
    (
        "phrase",
        "The army lost about 11,000 soldiers.",
        "The army lost up to 12,000 soldiers.",
        [(-1, "about 11,000"), (1, "up to 12,000")],
    ),
    ("insert-word", "He said it.", "He said it again.", [(1, " again")]),
    # a partial link: the shared part stays equal beside long added clauses
    (
        "clause-added-both-sides",
        "Voters rejected the plan.",
        "Voters in the canton narrowly rejected the plan to build a second tunnel under the pass.",
        [(1, "in the canton narrowly "), (1, " to build a second tunnel under the pass")],
    ),
    (
        "shared-phrase-between-rewordings",
        "Rescue teams said two hikers were found alive near the summit on Sunday.",
        "After a night in the snow, two hikers were found alive near the summit, police said.",
        [
            (-1, "Rescue teams said"),
            (1, "After a night in the snow,"),
            (-1, " on Sunday"),
            (1, ", police said"),
        ],
    ),
    # "in the" or one lone word between long edits still folds into them
    (
        "function-words-fold",
        "Ministers in the old government quit on Friday night.",
        "Three ministers who had served for years in the council quit.",
        [
            (-1, "Ministers in the old government quit on Friday night"),
            (1, "Three ministers who had served for years in the council quit"),
        ],
    ),
    ("chinese", "军队损失一万人。", "军队损失两万人。", [(-1, "一"), (1, "两")]),
    ("emoji", "Great 👍🏽 news", "Great 👎 news", [(-1, "👍🏽"), (1, "👎")]),
    ("hangul", "북한 군대는 싸웠다", "북한 병사들은 싸웠다", [(-1, "군대는"), (1, "병사들은")]),
]


@pytest.mark.parametrize(
    ("a", "b", "edits"), [c[1:] for c in DIFF_CASES], ids=[c[0] for c in DIFF_CASES]
)
def test_word_diff_changes_whole_words(a: str, b: str, edits: list[tuple[int, str]]) -> None:
    diff = word_diff(a, b)
    assert [(op, text) for op, text in diff if op != 0] == edits
    assert diff_texts(diff) == (a, b)


def test_without_semantic_cleanup_words_change_one_by_one() -> None:
    diff = word_diff("lost about 11,000 men", "lost up to 12,000 men", semantic=False)
    assert diff_texts(diff) == ("lost about 11,000 men", "lost up to 12,000 men")
    assert (0, " ") in diff  # the shared space is kept apart without cleanup


def test_empty_texts() -> None:
    assert word_diff("", "") == ()
    assert word_diff("", "new") == ((1, "new"),)
    assert word_diff("old", "") == ((-1, "old"),)


# Words from several scripts, spaces and punctuation, so texts share tokens often.
_PIECES = st.sampled_from(
    [
        "the",
        "army",
        "11,000",
        "12,000",
        "said",
        "Kyiv",
        "Київ",
        "北",
        "朝鲜",
        "한국",
        "군대",
        "👍🏽",
        "🇺🇦",
        "👨\u200d👩\u200d👧",
        "𠀀",
        "e\u0301",
        " ",
        "  ",
        "\n",
        ",",
        ".",
        "“",
        "”",
        "-",
    ]
)
TEXTS = st.lists(_PIECES, max_size=30).map("".join)
ANY_TEXT = st.text(max_size=40)


@settings(max_examples=150, deadline=None)
@given(TEXTS, TEXTS, st.booleans())
def test_diff_reproduces_both_texts(a: str, b: str, semantic: bool) -> None:
    diff = word_diff(a, b, semantic=semantic)
    assert diff_texts(diff) == (a, b)
    assert all(text for _, text in diff)


@settings(max_examples=100, deadline=None)
@given(ANY_TEXT, ANY_TEXT)
def test_diff_reproduces_arbitrary_unicode(a: str, b: str) -> None:
    assert diff_texts(word_diff(a, b)) == (a, b)


@settings(max_examples=100, deadline=None)
@given(ANY_TEXT)
def test_tokens_join_back_and_self_diff_is_unchanged(a: str) -> None:
    assert "".join(tokenize(a)) == a
    assert is_unchanged(word_diff(a, a))


def _boundaries(text: str) -> set[int]:
    cuts, position = {0}, 0
    for token in tokenize(text):
        position += len(token)
        cuts.add(position)
    return cuts


@settings(max_examples=100, deadline=None)
@given(TEXTS, TEXTS)
def test_no_change_splits_a_word(a: str, b: str) -> None:
    pa = pb = 0
    cuts_a, cuts_b = _boundaries(a), _boundaries(b)
    for op, text in word_diff(a, b):
        pa += len(text) if op <= 0 else 0
        pb += len(text) if op >= 0 else 0
        assert pa in cuts_a
        assert pb in cuts_b
