"""Argos Translate packages run directly with CTranslate2 and SentencePiece, batched.

Gives the same output as ``argostranslate.translate`` for the same package and settings: the
steps of ``argostranslate.translate.apply_packaged_translation`` (SentencePiece pieces, the
package's ``target_prefix``, ``replace_unknowns=True``, ``length_penalty=0.2``, beam search,
``batch_type="tokens"``, decode, drop the prefix and the leading space) — but over ALL the
sentences given at once, in token-bounded batches, instead of one paragraph at a time, and with
thread settings for a small machine (argostranslate's default ``intra_threads=0`` starts one
thread per core for every model and oversubscribes two cores). Each model and SentencePiece
processor is loaded once, lazily; they are dropped when pickling, so the object travels.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from polyglot_news.errors import MissingModelError, ModelLoadError, TranslationError
from polyglot_news.translate.languages import argos_code
from polyglot_news.translate.packages import (
    InstalledPackage,
    list_installed,
    read_package,
    unpack_dir,
)

__all__ = ["ArgosTranslator", "LENGTH_PENALTY"]

LENGTH_PENALTY = 0.2  # argostranslate.translate.apply_packaged_translation


class ArgosTranslator:
    """Translate with installed Argos packages (and extra ones used without installing).

    Args:
        packages_dir: where packages are installed (default: Argos' own folder).
        extra_packages: ``.argosmodel`` files or unpacked package folders to use as well; they
            win over installed packages for the same pair.
        beam_size: beam width (argostranslate's default is 4).
        inter_threads: batches translated in parallel.
        intra_threads: threads per batch.
        max_batch_tokens: tokens per batch.
        compute_type: CTranslate2 compute type ("auto", "int8", "float32", ...).
    """

    name = "argos"

    def __init__(
        self,
        packages_dir: str | os.PathLike[str] | None = None,
        extra_packages: Iterable[str | os.PathLike[str]] = (),
        *,
        beam_size: int = 4,
        inter_threads: int = 2,
        intra_threads: int = 1,
        max_batch_tokens: int = 2048,
        compute_type: str = "auto",
        device: str = "cpu",
    ) -> None:
        self.packages_dir = None if packages_dir is None else str(packages_dir)
        self.extra_packages = tuple(str(p) for p in extra_packages)
        self.beam_size = beam_size
        self.inter_threads = inter_threads
        self.intra_threads = intra_threads
        self.max_batch_tokens = max_batch_tokens
        self.compute_type = compute_type
        self.device = device
        self._packages: dict[tuple[str, str], InstalledPackage] | None = None
        self._models: dict[tuple[str, str], tuple[Any, Any]] = {}

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_models"] = {}  # CTranslate2 and SentencePiece objects do not pickle
        return state

    @property
    def settings(self) -> dict[str, str]:
        """The settings a result's signature records: every one that can change the output.

        The batch size is among them: CTranslate2 pads a batch to its longest sentence, and
        with quantised (int8) weights a sentence's translation can differ with its batch.
        """
        return {
            "beam_size": str(self.beam_size),
            "compute_type": self.compute_type,
            "device": self.device,
            "length_penalty": f"{LENGTH_PENALTY:g}",
            "max_batch_tokens": str(self.max_batch_tokens),
        }

    @property
    def settings_key(self) -> str:
        """The settings that can change the output (threads and batch size do not)."""
        raw = f"beam={self.beam_size};lp={LENGTH_PENALTY};ct={self.compute_type};d={self.device}"
        return "argos1:" + hashlib.sha256(raw.encode()).hexdigest()[:16]

    def packages(self) -> dict[tuple[str, str], InstalledPackage]:
        """The package used for each ``(source, target)`` pair."""
        if self._packages is None:
            found = {(p.from_code, p.to_code): p for p in list_installed(self.packages_dir)}
            for extra in self.extra_packages:
                pkg = _open_extra(Path(extra))
                found[(pkg.from_code, pkg.to_code)] = pkg
            self._packages = {pair: p for pair, p in found.items() if p.type == "translate"}
        return self._packages

    def package(self, source: str, target: str) -> InstalledPackage:
        """The package for a pair; MissingModelError when there is none."""
        packages = self.packages()
        # the detector's zh-tw text goes through Argos' zt package (zh-cn: zh)
        pkg = packages.get((source, target)) or packages.get(
            (argos_code(source), argos_code(target))
        )
        if pkg is None:
            source, target = argos_code(source), argos_code(target)
            raise MissingModelError(
                f"no Argos package for {source}->{target} is installed; install one with "
                f"`polyglot-news models install {source} {target}`",
                source=f"{source}->{target}",
            )
        return pkg

    def model_ids(self, source: str, target: str) -> tuple[str, ...]:
        """The identity of the package used for a pair, e.g. ``("argos:ru-en@1.0",)``."""
        return (self.package(source, target).identity,)

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        """Translate sentences with the pair's package, batched by tokens."""
        pkg = self.package(source, target)
        if not texts:
            return []
        model, processor = self._load(pkg)
        try:
            tokens = processor.encode(list(texts), out_type=str)
        except (RuntimeError, TypeError) as exc:
            raise TranslationError(
                f"{pkg.identity}: SentencePiece failed to encode ({exc}); reinstall the package",
                source=pkg.path,
            ) from exc
        todo = [i for i, pieces in enumerate(tokens) if pieces]
        prefix = [[pkg.target_prefix] for _ in todo] if pkg.target_prefix else None
        try:
            results = model.translate_batch(
                [tokens[i] for i in todo],
                target_prefix=prefix,
                replace_unknowns=True,
                max_batch_size=self.max_batch_tokens,
                batch_type="tokens",
                beam_size=self.beam_size,
                num_hypotheses=1,
                length_penalty=LENGTH_PENALTY,
            )
        except (RuntimeError, ValueError) as exc:
            raise TranslationError(
                f"{pkg.identity}: CTranslate2 failed to translate ({exc}); reinstall the package",
                source=pkg.path,
            ) from exc
        out = [""] * len(texts)
        for i, result in zip(todo, results, strict=True):
            out[i] = _decode(processor, result.hypotheses[0], pkg.target_prefix)
        return out

    def _load(self, pkg: InstalledPackage) -> tuple[Any, Any]:
        key = (pkg.from_code, pkg.to_code)
        if key not in self._models:
            self._models[key] = (self._load_model(pkg), _load_processor(pkg))
        return self._models[key]

    def _load_model(self, pkg: InstalledPackage) -> Any:
        import ctranslate2

        try:
            return ctranslate2.Translator(
                str(pkg.model_dir),
                device=self.device,
                compute_type=self.compute_type,
                inter_threads=self.inter_threads,
                intra_threads=self.intra_threads,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelLoadError(
                f"{pkg.identity} at {pkg.path}: cannot load the CTranslate2 model ({exc}); "
                f"reinstall it with `polyglot-news models install {pkg.from_code} "
                f"{pkg.to_code} --replace`",
                source=pkg.path,
            ) from exc


def _load_processor(pkg: InstalledPackage) -> Any:
    import sentencepiece

    if not pkg.sp_model.is_file():
        raise ModelLoadError(
            f"{pkg.identity} at {pkg.path}: no sentencepiece.model (BPE packages are not "
            "supported); install a current package with "
            f"`polyglot-news models install {pkg.from_code} {pkg.to_code} --replace`",
            source=pkg.path,
        )
    try:
        return sentencepiece.SentencePieceProcessor(model_file=str(pkg.sp_model))
    except (RuntimeError, OSError) as exc:
        raise ModelLoadError(
            f"{pkg.identity} at {pkg.path}: cannot load sentencepiece.model ({exc}); reinstall "
            f"it with `polyglot-news models install {pkg.from_code} {pkg.to_code} --replace`",
            source=pkg.path,
        ) from exc


def _decode(processor: Any, pieces: list[str], target_prefix: str) -> str:
    """Pieces to text exactly as argostranslate's SentencePieceTokenizer.decode does."""
    value = processor.decode_pieces(pieces).replace("▁", " ").replace("_", " ")
    if target_prefix and value.startswith(target_prefix):
        value = value[len(target_prefix) :]
    return value[1:] if value.startswith(" ") else value


def _open_extra(path: Path) -> InstalledPackage:
    """An unpacked package folder, or an ``.argosmodel`` file unpacked once into unpack_dir()."""
    if path.is_dir():
        return read_package(path)
    from polyglot_news.translate.archive import open_package_file

    return open_package_file(path, unpack_dir())
