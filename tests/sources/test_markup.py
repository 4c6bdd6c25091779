"""Markup in text fields: one decoding for entities, escaped and bare tags, CDATA; recorded."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from polyglot_news.sources.markup import clean_field, has_entities, has_tags


@pytest.mark.parametrize(
    ("raw", "expected", "record"),
    [
        ("Russia&#39;s region", "Russia's region", "&#39;"),
        ("&quot;heroic feat&quot;", '"heroic feat"', "&quot; x2"),
        ("Kyiv&nbsp;said", "Kyiv\u00a0said", "&nbsp;"),
        ("It&#x2019;s", "It\u2019s", "&#x2019;"),
        ("1941&ndash;1945 &mdash; war", "1941\u20131945 \u2014 war", "&mdash;, &ndash;"),
        ("Russia&amp;#39;s", "Russia's", "&#39;, &amp;"),
        ("&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;", "One.\n\nTwo.", "<p> x4"),
        ("<![CDATA[Plain]]>", "Plain", "<![CDATA[...]]>"),
        ("One <b>bold</b> word.\n\nNext one.", "One bold word.\n\nNext one.", "<b>"),
        ("Line one<br>line two", "Line one\nline two", "<br>"),
    ],
    ids=[
        "decimal", "named-quotes", "nbsp", "hex", "dashes", "double-escaped", "escaped-tags",
        "cdata", "inline-tags-keep-paragraphs", "br",
    ],
)  # fmt: skip
def test_clean_field(raw: str, expected: str, record: str) -> None:
    text, removal = clean_field(raw)
    assert text == expected
    assert removal is not None and removal.kind == "markup"
    assert all(part in removal.text for part in record.split(", "))


@pytest.mark.parametrize(
    "plain", ["AT&T and R&D", "a < b and c > d", "Tom & Jerry", "5 <= 6", "e-mail: a@b.org"]
)
def test_text_without_markup_is_untouched(plain: str) -> None:
    assert clean_field(plain) == (plain, None)
    assert not has_entities(plain) and not has_tags(plain)


def test_one_line_fields_are_joined() -> None:
    text, _ = clean_field("<p>Kim vows</p><p>monument</p>", blocks=False)
    assert text == "Kim vows monument"


@given(st.text(alphabet=st.characters(blacklist_characters="&<>", blacklist_categories=("Cs",))))
def test_clean_field_is_identity_on_text_without_markup_characters(text: str) -> None:
    assert clean_field(text) == (text, None)


@given(st.text(alphabet="ab <>/pbr\n", max_size=40))
def test_tags_are_gone_and_cleaning_again_changes_nothing(text: str) -> None:
    once, _ = clean_field(text)
    assert not has_tags(once)
    assert clean_field(once) == (once, None)
