# SPDX-License-Identifier: GPL-3.0-or-later
"""The core's shape: no Qt, and no two modules that need each other."""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

CORE = ROOT / "composer"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(path: Path, modules: set[str]) -> set[str]:
    """The core modules `path` imports at run time (also inside functions; not the ones
    only type checkers read)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and is_type_checking(child):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import):
                found.update(a.name for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - child.level + 1]
                    target = ".".join([*base, *([child.module] if child.module else [])])
                else:
                    target = child.module or ""
                found.add(target)
                found.update(f"{target}.{a.name}" for a in child.names)
            visit(child)

    visit(ast.parse(path.read_text("utf-8")))
    return {m for m in found if m in modules and m != name}


def graph() -> dict[str, set[str]]:
    paths = sorted(CORE.rglob("*.py"))
    modules = {module_name(p) for p in paths}
    packages = {
        m for m, p in zip(map(module_name, paths), paths, strict=True) if p.name == "__init__.py"
    }
    # A package's __init__ is not a module that needs anything of its own.
    return {
        module_name(p): imports(p, modules - packages) for p in paths if p.name != "__init__.py"
    }


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    found: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                walk(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            walk(node)
    return found


def test_no_two_core_modules_need_each_other() -> None:
    edges = graph()
    assert len(edges) > 20
    assert cycles(edges) == []


def part(module: str) -> str:
    """composer.mail.smtp -> mail; composer.paths -> paths."""
    return module.split(".")[1]


def test_the_parts_depend_one_way() -> None:
    # Not only modules: no part of composer/ needs a part that needs it back, so each
    # can be read, tested and changed with only the parts below it in mind.
    parts: dict[str, set[str]] = {}
    for module, needs in graph().items():
        parts.setdefault(part(module), set()).update(
            part(n) for n in needs if part(n) != part(module)
        )
    assert cycles(parts) == []
    assert parts["templates"] <= {"paths", "problems"}
    assert "mail" not in parts["account"] and "mail" not in parts["campaigns"]


def test_the_cycle_finder_finds_cycles() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_core_never_imports_qt() -> None:
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any(n.split(".")[0] in ("PySide6", "shiboken6", "ui") for n in names), path
