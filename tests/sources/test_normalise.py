"""normalise(): each rule, with what it removed, in a table of cases."""

from __future__ import annotations

import pytest

from polyglot_news.records import Removal
from polyglot_news.sources import normalise

BODY = "North Korea confirmed its troops fought in Kursk.\n\nKCNA reported it on Monday."
HEAD = "North Korea confirms troops fought in Kursk"

CASES = [
    (
        "header-colon",
        f"LATEST NEWS: {HEAD}\n\n{BODY}",
        None,
        f"{HEAD}\n\n{BODY}",
        [("aggregator_header", "LATEST NEWS:")],
    ),
    (
        "header-stacked",
        f"BREAKING: UPDATE: {BODY}",
        None,
        BODY,
        [("aggregator_header", "BREAKING:"), ("aggregator_header", "UPDATE:")],
    ),
    (
        "header-own-line",
        f"Breaking News\n{BODY}",
        None,
        BODY,
        [("aggregator_header", "Breaking News")],
    ),
    (
        "header-korean",
        f"[속보] 북한, 쿠르스크 파병 인정\n\n{BODY}",
        None,
        f"북한, 쿠르스크 파병 인정\n\n{BODY}",
        [("aggregator_header", "[속보]")],
    ),
    (
        "header-russian",
        f"СРОЧНО: КНДР признала участие в боях\n\n{BODY}",
        None,
        f"КНДР признала участие в боях\n\n{BODY}",
        [("aggregator_header", "СРОЧНО:")],
    ),
    ("not-a-header", f"Update on the war: {BODY}", None, f"Update on the war: {BODY}", []),
    (
        "repeated-headline",
        f"{HEAD}\n\n{HEAD}\n\n{BODY}",
        None,
        f"{HEAD}\n\n{BODY}",
        [("repeated_headline", HEAD)],
    ),
    (
        "repeated-headline-caps",
        f"{HEAD}\n{HEAD.upper()}.\n\n{BODY}",
        None,
        f"{HEAD}\n\n{BODY}",
        [("repeated_headline", HEAD.upper() + ".")],
    ),
    (
        "repeated-title-with-outlet",
        f"{HEAD} | Daily Example\n\n{HEAD}\n\n{BODY}",
        HEAD,
        f"{HEAD} | Daily Example\n\n{BODY}",
        [("repeated_headline", HEAD)],
    ),
    ("tag-slash", f"{BODY}\n\nTelegraph/", None, BODY, [("source_tag", "Telegraph/")]),
    (
        "tag-slashes",
        f"{BODY}\n\nNewsdesk/Telegraph/",
        None,
        BODY,
        [("source_tag", "Newsdesk/Telegraph/")],
    ),
    ("tag-parens", f"{BODY}\n(Reuters)", None, BODY, [("source_tag", "(Reuters)")]),
    ("tag-dash", f"{BODY}\n\n— AFP", None, BODY, [("source_tag", "— AFP")]),
    ("tag-source", f"{BODY}\n\nSource: TASS", None, BODY, [("source_tag", "Source: TASS")]),
    ("tag-russian", f"{BODY}\n\nИсточник: ТАСС", None, BODY, [("source_tag", "Источник: ТАСС")]),
    ("tag-inline", f"{BODY} (Yonhap)", None, BODY, [("source_tag", "(Yonhap)")]),
    (
        "tags-stacked",
        f"{BODY}\n\n(Reuters)\n© AFP 2025",
        None,
        BODY,
        [("source_tag", "© AFP 2025"), ("source_tag", "(Reuters)")],
    ),
    (
        "quote-attribution-kept",
        f"{BODY}\n\n— Vladimir Putin",
        None,
        f"{BODY}\n\n— Vladimir Putin",
        [],
    ),
    (
        "invisible",
        "Kur\u200bsk\u00ad region\ufeff",
        None,
        "Kursk region",
        [("invisible", "U+200B, U+00AD, U+FEFF")],
    ),
    ("controls", "Kursk\x07 region\x00", None, "Kursk region", [("control", "U+0007, U+0000")]),
    (
        "whitespace",
        "  Kursk\u00a0\u00a0 region\t\t now \r\n\r\n\r\n\r\nNext\u2028line  ",
        None,
        "Kursk region now\n\nNext\nline",
        [],
    ),
    ("nfc", "Cafe\u0301 in Kyiv", None, "Caf\u00e9 in Kyiv", []),
    ("quotes-kept", "«Курск» and „Kyiv“ and “Seoul”", None, "«Курск» and „Kyiv“ and “Seoul”", []),
    (
        "dateline-after-headline",
        f"{HEAD}\n\nSEOUL, Dec. 1 (Yonhap) -- {BODY}",
        None,
        f"{HEAD}\n\n{BODY}",
        [("dateline", "SEOUL, Dec. 1 (Yonhap) --")],
    ),
    (
        "dateline-two-cities",
        f"KYIV/MOSCOW, Nov 30 (Reuters) - {BODY}",
        None,
        BODY,
        [("dateline", "KYIV/MOSCOW, Nov 30 (Reuters) -")],
    ),
    (
        "dateline-em-dash",
        f"WASHINGTON (AP) — {BODY}",
        None,
        BODY,
        [("dateline", "WASHINGTON (AP) —")],
    ),
    (
        "dateline-tass",
        "МОСКВА, 30 ноября. /ТАСС/. Войска продвинулись.",
        None,
        "Войска продвинулись.",
        [("dateline", "МОСКВА, 30 ноября. /ТАСС/.")],
    ),
    (
        "dateline-any-agency",
        f"{HEAD}\n\nLISBON, March 3 (Newswire Daily) - {BODY}",
        None,
        f"{HEAD}\n\n{BODY}",
        [("dateline", "LISBON, March 3 (Newswire Daily) -")],
    ),
    ("dateline-date-only", f"ODESA, Jan 9 — {BODY}", None, BODY, [("dateline", "ODESA, Jan 9 —")]),
    (
        "dateline-day-first",
        "BERLIN, 7. Mai (epd) - Die Regierung tagt.",
        None,
        "Die Regierung tagt.",
        [("dateline", "BERLIN, 7. Mai (epd) -")],
    ),
    (
        "dateline-numeric-date-cyrillic",
        "ХАРЬКОВ, 05.03.2024 - Город обстреляли.",
        None,
        "Город обстреляли.",
        [("dateline", "ХАРЬКОВ, 05.03.2024 -")],
    ),
    # not a dateline: no date or agency, words that are not a date, a period without an agency
    ("caps-then-dash-kept", "NATO - the alliance met.", None, "NATO - the alliance met.", []),
    ("not-a-date-kept", "NATO, in 2022. Since then", None, "NATO, in 2022. Since then", []),
    ("date-then-period-kept", "LONDON, May 4. The plan.", None, "LONDON, May 4. The plan.", []),
    (
        "title-case-place-unknown-agency-kept",
        "Paris, May 4 (the mayor) - x y",
        None,
        "Paris, May 4 (the mayor) - x y",
        [],
    ),
    # not a dateline: a sentence naming an agency, one deeper in the text, a dateline alone
    (
        "agency-in-a-sentence-kept",
        "US and EU (Reuters) - talks",
        None,
        "US and EU (Reuters) - talks",
        [],
    ),
    (
        "acronym-subject-kept",
        "NATO (Reuters) says it will.",
        None,
        "NATO (Reuters) says it will.",
        [],
    ),
    (
        "dateline-deep-in-text-kept",
        f"{HEAD}\n\n{BODY}\n\nLONDON (Reuters) - More.",
        None,
        f"{HEAD}\n\n{BODY}\n\nLONDON (Reuters) - More.",
        [],
    ),
    ("dateline-alone-kept", "KYIV (Reuters) - ", None, "KYIV (Reuters) -", []),
    ("nothing-left-is-kept", "(Reuters)", None, "(Reuters)", []),
    ("header-alone-is-kept", "BREAKING:", None, "BREAKING:", []),
]


