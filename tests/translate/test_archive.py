"""Safe unpacking of .argosmodel archives: hostile archives refused, installs atomic."""

from __future__ import annotations

import json
import stat
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from _packages import META, make_archive, make_package_dir

from polyglot_news.errors import InvalidPackageError, PackageError
from polyglot_news.translate import archive
from polyglot_news.translate.archive import (
    inspect_archive,
    open_package_file,
    pack_package,
    safe_extract,
)
from polyglot_news.translate.packages import install_file, list_installed, read_package

GOOD_META = META


def _zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate-name case
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return path


def _base(top: str = "pkg", meta: object = GOOD_META) -> list[tuple[str | zipfile.ZipInfo, bytes]]:
    raw = meta if isinstance(meta, bytes) else json.dumps(meta).encode()
    return [
        (f"{top}/metadata.json", raw),
        (f"{top}/sentencepiece.model", b"sp"),
        (f"{top}/model/model.bin", b"weights"),
    ]


def _special(name: str, kind: int) -> zipfile.ZipInfo:
    zinfo = zipfile.ZipInfo(name)
    zinfo.create_system = 3  # Unix, so the mode bits are meaningful
    zinfo.external_attr = (kind | 0o777) << 16
    return zinfo


def _meta(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {**GOOD_META, **changes}
    return {k: v for k, v in data.items() if v is not None}


Builder = Callable[[Path], Path]
HOSTILE: dict[str, tuple[Builder, str]] = {
    "traversal": (lambda p: _zip(p, [*_base(), ("../x", b"evil")]), "outside the package"),
    "nested-traversal": (lambda p: _zip(p, [*_base(), ("pkg/../../x", b"e")]), "outside"),
    "absolute": (lambda p: _zip(p, [*_base(), ("/etc/x", b"evil")]), "absolute path"),
    "drive-letter": (lambda p: _zip(p, [*_base(), ("C:/x", b"evil")]), "absolute path"),
    "backslash": (lambda p: _zip(p, [*_base(), ("pkg\\..\\x", b"e")]), "backslashes"),
    "symlink": (
        lambda p: _zip(p, [*_base(), (_special("pkg/link", stat.S_IFLNK), b"/etc/passwd")]),
        "symbolic link",
    ),
    "device": (
        lambda p: _zip(p, [*_base(), (_special("pkg/dev", stat.S_IFCHR), b"")]),
        "device, fifo or socket",
    ),
    "bomb": (
        lambda p: _zip(p, [*_base(), ("pkg/model/zeros.bin", bytes(50 * 1024**2))]),
        "zip bomb",
    ),
    "no-metadata": (lambda p: _zip(p, _base()[1:]), "no pkg/metadata.json"),
    "invalid-json": (lambda p: _zip(p, _base(meta=b"{not json")), "not valid UTF-8 JSON"),
    "metadata-not-object": (lambda p: _zip(p, _base(meta=["ru"])), "JSON object"),
    "missing-version": (
        lambda p: _zip(p, _base(meta=_meta(package_version=None))),
        "'package_version'",
    ),
    "bad-code": (lambda p: _zip(p, _base(meta=_meta(from_code="../ru"))), "language code"),
    "not-a-zip": (lambda p: (p.write_text("hello, I am text"), p)[1], "not a zip archive"),
    "empty-file": (lambda p: (p.write_bytes(b""), p)[1], "not a zip archive"),
    "two-top-folders": (
        lambda p: _zip(p, [*_base(), ("other/x.txt", b"x")]),
        "exactly one top folder, found: other, pkg",
    ),
    "top-level-file": (lambda p: _zip(p, [("metadata.json", b"{}")]), "exactly one top folder"),
    "empty-zip": (lambda p: _zip(p, []), "found: nothing"),
    "no-sentencepiece": (
        lambda p: _zip(p, [e for e in _base() if "sentencepiece" not in str(e[0])]),
        "sentencepiece.model",
    ),
    "no-model-dir": (lambda p: _zip(p, _base()[:2]), "model/ folder"),
    "duplicate": (lambda p: _zip(p, [*_base(), ("pkg/model/model.bin", b"2")]), "twice"),
    "file-and-folder": (
        lambda p: _zip(p, [*_base(), ("pkg/readme", b"x"), ("pkg/readme/x", b"y")]),
        "both a file and a folder",
    ),
    "dot-top-folder": (lambda p: _zip(p, _base(top=".hidden")), "not a plain name"),
}


@pytest.fixture
def packages(tmp_path: Path) -> Path:
    root = tmp_path / "packages"
    root.mkdir()
    return root


@pytest.mark.parametrize("case", sorted(HOSTILE), ids=sorted(HOSTILE))
def test_hostile_archive_is_refused_and_nothing_is_written(
    case: str, tmp_path: Path, packages: Path
) -> None:
    build, expected = HOSTILE[case]
    bad = build(tmp_path / f"{case}.argosmodel")
    with pytest.raises(InvalidPackageError) as info:
        install_file(bad, packages)
    message = str(info.value)
    assert expected in message
    assert "\n" not in message and message.startswith(str(bad))
    assert list(packages.iterdir()) == []
    assert not (tmp_path / "x").exists() and not (tmp_path.parent / "x").exists()


@pytest.mark.parametrize("limit", ["MAX_ENTRIES", "MAX_TOTAL_BYTES"], ids=["entries", "total"])
def test_archive_over_a_limit_is_a_bomb(
    limit: str, tmp_path: Path, packages: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, limit, 5 if limit == "MAX_ENTRIES" else 20)
    bad = _zip(tmp_path / "many.argosmodel", [*_base(), *((f"pkg/f{i}", b"z") for i in range(5))])
    with pytest.raises(InvalidPackageError, match="zip bomb"):
        safe_extract(bad, packages)
    assert list(packages.iterdir()) == []


def test_missing_and_folder_arguments(tmp_path: Path, packages: Path) -> None:
    with pytest.raises(InvalidPackageError, match="no such file"):
        safe_extract(tmp_path / "absent.argosmodel", packages)
    with pytest.raises(InvalidPackageError, match="is a folder"):
        safe_extract(tmp_path, packages)


def test_good_archive_extracts_and_reads(tmp_path: Path, packages: Path) -> None:
    good = make_archive(tmp_path)
    assert inspect_archive(good).top == "translate-ru_en-1_0"
    dest = safe_extract(good, packages)
    assert dest == packages / "translate-ru_en-1_0"
    pkg = read_package(dest)
    assert (pkg.identity, pkg.from_name, pkg.target_prefix) == ("argos:ru-en@1.0", "Russian", "")
    assert pkg.sp_model.read_bytes() == b"fake sentencepiece model"
    assert sorted(p.name for p in packages.iterdir()) == ["translate-ru_en-1_0"]


def test_pack_package_is_reproducible(tmp_path: Path) -> None:
    folder = make_package_dir(tmp_path / "src")
    first = pack_package(folder, tmp_path / "a.argosmodel").read_bytes()
    assert first == pack_package(folder, tmp_path / "b.argosmodel").read_bytes()


def test_same_version_is_kept_other_version_needs_replace(tmp_path: Path, packages: Path) -> None:
    safe_extract(make_archive(tmp_path, "ru_en"), packages)
    marker = packages / "ru_en" / "marker"
    marker.write_text("old install")
    safe_extract(make_archive(tmp_path / "same", "ru_en"), packages)
    assert marker.exists()  # same pair and version: kept as is
    newer = make_archive(tmp_path, "ru_en", package_version="1.1")
    with pytest.raises(PackageError, match="version 1.0 is installed at .*replace"):
        safe_extract(newer, packages)
    assert read_package(packages / "ru_en").package_version == "1.0"
    safe_extract(newer, packages, replace=True)
    assert read_package(packages / "ru_en").package_version == "1.1"
    assert not marker.exists()
    assert [p.name for p in packages.iterdir()] == ["ru_en"]


def test_folder_holding_another_pair_is_never_overwritten(tmp_path: Path, packages: Path) -> None:
    safe_extract(make_archive(tmp_path, "shared"), packages)
    other = make_archive(tmp_path, "shared", from_code="uk")
    with pytest.raises(PackageError, match="holds the ru->en package"):
        safe_extract(other, packages, replace=True)
    assert read_package(packages / "shared").from_code == "ru"


@pytest.mark.parametrize("error", [OSError, KeyboardInterrupt], ids=["io-error", "interrupt"])
def test_interrupted_install_leaves_the_previous_state(
    error: type[BaseException], tmp_path: Path, packages: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_file(make_archive(tmp_path, "translate-ru_en"), packages)
    before = sorted(str(p.relative_to(packages)) for p in packages.rglob("*"))
    real_write = archive._write_entry
    calls = []

    def failing_write(*args: object, **kwargs: object) -> int:
        calls.append(1)
        if len(calls) == 2:
            raise error("disk went away")
        return real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(archive, "_write_entry", failing_write)
    newer = make_archive(tmp_path, "translate-ru_en", package_version="1.1")
    with pytest.raises((PackageError, KeyboardInterrupt)):
        install_file(newer, packages, replace=True)
    assert len(calls) == 2
    assert sorted(str(p.relative_to(packages)) for p in packages.rglob("*")) == before
    assert [p.package_version for p in list_installed(packages)] == ["1.0"]


def test_open_package_file_extracts_once_by_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = make_archive(tmp_path)
    cache = tmp_path / "cache"
    first = open_package_file(good, cache)
    assert Path(first.path).parent.parent == cache
    assert len(Path(first.path).parent.name) == 64  # sha256 hex

    def no_extract(*args: object, **kwargs: object) -> Path:
        raise AssertionError("extracted twice")

    monkeypatch.setattr(archive, "safe_extract", no_extract)
    assert open_package_file(good, cache) == first
    monkeypatch.undo()
    (Path(first.path) / "metadata.json").unlink()  # a damaged cache entry is unpacked again
    assert open_package_file(good, cache) == first
    with pytest.raises(InvalidPackageError, match="no such file"):
        open_package_file(tmp_path / "absent.argosmodel", cache)


EXAMPLE_MODELS = sorted((Path(__file__).parents[2] / "examples" / "models").glob("*.argosmodel"))


@pytest.mark.parametrize("model", EXAMPLE_MODELS, ids=[p.stem for p in EXAMPLE_MODELS])
def test_shipped_example_packages_pass_the_checks(model: Path, packages: Path) -> None:
    pkg = install_file(model, packages)
    assert pkg.type == "translate" and pkg.model_dir.is_dir() and pkg.sp_model.is_file()
    assert list_installed(packages) == [pkg]
