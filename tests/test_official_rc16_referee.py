"""The local server answers the official SDK of the reference doc's era (1.0.0rc16) as today's
service does.

``drive_rc16.py`` calls rc16's API client the way the reference doc shows (each documented
method, sync and async, each write read back), under the real ``honeyhive==1.0.0rc16`` from
the package registry, in a virtual environment of its own (``.venv-official-rc16/``, made
once), against the local server. Exactly the steps that fail because of rc16 itself fail:
its known bugs, or a request today's service no longer accepts. Every other step passes.
The test is skipped only when the package registry cannot be reached to make the venv.
"""

from __future__ import annotations

import pytest
from official_sdk.harness import DriverRun
from official_sdk.rc16 import rc16_python, run_rc16_driver

from honeyhive.local import LocalServer

# step -> (how its error starts, why rc16 itself is at fault). "Before sending": rc16 raises
# without a request; otherwise the local server's answer is the one today's service gives.
SDK_FAULTS: dict[str, tuple[str, str]] = {
    "errors.import[doc]": (
        "ImportError",
        "HoneyHiveConnectionError cannot be imported from honeyhive.utils",
    ),
    "errors.APIError[doc]": (
        "HTTPException: 401",
        "rc16 raises its generated HTTPException, not the documented APIError",
    ),
    "sessions.start[doc]": (
        "HTTPException: 400",
        "rc16 sends the doc's flat dict as the body; /session/start requires {'session': {...}}",
    ),
    "sessions.start_async[doc]": (
        "HTTPException: 400",
        "rc16 sends the doc's flat dict as the body; /session/start requires {'session': {...}}",
    ),
    "events.create[doc]": (
        "ValidationError",
        "rc16's PostEventRequest has one required field, event: the doc's flat form fails",
    ),
    "events.create_async[doc]": (
        "ValidationError",
        "rc16's PostEventRequest has one required field, event: the doc's flat form fails",
    ),
    "events.create_batch[doc]": (
        "AttributeError",
        "create_batch calls .model_dump() on the doc's plain dict, before sending",
    ),
    "events.create_batch_async[doc]": (
        "AttributeError",
        "create_batch_async calls .model_dump() on the doc's plain dict, before sending",
    ),
    "events.get_by_session_id[doc]": (
        "AttributeError",
        "rc16 answers events as plain dicts: the doc's event.event_name does not work",
    ),
    "events.list[doc]": (
        "HTTPException: 400",
        "rc16 sends each filter as a Python repr, not JSON, in GET /events?filters=",
    ),
    "events.list_async[doc]": (
        "HTTPException: 400",
        "rc16 sends each filter as a Python repr, not JSON, in GET /events?filters=",
    ),
    "events.list[GetEventsQuery]": (
        "ValidationError",
        "GetEventsQuery types filters as an empty model: a list of filters fails, before sending",
    ),
    "projects.list[doc]": (
        "TypeError",
        "projects.list builds GetProjectsResponse(**body) from the JSON array",
    ),
    "projects.list_async[doc]": (
        "TypeError",
        "projects.list_async builds GetProjectsResponse(**body) from the JSON array",
    ),
    "projects.create[doc]": (
        "ImportError",
        "rc16 has no CreateProjectRequest in honeyhive.models",
    ),
    "projects.create[dict]": (
        "AttributeError",
        "projects.create calls .model_dump() on a plain dict, before sending",
    ),
    "projects.update[doc]": (
        "ImportError",
        "rc16 has no UpdateProjectRequest in honeyhive.models",
    ),
    "configurations.create[doc]": (
        "ValidationError",
        "rc16's model requires parameters.call_type (as the service does); the doc omits it",
    ),
    "configurations.update[doc]": (
        "ValidationError",
        "rc16's model requires name and parameters.call_type; the doc gives neither",
    ),
    "configurations.list[doc]": (
        "TypeError",
        "rc16 reads a bare array; today's service wraps it as {'configurations': [...]}",
    ),
    "configurations.list": (
        "TypeError",
        "rc16 reads a bare array; today's service wraps it as {'configurations': [...]}",
    ),
    "configurations.list_async[doc]": (
        "TypeError",
        "rc16 reads a bare array; today's service wraps it as {'configurations': [...]}",
    ),
    "configurations.list_configurations": (
        "TypeError",
        "rc16 reads a bare array; today's service wraps it as {'configurations': [...]}",
    ),
    "tools.list": ("AttributeError", "rc16's GetToolsResponse drops every field"),
    "tools.list_async": ("AttributeError", "rc16's GetToolsResponse drops every field"),
    "tools.list_tools": ("AttributeError", "rc16's GetToolsResponse drops every field"),
    "tools.delete": (
        "TypeError",
        "tools.delete passes tool_id= to a function taking function_id=, before sending",
    ),
    "tools.delete_async": (
        "TypeError",
        "tools.delete_async passes tool_id= to a function taking function_id=, before sending",
    ),
    "metrics.list": (
        "TypeError",
        "metrics.list passes project= and name= to getMetrics(type, id), before sending",
    ),
    "metrics.list_async": (
        "TypeError",
        "metrics.list_async passes project= and name= to getMetrics(type, id), before sending",
    ),
    "metrics.list_metrics": (
        "TypeError",
        "metrics.list_metrics passes project= and name= to getMetrics(type, id), before sending",
    ),
    "datasets.list[include_datapoints]": (
        "HTTPException: 400",
        "include_datapoints is no query parameter of today's GET /v1/datasets",
    ),
    "experiments.get_schema[evaluation_id]": (
        "HTTPException: 400",
        "evaluation_id is no query parameter of today's GET /v1/runs/schema",
    ),
}

