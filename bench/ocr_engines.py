"""Compare OCR engines on generated screens: word recall and CPU cost per frame (issue 14).

Engines: ``tesserocr`` (Tesseract through its C API, in-process), ``rapidocr`` (the
``rapidocr-onnxruntime`` wheel, PP-OCRv4 ONNX models shipped inside it) and ``tesseract-cli``
(the ``tesseract`` binary per frame, for reference). Each engine runs in its own child process
with one thread (``OMP_THREAD_LIMIT=1``; onnxruntime ``intra_op_num_threads=1``) so that its
RSS growth and CPU time are its own. Nothing is downloaded: an engine that is not installed is
skipped with a line on stderr and ``{"skipped": reason}`` in the JSON; an engine that fails
while running is reported as ``{"error": [last stderr line]}`` and makes the exit status 1.

Ground truth per screen (from the split's ``manifest.jsonl``): the class's brand/telltale words
(``BRANDS``) and the words of the page URL (host label, path and query words of >= 4 letters),
which the generated browser shows in its URL bar in the top strip. Recall = found / expected,
case-insensitive, a word counts as found when it occurs inside the OCR text's alphanumeric tokens.

Usage::

    nice -n 10 .venv/bin/python bench/ocr_engines.py [--data DIR ...] [--limit N]
        [--full-limit N] [--engines tesserocr,rapidocr,tesseract-cli] [--strip-scales 1,0.75]
        [--full-scales 1]

Prints one JSON object: ``{"images": n, "engines": {name: {region@scale: figures}}}`` where
figures are ``word_recall``, ``brand_recall``, ``url_recall``, ``brand_recall_per_class``,
``cpu_ms_p50/p95/mean``, ``wall_ms_p50/p95``, ``frames``; per engine ``rss_delta_mb`` and
``init_cpu_ms``. Exit status 2 on bad arguments or a data folder without a manifest.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = [ROOT / "tests/data/eval/test", ROOT / "tests/data/eval/unseen"]
ENGINES = ("tesserocr", "tesserocr-sparse", "rapidocr", "rapidocr-native", "tesseract-cli")
STRIP_FRACTION = 0.12  # title bars, tabs and URL bar live in the top 12% (issue 14)
# Brand or telltale words a screen of the class shows; classes without one are scored on URL
# words only (their title text is the generated file name, not recorded in the manifest).
BRANDS: dict[str, tuple[str, ...]] = {
    "kaggle": ("kaggle",), "facebook": ("facebook",), "netflix": ("netflix",),
    "jupyter": ("jupyter",), "email": ("inbox", "gmail", "outlook", "mail"),
    "youtube": ("youtube",),
    "github": ("github",), "google": ("google",), "medium": ("medium",),
}
URL_STOP = {"https", "http", "www", "com", "org", "html", "blob", "main", "tree"}


def url_words(url: str | None) -> set[str]:
    """Lower-case words of >= 4 letters in a URL (host label, path, query); empty for None."""
    if not url:
        return set()
    words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", url)}
    return words - URL_STOP


def load_items(dirs: list[Path], limit: int | None) -> list[dict]:
    """Manifest rows with ``path``, ``brands`` and ``url_words``; at most ``limit`` per folder.

    Rows are taken round-robin over classes so a small limit still covers every class.
    Raises SystemExit(2) when a folder has no manifest.jsonl.
    """
    items: list[dict] = []
    for folder in dirs:
        manifest = folder / "manifest.jsonl"
        if not manifest.is_file():
            print(f"ocr_engines: no manifest.jsonl in {folder}", file=sys.stderr)
            raise SystemExit(2)
        rows = [json.loads(line) for line in manifest.read_text().splitlines() if line.strip()]
        by_class: dict[str, list[dict]] = {}
        for row in rows:
            by_class.setdefault(row["class"], []).append(row)
        ordered = [r for i in range(max(map(len, by_class.values()), default=0))
                   for c in sorted(by_class) for r in by_class[c][i:i + 1]]
        for row in ordered[:limit]:
            items.append({"path": str(folder / row["file"]), "class": row["class"],
                          "maximised": bool(row.get("maximised", True)),
                          "brands": list(BRANDS.get(row["class"], ())),
                          "url_words": sorted(url_words(row.get("url"))),
                          "title_words": sorted(url_words(row.get("window_title")) - URL_STOP)})
    return items


def found(word: str, text: str) -> bool:
    """True when ``word`` occurs in the lower-cased alphanumeric tokens of ``text``."""
    tokens = " ".join(re.findall(r"[a-z0-9]+", text.lower()))
    return word in tokens


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile of ``values`` (q in 0..100); 0.0 for an empty list."""
    if not values:
        return 0.0
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def parse_scales(text: str) -> list[float]:
    """'1,0.75' -> [1.0, 0.75]; each in (0, 2]. Raises argparse.ArgumentTypeError."""
    try:
        scales = [float(s) for s in text.split(",") if s.strip()]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"bad scale list {text!r}") from exc
    if not scales or any(not 0 < s <= 2 for s in scales):
        raise argparse.ArgumentTypeError(f"scales must be in (0, 2]: {text!r}")
    return scales


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command line; bad values exit with status 2 (argparse)."""
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", type=Path, nargs="+", default=DEFAULT_DATA)
    p.add_argument("--limit", type=int, default=None, help="screens per folder for the strip")
    p.add_argument("--full-limit", type=int, default=14, help="screens per folder, whole screen")
    p.add_argument("--engines", default=",".join(ENGINES))
    p.add_argument("--strip-scales", type=parse_scales, default=[1.0, 0.75])
    p.add_argument("--full-scales", type=parse_scales, default=[1.0])
    p.add_argument("--worker", help=argparse.SUPPRESS)  # internal: run one engine, print JSON
    args = p.parse_args(argv)
    unknown = set(args.engines.split(",")) - set(ENGINES)
    if unknown:
        p.error(f"unknown engine(s) {sorted(unknown)}; choose from {ENGINES}")
    for folder in args.data:
        if not (folder / "manifest.jsonl").is_file():
            p.error(f"no manifest.jsonl in {folder}")
    for n in (args.limit, args.full_limit):
        if n is not None and n < 1:
            p.error("limits must be >= 1")
    return args


def run_worker(engine: str, argv: list[str]) -> dict:
    """Run ``engine`` in a child process with one thread; its JSON, or {"skipped"/"error": ...}."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1", OMP_NUM_THREADS="1")
    cmd = [sys.executable, str(Path(__file__).resolve()), *argv, "--worker", engine]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1:] or [f"exit {proc.returncode}"]}
    return json.loads(proc.stdout)


