"""Classify screenshots from the command line, one JSON line per file.

    python -m ml.predict FILES... [--model PATH] [--top 3]

Each line: {"file", "class", "confidence", "top3": [[code, probability], ...]}; an unreadable
file gives {"file", "error"} and the others continue. Exit status 1 when any file failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from ml.inference import ImageError, Predictor, open_image
from ml.meta import ModelArtifactError, resolve_model_dir


def predict_files(predictor: Predictor, files: list[Path], *, top: int = 3,
                  batch_size: int = 16) -> Iterator[dict]:
    """One result dict per file, in order; bad files yield an error record."""
    for start in range(0, len(files), batch_size):
        chunk = files[start:start + batch_size]
        loaded: dict[int, object] = {}
        records: dict[int, dict] = {}
        for i, path in enumerate(chunk):
            try:
                loaded[i] = open_image(path)
            except (ImageError, FileNotFoundError, IsADirectoryError) as exc:
                records[i] = {"file": str(path), "error": str(exc)}
        if loaded:
            keys = sorted(loaded)
            result = predictor.predict([loaded[i] for i in keys])
            for row, i in enumerate(keys):
                ranked = result.top_k(row, top)
                records[i] = {"file": str(chunk[i]), "class": ranked[0][0],
                              "confidence": round(ranked[0][1], 5),
                              f"top{top}": [[code, round(p, 5)] for code, p in ranked]}
        yield from (records[i] for i in range(len(chunk)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ml.predict",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--model", type=Path, help="model directory (default: TIMENET_MODEL_DIR, "
                                                   "then models/base)")
    parser.add_argument("--top", type=int, default=3)
    parser.add_argument("--backend", choices=("auto", "onnx", "torch"), default="auto")
    parser.add_argument("--threads", type=int)
    args = parser.parse_args(argv)
    try:
        predictor = Predictor.load(resolve_model_dir(args.model), backend=args.backend,
                                   threads=args.threads)
    except ModelArtifactError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    failed = 0
    for record in predict_files(predictor, args.files, top=args.top):
        failed += "error" in record
        print(json.dumps(record), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
