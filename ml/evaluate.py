"""Evaluate a model on an ImageFolder tree of screenshots (any resolution, jpg/png).

    python -m ml.evaluate --data DIR [--model PATH] [--json]

Prints accuracy, n, per_class {code: {precision, recall, n}}, confusion (rows = true class, in
`classes` order), classes and ms_per_image (decode + preprocess + inference, wall clock). A
folder that is not one of the model's classes exits with status 2; unreadable images are
reported per file (`errors`) and skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from ml.data import UnknownClassError, scan_image_folder
from ml.inference import ImageError, Predictor, open_image
from ml.meta import ModelArtifactError, read_meta, resolve_model_dir
from ml.reports import confusion_matrix, per_class


def evaluate(predictor: Predictor, data_dir: Path, *, batch_size: int = 16) -> dict[str, Any]:
    """Score `predictor` on `data_dir/<code>/*`; raises UnknownClassError for foreign folders."""
    items = scan_image_folder(data_dir, predictor.classes)
    index = {code: i for i, code in enumerate(predictor.classes)}
    labels: list[int] = []
    predicted: list[int] = []
    errors: list[dict[str, str]] = []
    started = time.perf_counter()
    for start in range(0, len(items), batch_size):
        images, batch_labels = [], []
        for path, code in items[start:start + batch_size]:
            try:
                images.append(open_image(path))
            except ImageError as exc:
                errors.append({"file": str(path), "error": str(exc)})
                continue
            batch_labels.append(index[code])
        if images:
            predicted.extend(predictor.predict(images).probs.argmax(axis=1).tolist())
            labels.extend(batch_labels)
    elapsed = time.perf_counter() - started
    n = len(labels)
    matrix = confusion_matrix(labels, predicted, len(predictor.classes))
    return {
        "accuracy": round(float(matrix.trace() / n), 4) if n else 0.0,
        "n": n,
        "per_class": per_class(matrix, predictor.classes),
        "confusion": matrix.tolist(),
        "classes": list(predictor.classes),
        "ms_per_image": round(1000 * elapsed / n, 2) if n else None,
        "model": {"version": predictor.version, "dir": str(predictor.model_dir),
                  "backend": predictor.backend},
        "errors": errors,
    }


def _print_human(result: dict[str, Any]) -> None:
    print(f"model {result['model']['version']} ({result['model']['backend']})")
    print(f"accuracy {result['accuracy']:.2%} on {result['n']} images, "
          f"{result['ms_per_image']} ms/image")
    for code, row in result["per_class"].items():
        print(f"  {code:<12} precision {row['precision']:.2f}  recall {row['recall']:.2f}  "
              f"n {row['n']}")
    for error in result["errors"]:
        print(f"  skipped: {error['error']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ml.evaluate",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="ImageFolder tree DIR/<code>/*")
    parser.add_argument("--model", type=Path, help="model directory (default: TIMENET_MODEL_DIR, "
                                                   "then models/base)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--backend", choices=("auto", "onnx", "torch"), default="auto")
    parser.add_argument("--threads", type=int)
    args = parser.parse_args(argv)
    try:
        model_dir = resolve_model_dir(args.model)
        # Check the tree against the model's classes before the (slower) model load.
        scan_image_folder(args.data, read_meta(model_dir).classes)
        predictor = Predictor.load(model_dir, backend=args.backend, threads=args.threads)
        result = evaluate(predictor, args.data)
    except UnknownClassError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (ModelArtifactError, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for error in result["errors"]:
        print(f"warning: skipped {error['error']}", file=sys.stderr)
    if args.json:
        print(json.dumps(result))
    else:
        _print_human(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
