"""What every case shares: results and their targets, settings, statistics, the facade."""

from __future__ import annotations

import statistics
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "bench-key"

#: How a target reads: ours/baseline at most, at least, or an absolute ceiling on ours.
TargetKind = Literal["ratio<=", "ratio>=", "abs<"]


@dataclass(frozen=True)
class Settings:
    """Sizes and repetitions of one run (``--quick`` shrinks them to keep CI fast)."""

    quick: bool
    import_runs: int
    create_calls: int
    create_rounds: int
    async_calls: int
    async_concurrency: int
    async_rounds: int
    batch_events: int
    batch_rounds: int
    list_events: int
    list_rounds: int
    construct_count: int
    construct_rounds: int

    @classmethod
    def full(cls) -> Settings:
        """The sizes the issue asks for, with enough rounds for stable medians."""
        return cls(
            quick=False,
            import_runs=21,
            create_calls=2_000,
            create_rounds=5,
            async_calls=2_000,
            async_concurrency=64,
            async_rounds=5,
            batch_events=100_000,
            batch_rounds=3,
            list_events=10_000,
            list_rounds=7,
            construct_count=2_000,
            construct_rounds=7,
        )

    @classmethod
    def quick_mode(cls) -> Settings:
        """Small sizes: checks that every case runs, not how fast it is."""
        return cls(
            quick=True,
            import_runs=3,
            create_calls=200,
            create_rounds=2,
            async_calls=200,
            async_concurrency=16,
            async_rounds=2,
            batch_events=5_000,
            batch_rounds=1,
            list_events=1_000,
            list_rounds=2,
            construct_count=200,
            construct_rounds=2,
        )


@dataclass
class Result:
    """One row of the table: our figure, the baseline's, and the target they are held to."""

    case: str
    name: str
    unit: str
    target_kind: TargetKind
    target: float
    higher_is_better: bool = False
    ours: float | None = None
    baseline: float | None = None
    skipped: str | None = None
    notes: list[str] = field(default_factory=list)
    #: Behaviour the case checked and found wrong: the target is then not met, whatever the time.
    violations: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        """ours / baseline, when both exist."""
        if self.ours is None or not self.baseline:
            return None
        return self.ours / self.baseline

    @property
    def met(self) -> bool | None:
        """Whether the target is met (None when the case did not run)."""
        if self.skipped is not None or self.ours is None:
            return None
        if self.violations:
            return False
        if self.target_kind == "abs<":
            return self.ours < self.target
        ratio = self.ratio
        if ratio is None:
            return None
        return ratio <= self.target if self.target_kind == "ratio<=" else ratio >= self.target

    @property
    def target_text(self) -> str:
        """The target as the table shows it."""
        if self.target_kind == "abs<":
            return f"< {self.target:g} {self.unit}"
        return f"{self.target_kind} {self.target:g}"

    def as_json(self) -> dict[str, Any]:
        """The row as plain data, with the derived fields."""
        data = asdict(self)
        data.update(ratio=self.ratio, met=self.met, target_text=self.target_text)
        return data


def median(values: list[float]) -> float:
    """The median of non-empty ``values``."""
    return statistics.median(values)


def spread(values: list[float]) -> str:
    """``min..max`` of the rounds, for the notes."""
    return f"{min(values):.4g}..{max(values):.4g} over {len(values)} rounds"


class NotAvailable(Exception):
    """The facade does not offer what a case needs yet; the case is skipped, not failed."""


def facade() -> tuple[type[Any], str]:
    """The ``HoneyHive`` class and where it was found (the public import when it works)."""
    try:
        from honeyhive import HoneyHive

        return HoneyHive, "honeyhive.HoneyHive"
    except ImportError:
        pass
    try:
        from honeyhive._client import HoneyHive as Private
    except ImportError as exc:
        raise NotAvailable(f"the HoneyHive class cannot be imported ({exc})") from exc
    return Private, "honeyhive._client.HoneyHive (honeyhive does not export it yet)"


def namespace_method(client: Any, namespace: str, method: str) -> Callable[..., Any]:
    """``client.<namespace>.<method>``, or NotAvailable saying what is missing."""
    try:
        space = getattr(client, namespace)
    except ImportError as exc:
        raise NotAvailable(f"client.{namespace} cannot be loaded ({exc})") from exc
    except AttributeError as exc:
        raise NotAvailable(f"client.{namespace} does not exist ({exc})") from exc
    found = getattr(space, method, None)
    if not callable(found):
        raise NotAvailable(f"client.{namespace}.{method} is not written yet")
    return found  # type: ignore[no-any-return]


def python_info() -> str:
    """Interpreter and platform, for the report header."""
    import os
    import platform

    return (
        f"Python {platform.python_version()} ({sys.implementation.name}), "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"
    )