def main(argv: list[str] | None = None) -> int:
    """Benchmark every requested engine and print the JSON report; 0 on success."""
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.worker:
        print(json.dumps(worker_main(args)))
        return 0
    report: dict = {"strip_fraction": STRIP_FRACTION, "engines": {}}
    for engine in args.engines.split(","):
        result = run_worker(engine, [a for a in argv if a != "--worker"])
        if "skipped" in result:
            print(f"ocr_engines: {engine} skipped: {result['skipped']}", file=sys.stderr)
        report["engines"][engine] = result
    first = next((r for r in report["engines"].values() if "images" in r), {})
    report["images"] = first.get("images", 0)
    print(json.dumps(report, indent=1))
    return 1 if any("error" in r for r in report["engines"].values()) else 0


# --- worker side: one engine, in its own process -------------------------------------------

def make_tesserocr(sparse: bool = False):
    """(ocr(PIL image) -> text, close) for tesserocr; raises ImportError/RuntimeError if absent.

    ``sparse`` uses page segmentation mode 11 (sparse text: no layout analysis), which suits
    scattered UI labels; the default is mode 3 (automatic page segmentation), the CLI's default.
    """
    import tesserocr

    tessdata = find_tessdata()
    psm = tesserocr.PSM.SPARSE_TEXT if sparse else tesserocr.PSM.AUTO
    api = tesserocr.PyTessBaseAPI(path=tessdata, lang="eng", psm=psm)

    def ocr(img) -> str:
        api.SetImage(img)
        return api.GetUTF8Text()

    return ocr, api.End


def find_tessdata() -> str:
    """Folder holding eng.traineddata (Debian's tesseract-ocr-eng); RuntimeError if none."""
    candidates = [os.environ.get("TESSDATA_PREFIX", ""),
                  *sorted(map(str, Path("/usr/share/tesseract-ocr").glob("*/tessdata")))]
    for folder in candidates:
        if folder and (Path(folder) / "eng.traineddata").is_file():
            return folder.rstrip("/") + "/"
    raise RuntimeError("no eng.traineddata (apt-get install tesseract-ocr-eng)")


def make_rapidocr(native: bool = False):
    """(ocr, close) for rapidocr-onnxruntime, one onnxruntime thread, no angle classifier.

    The wheel's default detector input scales the *shorter* side up to 736 px (a 1920x130 strip
    becomes ~10,000x736); ``native`` detects at the image's own size (limit on the longer side,
    4096 px, so nothing is scaled up), which is what a strip of screen text needs.
    """
    import numpy as np
    from rapidocr_onnxruntime import RapidOCR

    extra = {"det_limit_type": "max", "det_limit_side_len": 4096} if native else {}
    engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1, **extra)

    def ocr(img) -> str:
        # RapidOCR takes BGR arrays like cv2; UI text is upright, so the angle classifier is off.
        result, _ = engine(np.asarray(img)[:, :, ::-1].copy(), use_cls=False)
        return " ".join(r[1] for r in result or [])

    return ocr, lambda: None


