"""The import contracts of DESIGN.md, checked by import-linter (`lint-imports`, `.importlinter`).

The first test checks the real tree. The others copy the tree's Python files into a temporary
directory, break one rule there (the way a careless edit would) and prove that `lint-imports`
then fails and names the broken contract: a contract that cannot fail protects nothing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
PACKAGES = ("agent", "timenet_core", "ml", "screenfarm", "tracker", "labeling", "notify",
            "privacy", "timenet_site")


def _lint(cwd: Path) -> subprocess.CompletedProcess:
    # --no-cache: the temp trees below reuse module names; a cached graph would hide the change.
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


def _copy_tree(target: Path) -> Path:
    """The packages' .py files, the config and the custom contract type, under `target`."""
    only_python = shutil.ignore_patterns("__pycache__", "*.html", "*.png", "*.jpg", "*.css",
                                         "*.js", "*.json", "*.md", "*.txt", "*.svg", "*.woff*")
    for package in PACKAGES:
        shutil.copytree(REPO / package, target / package, ignore=only_python)
    (target / "tests" / "support").mkdir(parents=True)
    for name in ("tests/__init__.py", "tests/support/__init__.py",
                 "tests/support/import_contracts.py", ".importlinter"):
        shutil.copy(REPO / name, target / name)
    return target


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text() + f"\n{line}\n")


def test_the_tree_keeps_every_import_contract():
    done = _lint(REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


@pytest.mark.parametrize(("module", "line", "contract"), [
    ("agent/__init__.py", "import django  # noqa", "agent imports no Django"),
    ("timenet_core/__init__.py", "import numpy  # noqa", "timenet_core imports only the standard"),
    ("ml/meta.py", "import tracker  # noqa", "ml imports no Django and no app"),
    ("screenfarm/__init__.py", "import ml.classes  # noqa", "screenfarm imports no Django"),
    ("tracker/views.py", "import ml.inference  # noqa", "reach ml only through their service"),
    ("ml/preprocess.py", "import ml.inference  # noqa", "no import cycles"),
])
def test_breaking_a_rule_makes_lint_imports_fail_and_name_the_contract(tmp_path, module, line,
                                                                      contract):
    tree = _copy_tree(tmp_path / "tree")
    _append(tree / module, line)
    done = _lint(tree)
    assert done.returncode != 0, done.stdout
    broken = done.stdout.replace("\n", " ")
    assert f"{contract}" in broken and "BROKEN" in broken, done.stdout + done.stderr
