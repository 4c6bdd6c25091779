"""Context that says a town's name names a thing: a ship, a company or a product.

Ships, companies and products are often named after towns: the battleship Yamato (戦艦大和),
the cruiser Moskva, Hitachi Works (日立製作所), Toyota Motor, Kawasaki motorcycles, Corona
beer. A town's hit (an entity of type city or region) is the thing when

1. a **vessel** word stands right before it (戦艦大和, крейсер «Москва», USS Ohio's kind), or
   in Chinese and Japanese a ship's suffix right after it (辽宁舰, 大和号);
2. a **company** word follows it (日立製作所, Toyota Motor, 川崎重工);
3. a **product** word follows it (a Kawasaki motorcycle) or, in languages that put the noun
   first, stands right before it (une bière Corona, una moto Kawasaki);
4. an **indefinite article or a possessive** comes right before it, or with one word of
   colour, age or condition between (a green Kawasaki, une Corona bien fraîche, his Toyota): a
   town takes no article of its own, but an adjective of another kind may give it one (a
   besieged Mariupol, a divided Jerusalem), so only those words count. In English a town also
   stands as a noun's modifier after one (a Moscow court, an Istanbul hotel), so there the
   town must end the phrase: punctuation or a closed-class word (to, in, and) follows ("He
   rides a green Kawasaki to work");
5. a **relative's noun**, a word for a child or a little one (``children``) or a person's
   **title or role** comes right before it, or an age right after it: the town is a person's
   name (sa fille Adélaïde, his daughter Florence, malá Sofie, President Lincoln, Striker
   Jackson, o atacante Santos, Sofia, 8, / Sofia (8));
6. a **food** word before it with "of" between (mortadella di Bologna, salam de Sibiu, vinho do
   Porto) or a food or breed word after it (Brussels sprouts, Victoria sponge, Antep fıstığı);
   A relative's noun among the three words after a comma does too (Marília, a irmã do noivo;
   Sofia, fiica vecinilor); and a city right after a word of style (``style_before``: French
   and Romanian *à la*, varză à la Cluj, poulet à la Marengo) is the style named after it: a
   city takes no article, so *à la* before one is no preposition;
7. in Spanish, Portuguese, Italian, French and Catalan, a **definite article** right before a
   one-word city (la fiesta de la Asunción, o Natal, Todos os Santos, la Victoria, el Madrid):
   a city takes none (regions and countries do: la Toscana, o Brasil), except the few named
   with it (o Porto, il Cairo; ``article_cities``);
8. in Chinese and Japanese, a **dish, breed or landmark** word glued after it (長崎ちゃんぽん,
   秋田犬, 名古屋城, 兰州拉面, 重庆火锅), or a person's honorific or role, in Japanese also after a
   given name of one or two kanji (福岡選手, 長野さん, 宮崎駿監督: a family name); and after a
   country a hat, cat or dog (パナマ帽, 巴拿马草帽).

In the Latin-script languages a word of ``country_thing_after`` right after a country names
a thing (Brazil nuts, a Curaçao cocktail). Countries are otherwise left alone (a new Syria, the
Korean Peninsula).

9. In every language, a town **alone in quotation marks after a lower-case word** of four
   letters or more that is no closed-class word names a thing called after it, a cake, a beer,
   a hotel, a submarine (торт «Прага», пляшку «Чернігівського», the submarine "Kursk"); a
   quoted town opening a sentence or a headline, or after a preposition (в «Прагу»), keeps
   the place.

The word lists are in
``glossary_data/things.json`` (written for polyglot_news); the closed-class words of rule 4 are
those of ``initial.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

__all__ = ["without_things"]

Hit = tuple[str, int, int, int]
_WORD = re.compile(r"[\w'-]+")
_QUOTES = " \t\u00a0\"'«»“”„‘’「」『』"
_AGE = re.compile(r"(?:, \d{1,2},| \(\d{1,2}\))")  # Sofia, 8, / Sofia (8): a child's age
_PLACE_SUFFIXES = "県市府都町村区郡州省道島港駅"  # 宮崎県知事, 大阪市長: the place, not a name


@dataclass(frozen=True)
class _Rules:
    """One language's word sets (lower case), compiled once from ``things.json``."""

    vessels_before: frozenset[str] = frozenset()
    # Chinese and Japanese words glued after a town: a ship's, company's, dish's, breed's or
    # landmark's (辽宁舰, 日立製作所, 長崎ちゃんぽん, 秋田犬, 名古屋城) or a person's (福岡選手)
    vessels_after: tuple[str, ...] = ()
    glued_before: tuple[str, ...] = ()  # Chinese and Japanese vessel words (戦艦大和)
    countries_after: tuple[str, ...] = ()  # after a country: a hat, cat, dog (パナマ帽)
    given_after: re.Pattern[str] | None = None  # Japanese: a given name and a role (宮崎駿監督)
    companies: frozenset[str] = frozenset()
    products_after: frozenset[str] = frozenset()
    products_before: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    descriptors: frozenset[str] = frozenset()  # colour, age, condition: a green Kawasaki
    relatives: frozenset[str] = frozenset()  # sa fille Adélaïde: a first name
    kin: frozenset[str] = frozenset()  # Marília, a irmã do noivo: after a comma, a first name
    country_words: frozenset[str] = frozenset()  # Brazil nuts: a word after a country
    food_of: frozenset[str] = frozenset()  # mortadella (di Bologna), salam (de Sibiu)
    of_words: frozenset[str] = frozenset()  # di, de, do: between the food and its town
    definite: frozenset[str] = frozenset()  # la, o, os, del: before a city, a feast or a word
    article_cities: frozenset[str] = frozenset()  # cities named with their article (o Porto)
    closed: frozenset[str] = frozenset()  # prepositions, conjunctions... (initial.json)
    before_any: frozenset[str] = frozenset()  # every word that starts a rule before the town
    after: re.Pattern[str] | None = None  # a company or product word right after the town
    styles: tuple[str, ...] = ()  # " à la ": a style named after a city (varză à la Cluj)

    def __bool__(self) -> bool:
        return bool(
            self.vessels_before or self.companies or self.glued_before or self.relatives
            or self.vessels_after or self.food_of or self.definite or self.styles
        )  # fmt: skip


