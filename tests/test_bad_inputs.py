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


def _broken_link(tmp: Path) -> Path:
    (tmp / "gone.txt").symlink_to(tmp / "moved-away.txt")  # ls lists it; reading it fails
    return tmp / "gone.txt"


def _html_without_article(tmp: Path) -> Path:
    (tmp / "menu.html").write_text(
        "<html><head><title>Menu</title><script>var a=1;</script></head>"
        "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        "<footer>© Example Media</footer></body></html>",
        encoding="utf-8",
    )
    return tmp / "menu.html"


def _undeterminable_encoding(tmp: Path) -> Path:
    # high bytes and spaces that every code page reads as garbage: refused, never guessed
    (tmp / "garbled.txt").write_bytes(
        bytes.fromhex(
            "d1 e7 9a 20 f0 8f b3 c9 a4 20 e9 ff 81 dd 20 8b 9e c4 20 fb 92 a7 b0 ee 20 "
            "9d 85 e6 d9 20 c3 fa 8c 20 b6 93 eb 20 a9 ce 8d 20 f4 99 bc 20 e1 87 d7"
        )
    )
    return tmp / "garbled.txt"


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
    "undeterminable-encoding": _undeterminable_encoding,
    "50-MB": _too_large,
    "broken-link": _broken_link,
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
    # the ten records without text fail one by one; the ten lines that are not JSON, once
    assert len(ok) == 9_980 and len(failed) == 11
    assert all(r["language"] == "en" for r in ok)
    assert all("\n" not in r["error"]["message"] for r in failed)
    [summary] = [r for r in failed if r["path"] == str(path)]
    records = sorted(r["path"] for r in failed if r is not summary)
    assert records == sorted(f"{path}:{n}" for n in range(9, 10_000, 1000))
    numbers = ", ".join(str(n) for n in range(8, 10_000, 1000))
    assert summary["error"]["message"].startswith(
        f"{path}: 10 of 10000 lines are not JSON: {numbers}; fix or remove them (line 8: "
    )


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


# ---- Issue 13: inputs that used to be silently altered, lost or misrouted, by kind. ----------

# Markup in text fields: every container decodes entities and tags the same way, and records it.
PLAIN = 'Seoul said "about 11,000" troops went. It\'s the first time — Kyiv & Moscow disagree.'
MARKUP_VARIANTS: dict[str, tuple[str, str]] = {
    "json-entities": (
        "r.json",
        json.dumps(
            {
                "text": "Seoul said &quot;about 11,000&quot; troops went.&nbsp;It&#39;s the "
                "first time &mdash; Kyiv &amp; Moscow disagree."
            }
        ),
    ),
    "jsonl-hex-entities": (
        "r.jsonl",
        json.dumps(
            {
                "body": "Seoul said &#x22;about 11,000&#x22; troops went. It&#x27;s the "
                "first time &#8212; Kyiv &#38; Moscow disagree."
            }
        )
        + "\n",
    ),
    "double-escaped": (
        "r.json",
        json.dumps(
            {
                "content": "Seoul said &amp;quot;about 11,000&amp;quot; troops went. "
                "It&amp;#39;s the first time &amp;mdash; Kyiv &amp;amp; Moscow disagree."
            }
        ),
    ),
    "escaped-tags": (
        "r.json",
        json.dumps(
            {
                "text": "&lt;p&gt;Seoul said &quot;about 11,000&quot; troops went. "
                "It&#39;s the first time &mdash; Kyiv &amp; Moscow disagree.&lt;/p&gt;"
            }
        ),
    ),
    "cdata-and-tags": (
        "r.json",
        json.dumps(
            {
                "text": '<![CDATA[<p>Seoul said "about 11,000" troops went. It\'s the '
                "first time <b>—</b> Kyiv &amp; Moscow disagree.</p>]]>"
            }
        ),
    ),
    "rss-description": (
        "r.rss",
        "<rss><channel><item><description>Seoul said &amp;quot;about 11,000&amp;quot; troops "
        "went. It&amp;#39;s the first time &amp;mdash; Kyiv &amp;amp; Moscow disagree."
        "</description></item></channel></rss>",
    ),
}


