"""An output that is an input is refused in words that say which input it is.

Before, ``compare s1 -o s1/wire_en.txt`` said "is the input s1" of a file inside folder s1
(a new user's trial).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from polyglot_news.errors import OutputError
from polyglot_news.report import check_output


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("s1", "is one of the inputs (in folder {s1}); refusing to overwrite it"),
        ("s1/wire_en.txt", "is an input; refusing to overwrite it"),
    ],
    ids=["file-in-an-input-folder", "a-named-input"],
)
def test_the_refusal_says_which_input(tmp_path: Path, given: str, said: str) -> None:
    (tmp_path / "s1").mkdir()
    out = tmp_path / "s1" / "wire_en.txt"
    out.write_text("Russian drones hit Kyiv overnight.\n", encoding="utf-8")
    with pytest.raises(OutputError) as info:
        check_output(out, inputs=[tmp_path / given])
    message = str(info.value)
    assert message == f"{out}: {said.format(s1=tmp_path / 's1')}, choose another --output"
    assert out.read_text(encoding="utf-8") == "Russian drones hit Kyiv overnight.\n"
