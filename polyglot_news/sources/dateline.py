"""Recognise the wire dateline that opens a story: place, date, agency, then a dash or a period.

News agencies open a story with where and when it was filed and who filed it, each in its own
house form::

    KYIV, June 3 (Reuters) -              ODESA, Ukraine, June 3 (Northwire) -
    ODESA, Ukraine (AP) —                  SPRINGFIELD, Ill. (AP) —
    MOSCOW, March 15. /TASS/.              MOSCOW. March 15 (Interfax) -
    МОСКВА, 15 марта. /ТАСС/.              МОСКВА, 15 мар - РИА Новости.
    КИЇВ, 3 червня /Укрінформ/.            SEOUL, June 3 (Yonhap) --
    (서울=연합뉴스) 홍길동 기자 =          【ワシントン共同】
    Berlin (dpa) -                         MADRID, 3 jun (EFE).-
    (Bloomberg) --                         ROMA, 15 MAR -

:func:`find_dateline` reads one as: a place (words in capitals, several cities joined by
``/``; a place written in title case, "Berlin", "Frankfurt am Main", only before an agency the
data names, and never a word in capitals among title-case ones: "US and EU"), an optional
region or country after a comma (``Ukraine``, ``Ill.``, ``El Salvador``), an optional date (a
month named by CLDR in any language the detector knows, ``months.json``, with a day and maybe
a year; a numeric date; a lone day before an agency), an optional agency (in parentheses or
slashes: any short name after a place in capitals, a known one otherwise; ``patterns.json``
``agencies``), and the mark that ends it (``-``, ``--``, ``—``, ``.-``, or a period after a
slashed agency). A date or an agency is required, and so is text after the dateline, so a
first sentence that opens with a capitalised word ("BERLIN is a city...", "NATO said...",
"US (United States) officials...") is never taken for one. Korean agencies' ``(place=agency)
reporter =`` and Japanese ``【place+agency】`` are recognised by their own brackets.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Dateline", "find_dateline"]

_MAX_PLACE_WORDS = 4


@dataclass(frozen=True)
class Dateline:
    """A dateline as written (``text``, without the space after it) and its parts; ``region``,
    ``date`` and ``agency`` are None when it does not name them."""

    text: str
    place: str
    region: str | None = None
    date: str | None = None
    agency: str | None = None

    def fields(self) -> dict[str, str]:
        """``{"text", "place", "region", "date", "agency"}`` without the parts it lacks."""
        parts = {
            "text": self.text,
            "place": self.place,
            "region": self.region,
            "date": self.date,
            "agency": self.agency,
        }
        return {key: value for key, value in parts.items() if value}


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening ``paragraph`` when text follows it, else None."""
    found = _match(paragraph)
    if found is None or not paragraph[len(found.text) :].strip():
        return None
    return found


def parse_dateline(text: str) -> Dateline | None:
    """``text`` read as a dateline on its own (as :func:`find_dateline` removed it), else None."""
    found = _match(text + " ")
    return found if found is not None and found.text == text.strip() else None


def _match(paragraph: str) -> Dateline | None:
    grammar = _grammar()
    match = grammar.bracketed.match(paragraph)
    if match:
        place = match.group("place") or match.group("jplace") or ""
        agency = match.group("agency") or match.group("jagency")
        return Dateline(match.group(0).strip(), place.strip(), agency=agency)
    match = grammar.wire.match(paragraph)
    if match is None:
        return None
    groups = match.groupdict()
    text = match.group(0).strip()
    if groups["alone"] and not grammar.known(groups["alone"]):
        return None  # "(Not an agency) - ..."
    if groups["trailing"] and not grammar.known(groups["trailing"]):
        text, groups["trailing"] = paragraph[: match.start("trailing")].strip(), None
    agency = groups["agency"] or groups["slashed"] or groups["trailing"] or groups["alone"]
    place, region, date = (groups["place"] or "").strip(), groups["region"], groups["date"]
    if not grammar.dates(date):
        return None  # "NATO, in 2022 -": a word that names no month
    if not (date or groups["agency"] or groups["slashed"] or groups["alone"]):
        return None  # "NATO - the alliance met.": a word in capitals and a dash
    if place and not _capitals(place) and not (_titled(place) and grammar.known(agency)):
        return None  # "Paris (the capital) - ...": title case holds only before a known agency
    if region and not all(word[0].isupper() for word in region.split()):
        return None  # "ODESA, in the south (AP) -"
    return Dateline(text, place, region, date, agency)