@pytest.mark.parametrize("variant", sorted(MARKUP_VARIANTS), ids=sorted(MARKUP_VARIANTS))
def test_markup_in_text_fields_is_decoded_and_recorded(tmp_path: Path, variant: str) -> None:
    import polyglot_news

    name, content = MARKUP_VARIANTS[variant]
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [version] = polyglot_news.load(path)
    assert version.text == PLAIN
    assert any(r.kind == "markup" for r in version.removed)


@pytest.mark.parametrize("container", ["json", "html-attribute"])
def test_escaped_titles_are_decoded(tmp_path: Path, container: str) -> None:
    import polyglot_news

    body = "Officials in Seoul said the troops were deployed in the autumn of last year."
    if container == "json":
        path = tmp_path / "t.json"
        path.write_text(
            json.dumps({"title": "Russia&amp;#39;s &lt;b&gt;Kursk&lt;/b&gt; region", "text": body}),
            encoding="utf-8",
        )
    else:
        path = tmp_path / "t.html"
        path.write_text(
            '<html><head><meta property="og:title" content="Russia&amp;#39;s '
            f'Kursk region"></head><body><p>{body}</p></body></html>',
            encoding="utf-8",
        )
    [version] = polyglot_news.load(path)
    assert version.title == "Russia's Kursk region"
    assert any(r.kind == "markup" and r.text.startswith("title:") for r in version.removed)


# Short legacy-encoded text: decoded right (or refused), never read as another language.
LEGACY_TEXTS: list[tuple[str, str, str]] = [
    ("ru", "koi8_r", "Мэрия закрыла мост на ремонт."),
    ("ru", "cp866", "Ночью в городе выпал снег."),
    ("ru", "mac_cyrillic", "Суд отложил заседание до среды."),
    ("uk", "koi8_u", "Уряд ухвалив нові правила їзди."),
    ("uk", "cp1251", "Її обрали мером міста."),
    ("bg", "cp1251", "Парламентът прие бюджета."),
    ("be", "iso8859_5", "Урад прыняў новы закон."),
    ("ko", "euc_kr", "국회가 예산안을 통과시켰다."),
    ("ko", "johab", "서울에 첫눈이 내렸다."),
    ("ko", "iso2022_kr", "정부가 새 대책을 내놓았다."),
    ("ja", "iso2022_jp", "国会で予算案が可決された。"),
    ("ja", "euc_jp", "東京で初雪が降った。"),
    ("el", "cp1253", "Η Βουλή ψήφισε τον προϋπολογισμό."),
    ("zh-tw", "big5", "立法院通過了新預算。"),
    ("lt", "cp1257", "Seimas priėmė naują biudžetą ateinantiems metams."),
    ("he", "cp1255", "הכנסת אישרה את התקציב החדש."),
    ("ar", "cp1256", "وافق البرلمان على الميزانية الجديدة."),
    ("el", "mac_greek", "Η κυβέρνηση ανακοίνωσε νέα μέτρα."),
    ("ru", "cp855", "Мэрия закрыла мост на ремонт."),
    ("ru", "cp1251", "Kim said: «Всё кончено» — и ушёл."),
    ("ru", "utf-16-le", "Пхеньян подтвердил участие своих войск."),
    ("ko", "utf-16-be", "서울에 첫눈이 내렸다."),
]


@pytest.mark.parametrize(
    ("language", "encoding", "text"),
    LEGACY_TEXTS,
    ids=[f"{lang}-{enc}" for lang, enc, _ in LEGACY_TEXTS],
)
def test_short_legacy_text_decodes_and_detects(
    tmp_path: Path, language: str, encoding: str, text: str
) -> None:
    import polyglot_news

    path = tmp_path / "flash.txt"
    path.write_bytes(text.encode(encoding))
    [version] = polyglot_news.load(path)
    assert version.text == text
    assert polyglot_news.detect(version.text).language == language


