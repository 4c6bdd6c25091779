"""load / load_versions: paths, stdin, directories, ids, size limit and every input error."""

from __future__ import annotations

import errno
import io
import json
import subprocess
from pathlib import Path

import pytest

from polyglot_news.errors import (
    EmptySourceError,
    InputError,
    SourceNotFoundError,
    SourceTooLargeError,
    SourceUnreadableError,
    UnsupportedFormatError,
)
from polyglot_news.records import InputFailure
from polyglot_news.sources import DEFAULT_MAX_BYTES, DuplicateInputWarning, load, load_versions
from polyglot_news.sources.files import directory_listing, read_path

EXAMPLES = Path(__file__).parents[2] / "examples" / "kursk-2025"
STORY = "North Korea confirms its troops fought in Kursk.\n\nKCNA reported it on Monday."


def test_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "wire_en.txt"
    path.write_text(STORY, encoding="utf-8")
    [version] = load(str(path))
    assert (version.id, version.path, version.format, version.encoding) == (
        "wire_en",
        str(path),
        "text",
        "utf-8",
    )
    assert version.text == STORY
    assert version.title is None  # the first line ends like a sentence, not a headline


def test_plain_text_headline_becomes_the_title(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("North Korea confirms troops fought in Kursk\n\n" + STORY)
    assert load(path)[0].title == "North Korea confirms troops fought in Kursk"


def test_stdin_dash_reads_the_given_stream() -> None:
    [version] = load(
        "-", stdin=io.BytesIO("Войска КНДР воевали в Курской области.".encode("cp1251"))
    )
    assert (version.id, version.path) == ("stdin", "-")
    assert version.text == "Войска КНДР воевали в Курской области."


def test_stdin_json_is_sniffed() -> None:
    data = json.dumps({"text": "Body.", "outlet": "TASS"}).encode()
    [version] = load("-", stdin=io.BytesIO(data))
    assert version.format == "json" and version.outlet == "TASS"


def test_stdin_over_the_limit_is_refused() -> None:
    with pytest.raises(SourceTooLargeError, match="<stdin>"):
        load("-", stdin=io.BytesIO(b"a" * 101), max_bytes=100)


def test_directory_loads_supported_files_sorted_and_reports_bad_ones(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second story text.")
    (tmp_path / "a.html").write_text("<html><body><p>First story text.</p></body></html>")
    (tmp_path / "c.json").write_text(json.dumps([{"text": "Rec one."}, {"text": "Rec two."}]))
    (tmp_path / "d.txt").write_bytes(b"")
    (tmp_path / "e.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "README.md").write_text("not a version")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "sub").mkdir()
    versions, failures = load_versions([tmp_path])
    assert [v.id for v in versions] == ["a", "b", "c#1", "c#2"]
    # a declared text file that cannot be read is an error; a PDF in the folder is skipped
    # with a note (named on its own it is an error: test_input_errors_are_one_line...)
    assert [(Path(f.path).name, f.kind) for f in failures] == [("d.txt", "empty")]
    skipped = dict((p.name, why) for p, why in directory_listing(tmp_path)[1])
    assert skipped["e.pdf"] == "not text: save an article in it as .txt to compare it"
    with pytest.raises(EmptySourceError):
        load(tmp_path)  # strict: the first bad file raises


def test_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(EmptySourceError, match="holds no files"):
        load(tmp_path)


def test_ids_are_unique_within_one_load(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    for folder in ("one", "two"):
        (tmp_path / folder / "story.txt").write_text(f"Text from {folder}.")
    (tmp_path / "one" / "story.html").write_text("<html><body><p>Page text.</p></body></html>")
    versions, failures = load_versions([tmp_path / "one", tmp_path / "two"])
    assert failures == []
    assert [v.id for v in versions] == ["story", "story-2", "story-3"]


@pytest.mark.parametrize(
    ("arguments", "message", "ids"),
    [
        pytest.param(
            ["story/wire.txt", "story/wire.txt"], "story/wire.txt was given twice", ["wire"],
            id="twice",
        ),
        pytest.param(
            ["story/wire.txt", "story"], "story/wire.txt was given again inside story",
            ["wire", "feed#1", "feed#2"], id="folder",
        ),
        pytest.param(
            ["story/feed.jsonl", "story/./feed.jsonl"], "was given twice", ["feed#1", "feed#2"],
            id="same-file-other-name",
        ),
    ],
)  # fmt: skip
def test_a_file_given_twice_is_compared_once_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, arguments, message: str, ids: list[str]
) -> None:
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / "wire.txt").write_text("The wire's text.")
    records = [{"text": "One record."}, {"text": "Another record."}]
    (tmp_path / "story" / "feed.jsonl").write_text("\n".join(map(json.dumps, records)))
    monkeypatch.chdir(tmp_path)
    with pytest.warns(DuplicateInputWarning, match=message):
        versions, failures = load_versions(arguments)
    assert failures == []
    assert [v.id for v in versions] == ids  # no "wire-2": the file is not compared with itself


def test_records_of_one_file_and_copies_are_no_duplicates(tmp_path: Path) -> None:
    # Two records of one JSON Lines file share a path; a copy of a file is another version
    # (an aggregator republishing the wire is a finding, not a mistake).
    records = [{"text": "One record."}, {"text": "Another record."}]
    (tmp_path / "feed.jsonl").write_text("\n".join(map(json.dumps, records)))
    (tmp_path / "wire.txt").write_text("The wire's text.")
    (tmp_path / "copy.txt").write_text("The wire's text.")
    versions, failures = load_versions([tmp_path])  # pytest turns any warning into an error
    assert failures == [] and [v.id for v in versions] == ["copy", "feed#1", "feed#2", "wire"]


def test_load_versions_keeps_going(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Fine text.")
    missing = tmp_path / "missing.txt"
    versions, failures = load_versions([missing, good, tmp_path / "x.docx"])
    assert [v.id for v in versions] == ["good"]
    assert failures == [
        InputFailure(str(missing), "not_found", f"{missing} does not exist; check the path"),
        InputFailure(str(tmp_path / "x.docx"), "unsupported_format", failures[1].message),
    ]


def _unreadable(exc: OSError):  # type: ignore[no-untyped-def]
    def fake_open(self: Path, *args: object, **kwargs: object) -> None:
        raise exc

    return fake_open


ERRORS = [
    ("not-found", lambda p: p / "nope.txt", None, SourceNotFoundError),
    ("not-a-dir", lambda p: p / "file.txt" / "x.txt", None, SourceNotFoundError),
    ("pdf", lambda p: p / "story.pdf", None, UnsupportedFormatError),
    ("png", lambda p: p / "photo.PNG", None, UnsupportedFormatError),
    (
        "permission",
        lambda p: p / "file.txt",
        PermissionError(errno.EACCES, "Permission denied"),
        SourceUnreadableError,
    ),
    (
        "io-error",
        lambda p: p / "file.txt",
        OSError(errno.EIO, "Input/output error"),
        SourceUnreadableError,
    ),
]


@pytest.mark.parametrize(
    ("make", "oserror", "error"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS]
)
def test_input_errors_are_one_line_and_name_the_path(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make,
    oserror,
    error,  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / "file.txt").write_text("text")
    (tmp_path / "story.pdf").write_bytes(b"%PDF-1.4")
    path = make(tmp_path)
    if oserror is not None:
        monkeypatch.setattr(Path, "open", _unreadable(oserror))
    with pytest.raises(error) as info:
        load(path)
    message = str(info.value)
    assert str(path) in message and "\n" not in message
    assert isinstance(info.value, InputError) and info.value.source == str(path)
    if error is UnsupportedFormatError:
        assert ".txt" in message and ".jsonl" in message  # names the supported formats


def test_a_directory_where_a_file_is_needed(tmp_path: Path) -> None:
    with pytest.raises(SourceUnreadableError, match="is a directory"):
        read_path(tmp_path)


def test_huge_file_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    subprocess.run(["truncate", "-s", "50M", str(path)], check=True)  # sparse: no disk used
    monkeypatch.setattr(Path, "open", _unreadable(AssertionError("must not open")))  # type: ignore[arg-type]
    with pytest.raises(SourceTooLargeError) as info:
        load(path)
    message = str(info.value)
    assert "50.0 MiB, over the 20 MiB limit" in message and str(path) in message
    assert "max_bytes" in message and "\n" not in message
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


def test_max_bytes_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_text("x" * 50)
    with pytest.raises(SourceTooLargeError):
        load(path, max_bytes=10)
    assert load(path, max_bytes=50)[0].text == "x" * 50


def test_the_example_story_loads_cleanly() -> None:
    versions, failures = load_versions([EXAMPLES])
    assert failures == []
    assert len(versions) >= 7
    assert len({v.id for v in versions}) == len(versions)
    assert all(v.text.strip() for v in versions)


@pytest.mark.parametrize("fmt", ["html", "json", "txt"])
def test_a_report_saved_beside_the_story_is_not_read_as_a_version(tmp_path: Path, fmt: str) -> None:
    # Before: `compare story/ -o story/report.html`, run again, compared the old report as
    # one more version ("report", similarity 0.73), or refused to replace it.
    from _sample import sample_comparison

    from polyglot_news.report import render_html, render_json, render_terminal
    from polyglot_news.sources import ReportInputWarning

    render = {"html": render_html, "json": render_json}.get(fmt)
    text = render(sample_comparison()) if render else render_terminal(sample_comparison())
    (tmp_path / f"report.{fmt}").write_text(text, encoding="utf-8")
    (tmp_path / "wire.txt").write_text(STORY)
    with pytest.warns(ReportInputWarning, match=f"report.{fmt} is a polyglot_news report"):
        versions, failures = load_versions([tmp_path])
    assert failures == [] and [v.id for v in versions] == ["wire"]


@pytest.mark.parametrize(
    "text",
    [
        "3 versions of the budget were compared in parliament on Monday.",
        '{"title": "schema_version", "text": "Polyglot_news is a tool."}',
        "<html><body><p>The generator polyglot_news 1.0 was released.</p></body></html>",
    ],
)
def test_articles_that_look_a_little_like_reports_still_load(tmp_path: Path, text: str) -> None:
    (tmp_path / "story.txt").write_text(text)
    versions, failures = load_versions([tmp_path / "story.txt"])
    assert failures == [] and len(versions) == 1
