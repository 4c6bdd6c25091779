"""How plausible a text is as something a person wrote: the test that tells mojibake from text.

Decoding bytes with the wrong code page gives text that is valid Unicode but reads as nobody
writes: KOI8-R Russian read as Shift_JIS becomes half-width katakana; read as cp1251 its case
flips inside words ("рХЕМЭЪМ"); EUC-KR Korean read as cp1251 is Cyrillic sprinkled with
``±``/``№``. :func:`plausibility` scores a text in [0, 1] from three kinds of evidence:

- **odd characters**: controls, private use, unassigned code points, U+FFFD, half-width
  katakana, box drawing, signs news prose hardly uses (``¤ ± ¶ ¬``...), closing marks
  or dashes stuck to the front of a word, a geometric shape inside a word ("Fl■ge": German
  cp1252 read as HP Roman-8) and a combining mark of another script than its letter ("hِ":
  cp1252 "ö" read as cp1256);
- **script consistency**: letters of a second non-Latin script (Greek inside Cyrillic), words
  that mix two scripts, case that flips inside a word, sentences that start in lower case,
  Latin words made mostly of accented letters, and, for Chinese, Japanese and Korean,
  characters outside the common level of their national standard (GB 2312 level 1, JIS X 0208
  level 1, the 2,350 Hangul syllables of KS X 1001), which real text rarely leaves and
  mojibake rarely stays in;
- **letter frequencies**: the mean log-probability of the text's letter bigrams under the best
  language of its script, with bigram tables derived from the langid word tables
  (:mod:`~polyglot_news.langid.bigrams`), compared with the same figure for text of that
  language. Mojibake in a language's own alphabet (cp1251 read as KOI8-R) passes
  the first two tests and fails this one. Chinese, Japanese and Korean, whose words the tables
  lack, use the share of their frequent characters instead (``cjk_frequent.json``): EUC-KR
  Korean read as GB 2312 is all level-1 hanzi, but not the ones Chinese uses most.

The anomalies per letter and the bigram shortfall are combined as ``exp(-(ANOMALY_WEIGHT * a
+ FIT_WEIGHT * f))``; the weights were set on the evaluation in ``benchmarks/decode_accuracy.py``
(texts of our own, in eleven languages, encoded in every legacy code page that can hold them).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from functools import cache
from importlib import resources

from polyglot_news.langid.bigrams import bigram_tables, fold
from polyglot_news.langid.scripts import CJK_SCRIPTS, script_of, strip_non_language

__all__ = ["PLAUSIBLE", "assess", "plausibility"]

PLAUSIBLE = 0.5  # below this a text reads as mojibake
ANOMALY_WEIGHT = 6.0
FIT_WEIGHT = 1.0
CJK_FREQUENT_FLOOR = 0.2  # real CJK prose has more of its frequent characters than this
CJK_WEIGHT = 8.0
RANK_FIT_WEIGHT = 0.3  # how much a closer bigram fit counts when ranking readings
_FIT_SLACK = 0.6  # nats per bigram a real text may fall below its language's own mean
# half-width katakana, box drawing, private use, Arabic presentation forms (visual-order
# legacy code pages such as cp864; Unicode text uses the base letters)
_ODD_RANGES = (
    (0xFF61, 0xFF9F),
    (0x2500, 0x259F),
    (0xE000, 0xF8FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
# geometric shapes: bullets in Korean and Japanese news ("▲", "■"), mojibake inside a word
# (German cp1252 "ü" read as HP Roman-8 is "■": "Fl■ge")
_SHAPES = (0x25A0, 0x25FF)
_RARE_SIGNS = frozenset("¡¢¤¦¨ª¬¯±²³´µ¶¸¹º¼½¾¿×÷\u00ad†‡‰•™")
_GLUED_PUNCTUATION = frozenset("’”›»€…–—")
UNKNOWN_SCRIPT_SHORTFALL = (
    1.1  # nats (0.5 past the slack): a script with no table gets no benefit of the doubt
)
_ACCENTED_WORD = 0.5  # a Latin word with more than this share of accented letters is odd
_MIN_WORD = 3
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
_SAMPLE = 4000  # characters scored; enough for any decision, bounded cost


def plausibility(text: str, language: str | None = None) -> float:
    """A score in [0, 1]: near 1 for text people write, low for mojibake; 1.0 without letters.

    ``language`` (ISO 639-1), when known, restricts the letter-frequency test to its table.
    Links, handles, hashtags and numbers are ignored (:func:`strip_non_language`).
    """
    return assess(text, language)[0]


def assess(
    text: str, language: str | None = None, floor: float | None = None
) -> tuple[float, float]:
    """``(plausibility, ranking score)``: the second also rewards a closer bigram fit.

    Two readings can be equally plausible (Czech in ISO 8859-2 read as cp1250 differs in a
    few letters only); the ranking score (a log-probability, higher is better) still tells
    which fits the language better, so it is what candidates are sorted by. With ``floor``
    (the best ranking score so far), a reading whose anomalies alone put it below the floor
    is not scored further: both values are then upper bounds, below ``floor``.
    """
    sample = strip_non_language(text[:_SAMPLE])
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        score = 1.0 if not _odd_count(sample) else 0.0
        return score, math.log(score or 1e-9)
    anomalies = _odd_count(sample) + _script_anomalies(sample, letters)
    bound = -ANOMALY_WEIGHT * anomalies / len(letters)
    if floor is not None and bound < floor:
        return math.exp(bound), bound
    gap, grams = _bigram_shortfall(sample, letters, language)
    # a short text's mean is a noisy estimate: allow it one standard-error-like nat per sqrt(n)
    slack = _FIT_SLACK + (1.0 / math.sqrt(grams) if grams else 0.0)
    cost = ANOMALY_WEIGHT * anomalies / len(letters) + FIT_WEIGHT * max(0.0, gap - slack)
    return math.exp(-cost), -cost - RANK_FIT_WEIGHT * gap


def _odd_count(text: str) -> int:
    # only the characters that can be odd are looked at one by one (speed: detection calls this)
    return sum(_odd(text, match.start()) for match in _suspects().finditer(text))


@cache
def _suspects() -> re.Pattern[str]:
    """Characters that may be odd: the fixed sets, and combining marks and non-ASCII digits."""
    marks = [
        chr(code)
        for code in range(0x80, 0x10000)
        if unicodedata.category(chr(code)) in ("Mn", "Mc", "Nd") and not 0xD800 <= code < 0xE000
    ]
    fixed = "".join(_RARE_SIGNS | _GLUED_PUNCTUATION) + "\ufffd"
    ranges = "".join(f"{chr(a)}-{chr(b)}" for a, b in (*_ODD_RANGES, _SHAPES))
    controls = "\x00-\x08\x0b\x0e-\x1f\x7f-\x9f"
    return re.compile(f"[{controls}{ranges}{re.escape(fixed + ''.join(marks))}]")


def _odd(text: str, index: int) -> bool:
    """Whether ``text[index]`` is a character real text does not have where it stands."""
    ch = text[index]
    code = ord(ch)
    category = unicodedata.category(ch)
    if (category in ("Cc", "Co", "Cn", "Cs") and ch not in "\t\n\r\f") or ch == "\ufffd":
        return True
    if any(first <= code <= last for first, last in _ODD_RANGES):
        return True
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if category in ("Mn", "Mc"):  # a combining mark must follow a letter or another mark
        if before.isalpha():  # of its own script: not an Arabic kasra on a Latin "h"
            return _mark_script(ch) not in ("COMBINING", _mark_script(before))
        return unicodedata.category(before) not in ("Mn", "Mc")
    if category == "Nd" and code > 0x7F:  # Thai, Arabic-Indic... digits glued to letters
        return before.isalpha() or after.isalpha()
    if _SHAPES[0] <= code <= _SHAPES[1]:
        return before.isalpha() and after.isalpha()  # "Fl■ge", not "■ Seoul"
    if ch in _RARE_SIGNS:
        return True  # "¶nieg", "‡¡קא": signs news prose hardly uses
    if ch in _GLUED_PUNCTUATION:
        # "р»≈", "’еатр", "–ените": a closing mark or dash stuck to the front of a word
        if ch in "–—":
            return after.isalpha() and (before.isspace() or not index)
        return after.isalpha() and (before.isalpha() or before.isspace() or not index)
    return False


@cache
def _mark_script(ch: str) -> str:
    """The first word of ``ch``'s Unicode name ("ARABIC", "LATIN", "COMBINING" for the
    marks any script takes), or "" when it has none."""
    return unicodedata.name(ch, "").split(" ", 1)[0]


def _script_anomalies(text: str, letters: list[str]) -> int:
    scripts = Counter(_pooled(script_of(ch)) for ch in letters)
    main = max((s for s in scripts if s != "latin"), key=lambda s: scripts[s], default="latin")
    # letters of a third script: Latin mixes with anything, a second non-Latin script does not
    anomalies = sum(n for s, n in scripts.items() if s not in (main, "latin", "other"))
    latin_text = scripts["latin"] > sum(scripts.values()) / 2
    for word in text.split():
        word_letters = [ch for ch in word if ch.isalpha()]
        if len(word_letters) < 2:
            continue
        word_scripts = {_pooled(script_of(ch)) for ch in word_letters}
        if len(word_scripts) > 1 and ("cjk" not in word_scripts or latin_text):
            # "Kиев"; "Rz鉅" in Latin text ("KCNA에서" in Korean text is normal)
            anomalies += len(word_letters)
        elif not word.islower() and _case_flips(word_letters):
            anomalies += len(word_letters) // 2
        elif word_scripts == {"latin"} and _accented_share(word_letters) > _ACCENTED_WORD:
            anomalies += len(word_letters) // 2
    return anomalies + _rare_cjk(letters) + _lowercase_starts(text)


def _lowercase_starts(text: str) -> int:
    """Sentences that begin with a lower-case letter (capitals read as signs: "‘уд отложил")."""
    count = 0
    for sentence in _SENTENCE_START.split(text):
        first = next((ch for ch in sentence if ch.isalpha() or ch.isdigit()), "")
        count += first.islower()
    return count


def _main_script(scripts: Counter[str]) -> str:
    """The text's script: a non-Latin one with a third of the letters beats Latin names in it."""
    other = max((s for s in scripts if s != "latin"), key=lambda s: scripts[s], default=None)
    if other is not None and scripts[other] * 3 >= sum(scripts.values()):
        return other
    return "latin" if scripts["latin"] else (other or "other")


