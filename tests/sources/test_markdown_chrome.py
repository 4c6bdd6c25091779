"""Share and subscribe bars in Markdown clips are left out and recorded, as the HTML reader's.

Before, a clipper's ``[Share on X](...) | [Subscribe to our newsletter](...)`` line became one
more claim of the version (a new user's trial found it in a NHK clip). The lines below are
written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from polyglot_news.sources import load
from polyglot_news.sources.markdown import parse_markdown

BODY = "Rescuers searched the coast on Monday."

CASES = [
    # (markdown after the body, kept text or None when the line is dropped)
    pytest.param(
        "[Share on X](https://x.com/share) | [Subscribe to our newsletter](https://e.org/n)",
        None,
        id="share-bar",
    ),
    pytest.param(
        "[Facebook](https://f.com) · [Telegram](https://t.me/x) · [Email](mailto:a@b.c)",
        None,
        id="links-with-dots",
    ),
    pytest.param(
        "- [Related: ferry safety record](/a)\n- [Bali in pictures](/b)", None, id="list-of-links"
    ),
    pytest.param("[Read more](https://e.org/more)", None, id="one-short-link"),
    pytest.param("Follow us on [Telegram](https://t.me/x)", None, id="follow-us"),
    pytest.param("Подпишитесь на наш [Telegram](https://t.me/x)", None, id="subscribe-ru"),
    pytest.param("Share: [X](https://x.com) [Facebook](https://f.com)", None, id="share-label"),
    pytest.param(
        "[Twelve people died when the ferry sank off Bali, officials said](https://e.org/a).",
        "Twelve people died when the ferry sank off Bali, officials said.",
        id="a-linked-sentence-is-kept",
    ),
    pytest.param(
        "The [coast guard](https://e.org/cg) said it would share its data.",
        "The coast guard said it would share its data.",
        id="a-sentence-with-share-is-kept",
    ),
    pytest.param(
        "Shares of the ferry operator fell 5%",
        "Shares of the ferry operator fell 5%",
        id="no-link-is-kept",
    ),
    pytest.param(
        "[Ferry operator](https://e.org/f) shares fell",
        "Ferry operator shares fell",
        id="shares-is-not-share",
    ),
]


@pytest.mark.parametrize(("line", "kept"), CASES)
def test_share_and_subscribe_lines(line: str, kept: str | None) -> None:
    doc = parse_markdown(f"{BODY}\n\n{line}\n")
    if kept is None:
        assert doc.text == BODY
        assert [r.kind for r in doc.removed] and {r.kind for r in doc.removed} == {"boilerplate"}
    else:
        assert doc.text == f"{BODY}\n\n{kept}"
        assert doc.removed == ()


def test_a_clip_loads_without_its_share_bar(tmp_path: Path) -> None:
    path = tmp_path / "nhk_en.md"
    path.write_text(
        "---\ntitle: Japan protests missile launch\n---\n\n# Japan protests missile launch\n\n"
        "Japan lodged a protest.\n\n[Share on X](https://x.com/share) | "
        "[Subscribe to our newsletter](https://example.org/newsletter)\n",
        encoding="utf-8",
    )
    [version] = load(path)
    assert version.text == "Japan protests missile launch\n\nJapan lodged a protest."
    assert ("boilerplate", "Share on X | Subscribe to our newsletter") in [
        (r.kind, r.text) for r in version.removed
    ]
