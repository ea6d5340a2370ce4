"""Where the product's per-frame time goes: decoding, preprocessing, backends, threads, batches.

    .venv/bin/python bench/ml_inference.py [--model DIR] [--runs 30]

Prints a table (median ms per image); no assertions. Complements `python -m ml.bench`, which
compares the product path with the seed's ResNet34/AlexNet. Without --model it uses the shipped
model when there is one, else an untrained ImageNet efficientnet_lite0 (same latency).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ml.artifacts import ModelMeta, save_model  # noqa: E402
from ml.backbones import build_model  # noqa: E402
from ml.bench import median_ms, screen_image  # noqa: E402
from ml.classes import DEFAULT_CODES  # noqa: E402
from ml.inference import Predictor  # noqa: E402
from ml.meta import ModelArtifactError, read_meta, resolve_model_dir  # noqa: E402
from ml.preprocess import open_image, preprocess  # noqa: E402


def _model_dir(model: Path | None, scratch: Path) -> Path:
    try:
        return resolve_model_dir(model)
    except ModelArtifactError:
        net = build_model("efficientnet_lite0", len(DEFAULT_CODES), imagenet=True)
        meta = ModelMeta(version="bench", arch=net.arch, classes=list(DEFAULT_CODES))
        return save_model(net, meta, scratch / "lite0")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    image = screen_image()
    jpeg = io.BytesIO()
    image.save(jpeg, format="JPEG", quality=85)
    payload = jpeg.getvalue()
    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as scratch:
        model_dir = _model_dir(args.model, Path(scratch))
        size = read_meta(model_dir).input_size  # the model's own input side, px
        rows.append(("decode 1920x1080 JPEG (full)", median_ms(lambda: open_image(payload),
                                                               args.runs)))
        rows.append((f"decode 1920x1080 JPEG (draft {size})",
                     median_ms(lambda: open_image(payload, draft_size=size), args.runs)))
        rows.append((f"letterbox + normalise {size}",
                     median_ms(lambda: preprocess(image, size), args.runs)))
        batch = preprocess(image, size)[None]
        for threads in (1, 2):
            predictor = Predictor.load(model_dir, backend="onnx", threads=threads)
            rows.append((f"onnx backend alone (run_raw), {threads} thread(s), batch 1",
                         median_ms(lambda p=predictor: p.run_raw(batch), args.runs)))
        for backend in ("onnx", "torch"):
            for threads in (1, 2):
                predictor = Predictor.load(model_dir, backend=backend, threads=threads)
                rows.append((f"predict {backend}, {threads} thread(s), batch 1",
                             median_ms(lambda p=predictor: p.predict([image]), args.runs)))
        predictor = Predictor.load(model_dir, backend="onnx", threads=2)
        batch = [image] * 8
        per_image = median_ms(lambda: predictor.predict(batch, batch_size=8), args.runs) / 8
        rows.append(("predict onnx, 2 threads, batch 8 (per image)", round(per_image, 3)))
    width = max(len(name) for name, _ in rows)
    for name, ms in rows:
        print(f"{name:<{width}}  {ms:8.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
