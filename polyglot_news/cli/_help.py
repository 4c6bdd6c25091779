"""How every command's ``--help`` shows its arguments: the metavar and its help, no Python type.

typer (0.2x) writes an argument as ``PATH <list[str]>`` in the help and ``{PATH}...`` in the
usage line, while options show their metavar alone (``--to CODE``). :class:`Command` writes
arguments the way click and POSIX usage do: ``PATH...`` when required, ``[FROM]`` when not,
``...`` when it repeats, and the same name in the Arguments list, followed by its one-line help.
:func:`use_everywhere` gives every command of an app this class.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperCommand

__all__ = ["Command", "argument_name", "use_everywhere"]


def argument_name(param: Any) -> str:
    """``PATH...`` for an argument that repeats, else ``PATH`` (its metavar, else its name)."""
    name = str(param.metavar or (param.name or "").upper())
    return f"{name}..." if param.nargs != 1 else name


class Command(TyperCommand):
    """A typer command whose arguments show a metavar and their help, never a Python type."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        """``[OPTIONS]``, then each argument: ``PATH...`` if required, ``[FROM]`` if not."""
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name != "argument":
                pieces.extend(param.get_usage_pieces(ctx))
            else:
                name = argument_name(param)
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        """The Arguments section (name, help) and the Options section, as typer lays them."""
        arguments, options = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                arguments.append((argument_name(param), record[1]))
            else:
                options.append(record)
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def use_everywhere(app: typer.Typer) -> None:
    """Give every command of ``app`` and of its sub-apps the :class:`Command` class."""
    for info in app.registered_commands:
        if info.cls in (None, TyperCommand):  # typer's default; a command's own class stays
            info.cls = Command
    for group in app.registered_groups:
        if group.typer_instance is not None:
            use_everywhere(group.typer_instance)
