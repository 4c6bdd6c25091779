"""Build the language-identification evaluation set and the langid data files, deterministically.

Sources (all real, human-translated text already on this machine, no text written by us):

* gettext catalogs under ``/usr/share/locale/*/LC_MESSAGES/*.mo`` shipped by Debian packages
  (GTK, GLib, coreutils, glibc, gettext, systemd, PackageKit, Linux-PAM, grep, wget, ...).
  Licences: those of the packages (GPL-2+/LGPL-2.1+/MIT mostly, see
  ``/usr/share/doc/<package>/copyright``). Translations (``msgstr``) are labelled with their
  catalog's locale; the English sources (``msgid``) are labelled ``en``. ISO-code catalogs
  (``iso_*``, lists of proper names) are skipped.
* OpenCC's character tables (``opencc-python-reimplemented``, Apache-2.0) for the
  simplified-only / traditional-only Chinese character sets.

Split: each catalog *project* (domain with version digits and ``-properties``/``-gnulib``
suffixes removed, so gtk20 and gtk30 fall together) goes to ``eval`` (half the projects),
``dev`` (an eighth) or ``train`` by a SHA-256 hash of its name, the same way for every
language. Entries whose English ``msgid`` also occurs in an earlier split's catalogs are
dropped, so no translated string is in two. Only ``train`` builds n-gram profiles and word
tables, ``dev`` tunes the weights, and ``eval`` is held out for the final figures.
Locales that are not evaluated (``TRAIN_ONLY``: nb, mk, sl, lv, af, sq) are read from the
train projects only, like the rest, so no language gets an unfair share of the vocabulary.

Usage::

    python scripts/build_langid_eval.py            # writes benchmarks/data/langid_eval.tsv.gz
    python scripts/build_langid_eval.py --profiles # also polyglot_news/data/langid/* and
                                                   # benchmarks/data/langid_dev.tsv.gz
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import hashlib
import json
import random
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCALE_DIR = Path("/usr/share/locale")
EVAL_OUT = ROOT / "benchmarks" / "data" / "langid_eval.tsv.gz"
DEV_OUT = ROOT / "benchmarks" / "data" / "langid_dev.tsv.gz"  # tuning set, disjoint from both
DATA_OUT = ROOT / "polyglot_news" / "data" / "langid"
PER_LANGUAGE = 800  # 33 languages x 800 ~ 26,000 texts
MIN_CHARS, MAX_CHARS = 20, 600

# locale directory -> label; the ~30 evaluated languages
LOCALES = {
    "ar": "ar", "be": "be", "bg": "bg", "ca": "ca", "cs": "cs", "da": "da", "de": "de",
    "el": "el", "es": "es", "et": "et", "fi": "fi", "fr": "fr", "he": "he", "hr": "hr",
    "hu": "hu", "id": "id", "it": "it", "ja": "ja", "ko": "ko", "lt": "lt", "nl": "nl",
    "pl": "pl", "pt": "pt", "pt_BR": "pt", "ro": "ro", "ru": "ru", "sk": "sk", "sr": "sr",
    "sv": "sv", "tr": "tr", "uk": "uk", "vi": "vi", "zh_CN": "zh-cn", "zh_TW": "zh-tw",
}  # fmt: skip
# locales used only to build profiles (train half), not evaluated
TRAIN_ONLY = {"nb": "no", "mk": "mk", "sl": "sl", "lv": "lv", "af": "af", "sq": "sq"}
WIKI_WEIGHT = 0.5  # share of langdetect's Wikipedia profile in a merged profile
NGRAM_MIN_COUNT = 3  # n-grams seen fewer times in the train half are noise
WORD_MIN_COUNT = 1  # the train half is small: every word seen is evidence (chosen on dev)
TOP_WORDS = 20000  # words kept per language (at most)

_PLACEHOLDER = re.compile(
    r"%(\([^)]*\))?[-+ #0-9.$*]*[sdifuxXcpgeEl]|\{[^{}]*\}|\$\{[^}]*\}|<[^<>]*>|&[a-z]+;|\\[nt]"
)
_MNEMONIC = re.compile(r"(?<=\w)?[_&](?=\w)")
_WORD = re.compile(r"\w+")


def project_of(domain: str) -> str:
    """The project a catalog belongs to (gtk20, gtk30-properties -> gtk)."""
    name = re.sub(r"-(properties|gnulib|runtime|tools)$", "", domain)
    return re.sub(r"[-_.]?\d+(\.\d+)*$", "", name) or domain


def split_of(project: str) -> str:
    """``eval`` (half), ``dev`` (an eighth, for tuning) or ``train``, by the project's hash."""
    digest = hashlib.sha256(project.encode()).digest()
    if digest[0] % 2:
        return "eval"
    return "dev" if digest[1] % 4 == 0 else "train"


