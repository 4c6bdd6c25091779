"""Dictionary evidence for a short text: which of the close contenders knows its words.

On one short line (a headline) the n-gram score has few n-grams to go on and the word tables
(:mod:`~polyglot_news.langid.ngram`, built from software interface text) lack the news
register: "EU court upholds 345 million euro fine against TikTok." scored French 0.57 (the
tables know ``court`` and ``fine`` as French words and neither as English). When such a text is
unreliably detected, the :data:`CONTENDERS` best of the n-gram score with at least
:data:`CONTENDER_SHARE` of its probability are re-weighed by the share of the text's words
each one's dictionary knows (simplemma, a runtime dependency: lemma dictionaries of 50
languages from Wiktionary and news corpora), ``P(lang) * exp(WEIGHT * words * share)``.
Names are not words of any language, so words written with a capital letter after the first
word (``TikTok``, ``EU``, ``Rotterdam``) and words with digits are left out of the share. When
a contender has no simplemma dictionary (be, ko...) the n-gram ranking stands. A dictionary
loads on first use (about a second each on an idle machine, more under load), so only one-line
inputs that need it pay for it; documents of several paragraphs are never re-weighed.

The constants were chosen on the dev split of ``benchmarks/data/langid_dev.tsv.gz``; the held-out
figures are in docs/benchmarks.md (``benchmarks/langid_accuracy.py``).
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Any

__all__ = ["CONTENDER_SHARE", "MAX_LETTERS", "WEIGHT", "reweigh", "word_shares"]

MAX_LETTERS = 120  # a text of at most this many letters counts as short
CONTENDER_SHARE = 0.05  # n-gram probability a language needs to be re-weighed
CONTENDERS = 2  # the most languages re-weighed (each dictionary costs a second to load)
WEIGHT = 2.0  # log-odds per word a dictionary knows (dev split: 1.5-5 alike, 0.25-1 worse)
MIN_WORDS = 2  # fewer words than this: no dictionary evidence
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SIMPLEMMA = {"no": "nb", "sr": "hbs", "hr": "hbs"}  # our code -> simplemma's, where they differ


@cache
def _lookup() -> Any:
    """simplemma's dictionary look-up with room for the dictionaries of many languages."""
    from simplemma.strategies import DictionaryLookupStrategy
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return DictionaryLookupStrategy(DefaultDictionaryFactory(cache_max_size=64))


@cache
def _supported() -> frozenset[str]:
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    return frozenset(SUPPORTED_LANGUAGES)


def words_of(text: str) -> list[str]:
    """The lower-cased words of ``text`` that may belong to a language: the first word, and
    later words without a capital letter (a capital after the first word marks a name)."""
    found = _WORD.findall(text)
    return [w.lower() for i, w in enumerate(found) if i == 0 or w == w.lower()]


def word_shares(text: str, languages: list[str]) -> dict[str, float]:
    """``{language: share of text's words its simplemma dictionary knows}`` for the languages
    simplemma has; empty when the text has fewer than :data:`MIN_WORDS` words."""
    words = words_of(text)
    if len(words) < MIN_WORDS:
        return {}
    lookup = _lookup()
    shares = {}
    for lang in languages:
        code = _SIMPLEMMA.get(lang, lang)
        if code in _supported():
            known = sum(lookup.get_lemma(w, code) is not None for w in words)
            shares[lang] = known / len(words)
    return shares


def reweigh(text: str, ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """``ranked`` (``[(language, probability)]``, best first) re-weighed by dictionary shares
    over the contenders (the :data:`CONTENDERS` best with probability >= :data:`CONTENDER_SHARE`);
    the rest keep theirs.

    Returns ``ranked`` unchanged when fewer than two contenders have a dictionary.
    """
    contenders = [lang for lang, p in ranked[:CONTENDERS] if p >= CONTENDER_SHARE]
    shares = word_shares(text, contenders)
    if len(shares) < 2:
        return ranked
    words = len(words_of(text))
    neutral = sum(shares.values()) / len(shares)
    mass = sum(p for lang, p in ranked if lang in contenders)
    top = max(shares.values())
    weights = {
        lang: p * math.exp(WEIGHT * words * (shares.get(lang, neutral) - top))
        for lang, p in ranked
        if lang in contenders
    }
    total = sum(weights.values())
    out = [(lang, mass * w / total) for lang, w in weights.items()]
    out += [(lang, p) for lang, p in ranked if lang not in weights]
    return sorted(out, key=lambda item: -item[1])
