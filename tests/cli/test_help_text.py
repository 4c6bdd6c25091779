"""Every command's --help names its arguments by metavar, with help, never by Python type.

typer writes an argument as ``PATH <list[str]>`` and ``{PATH}...`` unless told otherwise
(polyglot_news/cli/_help.py); options show a metavar (``--to CODE``). Read from each command's
real --help output.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from polyglot_news.cli import app

# a Python type in angle brackets: <str>, <list[str]>, <Path>, <int>... (choices such as
# <text|json|html|md> are the values a user types and stay)
PYTHON_TYPE = re.compile(r"<(?:list\[\w+\]|str|int|float|bool|Path|PosixPath)>")


def _commands(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    if getattr(command, "commands", None):
        for name, sub in command.commands.items():
            yield from _commands(sub, (*path, name))
    else:
        yield path, command


COMMANDS = dict(_commands(typer.main.get_command(app)))


def _help(path: tuple[str, ...]) -> str:
    result = CliRunner().invoke(app, [*path, "--help"], terminal_width=80)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("path", sorted(COMMANDS), ids=" ".join)
def test_help_shows_no_python_type_and_plain_usage(path: tuple[str, ...]) -> None:
    text = _help(path)
    assert not PYTHON_TYPE.search(text), text
    usage = text.splitlines()[0]
    assert "{" not in usage and "}" not in usage, usage


def _choice(param: Any) -> bool:
    """A choice shows its values (<text|json|html|md>), a metavar of its own."""
    descriptor = getattr(param, "type_descriptor", None)
    return bool(descriptor is not None and descriptor.is_choice)


@pytest.mark.parametrize("path", sorted(COMMANDS), ids=" ".join)
def test_every_argument_and_option_has_a_metavar_and_one_line_help(path: tuple[str, ...]) -> None:
    command = COMMANDS[path]
    text = _help(path)
    for param in command.params:
        help_text = (getattr(param, "help", None) or "").strip()
        assert help_text, f"{' '.join(path)}: {param.name} has no help"
        if param.param_type_name == "argument":
            assert param.metavar and param.metavar.isupper(), param.name
            shown = param.metavar + ("..." if param.nargs != 1 else "")
            assert re.search(rf"^  {re.escape(shown)}\s+\S", text, re.M), (shown, text)
            assert shown in text.splitlines()[0]
        elif not getattr(param, "is_flag", False) and not _choice(param):
            assert param.metavar, f"{' '.join(path)}: {param.opts[0]} shows no metavar"


def test_required_and_optional_arguments_in_the_usage_line() -> None:
    assert _help(("compare",)).splitlines()[0].endswith("compare [OPTIONS] PATH...")
    assert _help(("models", "install")).splitlines()[0].endswith("[OPTIONS] [FROM] [TO]")
    assert _help(("models", "remove")).splitlines()[0].endswith("[OPTIONS] FROM TO")
