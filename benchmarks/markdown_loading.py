"""How Markdown versions are read: markdown-it-py's tokens against the alternatives, side by side.

Run: python benchmarks/markdown_loading.py [--repeat N]
Builds a clipped article of about 4,000 words (front matter, headings, emphasis, links, code
spans, lists, quotes) and reads it three ways: the token walk polyglot_news uses
(:func:`polyglot_news.sources.markdown.parse_markdown`), markdown-it-py's HTML rendering reduced
to text by lxml (:func:`polyglot_news.sources.fragment.html_to_text`), and the file as plain text
(what a .md named as an input gave before Markdown was read). Prints the median time of each,
its ratio to the token walk, how much Markdown syntax is left in the text compared, and how
many code-block and table lines would be compared as if they were sentences.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable

_PARAGRAPH = (
    "**North Korea** has [confirmed](https://example.org/a) that its troops fought in the "
    "*Kursk region*, officials said on `Monday`; about 1,000 of some 11,000 were killed.\n\n"
    "- a list item with **bold** words\n- another item\n\n> a quoted line, as clippers keep it\n\n"
    "```\nembed_player();\n```\n\n| Region | Troops |\n| --- | --- |\n| Kursk | 11,000 |\n\n"
)
_LEFT = re.compile(r"\*\*|\]\(|`|^#|^- |^> |^---|^\|", re.M)
_CODE_OR_TABLE = re.compile(r"embed_player|11,000 *$", re.M)


def _median_ms(func: Callable[[], str], repeat: int) -> tuple[float, str]:
    out = func()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        out = func()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    from markdown_it import MarkdownIt

    from polyglot_news.sources import normalise
    from polyglot_news.sources.fragment import html_to_text
    from polyglot_news.sources.markdown import parse_markdown

    doc = "---\ntitle: T\nsource: https://example.org\n---\n# Heading\n\n" + _PARAGRAPH * 120
    parser_ = MarkdownIt("commonmark").enable("table")
    ways: list[tuple[str, Callable[[], str]]] = [
        ("markdown-it tokens (used)", lambda: parse_markdown(doc).text),
        ("markdown-it HTML -> lxml text", lambda: html_to_text(parser_.render(doc))),
        ("as plain text (before)", lambda: normalise(doc)[0]),
    ]
    print(f"{len(doc.split())} words, median of {args.repeat}")
    base = None
    for name, func in ways:
        ms, out = _median_ms(func, args.repeat)
        base = base or ms
        left = len(_LEFT.findall(out))
        kept = len(_CODE_OR_TABLE.findall(out))
        print(
            f"{name:32s} {ms:8.1f} ms  x{ms / base:5.2f}  markup left: {left:5d}  "
            f"code/table lines compared as sentences: {kept}"
        )


if __name__ == "__main__":
    main()
