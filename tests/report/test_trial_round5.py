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


# A sentence whose row links to another it could not join ("see #N") is listed as only in one
# version too, with that row to compare: the grid shows it in one version only.
ODESA = {
    "wire": "A Russian drone struck a grain ship near Odesa on Tuesday night. Two crew members "
    "were killed and four were injured, regional governor Oleh Kiper said. The blast also "
    "damaged a grain terminal at the port, the governor said. Infrastructure minister Oleksiy "
    "Kuleba said the corridor would stay open. Kuleba said insurers had been asked to keep "
    "their rates unchanged.",
    "broadcaster": "A grain ship was hit by a Russian drone off Odesa overnight. Governor Oleh "
    "Kiper said two sailors died and four were wounded. Minister Oleksiy Kuleba said shipping "
    "through the corridor would continue.",
    "agency": "Russian forces attacked a civilian vessel carrying grain near Odesa with a "
    "drone. Two crew members were killed and a grain terminal in Chornomorsk was damaged, Oleh "
    "Kiper said. Oleksiy Kuleba said the corridor would remain open.",
    "outlet": "A Russian drone hit a grain ship near Odesa in the night. Two sailors were "
    "killed and four injured. Kuleba said the corridor remains open.",
}


@pytest.fixture(scope="module")
def odesa():
    glossary = Glossary.empty()
    return compare_versions(
        [Version(vid, f"{vid}.txt", text) for vid, text in ODESA.items()],
        base="wire",
        source_languages=dict.fromkeys(ODESA, "en"),
        engine=TranslationEngine(create_translator("fake"), glossary=glossary),
        glossary=glossary,
    )


def test_every_one_version_row_is_listed(odesa) -> None:
    # the two lists together hold every row one version alone has a cell in; "only in one
    # version" keeps what links to nothing, so it does not fill up with facts told elsewhere
    listed = {(u.version, u.index) for u in odesa.unique + odesa.possibly_unique}
    rows = {(c.cells[0].version, c.cells[0].sentences[0]) for c in odesa.claims if c.one_version}
    assert listed == rows
    damage = next(u for u in odesa.possibly_unique if u.text.startswith("The blast also damaged"))
    assert damage.related  # the agency's sentence tells it with the casualties
    assert odesa.unique and not any(u.related for u in odesa.unique)  # the insurers


@pytest.mark.parametrize(
    ("render", "compare"),
    [
        pytest.param(
            lambda c: " ".join(render_terminal(c, console=Console(width=240, no_color=True))
                               .split()),
            "(compare #{n}: may be told there in other words)",
            id="terminal",
        ),
        pytest.param(render_markdown, "(compare \\#{n}: may be told there in other words)",
                     id="markdown"),
        pytest.param(render_html, 'compare <a href="#claim-{n}">#{n}</a>: may be told',
                     id="html"),
    ],
)  # fmt: skip
def test_the_list_names_the_row_to_compare_in_every_format(odesa, render, compare) -> None:
    damage = next(u for u in odesa.possibly_unique if u.text.startswith("The blast also damaged"))
    text = render(odesa)
    section = text[text.index("perhaps told elsewhere in other words") :]
    assert "The blast also damaged a grain terminal" in section
    assert compare.format(n=damage.related[0] + 1) in section


def test_json_lists_it_with_its_related_rows(odesa) -> None:
    data = json.loads(render_json(odesa))
    damage = next(
        u for u in data["possibly_unique"] if u["text"].startswith("The blast also damaged")
    )
    assert damage["related"] and data["claims"][damage["related"][0]]["versions"]
    assert sum(c["unique"] for c in data["claims"]) == len(data["unique"])
    assert not any(u["related"] for u in data["unique"])