def _pooled(script: str) -> str:
    return "cjk" if script in CJK_SCRIPTS else script


def _case_flips(letters: list[str]) -> bool:
    """A word that starts in lower case and turns upper case inside ("рХЕМЭЪМ").

    Case-swapping code-page confusions (KOI8 read as cp1251 and back) do this on nearly every
    word; real text does it in a rare brand name ("iPhone"), which costs little in a text.
    McCain and "KCNA에서" start upper case or have no case change, so they do not count.
    """
    if len(letters) < _MIN_WORD or letters[0].isupper():
        return False
    return any(a.islower() and b.isupper() for a, b in zip(letters, letters[1:], strict=False))


def _accented_share(letters: list[str]) -> float:
    accented = sum(1 for ch in letters if ord(ch) > 0x7F)
    return accented / len(letters)


def _rare_cjk(letters: list[str]) -> int:
    """Hanzi, kanji and Hangul outside the common level of their national standard."""
    hangul = sum(1 for ch in letters if script_of(ch) == "hangul")
    kana = sum(1 for ch in letters if script_of(ch) == "kana")
    rare = 0
    for ch in letters:
        script = script_of(ch)
        if script == "hangul":
            rare += not _in_level(ch, "euc_kr", 0xB0, 0xC8)
        elif script == "han":
            if hangul > kana:
                rare += 1  # Korean news rarely uses Hanja; EUC-KR mojibake is full of them
            elif kana:
                rare += not _in_level(ch, "euc_jp", 0xB0, 0xCF)
            else:
                rare += not (_in_level(ch, "gb2312", 0xB0, 0xD7) or _in_big5_common(ch))
    return rare


