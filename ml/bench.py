"""Per-image latency: the product's inference path against the seed's ResNet34 and AlexNet.

    python -m ml.bench [--json] [--runs 30] [--threads N] [--model DIR]

Every model gets the same input (a 1920x1080 RGB screen image in memory, as the capture agent
hands it over), the same preprocessing code (`ml.preprocess`: letterbox to the product model's
own input size from its meta.json, then ImageNet normalisation), batch 1 and the same thread
count, in one process. `ms` is the median wall time of preprocessing + inference over `--runs`
runs after warm-up; both parts are also reported alone (`inference_ms`, `preprocess_ms`).
The product path is `Predictor.predict` on ONNX Runtime (calibrated softmax included); the
baselines are torch eager at the same input size (`input_size` in the JSON). Weights do not
change latency, so the baselines use random weights. torch's thread count is restored on return.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from ml.artifacts import ModelArtifactError, ModelMeta, resolve_model_dir, save_model
from ml.backbones import build_model
from ml.classes import DEFAULT_CODES
from ml.inference import Predictor, default_threads

MIN_RUNS = 30  # the DESIGN.md contract: a median over at least 30 runs


def screen_image(width: int = 1920, height: int = 1080, seed: int = 0) -> Image.Image:
    """A deterministic screen-like RGB image: flat panels with text-like stripes."""
    rng = np.random.default_rng(seed)
    array = np.full((height, width, 3), 245, dtype=np.uint8)
    array[:, : width // 6] = (40, 40, 48)  # a sidebar
    for y in range(60, height - 20, 18):  # lines of "text"
        length = int(rng.integers(width // 8, width // 2))
        array[y:y + 8, width // 5: width // 5 + length] = rng.integers(0, 120, 3)
    return Image.fromarray(array)


def median_ms(fn: Callable[[], object], runs: int, warmup: int = 3) -> float:
    """Median wall time of `fn()` in ms over `runs` calls, after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 3)


@contextmanager
def torch_threads(threads: int) -> Iterator[None]:
    """Run with torch at `threads` intra-op threads, restoring the caller's count afterwards."""
    saved = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        yield
    finally:
        torch.set_num_threads(saved)


def _product_predictor(model: Path | None, threads: int, scratch: Path) -> tuple[Predictor, str]:
    try:
        model_dir = resolve_model_dir(model)
        return Predictor.load(model_dir, backend="onnx", threads=threads), str(model_dir)
    except ModelArtifactError:
        if model:
            raise
    # No shipped model: the same architecture with ImageNet weights and a 14-class head.
    net = build_model("efficientnet_lite0", len(DEFAULT_CODES), imagenet=True)
    meta = ModelMeta(version="bench", arch=net.arch, classes=list(DEFAULT_CODES))
    model_dir = save_model(net, meta, scratch / "lite0")
    return Predictor.load(model_dir, backend="onnx", threads=threads), "imagenet lite0 (untrained)"


def _product_entry(predictor: Predictor, source: str, image: Image.Image,
                   runs: int) -> dict[str, object]:
    batch = predictor.preprocess([image])
    return {
        "name": f"{predictor.meta.arch} / ONNX Runtime (letterbox {predictor.meta.input_size})",
        "model": source,
        "version": predictor.version,
        "ms": median_ms(lambda: predictor.predict([image]), runs),
        "inference_ms": median_ms(lambda: predictor.run_raw(batch), runs),
        "preprocess_ms": median_ms(lambda: predictor.preprocess([image]), runs),
        "backend": predictor.backend,
        "input_size": predictor.meta.input_size,
    }


def _torch_entry(arch: str, predictor: Predictor, image: Image.Image,
                 runs: int) -> dict[str, object]:
    """`arch` in torch eager, fed by the product's own preprocessing at its input size."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "no offline ImageNet weights": irrelevant to latency
        net = build_model(arch, len(DEFAULT_CODES), imagenet=False).eval()
    tensor = torch.from_numpy(predictor.preprocess([image]))

    def end_to_end() -> None:
        with torch.inference_mode():
            net(torch.from_numpy(predictor.preprocess([image])))

    def inference() -> None:
        with torch.inference_mode():
            net(tensor)

    return {"ms": median_ms(end_to_end, runs), "inference_ms": median_ms(inference, runs),
            "backend": "torch eager", "input_size": predictor.meta.input_size}


def run_bench(*, runs: int = MIN_RUNS, threads: int | None = None,
              model: Path | None = None) -> dict[str, object]:
    """The latency report (see the module docstring); `model` defaults to the shipped one.

    Raises ModelArtifactError when `model` is given but unusable.
    """
    threads = threads or default_threads()
    image = screen_image()
    with tempfile.TemporaryDirectory(prefix="timenet-bench-") as scratch, torch_threads(threads):
        predictor, source = _product_predictor(model, threads, Path(scratch))
        product = _product_entry(predictor, source, image, runs)
        resnet34 = _torch_entry("resnet34", predictor, image, runs)
        alexnet = _torch_entry("alexnet", predictor, image, runs)
    size = predictor.meta.input_size
    return {
        "product": product, "resnet34": resnet34, "alexnet": alexnet,
        "speedup_vs_resnet34": round(resnet34["ms"] / product["ms"], 2),
        "speedup_vs_alexnet": round(alexnet["ms"] / product["ms"], 2),
        "input_size": size, "runs": runs, "threads": threads, "batch": 1,
        "input": f"{image.width}x{image.height} RGB screen -> letterbox {size}",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ml.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--runs", type=int, default=MIN_RUNS,
                        help=f"timed runs per figure (median; at least {MIN_RUNS})")
    parser.add_argument("--threads", type=int, help="default: TIMENET_ML_THREADS or CPUs (<= 4)")
    parser.add_argument("--model", type=Path, help="default: TIMENET_MODEL_DIR, then models/base")
    args = parser.parse_args(argv)
    if args.runs < MIN_RUNS:
        parser.error(f"--runs must be at least {MIN_RUNS} for a stable median")
    try:
        result = run_bench(runs=args.runs, threads=args.threads, model=args.model)
    except ModelArtifactError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result))
        return 0
    for name in ("product", "resnet34", "alexnet"):
        row = result[name]
        print(f"{name:<9} {row['ms']:8.2f} ms/image (inference alone {row['inference_ms']:.2f} ms)")
    print(f"input {result['input']}; preprocessing {result['product']['preprocess_ms']:.2f} ms; "
          f"speedup vs resnet34 {result['speedup_vs_resnet34']}x, vs alexnet "
          f"{result['speedup_vs_alexnet']}x ({result['threads']} threads, median of "
          f"{result['runs']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
