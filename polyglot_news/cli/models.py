"""The ``polyglot-news models`` commands: list, browse, install and remove Argos packages,
and the language codes they name.

A thin adapter over :mod:`polyglot_news.translate.packages` and
:mod:`polyglot_news.translate.index`; the library modules are imported inside each command so
``polyglot-news --help`` stays instant. Library errors propagate to
:func:`~polyglot_news.cli._common.run_app`, which prints one line and exits 1; bad usage exits 2.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from polyglot_news.cli import _common, options

if TYPE_CHECKING:
    from polyglot_news.translate.index import AvailablePackage
    from polyglot_news.translate.packages import InstalledPackage

models_app = typer.Typer(
    name="models",
    help="Manage the Argos Translate packages (language pairs) used for translation.",
    no_args_is_help=True,
    rich_markup_mode=None,
)

Index = Annotated[
    str | None,
    typer.Option(
        "--index", metavar="URL", help="Package index URL (default: ARGOS_PACKAGE_INDEX)."
    ),
]
PackagesDir = Annotated[
    Path | None,
    typer.Option(
        "--packages-dir",
        metavar="DIR",
        help="Packages folder (default: ARGOS_PACKAGES_DIR or Argos' own).",
    ),
]
Replace = Annotated[bool, typer.Option("--replace", help="Replace an installed other version.")]


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Render rows as a plain-text table with aligned columns."""
    widths = [max(len(str(c)) for c in column) for column in zip(headers, *rows, strict=False)]
    lines = [headers, *rows]
    return "\n".join(
        "  ".join(str(cell).ljust(w) for cell, w in zip(line, widths, strict=False)).rstrip()
        for line in lines
    )


def _installed_dict(pkg: InstalledPackage) -> dict[str, Any]:
    return {**dataclasses.asdict(pkg), "identity": pkg.identity}


def _available_dict(pkg: AvailablePackage, installed: str | None) -> dict[str, Any]:
    data = {**dataclasses.asdict(pkg), "identity": pkg.identity, "installed_version": installed}
    data["links"] = list(pkg.links)
    return data


@models_app.command("list")
def list_command(json_output: options.Json = False, packages_dir: PackagesDir = None) -> None:
    """List the installed packages; broken package folders are reported and exit 1."""
    from polyglot_news.translate.packages import packages_dir as resolve
    from polyglot_news.translate.packages import scan_installed

    found, broken = scan_installed(packages_dir)
    if json_output:
        failures = [_common.failure_object(b.source or "", b) for b in broken]
        _common.print_json([*(_installed_dict(p) for p in found), *failures])
    elif found:
        rows = [(p.from_code, p.to_code, p.package_version, p.name, p.path) for p in found]
        typer.echo(table(("FROM", "TO", "VERSION", "NAME", "PATH"), rows))
    else:
        typer.echo(
            f"no packages installed in {resolve(packages_dir)}; "
            "install one with `polyglot-news models install FROM TO`"
        )
    for problem in broken:
        _common.warn(str(problem))
    _common.exit_for(broken)


@models_app.command("available")
def available_command(
    json_output: options.Json = False,
    index: Index = None,
    packages_dir: PackagesDir = None,
) -> None:
    """List the packages the Argos package index offers for download."""
    from polyglot_news.translate.index import available
    from polyglot_news.translate.packages import list_installed

    offered = available(index)
    installed = {(p.from_code, p.to_code): p.package_version for p in list_installed(packages_dir)}
    if json_output:
        _common.print_json(
            [_available_dict(p, installed.get((p.from_code, p.to_code))) for p in offered]
        )
        return
    rows = [
        (
            p.from_code,
            p.to_code,
            p.package_version,
            f"{p.from_name} -> {p.to_name}" if p.from_name or p.to_name else p.name,
            installed.get((p.from_code, p.to_code), "-"),
        )
        for p in offered
    ]
    typer.echo(table(("FROM", "TO", "VERSION", "LANGUAGES", "INSTALLED"), rows))


@models_app.command("languages")
def languages_command(json_output: options.Json = False, packages_dir: PackagesDir = None) -> None:
    """List the language codes --to takes: ISO 639-1, Argos' own (zt, pb) and installed ones."""
    from polyglot_news.translate.languages import LanguageCode, language_codes
    from polyglot_news.translate.packages import list_installed

    installed = {code for p in list_installed(packages_dir) for code in (p.from_code, p.to_code)}

    def note(row: LanguageCode) -> str:
        if row.kind == "alias":
            return f"use {row.use}"
        if row.kind == "detected":  # the detector's code, whose packages Argos names row.use
            return f"packages: {row.use}"
        return "installed" if row.code in installed else ""

    rows = [(r.code, r.name, r.kind, note(r)) for r in language_codes()]
    known = {r.code for r in language_codes()}
    rows += [(c, "", "package", "installed") for c in sorted(installed - known)]
    if json_output:
        keys = ("code", "name", "kind", "note")
        _common.print_json([dict(zip(keys, row, strict=True)) for row in rows])
        return
    typer.echo(table(("CODE", "NAME", "KIND", "NOTE"), rows))


@models_app.command("install")
def install_command(
    from_code: str | None = typer.Argument(
        None, metavar="FROM", help="Language the package translates from, e.g. ru."
    ),
    to_code: str | None = typer.Argument(
        None, metavar="TO", help="Language the package translates into, e.g. en."
    ),
    file: Path | None = typer.Option(
        None, "--file", metavar="PKG.argosmodel", help="Install this package file instead."
    ),
    index: Index = None,
    replace: Replace = False,
    packages_dir: PackagesDir = None,
) -> None:
    """Install the FROM -> TO package from the index, or a package file with --file."""
    from polyglot_news.translate.index import install
    from polyglot_news.translate.packages import install_file

    if file is not None and (from_code or to_code or index):
        _common.fail("give either FROM TO (with --index) or --file, not both", _common.EXIT_USAGE)
    if file is not None:
        pkg = install_file(file, packages_dir, replace=replace)
    elif from_code and to_code:
        pkg = install(
            from_code, to_code, index_url=index, packages_dir=packages_dir, replace=replace
        )
    else:
        _common.fail("give FROM and TO codes, e.g. `models install ru en`", _common.EXIT_USAGE)
    typer.echo(f"installed {pkg.identity} in {pkg.path}")


@models_app.command("remove")
def remove_command(
    from_code: str = typer.Argument(
        ..., metavar="FROM", help="Language the package translates from, e.g. ru."
    ),
    to_code: str = typer.Argument(
        ..., metavar="TO", help="Language the package translates into, e.g. en."
    ),
    packages_dir: PackagesDir = None,
) -> None:
    """Remove the installed FROM -> TO package(s)."""
    from polyglot_news.translate.packages import remove

    removed = remove(from_code, to_code, packages_dir)
    for pkg in removed:
        typer.echo(f"removed {pkg.identity} from {pkg.path}")


def register(app: typer.Typer) -> None:
    """Add the ``models`` command group to ``app``."""
    app.add_typer(models_app, name="models")
