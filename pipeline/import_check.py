"""`python -m pipeline.import_check`: import every module filingcheck ships, as installed.

CI runs it in a fresh venv after a plain `pip install .` with the pip that venv ships: a
dependency the code imports but pyproject.toml does not declare (lxml 6.2 stopped pulling in
lxml_html_clean, which trafilatura imports for HTML articles) fails here, not in a user's hands.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

PACKAGES = ("core", "extractors", "warehouse", "pipeline")
# imported by trafilatura only when an HTML article is read: import it here, not by accident
INDIRECT = ("lxml.html.clean",)


def module_names() -> list[str]:
    names = []
    for package in PACKAGES:
        module = importlib.import_module(package)
        names.append(package)
        names += [info.name for info in pkgutil.walk_packages(module.__path__, package + ".")]
    return names


def main() -> int:
    failed = []
    names = module_names() + list(INDIRECT)
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            failed.append(f"{name}: {exc}")
    for line in failed:
        print(f"error: cannot import {line}", file=sys.stderr)
    if not failed:
        print(f"{len(names)} modules imported")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
