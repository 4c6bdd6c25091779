"""The Argos package index, for real over HTTP against a server on 127.0.0.1 (never the web)."""

from __future__ import annotations

import json
import socket
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from _packages import make_archive, run_argos

from polyglot_news.errors import InvalidPackageError, PackageError, PackageIndexError
from polyglot_news.translate import index as index_module
from polyglot_news.translate.index import DEFAULT_INDEX_URL, available, index_url, install
from polyglot_news.translate.packages import list_installed

META = {"package_version": "1.0", "argos_version": "1.0", "from_code": "ru", "to_code": "en"}


@dataclass
class Site:
    """Routes served by the local server: path -> (status, body, declared length or None)."""

    url: str = ""
    routes: dict[str, tuple[int, bytes, int | None]] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)

    def add(self, path: str, body: bytes, status: int = 200, length: int | None = None) -> str:
        self.routes[path] = (status, body, length)
        return self.url + path


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            state.hits.append(self.path)
            status, body, length = state.routes.get(self.path, (404, b"not found", None))
            self.send_response(status)
            # A declared length larger than the body makes a truncated download.
            self.send_header("Content-Length", str(len(body) if length is None else length))
            self.end_headers()
            self.wfile.write(body)
            self.close_connection = True

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _entry(link: str, version: str = "1.0", **extra: str) -> dict[str, object]:
    names = {"from_name": "Russian", "to_name": "English"}
    return {**META, **names, "package_version": version, "links": [link], **extra}


def _serve_index(site: Site, entries: list[object]) -> str:
    return site.add("/index.json", json.dumps(entries).encode())


def test_download_and_install_for_real(site: Site, tmp_path: Path) -> None:
    link = site.add("/ru_en-1.0.argosmodel", archive_bytes(tmp_path))
    newer = site.add(
        "/ru_en-1.10.argosmodel", archive_bytes(tmp_path, "ru_en-1_10", package_version="1.10")
    )
    url = _serve_index(site, [_entry(link), _entry(newer, "1.10"), {"type": "sbd"}, "junk"])
    offered = available(url)
    assert [(p.identity, p.name, p.links) for p in offered] == [
        ("argos:ru-en@1.0", "translate-ru_en", (link,)),
        ("argos:ru-en@1.10", "translate-ru_en", (newer,)),
    ]
    root = tmp_path / "packages"
    pkg = install("ru", "en", index_url=url, packages_dir=root)
    assert pkg.identity == "argos:ru-en@1.10"  # the newest version, compared numerically
    assert list_installed(root) == [pkg]
    assert site.hits[-1] == "/ru_en-1.10.argosmodel"


def test_relative_links_and_base_url(site: Site, tmp_path: Path) -> None:
    site.add("/mirror/pkg.argosmodel", archive_bytes(tmp_path))
    site.add("/mirror/index.json", json.dumps([_entry("pkg.argosmodel")]).encode())
    pkg = install("ru", "en", index_url=site.url + "/mirror/", packages_dir=tmp_path / "p")
    assert pkg.identity == "argos:ru-en@1.0"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_index(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_free_port()}/index.json"
    with pytest.raises(PackageIndexError) as info:
        available(url, timeout=5)
    message = str(info.value)
    assert message.startswith(f"cannot reach the Argos package index at {url}: ")
    assert message.endswith("; check your network or set ARGOS_PACKAGE_INDEX")
    assert "\n" not in message


MALFORMED = {
    "not-json": (b"<html>rate limited</html>", "not valid JSON"),
    "object": (b'{"packages": []}', "expected a JSON list"),
    "junk-entries": (b'[1, {"from_code": "ru"}]', "no entry has from_code"),
    "latin1": ('["é"]'.encode("latin-1"), "not valid JSON"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED), ids=sorted(MALFORMED))
def test_malformed_index(case: str, site: Site) -> None:
    body, expected = MALFORMED[case]
    url = site.add("/index.json", body)
    with pytest.raises(PackageIndexError, match=expected) as info:
        available(url)
    assert str(info.value).startswith(f"the Argos package index at {url} ")


def test_index_http_error(site: Site) -> None:
    with pytest.raises(PackageIndexError, match="HTTP 404"):
        available(site.url + "/missing.json")


