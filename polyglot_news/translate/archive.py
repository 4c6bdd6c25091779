"""Safe, atomic unpacking of ``.argosmodel`` archives.

An ``.argosmodel`` is a zip of exactly one package folder. ``argostranslate`` unpacks it with
``ZipFile.extractall`` straight into the packages dir; this module refuses what that would let
through (the "zip slip" traversal entries, absolute paths, symbolic links, device files, zip
bombs: too many entries, too large in total, or an entry inflating more than ``MAX_RATIO`` times)
and makes installing atomic: the archive is checked from its central directory first, unpacked
into a staging folder inside the destination, verified, and only then renamed into place with
``os.replace``, so an interrupted install leaves the previous state and no half-installed package.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from polyglot_news.errors import InvalidPackageError, PackageError
from polyglot_news.translate.package_format import (
    STAGING_PREFIX,
    InstalledPackage,
    read_package,
    validate_metadata,
)

__all__ = [
    "MAX_ENTRIES",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "ArchiveInfo",
    "inspect_archive",
    "open_package_file",
    "pack_package",
    "safe_extract",
]

MAX_TOTAL_BYTES = 2 * 1024**3  # real packages are 30-300 MB unpacked
MAX_ENTRIES = 10_000
MAX_RATIO = 200  # model weights barely compress; text and zeros past 200:1 are a bomb
RATIO_MIN_BYTES = 1024**2  # small entries may compress well without harm
MAX_METADATA_BYTES = 1024**2
_CHUNK = 256 * 1024  # ZipExtFile.read(n) concatenates; 1 MiB reads measured 1.8x slower
_FOLDER_NAME = re.compile(r"^[\w][\w.+@-]*$")


@dataclass(frozen=True)
class ArchiveInfo:
    """What a checked archive holds: its one top folder and its parsed metadata."""

    top: str
    metadata: dict[str, Any] = field(hash=False)
    entries: int = 0
    total_bytes: int = 0


def _refuse(where: str, problem: str) -> InvalidPackageError:
    return InvalidPackageError(
        f"{where}: refusing the package: {problem}; use a package from a trusted source",
        source=where,
    )


def _open_zip(archive: Path) -> zipfile.ZipFile:
    where = str(archive)
    try:
        return zipfile.ZipFile(archive)
    except FileNotFoundError:
        raise InvalidPackageError(f"{where}: no such file; check the path", source=where) from None
    except IsADirectoryError:
        raise InvalidPackageError(
            f"{where}: is a folder, not an .argosmodel file; give the archive's path",
            source=where,
        ) from None
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise InvalidPackageError(
            f"{where}: not a zip archive (an .argosmodel is a zip of one package folder); "
            "re-download or rebuild it",
            source=where,
        ) from exc
    except OSError as exc:
        raise InvalidPackageError(f"{where}: cannot read it ({exc})", source=where) from exc


def _entry_parts(zinfo: zipfile.ZipInfo, where: str) -> list[str]:
    name = zinfo.filename
    if any(ord(ch) < 32 for ch in name) or "\\" in name:
        raise _refuse(where, f"entry {name!r} has control characters or backslashes")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise _refuse(where, f"entry {name!r} has an absolute path")
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        raise _refuse(where, f"entry {name!r} points outside the package folder (..)")
    if any(part in ("", ".") for part in parts):
        raise _refuse(where, f"entry {name!r} has an empty or '.' path component")
    mode = zinfo.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        raise _refuse(where, f"entry {name!r} is a symbolic link")
    if kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
        raise _refuse(where, f"entry {name!r} is a device, fifo or socket")
    return parts


def _check_sizes(zinfo: zipfile.ZipInfo, where: str) -> None:
    size, packed = zinfo.file_size, max(zinfo.compress_size, 1)
    if size > RATIO_MIN_BYTES and size > MAX_RATIO * packed:
        raise _refuse(
            where,
            f"entry {zinfo.filename!r} inflates {size // packed}:1 (limit {MAX_RATIO}:1), "
            "a zip bomb",
        )


def _read_metadata(zf: zipfile.ZipFile, top: str, where: str) -> dict[str, Any]:
    try:
        zinfo = zf.getinfo(f"{top}/metadata.json")
    except KeyError:
        raise _refuse(where, f"no {top}/metadata.json") from None
    if zinfo.file_size > MAX_METADATA_BYTES:
        raise _refuse(where, "metadata.json is larger than 1 MiB")
    try:
        with zf.open(zinfo) as handle:
            raw = handle.read(MAX_METADATA_BYTES + 1)
        metadata = json.loads(raw.decode("utf-8"))
    except (ValueError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _refuse(where, f"metadata.json is not valid UTF-8 JSON ({exc})") from exc
    return validate_metadata(metadata, where)


def _inspect(zf: zipfile.ZipFile, where: str) -> ArchiveInfo:
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _refuse(where, f"{len(infos)} entries (limit {MAX_ENTRIES}), a zip bomb")
    tops: set[str] = set()
    seen: set[str] = set()
    files: set[str] = set()
    total = 0
    for zinfo in infos:
        parts = _entry_parts(zinfo, where)
        key = "/".join(parts)
        if key in seen:
            raise _refuse(where, f"entry {zinfo.filename!r} appears twice")
        seen.add(key)
        if not zinfo.is_dir():
            files.add(key)
        tops.add(parts[0] if len(parts) > 1 or zinfo.is_dir() else "/" + parts[0])
        _check_sizes(zinfo, where)
        total += zinfo.file_size
    for key in seen:  # a file entry used as a folder by another entry
        head, _, _ = key.rpartition("/")
        while head:
            if head in files:
                raise _refuse(where, f"entry {head!r} is both a file and a folder")
            head, _, _ = head.rpartition("/")
    if total > MAX_TOTAL_BYTES:
        raise _refuse(where, f"{total} bytes unpacked (limit {MAX_TOTAL_BYTES}), a zip bomb")
    if len(tops) != 1 or next(iter(tops)).startswith("/"):
        found = ", ".join(sorted(t.lstrip("/") for t in tops)) or "nothing"
        raise _refuse(where, f"it must hold exactly one top folder, found: {found}")
    top = tops.pop()
    if not _FOLDER_NAME.match(top):
        raise _refuse(where, f"top folder name {top!r} is not a plain name")
    metadata = _read_metadata(zf, top, where)
    if metadata.get("type", "translate") == "translate":
        if f"{top}/sentencepiece.model" not in seen:
            raise _refuse(where, "a translate package needs sentencepiece.model")
        if not any(name.startswith(f"{top}/model/") for name in seen):
            raise _refuse(where, "a translate package needs a model/ folder")
    return ArchiveInfo(top=top, metadata=metadata, entries=len(infos), total_bytes=total)


def inspect_archive(archive: str | os.PathLike[str]) -> ArchiveInfo:
    """Check an archive from its central directory and metadata, writing nothing."""
    with _open_zip(Path(archive)) as zf:
        return _inspect(zf, str(archive))


def _write_entry(source: IO[bytes], target: Path, limit: int, name: str, where: str) -> int:
    """Stream one entry to ``target``; refuse it when it inflates past its declared size."""
    written = 0
    with open(target, "xb") as out:
        while chunk := source.read(_CHUNK):
            written += len(chunk)
            if written > limit:
                raise _refuse(where, f"entry {name!r} inflates past its declared size")
            out.write(chunk)
    return written


def _extract_all(zf: zipfile.ZipFile, info: ArchiveInfo, staged: Path, where: str) -> None:
    staged.mkdir()
    budget = info.total_bytes
    for zinfo in zf.infolist():
        parts = zinfo.filename.rstrip("/").split("/")[1:]
        target = staged.joinpath(*parts)
        if zinfo.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with zf.open(zinfo) as source:
                budget -= _write_entry(source, target, zinfo.file_size, zinfo.filename, where)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise _refuse(where, f"entry {zinfo.filename!r} is corrupt ({exc})") from exc
        except (RuntimeError, NotImplementedError) as exc:  # encrypted, unknown compression
            raise _refuse(where, f"entry {zinfo.filename!r} cannot be read ({exc})") from exc
        if budget < 0:
            raise _refuse(where, "entries inflate past their declared sizes")


def _keep_existing(dest: Path, info: ArchiveInfo, where: str, replace: bool) -> bool:
    """Decide about a folder already at ``dest``: True to keep it, False to replace it."""
    if not os.path.lexists(dest):
        return False
    meta = info.metadata
    try:
        current = read_package(dest)
    except InvalidPackageError:
        if replace:
            return False
        raise PackageError(
            f"{where}: {dest} already exists and is not a valid package; "
            "pass replace=True (--replace) or delete it",
            source=where,
        ) from None
    if (current.from_code, current.to_code) != (meta["from_code"], meta["to_code"]):
        raise PackageError(
            f"{where}: its folder {dest} holds the {current.from_code}->{current.to_code} "
            "package; remove that package first",
            source=where,
        )
    if current.package_version == meta["package_version"]:
        return not replace
    if not replace:
        raise PackageError(
            f"{where}: version {current.package_version} is installed at {dest}; pass "
            f"replace=True (--replace) to install version {meta['package_version']}",
            source=where,
        )
    return False


def _move_into_place(staged: Path, dest: Path, staging: Path) -> None:
    try:
        if not os.path.lexists(dest):
            os.replace(staged, dest)
            return
        previous = staging / ".previous"
        os.replace(dest, previous)
        try:
            os.replace(staged, dest)
        except OSError:
            os.replace(previous, dest)  # put the old package back before reporting
            raise
    except OSError as exc:
        raise PackageError(
            f"{dest}: cannot move the package into place ({exc}); check permissions",
            source=str(dest),
        ) from exc


def safe_extract(
    archive: str | os.PathLike[str], dest_parent: str | os.PathLike[str], *, replace: bool = False
) -> Path:
    """Validate ``archive`` and unpack its package folder into ``dest_parent`` atomically.

    Returns the package folder. A folder of the same pair and version already there is kept
    (unless ``replace``); another version is replaced only with ``replace``; a folder holding
    another pair is never overwritten. Raises InvalidPackageError for unsafe or malformed
    archives and PackageError for conflicts and I/O failures; on any failure nothing is left.
    """
    archive, parent = Path(archive), Path(dest_parent)
    where = str(archive)
    with _open_zip(archive) as zf:
        info = _inspect(zf, where)
        dest = parent / info.top
        if _keep_existing(dest, info, where, replace):
            return dest
        try:
            parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=parent))
        except OSError as exc:
            raise PackageError(
                f"{parent}: cannot write there ({exc}); check permissions or free space",
                source=str(parent),
            ) from exc
        try:
            staged = staging / info.top
            try:
                _extract_all(zf, info, staged, where)
            except OSError as exc:
                raise PackageError(
                    f"{where}: cannot unpack into {parent} ({exc}); check free space",
                    source=where,
                ) from exc
            _verify(staged, where)
            _move_into_place(staged, dest, staging)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return dest


def _verify(staged: Path, where: str) -> InstalledPackage:
    package = read_package(staged)
    complete = package.model_dir.is_dir() and package.sp_model.is_file()
    if package.type == "translate" and not complete:
        raise _refuse(where, "the unpacked package lacks model/ or sentencepiece.model")
    return package


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
    except FileNotFoundError:
        raise InvalidPackageError(
            f"{path}: no such file; check the path", source=str(path)
        ) from None
    except OSError as exc:
        raise InvalidPackageError(f"{path}: cannot read it ({exc})", source=str(path)) from exc
    return digest.hexdigest()


def open_package_file(
    path: str | os.PathLike[str], cache_root: str | os.PathLike[str]
) -> InstalledPackage:
    """Unpack an ``.argosmodel`` once into ``cache_root/<sha256>/`` and read it from there."""
    archive = Path(path)
    home = Path(cache_root) / _sha256(archive)
    if home.is_dir():
        folders = [
            d for d in home.iterdir() if d.is_dir() and not d.name.startswith(STAGING_PREFIX)
        ]
        if len(folders) == 1:
            try:
                return read_package(folders[0])
            except InvalidPackageError:
                pass  # a damaged cache entry: unpack again over it
    return read_package(safe_extract(archive, home, replace=True))


def pack_package(folder: str | os.PathLike[str], out: str | os.PathLike[str]) -> Path:
    """Zip an unpacked package folder into an ``.argosmodel`` (byte-for-byte reproducible)."""
    source = Path(folder).resolve()
    read_package(source)  # refuse to pack something that is not a package
    members = sorted(p for p in source.rglob("*"))
    if any(p.is_symlink() for p in members):
        raise InvalidPackageError(
            f"{source}: holds symbolic links, which packages may not; copy the files instead",
            source=str(source),
        )
    target = Path(out)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for member in [source, *members]:
            name = "/".join((source.name, *member.relative_to(source).parts))
            zinfo = zipfile.ZipInfo(name + "/" if member.is_dir() else name, (1980, 1, 1, 0, 0, 0))
            zinfo.external_attr = (
                (stat.S_IFDIR | 0o755) if member.is_dir() else (stat.S_IFREG | 0o644)
            ) << 16
            if member.is_dir():
                zf.writestr(zinfo, b"")
            else:
                zinfo.compress_type = zipfile.ZIP_DEFLATED
                with open(member, "rb") as src, zf.open(zinfo, "w") as dst:
                    shutil.copyfileobj(src, dst, _CHUNK)
    return target
