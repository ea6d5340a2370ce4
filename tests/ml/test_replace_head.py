"""ScreenNet.replace_head: a new final layer through the model's own API (ml.head uses it)."""

from __future__ import annotations

import pytest
import torch

from ml.backbones import build_model


@pytest.fixture(scope="module")
def net():
    return build_model("efficientnet_lite0", 3, imagenet=False)


def test_replace_head_sets_the_given_rows_and_keeps_the_body(net):
    body_before = {k: v.clone() for k, v in net.body.state_dict().items()}
    weight = torch.randn(5, net.embed_dim)
    bias = torch.randn(5)
    assert net.replace_head(5, weight, bias) is net
    assert net.num_classes == 5 and net.linear.out_features == 5
    assert torch.equal(net.linear.weight, weight) and torch.equal(net.linear.bias, bias)
    assert all(torch.equal(v, body_before[k]) for k, v in net.body.state_dict().items())
    x = torch.zeros(2, 3, 64, 64)
    with torch.inference_mode():
        logits = net.eval()(x)
        expected = net.features(x) @ weight.T + bias
    assert logits.shape == (2, 5)
    torch.testing.assert_close(logits, expected)


def test_replace_head_refuses_rows_of_the_wrong_shape(net):
    with pytest.raises(ValueError, match="head weight must be"):
        net.replace_head(4, torch.zeros(4, net.embed_dim + 1))
    with pytest.raises(ValueError, match="at least one class"):
        net.replace_head(0)
