"""The terminal report: colour on a TTY, plain markers otherwise, article text inert."""

from __future__ import annotations

import io
import re

import pytest

from polyglot_news.comparison.model import Comparison
from polyglot_news.report.terminal import print_terminal, progress_bar, render_terminal

ESC = "\x1b"


class FakeTTY(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def _no_color_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "120")


@pytest.mark.parametrize(
    "expected",
    [
        pytest.param("reuters-en", id="base-id"),
        pytest.param("ko→en", id="route"),
        pytest.param("0.71", id="similarity"),
        pytest.param("[-11,000-] {+12,000+}", id="word-diff"),
        pytest.param("[number] [attribution]", id="labels"),
        pytest.param("↕ move #3→#1", id="move"),
        pytest.param("+ insert #4", id="insert"),
        pytest.param("- delete #4", id="delete"),
        pytest.param("yonhap-ko #2 (claim 2): The NIS briefed", id="unique"),
        pytest.param("feeds/broken.jsonl (record)", id="failed-input"),
        pytest.param("models install uk en", id="failed-version"),
        pytest.param(
            "Claims: 7 (1 in every version, 2 only in one, 4 worded differently)", id="claims"
        ),
        pytest.param(
            "tass-ru #3 reworded 0.71 [number] [attribution]: [-Ukraine's military said-] "
            "{+Ukrainian officials claimed that+}",
            id="claim-diff",
        ),
        pytest.param("R reference  = same  ~ reworded  p partial  · absent", id="claims-legend"),
    ],
)
def test_plain_report_shows(comparison: Comparison, expected: str) -> None:
    text = render_terminal(comparison, color=False)
    assert ESC not in text
    assert expected in text


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(r"1 +R +=  +~ +North Korean troops fought", id="in-every-version"),
        pytest.param(r"2 +· +· +R +The NIS briefed", id="only-in-one"),
        pytest.param(r"4 +R +~ +· +num attr +Ukraine's military said", id="labelled"),
        pytest.param(r"# +1 +2 +3 +labels", id="numbered-columns"),
        pytest.param(r"columns: 1 reuters-en \(base\)  2 tass-ru  3 yonhap-ko", id="column-key"),
    ],
)
def test_claims_grid_marks_each_version(comparison: Comparison, row: str) -> None:
    text = render_terminal(comparison, color=False)
    assert re.search(rf"^{row}", text, re.MULTILINE), text


def test_colour_report_uses_styles_not_markers(comparison: Comparison) -> None:
    text = render_terminal(comparison, color=True)
    assert ESC in text
    assert "\x1b[9;31m11,000" in text  # struck-through red
    assert "\x1b[32m12,000" in text  # green
    assert "{+" not in text


@pytest.mark.parametrize(
    ("stream", "no_color", "ansi"),
    [
        pytest.param(io.StringIO, False, False, id="not-a-tty"),
        pytest.param(FakeTTY, False, True, id="tty"),
        pytest.param(FakeTTY, True, False, id="tty-with-NO_COLOR"),
    ],
)
def test_print_terminal_colours_only_a_tty_without_no_color(
    comparison: Comparison, monkeypatch: pytest.MonkeyPatch, stream, no_color: bool, ansi: bool
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    out = stream()
    print_terminal(comparison, file=out)
    assert (ESC in out.getvalue()) is ansi
    assert "tass-ru against reuters-en" in out.getvalue()


def test_render_defaults_to_plain_when_stdout_is_not_a_tty(comparison: Comparison) -> None:
    assert ESC not in render_terminal(comparison)


@pytest.mark.parametrize("color", [False, True], ids=["plain", "colour"])
def test_hostile_text_cannot_drive_the_terminal(hostile: Comparison, color: bool) -> None:
    text = render_terminal(hostile, color=color)
    assert "\x1b[2J" not in text and "\x1b]0;" not in text and "\x07" not in text
    assert "[bold red]x[/]" in text  # printed literally, not taken as rich markup


def test_given_console_sets_width(comparison: Comparison) -> None:
    from rich.console import Console

    console = Console(file=io.StringIO(), width=70, force_terminal=False)
    text = render_terminal(comparison, console=console)
    assert max(len(line) for line in text.splitlines()) <= 70
    assert console.file.getvalue() == ""  # rendered, not printed


def test_progress_bar_is_silent_off_a_tty() -> None:
    out = io.StringIO()
    with progress_bar(3, "translating", file=out) as bar:
        bar.advance()
        bar.advance(2)
    assert bar.completed == 3
    assert out.getvalue() == ""


def test_progress_bar_draws_on_a_tty() -> None:
    out = FakeTTY()
    with progress_bar(4, "translating", file=out) as bar:
        bar(2, 4)
        bar.advance(2)
    assert bar.completed == 4
    assert "translating" in out.getvalue()


@pytest.mark.parametrize("width", [40, 60, 120])
def test_column_key_wraps_between_entries_only(comparison: Comparison, width: int) -> None:
    # Before: the key was one string that rich wrapped anywhere, e.g. "... 7" / "wire_en".
    from rich.console import Console

    from polyglot_news.report._view import claim_columns

    console = Console(file=io.StringIO(), width=width, force_terminal=False)
    lines = render_terminal(comparison, console=console).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("columns: 1 "))
    key = []
    for line in lines[start:]:
        if not re.match(r"(columns: )?\d+ \S", line):
            break
        key.extend(re.findall(r"(\d+) (\S+)", line.removeprefix("columns: ")))
        assert len(line) <= width
    assert key == [(str(k), vid) for k, vid in enumerate(claim_columns(comparison), 1)]


def test_claims_grid_keeps_its_columns_when_no_claim_has_labels(comparison: Comparison) -> None:
    # The labels column is as wide as its header even when empty; before, rich squeezed the
    # row numbers and the version columns to nothing to make room for it.
    from dataclasses import replace

    bare = replace(comparison, claims=tuple(replace(c, labels=()) for c in comparison.claims))
    text = render_terminal(bare, color=False)
    assert re.search(r"^# +1 +2 +3 +labels +claim", text, re.MULTILINE), text
    assert re.search(r"^2 +· +· +R +The NIS briefed", text, re.MULTILINE), text
