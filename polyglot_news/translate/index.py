"""The Argos package index: what can be downloaded, and downloading and installing a pair.

The index is the JSON list ``argospm`` reads (``argostranslate/package.py``): one object per
package with ``from_code``, ``to_code``, ``package_version``, ``links`` and names. Its location
follows ``argostranslate/settings.py``: ``ARGOS_PACKAGE_INDEX`` (environment, then the Argos
``settings.json``) is a base URL to which ``index.json`` is appended; a URL ending in ``.json``
is used as is. Downloads stream to a temporary file under a size cap, are checked, and are
installed with :func:`polyglot_news.translate.packages.install_file`, so a failed or truncated
download installs nothing. Only the standard library's ``urllib`` is used.
"""

from __future__ import annotations

import http.client
import json
import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from polyglot_news.errors import InvalidPackageError, PackageError, PackageIndexError
from polyglot_news.translate.packages import (
    InstalledPackage,
    argos_setting,
    package_identity,
    version_key,
)

__all__ = [
    "DEFAULT_INDEX_URL",
    "AvailablePackage",
    "available",
    "index_url",
    "install",
    "parse_index",
]

DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
MAX_INDEX_BYTES = 64 * 1024**2
MAX_DOWNLOAD_BYTES = 2 * 1024**3
_CHUNK = 1024**2
_NETWORK_ERRORS = (OSError, http.client.HTTPException, ValueError)


@dataclass(frozen=True)
class AvailablePackage:
    """One package the index offers for download."""

    from_code: str
    to_code: str
    package_version: str
    name: str  # argospm's name, e.g. "translate-ru_en"
    links: tuple[str, ...]
    type: str = "translate"
    from_name: str = ""
    to_name: str = ""
    argos_version: str = ""

    @property
    def identity(self) -> str:
        """A stable id, e.g. ``argos:ru-en@1.9``."""
        return package_identity(self.from_code, self.to_code, self.package_version)


def index_url(override: str | None = None) -> str:
    """The index URL: ``override``, else ARGOS_PACKAGE_INDEX as argostranslate reads it."""
    return _resolve_url(override)


def _resolve_url(override: str | None) -> str:
    # A separate name because available() and install() take a parameter called index_url.
    url = override or argos_setting("ARGOS_PACKAGE_INDEX") or DEFAULT_INDEX_URL
    if urllib.parse.urlsplit(url).path.endswith(".json"):
        return url
    return url.rstrip("/") + "/index.json"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code} {exc.reason}"
    if isinstance(exc, urllib.error.URLError):
        return str(exc.reason)
    return str(exc) or type(exc).__name__


class _FetchError(Exception):
    """Internal: a download failed; carries the one-line reason."""


def _fetch(url: str, out: IO[bytes], *, timeout: float, limit: int) -> int:
    """Stream ``url`` into ``out``; raise _FetchError when it fails, is cut short or too big."""
    request = urllib.request.Request(url, headers={"User-Agent": "polyglot-news"})
    written = 0
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            header = response.headers.get("Content-Length")
            expected = int(header) if header and header.isdigit() else None
            if expected is not None and expected > limit:
                raise _FetchError(f"it is {expected} bytes, over the {limit}-byte limit")
            while chunk := response.read(_CHUNK):
                written += len(chunk)
                if written > limit:
                    raise _FetchError(f"it is over the {limit}-byte limit")
                out.write(chunk)
    except _NETWORK_ERRORS as exc:
        raise _FetchError(_reason(exc)) from exc
    if expected is not None and written < expected:
        raise _FetchError(f"the download was cut short ({written} of {expected} bytes)")
    return written


def _text(entry: dict[str, Any], key: str) -> str:
    value = entry.get(key, "")
    return value if isinstance(value, str) else ""


def _parse_entry(entry: Any, base: str) -> AvailablePackage | None:
    if not isinstance(entry, dict):
        return None
    codes = [entry.get(k) for k in ("from_code", "to_code", "package_version")]
    links = entry.get("links")
    if not all(isinstance(c, str) and c for c in codes) or not isinstance(links, list):
        return None
    absolute = tuple(urllib.parse.urljoin(base, link) for link in links if isinstance(link, str))
    kind = _text(entry, "type") or "translate"
    from_code, to_code, version = (str(c) for c in codes)
    return AvailablePackage(
        from_code=from_code,
        to_code=to_code,
        package_version=version,
        name=f"{kind}-{from_code}_{to_code}",
        links=absolute,
        type=kind,
        from_name=_text(entry, "from_name"),
        to_name=_text(entry, "to_name"),
        argos_version=_text(entry, "argos_version"),
    )


