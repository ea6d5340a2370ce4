"""Training with fastai: the seed's recipe, saved as a plain artifact (never a pickled Learner).

finetune mode: learning-rate finder, one-cycle on the head with the body frozen, then unfreeze
and one-cycle over the whole network with discriminative learning rates (early layers learn
100x slower than the head), keeping the best epoch and stopping early when validation loss
stalls. head mode: `retrain_head` on cached embeddings (seconds). Both calibrate the
temperature on the validation split and write curves + confusion matrix next to the model.

    python -m ml.train --data DIR --out MODELDIR [--arch efficientnet_lite0] [--mode finetune]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from ml.artifacts import (
    DEFAULT_INPUT_SIZE,
    ModelArtifactError,
    ModelMeta,
    copy_state,
    load_model,
    new_version,
    read_meta,
    save_model,
)
from ml.backbones import ARCHES, DEFAULT_ARCH, ScreenNet, build_model
from ml.calibrate import choose_threshold, expected_calibration_error, fit_temperature, softmax
from ml.data import (
    Item,
    ScreenDataset,
    UnknownClassError,
    classes_for,
    readable_items,
    scan_image_folder,
    split_items,
    summarize,
)
from ml.head import retrain_head
from ml.meta import DEFAULT_DROPOUT
from ml.reports import confusion_matrix, save_confusion, save_curves
from ml.transforms import eval_transform, train_transform

__all__ = ["TrainConfig", "train", "retrain_head", "main"]
log = logging.getLogger(__name__)

MODES = ("finetune", "head")  # fastai fine-tuning, or a head fitted on cached embeddings


@dataclass
class TrainConfig:
    data: Path
    out: Path
    arch: str = DEFAULT_ARCH
    input_size: int | None = None  # None: 224, or the `init` model's size when continuing it
    mode: str = "finetune"  # one of MODES
    epochs: int = 5  # unfrozen epochs (the seed's best run: 5)
    freeze_epochs: int = 2  # head-only epochs before unfreezing
    batch_size: int = 21  # the seed's
    lr: float | None = None  # None: the lr_find suggestion
    lr_mult: float = 100.0  # earliest layer group trains at lr / lr_mult
    wd: float = 3e-7  # the seed's
    dropout: float = DEFAULT_DROPOUT  # the seed's
    valid_pct: float = 0.2
    bf16: bool = False  # bfloat16 autocast (CPU with bf16 units, or CUDA): faster epochs
    seed: int = 0
    patience: int = 3
    lr_find_iters: int = 60
    threads: int | None = None
    workers: int = 0  # data-loading processes; 0 decodes in the training process (2-core CPUs)
    imagenet: bool = True
    classes: list[str] | None = None  # None: the default codes present, then new folders
    allow_new_classes: bool = False
    base: Path | None = None  # head mode: the model whose backbone is reused
    init: Path | None = None  # finetune mode: start from this model's weights, not ImageNet's
    progress: bool = True
    version: str | None = None


def _items(config: TrainConfig) -> tuple[list[Item], list[str], list[dict[str, str]]]:
    known = config.classes if config.classes else None
    items = scan_image_folder(config.data, known, allow_new=config.allow_new_classes)
    items, skipped = readable_items(items)
    for record in skipped:
        log.warning("skipping %s", record["error"])
    classes = list(config.classes) if config.classes else classes_for(items)
    return items, classes, skipped


def _dataloaders(config: TrainConfig, train: list[Item], valid: list[Item], classes: list[str]):
    from fastai.data.core import DataLoaders
    from fastai.data.load import DataLoader
    from fastai.torch_core import default_device

    train_ds = ScreenDataset(train, classes, train_transform(config.input_size, seed=config.seed))
    valid_ds = ScreenDataset(valid, classes, eval_transform(config.input_size))
    # BatchNorm cannot train on a batch of one: drop the ragged last batch when there is more.
    train_dl = DataLoader(train_ds, bs=config.batch_size, shuffle=True,
                          drop_last=len(train_ds) > config.batch_size,
                          num_workers=config.workers)
    valid_dl = DataLoader(valid_ds, bs=config.batch_size * 2, num_workers=config.workers)
    # A CUDA GPU when there is one; fastai leaves batches where they are unless told.
    return DataLoaders(train_dl, valid_dl, device=default_device())


def _keep_best_callback():
    from fastai.callback.tracker import TrackerCallback

    class KeepBest(TrackerCallback):
        """Keeps the best epoch's weights in memory across fits; restores them after each fit."""

        def __init__(self) -> None:
            super().__init__(monitor="valid_loss", reset_on_fit=False)
            self.best_state: dict[str, torch.Tensor] | None = None

        def after_epoch(self) -> None:
            super().after_epoch()
            if self.new_best:
                self.best_state = copy_state(self.learn.model)

        def after_fit(self) -> None:
            if self.best_state is not None:
                self.learn.model.load_state_dict(self.best_state)

    return KeepBest()


