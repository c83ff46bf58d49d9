"""Runs ``drive_api_client.py`` under a given Python against a server and collects its steps."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DRIVER = Path(__file__).with_name("drive_api_client.py")

# Settings a developer may have exported for real use: the driver must see only its flags.
_FOREIGN_ENV = ("HH_", "HONEYHIVE_")


@dataclass
class DriverRun:
    """What one run of the driver printed: its steps, its summary, and how it ended."""

    steps: list[dict[str, Any]] = field(repr=False)
    summary: dict[str, int] | None
    returncode: int
    stderr: str = field(repr=False)

    @property
    def failures(self) -> list[dict[str, Any]]:
        """The steps that did not pass."""
        return [s for s in self.steps if not s.get("ok")]

    def report(self) -> str:
        """The failing steps, one a line, and how the run ended: an assertion message."""
        lines = [f"{s['step']}: {s['error']}" for s in self.failures]
        lines.append(f"summary {self.summary}, exit status {self.returncode}")
        if self.summary is None:  # the driver itself crashed: its traceback says where
            lines.append(self.stderr[-4000:])
        return "\n".join(lines)


def driver_env(pythonpath: Sequence[str] = ()) -> dict[str, str]:
    """This process's environment without HoneyHive settings, with ``pythonpath`` only."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(_FOREIGN_ENV) and k != "PYTHONPATH"
    }
    if pythonpath:
        env["PYTHONPATH"] = os.pathsep.join(pythonpath)
    return env


def run_driver(
    python: str,
    base_url: str,
    api_key: str,
    cwd: Path,
    pythonpath: Sequence[str] = (),
    timeout: float = 600,
) -> DriverRun:
    """Run the driver with ``python`` against ``base_url``; parse its JSON lines."""
    proc = subprocess.run(
        [python, str(DRIVER), "--base-url", base_url, "--api-key", api_key],
        capture_output=True,
        text=True,
        cwd=cwd,  # outside the repository, so only the chosen package is importable
        env=driver_env(pythonpath),
        timeout=timeout,
        check=False,
    )
    steps: list[dict[str, Any]] = []
    summary: dict[str, int] | None = None
    for line in proc.stdout.splitlines():
        record = json.loads(line)
        if "step" in record:
            steps.append(record)
        else:
            summary = record
    return DriverRun(steps, summary, proc.returncode, proc.stderr)
