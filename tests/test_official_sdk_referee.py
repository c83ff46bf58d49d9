"""The local server answers the official SDK 1.7.0 as the service does.

The same driver as ``test_official_sdk_dropin`` (every public method of 1.7.0's API client,
each read back) runs under the real ``honeyhive==1.7.0`` from the package registry, in a
virtual environment of its own, against the local server. 1.7.0 validates every answer
with its own models, so a step that passes is an answer the official client accepts.

The environment is made once and kept in ``.venv-official/`` at the repository root; the
test is skipped only when the package registry cannot be reached to make it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from official_sdk.harness import driver_env, run_driver

from honeyhive.local import LocalServer

ROOT = Path(__file__).resolve().parents[1]
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
    """The interpreter of a venv holding ``honeyhive==1.7.0``, made on first use."""
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


def test_official_sdk_accepts_every_answer_of_the_local_server(tmp_path: Path) -> None:
    """Every step of the 1.7.0 driver passes under the official SDK against the local server."""
    python = official_python(tmp_path)
    with LocalServer() as server:
        run = run_driver(str(python), server.url, server.api_key, tmp_path)
    assert run.summary is not None, run.report()
    assert len(run.steps) >= 150, f"only {len(run.steps)} steps ran\n{run.report()}"
    assert not run.failures, run.report()
    assert run.returncode == 0, run.report()
