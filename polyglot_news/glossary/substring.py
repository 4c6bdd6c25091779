"""Matchers for scripts written without spaces (Chinese, Japanese) and headline abbreviations.

* :class:`SubstringMatcher` finds literal forms by probing, at each position, the lengths of
  the forms that start with that character (a dictionary lookup per length, so the cost does not
  grow with the number of forms).
* :func:`find_abbreviations` finds one-character country abbreviations of Korean and Japanese
  headlines (北, 美, 韓美, 日米, 米大統領) standing as a run of their own.
* :func:`build_matcher` compiles a glossary's forms in one language into the right matcher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from typing import Any

from polyglot_news.glossary.korean import hangul_abbreviations
from polyglot_news.glossary.matcher import (
    _HAN,
    _KATAKANA,
    ABBREVIATION,
    COMMON,
    DERIVED,
    NOUN_CAPITALISING,
    SUBSTRING_LANGUAGES,
    UNCASED_LANGUAGES,
    Hit,
    Pattern,
    TokenMatcher,
    _norm,
    common_forms,
    compile_form,
    inflection_rules,
    supported,
)
from polyglot_news.glossary.matcher_index import StartTables
from polyglot_news.glossary.people import (
    PERSON,
    with_person_context,
    with_person_verbs,
    without_dotted_names,
)
from polyglot_news.glossary.phrases import phrase_words, without_phrases
from polyglot_news.glossary.things import without_things

# Latin-script languages with ending tables
LATIN_INFLECTING = frozenset(
    {"bs", "cs", "da", "de", "et", "fi", "hr", "hu", "nl", "no", "pl", "ro", "sr", "sv"}
)
# languages whose cities take no article (German der Kiel is the keel; Portuguese o Natal is
# Christmas): glossary/context.py and glossary/things.py drop a city right after one
ARTICLE_CITIES = NOUN_CAPITALISING | {"ca", "es", "fr", "it", "pt"}
__all__ = ["AbbreviatingMatcher", "SubstringMatcher", "build_matcher", "find_abbreviations"]


@dataclass(frozen=True)
class SubstringMatcher:
    """Literal forms for scripts written without spaces, found by length probes per position.

    ``lengths`` maps a form's first (lower-cased) character to the lengths of the forms that
    start with it, longest first; each position costs one dictionary probe plus one per length.
    Katakana forms must not touch other katakana (ソウル is Seoul, ソウルフード is not), Latin
    forms must not touch Latin letters or digits. A dictionary word that holds a name but is
    another word (``compounds.tsv``: 古巴比伦, 荷兰豆, トルコ石) is owned by no entity (``""``):
    found longest first like a name, it yields no hit, so the name inside it is not found.
    """

    owners: dict[str, tuple[str, int]]
    lengths: dict[str, tuple[int, ...]]
    abbreviations: dict[str, str]
    cues: tuple[str, ...] = ()
    language: str = ""
    runs: frozenset[str] = frozenset()  # abbreviation runs that are words too (日中, daytime)
    towns: frozenset[str] = frozenset()  # city and region ids: a ship or company (戦艦大和)
    people: frozenset[str] = frozenset()  # person ids: never a dish or a foreigner's surname

    def find(self, text: str) -> list[Hit]:
        """Return ``(entry_id, start, end, flags)`` of each name, longest form first."""
        low = text.lower() if len(text.lower()) == len(text) else text
        found: list[Hit] = []
        i, n = 0, len(text)
        while i < n:
            hit = self._at(text, low, i)
            if hit is None:
                i += 1
                continue
            if hit[0]:
                found.append(hit)
            # a short name that needs context must not hide a name overlapping it (数万斯里兰卡:
            # 万斯, Vance, against 斯里兰卡): scan on inside it, and the overlapped one wins
            i = i + 1 if hit[3] & PERSON else hit[2]
        if any(h[3] & PERSON for h in found):
            found = [h for h in found if not h[3] & PERSON or not _overlapped(h, found)]
        if self.abbreviations:
            found = merge_hits(found, find_abbreviations(text, self))
        found = without_things(found, text, self.language, self.towns)
        found = without_phrases(found, text, self.language, self.people)
        found = without_dotted_names(found, text, self.people)
        found = with_person_context(found, text, self.language)
        found = with_person_verbs(found, text, self.language, self.people)
        return supported(found, text, cased=False)

    def _at(self, text: str, low: str, i: int) -> Hit | None:
        for size in self.lengths.get(low[i], ()):
            if i + size > len(low):
                continue
            owner = self.owners.get(low[i : i + size])
            if owner and _bounded(text, i, i + size):
                return (owner[0], i, i + size, owner[1])
        return None


def _overlapped(hit: Hit, hits: list[Hit]) -> bool:
    return any(h is not hit and h[1] < hit[2] and hit[1] < h[2] for h in hits)


def _bounded(text: str, start: int, end: int) -> bool:
    body = text[start:end]
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if _KATA.fullmatch(body):
        return not (_KATA_LETTERS.fullmatch(before or "a") or _KATA_LETTERS.fullmatch(after or "a"))
    if body.isascii():
        return not (before.isascii() and before.isalnum()) and not (
            after.isascii() and after.isalnum()
        )
    return True


_KATA = re.compile(f"[{_KATAKANA}]+")
# katakana letters and the prolonged-sound mark, not the punctuation of the block (゠, the
# middle dot ・ between two names: ブラジル・ベレン is Brazil and Belém, ルラ・ダシルバ two words)
_KATA_LETTERS = re.compile("[\u30a1-\u30fa\u30fc-\u30ff]")


def find_abbreviations(text: str, matcher: Any) -> list[Hit]:
    """Headline abbreviations: a run of Han characters that are all country abbreviations.

    Korean: 北 김정은, 韓美 (any run of them, not after a digit: 3日 is a date), or the run's
    abbreviations before a headline cue (美軍, 北核: ``matcher.cues``). Japanese also
    needs the run to be two long (日米), or followed by a headline cue (米大統領, 露軍) or by
    a comma, middle dot or space (米、イラン); a lone 日 never counts (日に, 30日); a run that is
    also a word (``matcher.runs``, from JMdict: 日中 "daytime") counts only before a noun
    written in Han or katakana (日中首脳会談, not 日中は).
    """
    found: list[Hit] = []
    table: dict[str, str] = matcher.abbreviations
    for run in _HAN.finditer(text):
        start, body = run.start(), run.group()
        if start and text[start - 1].isdigit():
            continue
        if matcher.language == "ja":
            size = next((k for k in range(min(3, len(body)), 0, -1) if _all_in(body[:k], table)), 0)
            rest = body[size:]
            cue = rest == "" or any(rest.startswith(c) for c in matcher.cues)
            after = text[start + len(body) : start + len(body) + 1]
            alone = rest == "" and (size >= 2 or after in ("、", "・", " ", "\u3000"))
            if not size or not (alone or (rest and cue)) or body[:size] == "日":
                continue
            if body[:size] in getattr(matcher, "runs", ()) and not rest:
                nxt = text[start + size : start + size + 1]
                if not (nxt and _KATA.fullmatch(nxt)):
                    continue
            body = body[:size]
        elif matcher.cues:  # Korean: 美軍, 北核: the run's abbreviations before a cue
            size = next((k for k in range(min(3, len(body)), 0, -1) if _all_in(body[:k], table)), 0)
            if size and any(body[size:].startswith(c) for c in matcher.cues):
                body = body[:size]
        if 1 <= len(body) <= 3 and all(ch in table for ch in body):
            found.extend((table[ch], start + k, start + k + 1, 0) for k, ch in enumerate(body))
    return found


def _all_in(chars: str, table: dict[str, str]) -> bool:
    return all(ch in table for ch in chars)


def merge_hits(first: list[Hit], second: list[Hit]) -> list[Hit]:
    """Hits of ``first`` plus those of ``second`` that overlap none of them, in text order."""
    taken = [(s, e) for _, s, e, _ in first]
    extra = [h for h in second if all(h[2] <= s or h[1] >= e for s, e in taken)]
    return sorted(first + extra, key=lambda h: h[1])


@dataclass(frozen=True)
class AbbreviatingMatcher:
    """A word matcher plus Korean hanja headline abbreviations (北, 美, 韓美)."""

    words: TokenMatcher
    abbreviations: dict[str, str]
    cues: tuple[str, ...] = ()
    language: str = "ko"

    def find(self, text: str) -> list[Hit]:
        """The word matcher's hits plus abbreviation hits that overlap none of them (Korean:
        also those written in Hangul, glossary/korean.py)."""
        found = merge_hits(self.words.find(text), find_abbreviations(text, self))
        if self.language == "ko":
            rules = inflection_rules().get("ko", {})
            found = merge_hits(found, hangul_abbreviations(text, self.abbreviations, rules))
        return found


_MULTI = "mul"  # model.MULTI (model imports this module): forms of every language

# languages whose names take case endings: a bent surface (Норвегії, Rumunska) is no first name
CASE_LANGUAGES = frozenset({"ru", "uk", "be", "pl", "cs"})
# languages whose people's surnames alone need the person's context in every case (Герцогу)
CYRILLIC_PEOPLE = frozenset({"ru", "uk", "be"})


def build_matcher(entries: Any, lang: str) -> TokenMatcher | SubstringMatcher | AbbreviatingMatcher:
    """Compile the forms of ``entries`` in ``lang`` (and ``mul``) into one matcher."""
    forms = [(e.id, f) for e in entries for f in e.forms_in(lang)]
    common = common_forms()
    abbreviations = {f.text: eid for eid, f in forms if f.inflect == ABBREVIATION}
    forms = [(eid, f) for eid, f in forms if f.inflect != ABBREVIATION]
    rules = inflection_rules().get(lang, {})
    if lang in SUBSTRING_LANGUAGES:
        cues = tuple(rules.get("abbreviation_cues", ()))
        towns = frozenset(e.id for e in entries if e.type in ("city", "region"))
        persons = frozenset(e.id for e in entries if e.type == "person")
        return _substring_matcher(forms, abbreviations, cues, lang, towns, persons)
    index: dict[str, list[Pattern]] = {}
    people = {e.id for e in entries if e.type == "person"}  # Зеленский is no adjective of a place
    # a surname shared by the Latin-script languages that needs the person's context (Herzog)
    shared_people = {key for key, first in common.items() if key[0] == _MULTI and first == "person"}
    cyrillic_people = lang in CYRILLIC_PEOPLE
    citations: set[str] = set()  # one-word forms, in a language of cases
    cases = lang in CASE_LANGUAGES
    for entry_id, form in forms:
        # a shared Latin form inflects by the text's rules (Ankara -> w Ankarze, Kabuls)
        form_lang = lang if form.lang == lang or lang in LATIN_INFLECTING else form.lang
        key = _norm(form.text)  # once per form: the first Russian match norms 27,000 forms
        if cases and " " not in form.text:
            citations.add(key)
        kind = common.get((lang, key), "name")
        is_common = kind not in ("name", "person")
        pattern = compile_form(entry_id, form.text, form.inflect, form_lang, form.origin, is_common)
        if pattern.flags & DERIVED and entry_id in people:
            pattern = replace(pattern, flags=pattern.flags & ~DERIVED)
        if form.lang == _MULTI and (_MULTI, key) in shared_people:
            pattern = replace(pattern, flags=pattern.flags | PERSON)  # every case: Herzoga
        elif cyrillic_people and kind == "person":
            pattern = replace(pattern, flags=pattern.flags | PERSON)  # every case: Герцогу
        if not pattern.words:
            continue
        first = pattern.words[0]
        index.setdefault(first.stem, []).append(pattern)
        if first.alts:
            for stem in {stem for stem, _ in first.alts} - {first.stem}:
                index.setdefault(stem, []).append(pattern)
    particles = frozenset(rules.get("particles", ()))
    max_particles = int(rules.get("max_particles", 0))
    ending_sets = {w.endings for ps in index.values() for p in ps for w in p.words}
    ending_sets.update(es for ps in index.values() for p in ps for w in p.words for _, es in w.alts)
    max_ending = max((len(e) for es in ending_sets for e in es), default=0)
    if particles:
        max_ending = max(max_ending, max_particles * max(len(p) for p in particles))
    stems = {stem: tuple(patterns) for stem, patterns in index.items()}
    upper_only = frozenset(
        stem for stem, found in stems.items() if all(p.words[0].needs_capital() for p in found)
    )
    matcher = TokenMatcher(
        stems,
        max_ending,
        particles,
        max_particles,
        bool(rules.get("surface_includes_ending", True)),
        cased=lang not in UNCASED_LANGUAGES | NOUN_CAPITALISING,
        common=frozenset(
            f
            for (code, f), first in common.items()
            if code == lang and first not in ("name", "person")
        ),
        person=frozenset(
            f for (code, f), first in common.items() if first == "person" and code == lang
        ),
        word_first=frozenset(
            f for (code, f), first in common.items() if first == "word" and code == lang
        ),
        name_first=frozenset(
            f for (code, f), first in common.items() if first == "name" and code == lang
        ),
        language=lang,
        unsplit=frozenset(rules.get("unsplit", ())),
        apostrophe_suffixes=bool(rules.get("apostrophe_suffixes", False)),
        cities=frozenset(e.id for e in entries if e.type == "city" and lang in ARTICLE_CITIES),
        people=frozenset(people),
        towns=frozenset(e.id for e in entries if e.type in ("city", "region")),
        citations=frozenset(citations),
        proclitics=tuple(sorted(rules.get("proclitics", ()), key=len, reverse=True)),
        upper_only=upper_only,
        tables=StartTables.build(stems, upper_only, max_ending),
    )
    if abbreviations:
        cues = tuple(rules.get("abbreviation_cues", ()))
        return AbbreviatingMatcher(matcher, abbreviations, cues, lang)
    return matcher


def _substring_matcher(
    forms: list[tuple[str, Any]],
    abbreviations: dict[str, str],
    cues: tuple[str, ...],
    lang: str,
    towns: frozenset[str] = frozenset(),
    people: frozenset[str] = frozenset(),
) -> SubstringMatcher:
    """The literal forms of a language written without spaces, indexed by first character."""
    common = common_forms()
    owners: dict[str, tuple[str, int]] = {}
    for entry_id, f in forms:
        kind = common.get((lang, _norm(f.text)), "name")
        flag = PERSON if kind == "person" else COMMON if kind != "name" else 0
        owners.setdefault(f.text.lower(), (entry_id, flag))
    runs = set()
    for word, kind in compound_words(lang).items():
        if kind == "run":
            runs.add(word)
        else:
            owners.setdefault(word.lower(), ("", 0))
    for word in phrase_words(lang):  # 北京ダック, 维也纳香肠: place_phrases.tsv
        owners.setdefault(word.lower(), ("", 0))
    lengths: dict[str, set[int]] = {}
    for key in owners:
        lengths.setdefault(key[0], set()).add(len(key))
    sizes = {ch: tuple(sorted(found, reverse=True)) for ch, found in lengths.items()}
    return SubstringMatcher(
        owners, sizes, abbreviations, cues, lang, frozenset(runs), towns, people
    )


@lru_cache(maxsize=8)
def compound_words(lang: str) -> dict[str, str]:
    """Words of ``lang`` that hold a name but are other words (``compounds.tsv``, generated from
    CC-CEDICT and JMdict by scripts/build_glossary.py), mapped to their kind: ``word`` (古巴比伦,
    トルコ石) or ``run`` (日中: a run of headline abbreviations that is also a word)."""
    data = files("polyglot_news.glossary_data").joinpath("compounds.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in data.splitlines() if line and line[0] != "#")
    return {row[1]: row[2] for row in rows if row[0] == lang}
