"""News feeds: RSS 2.0, RSS 1.0 (RDF) and Atom items as versions, markup decoded, XML safe."""

from __future__ import annotations

from pathlib import Path

import pytest

from polyglot_news.errors import RecordError
from polyglot_news.sources import load, load_versions

RSS = """<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Пример &amp;amp; Новости</title>
<item><title>Пхеньян признал участие войск</title><link>https://example.ru/1</link>
<pubDate>Mon, 28 Apr 2025 09:00:00 +0300</pubDate>
<description>&lt;p&gt;КНДР впервые подтвердила участие своих военных.&lt;/p&gt;&lt;p&gt;Об этом
сообщило агентство &amp;laquo;ЦТАК&amp;raquo;.&lt;/p&gt;</description></item>
<item><title>Второе</title><description><![CDATA[<p>Сеул оценивает потери в &quot;несколько
тысяч&quot; человек.</p>]]></description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
<entry><title type="html">Kim&amp;#39;s monument</title>
<link href="https://example.org/a/1"/><updated>2025-04-30T10:00:00Z</updated>
<summary>Short.</summary>
<content type="html">&lt;p&gt;Kim Jong Un said a monument would be built in Pyongyang.&lt;/p&gt;
</content>
</entry>
<entry><title>XHTML</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<p>Seoul said about 11,000 troops were deployed.</p></div></content></entry>
</feed>
"""


@pytest.mark.parametrize("encoding", ["utf-8", "windows-1251", "koi8-r"])
def test_rss_items_are_versions_with_markup_decoded(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "feed.rss"
    path.write_bytes(RSS.format(encoding=encoding).encode(encoding))
    first, second = load(path)
    assert (first.id, second.id) == ("feed#1", "feed#2")
    assert first.format == "feed" and first.outlet == "Пример & Новости"
    assert first.title == "Пхеньян признал участие войск"
    assert (first.url, first.date) == ("https://example.ru/1", "Mon, 28 Apr 2025 09:00:00 +0300")
    assert first.text == (
        "КНДР впервые подтвердила участие своих военных.\n\nОб этом сообщило агентство «ЦТАК»."
    )
    assert second.text == 'Сеул оценивает потери в "несколько тысяч" человек.'
    assert all(any(r.kind == "markup" for r in v.removed) for v in (first, second))


def test_utf8_feed_that_declares_another_encoding_reads_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "lying.rss"
    path.write_bytes(RSS.format(encoding="windows-1251").encode("utf-8"))
    first, _ = load(path)
    assert first.title == "Пхеньян признал участие войск" and first.encoding == "utf-8"


def test_atom_entries_html_and_xhtml_content(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    first, second = load(path)
    assert first.title == "Kim's monument" and first.outlet == "Example Wire"
    assert first.text == "Kim Jong Un said a monument would be built in Pyongyang."
    assert first.url == "https://example.org/a/1" and first.date == "2025-04-30T10:00:00Z"
    assert second.text == "Seoul said about 11,000 troops were deployed."


def test_feed_saved_without_a_feed_suffix_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "feed.download"
    path.write_text(ATOM, encoding="utf-8")
    assert [v.format for v in load(path)] == ["feed", "feed"]


def test_item_without_text_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(
        "<rss><channel><title>T</title><item><title>Only a title</title></item>"
        "<item><description>Troops fought near Kursk, officials said.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    versions, failures = load_versions([path])
    assert [v.text for v in versions] == ["Troops fought near Kursk, officials said."]
    assert [f.path for f in failures] == [f"{path}[0]"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("<rss><channel><item><description>x</description></channel></rss>", "not well-formed"),
        ('<?xml version="1.0"?><catalog><book>Title</book></catalog>', "no RSS <item>"),
    ],
    ids=["broken", "not-a-feed"],
)
def test_bad_feed_is_one_line(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "bad.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RecordError) as info:
        load(path)
    assert words in str(info.value) and str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    path = tmp_path / "xxe.rss"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<rss><channel><item><description>Troops fought near Kursk. &x;</description>"
        "</item></channel></rss>",
        encoding="utf-8",
    )
    versions, failures = load_versions([path])
    assert all("TOP-SECRET" not in v.text for v in versions)
    assert versions or failures


@pytest.mark.parametrize(
    ("feed", "languages"),
    [
        (
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
            "<title>O</title><language>ru-RU</language>"
            "<item><description>Один.</description></item>"
            "<item><dc:language>uk</dc:language><description>Два.</description></item>"
            "</channel></rss>",
            ["ru-RU", "uk"],
        ),
        (
            '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>T</title>'
            "<entry><content>Eins.</content></entry>"
            '<entry xml:lang="fr"><content>Deux.</content></entry></feed>',
            ["de", "fr"],
        ),
        (
            "<rss><channel><title>O</title><item><description>One.</description></item>"
            "</channel></rss>",
            [None],
        ),
    ],
    ids=["rss-channel-and-dc-item", "atom-feed-and-entry", "none"],
)
def test_a_feed_declares_the_language_of_its_items(
    tmp_path: Path, feed: str, languages: list[str | None]
) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(feed, encoding="utf-8")
    assert [v.language for v in load(path)] == languages
