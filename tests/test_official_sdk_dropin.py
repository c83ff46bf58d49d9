"""Code written for the official SDK 1.7.0 runs unchanged on this package.

``tests/official_sdk/drive_api_client.py`` calls every public method of 1.7.0's API client
(each namespace's methods, their ``_async`` twins and aliases) with 1.7.0's models and
keywords, and reads back what it wrote. Here it runs with this package installed, against
the local server, and every step must pass.
"""

from __future__ import annotations

import sys
from pathlib import Path

import honeyhive_api
from official_sdk.harness import run_driver

import honeyhive
from honeyhive.local import LocalServer


def test_every_official_sdk_call_runs_on_this_package(tmp_path: Path) -> None:
    """Every step of the 1.7.0 driver passes with this package against the local server."""
    # The driver imports the very package this test process imports, wherever it lives.
    pythonpath = [
        str(Path(honeyhive.__file__).parent.parent),
        str(Path(honeyhive_api.__file__).parent.parent),
    ]
    with LocalServer() as server:
        run = run_driver(sys.executable, server.url, server.api_key, tmp_path, pythonpath)
    assert run.summary is not None, run.report()
    assert run.summary["passed"] == len(run.steps) - len(run.failures)
    assert len(run.steps) >= 150, f"only {len(run.steps)} steps ran\n{run.report()}"
    assert not run.failures, run.report()
    assert run.returncode == 0, run.report()
