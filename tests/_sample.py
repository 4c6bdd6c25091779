"""A hand-built, realistic :class:`Comparison` for the renderer tests (not shipped in the wheel).

Four versions of one story: an English wire (the base), a Russian and a Korean version
translated to English, and a Ukrainian one that failed to translate; changes of every kind with
labels and word diffs, glossary entities, a similarity matrix, a claims table (built from
hand-made links by the real :func:`~polyglot_news.comparison.claims.build_claims`) with unique
sentences, and a failed input. ``hostile=True`` plants script, markup and terminal-control
payloads in every field a renderer shows, for escaping tests. Word diffs come from
:mod:`difflib` so that they are exact.
"""

from __future__ import annotations

import difflib
import re

from polyglot_news.comparison.claims import attach_originals, build_claims
from polyglot_news.comparison.links import SentenceLink
from polyglot_news.comparison.model import (
    Change,
    Claim,
    Comparison,
    EntityMention,
    PairComparison,
    Signature,
    VersionResult,
)
from polyglot_news.records import Detection, InputFailure, TermOutcome, Translation, Version

__all__ = ["HOSTILE", "sample_comparison"]

# Each payload sets window.__pwned or opens a dialog if a renderer lets it run.
HOSTILE = (
    '<script>window.__pwned=1;alert(1)</script><img src=x onerror="window.__pwned=2">'
    '</textarea></script><svg onload="window.__pwned=3"> [bold red]x[/] | *a* _b_ '
    "[c](javascript:alert(1)) \x1b[2J\x1b]0;pwned\x07"
)

EN = [
    "North Korean troops fought alongside Russian forces in the Kursk region, "
    "Pyongyang confirmed on Monday.",
    "KCNA said the deployment was ordered by Kim Jong Un.",
    "Ukraine's military said about 11,000 soldiers had been sent.",
    "Russia's chief of general staff Valery Gerasimov praised the troops.",
    "Seoul's spy agency said at least 600 North Korean soldiers were killed.",
]
RU = [  # (original, translation)
    ("Северокорейские военные сражались вместе с российскими войсками в Курской области, "
     "подтвердил в понедельник Пхеньян.", EN[0]),
    ("Валерий Герасимов высоко оценил героизм корейских военнослужащих.",
     "Valery Gerasimov praised the heroism of the Korean troops."),
    ("ЦТАК сообщило, что развёртывание было приказано Ким Чен Ыном.", EN[1]),
    ("Украинские официальные лица утверждали, что было отправлено около 12 000 военных.",
     "Ukrainian officials claimed that about 12,000 soldiers had been sent."),
    ("ТАСС сообщило, что Курская область полностью освобождена.",
     "TASS reported that the Kursk region had been fully liberated."),
]  # fmt: skip
KO = [
    ("국정원은 쿠르스크에서 북한군 최소 600명이 사망했다고 밝혔다.",
     "The NIS said at least 600 North Korean soldiers were killed in Kursk."),
    ("북한군은 쿠르스크 지역에서 러시아군과 함께 싸웠다고 평양이 확인했다.",
     "North Korean troops fought alongside Russian forces in the Kursk region, "
     "Pyongyang confirmed."),
    ("국정원은 수요일 국회 정보위원회에 보고했다.",
     "The NIS briefed the parliamentary intelligence committee on Wednesday."),
]  # fmt: skip
UK = "Північнокорейські військові воювали в Курській області, повідомив Генштаб ЗСУ."
ENTITIES = {  # version id -> (entry id, canonical, surface)
    "reuters-en": [("kursk_region", "Kursk region", "Kursk region"),
                   ("pyongyang", "Pyongyang", "Pyongyang"), ("kcna", "KCNA", "KCNA"),
                   ("kim_jong_un", "Kim Jong Un", "Kim Jong Un"),
                   ("valery_gerasimov", "Valery Gerasimov", "Valery Gerasimov"),
                   ("seoul", "Seoul", "Seoul")],
    "tass-ru": [("kursk_region", "Kursk region", "Курской области"),
                ("pyongyang", "Pyongyang", "Пхеньян"),
                ("valery_gerasimov", "Valery Gerasimov", "Валерий Герасимов"),
                ("kcna", "KCNA", "ЦТАК"), ("kim_jong_un", "Kim Jong Un", "Ким Чен Ыном"),
                ("tass", "TASS", "ТАСС")],
    "yonhap-ko": [("kursk", "Kursk", "쿠르스크"), ("pyongyang", "Pyongyang", "평양")],
    "ukrinform-uk": [("kursk_region", "Kursk region", "Курській області")],
}  # fmt: skip
KINDS = {"kursk_region": "place", "pyongyang": "place", "seoul": "place", "kursk": "place",
         "kcna": "org", "tass": "org", "kim_jong_un": "person", "valery_gerasimov": "person"}
