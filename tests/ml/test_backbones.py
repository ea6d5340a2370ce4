"""The offline ImageNet weights really load, and every registered architecture builds offline."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image
from skimage import data

from ml.backbones import ARCHES, NoOfflineWeightsWarning, build_model, imagenet_efficientnet_lite0
from ml.transforms import normalize_array

ESPRESSO = 967  # ImageNet class index


def _imagenet_centre_crop(image: Image.Image) -> torch.Tensor:
    """The standard ImageNet eval preprocessing: shorter side 256, centre crop 224."""
    scale = 256 / min(image.size)
    image = image.resize((round(image.width * scale), round(image.height * scale)),
                         Image.Resampling.BILINEAR)
    left, top = (image.width - 224) // 2, (image.height - 224) // 2
    crop = image.crop((left, top, left + 224, top + 224))
    return torch.from_numpy(normalize_array(crop))[None]


def test_offline_imagenet_weights_recognise_scikit_image_coffee_as_espresso():
    model = imagenet_efficientnet_lite0()
    with torch.inference_mode():
        probs = model(_imagenet_centre_crop(Image.fromarray(data.coffee()))).softmax(dim=1)[0]
    assert int(probs.argmax()) == ESPRESSO
    assert probs[ESPRESSO] > 0.5


def test_screennet_body_carries_the_imagenet_weights():
    reference = imagenet_efficientnet_lite0()
    model = build_model("efficientnet_lite0", 14, imagenet=True)
    x = _imagenet_centre_crop(Image.fromarray(data.chelsea()))
    with torch.inference_mode():
        expected = reference.forward_head(reference.forward_features(x), pre_logits=True)
        np.testing.assert_allclose(model.features(x).numpy(), expected.numpy(), atol=1e-5)


@pytest.mark.parametrize("arch", ARCHES)
def test_each_architecture_gives_an_embedding_and_logits_for_its_classes(arch):
    model = build_model(arch, 5, imagenet=False)
    with torch.inference_mode():
        x = torch.zeros(2, 3, 224, 224)
        assert model.features(x).shape == (2, model.embed_dim)
        assert model(x).shape == (2, 5)
    assert len(model.param_groups()) == 3


@pytest.mark.parametrize("arch", ["resnet34", "alexnet"])
def test_asking_for_imagenet_weights_that_are_not_offline_warns_instead_of_downloading(arch):
    with pytest.warns(NoOfflineWeightsWarning, match="no offline ImageNet weights"):
        build_model(arch, 3, imagenet=True)


def test_an_unknown_architecture_is_rejected_with_the_known_names():
    with pytest.raises(ValueError, match="efficientnet_lite0"):
        build_model("vgg16", 3)
