"""Run the contract commands exactly as a user does: a fresh interpreter, in the checkout.

The environment drops TIMENET_MODEL_DIR unless the caller sets it, so a command without
`--model` resolves its model the way a user's call on a fresh checkout does: the shipped
`models/base`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHIPPED_MODEL = ROOT / "models" / "base"


def command_env(**extra: str) -> dict[str, str]:
    """This process's environment without TIMENET_MODEL_DIR, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k != "TIMENET_MODEL_DIR"}
    env.update({"TIMENET_ML_THREADS": "2", "PYTHONUNBUFFERED": "1", **extra})
    return env


def run_module(*args: str, env: dict[str, str] | None = None,
               timeout: float = 540) -> subprocess.CompletedProcess:
    """`python -m ARGS` in the checkout; returns the finished process (text stdout/stderr)."""
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, env=env or command_env(), timeout=timeout)


def run_json(*args: str, env: dict[str, str] | None = None, timeout: float = 540) -> Any:
    """`python -m ARGS`, which must exit 0 and print one JSON document on stdout."""
    done = run_module(*args, env=env, timeout=timeout)
    assert done.returncode == 0, f"{' '.join(args)} exited {done.returncode}:\n{done.stderr}"
    return json.loads(done.stdout)


def shipped_meta() -> dict[str, Any]:
    """The shipped model's meta.json, read as plain JSON (no ml import)."""
    return json.loads((SHIPPED_MODEL / "meta.json").read_text())
