"""JSON and JSON Lines records: field mapping, HTML in fields, broken lines and records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from polyglot_news.errors import RecordError
from polyglot_news.sources import load, load_versions


def _write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"text": "Body one."}, {"text": "Body one."}),
        (
            {"body": "Body two.", "source": "TASS", "published": "2025-04-28"},
            {"text": "Body two.", "outlet": "TASS", "date": "2025-04-28"},
        ),
        (
            {"content": "Body three.", "publisher": "Yonhap", "headline": "H", "lang": "ko"},
            {"text": "Body three.", "outlet": "Yonhap", "title": "H", "language": "ko"},
        ),
        (
            {
                "article": "Body four.",
                "outlet": "KCNA",
                "url": "http://kcna.example/1",
                "title": "T",
                "date": "2025-04-28",
                "language": "en",
            },
            {
                "text": "Body four.",
                "outlet": "KCNA",
                "url": "http://kcna.example/1",
                "title": "T",
                "date": "2025-04-28",
                "language": "en",
            },
        ),
        ({"text": ["Para one.", "Para two."]}, {"text": "Para one.\n\nPara two."}),
    ],
    ids=[
        "text",
        "body-source-published",
        "content-publisher-headline-lang",
        "article-all",
        "list-of-paragraphs",
    ],
)
def test_json_object_fields(
    tmp_path: Path, record: dict[str, object], expected: dict[str, str]
) -> None:
    path = tmp_path / "kcna.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    [version] = load(path)
    assert version.id == "kcna" and version.format == "json"
    for field, value in expected.items():
        assert getattr(version, field) == value


def test_extra_fields_go_to_metadata(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": "Body.", "author": "Kim", "tags": ["war"]}))
    [version] = load(path)
    decoded = version.metadata.pop("encoding")  # the loader's: how the file was decoded
    assert version.metadata == {"author": "Kim", "tags": ["war"]}
    assert decoded == {"name": "utf-8", "how": "utf-8", "confidence": None}


def test_html_in_a_field_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    html = "<p>First <b>para</b>.</p><script>var x = 'SCRIPT-LEAK';</script><p>Second.</p>"
    path.write_text(json.dumps({"text": html}))
    [version] = load(path)
    assert version.text == "First para.\n\nSecond."


def test_json_list_gives_one_version_per_record(tmp_path: Path) -> None:
    path = tmp_path / "wire.json"
    path.write_text(json.dumps([{"text": "One."}, {"text": "Two."}]))
    versions = load(path)
    assert [v.id for v in versions] == ["wire#1", "wire#2"]


def test_json_list_record_without_text_names_its_index(tmp_path: Path) -> None:
    path = tmp_path / "wire.json"
    path.write_text(json.dumps([{"text": "One."}, {"title": "no body"}, 3]))
    versions, failures = load_versions([path])
    assert [v.id for v in versions] == ["wire#1"]
    [failure] = failures  # one line for the file, not one a record
    assert failure.path == str(path) and failure.kind == "record"
    assert failure.message == (
        f"{path}: records #2, #3 of 3 skipped (#2 has no text); fix or remove them"
    )


def test_json_list_of_no_records_is_one_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "numbers.json"
    path.write_text(json.dumps([7, {"title": "no body"}, "eight", None]))
    versions, failures = load_versions([path])
    assert versions == []
    [failure] = failures
    assert failure.path == str(path) and "\n" not in failure.message
    assert failure.message == (
        f"{path}: none of its 4 records is an object with text (record 1 is a JSON int, "
        'not an object); give a JSON list of objects like {"text": "..."}'
    )
    with pytest.raises(RecordError, match="none of its 4 records"):
        load(path)
    # a list of one bad record keeps that record's own error
    one = tmp_path / "one.json"
    one.write_text(json.dumps([7]))
    with pytest.raises(RecordError, match=r"one.json\[0\] is a JSON int"):
        load(one)


def test_a_list_of_records_wrapped_in_an_object_is_read(tmp_path: Path) -> None:
    # as news APIs answer: NewsAPI's {"status", "totalResults", "articles": [...]}
    path = tmp_path / "api.json"
    articles = [{"title": "A", "content": "One."}, {"title": "B"}, {"content": "Three."}]
    path.write_text(json.dumps({"status": "ok", "totalResults": 3, "articles": articles}))
    versions, failures = load_versions([path])
    assert [(v.id, v.text, v.title) for v in versions] == [
        ("api#1", "One.", "A"),
        ("api#3", "Three.", None),
    ]
    assert [f.path for f in failures] == [f"{path}['articles']"]
    assert "record #2 of 3 skipped (#2 has no text)" in failures[0].message
    # two lists of records, or none with text: not guessed, the object is one record
    two = tmp_path / "two.json"
    two.write_text(json.dumps({"a": [{"text": "One."}], "b": [{"text": "Two."}]}))
    with pytest.raises(RecordError, match=r"two.json has no text; give it one of the fields"):
        load(two)


def test_jsonl_keeps_good_lines_and_names_broken_ones(tmp_path: Path) -> None:
    path = _write_jsonl(
        tmp_path / "feed.jsonl",
        [
            json.dumps({"text": "Good one.", "outlet": "Reuters"}),
            '{"text": "broken',
            "",
            json.dumps({"title": "no text"}),
            json.dumps({"text": "Good two."}),
        ],
    )
    versions, failures = load_versions([path])
    assert [(v.id, v.text) for v in versions] == [("feed#1", "Good one."), ("feed#5", "Good two.")]
    assert [(f.path, f.kind) for f in failures] == [
        (f"{path}:2", "record"),
        (f"{path}:4", "record"),
    ]
    assert all(f.message.startswith(f.path) and "\n" not in f.message for f in failures)


def test_load_raises_on_the_first_broken_record(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "feed.ndjson", [json.dumps({"text": "ok"}), "not json"])
    with pytest.raises(RecordError, match=r"feed\.ndjson:2 is not valid JSON"):
        load(path)


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("bad.json", "{not json", "is not valid JSON"),
        ("empty-list.json", "[]", "empty JSON list"),
        ("notext.json", '{"text": "   "}', "has no text"),
        ("markup-only.json", '{"text": "<p></p><script>x()</script>"}', "has no text"),
        ("newline.json", '{"text": "abc\n', "(Invalid control character at line 1 column 14)"),
    ],
    ids=["invalid", "empty-list", "whitespace-text", "markup-only", "control-character"],
)
def test_bad_json_files(tmp_path: Path, name: str, content: str, needle: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(RecordError) as info:
        load(path)
    assert needle in str(info.value) and str(path) in str(info.value)
    assert "\n" not in str(info.value)


def _feed(numbers: int, broken: dict[int, str]) -> list[str]:
    """JSON Lines of ``numbers`` stories, the lines of ``broken`` (1-based) replaced."""
    good = (json.dumps({"text": f"Story {n} on the floods in the north."}) for n in range(numbers))
    return [broken.get(n, line) for n, line in enumerate(good, 1)]


def test_jsonl_lines_that_are_not_json_are_said_once(tmp_path: Path) -> None:
    broken = {4: '{"text": "cut short', 17: "not json at all", 90: "{'text': 'single quotes'}"}
    path = _write_jsonl(tmp_path / "feed.jsonl", _feed(120, broken))
    versions, failures = load_versions([path])
    assert len(versions) == 117 and "feed#4" not in {v.id for v in versions}
    [failure] = failures
    assert (failure.path, failure.kind) == (str(path), "record")
    assert failure.message == (
        f"{path}: 3 of 120 lines are not JSON: 4, 17, 90; fix or remove them"
        " (line 4: Unterminated string starting at column 10)"
    )


def test_jsonl_summary_counts_lines_not_blanks_and_keeps_records_without_text(
    tmp_path: Path,
) -> None:
    lines = ["{oops", "", json.dumps({"title": "no text"}), "[1,", *_feed(2, {})]
    path = _write_jsonl(tmp_path / "feed.jsonl", lines)
    versions, failures = load_versions([path])
    assert [v.id for v in versions] == ["feed#5", "feed#6"]
    # the record without text is a record's fault, named by its line as before
    assert [f.path for f in failures] == [f"{path}:3", str(path)]
    assert failures[1].message.startswith(f"{path}: 2 of 5 lines are not JSON: 1, 4; fix")


def test_jsonl_summary_lists_twenty_lines_then_dots(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "feed.jsonl", _feed(40, {n: "x" for n in range(2, 40)}))
    [failure] = load_versions([path])[1]
    numbers = ", ".join(str(n) for n in range(2, 22))
    assert f": 38 of 40 lines are not JSON: {numbers}, ...; fix or remove them" in failure.message


def test_a_file_of_lines_none_of_them_json_is_one_error(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "notes.jsonl", ["first note", "second note", "third"])
    with pytest.raises(RecordError) as caught:
        load(path)
    assert caught.value.message == (
        f"{path} is not JSON Lines: none of its 3 lines is JSON (line 1: Expecting value at"
        " column 1); give one JSON object per line"
    )