_TOKEN = re.compile(r"\s+|[^\s]+")


def word_diff(a: str, b: str) -> tuple[tuple[int, str], ...]:
    """A word-level diff as ``(op, text)`` pairs (-1 only in a, 0 both, 1 only in b)."""
    ta, tb = _TOKEN.findall(a), _TOKEN.findall(b)
    ops: list[tuple[int, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append((0, "".join(ta[i1:i2])))
            continue
        if i2 > i1:
            ops.append((-1, "".join(ta[i1:i2])))
        if j2 > j1:
            ops.append((1, "".join(tb[j1:j2])))
    return tuple(ops)


def _edit(kind: str, a: str, b: str, i: int, j: int, labels: tuple[str, ...]) -> Change:
    sim = round(difflib.SequenceMatcher(None, a, b).ratio(), 3)
    return Change(kind, a, b, i, j, labels, word_diff(a, b) if a != b else (), sim)


def _mentions(vid: str, text: str, language: str) -> tuple[EntityMention, ...]:
    out = []
    for entry, canonical, surface in ENTITIES[vid]:
        start = text.find(surface)
        if start >= 0:
            out.append(
                EntityMention(
                    entry, canonical, surface, start, start + len(surface), language, KINDS[entry]
                )
            )
    return tuple(out)


def _result(
    vid: str, lang: str, conf: float, pairs: list[tuple[str, str]], outlet: str, url: str
) -> VersionResult:
    original = " ".join(src for src, _ in pairs)
    route = (lang,) if lang == "en" else (lang, "en")
    translation = Translation(
        source_language=lang,
        target_language="en",
        text=" ".join(dst for _, dst in pairs),
        route=route,
        sentences=tuple(pairs) if lang != "en" else (),
        terms=tuple(TermOutcome(c, s, "held") for _, c, s in ENTITIES[vid] if lang != "en"),
        backend="argos" if lang != "en" else "",
        packages=(f"argos:{lang}-en@1.0",) if lang != "en" else (),
    )
    version = Version(
        id=vid, path=f"examples/kursk-2025/{vid}.txt", text=original, title="Kursk", outlet=outlet,
        url=url, date="2025-04-28", language=lang,
    )  # fmt: skip
    detection = Detection(lang, conf)
    sentences = tuple(dst for _, dst in pairs)
    return VersionResult(
        vid, version, detection, translation, _mentions(vid, original, lang),
        sentences=sentences, paragraphs=((0, len(sentences)),),
    )  # fmt: skip


def _versions(hostile: bool) -> tuple[VersionResult, ...]:
    en = [(s, s) for s in EN]
    ru = list(RU)
    outlet, url = "TASS", "https://tass.com/world/1950000"
    if hostile:
        ru[3] = (HOSTILE, HOSTILE)
        outlet, url = HOSTILE, "javascript:window.__pwned=4"
    failed = VersionResult(
        "ukrinform-uk",
        Version("ukrinform-uk", "examples/kursk-2025/ukrinform-uk.html", UK, outlet="Ukrinform"),
        Detection("uk", 0.97),
        None,
        _mentions("ukrinform-uk", UK, "uk"),
        InputFailure(
            "examples/kursk-2025/ukrinform-uk.html",
            "missing_model",
            "examples/kursk-2025/ukrinform-uk.html: no Argos package translates uk->en, directly "
            "or via en; install one with `polyglot-news models install uk en`",
        ),
    )
    return (
        _result("reuters-en", "en", 0.99, en, "Reuters", "https://www.reuters.com/world/kursk"),
        _result("tass-ru", "ru", 0.98, ru, outlet, url),
        _result("yonhap-ko", "ko", 0.99, KO, "Yonhap", "https://en.yna.co.kr/view/AEN2025"),
        failed,
    )


def _pairs(ru3: str) -> tuple[PairComparison, ...]:
    ru, ko = [t for _, t in RU], [t for _, t in KO]
    ru_changes = (
        _edit("move", EN[3], ru[1], 3, 1, ("attribution",)),
        _edit("reworded", EN[2], ru3, 2, 3, ("number", "attribution")),
        Change("insert", "", ru[4], None, 4, ("attribution", "claim")),
        Change("delete", EN[4], "", 4, None, ("number",)),
    )
    ko_changes = (
        _edit("move", EN[4], ko[0], 4, 0, ("entity",)),
        _edit("reworded", EN[0], ko[1], 0, 1, ("date",)),
        Change("insert", "", ko[2], None, 2, ("date",)),
        Change("delete", EN[1], "", 1, None, ("attribution",)),
        Change("delete", EN[2], "", 2, None, ("number",)),
        Change("delete", EN[3], "", 3, None, ()),
    )
    return (
        PairComparison(
            "reuters-en", "tass-ru", 0.71, ru_changes,
            ((0, 0), (3, 1), (1, 2), (2, 3), (None, 4), (4, None)),
        ),
        PairComparison(
            "reuters-en", "yonhap-ko", 0.48, ko_changes,
            ((4, 0), (0, 1), (None, 2), (1, None), (2, None), (3, None)),
        ),
    )  # fmt: skip


def _claims(versions: tuple[VersionResult, ...], hostile: bool) -> tuple[Claim, ...]:
    """The claims of the three compared versions, from links matching the pair comparisons."""
    compared = [r for r in versions if r.error is None]
    ru_links = [
        ((0,), (0,), "same", 1.0),
        ((3,), (1,), "reworded", 0.62),
        ((1,), (2,), "same", 1.0),
        ((2,), (3,), "reworded", 0.71),
    ]
    if hostile:  # the planted sentence links to nothing: a claim only tass-ru reports
        ru_links.pop()
    links = {
        (0, 1): [SentenceLink(a, b, kind, score) for a, b, kind, score in ru_links],
        (0, 2): [SentenceLink((4,), (0,), "reworded", 0.66, True),
                 SentenceLink((0,), (1,), "reworded", 0.93)],
        (1, 2): [SentenceLink((0,), (1,), "reworded", 0.93)],
    }  # fmt: skip
    claims = build_claims(
        [r.id for r in compared], [list(r.sentences) for r in compared], links, base=0
    )
    originals = {r.id: [src for src, _ in r.translation.sentences] for r in compared[1:]}
    return attach_originals(claims, originals)  # type: ignore[union-attr]


def sample_comparison(*, hostile: bool = False) -> Comparison:
    """A realistic four-version comparison; with ``hostile``, payloads in every shown field."""
    versions = _versions(hostile)
    ru3 = versions[1].translation.sentences[3][1] if versions[1].translation else ""
    signature = Signature(
        polyglot_news="0.1.0",
        detector="polyglot_news.langid[en,ko,ru,uk]",
        translator="argos",
        translator_settings={
            "beam_size": "4",
            "compute_type": "int8",
            "device": "cpu",
            "length_penalty": "0.2",
            "max_batch_tokens": "2048",
        },
        packages=("argos:ko-en@1.0", "argos:ru-en@1.0"),
        routes={"reuters-en": ("en",), "tass-ru": ("ru", "en"), "yonhap-ko": ("ko", "en")},
        glossary="sha256:5f2b9c0e4d1a7b3c8e6f0a9d2c4b1e7f3a5d8c0b2e4f6a1c3d5e7f9b0a2c4e6d",
        diff="dmp-words|semantic|align=0.5|moves",
        segmenter="polyglot_news.segment/2",
        libraries={"ctranslate2": "4.5.0", "sentencepiece": "0.2.0", "langdetect": "1.0.9",
                   "diff-match-patch": "20241021"},
    )  # fmt: skip
    return Comparison(
        pivot="en",
        base="reuters-en",
        versions=versions,
        comparisons=_pairs(ru3),
        matrix=((1.0, 0.71, 0.48), (0.71, 1.0, 0.39), (0.48, 0.39, 1.0)),
        claims=_claims(versions, hostile),
        signature=signature,
        failures=(
            InputFailure(
                "feeds/broken.jsonl",
                "record",
                "feeds/broken.jsonl: line 3 is not valid JSON; fix or remove that record",
            ),
        ),
        matrix_ids=("reuters-en", "tass-ru", "yonhap-ko"),
    )
