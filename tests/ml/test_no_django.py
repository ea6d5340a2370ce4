"""ml/ must stay a pure PyTorch/fastai package: workers and the CLI load it without Django."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ML_DIR = Path(__file__).resolve().parents[2] / "ml"


def _imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_module_under_ml_imports_django_in_its_source():
    offenders = [str(p.relative_to(ML_DIR)) for p in sorted(ML_DIR.rglob("*.py"))
                 if {"django", "tracker", "labeling", "timenet_site"} & _imported_roots(p)]
    assert offenders == []


def test_importing_the_ml_entry_points_loads_no_django_module():
    code = ("import sys, ml.inference, ml.train, ml.evaluate, ml.bench, ml.predict; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ML_DIR.parent, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"
