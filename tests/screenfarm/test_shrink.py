"""`screenfarm.shrink`: smaller JPEG copies of an ImageFolder tree, class folders kept."""

from __future__ import annotations

import numpy as np
from PIL import Image

from screenfarm.shrink import main, shrink_tree


def _screen(path, size=(1920, 1080)) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    noise = np.random.default_rng(0).integers(0, 255, (size[1], size[0], 3), dtype=np.uint8)
    Image.fromarray(noise).save(path)


def test_copies_fit_the_long_side_and_keep_the_aspect_and_the_class_folders(tmp_path):
    _screen(tmp_path / "src" / "code" / "a.png")
    _screen(tmp_path / "src" / "email" / "b.jpg", (1200, 1600))
    (tmp_path / "src" / "email" / "notes.txt").write_text("not an image")

    assert shrink_tree(tmp_path / "src", tmp_path / "dst", max_side=480) == 2

    with Image.open(tmp_path / "dst" / "code" / "a.jpg") as wide:
        assert wide.size == (480, 270)
    with Image.open(tmp_path / "dst" / "email" / "b.jpg") as tall:
        assert tall.size == (360, 480)
    assert not (tmp_path / "dst" / "email" / "notes.jpg").exists()


def test_lower_quality_makes_smaller_files_and_a_second_run_keeps_what_exists(tmp_path, capsys):
    _screen(tmp_path / "src" / "code" / "a.png")
    main([str(tmp_path / "src"), str(tmp_path / "q92"), "--max-side", "480"])
    main([str(tmp_path / "src"), str(tmp_path / "q60"), "--max-side", "480", "--quality", "60"])
    assert "1 images" in capsys.readouterr().out
    high, low = tmp_path / "q92" / "code" / "a.jpg", tmp_path / "q60" / "code" / "a.jpg"
    assert low.stat().st_size < high.stat().st_size

    stamp = low.stat().st_mtime_ns
    assert shrink_tree(tmp_path / "src", tmp_path / "q60", max_side=480, quality=60) == 1
    assert low.stat().st_mtime_ns == stamp  # not rewritten