class _Grammar:
    """The dateline expressions, compiled once from ``patterns.json`` and ``months.json``."""

    def __init__(self, agencies: list[str], months: list[str]) -> None:
        self._agencies = {name.casefold() for name in agencies}
        known = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
        self._months = frozenset(months)
        # words of letters; :func:`_match` checks their case (regular expressions have no
        # class of capitals, and spelling them out makes compiling slow)
        any_word = r"[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]*)*\.?"  # NEW, ST., Ill., Al-Quds
        place = rf"{any_word}(?:[ /]{any_word}){{0,{_MAX_PLACE_WORDS - 1}}}"
        mon = r"[^\W\d_]{2,12}\.?"  # a word; :meth:`dates` checks that it names a month
        region = rf"{any_word}(?: {any_word}){{0,2}}(?!\.?\s*\d)"  # not "Feb." of "Feb. 9"
        word = r"[^\W\d_][\w&'’.-]{0,20}"
        name = rf"{word}(?: {word}){{0,2}}"  # :meth:`known` checks it where it must be known
        agency = rf"{name}(?:/[^\W\d_]{{2,5}})?"
        day, year = r"\d{1,2}", r"\d{4}"
        date = (
            rf"{day}\.?\s{mon}(?:\s{year})?"
            rf"|{mon}\s{day}(?:,?\s{year})?"
            r"|\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?"
        )
        dash = r"(?:--|[-–—])"
        self.wire = re.compile(
            rf"(?:(?P<place>{place})(?:,\s*(?P<region>{region}))?"
            rf"(?:\s*[,.]\s*(?P<date>{date}|{day}(?=\s*\()))?"
            rf"(?:\.?\s*(?:\(\s*(?P<agency>{agency})\s*\)\.?\s*{dash}"
            rf"|/\s*(?P<slashed>{agency})\s*/\s*(?:\.|{dash}))"
            rf"|\s*{dash}(?:\s*(?P<trailing>{name})\.)?)"
            rf"|\(\s*(?P<alone>{name})\s*\)\s*{dash})"
            r"(?=\s)"
        )
        self.bracketed = re.compile(
            r"\(\s*(?P<place>[^()=\n]{1,20}?)\s*=\s*(?P<agency>[^()=\n]{1,20}?)\s*\)"
            r"\s*[^=()\n]{1,40}?\s=(?=\s)"
            rf"|【\s*(?P<jplace>[^】\n]{{0,20}}?)\s*(?P<jagency>{known})\s*】"
        )

    def dates(self, date: str | None) -> bool:
        """Whether every word of ``date`` is a month name (CLDR), or it has none."""
        words = re.findall(r"[^\W\d_]+", date or "")
        return all(word.casefold() in self._months for word in words)

    def known(self, agency: str | None) -> bool:
        """Whether ``agency`` (or its base before a ``/``: ``dpa/lno``) is in the table."""
        return agency is not None and agency.split("/")[0].strip().casefold() in self._agencies


def _capitals(place: str) -> bool:
    """Whether ``place`` is written in capitals: "NEW YORK", "ST. PETERSBURG", "КИЇВ"."""
    return place == place.upper() and place != place.lower()


def _titled(place: str) -> bool:
    """Whether ``place`` is written in title case, opening and ending with a capitalised word
    ("Berlin", "Frankfurt am Main"); a word in capitals ("US and EU") is an acronym, no place."""
    words = re.split(r"[ /]", place)

    def title(word: str) -> bool:
        return word[:1].isupper() and word[1:] != word[1:].upper()

    inner_ok = all(title(word) or word.islower() for word in words[1:-1])
    return title(words[0]) and title(words[-1]) and inner_ok


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    folder = resources.files("polyglot_news.sources")
    agencies = json.loads(folder.joinpath("patterns.json").read_text("utf-8"))["agencies"]
    by_language = json.loads(folder.joinpath("months.json").read_text("utf-8"))
    months = [name for key, names in by_language.items() if key != "_comment" for name in names]
    return _Grammar(agencies, months)
