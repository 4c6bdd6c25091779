"""Context that says a glossary hit is part of a person's name: ``Kuba Błaszczykowski``.

Many first names are also place names (Polish Kuba and Dominika, Spanish Santiago and
Victoria, English Chad and Jordan, Turkish Aydın). In a cased script, a one-word name that
opens a run of exactly two capitalised words, the second no glossary name, followed by a
lower-case word or punctuation, is read as a first name and surname (``Chad Smith played``),
not as the place. Longer runs are title-case headlines or organisation names and are left to
the other rules; a hit in all capitals (NATO) is an abbreviation and stays. The second word may
be a glossary name when it is a frequent surname too (``Jordan Henderson``: Henderson, Nevada).

A first name alone is told by agreement where the language shows gender in the verb: Polish
countries in -a are feminine (Kuba ogłosiła), so "Kuba poszedł", with a masculine past-tense
verb (-ł), is a man (Kuba, Jakub's short form), not Cuba.

German capitalises every noun, so a city named like a noun (Kiel, keel; Halle, hall; Essen,
food) is told by its article: a city takes none without an adjective between; there a first name
is told by a surname of the name list after it (``Sofia Müller erklärte``), since a capitalised
second word may be any noun (``Sofia Demonstranten``... is no run of a name).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from polyglot_news.glossary.name_cases import given_in_case
from polyglot_news.glossary.people import PERSON
from polyglot_news.glossary.support import DERIVED, _sentence_initial

__all__ = [
    "without_article_nouns",
    "without_first_names",
    "without_men_named_like_places",
    "without_surnames",
]

_WORD = re.compile(r"\w+")
Hit = tuple[str, int, int, int]


def without_first_names(
    hits: list[Hit],
    text: str,
    citations: frozenset[str] = frozenset(),
    listed: bool = False,
    language: str = "",
) -> list[Hit]:
    """``hits`` less those read as a first name before a surname; order kept.

    ``hits`` are ``(entry_id, start, end, flags)`` in text order, as the token matcher
    returns them; ``text`` is the text they index. ``citations``: in a language with cases,
    the lower-cased one-word glossary forms; a surface in another case is no first name
    ("Прем'єр Норвегії Стьоре": Norway's, in the genitive). ``listed`` (German, whose nouns are
    capitalised): the hit must be in the first-name list and the next word in the surname list.
    ``language``: its nouns in the possessive after a place (``possessed`` in inflections.json:
    Japonya Başbakanı) are no surnames. Pure; no error is raised.
    """
    if not hits:
        return hits
    # a person's short name that needs context (Martin, Dan) is no glossary name next to it yet
    covered = {start for _, start, _, flags in hits if not flags & PERSON}
    return [hit for hit in hits if not _first_name(hit, text, covered, citations, listed, language)]


def _first_name(
    hit: Hit,
    text: str,
    covered: set[int],
    citations: frozenset[str],
    listed: bool = False,
    language: str = "",
) -> bool:
    _, start, end, flags = hit
    surface = text[start:end]
    if flags & DERIVED:
        return False  # an adjective (Münchner Polizei, Russische troepen) is no first name
    if not surface[:1].isupper() or surface.isupper() or not _WORD.fullmatch(surface):
        return False
    if (
        citations
        and surface.lower() not in citations
        and not given_in_case(surface, language, lambda c: _place_given(c, citations))
    ):
        return False
    if text[end : end + 1] != " " or _ELIDED.search(text, max(0, start - 6), start):
        return False  # d'Israele Herzog, l'Italie Meloni: an elided article takes no first name
    second = _SURNAME.match(text, end + 1)
    if second is None or not _capitalised(second.group()):
        return False
    if listed and not (_given(surface) and _surname_word(second.group())):
        return False  # German: Sofia Müller, not Sofia Demonstranten
    if _possessed(second.group(), language):
        return False  # Japonya Başbakanı, Rusya Hükümeti: a compound, no first name
    if second.start() in covered and not (
        _fold(second.group()) in _name_list("surnames.tsv") and _given(surface)
    ):
        return False  # a name of the glossary, unless a first name and a surname (Jordan Henderson)
    after = (
        _WORD.match(text, second.end() + 1)
        if text[second.end() : second.end() + 1] == " "
        else None
    )
    if after is not None and after.group()[:1].isupper():
        return False  # a run of three or more: a headline or an organisation
    before = text[:start].rstrip(" ")
    if before and before[-1].isalnum():
        previous = list(_WORD.finditer(text, max(0, start - 40), start))
        if previous and previous[-1].group()[:1].isupper() and not _opener(text, previous[-1]):
            return False  # the name ends a run that starts before it
    return True


def _opener(text: str, word: re.Match[str]) -> bool:
    """A sentence's first word, capitalised for its place and no first name (``Director Sofia
    Coppola``, ``Актриса София Ротару``): no part of the name after it."""
    return _sentence_initial(text, word.start()) and not _given(word.group())


def _place_given(citation: str, citations: frozenset[str]) -> bool:
    """An oblique case's citation form (``name_cases``) that is a one-word place of the
    glossary (``citations``) and a first name: ``Владимира`` (``песни Владимира Высоцкого``),
    ``Софии``, before a capitalised surname, is the person, as the nominative is."""
    return citation.lower() in citations and _given(citation)


@cache
def _possessions(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    from polyglot_news.glossary.patterns import inflection_rules

    rules = inflection_rules().get(language, {})
    return frozenset(rules.get("possessed", ())), tuple(rules.get("possessed_endings", ()))


def _possessed(word: str, language: str) -> bool:
    """Whether ``word`` is a noun in the possessive that follows a place in a compound of
    ``language`` (Turkish Başbakanı, Hükümeti, Cumhurbaşkanlığı; ``inflections.json``)."""
    words, endings = _possessions(language)
    low = word.replace("İ", "i").lower()
    return low in words or (bool(endings) and low.endswith(endings))


def _capitalised(word: str) -> bool:
    """Capitalised, also with a surname's prefix (O'Neill, D'Alema, McCain, MacArthur)."""
    if word[1:].islower():
        return word[:1].isupper()
    prefix = _PREFIX.match(word)
    if prefix and len(word) > prefix.end():
        word = word[prefix.end() :]
    return word[:1].isupper() and not word.isupper() and word[1:].islower()


