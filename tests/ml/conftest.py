"""Session fixtures for the ML tests: synthetic screen trees and one small real model."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from tests.support.models import build_small_model
from tests.support.screens import make_synthetic_screens

# 2 cores shared with other suites and background services: with more threads than free cores,
# torch's OpenMP barriers collapse (a 20 s fine-tune took 9 minutes under load); one thread
# degrades gracefully. ONNX Runtime sessions get their own count (Predictor threads=).
torch.set_num_threads(1)


@pytest.fixture(scope="session")
def train_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_synthetic_screens(tmp_path_factory.mktemp("train"), per_class=10, seed=1,
                                  size=(480, 300))


@pytest.fixture(scope="session")
def heldout_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Different seed, different resolution and JPEG: screens the models never saw."""
    return make_synthetic_screens(tmp_path_factory.mktemp("heldout"), per_class=8, seed=2,
                                  size=(800, 450), fmt="jpg")


@pytest.fixture(scope="session")
def small_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_small_model(tmp_path_factory.mktemp("small") / "model")


@pytest.fixture(scope="module")
def eval_tree(heldout_tree: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The held-out tree plus one corrupt file (the evaluate and predict tests' input)."""
    import shutil

    tree = Path(shutil.copytree(heldout_tree, tmp_path_factory.mktemp("eval") / "tree"))
    (tree / "terminal" / "corrupt.jpg").write_bytes(b"\xff\xd8\xff\xe0 truncated jpeg")
    return tree
