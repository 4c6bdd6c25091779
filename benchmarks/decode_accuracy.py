"""How often a legacy-encoded file loads as the text that was written, and what detection says.

Every text of ``benchmarks/data/decoding/texts.tsv`` (short one-line flashes and short
articles in 15 languages, written for this evaluation on several subjects; ``--set heldout``
reads ``heldout.tsv``, written after the scorer was tuned and never tuned on) is encoded in each
legacy code page that can hold it, loaded with :func:`polyglot_news.sources.load` and its
language detected. Each file counts as

- ``right``: the loaded text equals the written text (after normalisation);
- ``refused``: loading failed with the one-line "cannot determine the text encoding" error;
- ``wrong``: some other text came back, and ``confident wrong`` when detection still called
  it reliable (the failure that misleads a user).

Of the ``right`` files, ``named`` counts those whose reported encoding
(``Version.metadata["encoding"]["name"]``) is the code page the file was saved in: a German
cp1252 file reported as cp1250 loads the right text but shows the user a wrong name.

Run: ``PYTHONPATH=. python benchmarks/decode_accuracy.py`` (add ``--by-encoding`` for rows per
code page). Point PYTHONPATH at another checkout to measure that one.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

DATA = Path(__file__).parent / "data" / "decoding"
SETS = {"tuning": "texts.tsv", "heldout": "heldout.tsv"}

# Legacy code pages each language is really saved in (Python codec names).
ENCODINGS: dict[str, tuple[str, ...]] = {
    "ru": ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5"),
    "uk": ("cp1251", "koi8_u", "mac_cyrillic", "iso8859_5", "cp1125"),
    "be": ("cp1251", "mac_cyrillic", "iso8859_5"),
    "bg": ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5"),
    "sr": ("cp1251", "mac_cyrillic", "iso8859_5"),
    "el": ("cp1253", "iso8859_7"),
    "ko": ("euc_kr", "cp949", "johab", "iso2022_kr"),
    "ja": ("shift_jis", "cp932", "euc_jp", "iso2022_jp"),
    "zh-cn": ("gb2312", "gbk", "gb18030"),
    "zh-tw": ("big5", "cp950"),
    "pl": ("cp1250", "iso8859_2"),
    "cs": ("cp1250", "iso8859_2"),
    "de": ("cp1252", "iso8859_15"),
    "fr": ("cp1252", "iso8859_15"),
    "tr": ("cp1254", "iso8859_9"),
}


def _texts(name: str) -> list[tuple[str, str, str]]:
    rows = []
    for line in (DATA / SETS[name]).read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            language, length, text = line.split("\t")
            rows.append((language, length, text))
    return rows


def _outcome(path: Path, text: str, encoding: str) -> str:
    import codecs

    from polyglot_news.errors import PolyglotNewsError
    from polyglot_news.langid import detect
    from polyglot_news.sources import load, normalise

    try:
        [version] = load(path)
    except PolyglotNewsError as exc:
        return "refused" if "encoding" in str(exc) else f"error: {exc}"
    if version.text == normalise(text)[0]:
        named = codecs.lookup(str(version.metadata["encoding"]["name"])).name
        return "right named" if named == codecs.lookup(encoding).name else "right"
    try:
        reliable = detect(version.text).reliable
    except PolyglotNewsError:
        reliable = False
    return "confident wrong" if reliable else "wrong"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--by-encoding", action="store_true", help="one row per code page")
    parser.add_argument("--show", action="store_true", help="print every file not right")
    parser.add_argument("--set", choices=sorted(SETS), default="tuning", help="which texts")
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    by_length: dict[str, Counter[str]] = defaultdict(Counter)
    by_encoding: dict[str, Counter[str]] = defaultdict(Counter)
    with tempfile.TemporaryDirectory() as tmp:
        for index, (language, length, text) in enumerate(_texts(args.set)):
            for encoding in ENCODINGS[language]:
                try:
                    data = text.encode(encoding)
                except UnicodeEncodeError:
                    continue  # this code page cannot hold the text: nobody saved it so
                path = Path(tmp) / f"{index}-{encoding}.txt"
                path.write_bytes(data + b"\n")
                outcome = _outcome(path, text, encoding)
                key = outcome if not outcome.startswith("error") else "error"
                for counts in (totals, by_length[length], by_encoding[encoding]):
                    counts[key.removesuffix(" named")] += 1
                    counts["named"] += key == "right named"
                if args.show and key != "right named":
                    print(f"  {language} {encoding} {key}: {text[:50]}", file=sys.stderr)
    _table("all", totals)
    for length, counts in sorted(by_length.items()):
        _table(length, counts)
    if args.by_encoding:
        for encoding, counts in sorted(by_encoding.items()):
            _table(encoding, counts)


def _table(name: str, counts: Counter[str]) -> None:
    n = sum(counts.values()) - counts["named"]
    parts = ", ".join(
        f"{k} {counts[k]} ({counts[k] / n:.0%})"
        for k in ("right", "named", "refused", "wrong", "confident wrong", "error")
        if counts[k]
    )
    print(f"{name:>14}: {n} files: {parts}")


if __name__ == "__main__":
    main()
