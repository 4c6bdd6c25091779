"""Character n-gram scoring on langdetect's profiles: exhaustive, restricted to candidates.

langdetect (Nakatani Shuyo's language-detection: naive Bayes over character 1-3-grams with
random sampling of the text's n-grams) ships 55 Wikipedia profiles. We add profiles for
languages it lacks (``be``, ``sr``) and, for 33 more, replace its profile by a 50/50 mix of
the Wikipedia profile and one built from real interface text (the train split of the gettext
catalogs, with langdetect's own ``LangProfile``; see ``scripts/build_langid_eval.py``), stored
gzipped in ``polyglot_news/data/langid/profiles``. The mix keeps news-style prose covered
while adding the short, imperative, technical register that Wikipedia lacks.

langdetect's own ``Detector`` normalises the text and extracts its n-grams (we lower-case the
text first, since langdetect skips all-capital words), but instead of its random sampling of
n-grams until one language passes 0.99999 we sum the smoothed log-probabilities of *every*
n-gram: deterministic with no seed at all, more accurate on short texts, and faster (log
probabilities are memoised per candidate set). The n-gram likelihood is multiplied by a
word-unigram likelihood (per-language tables of the words of the same train split, additively
smoothed, ``polyglot_news/data/langid/words``) — the naive-Bayes combination of two feature
sets — and then tempered so that confidence tracks accuracy.

langdetect's process-global ``DetectorFactory.seed`` is never read or written. A
``DetectorFactory`` is built per candidate set (e.g. the six Cyrillic languages): fewer
languages make each update cheaper and keep out languages the script rules have excluded.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
import re
from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from polyglot_news.langid.scripts import CJK_SCRIPTS, script_of

__all__ = ["ProfileSet", "available_languages"]

WORD_WEIGHT = 4.0  # weight of word-table evidence against the n-gram likelihood (log space)
TEMPERATURE = 10.0  # divides the log posterior before normalising (chosen on dev)
# added to each n-gram probability, like langdetect's alpha / BASE_FREQ (0.5 / 10000 there);
# 0.05 / 10000 chosen on the dev split
NGRAM_SMOOTHING = 0.05 / 10_000
_BETA, _VOCAB = 0.5, 20000  # additive smoothing of word counts; table size
_WORD = re.compile(r"\w+")


def _langdetect_profile_dir() -> Path | None:
    # find_spec locates the package without importing (executing) it
    spec = importlib.util.find_spec("langdetect")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "profiles"


_SUFFIX = ".json.gz"


def _own_profile_files() -> dict[str, Any]:
    folder = resources.files("polyglot_news.data") / "langid" / "profiles"
    return {f.name[: -len(_SUFFIX)]: f for f in folder.iterdir() if f.name.endswith(_SUFFIX)}


@cache
def available_languages() -> frozenset[str]:
    """Every language code detection can answer (langdetect's 55 plus ours)."""
    shipped = _langdetect_profile_dir()
    names = {p.name for p in shipped.iterdir()} if shipped and shipped.is_dir() else set()
    return frozenset(names | set(_own_profile_files()))


def _profile_script(freq: dict[str, int]) -> str:
    """The script a profile is written in: the one its unigrams mostly belong to."""
    mass: Counter[str] = Counter()
    for gram, count in freq.items():
        if len(gram) == 1 and gram.isalpha():
            script = script_of(gram)
            mass["cjk" if script in CJK_SCRIPTS else script] += count
    return mass.most_common(1)[0][0] if mass else "other"


class ProfileSet:
    """Loaded n-gram profiles and the langdetect factories built from them, per candidate set.

    Loading the JSON profiles takes a while, so it happens once, on first use; the instance
    then reuses them. Nothing here is pickled (see :class:`~polyglot_news.langid.LanguageDetector`).
    """

    def __init__(self) -> None:
        self._profiles: dict[str, Any] = {}
        self._scripts: dict[str, str] = {}
        self._factories: dict[frozenset[str], Any] = {}
        self._words: dict[str, tuple[dict[str, int], int]] | None = None
        self._logs: dict[frozenset[str], dict[str, list[float]]] = {}

    def words(self) -> dict[str, tuple[dict[str, int], int]]:
        """``{language: ({word: count}, total)}`` from the word tables, loaded on first use."""
        if self._words is None:
            folder = resources.files("polyglot_news.data") / "langid" / "words"
            tables = {}
            for path in folder.iterdir():
                if path.name.endswith(".tsv.gz"):
                    rows = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
                    counts = {w: int(n) for w, n in (row.split("\t") for row in rows)}
                    tables[path.name[: -len(".tsv.gz")]] = (counts, sum(counts.values()))
            self._words = tables
        return self._words

    def word_evidence(self, text: str, languages: list[str]) -> list[float]:
        """Log-likelihood of ``text``'s known words under each language's word table.

        Words no candidate knows are skipped; a language without a table gets the mean of
        the others (no say either way).
        """
        tables = self.words()
        known = [lang for lang in languages if lang in tables]
        scores = dict.fromkeys(languages, 0.0)
        for word in _WORD.findall(text.lower()):
            if not word.isalpha() or not any(word in tables[lang][0] for lang in known):
                continue
            for lang in known:
                counts, total = tables[lang]
                scores[lang] += math.log((counts.get(word, 0) + _BETA) / (total + _BETA * _VOCAB))
        if known:
            neutral = sum(scores[lang] for lang in known) / len(known)
            scores.update((lang, neutral) for lang in languages if lang not in tables)
        return [scores[lang] for lang in languages]

    def _load(self) -> None:
        from langdetect.utils.lang_profile import LangProfile

        sources: dict[str, Any] = {}
        shipped = _langdetect_profile_dir()
        if shipped is not None:
            sources.update({p.name: p for p in sorted(shipped.iterdir()) if p.is_file()})
        sources.update(_own_profile_files())  # ours win where both exist
        for name, path in sorted(sources.items()):
            raw = path.read_bytes()
            data = json.loads(gzip.decompress(raw) if path.name.endswith(_SUFFIX) else raw)
            self._profiles[name] = LangProfile(**data)
            self._scripts[name] = _profile_script(data["freq"])

    def scripts(self) -> dict[str, str]:
        """``{language: script}`` for every profile (``cjk`` for zh/ja/ko)."""
        if not self._profiles:
            self._load()
        return self._scripts

    def _factory(self, languages: frozenset[str]) -> Any:
        factory = self._factories.get(languages)
        if factory is None:
            from langdetect.detector_factory import DetectorFactory

            if not self._profiles:
                self._load()
            factory = DetectorFactory()
            chosen = sorted(languages)
            for index, lang in enumerate(chosen):
                factory.add_profile(self._profiles[lang], index, len(chosen))
            self._factories[languages] = factory
        return factory

    def _log_probs(self, languages: frozenset[str], grams: list[str]) -> dict[str, list[float]]:
        """``{gram: [log P(gram | language)]}`` for ``grams``, memoised per candidate set."""
        table = self._logs.setdefault(languages, {})
        prob_map = self._factory(languages).word_lang_prob_map
        for gram in grams:
            if gram not in table:
                table[gram] = [math.log(NGRAM_SMOOTHING + p) for p in prob_map[gram]]
        return table

    def score(self, text: str, languages: frozenset[str]) -> list[tuple[str, float]]:
        """``[(language, probability)]`` best first, among ``languages``; ``[]`` if no n-gram."""
        if len(languages) == 1:
            return [(next(iter(languages)), 1.0)]
        factory = self._factory(languages)
        detector = factory.create()
        detector.append(text.lower())  # lower-cased: langdetect skips all-capital words
        detector.cleaning_text()
        grams = detector._extract_ngrams()  # every known 1-3-gram, in text order
        if not grams:
            return []
        langs = list(factory.langlist)
        table = self._log_probs(languages, grams)
        # naive Bayes over *all* n-grams (langdetect samples them at random until it is sure),
        # times the word likelihood: two feature sets, combined in log space
        logs = [WORD_WEIGHT * w for w in self.word_evidence(text, langs)]
        for gram in grams:
            logs = [a + b for a, b in zip(logs, table[gram], strict=True)]
        return _tempered(langs, logs)


def _tempered(langs: list[str], logs: list[float]) -> list[tuple[str, float]]:
    """Normalise log scores to probabilities after dividing them by ``TEMPERATURE``.

    The naive-Bayes posterior is overconfident (its features are not independent); tempering
    makes confidence track accuracy (tuned on the dev split).
    """
    top = max(logs)
    exps = [math.exp((v - top) / TEMPERATURE) for v in logs]
    total = sum(exps)
    return sorted(zip(langs, (e / total for e in exps), strict=True), key=lambda x: -x[1])