def parse_index(data: bytes, url: str) -> list[AvailablePackage]:
    """Parse index JSON fetched from ``url``; raise PackageIndexError when it is malformed."""
    hint = "check ARGOS_PACKAGE_INDEX or try again later"
    try:
        entries = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageIndexError(
            f"the Argos package index at {url} is not valid JSON ({exc}); {hint}", source=url
        ) from exc
    if not isinstance(entries, list):
        raise PackageIndexError(
            f"the Argos package index at {url} is malformed (expected a JSON list of "
            f"packages); {hint}",
            source=url,
        )
    # Entries the index may grow that we cannot use (no codes or links) are skipped, not fatal.
    packages = [p for p in (_parse_entry(e, url) for e in entries) if p is not None]
    if entries and not packages:
        raise PackageIndexError(
            f"the Argos package index at {url} is malformed (no entry has from_code, to_code, "
            f"package_version and links); {hint}",
            source=url,
        )
    packages.sort(key=lambda p: (p.from_code, p.to_code, version_key(p.package_version)))
    return packages


def available(index_url: str | None = None, timeout: float = 10) -> list[AvailablePackage]:
    """Fetch and parse the package index; raise PackageIndexError when unreachable or malformed."""
    url = _resolve_url(index_url)
    scheme = urllib.parse.urlsplit(url).scheme
    if scheme not in ("http", "https", "file"):
        raise PackageIndexError(
            f"cannot reach the Argos package index at {url}: only http, https and file URLs "
            "are supported; set ARGOS_PACKAGE_INDEX to such a URL",
            source=url,
        )
    with tempfile.SpooledTemporaryFile(max_size=MAX_INDEX_BYTES) as buffer:
        try:
            _fetch(url, buffer, timeout=timeout, limit=MAX_INDEX_BYTES)
        except _FetchError as exc:
            raise PackageIndexError(
                f"cannot reach the Argos package index at {url}: {exc}; check your network "
                "or set ARGOS_PACKAGE_INDEX",
                source=url,
            ) from exc
        buffer.seek(0)
        return parse_index(buffer.read(), url)


def _download(package: AvailablePackage, target: Path, base: str, timeout: float) -> None:
    allowed = {"http", "https"} | ({"file"} if base.startswith("file:") else set())
    links = [u for u in package.links if urllib.parse.urlsplit(u).scheme in allowed]
    pair = f"{package.from_code}->{package.to_code}"
    if not links:
        raise PackageIndexError(
            f"the Argos package index at {base} lists no usable download link for {pair}; "
            "install a downloaded file with `polyglot-news models install --file`",
            source=base,
        )
    problem = ""
    for link in links:  # mirrors, in the index's order
        try:
            with open(target, "wb") as out:
                _fetch(link, out, timeout=timeout, limit=MAX_DOWNLOAD_BYTES)
            return
        except _FetchError as exc:
            problem = f"cannot download the {pair} package from {link}: {exc}"
    raise PackageIndexError(
        f"{problem}; check your network, or install a downloaded file with "
        "`polyglot-news models install --file`",
        source=base,
    )


def install(
    from_code: str,
    to_code: str,
    *,
    index_url: str | None = None,
    packages_dir: str | os.PathLike[str] | None = None,
    replace: bool = False,
    timeout: float = 30,
) -> InstalledPackage:
    """Download the newest ``from_code -> to_code`` package from the index and install it."""
    from polyglot_news.translate.archive import inspect_archive
    from polyglot_news.translate.packages import install_file

    url = _resolve_url(index_url)
    candidates = [
        p
        for p in available(url, timeout=timeout)
        if (p.from_code, p.to_code) == (from_code, to_code) and p.type == "translate"
    ]
    if not candidates:
        raise PackageError(
            f"the Argos package index at {url} has no {from_code}->{to_code} package; run "
            "`polyglot-news models available` to see the pairs it offers",
            source=f"{from_code}->{to_code}",
        )
    best = max(candidates, key=lambda p: version_key(p.package_version))
    with tempfile.TemporaryDirectory(prefix="polyglot-news-download-") as tmp:
        target = Path(tmp) / "package.argosmodel"  # index text never names files
        _download(best, target, url, timeout)
        meta = inspect_archive(target).metadata
        if (meta["from_code"], meta["to_code"]) != (from_code, to_code):
            raise InvalidPackageError(
                f"{best.links[0]}: the index lists it as {from_code}->{to_code} but it holds "
                f"{meta['from_code']}->{meta['to_code']}; report it to the index maintainers",
                source=best.links[0],
            )
        return install_file(target, packages_dir, replace=replace)
