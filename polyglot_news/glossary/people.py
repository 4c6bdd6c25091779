"""Context that says a person's short name is the person: ``总统米莱``, ``石破前首相``,
``الأمير تميم`` (a title beside it), or the person named in full elsewhere in the text.

The press names a person by the surname alone after first mention, or by the given name where
that is the usage (scripts/_glossary_people.py derives those forms). A short form that is also
a word, a common family name or a common first name (``person`` in ``common_forms.tsv``: 石破,
高市, 카스트 "caste", تميم, أنور) carries the flag ``PERSON`` and counts only with the person's
context:

* a title or office word beside it (``people.json``): in Chinese and Japanese touching the
  name or at most two characters from it (阿根廷总统米莱, 高市首相, 石破前首相); in Korean the
  word before or after it, particles aside (카니 총리는, 대통령 카니), or after a country or
  other name that follows it (페트로 콜롬비아 대통령); in Arabic one of the three
  words before it or the word after, proclitics aside (استقبل الأمير تميم, وزير الخارجية); in
  the cased Latin-script languages one of the three words before it, in lower case (President
  Talon, presidente d'Israele Herzog, prezydenta Herzoga), in German also a compound ending in
  a title (Israels Staatspräsidenten Herzog); in Russian, Ukrainian and Belarusian one of the
  three words before it in any case form, in lower case (президенту Израиля Герцогу, прем'єр-
  міністра Словаччини Фіцо), so that Герцог Эдинбургский, the duke, is no president;
* a verb of saying or acting right after it (``people.json`` verbs: Вилдерс заявил, Herzog
  řekl, Sánchez ogłosił, 米莱表示; in Chinese touching the name);
* or the same person named elsewhere in the text by a form that needs no context (the full
  name at first mention: one sense per discourse, Gale, Church and Yarowsky 1992).

A sentence end (。！？.!?) between the title and the name breaks the context.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files

from polyglot_news.glossary.support import COMMON

__all__ = ["PERSON", "with_person_context", "with_person_verbs", "without_dotted_names"]

PERSON = 16  # hit flag: a person's short name that counts only with the person's context
Hit = tuple[str, int, int, int]
_GAP = 2  # Chinese, Japanese: characters allowed between the title and the name (前, の, ・)
_WORD = re.compile(r"\w+")
_BREAK = re.compile(r"[。！？!?.\n]")
_AR_PROCLITICS = ("و", "ف", "ب", "ل", "ك")
_LATIN = frozenset({"en", "de", "fr", "es", "it", "pt", "nl", "sv", "ro", "tr", "pl", "cs"})
_CYRILLIC = frozenset({"ru", "uk", "be"})
_COMPOUNDING = frozenset({"de", "nl", "sv"})  # titles written as the head of a compound
_CYRILLIC_WORD = re.compile(r"\w+(?:['’-]\w+)*")


@lru_cache(maxsize=8)
def _titles(language: str) -> tuple[str, ...]:
    data = files("polyglot_news.glossary_data").joinpath("people.json").read_text("utf-8")
    titles = json.loads(data)["titles"].get(language, ())
    return tuple(sorted(titles, key=len, reverse=True))


@lru_cache(maxsize=8)
def _verbs(language: str) -> tuple[str, ...]:
    """Verbs of saying or acting that, right after a short name, say it is the person's."""
    data = files("polyglot_news.glossary_data").joinpath("people.json").read_text("utf-8")
    return tuple(json.loads(data).get("verbs", {}).get(language, ()))


