"""A suffix after an apostrophe marks a proper noun where inflections.json says so, in data.

Turkish writes case suffixes after an apostrophe on proper nouns only (Ordu'da, "in Ordu";
ordu, "army", takes them without one), so a name that is also a common word counts with one.
The matcher reads ``apostrophe_suffixes`` from the language's entry in ``inflections.json``;
no language is named in code, so another language declares it by data alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from polyglot_news.glossary import default_glossary
from polyglot_news.glossary import substring as substring_module
from polyglot_news.glossary.matcher import inflection_rules
from polyglot_news.glossary.substring import build_matcher


def _hits(lang: str, text: str) -> list[tuple[str, str]]:
    matcher = build_matcher(default_glossary().subset([lang]).entries, lang)
    return [(entry, text[start:end]) for entry, start, end, _ in matcher.find(text)]


def _declaring(monkeypatch: pytest.MonkeyPatch, lang: str, value: bool) -> None:
    rules: dict[str, Any] = {k: dict(v) for k, v in inflection_rules().items() if k != "_about"}
    rules.setdefault(lang, {})["apostrophe_suffixes"] = value
    monkeypatch.setattr(substring_module, "inflection_rules", lambda: rules)


def test_turkish_declares_it_in_the_data() -> None:
    assert inflection_rules()["tr"]["apostrophe_suffixes"] is True
    assert not any(
        rules.get("apostrophe_suffixes")
        for lang, rules in inflection_rules().items()
        if lang not in ("tr", "_about")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ordu'da sağanak yağış etkili oldu.", [("ordu", "Ordu")]),
        ("Ordu’ya yardım gönderildi.", [("ordu", "Ordu")]),  # a typographic apostrophe
        ("Ordu sınırda tatbikat yaptı.", []),  # the army: no suffix, no other name near
        ("Ordu' sınırda tatbikat yaptı.", []),  # an apostrophe without a suffix
    ],
)
def test_a_turkish_suffix_after_an_apostrophe_supports_a_common_word_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _hits("tr", text) == expected


def test_without_the_property_turkish_loses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    _declaring(monkeypatch, "tr", False)
    assert _hits("tr", "Ordu'da sağanak yağış etkili oldu.") == []


def test_another_language_declares_it_by_data_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # English Anchorage is also a common word: at a sentence start, with no other name near,
    # it needs context; English does not declare the property, so "'s" is no such context
    text = "Anchorage's harbour froze early this year."
    assert _hits("en", text) == []
    _declaring(monkeypatch, "en", True)
    assert _hits("en", text) == [("anchorage", "Anchorage")]