def clean(text: str) -> str:
    """Drop format placeholders, markup and mnemonics; collapse whitespace."""
    text = _PLACEHOLDER.sub(" ", text.replace("\n", " "))
    text = _MNEMONIC.sub("", text)
    return " ".join(text.split())


def script_ok(text: str, label: str) -> bool:
    """True when the text's letters are mostly in the script its label is written in."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 0.5 * len(text.replace(" ", "")):
        return False
    want = {
        "ru": "CYRILLIC", "uk": "CYRILLIC", "be": "CYRILLIC", "bg": "CYRILLIC", "sr": "CYRILLIC",
        "el": "GREEK", "he": "HEBREW", "ar": "ARABIC", "ko": "HANGUL",
        "ja": "CJK HIRAGANA KATAKANA", "zh-cn": "CJK", "zh-tw": "CJK",
    }.get(label, "LATIN")  # fmt: skip
    hits = sum(1 for ch in letters if any(w in unicodedata.name(ch, "") for w in want.split()))
    return hits >= 0.8 * len(letters)


def untranslated(msgid: str, text: str) -> bool:
    """True when half or more of the translation's words are copied from the English."""
    source = {w.lower() for w in _WORD.findall(msgid)}
    words = [w.lower() for w in _WORD.findall(text)]
    return not words or sum(w in source for w in words) >= 0.5 * len(words)


def read_catalogs() -> dict[str, list[tuple[str, str, str, str]]]:
    """``{split: [(label, project, msgid, text)]}`` from every usable catalog."""
    rows: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for path in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.mo")):
        locale, domain = path.parts[-3], path.stem
        label = LOCALES.get(locale) or TRAIN_ONLY.get(locale)
        if domain.startswith("iso_") or label is None:
            continue
        try:
            with path.open("rb") as handle:
                catalog = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
        except (OSError, UnicodeDecodeError):
            continue
        project = project_of(domain)
        split = split_of(project)
        if locale not in LOCALES and split != "train":  # not evaluated: only train
            continue
        for key, value in sorted(catalog.items(), key=lambda kv: str(kv[0])):
            msgid = key[0] if isinstance(key, tuple) else key
            if not msgid or not isinstance(value, str):
                continue
            rows[split].append(("en", project, msgid, clean(msgid)))
            rows[split].append((label, project, msgid, clean(value)))
    return rows


