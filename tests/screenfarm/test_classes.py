"""The generator's class list is the model's default class list, in the same order."""

from ml.classes import DEFAULT_CODES as MODEL_CODES
from screenfarm.classes import DEFAULT_CODES as GENERATOR_CODES


def test_generator_draws_the_models_default_classes_in_index_order():
    assert GENERATOR_CODES == MODEL_CODES
