"""The layers import only downward: pipeline -> warehouse -> extractors -> core.

``core`` (errors, records, dates and periods, the metric registry) imports only the standard
library; every other package may import it. Imports inside functions count too: a lazy import
is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Which of the project's packages each package may import (itself included).
ALLOWED = {
    "core": {"core"},
    "extractors": {"core", "extractors"},
    "warehouse": {"core", "extractors", "warehouse"},
    "pipeline": {"core", "extractors", "warehouse", "pipeline"},
}


def imported_packages(path: Path) -> set[tuple[int, str]]:
    """(line, top-level package) of every import in a module that names one of ours."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found |= {(node.lineno, name.split(".")[0]) for name in names
                  if name.split(".")[0] in ALLOWED}
    return found


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_no_upward_import(package):
    upward = [f"{path.relative_to(ROOT)}:{line} imports {name}"
              for path in _modules(package)
              for line, name in sorted(imported_packages(path))
              if name not in ALLOWED[package]]
    assert not upward, "upward imports:\n" + "\n".join(upward)


def test_the_rule_catches_an_upward_import(tmp_path):
    module = tmp_path / "bad.py"
    module.write_text("def f():\n    from pipeline.verify import match\n")
    assert imported_packages(module) == {(2, "pipeline")}


def test_core_imports_only_the_standard_library():
    import sys

    for path in _modules("core"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom) and getattr(node, "level", 0) == 0:
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module])
                for name in names:
                    top = name.split(".")[0]
                    assert top == "core" or top in sys.stdlib_module_names or top == "__future__", (
                        f"{path.relative_to(ROOT)} imports {name}")
