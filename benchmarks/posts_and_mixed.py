"""Two evaluations of issue 13: posts full of links and hashtags, and mixed-language documents.

**Posts.** Every text of ``benchmarks/data/decoding/{texts,heldout}.tsv`` (15 languages, our
own writing) becomes three social-media posts by adding tokens that carry no language: a line
of links, a Latin hashtag line with a bot handle, and the same tokens inline after the text
plus an e-mail address and figures (tokens drawn with a fixed seed from
``benchmarks/data/decoding/tokens.tsv``). Accuracy = the detected document language is the
text's.

**Mixed documents.** For each pair of languages that quote each other (uk/ru, ru/uk, be/ru,
bg/ru, sr/bg, pl/cs, de/fr, ko/ja, el/bg...), documents of three paragraphs in the main language
with one quoted paragraph in the other (every text combination, capped) are translated to
English through :class:`~polyglot_news.translate.engine.TranslationEngine` with the fake
translator, which marks each sentence with the pair it went through (``[ru>en] ...``).
Accuracy = paragraphs routed from their own language. Before issue 13 every paragraph went
through the document language (the engine took a language code only).

Run: ``PYTHONPATH=. python benchmarks/posts_and_mixed.py``; point PYTHONPATH at another
checkout to measure that one.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter, defaultdict
from pathlib import Path

DATA = Path(__file__).parent / "data" / "decoding"
MIXES = [
    ("uk", "ru"), ("ru", "uk"), ("be", "ru"), ("ru", "be"), ("bg", "ru"), ("sr", "bg"),
    ("pl", "cs"), ("cs", "pl"), ("de", "fr"), ("fr", "de"), ("ko", "ja"), ("ja", "ko"),
    ("el", "bg"), ("tr", "de"), ("zh-cn", "ja"),
]  # fmt: skip
PER_MIX = 12


def _texts() -> dict[str, list[str]]:
    texts: dict[str, list[str]] = defaultdict(list)
    for name in ("texts.tsv", "heldout.tsv"):
        for line in (DATA / name).read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                language, _, text = line.split("\t")
                texts[language].append(text)
    return texts


def _tokens() -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = defaultdict(list)
    for line in (DATA / "tokens.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, token = line.split("\t")
            kinds[kind].append(token)
    return kinds


def _posts(text: str, rng: random.Random, tokens: dict[str, list[str]]) -> list[str]:
    links = " и ".join(rng.sample(tokens["url"], 2))
    tags = " ".join([*rng.sample(tokens["hashtag"], 4), rng.choice(tokens["handle"])])
    inline = " ".join(
        [rng.choice(tokens["url"]), rng.choice(tokens["email"]), *rng.sample(tokens["number"], 2)]
    )
    return [f"{text}\n\n{links}", f"{text}\n\n{tags}", f"{text} {inline} {tags}"]


def posts() -> None:
    from polyglot_news.errors import PolyglotNewsError
    from polyglot_news.langid import detect

    rng = random.Random(13)
    tokens = _tokens()
    counts: Counter[str] = Counter()
    for language, texts in sorted(_texts().items()):
        for text in texts:
            for post in _posts(text, rng, tokens):
                try:
                    result = detect(post)
                except PolyglotNewsError:
                    counts["refused"] += 1
                    continue
                right = result.language == language
                counts["right" if right else "confident wrong" if result.reliable else "wrong"] += 1
    _print("posts", counts)


def mixed() -> None:
    from polyglot_news.langid import detect
    from polyglot_news.translate.engine import TranslationEngine
    from polyglot_news.translate.fake import FakeTranslator

    texts = _texts()
    counts: Counter[str] = Counter()
    for main, quoted in MIXES:
        combos = itertools.product(itertools.combinations(texts[main], 3), texts[quoted])
        for (a, b, c), q in itertools.islice(combos, PER_MIX):
            doc = "\n\n".join([a, b, q, c])
            engine = TranslationEngine(FakeTranslator(), cache=None, glossary=None)
            detection = detect(doc)
            try:
                [result] = engine.translate_many([(doc, detection)], "en")
            except AttributeError:  # before issue 13: a language code only
                [result] = engine.translate_many([(doc, detection.language)], "en")
            paragraphs = result.text.split("\n\n")  # type: ignore[union-attr]
            for language, out in zip([main, main, quoted, main], paragraphs, strict=True):
                counts["right" if out.startswith(f"[{language}>en]") else "misrouted"] += 1
                if language == quoted:
                    ok = out.startswith(f"[{language}>en]")
                    counts["quoted right" if ok else "quoted misrouted"] += 1
    _print("mixed paragraphs", Counter({k: counts[k] for k in ("right", "misrouted")}))
    quoted_counts = Counter({k: counts[f"quoted {k}"] for k in ("right", "misrouted")})
    _print("quoted paragraphs", quoted_counts)


def _print(name: str, counts: Counter[str]) -> None:
    n = sum(counts.values())
    parts = ", ".join(f"{k} {v} ({v / n:.1%})" for k, v in counts.items() if v)
    print(f"{name:>18}: {n}: {parts}")


if __name__ == "__main__":
    posts()
    mixed()
