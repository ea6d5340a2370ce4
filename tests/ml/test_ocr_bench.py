"""bench/ocr_engines.py (issue 14's OCR engine comparison): runs offline and prints its JSON.

Run as a user runs it (a subprocess) on two committed eval screens and on two drawn screens
whose top strip carries a known brand word and title, so recall is checked on text that is
certainly legible. Skipped when neither in-process engine (tesserocr with Debian's
eng.traineddata, rapidocr-onnxruntime) is installed.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "ocr_engines.py"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _installed() -> list[str]:
    """Engines this machine can run in-process (tesserocr needs Debian's English model too)."""
    engines = []
    has_eng = any(Path("/usr/share/tesseract-ocr").glob("*/tessdata/eng.traineddata"))
    if importlib.util.find_spec("tesserocr") and has_eng:
        engines.append("tesserocr")
    if importlib.util.find_spec("rapidocr_onnxruntime"):
        engines.append("rapidocr")
    return engines


ENGINES = _installed()
pytestmark = pytest.mark.skipif(not ENGINES, reason="no OCR engine installed (tesserocr, rapidocr)")


def run_bench(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BENCH), *args], capture_output=True, text=True,
                          timeout=600, check=False)


def draw_screens(folder: Path) -> Path:
    """Two 800x500 screens: a strip reading '<Brand> - <title>' over a blank page."""
    font = ImageFont.truetype(str(FONT), 28) if FONT.is_file() else ImageFont.load_default(28)
    rows = []
    for i, (cls, title) in enumerate([("kaggle", "Kaggle Notebook Titanic"),
                                      ("github", "GitHub Pull Request Marathon")]):
        img = Image.new("RGB", (800, 500), "white")
        ImageDraw.Draw(img).text((10, 10), title, fill="black", font=font)
        name = f"{cls}_{i}.png"
        img.save(folder / name)
        rows.append({"file": name, "class": cls, "window_title": title})
    (folder / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return folder


def test_json_shape_on_two_eval_screens() -> None:
    eval_dir = ROOT / "tests/data/eval"
    proc = run_bench("--data", str(eval_dir / "test"), str(eval_dir / "unseen"), "--limit", "1",
                     "--full-limit", "1", "--strip-scales", "1", "--full-scales", "0.5",
                     "--engines", ",".join(ENGINES))
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["images"] == 2
    for engine in ENGINES:
        result = report["engines"][engine]
        assert result["images"] == 2 and result["rss_delta_mb"] >= 0
        for key in ("strip@1", "full@0.5"):
            fig = result[key]
            assert fig["frames"] == 2
            assert 0 <= fig["word_recall"] <= 1 and 0 <= fig["brand_recall"] <= 1
            assert 0 < fig["cpu_ms_p50"] <= fig["cpu_ms_p95"]
            assert fig["wall_ms_p50"] > 0


def test_reads_known_words_in_the_strip(tmp_path: Path) -> None:
    proc = run_bench("--data", str(draw_screens(tmp_path)), "--full-limit", "2",
                     "--strip-scales", "1", "--full-scales", "0.5", "--engines", ",".join(ENGINES))
    assert proc.returncode == 0, proc.stderr
    for engine in ENGINES:
        strip = json.loads(proc.stdout)["engines"][engine]["strip@1"]
        assert strip["brand_recall_per_class"] == {"github": "1/1", "kaggle": "1/1"}, engine
        assert strip["brand_recall_maximised"] == 1.0, engine
        assert strip["title_recall"] >= 0.8, (engine, strip)


@pytest.mark.parametrize("args", [["--engines", "nosuch"], ["--strip-scales", "0"],
                                  ["--limit", "0"], ["--data", "/nonexistent"]])
def test_bad_arguments_exit_2(args: list[str]) -> None:
    proc = run_bench(*args)
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
