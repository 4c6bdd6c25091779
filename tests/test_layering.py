"""Dependencies flow one way: cli -> pipeline -> stages; report reads a finished Comparison.

Read from the source with :mod:`ast` (nothing is imported), counting every import, also those
inside functions and under ``TYPE_CHECKING``: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import polyglot_news

PACKAGE = Path(polyglot_news.__file__).parent
# The layers no stage may import, and the stages (with comparison/) that must not.
UPPER = ("polyglot_news.report", "polyglot_news.cli")
STAGES = (
    "polyglot_news.sources",
    "polyglot_news.langid",
    "polyglot_news.segment",
    "polyglot_news.glossary",
    "polyglot_news.translate",
    "polyglot_news.comparison",
    "polyglot_news.records",
    "polyglot_news.errors",
    "polyglot_news.weblinks",
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, module: str) -> set[str]:
    """The polyglot_news modules ``path`` imports, resolved to module names."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith("polyglot_news")}


def _graph() -> dict[str, set[str]]:
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {}
    for module, path in paths.items():
        # "from pkg import name" names a module only when that module exists
        graph[module] = {name for name in _imports(path, module) if name in paths} - {module}
    return graph


GRAPH = _graph()


def _in(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if _in(m, STAGES)))
def test_no_stage_imports_the_report_or_the_cli(module: str) -> None:
    assert sorted(m for m in GRAPH[module] if _in(m, UPPER)) == []


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if _in(m, ("polyglot_news.report",))))
def test_the_report_does_not_import_the_cli_or_the_pipeline(module: str) -> None:
    banned = ("polyglot_news.cli", "polyglot_news.pipeline")
    assert sorted(m for m in GRAPH[module] if _in(m, banned)) == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each strongly connected component of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return out


def _without_package_inits(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The graph without edges from a package's ``__init__`` to its own submodules.

    A package that re-exports its submodules' names imports them, and each submodule
    necessarily imports its parent package first; that is how Python packages work, not a
    cycle between modules.
    """
    root = PACKAGE.parent
    packages = {m for m in graph if (root / m.replace(".", "/") / "__init__.py").is_file()}
    return {
        m: {n for n in deps if not (m in packages and n.startswith(m + "."))}
        for m, deps in graph.items()
    }


def test_no_import_cycle() -> None:
    assert _cycles(_without_package_inits(GRAPH)) == []


def test_the_cycle_finder_finds_cycles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
