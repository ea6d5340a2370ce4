"""Entry point: python -m screenfarm --out DIR --per-class N --seed S [--split ...]."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
