"""What a folder of versions holds besides versions is skipped with a note naming each file.

Before, a ``junk.bin`` in an input folder was an error (exit 1) while a ``.tsv`` was skipped
with a note, and docs/getting-started.md promised that other file types are skipped (a new
user's trial). A declared text file that cannot be read stays an error, and a PDF named on
its own is still refused.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

CliResult = tuple[int, str, str]
NOT_TEXT = "not text: save an article in it as .txt to compare it"
UNKNOWN = "not a known article format: rename it .txt if it is one"

CASES = [
    # (file put beside two good versions, its bytes, the reason noted, or None: an error)
    pytest.param("junk.bin", b"\x00\x01\x02binary", NOT_TEXT, id="bin"),
    pytest.param("story.pdf", b"%PDF-1.7\n", NOT_TEXT, id="pdf"),
    pytest.param("photo.jpg", b"\xff\xd8\xff\xe0", NOT_TEXT, id="jpg"),
    pytest.param("names.tsv", b"a\tb\n", UNKNOWN, id="tsv"),
    pytest.param("notes", b"my notes", UNKNOWN, id="no-suffix"),
    pytest.param("binary.txt", b"\x00\x01\x02\x03\x04\x05", None, id="binary-txt-is-an-error"),
    pytest.param("empty.txt", b"", None, id="empty-txt-is-an-error"),
]


@pytest.mark.parametrize(("name", "data", "reason"), CASES)
def test_a_folders_other_files(
    cli: Callable[..., CliResult], tmp_path: Path, name: str, data: bytes, reason: str | None
) -> None:
    (tmp_path / "wire_en.txt").write_text("A ferry sank off Bali on Monday, officials said.\n")
    (tmp_path / "agency_en.txt").write_text("Twelve people died when a ferry sank off Bali.\n")
    (tmp_path / name).write_bytes(data)
    code, out, err = cli("detect", tmp_path)
    listed = [line.split()[0] for line in out.splitlines()]
    assert listed == [str(tmp_path / "agency_en.txt"), str(tmp_path / "wire_en.txt")]
    if reason is None:
        assert code == 1 and f"error: {tmp_path / name}" in err
    else:
        assert code == 0, err
        assert f"note: {tmp_path}: skipped {name} ({reason})" in err


def test_a_pdf_named_on_its_own_is_still_refused(
    cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    (tmp_path / "story.pdf").write_bytes(b"%PDF-1.7\n")
    code, _, err = cli("detect", tmp_path / "story.pdf")
    assert code == 1 and ".pdf files are not supported" in err
