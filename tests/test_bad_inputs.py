"""The bad-input matrix: every command, and the library call behind it, against what users feed it.

Each bad input must give a one-line error that names the input (no traceback), the command's
exit code (1 when an input failed, 2 for usage errors), and the good input given alongside it
must still be processed. Inputs are made in tmp folders; nothing touches the network.
"""

from __future__ import annotations

import errno
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from polyglot_news.errors import PolyglotNewsError

GOOD_EN = (
    "North Korea has confirmed for the first time that its troops fought for Russia in the "
    "Kursk region, the state news agency said on Monday.\n"
)
GOOD_RU = "Северная Корея впервые подтвердила участие своих военных в боях в Курской области.\n"


def _missing(tmp: Path) -> Path:
    return tmp / "missing.txt"


def _directory(tmp: Path) -> Path:
    (tmp / "empty-folder").mkdir()
    return tmp / "empty-folder"


def _empty(tmp: Path) -> Path:
    (tmp / "empty.txt").write_bytes(b"")
    return tmp / "empty.txt"


def _whitespace(tmp: Path) -> Path:
    (tmp / "blank.txt").write_text(" \n\t\n  \r\n", encoding="utf-8")
    return tmp / "blank.txt"


def _binary(tmp: Path) -> Path:
    (tmp / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return tmp / "photo.txt"


def _invalid_utf8(tmp: Path) -> Path:
    (tmp / "broken.txt").write_bytes(b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\x00\x01" * 40)
    return tmp / "broken.txt"


def _too_large(tmp: Path) -> Path:
    path = tmp / "huge.txt"
    with path.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 1024 * 1024)
    return path


def _html_without_article(tmp: Path) -> Path:
    (tmp / "menu.html").write_text(
        "<html><head><title>Menu</title><script>var a=1;</script></head>"
        "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        "<footer>© Example Media</footer></body></html>",
        encoding="utf-8",
    )
    return tmp / "menu.html"


def _unsupported_format(tmp: Path) -> Path:
    (tmp / "story.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    return tmp / "story.pdf"


BAD_SOURCES: dict[str, Callable[[Path], Path]] = {
    "missing": _missing,
    "directory-without-articles": _directory,
    "empty": _empty,
    "whitespace-only": _whitespace,
    "binary": _binary,
    "invalid-utf8": _invalid_utf8,
    "50-MB": _too_large,
    "html-without-article": _html_without_article,
    "unsupported-format": _unsupported_format,
}

# detect and glossary match need no model; translate and compare use the project-built ones.
COMMANDS: dict[str, Callable[[Path, Path], list[str | Path]]] = {
    "detect": lambda bad, good: ["detect", bad, good],
    "detect-json": lambda bad, good: ["detect", "--json", bad, good],
    "glossary-match": lambda bad, good: ["glossary", "match", bad, good],
}


def _good(tmp: Path) -> Path:
    path = tmp / "good_en.txt"
    path.write_text(GOOD_EN, encoding="utf-8")
    return path


def _assert_one_line_errors(err: str, names: list[str]) -> None:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    errors = [line for line in lines if "error:" in line]
    assert errors, err
    for name in names:
        assert any(name in line for line in errors), (name, err)


@pytest.mark.parametrize("case", sorted(BAD_SOURCES), ids=sorted(BAD_SOURCES))
@pytest.mark.parametrize("command", sorted(COMMANDS), ids=sorted(COMMANDS))
def test_bad_source_fails_alone_and_the_good_one_is_still_processed(
    cli: Callable[..., tuple[int, str, str]], tmp_path: Path, case: str, command: str
) -> None:
    bad = BAD_SOURCES[case](tmp_path)
    good = _good(tmp_path)
    code, out, err = cli(*COMMANDS[command](bad, good))
    assert code == 1, (out, err)
    assert "good_en" in out
    if command == "detect-json":
        results = json.loads(out)
        failed = [r for r in results if "error" in r]
        assert [r["path"] for r in failed] == [str(bad)]
        assert set(failed[0]["error"]) == {"kind", "message"}
        assert "\n" not in failed[0]["error"]["message"]
    else:
        _assert_one_line_errors(err, [bad.name])


@pytest.mark.parametrize("case", sorted(BAD_SOURCES), ids=sorted(BAD_SOURCES))
def test_bad_source_in_translate_and_compare(
    cli: Callable[..., tuple[int, str, str]],
    tmp_path: Path,
    example_models: Path,
    case: str,
) -> None:
    bad = BAD_SOURCES[case](tmp_path)
    good = _good(tmp_path)
    ru = tmp_path / "good_ru.txt"
    ru.write_text(GOOD_RU, encoding="utf-8")
    code, out, err = cli("translate", "--models", example_models, bad, ru)
    assert code == 1
    assert "Kursk" in out
    _assert_one_line_errors(err, [bad.name])
    code, out, err = cli("compare", "--models", example_models, bad, good, ru, "-f", "json")
    assert code == 1
    report = json.loads(out)
    assert {v["id"] for v in report["versions"]} >= {"good_en", "good_ru"}
    _assert_one_line_errors(err, [bad.name])


def test_permission_denied_is_one_line(
    cli: Callable[..., tuple[int, str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root in CI, where chmod does not deny reads: make open() say what it would.
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD_EN, encoding="utf-8")
    good = _good(tmp_path)
    real_open = Path.open

    def guarded_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name == "locked.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", guarded_open)
    code, out, err = cli("detect", locked, good)
    assert code == 1 and "good_en" in out
    _assert_one_line_errors(err, ["locked.txt"])


def test_mixed_encodings_load_without_losing_the_file(
    cli: Callable[..., tuple[int, str, str]], tmp_path: Path
) -> None:
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(GOOD_RU.encode("utf-8") + b"\n" + GOOD_RU.encode("cp1251"))
    code, out, err = cli("detect", "--json", mixed)
    assert "Traceback" not in err
    result = json.loads(out)[0]
    if code == 0:
        assert result["language"] == "ru"
    else:
        assert code == 1 and "\n" not in result["error"]["message"]


def test_large_jsonl_with_broken_lines(
    cli: Callable[..., tuple[int, str, str]], tmp_path: Path
) -> None:
    path = tmp_path / "feed.jsonl"
    lines = []
    for i in range(10_000):
        if i % 1000 == 7:
            lines.append('{"text": "truncated record')
        elif i % 1000 == 8:
            lines.append(json.dumps({"title": "no text field"}))
        else:
            lines.append(json.dumps({"outlet": f"o{i}", "text": f"{GOOD_EN.strip()} Item {i}."}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = cli("detect", "--json", path)
    assert code == 1
    results = json.loads(out)
    ok = [r for r in results if "error" not in r]
    failed = [r for r in results if "error" in r]
    assert len(ok) == 9_980 and len(failed) == 20
    assert all(r["language"] == "en" for r in ok)
    assert all(":" in r["path"] and "\n" not in r["error"]["message"] for r in failed)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param(["--languages", "xx,yy"], 2, id="unknown-candidate-language"),
        pytest.param(["--no-such-option"], 2, id="unknown-option"),
    ],
)
def test_usage_errors_exit_2(
    cli: Callable[..., tuple[int, str, str]], tmp_path: Path, args: list[str], expected: int
) -> None:
    code, _out, err = cli("detect", *args, _good(tmp_path))
    assert code == expected
    assert "Traceback" not in err


def test_missing_model_names_the_pair_and_the_install_command(
    cli: Callable[..., tuple[int, str, str]], tmp_path: Path
) -> None:
    ru = tmp_path / "ru.txt"
    ru.write_text(GOOD_RU, encoding="utf-8")
    code, _out, err = cli("translate", ru, "--to", "en")
    assert code == 1
    _assert_one_line_errors(err, ["ru.txt"])
    assert "polyglot-news models install ru en" in err


def test_unsupported_language_pair_is_reported_and_others_translate(
    cli: Callable[..., tuple[int, str, str]], tmp_path: Path, example_models: Path
) -> None:
    hy = tmp_path / "armenian.txt"
    hy.write_text(
        "Հյուսիսային Կորեան առաջին անգամ հաստատել է, որ իր զորքերը կռվել են Ռուսաստանի համար։\n",
        encoding="utf-8",
    )
    ru = tmp_path / "good_ru.txt"
    ru.write_text(GOOD_RU, encoding="utf-8")
    code, out, err = cli("translate", "--models", example_models, hy, ru)
    assert code == 1 and "Kursk" in out
    _assert_one_line_errors(err, ["armenian.txt"])


def test_corrupt_model_is_refused_in_one_line(
    cli: Callable[..., tuple[int, str, str]], tmp_path: Path
) -> None:
    models = tmp_path / "models"
    models.mkdir()
    (models / "translate-ru_en-1_0.argosmodel").write_bytes(b"PK\x03\x04 truncated download")
    ru = tmp_path / "ru.txt"
    ru.write_text(GOOD_RU, encoding="utf-8")
    code, _out, err = cli("translate", "--models", models, ru)
    assert code == 1
    _assert_one_line_errors(err, ["translate-ru_en-1_0.argosmodel"])
    code, _out, err = cli("models", "install", "--file", models / "translate-ru_en-1_0.argosmodel")
    assert code == 1
    _assert_one_line_errors(err, ["translate-ru_en-1_0.argosmodel"])


@pytest.mark.parametrize("command", ["translate", "compare", "glossary-match"])
def test_malformed_glossary_names_file_and_line(
    cli: Callable[..., tuple[int, str, str]], tmp_path: Path, example_models: Path, command: str
) -> None:
    glossary = tmp_path / "names.tsv"
    glossary.write_text("id\ttype\tlang\tform\nkursk\tplace\tru\n", encoding="utf-8")
    good = _good(tmp_path)
    args = {
        "translate": ["translate", "--models", example_models, good],
        "compare": ["compare", "--models", example_models, good, good],
        "glossary-match": ["glossary", "match", good],
    }[command]
    code, _out, err = cli(*args, "--glossary", glossary)
    assert code == 1
    _assert_one_line_errors(err, ["names.tsv:2"])


# The library calls behind the commands raise only polyglot_news errors, one line each.
LIBRARY_CALLS: dict[str, Callable[[Path], object]] = {
    "load": lambda p: __import__("polyglot_news").load(p),
    "load_glossary": lambda p: __import__("polyglot_news").load_glossary(p),
}


@pytest.mark.parametrize("case", sorted(BAD_SOURCES), ids=sorted(BAD_SOURCES))
@pytest.mark.parametrize("call", sorted(LIBRARY_CALLS), ids=sorted(LIBRARY_CALLS))
def test_library_calls_raise_one_line_library_errors(tmp_path: Path, case: str, call: str) -> None:
    bad = BAD_SOURCES[case](tmp_path)
    with pytest.raises(PolyglotNewsError) as info:
        LIBRARY_CALLS[call](bad)
    assert "\n" not in str(info.value)
    assert bad.name in str(info.value)


def test_library_detect_and_translate_errors(tmp_path: Path) -> None:
    import polyglot_news
    from polyglot_news.errors import MissingModelError, TextTooShortError

    with pytest.raises(TextTooShortError):
        polyglot_news.detect("?!")
    engine = polyglot_news.TranslationEngine(polyglot_news.ArgosTranslator(), cache=None)
    with pytest.raises(MissingModelError) as info:
        engine.translate(GOOD_RU, "ru", "en")
    assert "models install ru en" in str(info.value) and "\n" not in str(info.value)


def test_output_never_overwrites_an_input(
    cli: Callable[..., tuple[int, str, str]], tmp_path: Path, example_models: Path
) -> None:
    good = _good(tmp_path)
    before = good.read_bytes()
    ru = tmp_path / "ru.txt"
    ru.write_text(GOOD_RU, encoding="utf-8")
    code, _out, err = cli("compare", "--models", example_models, good, ru, "-o", good)
    assert code == 1
    assert good.read_bytes() == before
    _assert_one_line_errors(err, ["good_en.txt"])
