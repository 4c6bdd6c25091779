"""write_report: atomic, and never over an input or into a directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from polyglot_news.errors import OutputError
from polyglot_news.report import write_report


def test_writes_utf8_text_and_leaves_no_temp_file(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    write_report("Курская область | 12,000\n", out, inputs=[tmp_path / "a.txt"])
    assert out.read_text(encoding="utf-8") == "Курская область | 12,000\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_replaces_an_existing_report_with_the_usual_mode(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    out.write_text("old", encoding="utf-8")
    write_report("new", out, inputs=[])
    assert out.read_text(encoding="utf-8") == "new"
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_creates_missing_parent_folders(tmp_path: Path) -> None:
    out = tmp_path / "reports" / "2025" / "kursk.json"
    write_report("{}", out, inputs=[])
    assert out.read_text(encoding="utf-8") == "{}"


def _same_path(tmp: Path) -> tuple[Path, list[Path]]:
    src = tmp / "tass.txt"
    return src, [src]


def _relative_spelling(tmp: Path) -> tuple[Path, list[Path]]:
    (tmp / "sub").mkdir()
    src = tmp / "tass.txt"
    return tmp / "sub" / ".." / "tass.txt", [src]


def _symlink_to_input(tmp: Path) -> tuple[Path, list[Path]]:
    src = tmp / "tass.txt"
    link = tmp / "out.txt"
    link.symlink_to(src)
    return link, [src]


def _hard_link_to_input(tmp: Path) -> tuple[Path, list[Path]]:
    src = tmp / "tass.txt"
    link = tmp / "out.txt"
    os.link(src, link)
    return link, [src]


def _file_in_input_folder(tmp: Path) -> tuple[Path, list[Path]]:
    return tmp / "tass.txt", [tmp]


@pytest.mark.parametrize(
    "case",
    [_same_path, _relative_spelling, _symlink_to_input, _hard_link_to_input, _file_in_input_folder],
    ids=["same-path", "relative-spelling", "symlink", "hard-link", "file-in-input-folder"],
)
def test_refuses_to_overwrite_an_input(tmp_path: Path, case) -> None:
    (tmp_path / "tass.txt").write_text("original article", encoding="utf-8")
    out, inputs = case(tmp_path)
    with pytest.raises(OutputError, match="refusing to overwrite"):
        write_report("report", out, inputs=inputs)
    assert (tmp_path / "tass.txt").read_text(encoding="utf-8") == "original article"


def test_refuses_a_directory(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a directory") as info:
        write_report("report", tmp_path, inputs=[])
    assert "\n" not in str(info.value)


def test_unwritable_place_is_an_output_error_and_keeps_the_old_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write there"):
        write_report("report", blocker / "report.md", inputs=[])
    assert blocker.read_text(encoding="utf-8") == "x"
