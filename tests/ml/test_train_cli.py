"""`python -m ml.train` takes its defaults from TrainConfig: each default is written once."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ml.train import TrainConfig, _parser, config_from_args


def test_the_command_line_without_options_gives_the_train_config_defaults():
    args = _parser().parse_args(["--data", "d", "--out", "o"])
    assert config_from_args(args) == TrainConfig(data=Path("d"), out=Path("o"))


def test_every_option_lands_in_the_config_field_of_the_same_name():
    args = _parser().parse_args([
        "--data", "d", "--out", "o", "--epochs", "9", "--freeze-epochs", "0", "--batch-size",
        "7", "--wd", "0.5", "--valid-pct", "0.3", "--input-size", "320", "--classes", "code,pdf",
        "--no-imagenet", "--allow-new-classes", "--mode", "head", "--workers", "2"])
    config = config_from_args(args)
    changed = {f.name: getattr(config, f.name) for f in dataclasses.fields(config)
               if getattr(config, f.name) != f.default}
    assert changed == {"data": Path("d"), "out": Path("o"), "epochs": 9, "freeze_epochs": 0,
                       "batch_size": 7, "wd": 0.5, "valid_pct": 0.3, "input_size": 320,
                       "classes": ["code", "pdf"], "imagenet": False, "allow_new_classes": True,
                       "mode": "head", "workers": 2}
