"""`python -m ml.predict`: one JSON line per file, bad files reported, the rest classified."""

from __future__ import annotations

import json

from ml import predict


def test_predict_prints_one_json_line_per_file_and_reports_bad_ones(small_model, eval_tree,
                                                                    capsys):
    files = [*sorted((eval_tree / "youtube").glob("*.jpg"))[:2], eval_tree / "terminal" /
             "corrupt.jpg", *sorted((eval_tree / "code").glob("*.jpg"))[:1]]
    status = predict.main([*map(str, files), "--model", str(small_model)])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 1  # one file failed; the others were still classified
    assert [line["file"] for line in lines] == [str(f) for f in files]
    assert [line.get("class") for line in lines] == ["youtube", "youtube", None, "code"]
    assert "corrupt.jpg" in lines[2]["error"] and "cannot read image" in lines[2]["error"]
    first = lines[0]
    assert [code for code, _ in first["top3"]][0] == "youtube"
    assert len({code for code, _ in first["top3"]}) == 3  # three different classes, ranked
    probabilities = [p for _, p in first["top3"]]
    assert probabilities == sorted(probabilities, reverse=True)
    assert first["confidence"] == probabilities[0]  # the confidence is the top class's
