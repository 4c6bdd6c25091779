"""Place names with a parenthesis split into the names running text writes (build time).

CLDR writes some territory and city names with a parenthesis (ASCII; the full-width ones of
Chinese, ``刚果（布）``, are how the press writes them and stay): ``Myanmar (Birmania)``,
``Обала Слоноваче (Кот д’Ивоар)``, ``Kongo (Kinšasa)``, ``Svatý Martin (Francie)``,
``Meksyk (miasto)``; babel gives them as the main name, so they would become the canonical
form and match no running text. :func:`split_parentheses` rewrites every place's names before
any place is added to the builder, per language:

* the main part (the name without the parenthesis: ``Myanmar``, ``Cocos Islands``) comes first,
  so it is the canonical form, unless another place bears it in that language or several
  places' parentheses share it (``Kongo`` of both Congos in Bulgarian, ``Svatý Martin``,
  ``Meksyk`` the country, ``الجزائر`` Algeria): then it is left out;
* the parenthesis at the end is another name of the same place and added after the main part
  when it is neither another place's name in that language or in English (``Kinšasa``,
  ``Francie``, ``США``), nor a description (lower case: ``miasto``, ``tidligere Swasiland``,
  ``partie néerlandaise``; an abbreviation: ``САР``, ``fr.``), and either the place bears it
  alone in some language (``Birma``, ``Cabo Verde``, ``Источни Тимор``) or the country's
  English CLDR name is itself two names (``Myanmar (Burma)``: ``Бирма``, ``Βιρμανία``, ``بورما``); a
  parenthesis inside a name (``Cocos (Keeling) Islands``) is an optional part, never a name;
* the whole parenthesised name stays a form, after them (matched where text writes it so).

Both new names pass the build's common-word gate (``Place.gated``).

:func:`spell_out` does the same for CLDR's Russian abbreviations of "island(s)" (``Аландские
о-ва``, ``о-в Вознесения``): the spelled-out name (``Аландские острова``) first, so canonical,
the abbreviated one after it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

# ASCII parentheses only: the full-width ones of Chinese press names are running text
# (刚果（布）, 刚果（金）, as Xinhua writes the two Congos)
_PAREN = re.compile(r"\s*\(([^()]+)\)\s*")


def _key(text: str) -> str:
    """Case, accents and apostrophes folded: ``Côte d’Ivoire`` == ``cote d'ivoire``."""
    text = re.sub("[\u2019\u02bc`]", "'", text).casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def parts(text: str) -> tuple[str, str, bool] | None:
    """``(main, inside, at_end)`` of a name with one parenthesis, else None:
    ``Myanmar (Burma)`` -> ``("Myanmar", "Burma", True)``,
    ``Cocos (Keeling) Islands`` -> ``("Cocos Islands", "Keeling", False)``."""
    found = list(_PAREN.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    main = " ".join((text[: match.start()] + " " + text[match.end() :]).split())
    at_end = match.end() == len(text)
    main = re.sub(r"\s+-", "-", main)  # Kókusz (Keeling)-szigetek -> Kókusz-szigetek
    inside = " ".join(match.group(1).split())
    return (main, inside, at_end) if main and inside else None


def _description(inside: str) -> bool:
    """Lower case in a cased script (``miasto``, ``tidligere Swasiland``) or an abbreviation
    (``САР``, ``fr.``, ``RAE Xina``): a description, not a name."""
    first = inside[0]
    if first.lower() != first.upper() and first.islower():
        return True
    words = inside.split()
    caps = [w for w in words if any(c.isalpha() for c in w) and w.isupper() and len(w) > 1]
    return "." in inside or bool(caps)


def split_parentheses(places: Iterable[Any]) -> dict[str, int]:
    """Rewrite every place's parenthesised names (see the module docstring); counts of main
    parts kept and dropped and of names added from inside the parenthesis."""
    places = list(places)
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for place in places:
        for lang, names in place.names.items():
            for name in names:
                split = parts(name)
                owners[(lang, _key(split[0] if split else name))].add(place.key)
    counts = {"main": 0, "main dropped": 0, "inside": 0}
    for place in places:
        english = parts(place.english) or parts(next(iter(place.names.get("en", [])), ""))
        two_names = place.type == "country" and bool(english and english[2])
        alone = {_key(n) for names in place.names.values() for n in names if not parts(n)}
        for lang, names in place.names.items():
            out: list[str] = []
            whole: list[str] = []
            for name in names:
                split = parts(name)
                if split is None:
                    out.append(name)
                    continue
                main, inside, at_end = split
                whole.append(name)
                if owners[(lang, _key(main))] == {place.key}:
                    out.append(main)
                    place.gated.add((lang, main))
                    counts["main"] += 1
                else:
                    counts["main dropped"] += 1
                other = owners[(lang, _key(inside))] | owners[("en", _key(inside))]
                named = _key(inside) in alone or two_names
                if at_end and named and not other - {place.key} and not _description(inside):
                    out.append(inside)
                    place.gated.add((lang, inside))
                    counts["inside"] += 1
            deduped = list(dict.fromkeys(out + whole))
            names[:] = deduped
    return counts


_RU_ABBREVIATIONS = ((re.compile(r"\bо-ва\b"), "острова"), (re.compile(r"\bо-в\b"), "остров"))


def spell_out(places: Iterable[Any]) -> int:
    """Put the spelled-out form of each Russian name with ``о-ва``/``о-в`` before it (see the
    module docstring); how many names were spelled out."""
    count = 0
    for place in places:
        names = place.names.get("ru", [])
        out: list[str] = []
        for name in names:
            full = name
            for pattern, word in _RU_ABBREVIATIONS:
                full = pattern.sub(word, full)
            if full != name:
                out.append(full)
                place.gated.add(("ru", full))
                count += 1
            out.append(name)
        names[:] = list(dict.fromkeys(out))
    return count
