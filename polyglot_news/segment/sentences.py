"""Sentence boundaries inside one paragraph: where a run of terminal punctuation ends a sentence.

A candidate is a run of terminal marks (``. ! ? …`` and the CJK ``。！？``) with the closing
quotes and brackets after it. It ends the sentence unless one of these rules says otherwise,
each checked on the text around it (Kiss & Strunk's Punkt and the "golden rules" of Pragmatic
Segmenter and pySBD list the same kinds; the words come from ``rules.py``'s data files):

* no space follows (``1.5``, ``U.S.A.``, ``example.com``), or what follows is lower case or
  punctuation that cannot open a sentence (``,;:)»``): ``"Why?" he asked``;
* the mark sits inside a quotation that closes later in the paragraph (``„Und auch keine
  Lust.“``, ``「今日は晴れ。明日は雨。」と言った``), or inside ``[...]`` / ``(...)``;
* a closing quote is followed by the speaker: a dash (``«...!» — заявил``), or within a few
  words a verb of saying (``"...!" Zelensky said``, ``「...！」と``, ``“...！”他说``);
* a dash then lower case is a speaker tag in any case (``¿Vienes? —preguntó``);
* a single ``.`` after a title (``Mr.``, ``г. Москва``: it leans on the name after it) never
  ends the sentence; after an initial, a dotted acronym (``U.S.``) or an abbreviation
  (``т.е.``, ``Inc.``) it does not unless the next word is a common sentence starter (``in the
  U.S. The talks``); after an abbreviation that leans on the word BEFORE it and closes a clause
  (``Курской обл.``, ``и т.д.``, ``etc.``, ``usw.``, ``D.C.``; a unit right after a number:
  ``в 1974 г.``) any capitalised word starts a new sentence (``в Курской обл. Введён режим``)
  unless the sentence so far is only a preposition and two words (``В 2024 г. Курск``);
  after a number it is an ordinal in languages that write them so (``12. Juni``); a list
  marker at the paragraph start is not a sentence;
* a dateline (``MOSCOW, April 28 (Reuters) -``, ``МОСКВА, 28 апреля. /ТАСС/.``) stays with
  the sentence after it.
"""

from __future__ import annotations

import re

from polyglot_news.segment.rules import Rules

__all__ = ["sentence_bounds"]

_CLOSERS = "\"'”’»)]」』）〕】›“"
_QUOTE_CLOSERS = frozenset("\"'”’»」』›“«")
_TERMINATOR = re.compile(
    r"(?:\.(?: \.){2,}|[.!?…‽]+|[。！？]+)(?:[ \u00a0\u202f]?[»›])?[\"'”’»)\]」』）〕】›“]*"
)
_CJK_STOPS = frozenset("。！？")
_NO_START = frozenset(",;:)]}»”’、，。」』）")
_DASHES = frozenset("—–-―")
_PARTICLES = frozenset("とっはがをにのもでへやか")  # Japanese particles that follow a quotation
_QUOTE_PAIRS = {
    "(": ")",
    "（": "）",
    "«": "»",
    "„": "“”",
    "“": "”",
    "「": "」",
    "『": "』",
    "《": "》",
    "〈": "〉",
    "‹": "›",
}
_MAX_QUOTE = 300  # characters; a longer "quotation" is more likely a stray mark
_WORD_BEFORE = re.compile(r"(\S+)$")
_NEXT_WORD = re.compile(r"[\"'“‘«„(\[¿¡]*([\w'’-]+)")
_TOKEN = re.compile(r"[\w'’-]+")
_NUMBER_BEFORE = re.compile(r"\d[\d.,\u00a0\u202f–—-]*\s*$")  # "1974 ", "2022–2024 "
_DOTTED = re.compile(r"^(?:[^\W\d_]{1,4}\.)+[^\W\d_]{1,4}$")
_LIST_MARKER = re.compile(
    r"(?P<bullet>[•·▪‣◦●⁃*+\-–—]?\s*)(?P<label>\d{1,3}|[a-zA-Z])(?P<style>\.\)|[.)])(?=\s)"
)
_BULLET_START = re.compile(r"([•▪●◦‣⁃])\s")
_UPPER = "A-ZА-ЯЁІЇЄҐЎЂЈЉЊЋЏ"
_DATELINE = re.compile(
    rf"\s*[{_UPPER}][{_UPPER}'’. -]*[{_UPPER}],[^.!?]{{0,30}}\d[^.!?]{{0,20}}"
    rf"(?:\.\s*/[^/]{{1,20}}/)?"
)
_SPEAKER_WORDS = 6  # words after a closing quote searched for a verb of saying
_CJK_SPEAKER_CHARS = 20


