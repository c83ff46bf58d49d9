"""Optional profiles of our side of a case (``--profile``), printed to stderr.

pyinstrument is used when it is installed (a readable call tree), cProfile otherwise.
Profiles run after the timed rounds, so they never disturb the figures in the table.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import sys
from collections.abc import Awaitable, Callable
from typing import Any

TOP = 25


def _header(label: str) -> None:
    print(f"\n===== profile: {label} =====", file=sys.stderr)


def _pyinstrument() -> Any:
    try:
        import pyinstrument
    except ImportError:
        return None
    return pyinstrument


def _print_cprofile(profiler: cProfile.Profile) -> None:
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(TOP)
    print(out.getvalue(), file=sys.stderr)


def maybe_profile(enabled: bool, label: str, fn: Callable[[], Any]) -> None:
    """Run ``fn`` once more under a profiler and print where its time went, if ``enabled``."""
    if not enabled:
        return
    _header(label)
    module = _pyinstrument()
    if module is not None:
        with module.Profiler(interval=0.0005) as profiler:
            fn()
        print(profiler.output_text(unicode=True, show_all=False), file=sys.stderr)
        return
    profiler = cProfile.Profile()
    profiler.runcall(fn)
    _print_cprofile(profiler)


async def profile_async(label: str, make: Callable[[], Awaitable[Any]]) -> None:
    """Await ``make()`` once under a profiler and print where its time went."""
    _header(label)
    module = _pyinstrument()
    if module is not None:
        with module.Profiler(interval=0.0005, async_mode="disabled") as profiler:
            await make()
        print(profiler.output_text(unicode=True, show_all=False), file=sys.stderr)
        return
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        await make()
    finally:
        profiler.disable()
    _print_cprofile(profiler)