def _in_level(ch: str, codec: str, first: int, last: int) -> bool:
    try:
        encoded = ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and first <= encoded[0] <= last


def _in_big5_common(ch: str) -> bool:
    try:
        encoded = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and 0xA4 <= encoded[0] <= 0xC6


def _bigram_shortfall(
    text: str, letters: list[str], language: str | None = None
) -> tuple[float, int]:
    """``(gap, bigrams)``: how far the text's letter bigrams fall below the best table of their
    script (nats per bigram, against that language's own mean; only ``language``'s table when
    it is given), and how many bigrams that rests on.

    For Chinese, Japanese and Korean, whose words are not in the tables, the share of
    characters among the language's frequent ones stands in for bigrams.
    """
    scripts = Counter(_pooled(script_of(ch)) for ch in letters)
    main = _main_script(scripts)
    if main == "cjk":
        return _cjk_shortfall([ch for ch in letters if _pooled(script_of(ch)) == "cjk"]), 0
    all_tables = bigram_tables()
    hinted = all_tables.get(language or "")
    tables = [hinted] if hinted and hinted.script == main else [
        table for table in all_tables.values() if table.script == main
    ]  # fmt: skip
    grams = Counter(_bigrams(fold(text), main))
    count = sum(grams.values())
    if not tables:
        return UNKNOWN_SCRIPT_SHORTFALL, 0
    if count < 2:
        return 0.0, count
    return max(0.0, min(table.reference - table.mean(grams) for table in tables)), count


def _cjk_shortfall(chars: list[str]) -> float:
    hangul = sum(1 for ch in chars if script_of(ch) == "hangul")
    kana = sum(1 for ch in chars if script_of(ch) == "kana")
    language = "ko" if hangul > kana else "ja" if kana else "zh"
    frequent = _cjk_frequent()[language]
    share = sum(1 for ch in chars if ch in frequent) / len(chars)
    return CJK_WEIGHT * max(0.0, CJK_FREQUENT_FLOOR - share)


@cache
def _cjk_frequent() -> dict[str, frozenset[str]]:
    path = resources.files("polyglot_news.data") / "langid" / "cjk_frequent.json"
    data = json.loads(path.read_text("utf-8"))
    return {lang: frozenset(data[lang]) for lang in ("zh", "ja", "ko")}


def _bigrams(text: str, script: str) -> list[str]:
    grams: list[str] = []
    for word in text.split():
        letters = "".join(ch for ch in word if ch.isalpha() and _pooled(script_of(ch)) == script)
        if letters:
            padded = f" {letters} "
            grams.extend(padded[i : i + 2] for i in range(len(padded) - 1))
    return grams