def sentence_bounds(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]]:
    """Untrimmed ``(start, end)`` of each sentence of the paragraph ``text[start:end]``."""
    quotes = _quote_spans(text, start, end)
    cuts = _inline_items(text, start, end)
    skip_until = _marker_end(text, start, end)
    bounds: list[tuple[int, int]] = []
    current = start
    for m in _TERMINATOR.finditer(text, start, end):
        while cuts and cuts[0] <= m.start():  # the next item of an inline list
            cut = cuts.pop(0)
            if cut > current:
                bounds.append((current, cut))
                current = cut
            skip_until = _marker_end(text, current, end)
        if m.end() >= end or m.start() < skip_until or _inside(m, quotes):
            continue
        if _ends_sentence(text, m, end, rules, current):
            bounds.append((current, m.end()))
            current = m.end()
            skip_until = _marker_end(text, current, end)
    for cut in cuts:
        if cut > current:
            bounds.append((current, cut))
            current = cut
    bounds.append((current, end))
    return bounds


def _inline_items(text: str, start: int, end: int) -> list[int]:
    """Where the items of a list run on in one paragraph start: ``1. … 2. …``, ``• … • …``."""
    first = _LIST_MARKER.match(text, start, end)
    if first is None:
        dot = _BULLET_START.match(text, start, end)
        if dot is None:
            return []
        again = re.compile(rf"\s({re.escape(dot.group(1))})\s")
        return [m.start(1) for m in again.finditer(text, dot.end(), end)]
    bullet, label, style = first.group("bullet") or "", first.group("label"), first.group("style")
    if label.isupper():  # "J. Smith met K. Jones": initials, not a list
        return []
    cuts: list[int] = []
    position = first.end()
    while True:
        label = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
        pattern = re.escape(bullet.strip()) + r"\s*" if bullet.strip() else ""
        found = re.compile(rf"\s({pattern}{re.escape(label)}{re.escape(style)})\s").search(
            text, position, end
        )
        if found is None:
            return cuts
        cuts.append(found.start(1))
        position = found.end(1)


