"""The agent runs beside the person's work all day: it must not load the server or the model."""

from __future__ import annotations

import json
import subprocess

from tests.conftest import PY, ROOT

HEAVY = ("django", "torch", "ml", "tracker", "labeling", "onnxruntime", "numpy")


def loaded_after(code: str, env: dict | None = None) -> list[str]:
    probe = (f"{code}; import json, sys; "
             f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))")
    result = subprocess.run([PY, "-c", probe], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_importing_the_agent_loads_neither_django_nor_torch_nor_ml():
    assert loaded_after("import agent.__main__") == []


def test_a_capture_loads_neither_django_nor_torch_nor_ml(xvfb, tmp_path, refusing_url):
    code = ("from agent.__main__ import main; "
            f"assert main(['--count', '1', '--server', {refusing_url!r}, "
            f"'--data-dir', {str(tmp_path)!r}]) == 0")
    env = {**xvfb.env, "TIMENET_DEVICE_TOKEN": "x"}
    assert loaded_after(code, env) == []
    assert len(list((tmp_path / "spool").glob("*.json"))) == 1  # it did capture a frame