# rc16 sends id lists as a repeated key. The service refused a one-element list in that form
# in January, but today's description (June 2026) documents exactly that spelling
# (`datapoint_ids=a`), so the local server accepts it, as well as the bracket form: these
# steps must pass.
REPEATED_KEY_LISTS = ("datapoints.list[one datapoint_id]", "experiments.list_runs[one run_id]")


@pytest.fixture(scope="module")
def rc16_run(tmp_path_factory: pytest.TempPathFactory) -> DriverRun:
    """One run of the rc16 driver against a fresh local server."""
    cwd = tmp_path_factory.mktemp("rc16")
    python = rc16_python(cwd)
    with LocalServer() as server:
        return run_rc16_driver(str(python), server.url, server.api_key, cwd)


def test_rc16_fails_exactly_where_rc16_is_at_fault(rc16_run: DriverRun) -> None:
    """Every rc16 step passes against the local server except rc16's own faults."""
    run = rc16_run
    assert run.summary is not None, run.report()
    assert len(run.steps) >= 150, f"only {len(run.steps)} steps ran\n{run.report()}"
    names = {s["step"] for s in run.steps}
    assert not (SDK_FAULTS.keys() | set(REPEATED_KEY_LISTS)) - names, "listed steps did not run"

    failed = {s["step"]: str(s["error"]) for s in run.failures}
    unexpected = {n: e for n, e in failed.items() if n not in SDK_FAULTS}
    assert not unexpected, "steps failing where rc16 is not at fault:\n" + "\n".join(
        f"{n}: {e}" for n, e in unexpected.items()
    )
    passing = sorted(SDK_FAULTS.keys() - failed.keys())
    assert not passing, f"rc16 faults that now pass (the server accepts them?): {passing}"
    wrong = {
        n: failed[n] for n, (start, _) in SDK_FAULTS.items() if not failed[n].startswith(start)
    }
    assert not wrong, "rc16 faults failing another way:\n" + "\n".join(
        f"{n}: expected {SDK_FAULTS[n][0]!r}, got {e}" for n, e in wrong.items()
    )
    assert run.returncode == 1, run.report()
