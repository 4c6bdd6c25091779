"""``--from [NAME=]CODE`` read once (polyglot_news.langid.given) for every command."""

from __future__ import annotations

import pickle

import pytest

from polyglot_news import GivenLanguages, UnsupportedLanguageError, Version
from polyglot_news.langid.given import could_name

VERSIONS = [
    Version(id="tass", path="story/tass.txt", text="..."),
    Version(id="feed#3", path="story/feed.jsonl", text="..."),
    Version(id="feed#4", path="story/feed.jsonl", text="..."),
]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["ru"], {"tass": "ru", "feed#3": "ru", "feed#4": "ru"}),
        (["tass.txt=uk"], {"tass": "uk"}),
        (["ru", "feed#3=Korean"], {"tass": "ru", "feed#3": "ko", "feed#4": "ru"}),
        (["story/feed.jsonl=zh-Hant"], {"feed#3": "zh-tw", "feed#4": "zh-tw"}),
        (["tass=pt-BR", "tass=en"], {"tass": "en"}),  # a later value for one version wins
    ],
    ids=["every", "file-name", "every-but-one", "path-of-a-file-of-records", "later-wins"],
)
def test_given_languages_resolve_against_loaded_versions(
    values: list[str], expected: dict[str, str]
) -> None:
    given = GivenLanguages.parse(values)
    assert given.for_versions(VERSIONS) == expected
    assert given.unmatched(VERSIONS) == []
    assert pickle.loads(pickle.dumps(given)) == given


def test_unknown_names_and_codes() -> None:
    assert GivenLanguages.parse(["ap.txt=en", "tass=ru"]).unmatched(VERSIONS) == ["ap.txt"]
    assert not GivenLanguages.parse([])
    with pytest.raises(UnsupportedLanguageError, match=r"^'xx' is no language code; give"):
        GivenLanguages.parse(["tass=xx"])


@pytest.mark.parametrize(
    ("name", "path", "line", "expected"),
    [
        ("tass.txt", "c/s1/tass.txt", None, True),
        ("tass", "c/s1/tass.txt", None, True),
        ("tass-2", "c/s1/tass.txt", None, True),  # the id of a second "tass" in one story
        ("tass#2", "c/s1/tass.json", None, True),  # the second record of a JSON file
        ("c/s1/tass.txt", "c/s1/tass.txt", None, True),
        ("tas", "c/s1/tass.txt", None, False),
        ("feed#12", "c/feed.jsonl", 12, True),
        ("feed#12", "c/feed.jsonl", 13, False),
        ("feed.jsonl", "c/feed.jsonl", 13, True),
    ],
)
def test_could_name_a_file_before_it_is_loaded(
    name: str, path: str, line: int | None, expected: bool
) -> None:
    assert could_name(name, path, line) is expected
