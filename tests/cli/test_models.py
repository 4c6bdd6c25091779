"""`polyglot-news models ...`, in-process, with packages and the index in tmp dirs."""

from __future__ import annotations

import contextlib
import io
import json
import socket
from pathlib import Path

import pytest
from _packages import make_archive

from polyglot_news.cli import app
from polyglot_news.cli._common import run_app

META = {"package_version": "1.0", "argos_version": "1.0", "from_code": "ru", "to_code": "en"}


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(root))
    return root


@pytest.fixture
def file_index(tmp_path: Path) -> str:
    """A local index (file: URL) offering ru->en and uk->en."""
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    entries = []
    for src in ("ru", "uk"):
        package = make_archive(tmp_path, f"translate-{src}_en-1_0", from_code=src)
        target = package.rename(mirror / f"{src}_en.argosmodel")
        names = {"from_name": src.upper(), "to_name": "English"}
        entries.append({**META, **names, "from_code": src, "links": [target.as_uri()]})
    (mirror / "index.json").write_text(json.dumps(entries))
    return (mirror / "index.json").as_uri()


def invoke(*args: str) -> tuple[int, str, str]:
    """Run ``polyglot-news models ARGS`` through run_app, the boundary that maps errors."""
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            run_app(app, ["models", *args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return code, out.getvalue(), err.getvalue()


def test_install_file_list_and_remove(packages: Path, tmp_path: Path) -> None:
    code, out, err = invoke("list")
    assert (code, err) == (0, "")
    assert out.startswith(f"no packages installed in {packages}")
    code, out, _ = invoke("install", "--file", str(make_archive(tmp_path)))
    assert code == 0
    assert out == f"installed argos:ru-en@1.0 in {packages / 'translate-ru_en-1_0'}\n"
    code, out, _ = invoke("list")
    header, row = out.splitlines()
    assert header.split() == ["FROM", "TO", "VERSION", "NAME", "PATH"]
    assert row.split()[:4] == ["ru", "en", "1.0", "translate-ru_en-1_0"]
    code, out, _ = invoke("list", "--json")
    (item,) = json.loads(out)
    assert (item["identity"], item["path"]) == ("argos:ru-en@1.0", str(packages / item["name"]))
    assert invoke("remove", "ru", "en")[:2] == (0, f"removed argos:ru-en@1.0 from {item['path']}\n")
    code, out, err = invoke("remove", "ru", "en")
    assert (code, out) == (1, "")
    assert err.startswith("polyglot-news: error: no package for ru->en is installed")
    assert err.count("\n") == 1


def test_broken_package_folder_is_reported(packages: Path, tmp_path: Path) -> None:
    invoke("install", "--file", str(make_archive(tmp_path)))
    (packages / "broken").mkdir()
    code, out, err = invoke("list", "--json")
    assert code == 1
    good, bad = json.loads(out)
    assert good["identity"] == "argos:ru-en@1.0"
    assert bad["path"] == str(packages / "broken")
    assert bad["error"]["kind"] == "invalid_package"
    assert "no metadata.json" in err


def test_install_bad_file_is_one_line(packages: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("not a zip")
    code, out, err = invoke("install", "--file", str(bad))
    assert (code, out) == (1, "")
    assert err == f"polyglot-news: error: {bad}: not a zip archive " + (
        "(an .argosmodel is a zip of one package folder); re-download or rebuild it\n"
    )
    assert not packages.exists() or list(packages.iterdir()) == []


USAGE = {
    "nothing": (),
    "only-from": ("ru",),
    "pair-and-file": ("ru", "en", "--file", "x.argosmodel"),
}


@pytest.mark.parametrize("case", sorted(USAGE), ids=sorted(USAGE))
def test_install_usage_errors_exit_2(case: str, packages: Path) -> None:
    code, out, _ = invoke("install", *USAGE[case])
    assert code == 2


def test_available_and_install_from_index(packages: Path, file_index: str) -> None:
    code, out, _ = invoke("available", "--index", file_index)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["FROM", "TO", "VERSION", "LANGUAGES", "INSTALLED"]
    assert [line.split()[:3] for line in lines[1:]] == [["ru", "en", "1.0"], ["uk", "en", "1.0"]]
    assert invoke("install", "uk", "en", "--index", file_index)[0] == 0
    code, out, _ = invoke("available", "--json", "--index", file_index)
    installed = {(p["from_code"], p["installed_version"]) for p in json.loads(out)}
    assert installed == {("ru", None), ("uk", "1.0")}
    code, out, err = invoke("install", "ko", "en", "--index", file_index)
    assert code == 1 and "has no ko->en package" in err


def test_unreachable_index_is_one_line(packages: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, out, err = invoke("available", "--index", f"http://127.0.0.1:{port}/index.json")
    assert (code, out) == (1, "")
    assert err.startswith("polyglot-news: error: cannot reach the Argos package index at ")
    assert err.count("\n") == 1


def test_run_app_exit_codes(
    packages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        run_app(app, ["models", "remove", "ru", "en"])
    assert info.value.code == 1
    assert "no package for ru->en" in capsys.readouterr().err
    run_app(app, ["models", "install", "--file", str(make_archive(tmp_path))])
    assert "installed argos:ru-en@1.0" in capsys.readouterr().out


def test_languages_lists_the_codes_to_takes(packages: Path, tmp_path: Path) -> None:
    invoke("install", "--file", str(make_archive(tmp_path)))  # a ru->en package
    code, out, err = invoke("languages", "--json")
    assert (code, err) == (0, "")
    rows = {row["code"]: row for row in json.loads(out)}
    assert len([r for r in rows.values() if r["kind"] == "iso639-1"]) == 184
    assert rows["zt"]["kind"] == rows["pb"]["kind"] == "argos"
    assert rows["pt-br"]["note"] == "use pb" and rows["zh-tw"]["note"] == "packages: zt"
    assert rows["ru"]["note"] == rows["en"]["note"] == "installed"
    code, out, _ = invoke("languages")
    assert code == 0 and out.splitlines()[0].split() == ["CODE", "NAME", "KIND", "NOTE"]
