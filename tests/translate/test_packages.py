"""Installed packages: the same folder and layout as argostranslate, both ways round."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _packages import ARGOS_ENV, make_archive, make_package_dir, run_argos

from polyglot_news.errors import InvalidPackageError, PackageError
from polyglot_news.translate.packages import (
    InstalledPackage,
    install_file,
    list_installed,
    packages_dir,
    read_package,
    remove,
    scan_installed,
)

META = {"package_version": "1.0", "argos_version": "1.0", "from_code": "ru", "to_code": "en"}


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake home with every Argos location variable unset."""
    for key in ARGOS_ENV:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def _argos_package_dir(env: dict[str, str]) -> str:
    """argostranslate's own answer, in a subprocess so its import-time side effects stay there."""
    code = "from argostranslate import settings; print(settings.package_data_dir)"
    full = {k: v for k, v in os.environ.items() if k not in ARGOS_ENV} | env
    done = subprocess.run(
        [sys.executable, "-c", code], env=full, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


LOCATIONS = {
    "default": {},
    "xdg-data-home": {"XDG_DATA_HOME": "{tmp}/xdg"},
    "env-var": {"ARGOS_PACKAGES_DIR": "{tmp}/mine"},
    "snap": {"SNAP": "{tmp}/snap", "SNAP_USER_DATA": "{tmp}/snapdata"},
    "settings-json": {"XDG_CONFIG_HOME": "{tmp}/config"},
}


@pytest.mark.parametrize("case", sorted(LOCATIONS), ids=sorted(LOCATIONS))
def test_packages_dir_matches_argostranslate(
    case: str, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp = home.parent
    env = {k: v.format(tmp=tmp) for k, v in LOCATIONS[case].items()}
    if case == "settings-json":
        config = tmp / "config" / "argos-translate"
        config.mkdir(parents=True)
        settings = {"ARGOS_PACKAGES_DIR": str(tmp / "from-settings")}
        (config / "settings.json").write_text(json.dumps(settings))
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    ours = packages_dir()
    assert str(ours) == _argos_package_dir({"HOME": str(home), **env})
    assert ours.is_relative_to(tmp)
    assert packages_dir(tmp / "override") == tmp / "override"


def test_install_list_remove(tmp_path: Path) -> None:
    root = tmp_path / "packages"
    pkg = install_file(make_archive(tmp_path), root)
    assert pkg == InstalledPackage(
        "ru",
        "en",
        "1.0",
        "translate-ru_en-1_0",
        str(root / "translate-ru_en-1_0"),
        from_name="Russian",
        to_name="English",
    )
    assert (pkg.identity, pkg.model_dir.is_dir(), pkg.sp_model.is_file()) == (
        "argos:ru-en@1.0",
        True,
        True,
    )
    assert list_installed(root) == [pkg]
    assert install_file(make_archive(tmp_path / "again"), root) == pkg  # same version: no-op
    assert remove("ru", "en", root) == [pkg]
    assert list_installed(root) == []
    with pytest.raises(PackageError, match=r"no package for ru->en is installed in .*models list"):
        remove("ru", "en", root)


def test_other_version_of_a_pair_needs_replace(tmp_path: Path) -> None:
    root = tmp_path / "packages"
    install_file(make_archive(tmp_path, "translate-ru_en-1_0"), root)
    newer = make_archive(tmp_path, "translate-ru_en-1_10", package_version="1.10")
    with pytest.raises(PackageError, match=r"ru->en version 1.0 is already installed.*--replace"):
        install_file(newer, root)
    installed = install_file(newer, root, replace=True)
    assert [p.package_version for p in list_installed(root)] == ["1.10"]
    assert installed.name == "translate-ru_en-1_10"


def test_list_sorts_versions_numerically_and_skips_non_packages(tmp_path: Path) -> None:
    root = tmp_path / "packages"
    for version in ("1.10", "1.9"):
        make_package_dir(root, f"v{version}", package_version=version)
    make_package_dir(root, "uk", from_code="uk")
    (root / ".polyglot-news-staging").mkdir()
    (root / "stray-file.txt").write_text("not a package")
    (root / "broken").mkdir()
    (root / "badjson").mkdir()
    (root / "badjson" / "metadata.json").write_text("{")
    found, broken = scan_installed(root)
    assert [(p.from_code, p.package_version) for p in found] == [
        ("ru", "1.9"),
        ("ru", "1.10"),
        ("uk", "1.0"),
    ]
    assert sorted(Path(e.source or "").name for e in broken) == ["badjson", "broken"]
    assert all("\n" not in str(e) for e in broken)
    assert scan_installed(tmp_path / "absent") == ([], [])


READ_ERRORS = {
    "no-metadata": (None, "no metadata.json"),
    "bad-json": ("{", "not valid JSON"),
    "not-object": ("[]", "JSON object"),
    "missing-to-code": (json.dumps({**META, "to_code": None}), "'to_code'"),
    "bad-code": (json.dumps({**META, "from_code": "Russian"}), "not a language code"),
    "bad-type": (json.dumps({**META, "type": 3}), "type must be text"),
}


@pytest.mark.parametrize("case", sorted(READ_ERRORS), ids=sorted(READ_ERRORS))
def test_read_package_errors(case: str, tmp_path: Path) -> None:
    text, expected = READ_ERRORS[case]
    folder = tmp_path / "pkg"
    folder.mkdir()
    if text is not None:
        (folder / "metadata.json").write_text(text)
    with pytest.raises(InvalidPackageError, match=expected) as info:
        read_package(folder)
    assert str(info.value).startswith(str(folder))


def test_argostranslate_reads_what_we_install(tmp_path: Path) -> None:
    root = tmp_path / "packages"
    ours = install_file(make_archive(tmp_path), root)
    out = run_argos(
        "import json\n"
        "print(json.dumps([[p.from_code, p.to_code, p.package_version, str(p.package_path)]\n"
        "                  for p in package.get_installed_packages()]))\n",
        root,
        tmp_path,
    )
    assert json.loads(out) == [["ru", "en", "1.0", ours.path]]


def test_we_read_what_argostranslate_installs(tmp_path: Path) -> None:
    root = tmp_path / "packages"
    archive = make_archive(tmp_path, "translate-uk_en-1_0", from_code="uk")
    run_argos(f"package.install_from_path({str(archive)!r})\n", root, tmp_path)
    (pkg,) = list_installed(root)
    assert (pkg.identity, pkg.path) == ("argos:uk-en@1.0", str(root / "translate-uk_en-1_0"))
    assert remove("uk", "en", root) == [pkg]
    assert run_argos("print(len(package.get_installed_packages()))", root, tmp_path) == "0\n"


def test_archives_used_uninstalled_unpack_apart_from_the_translation_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from polyglot_news.translate.argos import ArgosTranslator
    from polyglot_news.translate.packages import unpack_dir

    monkeypatch.delenv("POLYGLOT_NEWS_UNPACK_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("POLYGLOT_NEWS_CACHE_DIR", str(tmp_path / "cache"))
    assert unpack_dir() == tmp_path / "xdg" / "polyglot_news" / "unpacked"
    archive = make_archive(tmp_path / "archives")
    [pkg] = ArgosTranslator(extra_packages=[archive]).packages().values()
    assert Path(pkg.path).parent.parent == unpack_dir()  # unpack_dir()/<sha256>/<package>
    assert not (tmp_path / "cache").exists()
    # a second translator (another run) reads the same copy instead of unpacking again
    [again] = ArgosTranslator(extra_packages=[archive]).packages().values()
    assert again.path == pkg.path
    monkeypatch.setenv("POLYGLOT_NEWS_UNPACK_DIR", str(tmp_path / "mine"))
    assert unpack_dir() == tmp_path / "mine"