def test_empty_index_is_fine(site: Site) -> None:
    assert available(_serve_index(site, [])) == []


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where downloads go, so a test can check that nothing is left behind."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _broken(site: Site, tmp_path: Path, case: str) -> str:
    good = archive_bytes(tmp_path)
    if case == "truncated":
        return site.add("/p.argosmodel", good[: len(good) // 2], length=len(good))
    if case == "not-a-zip":
        return site.add("/p.argosmodel", b"<html>sorry</html>")
    if case == "wrong-pair":
        return site.add("/p.argosmodel", archive_bytes(tmp_path, from_code="uk"))
    if case == "http-500":
        return site.add("/p.argosmodel", b"oops", status=500)
    return site.add("/p.argosmodel", good)  # "too-large": the limit is lowered below


DOWNLOAD_FAILURES = {
    "truncated": (PackageIndexError, r"cut short \(\d+ of \d+ bytes\)"),
    "not-a-zip": (InvalidPackageError, "not a zip archive"),
    "wrong-pair": (InvalidPackageError, "lists it as ru->en but it holds uk->en"),
    "http-500": (PackageIndexError, "HTTP 500"),
    "too-large": (PackageIndexError, "over the 100-byte limit"),
}


@pytest.mark.parametrize("case", sorted(DOWNLOAD_FAILURES), ids=sorted(DOWNLOAD_FAILURES))
def test_failed_download_installs_nothing(
    case: str, site: Site, tmp_path: Path, scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    error, expected = DOWNLOAD_FAILURES[case]
    url = _serve_index(site, [_entry(_broken(site, tmp_path, case))])
    if case == "too-large":
        monkeypatch.setattr(index_module, "MAX_DOWNLOAD_BYTES", 100)
    root = tmp_path / "packages"
    with pytest.raises(error, match=expected) as info:
        install("ru", "en", index_url=url, packages_dir=root)
    assert "\n" not in str(info.value)
    assert list_installed(root) == []
    assert not root.exists() or list(root.iterdir()) == []
    assert list(scratch.iterdir()) == []


def test_pair_not_in_index(site: Site, tmp_path: Path) -> None:
    url = _serve_index(site, [_entry(site.url + "/p.argosmodel")])
    with pytest.raises(PackageError, match="has no ko->en package.*models available"):
        install("ko", "en", index_url=url, packages_dir=tmp_path)


def test_file_links_need_a_file_index(site: Site) -> None:
    url = _serve_index(site, [_entry("file:///etc/passwd")])
    with pytest.raises(PackageIndexError, match="no usable download link"):
        install("ru", "en", index_url=url)


INDEX_URLS = {
    "default": (None, None, DEFAULT_INDEX_URL),
    "argos-style-base": (None, "https://m.example/main/", "https://m.example/main/index.json"),
    "base-without-slash": (None, "https://m.example/main", "https://m.example/main/index.json"),
    "env-json": (None, "https://m.example/i.json", "https://m.example/i.json"),
    "override-wins": ("http://x/y.json", "https://m.example/", "http://x/y.json"),
}


@pytest.mark.parametrize("case", sorted(INDEX_URLS), ids=sorted(INDEX_URLS))
def test_index_url(case: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    override, env, expected = INDEX_URLS[case]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # no user settings.json
    monkeypatch.delenv("SNAP", raising=False)
    if env is None:
        monkeypatch.delenv("ARGOS_PACKAGE_INDEX", raising=False)
    else:
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", env)
    assert index_url(override) == expected


def test_unsupported_scheme() -> None:
    with pytest.raises(PackageIndexError, match="only http, https and file URLs"):
        available("ftp://example.org/index.json")


ARGOSPM = "from argostranslate.argospm import main\nmain()\n"  # the argospm command


def test_argospm_and_we_share_the_index_and_the_packages(site: Site, tmp_path: Path) -> None:
    """argospm's own command line, for real: it installs from the index we read, we see and
    remove what it installed, and it lists what we installed."""
    uk = archive_bytes(tmp_path, "translate-uk_en-1_0", from_code="uk", from_name="Ukrainian")
    entries = [
        _entry(site.add("/ru_en.argosmodel", archive_bytes(tmp_path))),
        {**_entry(site.add("/uk_en.argosmodel", uk)), "from_code": "uk", "from_name": "Ukrainian"},
    ]
    _serve_index(site, entries)
    base, root, home = site.url + "/", tmp_path / "packages", tmp_path / "argos-home"
    home.mkdir()

    def argospm(*args: str) -> str:
        return run_argos(ARGOSPM, root, home, args, index=base)

    argospm("update")
    assert argospm("search", "--to-lang", "en").split("\n")[:2] == [
        "translate-ru_en: ru -> en",
        "translate-uk_en: uk -> en",
    ]
    argospm("install", "translate-uk_en")
    (theirs,) = list_installed(root)
    assert (theirs.identity, theirs.path) == ("argos:uk-en@1.0", str(root / "translate-uk_en-1_0"))
    assert [p.identity for p in available(base)] == ["argos:ru-en@1.0", "argos:uk-en@1.0"]
    ours = install("ru", "en", index_url=base, packages_dir=root)
    assert sorted(argospm("list").split()) == ["translate-ru_en", "translate-uk_en"]
    assert argospm("remove", "translate-ru_en") == "Removed package translate-ru_en\n"
    assert ours not in list_installed(root)
    assert list_installed(root) == [theirs]


def archive_bytes(tmp: Path, name: str = "translate-ru_en-1_0", **meta: str) -> bytes:
    return make_archive(tmp, name, **meta).read_bytes()
