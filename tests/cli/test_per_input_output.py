"""detect, translate and glossary match name each version alike and print one JSON shape.

Before, ``glossary match feed.jsonl`` printed ``feed.jsonl [en]`` once per record and
``translate`` printed ``== feed.jsonl (ru -> en)``, so records could not be told apart; and
``glossary match --json`` printed ``{"results", "failures"}`` where detect and translate print
a list. Now all three name a record ``feed.jsonl#N`` (as detect did) and print a list, one
object per input in input order, failures as ``{"path", "error": {"kind", "message"}}``.
The records are written for these tests.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

CliResult = tuple[int, str, str]

RECORDS = [
    {"language": "en", "text": "North Korea fired a missile toward Japan on Wednesday."},
    {"language": "ru", "text": "КНДР в среду запустила ракету в сторону Японии."},
]

COMMANDS = {
    # command, the start of its text line for record N (formatted with the shown path)
    "detect": (("detect",), "{path}  "),
    "translate": (("translate", "--translator", "fake", "--no-cache"), "== {path} ("),
    "glossary match": (("glossary", "match"), "{path} ["),
}


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n")
    return path


@pytest.mark.parametrize("command", list(COMMANDS))
def test_text_output_names_each_record(
    cli: Callable[..., CliResult], feed: Path, command: str
) -> None:
    args, line = COMMANDS[command]
    code, out, err = cli(*args, feed)
    assert code == 0, err
    for number in (1, 2):
        start = line.format(path=f"{feed}#{number}")
        assert sum(1 for ln in out.splitlines() if ln.startswith(start)) == 1, out


@pytest.mark.parametrize("command", list(COMMANDS))
def test_json_is_one_list_in_input_order(
    cli: Callable[..., CliResult], feed: Path, tmp_path: Path, command: str
) -> None:
    args, _ = COMMANDS[command]
    missing = tmp_path / "missing.txt"
    code, out, err = cli(*args, feed, missing, "--json")
    assert code == 1  # an input failed
    data = json.loads(out)
    assert isinstance(data, list)
    assert [item["path"] for item in data] == [f"{feed}#1", f"{feed}#2", str(missing)]
    assert [item.get("id") for item in data[:2]] == ["feed#1", "feed#2"]
    assert [item["language"] for item in data[:2]] == ["en", "ru"]
    assert data[2] == {
        "path": str(missing),
        "error": {"kind": "not_found", "message": data[2]["error"]["message"]},
    }
    assert f"{missing} does not exist" in err