@pytest.mark.parametrize(
    ("text", "title", "expected", "removed"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_normalise(
    text: str, title: str | None, expected: str, removed: list[tuple[str, str]]
) -> None:
    result, removals = normalise(text, title)
    assert result == expected
    assert removals == tuple(Removal(kind, what) for kind, what in removed)
    assert normalise(result, title) == (result, ())  # idempotent, nothing more to remove


def test_removals_reach_the_version(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from polyglot_news.sources import load

    path = tmp_path / "agg.txt"
    path.write_text(f"LATEST NEWS: {HEAD}\n\n{HEAD}\n\n{BODY}\n\nTelegraph/")
    [version] = load(path)
    assert version.text == f"{HEAD}\n\n{BODY}"
    assert [r.kind for r in version.removed] == [
        "aggregator_header",
        "repeated_headline",
        "source_tag",
    ]


def test_dateline_parts_reach_the_metadata(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from polyglot_news.sources import load

    path = tmp_path / "wire.txt"
    path.write_text(f"{HEAD}\n\nQUITO, Oct. 12 (Andes) -- {BODY}")
    [version] = load(path)
    assert version.text == f"{HEAD}\n\n{BODY}"
    assert version.removed == (Removal("dateline", "QUITO, Oct. 12 (Andes) --"),)
    assert version.metadata["dateline"] == {
        "text": "QUITO, Oct. 12 (Andes) --",
        "place": "QUITO",
        "date": "Oct. 12",
        "agency": "Andes",
    }


def test_dateline_parts_without_date_or_with_slashes() -> None:
    from polyglot_news.sources.normalise import dateline_fields

    _, removed = normalise("МИНСК /БЕЛТА/. Сессия открылась.")
    assert dateline_fields(removed) == {
        "text": "МИНСК /БЕЛТА/.",
        "place": "МИНСК",
        "agency": "БЕЛТА",
    }
    assert dateline_fields(normalise(BODY)[1]) is None


def test_record_dateline_field_is_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from polyglot_news.sources import load

    path = tmp_path / "wire.json"
    record = {"text": f"ROME, May 2 (ANSA) - {BODY}", "dateline": "Rome, 2 May"}
    path.write_text(json.dumps(record))
    [version] = load(path)
    assert version.text == BODY
    assert version.metadata["dateline"] == "Rome, 2 May"
