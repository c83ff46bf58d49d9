"""The local server answers the official SDK 1.7.0 as the service does.

The same driver as ``test_official_sdk_dropin`` (every public method of 1.7.0's API client,
each read back) runs under the real ``honeyhive==1.7.0`` from the package registry, in a
virtual environment of its own, against the local server. 1.7.0 validates every answer
with its own models, so a step that passes is an answer the official client accepts.

The environment is made once and kept in ``.venv-official/`` at the repository root; the
test is skipped only when the package registry cannot be reached to make it.
"""

from __future__ import annotations

from pathlib import Path

from official_sdk.harness import official_python, run_driver

from honeyhive.local import LocalServer


def test_official_sdk_accepts_every_answer_of_the_local_server(tmp_path: Path) -> None:
    """Every step of the 1.7.0 driver passes under the official SDK against the local server."""
    python = official_python(tmp_path)
    with LocalServer() as server:
        run = run_driver(str(python), server.url, server.api_key, tmp_path)
    assert run.summary is not None, run.report()
    assert len(run.steps) >= 150, f"only {len(run.steps)} steps ran\n{run.report()}"
    assert not run.failures, run.report()
    assert run.returncode == 0, run.report()