@pytest.mark.parametrize(
    ("written", "wrong"),
    [("koi8_r", "shift_jis_2004"), ("koi8_r", "cp1252"), ("koi8_r", "cp1251"), ("utf-8", "cp1251")],
)
def test_mojibake_is_never_detected_with_confidence(written: str, wrong: str) -> None:
    import polyglot_news

    garbled = "Пхеньян подтвердил участие своих войск.".encode(written).decode(wrong, "replace")
    result = polyglot_news.detect(garbled)
    assert not result.reliable and result.confidence <= 0.5


def test_given_encoding_wins_and_a_wrong_one_is_one_line(tmp_path: Path) -> None:
    import polyglot_news
    from polyglot_news.errors import DecodingError

    path = tmp_path / "flash.txt"
    path.write_bytes("Суд отложил заседание.".encode("cp866"))
    [version] = polyglot_news.load(path, encoding="cp866")
    assert (version.text, version.encoding) == ("Суд отложил заседание.", "cp866")
    for wrong in ("utf-8", "no-such-codec"):
        with pytest.raises(DecodingError) as info:
            polyglot_news.load(path, encoding=wrong)
        assert "\n" not in str(info.value) and "encoding" in str(info.value)


# Text inside containers whose class names page chrome is the article when it holds the text.
@pytest.mark.parametrize(
    ("classes", "plain_classes", "tag"),
    [("js-paywall", "story", "p"), ("story has-ads", "story", "p"),
     ("premium paywall-body", "premium", "p"), ("article-text js-paywall", "article-text", "div"),
     ("subscription-content", "content", "section")],
)  # fmt: skip
def test_article_body_inside_chrome_named_container_is_kept(
    tmp_path: Path, classes: str, plain_classes: str, tag: str
) -> None:
    import polyglot_news

    paragraphs = [
        "The regional council voted on Tuesday to close the old bridge for repairs.",
        "Engineers found cracks in two of its supports during an inspection in May.",
        "The closure will last until the end of October, the council said.",
    ]
    body = "".join(f"<{tag} class='para'>{p}</{tag}>" for p in paragraphs)
    page = (
        "<html><body><article><h1>Bridge closed</h1><div class='{classes}'>{body}</div>"
        "<div class='cookie-banner'><p>We use cookies.</p></div></article></body></html>"
    )
    gated, plain = tmp_path / "gated.html", tmp_path / "plain.html"
    gated.write_text(page.format(classes=classes, body=body), encoding="utf-8")
    plain.write_text(page.format(classes=plain_classes, body=body), encoding="utf-8")
    [version] = polyglot_news.load(gated)
    assert version.text == polyglot_news.load(plain)[0].text
    assert version.text.startswith("Bridge closed")
    assert all(p in version.text for p in paragraphs)
    assert any("We use cookies" in r.text for r in version.removed if r.kind == "boilerplate")


# Tokens without language evidence: links, handles, hashtags, e-mails, numbers.
POSTS: list[tuple[str, str]] = [
    (
        "ru",
        "Мэрия закрыла мост на ремонт.\n\nhttps://t.me/city_news/1234 #Moscow #bridge "
        "@city_news_bot press@city.example 2025-10-31 15:00",
    ),
    ("uk", "Уряд ухвалив нові правила.\n\n#Ukraine #news #breaking @kyiv_bot t.me/kyivnews"),
    ("bg", "Парламентът прие бюджета.\n\nwww.example.bg/news/2025/10/31 #Bulgaria #budget"),
    ("el", "Η Βουλή ψήφισε τον προϋπολογισμό.\n\n#Greece #budget #vouli @ert_news 11.000.000"),
    ("ko", "국회가 예산안을 통과시켰다.\n\nhttps://example.kr/news/123 #Korea #budget @yna_bot"),
]


