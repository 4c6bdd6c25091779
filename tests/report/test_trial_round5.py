"""What a new user's trial (2 December, fifth round: a Hamburg airport cyberattack, a drone
strike on a grain ship near Odesa) found in the report, fixed; texts written for these tests.

* the versions table showed the fake backend's routes as ``de→en`` although it translated
  nothing;
* the HTML tooltip of a glossary name said ``Hamburg Airport (hamburg_airport)``: the
  glossary's key, not what a journalist reads (now the name and its kind).
"""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from polyglot_news.glossary.model import Entry, Form, Glossary
from polyglot_news.pipeline import compare_versions
from polyglot_news.records import Version
from polyglot_news.report import render_html, render_json, render_markdown, render_terminal
from polyglot_news.translate.engine import TranslationEngine
from polyglot_news.translate.registry import create_translator

WIRE = (
    "A cyberattack shut the check-in systems of Hamburg Airport on Saturday. "
    "Flights were delayed by up to three hours, the airport said."
)
DE = (
    "Ein Cyberangriff hat am Samstag die Check-in-Systeme des Hamburger Flughafens "
    "lahmgelegt. Flüge verspäteten sich um bis zu drei Stunden."
)
AIRPORT = Entry(
    "hamburg_airport",
    "place",
    (
        Form("en", "Hamburg Airport", canonical=True),
        Form("de", "Hamburger Flughafens"),
    ),
)


@pytest.fixture(scope="module")
def faked():
    glossary = Glossary([AIRPORT])
    engine = TranslationEngine(create_translator("fake"), glossary=glossary)
    return compare_versions(
        [Version("wire_en", "wire_en.txt", WIRE), Version("abendblatt_de", "ab_de.txt", DE)],
        source_languages={"wire_en": "en", "abendblatt_de": "de"},
        engine=engine,
        glossary=glossary,
    )


@pytest.mark.parametrize(
    "render",
    [
        pytest.param(
            lambda c: render_terminal(c, console=Console(width=240, no_color=True)), id="terminal"
        ),
        pytest.param(render_markdown, id="markdown"),
        pytest.param(render_html, id="html"),
    ],
)
def test_the_fake_backend_shows_no_route(faked, render) -> None:
    text = render(faked)
    assert "de (not translated: test backend fake)" in text
    assert "de→en" not in text


def test_json_says_the_fake_backend_translated_nothing(faked) -> None:
    versions = {v["id"]: v for v in json.loads(render_json(faked))["versions"]}
    assert versions["abendblatt_de"]["translation"]["translated"] is False
    assert versions["wire_en"]["translation"]["translated"] is True


def test_a_glossary_tooltip_names_the_entity_not_its_key(faked) -> None:
    html = render_html(faked)
    assert 'title="Hamburg Airport (place)" data-entity="hamburg_airport"' in html
    assert "(hamburg_airport)" not in html
    [de] = [r for r in faked.versions if r.id == "abendblatt_de"]
    assert [e.kind for e in de.entities] == ["place"]
