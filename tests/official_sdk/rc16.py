"""Runs ``drive_rc16.py`` under the official SDK of the reference doc's era, ``1.0.0rc16``,
and makes the cached virtual environment that holds it (``.venv-official-rc16/``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from official_sdk.harness import (
    ROOT,
    UNREACHABLE,
    DriverRun,
    driver_env,
    installed_version,
    venv_python,
)

RC16_DRIVER = Path(__file__).with_name("drive_rc16.py")
# The release generated from honeyhive-openapi-sdk-rc16.yaml (rc15 is the same code).
RC16_VERSION = "1.0.0rc16"
RC16_VENV = ROOT / ".venv-official-rc16"


def rc16_python(cwd: Path) -> Path:
    """The interpreter of a venv holding ``honeyhive==1.0.0rc16``, made on first use.

    Skips the calling test when the package registry cannot be reached to make it; fails it
    when pip fails for any other reason. ``cwd`` is a directory outside the repository.
    """
    # Written last: a venv without it was interrupted and is made again.
    marker = RC16_VENV / f"honeyhive-{RC16_VERSION}.installed"
    if marker.exists() and installed_version(venv_python(RC16_VENV), cwd) == RC16_VERSION:
        return venv_python(RC16_VENV)
    shutil.rmtree(RC16_VENV, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(RC16_VENV)], check=True, timeout=300)
    python = venv_python(RC16_VENV)
    pip = subprocess.run(
        [
            str(python),
            *("-m", "pip", "install", "--disable-pip-version-check", "--no-input"),
            f"honeyhive=={RC16_VERSION}",
        ],
        capture_output=True,
        text=True,
        env=driver_env(),
        timeout=900,
        check=False,
    )
    if pip.returncode != 0:
        output = pip.stdout + pip.stderr
        shutil.rmtree(RC16_VENV, ignore_errors=True)
        if any(sign in output for sign in UNREACHABLE):
            pytest.skip(f"package registry unreachable: cannot install honeyhive=={RC16_VERSION}")
        pytest.fail(f"pip install honeyhive=={RC16_VERSION} failed:\n{output[-4000:]}")
    version = installed_version(python, cwd)
    assert version == RC16_VERSION, f"the rc16 venv imports honeyhive {version!r}"
    marker.write_text(f"honeyhive=={RC16_VERSION}{os.linesep}")
    return python


def run_rc16_driver(
    python: str, base_url: str, api_key: str, cwd: Path, timeout: float = 600
) -> DriverRun:
    """Run ``drive_rc16.py`` with ``python`` against ``base_url``; parse its JSON lines."""
    proc = subprocess.run(
        [python, str(RC16_DRIVER), "--base-url", base_url, "--api-key", api_key],
        capture_output=True,
        text=True,
        cwd=cwd,  # outside the repository, so only the rc16 package is importable
        env=driver_env(),
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