@lru_cache(maxsize=64)
def _rules(language: str) -> _Rules:
    data = files("polyglot_news.glossary_data")
    things = json.loads(data.joinpath("things.json").read_text("utf-8"))
    initial = json.loads(data.joinpath("initial.json").read_text("utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in things.get(key, {}).get(language, ()))

    closed = initial["closed"].get(language, []) + initial["conjunctions"].get(language, [])
    if language in ("ja", "zh"):  # no spaces: the words touch the name
        glued = ("vessel_after", "company_after", "feature_after", "person_after")
        people = things["person_after"].get(language, ())
        given = "|".join(map(re.escape, sorted(people, key=len, reverse=True)))
        return _Rules(
            glued_before=tuple(words("vessel_before")),
            vessels_after=tuple(w for key in glued for w in things[key].get(language, ())),
            countries_after=tuple(things["country_thing_after"].get(language, ())),
            # 宮崎駿監督: a family name, a given name of one or two kanji, a role
            given_after=re.compile(rf"(?![{_PLACE_SUFFIXES}])[\u4e00-\u9fff]{{1,2}}(?:{given})")
            if given
            else None,
        )
    companies = sorted(things["company_after"].get(language, ()), key=len, reverse=True)
    products = sorted(words("product_after"), key=len, reverse=True)
    # companies as written (SA, not the French possessive sa), products in any case
    after = "|".join([*map(re.escape, companies), *(f"(?i:{re.escape(w)})" for w in products)])
    before = ("vessel_before", "product_before", "relatives", "children", "roles", "indefinite",
              "descriptors", "of_words", "definite")  # fmt: skip
    return _Rules(
        vessels_before=words("vessel_before"),
        companies=words("company_after"),
        products_after=words("product_after"),
        products_before=words("product_before"),
        articles=words("indefinite"),
        descriptors=words("descriptors"),
        # sa fille Adélaïde, malá Sofie, President Lincoln
        relatives=words("relatives") | words("children") | words("roles"),
        kin=words("relatives"),
        country_words=words("country_thing_after"),
        food_of=words("food_of"),
        of_words=frozenset(w.rstrip("'’") for w in words("of_words")),
        definite=words("definite"),
        article_cities=words("article_cities"),
        closed=frozenset(closed),
        before_any=frozenset().union(*(words(key) for key in before)),
        after=re.compile(rf"[ \u00a0](?:{after})(?!\w)") if after else None,
        styles=tuple(f" {w.lower()} " for w in things["style_before"].get(language, ())),
    )


def without_things(
    hits: list[Hit],
    text: str,
    language: str,
    towns: frozenset[str],
    cities: frozenset[str] = frozenset(),
) -> list[Hit]:
    """``hits`` less the towns that the words around them read as a ship, company or product.

    ``hits`` are ``(entry_id, start, end, flags)`` in text order; ``towns`` the entry ids of
    cities and regions; ``cities`` those of cities alone (rule 7: a definite article before a
    city); ``language`` the text's ISO 639-1 code. Order kept; pure; raises nothing.
    """
    rules = _rules(language)
    if rules.countries_after:  # パナマ帽, 巴拿马草帽: the hat, not Panama
        after = rules.countries_after
        hits = [h for h in hits if h[0] in towns or not text.startswith(after, h[2])]
    if rules.country_words:  # Brazil nuts, a Curaçao cocktail: the thing, not the country
        hits = [
            h for h in hits if h[0] in towns or _next_word(text, h[2]) not in rules.country_words
        ]
    quoted = [h for h in hits if h[0] in towns and _quoted_after_word(text, h[1], h[2], rules)]
    if quoted:  # rule 9: торт «Прага»
        hits = [h for h in hits if h not in quoted]
    if not rules or not any(hit[0] in towns for hit in hits):
        return hits
    return [
        h
        for h in hits
        if h[0] not in towns
        or not _thing(text, h[1], h[2], rules, h[0] in cities, not cities or h[0] in cities)
    ]


_OPENING = "«\"“„"
_CLOSING = "»\"”“"


def _quoted_after_word(text: str, start: int, end: int, rules: _Rules) -> bool:
    """Rule 9: ``text[start:end]`` is all a pair of quotation marks holds, and a word of four
    letters or more, no closed-class word, stands right before the opening one, in lower case
    or capitalised as a sentence's first word (торт «Прага», Гостиница «Киев»)."""
    if start < 3 or text[start - 1] not in _OPENING or text[end : end + 1] not in _CLOSING:
        return False
    stop = len(text[: start - 1].rstrip(" \u00a0"))
    words = list(_WORD.finditer(text, max(0, stop - 30), stop))
    if not words or words[-1].end() != stop:
        return False
    word = words[-1].group()
    if len(word) < 4 or word.lower() in rules.closed:
        return False
    first = words[-1].start()
    head = text[max(0, first - 10) : first].rstrip()  # a window: text[:first] would copy it
    opens = (not head and first < 10) or head[-1:] in (".", "!", "?", "\n")
    return word.islower() or (opens and word[1:].islower())


def _thing(
    text: str, start: int, end: int, rules: _Rules, city: bool = False, styled: bool = True
) -> bool:
    """Whether the town at ``text[start:end]`` names a thing (rules 1-8); ``city``: it is a
    city of a language whose cities take no article (rule 7); ``styled``: a style may be named
    after it (rule 6: a city, or any town where the language's towns are not told apart)."""
    if rules.vessels_after:  # Chinese, Japanese
        before = text[max(0, start - 8) : start].rstrip(_QUOTES)
        return (
            before.endswith(rules.glued_before)
            or text.startswith(rules.vessels_after, end)
            or bool(rules.given_after and rules.given_after.match(text, end))
        )
    last, stop = _word_before(text, start)
    low = last.lower()
    if rules.after is not None and rules.after.match(text, end):  # Toyota Motor, Corona beer
        return True
    if rules.relatives and _AGE.match(text, end):  # Sofia, 8, / Sofia (8): a child's age
        return True
    if rules.kin and text.startswith(", ", end):  # Marília, a irmã do noivo: a first name
        if any(w.lower() in rules.kin for w in _WORD.findall(text[end + 2 : end + 40])[:3]):
            return True
    if styled and rules.styles and text[max(0, start - 8) : start].lower().endswith(rules.styles):
        return True  # varză à la Cluj, poulet à la Marengo: a style (rule 6)
    if low not in rules.before_any:  # most towns: "in", "of", "the" before them
        return False
    if low in rules.vessels_before or low in rules.products_before or low in rules.relatives:
        return True
    if low in rules.of_words and _word_before(text, stop)[0].lower() in rules.food_of:
        return True  # mortadella di Bologna, salam de Sibiu, vinho do Porto
    if city and low in rules.definite and " " not in text[start:end]:
        return text[start:end].lower() not in rules.article_cities  # la Asunción, o Natal
    nxt = _next_word(text, end)
    return bool(rules.articles) and _after_article(low, stop, nxt, text, end, rules)


def _after_article(low: str, stop: int, nxt: str, text: str, end: int, rules: _Rules) -> bool:
    """An indefinite article or possessive right before the town (``low``, the word before it,
    starting at ``stop``), or with one word of colour, age or condition between (a green
    Kawasaki; not "a besieged Mariupol", "a quake struck Kidapawan"); in English the town must
    end the phrase (a Moscow court keeps Moscow)."""
    article = low in rules.articles
    if not article and low in rules.descriptors:
        article = _word_before(text, stop)[0].lower() in rules.articles
    if not article:
        return False
    if rules is not _rules("en"):
        return True
    ends = text[end : end + 3].lstrip(" \u00a0")[:1]
    return not nxt or ends in ".,;:!?)" or nxt in rules.closed


def _next_word(text: str, end: int) -> str:
    """The word right after ``end`` across one space, in lower case; "" when none follows."""
    following = _WORD.match(text, end + 1) if text[end : end + 1] in (" ", "\u00a0") else None
    return following.group().lower() if following else ""


def _word_before(text: str, start: int) -> tuple[str, int]:
    """The word before ``start`` across spaces and quotes, and where it starts; "" when the
    name is glued to what precedes it. Punctuation stays on the word (``cruiser,``), so a word
    it ends is no neighbour."""
    stop = start - 1
    if stop < 0 or text[stop] not in _QUOTES:
        return "", start
    while stop and text[stop - 1] in _QUOTES:
        stop -= 1
    space = text.rfind(" ", max(0, stop - 30), stop)
    return text[space + 1 : stop], space + 1
