"""Write one benchmark's section of docs/benchmarks.md, keeping every other section as it is."""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"


def replace_section(heading: str, section: str, path: Path = DOCS) -> None:
    """Replace the section that starts with ``heading`` (e.g. "## Claims") or append it.

    ``section`` is the whole new section, heading line included; it runs up to the next "## ".
    """
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    start = text.find(f"{heading}\n")
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + (text[end + 1 :] if end != -1 else "")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