# an elided article or preposition right before the hit (Italian and French d', l', dell', all')
_ELIDED = re.compile(r"(?<![\w'’])(?:[dlDL]|[Dd]ell|[Aa]ll|[Nn]ell|[Dd]all|[Ss]ull|[Qq]u)['’]$")
# a surname may start with O' or D' (O'Neill) or Mc, Mac (McCain): one word of a name
_SURNAME = re.compile(r"(?:[OD]['’])?\w+")
_PREFIX = re.compile(r"[OD]['’]|Ma?c(?=[A-Z])")


# German articles and determiners of a noun; a city name takes none without an adjective
# between (das zerstörte Kiel), so "Der Kiel des Bootes" is the keel (standard German grammar)
_ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem"
    " keiner keines jeder jede jedes jeden jedem dieser diese dieses diesen diesem".split()
)


def without_article_nouns(hits: list[Hit], text: str, cities: frozenset[str]) -> list[Hit]:
    """German ``hits`` less the one-word cities right after an article: the common noun.

    ``cities`` are the entry ids of cities (Kiel, Halle, Essen, Bergen). Countries and
    regions keep theirs (die Türkei, der Iran, die Pfalz), and so does a city's adjective
    (die Münchner Polizei). Order kept; pure.
    """
    return [
        hit
        for hit in hits
        if not (hit[0] in cities and not hit[3] & DERIVED and _after_article(text, hit[1]))
    ]


def _after_article(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start]
    if not before.endswith(" "):
        return False
    words = _WORD.findall(before)
    return bool(words) and words[-1].lower() in _ARTICLES


def without_men_named_like_places(
    hits: list[Hit],
    text: str,
    language: str,
    people: frozenset[str] = frozenset(),
    citations: frozenset[str] = frozenset(),
) -> list[Hit]:
    """Polish and Czech ``hits`` less a feminine one-word place (-a) right before a masculine
    past-tense verb (Polish -ł, its simplemma lemma an infinitive in -ć; Czech -l, lemma in -t
    or -ci): "Kuba poszedł do szkoły", "Kuba šel do školy" is a boy.

    ``people`` are the entry ids of persons: a man named in -a is the man the glossary means
    ("Lula wezwał"), kept; ``citations`` (lower-cased one-word forms): a surface in another
    case is no man's name ("Prezident Rumunska přijal", Romania's president). Other languages
    are returned unchanged. Order kept; pure; simplemma loads on first use.
    """
    if language not in _MASCULINE_PAST or not hits:
        return hits
    return [
        hit
        for hit in hits
        if hit[0] in people
        or (citations and text[hit[1] : hit[2]].lower() not in citations)
        or not _man(hit, text, language)
    ]


# per language: the masculine past tense's last letter and the infinitive endings of its lemma
_MASCULINE_PAST = {"pl": ("ł", ("ć",)), "cs": ("l", ("t", "ci"))}


