"""Case 1: importing the client in a fresh interpreter, against importing httpx itself.

Each sample is a new ``python`` process that times its own import statement with
``perf_counter`` around it, so interpreter start-up and shut-down are never part of the
figure (nothing to subtract) and the cost of the import alone is compared. Runs of ours and
of the baseline alternate, so load from other processes hits both alike.
"""

from __future__ import annotations

import json
import subprocess
import sys

from ._harness import ROOT, Result, Settings, median, spread

OURS = "from honeyhive import HoneyHive"
OURS_FALLBACK = "from honeyhive._client import HoneyHive"
BASELINE = "import httpx"

_PROBE = """
import sys, time
before = len(sys.modules)
start = time.perf_counter()
{statement}
elapsed = time.perf_counter() - start
import json
print(json.dumps({{"ms": elapsed * 1000.0, "modules": len(sys.modules) - before}}))
"""


def time_import(statement: str) -> tuple[float, int]:
    """Milliseconds ``statement`` takes in a fresh interpreter, and the modules it loads."""
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(statement=statement)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    return float(data["ms"]), int(data["modules"])


def _statement() -> tuple[str, str | None]:
    """The import users write, or the private one while ``honeyhive`` does not export it."""
    try:
        time_import(OURS)
    except subprocess.CalledProcessError:
        return OURS_FALLBACK, f"`{OURS}` fails (not exported yet): timed `{OURS_FALLBACK}`"
    return OURS, None


def run(settings: Settings) -> Result:
    """Median import time of the client and of httpx over alternating fresh interpreters."""
    result = Result("1", "import (fresh interpreter)", "ms", "ratio<=", 1.5)
    statement, note = _statement()
    if note:
        result.notes.append(note)
    time_import(BASELINE)  # warm the .pyc caches of both before timing
    ours: list[float] = []
    base: list[float] = []
    ours_modules = base_modules = 0
    for _ in range(settings.import_runs):
        ms, ours_modules = time_import(statement)
        ours.append(ms)
        ms, base_modules = time_import(BASELINE)
        base.append(ms)
    result.ours = median(ours)
    result.baseline = median(base)
    result.notes.append(
        f"`{statement}` loads {ours_modules} modules ({spread(ours)} ms); "
        f"`{BASELINE}` loads {base_modules} ({spread(base)} ms)"
    )
    return result
