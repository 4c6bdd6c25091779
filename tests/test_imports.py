"""`import polyglot_news` and `polyglot-news --help` stay instant: no heavy imports."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = (
    "torch",
    "stanza",
    "spacy",
    "ctranslate2",
    "argostranslate",
    "sentencepiece",
    "trafilatura",
)

PROBES = {
    "import": "import polyglot_news",
    "help": (
        "from polyglot_news.cli import app\n"
        "from typer.testing import CliRunner\n"
        "result = CliRunner().invoke(app, ['--help'])\n"
        "assert result.exit_code == 0, result.output\n"
        "for command in ('detect', 'translate', 'compare', 'models', 'glossary'):\n"
        "    assert CliRunner().invoke(app, [command, '--help']).exit_code == 0, command\n"
    ),
}


@pytest.mark.parametrize("probe", sorted(PROBES), ids=sorted(PROBES))
def test_no_heavy_imports(probe: str) -> None:
    code = PROBES[probe] + "\nimport sys\nprint(','.join(sorted(m for m in sys.modules)))\n"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = set(out.strip().split(","))
    assert not [m for m in HEAVY if m in loaded]
