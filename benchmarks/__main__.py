"""``python -m benchmarks [--quick] [--json PATH] [--only IDS] [--profile]``."""

from __future__ import annotations

import sys

from .runner import main

if __name__ == "__main__":
    sys.exit(main())
