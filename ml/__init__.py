"""TimeNet's machine-learning core: pure PyTorch/fastai, no Django (a test enforces it)."""