@pytest.mark.parametrize(("language", "post"), POSTS, ids=[lang for lang, _ in POSTS])
def test_links_handles_hashtags_carry_no_language(language: str, post: str) -> None:
    import polyglot_news

    result = polyglot_news.detect(post)
    assert result.language == language
    assert {p.language for p in result.paragraphs} <= {language}


# Mixed documents: each paragraph run from its own language; a missing pair is named.
def test_mixed_document_routes_each_run_and_names_a_missing_pair(
    cli: Callable[..., tuple[int, str, str]], tmp_path: Path, example_models: Path
) -> None:
    path = tmp_path / "ru_quotes.txt"
    path.write_text(
        "Северная Корея впервые подтвердила участие своих военных в боях в Курской области.\n\n"
        "Министерството на отбраната на България заяви, че следи внимателно развитието.\n\n"
        "Ранее об этом сообщала южнокорейская разведка.\n",
        encoding="utf-8",
    )
    code, out, err = cli("translate", "--models", example_models, "--json", path)
    assert code == 0, err
    [result] = json.loads(out)
    languages = [(p["language"], p["translated"]) for p in result["paragraphs"]]
    assert languages == [("ru", True), ("bg", False), ("ru", True)]
    assert "Министерството" in result["translation"]  # left as written, not garbled
    # the JSON lists the warnings printed: the untranslated run's, then any quality check's
    [warning] = [w for w in result["warnings"] if "models install bg en" in w]
    assert "bg" in warning and result["warnings"][0] == warning
    assert "bg" in err and "warning" in err
    code, out, err = cli("compare", "--models", example_models, path, _good(tmp_path))
    assert code == 0, err
    assert "Warnings" in out and "models install bg en" in out


@pytest.mark.parametrize(
    "command",
    [
        ["detect", "--json"],
        ["glossary", "match", "--json"],
        ["translate", "--json"],
        ["compare", "-f", "json"],
    ],
    ids=["detect", "glossary-match", "translate", "compare"],
)
def test_every_command_that_reads_files_takes_encoding(
    cli: Callable[..., tuple[int, str, str]],
    tmp_path: Path,
    example_models: Path,
    command: list[str],
) -> None:
    garbled = _undeterminable_encoding(tmp_path)
    flash = tmp_path / "flash.txt"
    flash.write_bytes("Пхеньян подтвердил участие своих войск в боях под Курском.".encode("cp866"))
    extra = ["--models", example_models] if command[0] in ("translate", "compare") else []
    again = tmp_path / "flash-again.txt"  # compare needs two versions; one file counts once
    again.write_bytes(flash.read_bytes())
    inputs = [flash, again] if command[0] == "compare" else [flash]
    code, out, err = cli(*command, *extra, "--encoding", "cp866", *inputs)
    assert code == 0, err
    assert '"ru"' in out  # decoded as written: detected Russian, not garbage
    code, _out, err = cli(*command, *extra, garbled, *inputs)
    assert "--encoding ENC" in err and "garbled.txt" in err
    code, _out, err = cli(*command, *extra, "--encoding", "no-such-codec", *inputs)
    assert code == 2 and "unknown encoding" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("case", "says"),
    [
        ("50-MB", "over the 20 MiB limit for one article; save only the article's text"),
        ("broken-link", "moved-away.txt, which does not exist; fix or remove the link"),
    ],
)
def test_what_to_do_is_said_in_the_cli_s_own_terms(
    cli: Callable[..., tuple[int, str, str]], tmp_path: Path, case: str, says: str
) -> None:
    bad = BAD_SOURCES[case](tmp_path)
    code, _, err = cli("detect", bad, _good(tmp_path))
    assert code == 1
    [line] = [line for line in err.splitlines() if "error:" in line]
    assert line.startswith(f"polyglot-news: error: {bad} ") and says in line