def _man(hit: Hit, text: str, language: str) -> bool:
    _, start, end, _ = hit
    surface = text[start:end]
    if not (surface.endswith("a") and _capitalised(surface)) or text[end : end + 1] != " ":
        return False
    past, infinitives = _MASCULINE_PAST[language]
    verb = _WORD.match(text, end + 1)
    if verb is None or not verb.group().endswith(past) or not verb.group().islower():
        return False
    import simplemma  # a runtime dependency

    return str(simplemma.lemmatize(verb.group(), lang=language)).endswith(infinitives)


# Cyrillic letters folded so that one list of Russian first names serves Ukrainian and
# Belarusian text (Іван, Богдан, Марко); Latin letters lose their accents (Adélaïde)
_FOLD = str.maketrans("ёіїєґў", "еииегу")
_SURNAME_LANGUAGES = frozenset({"ru", "uk", "be"})  # and every Latin-script language
_ENDINGS = ("", "а", "у", "ом", "е", "ым", "ой", "s")  # Маркса, Энгельсом; Marx's: oblique


def _fold(word: str) -> str:
    low = word.lower().translate(_FOLD)
    if low.isascii() or not any("a" <= ch <= "z" for ch in unicodedata.normalize("NFKD", low)):
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


@cache
def _name_list(name: str) -> frozenset[str]:
    from importlib.resources import files

    text = files("polyglot_news.glossary_data").joinpath(name).read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def _given(word: str) -> bool:
    """A first name of ``first_names.tsv`` (Russian, US Census) or ``given_names.tsv`` (the
    first names of 105 countries' lists and Ukrainian ones: Marius, Emre, Joost, Ярина)."""
    return _fold(word) in _name_list("first_names.tsv") or word.lower() in _name_list(
        "given_names.tsv"
    )  # accents as written: Vláda (the government) is no Vlada


@cache
def _language_words(language: str) -> frozenset[str]:
    """The words of ``language``'s langid word table (``polyglot_news/data/langid/words``,
    frequent words, no names), lower case; empty for a language without one."""
    import gzip
    from importlib.resources import files

    path = files("polyglot_news.data").joinpath("langid", "words", f"{language}.tsv.gz")
    if not language or not path.is_file():
        return frozenset()
    with gzip.open(path.open("rb"), "rt", encoding="utf-8") as handle:
        return frozenset(line.split("\t", 1)[0] for line in handle)


def _latin(text: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in text[:40])


def without_surnames(
    hits: list[Hit], text: str, language: str, people: frozenset[str], towns: frozenset[str]
) -> list[Hit]:
    """``hits`` less the places read as a person's surname, in Russian, Ukrainian, Belarusian
    and Latin-script text: a place right after a capitalised first name (Иван Грозный, Богдан
    Хмельницький, Jack London, Nina Hagen; a place of two capitalised words too, Roque Santa
    Cruz) or after a first name and another capitalised word, a double surname (Pierre Mendès
    France), and a town (``towns``: cities,
    regions) joined by a conjunction to a capitalised surname that names nothing in the
    glossary (Marx und Engels, Маркс и Энгельс). Persons of the glossary (``people``) are kept.

    First names and surnames: ``glossary_data/first_names.tsv`` and ``surnames.tsv``
    (pymorphy3's OpenCorpora lemmas tagged ``Name`` and ``Surn``; the US Census name lists;
    scripts/build_glossary_first_names.py), read on first use. Order kept; pure.
    """
    if not hits or not (language in _SURNAME_LANGUAGES or _latin(text)):
        return hits
    covered: set[int] = set()  # the hits' starts, filled on the first candidate
    spaced = _spaced_conjunctions(language)
    kept = []
    for hit in hits:
        entry_id, start, end, _ = hit
        if entry_id not in people:
            # cheap tests first: a word right before, or a conjunction beside (most hits fail)
            if text[start - 2 : start - 1].isalpha() and text[start - 1 : start] == " ":
                space = text.rfind(" ", max(0, start - 30), start - 1)
                if text[space + 1 : space + 2].isupper():
                    covered = covered or {h[1] for h in hits}
                    if _surname(hit, text, covered, language, entry_id in towns):
                        continue
            if entry_id in towns and (
                text.startswith(spaced, end) or text.endswith(spaced, max(0, start - 6), start)
            ):
                covered = covered or {h[1] for h in hits}
                if _joined(hit, text, covered, spaced):
                    continue
        kept.append(hit)
    return kept


