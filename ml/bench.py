"""Per-image latency: the product's inference path against the seed's ResNet34 and AlexNet.

    python -m ml.bench [--json] [--runs 50] [--threads N] [--model DIR]

Every model gets the same input (a 1920x1080 RGB screen image in memory, as the capture agent
hands it over), the same preprocessing code (`ml.transforms.preprocess`: letterbox to 224 +
normalise), batch 1 and the same thread count, in one process. `ms` is the median wall time of
preprocessing + inference over `--runs` runs after warm-up; both parts are also reported alone.
The product path is `Predictor.predict` on ONNX Runtime (calibrated softmax included); the
baselines are torch eager. Weights do not change latency, so the baselines use random weights.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from ml.artifacts import ModelArtifactError, ModelMeta, resolve_model_dir, save_model
from ml.backbones import build_model
from ml.classes import DEFAULT_CODES
from ml.inference import Predictor, default_threads
from ml.transforms import preprocess

SIZE = 224


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
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 3)


def _product_predictor(model: Path | None, threads: int, scratch: Path) -> tuple[Predictor, str]:
    try:
        model_dir = resolve_model_dir(model)
        return Predictor.load(model_dir, backend="onnx", threads=threads), str(model_dir)
    except ModelArtifactError:
        if model:
            raise
    # No shipped model yet: the same architecture with ImageNet weights and a 14-class head.
    net = build_model("efficientnet_lite0", len(DEFAULT_CODES), imagenet=True)
    meta = ModelMeta(version="bench", arch=net.arch, classes=list(DEFAULT_CODES))
    model_dir = save_model(net, meta, scratch / "lite0")
    return Predictor.load(model_dir, backend="onnx", threads=threads), "imagenet lite0 (untrained)"


def _torch_entry(arch: str, image: Image.Image, runs: int) -> dict[str, float]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "no offline ImageNet weights": irrelevant to latency
        net = build_model(arch, len(DEFAULT_CODES), imagenet=False).eval()
    tensor = torch.from_numpy(preprocess(image, SIZE))[None]

    def end_to_end() -> None:
        with torch.inference_mode():
            net(torch.from_numpy(preprocess(image, SIZE))[None])

    def inference() -> None:
        with torch.inference_mode():
            net(tensor)

    return {"ms": median_ms(end_to_end, runs), "inference_ms": median_ms(inference, runs),
            "backend": "torch eager"}


def run_bench(*, runs: int = 50, threads: int | None = None,
              model: Path | None = None) -> dict[str, object]:
    threads = threads or default_threads()
    torch.set_num_threads(threads)
    image = screen_image()
    with tempfile.TemporaryDirectory(prefix="timenet-bench-") as scratch:
        predictor, source = _product_predictor(model, threads, Path(scratch))
        batch = preprocess(image, SIZE)[None]
        product = {
            "name": f"{predictor.meta.arch} / ONNX Runtime (letterbox {SIZE})",
            "model": source,
            "ms": median_ms(lambda: predictor.predict([image]), runs),
            "inference_ms": median_ms(lambda: predictor._run(batch), runs),
            "preprocess_ms": median_ms(lambda: preprocess(image, SIZE), runs),
            "backend": predictor.backend,
        }
        resnet34 = _torch_entry("resnet34", image, runs)
        alexnet = _torch_entry("alexnet", image, runs)
    return {
        "product": product, "resnet34": resnet34, "alexnet": alexnet,
        "speedup_vs_resnet34": round(resnet34["ms"] / product["ms"], 2),
        "speedup_vs_alexnet": round(alexnet["ms"] / product["ms"], 2),
        "runs": runs, "threads": threads, "batch": 1,
        "input": f"{image.width}x{image.height} RGB screen -> letterbox {SIZE}",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ml.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--threads", type=int)
    parser.add_argument("--model", type=Path)
    args = parser.parse_args(argv)
    if args.runs < 30:
        parser.error("--runs must be at least 30 for a stable median")
    result = run_bench(runs=args.runs, threads=args.threads, model=args.model)
    if args.json:
        print(json.dumps(result))
        return 0
    for name in ("product", "resnet34", "alexnet"):
        row = result[name]
        print(f"{name:<9} {row['ms']:8.2f} ms/image (inference alone {row['inference_ms']:.2f} ms)")
    print(f"preprocessing {result['product']['preprocess_ms']:.2f} ms; speedup vs resnet34 "
          f"{result['speedup_vs_resnet34']}x, vs alexnet {result['speedup_vs_alexnet']}x "
          f"({result['threads']} threads, median of {result['runs']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
