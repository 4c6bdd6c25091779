"""Installed Argos Translate packages: where they live, how to read them, install and remove.

An Argos package is a folder holding ``metadata.json``, a CTranslate2 model in ``model/`` and a
SentencePiece model ``sentencepiece.model``; ``.argosmodel`` files are zip archives of one such
folder. Packages live in the same directory, with the same layout, as ``argostranslate`` keeps
them (``argostranslate/settings.py``: ``ARGOS_PACKAGES_DIR`` from the environment, then from
``settings.json`` in the Argos config dir, else ``<XDG_DATA_HOME>/argos-translate/packages``), so
packages installed with ``argospm`` are used here and the reverse. The location is computed
without importing ``argostranslate``, which pulls in stanza and torch and creates directories.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from polyglot_news.errors import InvalidPackageError, PackageError
from polyglot_news.translate.archive import inspect_archive, safe_extract
from polyglot_news.translate.package_format import (
    STAGING_PREFIX,
    InstalledPackage,
    package_identity,
    read_package,
    validate_metadata,
    version_key,
)

__all__ = [
    "InstalledPackage",
    "install_file",
    "list_installed",
    "package_identity",
    "packages_dir",
    "read_package",
    "remove",
    "scan_installed",
    "unpack_dir",
    "validate_metadata",
    "version_key",
]

def _argos_home() -> Path:
    # argostranslate.settings: under snap the home is SNAP_USER_DATA.
    if "SNAP" in os.environ:
        return Path(os.environ["SNAP_USER_DATA"])
    return Path.home()


def _argos_settings_file() -> dict[str, Any]:
    home = _argos_home()
    config_dir = Path(os.getenv("XDG_CONFIG_HOME", default=home / ".config")) / "argos-translate"
    try:
        data = json.loads((config_dir / "settings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # argostranslate also ignores a missing or unreadable settings.json
    return data if isinstance(data, dict) else {}


def argos_setting(key: str) -> str | None:
    """An Argos setting as argostranslate reads it: environment first, then settings.json."""
    value = os.getenv(key)
    if value is not None:
        return value
    value = _argos_settings_file().get(key)
    return None if value is None else str(value)


def packages_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder Argos packages are installed in (``override`` wins when given)."""
    return _packages_root(override)


def unpack_dir() -> Path:
    """Where ``.argosmodel`` files used without installing (``--models DIR``) are unpacked.

    ``$POLYGLOT_NEWS_UNPACK_DIR``, else ``$XDG_CACHE_HOME/polyglot_news/unpacked`` (``~/.cache``
    without XDG). Each archive unpacks once, into a folder named by its SHA-256, so any number
    of processes and runs share one copy; deleting the folder only costs unpacking again.
    """
    configured = os.environ.get("POLYGLOT_NEWS_UNPACK_DIR")
    if configured:
        return Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "polyglot_news" / "unpacked"


def _packages_root(override: str | os.PathLike[str] | None) -> Path:
    # A separate name because the public functions take a parameter called packages_dir.
    if override is not None:
        return Path(override)
    configured = argos_setting("ARGOS_PACKAGES_DIR")
    if configured is not None:
        return Path(configured)
    home = _argos_home()
    data_dir = Path(os.getenv("XDG_DATA_HOME", default=home / ".local" / "share"))
    return data_dir / "argos-translate" / "packages"


def scan_installed(
    packages_dir: str | os.PathLike[str] | None = None,
) -> tuple[list[InstalledPackage], list[InvalidPackageError]]:
    """Installed packages (sorted by pair and version) and the folders that are broken."""
    root = _packages_root(packages_dir)
    found: list[InstalledPackage] = []
    broken: list[InvalidPackageError] = []
    try:
        entries = sorted(root.iterdir())
    except FileNotFoundError:
        return [], []
    except OSError as exc:
        raise PackageError(
            f"{root}: cannot list the packages dir ({exc}); check ARGOS_PACKAGES_DIR",
            source=str(root),
        ) from exc
    for entry in entries:
        if entry.name.startswith(STAGING_PREFIX) or not entry.is_dir():
            continue
        try:
            found.append(read_package(entry))
        except InvalidPackageError as exc:
            broken.append(exc)
    found.sort(key=lambda p: (p.from_code, p.to_code, version_key(p.package_version), p.name))
    return found, broken


def list_installed(packages_dir: str | os.PathLike[str] | None = None) -> list[InstalledPackage]:
    """The valid packages installed in ``packages_dir`` (broken folders are left out)."""
    return scan_installed(packages_dir)[0]


def install_file(
    path: str | os.PathLike[str],
    packages_dir: str | os.PathLike[str] | None = None,
    *,
    replace: bool = False,
) -> InstalledPackage:
    """Install an ``.argosmodel`` file safely and atomically; return the installed package.

    An installed package for the same pair with another version is refused unless ``replace``;
    with ``replace`` the new package goes in first and the other versions are removed after.
    The same pair and version already installed is a no-op that returns the installed one.
    """
    archive = Path(path)
    root = _packages_root(packages_dir)
    info = inspect_archive(archive)
    meta = info.metadata
    same_pair = [
        p
        for p in list_installed(root)
        if (p.from_code, p.to_code) == (meta["from_code"], meta["to_code"])
    ]
    others = [p for p in same_pair if p.package_version != meta["package_version"]]
    if others and not replace:
        old = others[0]
        raise PackageError(
            f"{archive}: {old.from_code}->{old.to_code} version {old.package_version} is "
            f"already installed at {old.path}; pass --replace (replace=True) to install "
            f"version {meta['package_version']} instead",
            source=str(archive),
        )
    if not replace:
        for pkg in same_pair:  # the same version already installed, maybe by argospm
            return pkg
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PackageError(
            f"{root}: cannot create the packages dir ({exc}); check ARGOS_PACKAGES_DIR",
            source=str(root),
        ) from exc
    dest = safe_extract(archive, root, replace=True)
    installed = read_package(dest)
    for pkg in same_pair:
        if Path(pkg.path) != dest:
            _remove_folder(Path(pkg.path))
    return installed


def _remove_folder(folder: Path) -> None:
    try:
        shutil.rmtree(folder)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise PackageError(
            f"{folder}: cannot remove the package ({exc}); delete the folder by hand",
            source=str(folder),
        ) from exc


def remove(
    from_code: str, to_code: str, packages_dir: str | os.PathLike[str] | None = None
) -> list[InstalledPackage]:
    """Remove every installed package for ``from_code -> to_code``; return what was removed."""
    root = _packages_root(packages_dir)
    doomed = [p for p in list_installed(root) if (p.from_code, p.to_code) == (from_code, to_code)]
    if not doomed:
        raise PackageError(
            f"no package for {from_code}->{to_code} is installed in {root}; "
            "run `polyglot-news models list` to see the installed pairs",
            source=f"{from_code}->{to_code}",
        )
    for pkg in doomed:
        _remove_folder(Path(pkg.path))
    return doomed