def _bf16_autocast_callback():
    from fastai.callback.core import Callback

    class Bf16Autocast(Callback):
        """bfloat16 autocast around each forward pass, on whichever device holds the batch (CPU
        or CUDA). fastai's MixedPrecision is float16 on CUDA only and needs loss scaling;
        bfloat16 has float32's range, so weights, optimiser state and the loss stay float32 and
        nothing is scaled."""

        order = 10

        def before_batch(self) -> None:
            self.autocast = torch.autocast(self.x.device.type, dtype=torch.bfloat16)
            self.autocast.__enter__()

        def after_pred(self) -> None:
            self.learn.pred = self.learn.pred.float()

        def after_loss(self) -> None:
            self.autocast.__exit__(None, None, None)

    return Bf16Autocast()


def _history(learn, phase: str) -> list[dict[str, Any]]:
    rows = []
    for values in learn.recorder.values:
        train_loss, valid_loss, accuracy = (float(v) for v in values[:3])
        rows.append({"phase": phase, "train_loss": round(train_loss, 5),
                     "valid_loss": round(valid_loss, 5), "accuracy": round(accuracy, 5)})
    return rows


def _suggested_lr(learn, iterations: int) -> float:
    """lr_find's "valley" suggestion, trusted only inside a sane range.

    On tiny datasets the finder sees few batches and can suggest absurd values (1e-7, 5); the
    seed's head learning rate (1e-2) is the fallback then, and the log says so.
    """
    suggested = float(learn.lr_find(num_it=iterations, show_plot=False).valley)
    if not 1e-5 <= suggested <= 1e-1:
        log.warning("lr_find suggested %.2e, outside [1e-5, 1e-1]; using 1e-2", suggested)
        return 1e-2
    log.info("lr_find suggests %.2e", suggested)
    return suggested


def _fit(config: TrainConfig, model: ScreenNet, dls) -> tuple[list[dict[str, Any]], float | None]:
    """freeze -> one-cycle on the head -> unfreeze -> discriminative one-cycle; returns curves."""
    from fastai.callback.schedule import fit_one_cycle, lr_find  # noqa: F401 - patches Learner
    from fastai.callback.tracker import EarlyStoppingCallback
    from fastai.learner import Learner
    from fastai.losses import CrossEntropyLossFlat
    from fastai.metrics import accuracy

    model.to(dls.device)  # plain Learner does not move the model to the batches' device
    with tempfile.TemporaryDirectory(prefix="timenet-train-") as scratch:
        learn = Learner(dls, model, loss_func=CrossEntropyLossFlat(), metrics=accuracy,
                        splitter=lambda m: m.param_groups(), wd=config.wd, path=scratch,
                        cbs=[_keep_best_callback()])
        if config.bf16:
            learn.add_cb(_bf16_autocast_callback())
        if not config.progress:
            learn.remove_cbs(learn.progress)  # quiet under tests; the CLI keeps the bar
            learn.logger = lambda *args, **kwargs: None
        learn.freeze()
        lr = config.lr
        if lr is None and (config.freeze_epochs or config.epochs):
            lr = _suggested_lr(learn, config.lr_find_iters)
        history: list[dict[str, Any]] = []
        if config.freeze_epochs:
            learn.fit_one_cycle(config.freeze_epochs, lr)
            history += _history(learn, "head")
        if config.epochs:
            learn.unfreeze()
            learn.fit_one_cycle(config.epochs, slice(lr / 2 / config.lr_mult, lr / 2),
                                cbs=[EarlyStoppingCallback(patience=config.patience)])
            history += _history(learn, "finetune")
    return history, lr


def _valid_logits(model: ScreenNet, dls) -> tuple[np.ndarray, np.ndarray]:
    model = model.eval()
    logits, labels = [], []
    with torch.inference_mode():
        for x, y in dls.valid:
            logits.append(model(x).float().cpu().numpy())
            labels.append(y.cpu().numpy())
    if not logits:
        return np.zeros((0, model.num_classes)), np.zeros(0, dtype=int)
    return np.concatenate(logits), np.concatenate(labels)


def _initial_model(config: TrainConfig, classes: list[str]) -> ScreenNet:
    """ImageNet-initialised network, or the `init` model's weights to continue its training."""
    if config.init is None:
        return build_model(config.arch, len(classes), imagenet=config.imagenet,
                           dropout=config.dropout)
    # The architecture already comes from the init model (`_with_init_defaults`); only the
    # class list can still disagree, when `classes` was given.
    model, meta = load_model(config.init)
    if list(meta.classes) != classes:
        raise ValueError(f"--init {config.init} classifies {meta.classes}; this run trains "
                         f"{classes}")
    return model.train()


def _with_init_defaults(config: TrainConfig) -> TrainConfig:
    """Continuing a model keeps its architecture, its class order unless `classes` is given (a
    different order is then refused by `_initial_model`), and its input size unless
    `input_size` is given: the network pools globally, so it can be continued at a larger size
    to read smaller text."""
    meta = read_meta(config.init)
    return dataclasses.replace(config, arch=meta.arch,
                               input_size=config.input_size or meta.input_size,
                               classes=config.classes or list(meta.classes))


def _with_size(config: TrainConfig) -> TrainConfig:
    """A run from ImageNet weights uses `input_size`, or the default one."""
    return dataclasses.replace(config, input_size=config.input_size or DEFAULT_INPUT_SIZE)