def usable(rows: list[tuple[str, str, str, str]], banned: set[str]) -> dict[str, list[str]]:
    """Filter and deduplicate rows into ``{label: [text]}``."""
    out: dict[str, list[str]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for label, _project, msgid, text in rows:
        if msgid in banned or not MIN_CHARS <= len(text) <= MAX_CHARS:
            continue
        if (label, text) in seen or not script_ok(text, label):
            continue
        if label != "en" and untranslated(msgid, text):
            continue
        seen.add((label, text))
        out[label].append(text)
    return out


def write_set(texts: dict[str, list[str]], out: Path, per_language: int) -> int:
    """Sample up to ``per_language`` texts per label into a gzipped TSV; return the count."""
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    for label in sorted(texts):
        pool = sorted(texts[label])
        chosen = random.Random(label).sample(pool, min(per_language, len(pool)))
        lines += [f"{label}\t{text}" for text in sorted(chosen)]
    with gzip.GzipFile(out, "wb", mtime=0) as handle:
        handle.write(("label\ttext\n" + "\n".join(lines) + "\n").encode())
    return len(lines)


def _merged(label: str, texts: list[str], shipped: Path) -> dict[str, object]:
    """A langdetect profile: the train half's n-grams, mixed with langdetect's own if any."""
    from langdetect.utils.lang_profile import LangProfile

    ours = LangProfile(name=label)
    for text in texts:
        ours.update(text)
    probs: dict[str, float] = defaultdict(float)
    wiki_share = WIKI_WEIGHT if (shipped / label).is_file() else 0.0
    for gram, count in ours.freq.items():
        if count >= NGRAM_MIN_COUNT:
            probs[gram] += (1 - wiki_share) * count / ours.n_words[len(gram) - 1]
    if wiki_share:
        wiki = json.loads((shipped / label).read_text("utf-8"))
        for gram, count in wiki["freq"].items():
            probs[gram] += wiki_share * count / wiki["n_words"][len(gram) - 1]
    scale = 10_000_000  # integer counts with n_words = scale keep the probabilities
    freq = {g: round(p * scale) for g, p in sorted(probs.items()) if round(p * scale) > 0}
    return {"name": label, "freq": freq, "n_words": [scale] * 3}


def write_profiles(texts: dict[str, list[str]]) -> None:
    """Write gzipped langdetect-format profiles built from the train half."""
    from langdetect.detector_factory import PROFILES_DIRECTORY

    target = DATA_OUT / "profiles"
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*"):
        old.unlink()
    for label in sorted(texts):
        if label in ("ja", "ko", "zh-cn", "zh-tw"):  # settled by script rules, not n-grams
            continue
        data = _merged(label, texts[label], Path(PROFILES_DIRECTORY))
        with gzip.GzipFile(target / f"{label}.json.gz", "wb", mtime=0) as handle:
            handle.write(json.dumps(data, ensure_ascii=False).encode())


def write_words(texts: dict[str, list[str]]) -> None:
    """Write each language's most frequent words (word TAB count), gzipped, from the train half."""
    target = DATA_OUT / "words"
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*"):
        old.unlink()
    for label in sorted(texts):
        if label in ("ja", "ko", "zh-cn", "zh-tw"):
            continue
        counts = Counter(w.lower() for t in texts[label] for w in _WORD.findall(t) if w.isalpha())
        top = [(w, n) for w, n in counts.most_common(TOP_WORDS) if n >= WORD_MIN_COUNT]
        lines = "".join(f"{w}\t{n}\n" for w, n in sorted(top))
        with gzip.GzipFile(target / f"{label}.tsv.gz", "wb", mtime=0) as handle:
            handle.write(lines.encode())


def write_zh_tables() -> None:
    """Write the simplified-only and traditional-only character sets from OpenCC's tables."""
    import opencc  # build-time only: pip install opencc-python-reimplemented

    folder = Path(opencc.__file__).parent / "dictionary"

    def table(name: str) -> dict[str, list[str]]:
        rows = (line.split("\t") for line in (folder / name).read_text("utf-8").splitlines())
        return {k: v.split() for k, v in rows}

    st, ts = table("STCharacters.txt"), table("TSCharacters.txt")
    simp = set(st) | {c for vs in ts.values() for c in vs}
    trad = set(ts) | {c for vs in st.values() for c in vs}
    for name, chars in (("zh_simplified.txt", simp - trad), ("zh_traditional.txt", trad - simp)):
        (DATA_OUT / name).write_text("".join(sorted(chars)) + "\n", encoding="utf-8")


def main() -> None:
    """Build the evaluation set (and with --profiles the data files) and print counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", action="store_true", help="also write data files")
    args = parser.parse_args()
    rows = read_catalogs()
    train_ids = {msgid for _label, _project, msgid, _text in rows["train"]}
    dev_ids = {msgid for _label, _project, msgid, _text in rows["dev"]}
    eval_texts = usable(rows["eval"], banned=train_ids | dev_ids)
    count = write_set(eval_texts, EVAL_OUT, PER_LANGUAGE)
    print(f"eval set: {count} texts -> {EVAL_OUT.relative_to(ROOT)}")
    for label in sorted(eval_texts):
        print(f"  {label:6} {min(PER_LANGUAGE, len(eval_texts[label]))}")
    if args.profiles:
        train_texts = usable(rows["train"], banned=set())
        dev_texts = usable(rows["dev"], banned=train_ids)
        count = write_set(dev_texts, DEV_OUT, PER_LANGUAGE // 4)
        print(f"dev set (held out of train): {count} texts -> {DEV_OUT.relative_to(ROOT)}")
        write_profiles(train_texts)
        write_words(train_texts)
        write_zh_tables()
        print(f"profiles and zh tables -> {DATA_OUT}")


if __name__ == "__main__":
    main()
