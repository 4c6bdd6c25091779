"""Whether a name that opens a sentence is the common word it is spelled like.

Countries and big capitals spelled like a common word of the text's language (English Turkey
and China; Polish Dania, dishes; Italian Lima, a file, and Malta, mortar; Spanish Chile, chili,
and Granada, pomegranate) open sentences as names ("China said", "Dania zamknęła granice")
and, more rarely, as the word ("Turkey sandwiches", "Dania mięsne podano"). The build marks
them ``initial=name`` in ``common_forms.tsv`` (Hunspell accepts them in lower case); their hits
carry the ``NAME_FIRST`` flag. At a sentence start the next words decide:

1. **Coordination**: a coordinating conjunction and then a lower-case word that is no
   determiner, pronoun or preposition lists two things of one kind, so the name is the word
   ("Lima e forbici", "Turkey and cranberry sauce"); "China and Russia", "China and its
   allies" keep the name.
2. **Attribute** (languages whose verbs have an infinitive ending: pl, it, es, fr, pt, ca): a
   lower-case word right after it, inflected (its simplemma lemma differs from it), not a
   closed-class word and not a verb (its lemma has no infinitive ending), is an adjective or
   noun agreeing with the word ("Dania mięsne", "Mali antichi", "Malta murarska"); a verb
   ("Dania zamknęła": zamknąć), an adverb (uninflected) or a function word keeps the name.
   Where nouns share an infinitive ending (Polish -c: chłopiec as piec), the lemma is a verb's
   only when the word has a verb form's ending ("Mali chłopcy", small boys: no Mali).

Sources: closed word classes and infinitive endings in ``glossary_data/initial.json`` (standard
grammars); lemmas from simplemma (a runtime dependency), loaded for a language only when such
a hit is met.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files
from typing import Any

__all__ = ["NAME_FIRST", "without_word_openers"]

NAME_FIRST = 8  # hit flag: a prominent name spelled like a common word (China, Dania)
Hit = tuple[str, int, int, int]
_WORD = re.compile(r"\w+")
_OPENERS = " \t\"'«»“”„‘’([-–—"


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = files("polyglot_news.glossary_data").joinpath("initial.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def without_word_openers(hits: list[Hit], text: str, language: str) -> list[Hit]:
    """``hits`` less the ``NAME_FIRST`` hits that open a sentence as the common word.

    ``hits`` are ``(entry_id, start, end, flags)``; ``text`` is the text they index and
    ``language`` its ISO 639-1 code. Order kept; pure; no error is raised.
    """
    if not any(flags & NAME_FIRST for *_, flags in hits):
        return hits
    return [h for h in hits if not (h[3] & NAME_FIRST and _word_opens(text, h[1], h[2], language))]


def _word_opens(text: str, start: int, end: int, language: str) -> bool:
    before = text[:start].rstrip(_OPENERS)
    if before and before[-1] not in ".!?…\n":
        return False  # inside a sentence: the capital is the name's
    following = _WORD.findall(text[end : end + 80])
    if not following or text[end : end + 1] not in (" ", "\u00a0"):
        return False
    data = _data()
    closed = set(data["closed"].get(language, ()))
    first = following[0]
    if first in data["conjunctions"].get(language, ()):
        return len(following) > 1 and following[1].islower() and following[1] not in closed
    return first.islower() and first not in closed and _attribute(first, language, closed)


def _attribute(word: str, language: str, closed: set[str]) -> bool:
    """Whether ``word`` is inflected and no verb: an adjective or noun (mięsne -> mięsny), not
    a closed-class word either (sama -> sam, "by itself"; pierwsza -> pierwszy, "first")."""
    endings = tuple(_data()["infinitives"].get(language, ()))
    if not endings:
        return False
    import simplemma  # a runtime dependency; its language data loads on first use

    lemma = str(simplemma.lemmatize(word, lang=language)).lower()
    return lemma != word and not _verb(word, lemma, endings, language) and lemma not in closed


def _verb(word: str, lemma: str, endings: tuple[str, ...], language: str) -> bool:
    """Whether ``lemma`` is an infinitive: it has an infinitive ending, and where nouns share
    that ending (Polish -c: móc, piec; chłopiec, koniec) ``word`` has a verb form's ending
    (``verb_forms``: mógł, piecze; not chłopcy)."""
    ending = next((e for e in endings if lemma.endswith(e)), None)
    if ending is None:
        return False
    forms = _data().get("verb_forms", {}).get(language, {}).get(ending)
    return forms is None or word.endswith(tuple(forms))
