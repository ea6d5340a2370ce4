"""Where the network looked: occlusion sensitivity (Zeiler & Fergus 2014, "Visualizing and
Understanding Convolutional Networks", ECCV, sec. 4.2) with the torch-free ONNX predictor.

Grad-CAM needs gradients, which the ONNX serving path does not have, so the frame is occluded
instead: a GRID x GRID grid of patches is greyed out one at a time (value 0 after normalisation,
i.e. the ImageNet mean colour) and the drop of the predicted class's probability is measured:
GRID**2 + 1 forward passes (50 for the default 7x7), batched. Computed on demand by the view and
cached per (frame, model version) in Django's cache, so a toggle costs one run per frame.
Measured: 8.8 s median for the shipped model (384 px, ONNX, 2 busy cores); the page keeps
labelling while it runs. A Celery task that precomputes maps for the queue head would hide it.
"""

from __future__ import annotations

import numpy as np
from django.core.cache import cache

from ml.calibrate import softmax
from ml.inference import open_image
from tracker import frame_store
from tracker.model_registry import current_predictor
from tracker.models import Frame

GRID = 7
CACHE_SECONDS = 24 * 3600


def occlusion_batch(batch: np.ndarray, grid: int) -> np.ndarray:
    """(1, 3, S, S) -> (grid*grid, 3, S, S): each copy with one patch set to 0 (mean grey)."""
    size = batch.shape[-1]
    edges = np.linspace(0, size, grid + 1).round().astype(int)
    out = np.repeat(batch, grid * grid, axis=0)
    for r in range(grid):
        for c in range(grid):
            out[r * grid + c, :, edges[r]:edges[r + 1], edges[c]:edges[c + 1]] = 0.0
    return out


def occlusion_map(frame: Frame, grid: int = GRID) -> dict | None:
    """{"grid", "code", "probability", "values": grid x grid floats in [0, 1] (1 = the patch
    whose occlusion lowers the predicted class's probability most), "model"}; None when no model
    is active or the frame has no stored image. Raises ml.inference.ImageError if unreadable."""
    loaded = current_predictor()
    if loaded is None or not frame.image_path:
        return None
    version, predictor = loaded
    key = f"labeling:occlusion:{frame.pk}:{version.pk}:{version.sha256[:12]}:{grid}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    image = open_image(frame_store.read_frame(frame.image_path),
                       draft_size=predictor.meta.input_size)
    batch = predictor.preprocess([image])
    base = softmax(predictor.run_raw(batch)[0], predictor.meta.temperature)[0]
    target = int(base.argmax())
    occluded = occlusion_batch(batch, grid)
    probs = np.concatenate([softmax(predictor.run_raw(occluded[i:i + 16])[0],
                                    predictor.meta.temperature)[:, target]
                            for i in range(0, len(occluded), 16)])
    drop = np.clip(base[target] - probs, 0.0, None).reshape(grid, grid)
    peak = float(drop.max())
    values = (drop / peak if peak > 0 else drop).round(3).tolist()
    result = {"grid": grid, "code": predictor.classes[target],
              "probability": round(float(base[target]), 4), "values": values,
              "model": version.version}
    cache.set(key, result, CACHE_SECONDS)
    return result