def _marker_end(text: str, start: int, end: int) -> int:
    """End of a list marker (``1.``, ``a)``, ``• 3.``) opening the sentence at ``start``."""
    while start < end and text[start].isspace():
        start += 1
    marker = _LIST_MARKER.match(text, start, end)
    return marker.end() if marker else start


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(open, close)`` positions of the paired quotation marks of a paragraph."""
    stack: list[tuple[str, int]] = []
    spans: list[tuple[int, int]] = []
    for i in range(start, end):
        ch = text[i]
        if stack and ch in stack[-1][0]:
            _, opened = stack.pop()
            if i - opened <= _MAX_QUOTE:
                spans.append((opened, i))
        elif ch in _QUOTE_PAIRS:
            stack.append((_QUOTE_PAIRS[ch], i))
        elif ch == "»":  # German »...« when no « is open
            stack.append(("«", i))
    return spans


def _inside(m: re.Match[str], quotes: list[tuple[int, int]]) -> bool:
    """True when the terminator lies inside a quotation and does not close it."""
    return any(o < m.start() and m.end() <= c for o, c in quotes)


def _ends_sentence(text: str, m: re.Match[str], limit: int, rules: Rules, current: int) -> bool:
    run = m.group()
    marks = run.rstrip(_CLOSERS + " \u00a0\u202f")
    quoted = any(c in _QUOTE_CLOSERS for c in run[len(marks) :])
    if m.start() > 0 and text[m.start() - 1] in "[(":  # an omission: "[...]"
        return False
    nxt = m.end()
    while nxt < limit and text[nxt].isspace():
        nxt += 1
    if nxt >= limit:
        return True
    if marks[0] in _CJK_STOPS:
        return _cjk_boundary(text, nxt, limit, rules, quoted)
    if not text[m.end()].isspace():  # 1.5, U.S.A., example.com, "?!x"
        return False
    following = text[nxt]
    if following.islower() or following in _NO_START:
        return False
    if following in _DASHES:
        after = nxt + 1
        while after < limit and text[after].isspace():
            after += 1
        return not (quoted or (after < limit and text[after].islower()))
    # After a quotation's "!" or "?" (or any mark before caseless Hangul), a verb of saying soon
    # after names the speaker; after a plain "." in cased scripts the quote was a sentence.
    exclaimed = "!" in marks or "?" in marks or not (following.isupper() or following.islower())
    if quoted and exclaimed and _speaker_follows(text, nxt, limit, rules):
        return False
    if _DATELINE.fullmatch(text, current, m.start()):
        return False
    if marks != ".":
        return True
    return not _dot_continues(text, m.start(), nxt, rules, current)


def _is_starter(text: str, nxt: int, rules: Rules) -> bool:
    """True when the word at ``nxt`` usually opens a sentence (and is not itself an initial)."""
    after = _NEXT_WORD.match(text, nxt)
    if after is None or after.group(1) not in rules.starters:
        return False
    return not text.startswith(".", after.end())  # "А. И. Семенов": И. is an initial


def _cjk_boundary(text: str, nxt: int, limit: int, rules: Rules, quoted: bool) -> bool:
    """A CJK full stop ends a sentence, spaces or not, except before a speaker tag."""
    following = text[nxt]
    if following in _NO_START:
        return False
    if quoted and following in _PARTICLES:  # 「…」と述べた, 『…！』は公開される
        return False
    if quoted:
        clause = re.match(r"[^。！？.!?]*", text[nxt : min(limit, nxt + 40)])
        words = clause.group() if clause else ""
        if len(words) <= _CJK_SPEAKER_CHARS and rules.speech_inside.search(words):
            return False
    return True


def _speaker_follows(text: str, nxt: int, limit: int, rules: Rules) -> bool:
    """True when a verb of saying comes within a few words, before any terminal mark."""
    stop = re.compile(r"[.!?。！？]").search(text, nxt, limit)
    tokens = _TOKEN.finditer(text, nxt, stop.start() if stop else limit)
    for index, token in enumerate(tokens):
        if index >= _SPEAKER_WORDS:
            break
        word = token.group()
        if index == 0 and word[0].islower():
            return False
        if rules.is_speech(word):
            return True
    return False


def _dot_continues(text: str, dot: int, nxt: int, rules: Rules, current: int) -> bool:
    """True when a single ``.`` at ``dot`` closes an abbreviation, initial or ordinal."""
    found = _WORD_BEFORE.search(text, max(0, dot - 60), dot)
    if found is None:
        return False
    original = found.group(1).lstrip("\"'“‘«([„¿¡")
    word = original.lower()
    if not word:
        return False
    after = _NEXT_WORD.match(text, nxt)
    next_word = after.group(1) if after else ""
    starter = _is_starter(text, nxt, rules)
    if word in rules.titles:
        return True
    if word in rules.closing or (word in rules.units and _after_number(text, found.start(1))):
        return not next_word[:1].isupper() or _fronted(text, current, found.start(1), rules)
    if original.isdigit():
        nxt_lower = next_word.lower()
        return (
            rules.ordinal_dot
            and len(original) <= 3
            and (nxt_lower in rules.months or nxt_lower in rules.ordinal_nouns)
        )
    if len(original) == 1 and original.isalpha():  # an initial: "V. Putin", "В. Путин"
        return not starter
    if _DOTTED.match(word) or word in rules.abbreviations:
        return not starter
    return text[nxt].isdigit() and word in rules.numeric


def _after_number(text: str, start: int) -> bool:
    """True when a number (``1974``, ``2022–2024``, ``12,5``) comes right before ``start``."""
    return _NUMBER_BEFORE.search(text, max(0, start - 30), start) is not None


def _fronted(text: str, current: int, start: int, rules: Rules) -> bool:
    """True when ``text[current:start]`` is a preposition and at most two more words (``В 2024``,
    ``В Курской``): a fronted adverbial, which cannot be a sentence of its own."""
    words = _TOKEN.findall(text, current, start)
    return 1 <= len(words) <= 3 and words[0].lower() in rules.prepositions
