"""The model's weights are checked against the sha256 its meta.json records (ml.meta), torch-free
and without a real model: a few bytes stand in for the weights file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from ml.meta import (
    META_FILE,
    WEIGHTS_FILE,
    ModelArtifactError,
    ModelMeta,
    WeightsMismatchError,
    read_verified_meta,
    sha256_file,
    verify_weights,
)


def model_dir(tmp_path: Path, weights: bytes, recorded: bytes | None = None) -> Path:
    """A directory with `weights` and a meta.json recording the sha256 of `recorded`."""
    directory = tmp_path / "model"
    directory.mkdir()
    (directory / WEIGHTS_FILE).write_bytes(weights)
    sha = hashlib.sha256(weights if recorded is None else recorded).hexdigest()
    meta = {"version": "v1", "arch": "efficientnet_lite0", "classes": ["code"], "sha256": sha}
    (directory / META_FILE).write_text(json.dumps(meta))
    return directory


def test_the_file_hash_is_the_sha256_of_all_its_bytes_across_chunks(tmp_path):
    data = bytes(range(256)) * 9000  # ~2.3 MB: several 1 MiB chunks and a partial last one
    path = tmp_path / "blob"
    path.write_bytes(data)
    assert sha256_file(path) == hashlib.sha256(data).hexdigest()
    (tmp_path / "empty").write_bytes(b"")
    assert sha256_file(tmp_path / "empty") == hashlib.sha256(b"").hexdigest()


def test_matching_weights_are_returned_and_their_meta_read(tmp_path):
    directory = model_dir(tmp_path, b"weights")
    meta = read_verified_meta(directory)
    assert (meta.version, meta.classes) == ("v1", ["code"])
    assert verify_weights(directory, meta) == directory / WEIGHTS_FILE


def test_one_changed_byte_is_refused_naming_both_hashes(tmp_path):
    directory = model_dir(tmp_path, b"weights-modified", recorded=b"weights")
    with pytest.raises(WeightsMismatchError) as info:
        read_verified_meta(directory)
    actual = hashlib.sha256(b"weights-modified").hexdigest()
    recorded = hashlib.sha256(b"weights").hexdigest()
    assert actual[:12] in str(info.value) and recorded[:12] in str(info.value)
    assert "refusing to load" in str(info.value)


def test_missing_weights_are_an_artifact_error(tmp_path):
    directory = model_dir(tmp_path, b"weights")
    (directory / WEIGHTS_FILE).unlink()
    with pytest.raises(ModelArtifactError, match=WEIGHTS_FILE) as info:
        verify_weights(directory, ModelMeta(version="v", arch="a", classes=["c"], sha256="0"))
    assert not isinstance(info.value, WeightsMismatchError)


def test_an_empty_recorded_hash_never_matches(tmp_path):
    directory = model_dir(tmp_path, b"")
    meta = ModelMeta(version="v", arch="a", classes=["c"], sha256="")
    with pytest.raises(WeightsMismatchError):
        verify_weights(directory, meta)