def make_tesseract_cli():
    """(ocr, close) that pipes a PNG through the ``tesseract`` binary per frame."""
    import io
    import shutil

    binary = shutil.which("tesseract")
    if not binary:
        raise RuntimeError("no tesseract binary (apt-get install tesseract-ocr)")

    def ocr(img) -> str:
        buf = io.BytesIO()
        img.save(buf, format="PNG", compress_level=1)
        out = subprocess.run([binary, "stdin", "stdout", "-l", "eng"], input=buf.getvalue(),
                             capture_output=True, check=True)
        return out.stdout.decode("utf-8", "replace")

    return ocr, lambda: None


def region(img, name: str, scale: float):
    """The top strip or whole screen of ``img`` (PIL RGB), resized by ``scale``."""
    from PIL import Image

    if name == "strip":
        img = img.crop((0, 0, img.width, max(1, round(img.height * STRIP_FRACTION))))
    if scale != 1.0:
        size = (max(1, round(img.width * scale)), max(1, round(img.height * scale)))
        img = img.resize(size, Image.Resampling.LANCZOS)
    return img


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the CLI engine's tesseract runs)."""
    import resource

    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + child.ru_utime + child.ru_stime


def score(items: list[dict], texts: list[str], cpu: list[float], wall: list[float]) -> dict:
    """Recall and cost figures for one engine on one region/scale."""
    brand_hits: dict[str, list[int]] = {}
    maxed = [0, 0]  # brand hits, screens with a brand word, over maximised windows only
    url_found = url_total = title_found = title_total = 0
    for item, text in zip(items, texts, strict=True):
        if item["brands"]:
            hit = any(found(b, text) for b in item["brands"])
            brand_hits.setdefault(item["class"], []).append(int(hit))
            if item["maximised"]:
                maxed[0] += hit
                maxed[1] += 1
        url_found += sum(found(w, text) for w in item["url_words"])
        url_total += len(item["url_words"])
        title_found += sum(found(w, text) for w in item["title_words"])
        title_total += len(item["title_words"])
    b_found = sum(sum(v) for v in brand_hits.values())
    b_total = sum(len(v) for v in brand_hits.values())
    ms = [c * 1000 for c in cpu]
    return {
        "frames": len(items),
        "word_recall": round((b_found + url_found + title_found)
                             / max(1, b_total + url_total + title_total), 3),
        "brand_recall": round(b_found / max(1, b_total), 3),
        # A window that is not maximised may sit below the screen's top strip (its title bar
        # and URL bar are then not in the strip at all): the strip's ceiling is this figure.
        "brand_recall_maximised": round(maxed[0] / max(1, maxed[1]), 3),
        "url_recall": round(url_found / max(1, url_total), 3),
        "title_recall": round(title_found / max(1, title_total), 3),
        "expected_words": b_total + url_total + title_total,
        "brand_recall_per_class": {c: f"{sum(v)}/{len(v)}" for c, v in sorted(brand_hits.items())},
        "cpu_ms_p50": round(percentile(ms, 50), 1), "cpu_ms_p95": round(percentile(ms, 95), 1),
        "cpu_ms_mean": round(sum(ms) / max(1, len(ms)), 1),
        "wall_ms_p50": round(percentile([w * 1000 for w in wall], 50), 1),
        "wall_ms_p95": round(percentile([w * 1000 for w in wall], 95), 1),
    }


def measure(ocr, items: list[dict], name: str, scale: float) -> dict:
    """OCR every item's region once (after one untimed warm-up) and score it."""
    from PIL import Image

    crops = [region(Image.open(i["path"]).convert("RGB"), name, scale) for i in items]
    ocr(crops[0])  # warm-up: first-call allocations are not per-frame cost
    texts, cpu, wall = [], [], []
    for crop in crops:
        c0, w0 = cpu_seconds(), time.perf_counter()
        texts.append(ocr(crop))
        cpu.append(cpu_seconds() - c0)
        wall.append(time.perf_counter() - w0)
    out = score(items, texts, cpu, wall)
    out["size"] = f"{crops[0].width}x{crops[0].height}"
    return out


def worker_main(args: argparse.Namespace) -> dict:
    """Run one engine over strip and whole-screen regions; {"skipped": why} if unavailable."""
    import resource

    factories = {"tesserocr": make_tesserocr, "tesserocr-sparse": lambda: make_tesserocr(True),
                 "rapidocr": make_rapidocr, "rapidocr-native": lambda: make_rapidocr(True),
                 "tesseract-cli": make_tesseract_cli}
    strip_items = load_items(args.data, args.limit)
    full_items = load_items(args.data, args.full_limit)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    c0 = time.process_time()
    try:
        ocr, close = factories[args.worker]()
    except (ImportError, RuntimeError, OSError) as exc:
        return {"skipped": f"{type(exc).__name__}: {exc}"}
    out: dict = {"images": len(strip_items), "init_cpu_ms": round((time.process_time() - c0) * 1e3)}
    for scale in args.strip_scales:
        out[f"strip@{scale:g}"] = measure(ocr, strip_items, "strip", scale)
    for scale in args.full_scales:
        out[f"full@{scale:g}"] = measure(ocr, full_items, "full", scale)
    close()
    out["rss_delta_mb"] = round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