@lru_cache(maxsize=8)
def _word_cues(language: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """Titles plus the words of a regime or government (``word_titles``), and verbs of
    saying or acting plus ``word_verbs``: what tells a person from a word of the same
    spelling (Maduro dijo, the regime of Maduro), not one person from another."""
    data = json.loads(
        files("polyglot_news.glossary_data").joinpath("people.json").read_text("utf-8")
    )
    titles = (*_titles(language), *data.get("word_titles", {}).get(language, ()))
    verbs = (*_verbs(language), *data.get("word_verbs", {}).get(language, ()))
    return tuple(sorted(titles, key=len, reverse=True)), frozenset(verbs)


@lru_cache(maxsize=8)
def _auxiliaries(language: str) -> frozenset[str]:
    """Auxiliaries of a compound past before the verb (Macron a déclaré, Meloni ha detto)."""
    data = files("polyglot_news.glossary_data").joinpath("people.json").read_text("utf-8")
    return frozenset(json.loads(data).get("auxiliaries", {}).get(language, ()))


def with_person_verbs(
    hits: list[Hit], text: str, language: str, people: frozenset[str]
) -> list[Hit]:
    """``hits`` with the ``COMMON`` flag taken off a person's short name that a dictionary also
    has as a word (es Maduro "ripe", tr Fidan "sapling", en Trump) when the person's context
    says it is the person (a title before it, a verb of saying after it: Maduro dijo, Trump
    called for): at a sentence start such a name would otherwise need another name near
    (:func:`polyglot_news.glossary.support.supported`). Order kept; pure."""
    if not any(flags & COMMON and entry_id in people for entry_id, _, _, flags in hits):
        return hits
    titles, verbs = _word_cues(language)
    return [
        (entry_id, start, end, flags & ~COMMON)
        if flags & COMMON
        and entry_id in people
        and _titled(text, start, end, language, titles, verbs=verbs)
        else (entry_id, start, end, flags)
        for entry_id, start, end, flags in hits
    ]


def with_person_context(hits: list[Hit], text: str, language: str) -> list[Hit]:
    """``hits`` less the ``PERSON`` hits that no context supports; order kept.

    ``hits`` are ``(entry_id, start, end, flags)`` in text order; ``language`` the text's ISO
    639-1 code. Pure; raises nothing.
    """
    if not any(flags & PERSON for *_, flags in hits):
        return hits
    named = {h[0] for h in hits if not h[3] & PERSON}
    places = frozenset(h[1] for h in hits if not h[3] & PERSON)
    titles = _titles(language)
    return [
        hit
        for hit in hits
        if not hit[3] & PERSON
        or hit[0] in named
        or _titled(text, hit[1], hit[2], language, titles, places)
    ]


def _titled(
    text: str,
    start: int,
    end: int,
    language: str,
    titles: tuple[str, ...],
    names: frozenset[int] = frozenset(),
    verbs: frozenset[str] | None = None,
) -> bool:
    verbs = frozenset(_verbs(language)) if verbs is None else verbs
    if language in ("zh", "ja"):
        before = text[max(0, start - 12) : start]
        after = text[end : end + 12]
        before = _BREAK.split(before)[-1]
        after = _BREAK.split(after)[0]
        return (
            any(0 <= after.find(t) <= _GAP for t in titles)
            or any((i := before.rfind(t)) >= 0 and len(before) - i - len(t) <= _GAP for t in titles)
            or any(after.startswith(v) for v in verbs)  # 米莱表示, touching it
        )
    before = _BREAK.split(text[max(0, start - 60) : start])[-1]
    rest = _BREAK.split(text[end : end + 40])[0]
    if language == "ko" and rest[:1].isalnum():
        rest = rest[len(_WORD.match(rest).group()) :]  # type: ignore[union-attr]  # 안와르랑: the particle
    words_before = _WORD.findall(before)
    words_after = _WORD.findall(rest)
    if language == "ko":  # a title takes its particles (총리는, 대통령이): one or two syllables
        near = words_before[-1:] + words_after[:1]
        if len(words_after) > 1 and _next_word_start(text, end) in names:
            near.append(words_after[1])  # 페트로 콜롬비아 대통령: a country between
        return any(_korean_title(w, t) for w in near for t in titles)
    if language == "ar":
        near = words_before[-3:] + words_after[:1]
        return any(_bare_ar(w) in titles or w in titles for w in near)
    if words_after[:1] and words_after[0].lower() in _auxiliaries(language):
        words_after = words_after[1:]  # Macron a déclaré, Meloni ha detto
    if words_after[:1] and words_after[0].lower() in verbs:
        return True  # Вилдерс заявил, Herzog řekl: a verb of saying or acting right after it
    if language in _CYRILLIC:  # прем'єр-міністра, вице-премьера: one word with its marks
        near = [w.lower() for w in _CYRILLIC_WORD.findall(before)[-3:]]
        near += [p for w in near for p in w.split("-") if "-" in w]
        return any(w in titles for w in near)
    if language in _LATIN:
        near = [w.lower() for w in words_before[-3:]]
        if language in _COMPOUNDING:  # Staatspräsidenten, Finansminister: a title's compound
            return any(w.endswith(t) for w in near for t in titles)
        return any(w in titles for w in near)
    return False


def _korean_title(word: str, title: str) -> bool:
    """A Korean word that is the title with its particles (총리는), also a title of two
    syllables or more as the head of a compound (재무장관은, 외교부장관이; not 날씨 for 씨):
    one to three syllables after it."""
    at = word.rfind(title) if len(title) >= 2 else (0 if word.startswith(title) else -1)
    return at >= 0 and len(word) - at - len(title) <= min(len(title), 3)


def _next_word_start(text: str, end: int) -> int:
    """Where the word after a Korean name starts, its particle (페트로는) aside; -1 if none."""
    for match in _WORD.finditer(text, end):
        if match.start() > end:
            return match.start()
    return -1


def _bare_ar(word: str) -> str:
    for clitic in _AR_PROCLITICS:
        if word.startswith(clitic) and len(word) > 3:
            return word[len(clitic) :]
    return word


# Chinese and Japanese write a foreign person's given name and surname apart by a middle dot
# (杰克·伦敦 Jack London, ジャック・ロンドン, 丹泽尔·华盛顿): a place right after one, behind a
# word of two or more Han or katakana characters that names nothing, is that person's surname
_DOTS = "·・•‧･"
_DOTTED_WORD = re.compile(r"(?:[\u4e00-\u9fff]{2,}|[\u30a1-\u30fa\u30fc]{2,})$")


def without_dotted_names(hits: list[Hit], text: str, people: frozenset[str]) -> list[Hit]:
    """Chinese and Japanese ``hits`` less the places right after a middle dot that follows a
    word naming nothing (杰克·伦敦, ジャック・ロンドン), and a place right before a dot that a
    person's name follows (キール・スターマー, Keir Starmer: the given name); a word that is a
    hit itself (イラン・イラク, an enumeration) keeps both. ``people``: person ids, never
    dropped. Order kept; pure."""
    if not any(h[1] and text[h[1] - 1] in _DOTS for h in hits):
        return hits
    ends = {h[2] for h in hits}
    given = {h[1] - 1 for h in hits if h[0] in people and h[1]}  # キール・スターマー: Keir
    kept = []
    for hit in hits:
        start = hit[1]
        if hit[0] not in people and hit[2] in given and text[hit[2]] in _DOTS:
            continue  # a place right before a dot and a person's name: the given name
        if hit[0] not in people and start and text[start - 1] in _DOTS and start - 1 not in ends:
            if _DOTTED_WORD.search(text, max(0, start - 9), start - 1):
                continue
        kept.append(hit)
    return kept