def _surname(
    hit: Hit, text: str, covered: set[int], language: str = "", town: bool = False
) -> bool:
    """Whether the place ``hit`` is a surname after a first name (see without_surnames); a
    place of several words only when it is a ``town`` (Roque Santa Cruz; not a party)."""
    _, start, end, _ = hit
    surface = text[start:end]
    if text[start - 1 : start] != " " or not (
        _WORD.fullmatch(surface) or (town and _name_words(surface))
    ):
        return False
    previous = list(_WORD.finditer(text, max(0, start - 30), start - 1))
    if not previous or previous[-1].end() != start - 1 or previous[-1].start() in covered:
        return False
    word = previous[-1].group()
    if not _capitalised(word) or word.lower() in _language_words(language):
        return False  # Från Uppsala, Nach Bremen: a word of the language opening the sentence
    if _given(word) or given_in_case(word, language, _given):
        # Jack London; Сергея Кирова, the first name in the genitive; but a common noun
        # opening the sentence (Влада Єгипту, Вера Франции) is the noun before the place
        # unless the place is a surname too
        return not (
            _noun_opener(word, text, previous[-1].start(), language)
            and not _surname_word(text[start:end])
        )
    # a double surname after a first name (Pierre Mendès France): the second word of the run
    first = previous[-2] if len(previous) > 1 else None
    return (
        first is not None
        and first.end() == previous[-1].start() - 1
        and text[first.end()] == " "
        and first.start() not in covered
        and _capitalised(first.group())
        and _given(first.group())
    )


# Belarusian writes a word-initial в before a consonant as у (улада, Ukrainian влада)
_BELARUSIAN_V = re.compile(r"^[уў](?=[^аеёиоуыэюяіў])")


def _noun_opener(word: str, text: str, start: int, language: str) -> bool:
    """Whether ``word``, at ``start`` of ``text``, opens a Russian, Ukrainian or Belarusian
    sentence and is a first name that is also a common noun (``name_nouns.tsv``: Вера, Влада,
    Надія, Слава), in any case (Улады, Веры)."""
    if language not in _SURNAME_LANGUAGES or not _sentence_initial(text, start):
        return False
    return given_in_case(word, language, _name_noun) or _name_noun(word)


def _name_noun(word: str) -> bool:
    low = word.lower()
    return low in _name_list("name_nouns.tsv") or _BELARUSIAN_V.sub("в", low) in _name_list(
        "name_nouns.tsv"
    )


def _name_words(surface: str) -> bool:
    """Capitalised words apart by single spaces (Roque Santa Cruz: a surname that spells a
    town of two words)."""
    words = surface.split(" ")
    return all(_WORD.fullmatch(w) and _capitalised(w) for w in words)


def _joined(hit: Hit, text: str, covered: set[int], spaced: tuple[str, ...]) -> bool:
    """A capitalised surname, not a glossary name, on the other side of a conjunction
    (``spaced``: the language's conjunctions between spaces)."""
    _, start, end, _ = hit
    for conjunction in spaced:
        if text.startswith(conjunction, end):  # Engels und Marx
            after = end + len(conjunction)
            word = _WORD.match(text, after)
            if word and after not in covered and _surname_word(word.group()):
                return True
        if text.endswith(conjunction, max(0, start - len(conjunction)), start):  # Marx und Engels
            stop = start - len(conjunction)
            begin = text.rfind(" ", max(0, stop - 30), stop) + 1
            word_text = text[begin:stop]
            if begin not in covered and _WORD.fullmatch(word_text) and _surname_word(word_text):
                return True
    return False


def _surname_word(word: str) -> bool:
    """A capitalised word in the surname list, also in an oblique case (Маркса, Энгельсом)."""
    if not _capitalised(word):
        return False
    low, names = _fold(word), _name_list("surnames.tsv")
    return any(low.endswith(e) and low[: len(low) - len(e)] in names for e in _ENDINGS)


# "and" per language of the text (standard grammars); Latin-script languages without a row use
# the English and German ones
_AND = {
    "en": "and", "de": "und", "fr": "et", "es": "y e", "it": "e", "pt": "e", "ca": "i",
    "pl": "i oraz", "cs": "a", "sk": "a", "tr": "ve", "nl": "en", "sv": "och", "no": "og",
    "da": "og", "ro": "și", "hu": "és", "ru": "и", "uk": "і й та", "be": "і й",
}  # fmt: skip


@cache
def _spaced_conjunctions(language: str) -> tuple[str, ...]:
    """`` and ``, `` und ``...: the language's conjunctions between spaces, for str tests."""
    return tuple(f" {word} " for word in _AND.get(language, "and und").split())