def _finetune(config: TrainConfig) -> Path:
    from fastai.torch_core import set_seed

    items, classes, skipped = _items(config)
    train_items, valid_items = split_items(items, config.valid_pct, config.seed)
    if not valid_items:
        raise ValueError("fine-tuning needs a validation split: give each class >= 2 images")
    set_seed(config.seed, reproducible=True)
    model = _initial_model(config, classes)
    dls = _dataloaders(config, train_items, valid_items, classes)
    history, lr = _fit(config, model, dls)
    logits, labels = _valid_logits(model, dls)
    model = model.cpu().eval()
    temperature = fit_temperature(logits, labels)
    probs = softmax(logits, temperature)
    predicted = probs.argmax(axis=1)
    metrics = {"mode": "finetune", "valid_accuracy": round(float((predicted == labels).mean()), 4),
               "ece_uncalibrated": round(expected_calibration_error(softmax(logits), labels), 4),
               "ece": round(expected_calibration_error(probs, labels), 4), "lr": lr,
               "epochs_run": len(history), "n_train": len(train_items),
               "n_valid": len(valid_items)}
    data = {"root": str(config.data), "per_class": summarize(items), "n_items": len(items),
            "skipped": skipped, "seed": config.seed, "valid_pct": config.valid_pct,
            "config": {k: str(v) if isinstance(v, Path) else v
                       for k, v in dataclasses.asdict(config).items()}}
    meta = ModelMeta(version=config.version or new_version(), arch=config.arch, classes=classes,
                     input_size=config.input_size, temperature=temperature,
                     threshold=choose_threshold(probs, labels), metrics=metrics, data=data)
    out = save_model(model, meta, config.out)
    save_curves(history, out)
    save_confusion(confusion_matrix(labels, predicted, len(classes)), classes, out)
    return out


def train(config: TrainConfig) -> Path:
    """Train per `config` and save a model artifact at `config.out`; returns that directory."""
    if config.mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, got {config.mode!r}")
    if config.threads:
        torch.set_num_threads(config.threads)
    if config.mode == "finetune":
        return _finetune(_with_init_defaults(config) if config.init else _with_size(config))
    items, classes, _ = _items(config)
    return retrain_head(config.base, items, classes, config.out, seed=config.seed,
                        valid_pct=config.valid_pct, threads=config.threads,
                        version=config.version)


# Each training default is written once, in TrainConfig; the command line reads it from here.
_DEFAULTS: dict[str, Any] = {f.name: f.default for f in dataclasses.fields(TrainConfig)}


def _parser() -> argparse.ArgumentParser:
    d = _DEFAULTS
    p = argparse.ArgumentParser(prog="python -m ml.train", description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--data", type=Path, required=True, help="ImageFolder tree DIR/<class>/*.png")
    p.add_argument("--out", type=Path, required=True, help="model directory to write")
    p.add_argument("--arch", choices=ARCHES, default=d["arch"])
    p.add_argument("--mode", choices=MODES, default=d["mode"])
    p.add_argument("--base", type=Path, help="head mode: reuse this model's backbone")
    p.add_argument("--init", type=Path,
                   help="finetune mode: continue from this model directory's weights")
    for name in ("epochs", "freeze_epochs", "batch_size", "seed", "patience", "workers"):
        p.add_argument(f"--{name.replace('_', '-')}", type=int, default=d[name])
    for name in ("wd", "valid_pct"):
        p.add_argument(f"--{name.replace('_', '-')}", type=float, default=d[name])
    p.add_argument("--input-size", type=int,
                   help=f"square input side (default {DEFAULT_INPUT_SIZE}, or the --init model's)")
    p.add_argument("--lr", type=float, help="max learning rate (default: lr_find suggestion)")
    p.add_argument("--threads", type=int)
    p.add_argument("--bf16", action="store_true",
                   help="bfloat16 autocast for training passes, on the CPU (about 1.8x faster "
                        "with AVX512-BF16/AMX) or a CUDA GPU; weights and calibration stay "
                        "float32")
    p.add_argument("--classes", help="comma-separated class codes, in model order")
    p.add_argument("--allow-new-classes", action="store_true",
                   help="accept folders that are not default codes as user-defined classes")
    p.add_argument("--no-imagenet", action="store_true", help="start from random weights")
    p.add_argument("--version", help="version id to record (default: a timestamp)")
    return p


def config_from_args(args: argparse.Namespace) -> TrainConfig:
    """The TrainConfig a parsed command line asks for (flag names are the field names)."""
    values = {k: v for k, v in vars(args).items() if k in _DEFAULTS}
    values["classes"] = args.classes.split(",") if args.classes else None
    values["imagenet"] = not args.no_imagenet
    return TrainConfig(**values)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    config = config_from_args(args)
    try:
        out = train(config)
    except UnknownClassError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (FileNotFoundError, ValueError, ModelArtifactError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    meta = json.loads((out / "meta.json").read_text())
    print(json.dumps({"model": str(out), "version": meta["version"], "metrics": meta["metrics"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
