"""Korean headline abbreviations written in Hangul: 북·러, 한미, 한·미·일, 남북, 러 외무장관.

The Korean press names countries by one Hangul syllable in headlines and in running text about
relations between them (북 North Korea, 미 the United States, 러 Russia, 한 and 남 South Korea; the
forms with inflect ``abbr`` in ``glossaries/abbreviations.tsv``). Every such syllable is also
part of common words (북쪽 north side, 미 beauty, 한 one, 중 middle), so a syllable counts only:

* in a run of two to four of them joined by a middle dot (북·러, 한·미·일; not 중·고교, whose 고
  is no abbreviation, nor 영·호남, whose last part is two syllables);
* in a run written without dots that the press writes as a word (``hangul_runs`` in
  ``glossary_data/inflections.json``: 한미, 북중, 남북; not 미러 mirror, 북미 North America);
* alone, where ``hangul_alone`` allows it: 러 before anything but a Hangul letter (러 외무장관),
  북 and 미 before a comma or colon (북, 미사일 발사) and 미 before a word (미 대선).

A run must start a word and be followed by the end of the word, a chain of particles (한미는,
북·러간) or a noun of relations (``hangul_cues``: 한미동맹, 북러조약; 한미약품, a company, is no
run). 남 counts only beside 북 (남북, 남·북). Hits are ``(entry_id, start, end, 0)`` per syllable.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

__all__ = ["hangul_abbreviations", "place_cue", "without_titles"]

Hit = tuple[str, int, int, int]  # (entry_id, start, end, flags), as glossary.support's

_SYLLABLE = "\uac00-\ud7a3"
_DOTS = "·ㆍ・•"
_DOTTED = re.compile(f"[{_SYLLABLE}](?:[{_DOTS}][{_SYLLABLE}])+(?![{_DOTS}])")
_HANGUL = re.compile(f"[{_SYLLABLE}]")
_REST = re.compile(f"[{_SYLLABLE}]*")
_NORTH, _SOUTH = "북", "남"


def hangul_abbreviations(
    text: str, table: Mapping[str, str], rules: Mapping[str, Any]
) -> list[Hit]:
    """Hits of the Hangul country abbreviations in ``text``; ``table`` maps a syllable to its
    entity, ``rules`` is the ``ko`` section of ``inflections.json``."""
    syllables = "".join(sorted(ch for ch in table if _HANGUL.match(ch)))
    if not syllables:
        return []
    runs, alone, particles, cues, most = _config(rules)
    found: list[Hit] = []
    for match in _starts(syllables).finditer(text):
        start = match.start()
        nxt = text[start + 1 : start + 2]
        dotted = _DOTTED.match(text, start) if nxt in _DOTS else None
        if dotted:  # 북·러 (the run ends at the dot's next syllable)
            parts, end = dotted.group()[::2], dotted.end()
            ok = len(parts) <= 4 and all(p in table for p in parts)
        elif nxt and _HANGUL.match(nxt):  # 한미, 한미일; 한국 is no run
            size = 3 if text[start : start + 3] in runs else 2
            parts, end = text[start : start + size], start + size
            ok = parts in runs
        else:
            parts, end = text[start], start + 1
            ok = _alone(text, end, alone.get(parts, ""))
        if not ok or (_SOUTH in parts and _NORTH not in parts):
            continue
        if parts == _SOUTH + _NORTH and text.startswith("으로", end):
            continue  # 남북으로 길게 뻗은: from north to south
        if len(parts) > 1 and not _ends_well(text, end, particles, cues, most):
            continue
        step = 2 if dotted else 1
        found.extend((table[ch], start + k * step, start + k * step + 1, 0) for k, ch in
                     enumerate(parts))  # fmt: skip
    return found


_Config = tuple[frozenset[str], Mapping[str, str], frozenset[str], tuple[str, ...], int]
_CONFIGS: dict[int, _Config] = {}


def _config(rules: Mapping[str, Any]) -> _Config:
    """The rules' runs, lone syllables, particles, cues and longest particle chain, read once
    per rules table."""
    config = _CONFIGS.get(id(rules))
    if config is None:
        config = (
            frozenset(rules.get("hangul_runs", ())),
            rules.get("hangul_alone", {}),
            frozenset(rules.get("particles", ())),
            tuple(rules.get("hangul_cues", ())),
            int(rules.get("max_particles", 3)),
        )
        _CONFIGS[id(rules)] = config
    return config


@lru_cache(maxsize=8)
def _starts(syllables: str) -> re.Pattern[str]:
    """Where a run may start: an abbreviation syllable that starts a word."""
    return re.compile(f"(?<![{_SYLLABLE}{_DOTS}])[{syllables}]")


def _alone(text: str, end: int, rule: str) -> bool:
    """Whether a lone syllable ending at ``end`` stands as the abbreviation under ``rule``:
    ``any`` (anything but a Hangul letter follows), ``word`` (a space and a word, or a comma or
    colon) or ``punct`` (a comma or colon)."""
    after = text[end : end + 2]
    if not rule or (after[:1] and re.match(f"[{_SYLLABLE}]", after[:1])):
        return False
    if rule == "any" or after[:1] in (",", ":"):
        return True
    return rule == "word" and after[:1] == " " and bool(re.match(f"[{_SYLLABLE}]", after[1:]))


def _ends_well(
    text: str, end: int, particles: frozenset[str], cues: tuple[str, ...], most: int
) -> bool:
    """Whether the word goes on after a run with nothing, particles or a noun of relations."""
    rest = _REST.match(text, end).group()  # type: ignore[union-attr]
    if not rest or rest.startswith(cues):
        return True
    return _particles(rest, particles, most)


def _particles(rest: str, particles: frozenset[str], most: int) -> bool:
    if not rest:
        return True
    if most == 0:
        return False
    return any(
        rest.startswith(p) and _particles(rest[len(p) :], particles, most - 1) for p in particles
    )


# Korean place names spelled like common nouns (인도 "pavement", 경주 "race", 말리 "drying";
# common_ko.tsv) are names beside a word only a place takes: a noun right after the name
# (``place_cues`` in inflections.json: 인도 정부, 말리 군정, 경주 시장, 모디 인도 총리) or, in
# the same sentence, a word only states and cities host (``place_cues_sentence``: 정상회의,
# 대사관, 쿠데타). A race has no government and a pavement holds no summit.
_SENTENCE_END = re.compile(r"[.!?。\n]")


def place_cue(text: str, start: int, end: int, rules: Mapping[str, Any]) -> bool:
    """Whether a Korean name spelled like a word, at ``text[start:end]``, has a place's cue:
    a cue noun opening the next word, or a state's word in its sentence. ``rules``: the ``ko``
    section of ``inflections.json``. Pure."""
    after = _REST.match(text, end).group()  # type: ignore[union-attr]
    if not after and text[end : end + 1] == " ":
        following = _REST.match(text, end + 1).group()  # type: ignore[union-attr]
        if following.startswith(tuple(rules.get("place_cues", ()))):
            return True
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    sentence = text[left : right.start() if right else len(text)]
    return any(cue in sentence for cue in rules.get("place_cues_sentence", ()))


# a work's title in quotes after the noun of its kind (영화 '부산행', 소설 《파리의 노트르담》)
_QUOTES = {"'": "'", "\u2018": "\u2019", '"': '"', "\u201c": "\u201d", "《": "》", "〈": "〉",
           "<": ">", "「": "」", "『": "』"}  # fmt: skip


def without_titles(hits: list[Hit], text: str, rules: Mapping[str, Any]) -> list[Hit]:
    """Korean ``hits`` less those inside a quoted title that a noun of a work introduces
    (영화 '부산행', Train to Busan: no place); ``rules``: the ``ko`` section of
    ``inflections.json``. Order kept; pure."""
    nouns = tuple(rules.get("title_nouns", ()))
    if not hits or not nouns or not any(q in text for q in _QUOTES):
        return hits
    spans = []
    for match in re.finditer("|".join(re.escape(q) for q in _QUOTES), text):
        opener = match.group()
        close = text.find(_QUOTES[opener], match.end())
        before = text[max(0, match.start() - 8) : match.start()].rstrip()
        if close > match.end() and before.endswith(nouns):
            spans.append((match.end(), close))
    return [h for h in hits if not any(a <= h[1] and h[2] <= b for a, b in spans)]
