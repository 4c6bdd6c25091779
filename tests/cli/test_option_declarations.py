"""An option several commands take is declared once (polyglot_news/cli/options.py).

Read from the click command tree behind the typer app: every flag that two commands share has
the same names, help, default, metavar, multiplicity and check in both, so ``--to`` or
``--encoding`` cannot drift apart in one command; every shared alias is taken by at least two
commands; ``compare`` and ``batch`` take the comparison's options as one ComparisonOptions.
"""

from __future__ import annotations

import inspect
from collections import defaultdict
from collections.abc import Iterator
from typing import Annotated, Any, get_args, get_origin

import pytest
import typer

from polyglot_news.cli import app, options


def _commands(group: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    # typer >= 0.20 builds on its own copy of click: look for sub-commands, not click's class
    if getattr(group, "commands", None):
        for name, sub in group.commands.items():
            yield from _commands(sub, f"{prefix} {name}".strip())
    else:
        yield prefix, group


def _declaration(param: Any) -> tuple[Any, ...]:
    return (
        tuple(param.opts),
        tuple(param.secondary_opts),
        getattr(param, "help", None),
        param.default,
        param.metavar,
        param.multiple,
        getattr(param, "is_flag", None),
        param.callback is not None,
    )


COMMANDS = dict(_commands(typer.main.get_command(app)))
BY_FLAG: dict[str, dict[str, tuple[Any, ...]]] = defaultdict(dict)
for _name, _command in COMMANDS.items():
    for _param in _command.params:
        BY_FLAG[_param.opts[0]][_name] = _declaration(_param)
SHARED = sorted(flag for flag, seen in BY_FLAG.items() if len(seen) > 1)


@pytest.mark.parametrize("flag", SHARED)
def test_a_shared_option_is_declared_the_same_in_every_command(flag: str) -> None:
    seen = BY_FLAG[flag]
    groups: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for command, declaration in seen.items():
        groups[declaration].append(command)
    # glossary match's --from also answers to --language/-l: another declaration, on purpose
    if flag == "--from":
        groups.pop(_declaration(_param_of("glossary match", "--from")), None)
    assert len(groups) == 1, dict(groups)


def _param_of(command: str, flag: str) -> Any:
    return next(p for p in COMMANDS[command].params if p.opts[0] == flag)


ALIASES = [n for n in options.__all__ if get_origin(getattr(options, n)) is Annotated]


@pytest.mark.parametrize("alias", [a for a in ALIASES if a != "Inputs"])
def test_each_option_alias_is_taken_by_two_commands_or_more(alias: str) -> None:
    info = get_args(getattr(options, alias))[1]
    # typer reads Option("--to") in Annotated as a flag; it may have moved it already
    flags = {d for d in (info.default, *(info.param_decls or ())) if str(d).startswith("-")}
    users = [name for name, cmd in COMMANDS.items() if any(flags & set(p.opts) for p in cmd.params)]
    assert len(users) >= 2, (alias, users)


def test_comparison_options_stand_in_for_one_parameter() -> None:
    seen = []

    @options.comparison_options
    def command(paths: options.Inputs, *, shared: options.ComparisonOptions, last: int = 0):
        seen.append((paths, shared, last))

    names = list(inspect.signature(command).parameters)
    fields = list(options.ComparisonOptions.__dataclass_fields__)
    assert names == ["paths", *fields, "last"]
    values = {name: f"value of {name}" for name in fields}
    command(paths=["a.txt"], last=1, **values)
    assert seen == [(["a.txt"], options.ComparisonOptions(**values), 1)]


def test_compare_and_batch_take_every_comparison_option() -> None:
    flags = {p.opts[0] for p in COMMANDS["compare"].params} & {
        p.opts[0] for p in COMMANDS["batch"].params
    }
    wanted = {
        f"--{name.replace('_', '-')}" for name in options.ComparisonOptions.__dataclass_fields__
    }
    assert wanted <= flags
