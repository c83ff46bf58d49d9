"""Runs the drivers here (``drive_api_client.py``, ``drive_tracer.py``) under a given Python
against a server, and makes the cached virtual environment that holds ``honeyhive==1.7.0``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

DRIVER = Path(__file__).with_name("drive_api_client.py")
TRACER_DRIVER = Path(__file__).with_name("drive_tracer.py")

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".venv-official"
VERSION = "1.7.0"
# Written last: a venv without it was interrupted and is made again.
MARKER = VENV / f"honeyhive-{VERSION}.installed"
# What pip prints when it cannot reach the registry at all. "versions: none": pip found not
# one release of a package the registry has many of (pip set to no retries says no more).
UNREACHABLE = (
    "(from versions: none)",
    "NewConnectionError",
    "Max retries exceeded",
    "Temporary failure in name resolution",
    "Name or service not known",
    "Network is unreachable",
    "Connection refused",
    "ConnectTimeoutError",
    "ReadTimeoutError",
    "ProxyError",
)

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


def venv_python(venv: Path) -> Path:
    """The interpreter of a virtual environment, on POSIX or Windows."""
    posix = venv / "bin" / "python"
    return posix if posix.exists() else venv / "Scripts" / "python.exe"


def installed_version(python: Path, cwd: Path) -> str:
    """``honeyhive.__version__`` as ``python`` imports it, from outside this repository."""
    proc = subprocess.run(
        [str(python), "-c", "import honeyhive; print(honeyhive.__version__)"],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=driver_env(),
        timeout=120,
        check=False,
    )
    return proc.stdout.strip() if proc.returncode == 0 else ""


def official_python(cwd: Path) -> Path:
    """The interpreter of a venv holding ``honeyhive==1.7.0``, made on first use.

    Skips the calling test when the package registry cannot be reached to make it; fails it
    when pip fails for any other reason. ``cwd`` is a directory outside the repository.
    """
    if MARKER.exists() and installed_version(venv_python(VENV), cwd) == VERSION:
        return venv_python(VENV)
    shutil.rmtree(VENV, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True, timeout=300)
    python = venv_python(VENV)
    pip = subprocess.run(
        [
            str(python),
            *("-m", "pip", "install", "--disable-pip-version-check", "--no-input"),
            f"honeyhive=={VERSION}",
        ],
        capture_output=True,
        text=True,
        env=driver_env(),
        timeout=900,
        check=False,
    )
    if pip.returncode != 0:
        output = pip.stdout + pip.stderr
        shutil.rmtree(VENV, ignore_errors=True)
        if any(sign in output for sign in UNREACHABLE):
            pytest.skip(f"package registry unreachable: cannot install honeyhive=={VERSION}")
        pytest.fail(f"pip install honeyhive=={VERSION} failed:\n{output[-4000:]}")
    version = installed_version(python, cwd)
    assert version == VERSION, f"the official venv imports honeyhive {version!r}"
    MARKER.write_text(f"honeyhive=={VERSION}{os.linesep}")
    return python


@dataclass
class TracerRun:
    """What one run of ``drive_tracer.py`` printed, and how it ended."""

    result: dict[str, Any] | None
    returncode: int
    stderr: str = field(repr=False)

    def report(self, secret: str) -> str:
        """How the run ended and the end of its stderr (``secret`` masked): a failure message."""
        tail = self.stderr[-4000:].replace(secret, "***") if secret else self.stderr[-4000:]
        return f"result {self.result}, exit status {self.returncode}\n{tail}"


def run_tracer_driver(
    python: str,
    base_url: str,
    api_key: str,
    cwd: Path,
    *,
    project: str,
    session_name: str,
    source: str,
    protocol: str | None = None,
    timeout: float = 120,
) -> TracerRun:
    """Run ``drive_tracer.py`` with ``python``; ``protocol`` goes to ``HH_OTLP_PROTOCOL``."""
    env = driver_env()
    if protocol is not None:
        env["HH_OTLP_PROTOCOL"] = protocol
    proc = subprocess.run(
        [
            python,
            str(TRACER_DRIVER),
            *("--base-url", base_url, "--api-key", api_key, "--project", project),
            *("--session-name", session_name, "--source", source),
        ],
        capture_output=True,
        text=True,
        cwd=cwd,  # outside the repository, so only the official package is importable
        env=env,
        timeout=timeout,
        check=False,
    )
    lines = proc.stdout.strip().splitlines()
    result: dict[str, Any] | None = None
    if lines:
        try:
            result = json.loads(lines[-1])
        except json.JSONDecodeError:
            result = None
    return TracerRun(result, proc.returncode, proc.stderr)
