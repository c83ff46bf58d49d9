"""Drive the API client of the official HoneyHive SDK 1.0.0rc16 the way the reference doc shows.

``honeyhive==1.0.0rc16`` is the release generated from the reference doc's era description
(``honeyhive-openapi-sdk-rc16.yaml``). Each documented call runs as the doc writes it (steps
named ``...[doc]``); where that form cannot work with rc16, a sibling step uses the form rc16
itself takes, so the server is still exercised. Every write is read back: through rc16 where
its read works, else by plain HTTP (named in the step). Each step prints one JSON line
``{"step": ..., "ok": ..., "error": ...}``; the run ends with ``{"passed": n, "failed": m}``.

Usage: ``python drive_rc16.py --base-url URL --api-key KEY [--verbose]``.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import json
import sys
import traceback
import uuid
from collections.abc import Callable, Iterable
from typing import Any

import httpx

from honeyhive import HoneyHive
from honeyhive.models import (
    AddDatapointsToDatasetRequest,
    CreateConfigurationRequest,
    CreateDatapointRequest,
    CreateDatasetRequest,
    CreateMetricRequest,
    CreateToolRequest,
    DatapointMapping,
    EventFilter,
    GetEventsQuery,
    PostEventRequest,
    PostExperimentRunRequest,
    PutExperimentRunRequest,
    UpdateConfigurationRequest,
    UpdateDatapointRequest,
    UpdateDatasetRequest,
    UpdateMetricRequest,
    UpdateToolRequest,
)

PYTHON_METRIC = 'def answer_length(event):\n    return len(str(event["outputs"]))\n'


class StepFailed(Exception):
    """A step ran but what it read back is not what it wrote."""


def expect(condition: object, message: str) -> None:
    """Fail the current step with ``message`` unless ``condition`` holds."""
    if not condition:
        raise StepFailed(message)


def wait(awaitable: Any) -> Any:
    """Run an ``_async`` method's coroutine the way the doc does: ``asyncio.run``."""
    expect(inspect.isawaitable(awaitable), f"an _async method returned {type(awaitable)!r}")
    return asyncio.run(_await(awaitable))


async def _await(awaitable: Any) -> Any:
    return await awaitable


class Runner:
    """Runs steps, prints one JSON line each, and keeps what they returned."""

    def __init__(self, secrets: Iterable[str], verbose: bool) -> None:
        self.passed = 0
        self.failed = 0
        self.values: dict[str, Any] = {}
        self._secrets = [s for s in secrets if s]
        self._verbose = verbose

    def step(self, name: str, fn: Callable[[], Any], needs: Iterable[str] = ()) -> Any:
        """Run ``fn`` as step ``name``; a step whose ``needs`` failed fails without running."""
        missing = [n for n in needs if n not in self.values]
        if missing:
            self._report(name, False, f"not run: needs {', '.join(missing)}")
            return None
        try:
            value = fn()
        except Exception as exc:
            if self._verbose:
                traceback.print_exc(file=sys.stderr)
            self._report(name, False, f"{type(exc).__name__}: {exc}")
            return None
        self.values[name] = value
        self._report(name, True, None)
        return value

    def _report(self, name: str, ok: bool, error: str | None) -> None:
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        if error is not None:
            for secret in self._secrets:  # a key never reaches the output
                error = error.replace(secret, "***")
            error = error if len(error) <= 800 else error[:800] + "..."
        print(json.dumps({"step": name, "ok": ok, "error": error}), flush=True)


class Raw:
    """Plain HTTP reads, for writes whose rc16 read-back method is itself broken."""

    def __init__(self, base_url: str, api_key: str) -> None:
        self._base = base_url
        self._headers = {"Authorization": f"Bearer {api_key}"}

    def get(self, path: str, **params: Any) -> Any:
        """``GET path`` answered 200: its JSON body."""
        resp = httpx.get(self._base + path, headers=self._headers, params=params, timeout=30)
        expect(resp.status_code == 200, f"GET {path}: {resp.status_code} {resp.text[:300]}")
        return resp.json()


def generated() -> Any:
    """rc16's generated models module (request models the public one does not export)."""
    return importlib.import_module("honeyhive._generated.models")


def unique(kind: str, tag: str) -> str:
    """A name no other run uses."""
    return f"rc16-{kind}-{tag}-{uuid.uuid4().hex[:6]}"


def session_filter(session_id: str) -> list[EventFilter]:
    """rc16's way to ask ``export`` for the events of one session."""
    return [EventFilter(field="session_id", operator="is", value=session_id, type="string")]


# ---------------------------------------------------------------------------- client


def drive_client(r: Runner, base_url: str, api_key: str) -> None:
    """Construction as the doc shows it, and the documented properties."""

    def basic() -> None:
        hh = HoneyHive(api_key=api_key, base_url=base_url)
        expect(hh.api_key == api_key, "api_key is not the key given")
        expect(hh.server_url == base_url, f"server_url {hh.server_url!r}")
        expect(hh.api_config.base_path == base_url, f"base_path {hh.api_config.base_path!r}")
        expect(hh.test_mode is False, f"test_mode {hh.test_mode!r}")
        expect(hh.verbose is False, f"verbose {hh.verbose!r}")
        expect(hh.timeout is None, f"timeout {hh.timeout!r}")

    def advanced() -> None:
        # "Advanced Configuration Options": server_url plus the accepted-and-ignored knobs.
        hh = HoneyHive(
            api_key=api_key,
            server_url=base_url,
            timeout=30.0,
            rate_limit_calls=100,
            rate_limit_window=60.0,
            max_connections=50,
            max_keepalive=10,
            verbose=True,
            test_mode=False,
        )
        expect(hh.server_url == base_url, f"server_url {hh.server_url!r}")
        expect(hh.timeout == 30.0, f"timeout {hh.timeout!r}")
        expect(hh.verbose is True, f"verbose {hh.verbose!r}")

    def namespaces() -> list[str]:
        hh = HoneyHive(api_key=api_key, base_url=base_url)
        names = [
            "configurations",
            "datapoints",
            "datasets",
            "events",
            "experiments",
            "metrics",
            "projects",
            "sessions",
            "tools",
        ]
        missing = [n for n in names if not hasattr(hh, n)]
        expect(not missing, f"missing namespaces {missing}")
        expect(hh.evaluations is hh.experiments, "evaluations is not experiments")
        return names

    r.step("client.init", basic)
    r.step("client.init[advanced]", advanced)
    r.step("client.namespaces", namespaces)


def drive_errors(r: Runner, base_url: str) -> None:
    """The doc's error-handling imports, and what a rejected key raises."""

    def doc_imports() -> None:
        from honeyhive.utils import (  # noqa: F401  (the doc's import line, as written)
            APIError,
            HoneyHiveConnectionError,
            HoneyHiveError,
            RateLimitError,
        )

    def bad_key() -> int:
        hh = HoneyHive(api_key="hh-not-a-key", base_url=base_url)
        try:
            hh.sessions.start({"session": {"session_name": "bad-key", "source": "rc16"}})
        except Exception as exc:  # rc16 raises its generated HTTPException
            status = getattr(exc, "status_code", None)
            expect(status == 401, f"{type(exc).__name__} status_code {status!r}")
            return 401
        raise StepFailed("a rejected key raised nothing")

    def api_error_class() -> None:
        from honeyhive.utils import APIError

        hh = HoneyHive(api_key="hh-not-a-key", base_url=base_url)
        try:
            hh.sessions.start({"session": {"session_name": "bad-key", "source": "rc16"}})
        except APIError as exc:
            expect(getattr(exc, "status_code", None) == 401, "APIError without status_code 401")
            return
        raise StepFailed("no APIError raised")

    r.step("errors.import[doc]", doc_imports)
    r.step("errors.status_code[bad key]", bad_key)
    r.step("errors.APIError[doc]", api_error_class)


# ---------------------------------------------------------------------------- sessions


def drive_sessions(r: Runner, hh: Any, tag: str, project: str) -> None:
    """sessions.start (doc's flat dict and the wrapped form), get, delete, and the aliases."""

    def flat(kind: str) -> dict[str, Any]:
        return {
            "session_name": unique(kind, tag),
            "project": project,
            "source": "production",
            "inputs": {"user_id": "u123"},
            "user_properties": {"plan": "pro"},
        }

    def exported_session(session_id: str) -> dict[str, Any]:
        found = hh.events.get_by_session_id(session_id).events
        sessions = [e for e in found if e.get("event_type") == "session"]
        expect(len(sessions) == 1, f"session {session_id}: {len(sessions)} session events")
        return dict(sessions[0])

    def start_with(call: Callable[[dict[str, Any]], Any], kind: str, wrap: bool) -> str:
        body = flat(kind)
        resp = call({"session": body} if wrap else body)
        expect(resp.session_id, f"no session_id in {resp!r}")
        expect(resp.project_id, "no project_id in the answer")
        got = exported_session(resp.session_id)
        expect(got.get("event_name") == body["session_name"], f"event_name {got.get('event_name')}")
        expect(got.get("inputs") == body["inputs"], f"inputs {got.get('inputs')!r}")
        return str(resp.session_id)

    # The doc passes the session's fields flat; rc16 sends the dict as the body unchanged.
    r.step("sessions.start[doc]", lambda: start_with(hh.sessions.start, "doc", wrap=False))
    r.step("sessions.start", lambda: start_with(hh.sessions.start, "start", wrap=True))
    r.step(
        "sessions.start_async[doc]",
        lambda: start_with(lambda d: wait(hh.sessions.start_async(d)), "doc-async", wrap=False),
    )
    r.step(
        "sessions.start_async",
        lambda: start_with(lambda d: wait(hh.sessions.start_async(d)), "async", wrap=True),
    )
    r.step(
        "sessions.create_session",
        lambda: start_with(hh.sessions.create_session, "create", wrap=True),
    )
    r.step(
        "sessions.start_session",
        lambda: start_with(hh.sessions.start_session, "start-session", wrap=True),
    )

    def chosen_id() -> str:
        session_id = str(uuid.uuid4())
        body = {**flat("chosen"), "session_id": session_id}
        resp = hh.sessions.start({"session": body})
        expect(resp.session_id == session_id, f"session_id {resp.session_id!r} != {session_id!r}")
        exported_session(session_id)
        return session_id

    r.step("sessions.start[session_id]", chosen_id)

    def get_with(call: Callable[[str], Any], started: str) -> str:
        session_id = r.values[started]
        event = call(session_id)
        # The doc reads the answer as an Event: event_name and inputs.
        expect(event.session_id == session_id, f"session_id {event.session_id!r}")
        expect(event.event_type == "session", f"event_type {event.event_type!r}")
        expect(event.event_name.startswith("rc16-"), f"event_name {event.event_name!r}")
        expect(event.inputs == {"user_id": "u123"}, f"inputs {event.inputs!r}")
        return str(event.event_name)

    r.step("sessions.get", lambda: get_with(hh.sessions.get, "sessions.start"), ["sessions.start"])
    r.step(
        "sessions.get_async",
        lambda: get_with(lambda s: wait(hh.sessions.get_async(s)), "sessions.start_async"),
        ["sessions.start_async"],
    )
    r.step(
        "sessions.get_session",
        lambda: get_with(hh.sessions.get_session, "sessions.create_session"),
        ["sessions.create_session"],
    )

    def delete_with(call: Callable[[str], Any], kind: str) -> None:
        session_id = start_with(hh.sessions.start, kind, wrap=True)
        resp = call(session_id)
        expect(resp.success is True, f"success {resp.success!r}")
        left = hh.events.get_by_session_id(session_id).events
        expect(not left, f"{len(left)} events left after delete")

    r.step("sessions.delete", lambda: delete_with(hh.sessions.delete, "delete"))
    r.step(
        "sessions.delete_async",
        lambda: delete_with(lambda s: wait(hh.sessions.delete_async(s)), "delete-async"),
    )
    r.step(
        "sessions.delete_session",
        lambda: delete_with(hh.sessions.delete_session, "delete-session"),
    )


# ---------------------------------------------------------------------------- events


def drive_events(r: Runner, hh: Any, tag: str, project: str) -> None:
    """Event writes as the doc shows them, read back through every rc16 read."""
    sid = r.values.get("sessions.start", "")
    needs = ["sessions.start"]

    def fields(kind: str, event_type: str = "model") -> dict[str, Any]:
        return {
            "project": project,
            "event_name": unique(kind, tag),
            "event_type": event_type,
            "session_id": sid,
            "inputs": {"model": "gpt-4", "messages": [{"role": "user", "content": "Hello!"}]},
            "outputs": {"response": "Hello! How can I help you today?"},
            "metadata": {"duration_ms": 1500},
        }

    def session_events() -> list[dict[str, Any]]:
        return list(hh.events.get_by_session_id(sid).events)

    def exported(event_id: str) -> dict[str, Any]:
        found = hh.events.export(
            filters=[EventFilter(field="event_id", operator="is", value=event_id, type="string")]
        ).events
        expect(len(found) == 1, f"export by event_id {event_id} found {len(found)} events")
        return dict(found[0])

    def create_with(call: Callable[[Any], Any], kind: str, doc_form: bool) -> str:
        event = fields(kind)
        request = PostEventRequest(**event) if doc_form else PostEventRequest(event=event)
        resp = call(request)
        expect(resp.success is True, f"success is {resp.success!r}")
        got = exported(str(resp.event_id))
        expect(got["event_name"] == event["event_name"], f"event_name {got['event_name']!r}")
        expect(got["session_id"] == sid, f"session_id {got['session_id']!r}")
        expect(got["outputs"] == event["outputs"], f"outputs {got['outputs']!r}")
        return str(resp.event_id)

    def create_async(request: Any) -> Any:
        return wait(hh.events.create_async(request))

    # The doc builds PostEventRequest flat; rc16's model has one required field, `event`.
    r.step("events.create[doc]", lambda: create_with(hh.events.create, "doc", True), needs)
    r.step("events.create", lambda: create_with(hh.events.create, "create", False), needs)
    r.step("events.create_async[doc]", lambda: create_with(create_async, "doc-async", True), needs)
    r.step("events.create_async", lambda: create_with(create_async, "async", False), needs)
    r.step(
        "events.create_event",
        lambda: create_with(hh.events.create_event, "create-event", False),
        needs,
    )

    def concurrent() -> list[str]:
        # The doc's "Concurrent Async Example", with rc16's request form.
        async def fire() -> list[Any]:
            tasks = [
                hh.events.create_async(PostEventRequest(event=fields(f"task-{i}", "tool")))
                for i in range(5)
            ]
            return list(await asyncio.gather(*tasks))

        answers = asyncio.run(fire())
        ids = [str(a.event_id) for a in answers]
        expect(all(a.success for a in answers), "a concurrent create did not succeed")
        found = {e["event_id"] for e in session_events()}
        expect(set(ids) <= found, f"missing {sorted(set(ids) - found)}")
        return ids

    r.step("events.create_async[gather]", concurrent, needs)

    def update_with(call: Callable[[dict[str, Any]], Any], created: str, key: str) -> None:
        event_id = r.values[created]
        result = call(
            {
                "event_id": event_id,
                "feedback": {"rating": 5, "comment": "Great response"},
                "metadata": {key: True},
                "outputs": {"response": "revised"},
            }
        )
        expect(result is None, f"update answered {result!r}")
        got = exported(event_id)
        expect((got.get("metadata") or {}).get(key) is True, f"metadata {got.get('metadata')}")
        expect((got.get("feedback") or {}).get("rating") == 5, f"feedback {got.get('feedback')}")
        expect(got.get("outputs") == {"response": "revised"}, f"outputs {got.get('outputs')}")

    r.step(
        "events.update",
        lambda: update_with(hh.events.update, "events.create", "reviewed"),
        ["events.create"],
    )
    r.step(
        "events.update_async",
        lambda: update_with(
            lambda d: wait(hh.events.update_async(d)), "events.create_async", "reviewed_async"
        ),
        ["events.create_async"],
    )
    r.step(
        "events.update_event",
        lambda: update_with(hh.events.update_event, "events.create_event", "reviewed_alias"),
        ["events.create_event"],
    )

    def batch_events(kind: str) -> list[dict[str, Any]]:
        return [
            {
                "project": project,
                "session_id": sid,
                "event_type": "chain",
                "event_name": f"{unique(kind, tag)}-{i}",
                "inputs": {"item_id": i},
                "outputs": {"result": f"processed_{i}"},
            }
            for i in range(3)
        ]

    def batch_with(call: Callable[[Any], Any], kind: str, doc_form: bool) -> list[str]:
        events = batch_events(kind)
        data = {"events": events} if doc_form else generated().PostEventBatchRequest(events=events)
        resp = call(data)
        expect(resp.success is True, f"success is {resp.success!r}")
        expect(len(resp.event_ids) == 3, f"event_ids {resp.event_ids!r}")
        found = {e["event_id"]: e for e in session_events()}
        expect(set(resp.event_ids) <= set(found), "batch events not found by get_by_session_id")
        names = sorted(found[i]["event_name"] for i in resp.event_ids)
        expect(names == sorted(e["event_name"] for e in events), f"names {names}")
        return list(resp.event_ids)

    def batch_async(data: Any) -> Any:
        return wait(hh.events.create_batch_async(data))

    # The doc passes a plain dict; rc16 calls .model_dump() on it.
    r.step(
        "events.create_batch[doc]", lambda: batch_with(hh.events.create_batch, "doc", True), needs
    )
    r.step(
        "events.create_batch",
        lambda: batch_with(hh.events.create_batch, "batch", False),
        needs,
    )
    r.step(
        "events.create_batch_async[doc]",
        lambda: batch_with(batch_async, "doc-async", True),
        needs,
    )
    r.step(
        "events.create_batch_async",
        lambda: batch_with(batch_async, "batch-async", False),
        needs,
    )

    def written() -> set[str]:
        ids = {
            r.values[n]
            for n in ("events.create", "events.create_async", "events.create_event")
            if n in r.values
        }
        for n in ("events.create_batch", "events.create_batch_async"):
            ids.update(r.values.get(n, []))
        return ids | {sid}

    def by_session(resp: Any, doc_access: bool) -> int:
        if doc_access:
            # The doc's loop reads attributes: `event.event_name`, `event.event_type`.
            ids = {e.event_id for e in resp.events}
            names = [f"{e.event_name} ({e.event_type})" for e in resp.events]
            expect(all(names), "an event without a name")
        else:
            ids = {e["event_id"] for e in resp.events}
        expect(written() <= ids, f"missing events: {sorted(written() - ids)}")
        expect(resp.total_events == len(ids), f"total_events {resp.total_events} != {len(ids)}")
        times = [e["start_time"] if isinstance(e, dict) else e.start_time for e in resp.events]
        expect(times == sorted(times), "events are not in start_time order")
        return len(ids)

    r.step(
        "events.get_by_session_id[doc]",
        lambda: by_session(hh.events.get_by_session_id(sid), True),
        needs,
    )
    r.step(
        "events.get_by_session_id",
        lambda: by_session(hh.events.get_by_session_id(sid), False),
        needs,
    )
    r.step(
        "events.get_by_session_id_async",
        lambda: by_session(wait(hh.events.get_by_session_id_async(sid, limit=100)), False),
        needs,
    )

    def doc_filters() -> list[dict[str, Any]]:
        return [{"field": "event_type", "value": "model", "operator": "is"}]

    def in_session() -> list[dict[str, Any]]:
        return [{"field": "session_id", "value": sid, "operator": "is", "type": "string"}]

    def check_list(resp: Any, wanted: set[str], doc_access: bool) -> int:
        events = resp.events
        if doc_access:
            ids = {e.event_id for e in events}  # the doc reads `event.event_name`
            expect(all(e.event_name for e in events), "an event without a name")
        else:
            ids = {e["event_id"] for e in events}
        expect(wanted <= ids, f"missing events: {sorted(wanted - ids)}")
        expect(resp.totalEvents >= len(wanted), f"totalEvents {resp.totalEvents}")
        return len(ids)

    def model_events() -> set[str]:
        return {r.values[n] for n in ("events.create", "events.create_async") if n in r.values}

    # The doc's query: a dict with project and a list of filters (rc16 sends GET /events).
    r.step(
        "events.list[doc]",
        lambda: check_list(
            hh.events.list({"project": project, "filters": doc_filters()}), model_events(), True
        ),
        needs,
    )
    r.step(
        "events.list_async[doc]",
        lambda: check_list(
            wait(hh.events.list_async({"project": project, "filters": doc_filters()})),
            model_events(),
            True,
        ),
        needs,
    )
    r.step(
        "events.list[GetEventsQuery]",
        lambda: check_list(
            hh.events.list(GetEventsQuery(filters=in_session(), limit=100)), written(), False
        ),
        needs,
    )
    # rc16 types `filters` as "list or str": the JSON string is what the wire takes.
    r.step(
        "events.list[filters=JSON]",
        lambda: check_list(
            hh.events.list({"filters": json.dumps(in_session()), "limit": 100}), written(), False
        ),
        needs,
    )
    r.step(
        "events.list_async[filters=JSON]",
        lambda: check_list(
            wait(hh.events.list_async({"filters": json.dumps(in_session()), "page": 1})),
            written(),
            False,
        ),
        needs,
    )

    def check_export(resp: Any) -> int:
        ids = {e["event_id"] for e in resp.events}
        expect(written() <= ids, f"missing events: {sorted(written() - ids)}")
        expect(resp.total_events == len(ids), f"total_events {resp.total_events} != {len(ids)}")
        return len(ids)

    f = session_filter
    r.step("events.export", lambda: check_export(hh.events.export(filters=f(sid))), needs)
    r.step(
        "events.export_async",
        lambda: check_export(wait(hh.events.export_async(filters=f(sid)))),
        needs,
    )

    def export_page() -> int:
        resp = hh.events.export(
            filters=f(sid), projections=["event_id", "event_name"], limit=2, page=2
        )
        expect(len(resp.events) == 2, f"page 2 of limit 2 has {len(resp.events)} events")
        expect(resp.total_events >= 4, f"total_events {resp.total_events}")
        return len(resp.events)

    r.step("events.export[limit,page,projections]", export_page, needs)
    r.step("events.list_events", lambda: check_export(hh.events.list_events(filters=f(sid))), needs)
    r.step("events.get_events", lambda: check_export(hh.events.get_events(None, f(sid))), needs)
    r.step(
        "events.list_events_async",
        lambda: check_export(wait(hh.events.list_events_async(filters=f(sid)))),
        needs,
    )
    r.step(
        "events.get_events_async",
        lambda: check_export(wait(hh.events.get_events_async(filters=f(sid)))),
        needs,
    )


# ---------------------------------------------------------------------------- projects


def drive_projects(r: Runner, hh: Any, raw: Raw, tag: str) -> None:
    """Projects CRUD: the doc's calls, and rc16's own request models read back by HTTP."""
    # rc16 has these request models only in its generated layer, not in honeyhive.models.
    post_project, put_project = generated().PostProjectRequest, generated().PutProjectRequest

    def listed(name: str) -> list[dict[str, Any]]:
        found = raw.get("/v1/projects", name=name)
        expect(isinstance(found, list), f"GET /v1/projects answered {type(found).__name__}")
        return [p for p in found if p["name"] == name]

    def doc_list(items: Any) -> int:
        names = [p.name for p in items]  # the doc reads `project.name`
        return len(names)

    r.step("projects.list[doc]", lambda: doc_list(hh.projects.list()))
    r.step("projects.list_async[doc]", lambda: doc_list(wait(hh.projects.list_async())))

    def create_doc() -> str:
        from honeyhive.models import CreateProjectRequest

        name = unique("project-doc", tag)
        project = hh.projects.create(
            CreateProjectRequest(name=name, description="AI-powered customer support chatbot")
        )
        expect(project.name == name, f"name {project.name!r}")
        return name

    def create_with(call: Callable[[Any], Any], kind: str, as_dict: bool) -> str:
        name = unique(kind, tag)
        fields = {"name": name, "description": "AI-powered customer support chatbot"}
        project = call(fields if as_dict else post_project(**fields))
        expect(project.name == name, f"name {project.name!r}")
        expect(project.id and project.org_id, "no id or org_id in the answer")
        got = listed(name)
        expect(len(got) == 1, f"{len(got)} projects named {name}")
        expect(got[0]["description"] == fields["description"], f"read back {got[0]}")
        return name

    r.step("projects.create[doc]", create_doc)
    r.step("projects.create[dict]", lambda: create_with(hh.projects.create, "proj-dict", True))
    r.step("projects.create", lambda: create_with(hh.projects.create, "project", False))
    r.step(
        "projects.create_async",
        lambda: create_with(lambda d: wait(hh.projects.create_async(d)), "project-async", False),
    )
    r.step(
        "projects.create_project",
        lambda: create_with(hh.projects.create_project, "project-alias", False),
    )

    def update_doc() -> None:
        from honeyhive.models import UpdateProjectRequest

        hh.projects.update(
            UpdateProjectRequest(
                project_id="proj_abc123",
                name=r.values["projects.create"],
                description="Updated description",
            )
        )

    def update_with(call: Callable[[Any], Any], created: str) -> None:
        name = r.values[created]
        result = call(put_project(name=name, description="Updated description"))
        expect(result is None, f"update answered {result!r}")
        got = listed(name)
        expect(got and got[0]["description"] == "Updated description", f"read back {got}")

    r.step("projects.update[doc]", update_doc, ["projects.create"])
    r.step(
        "projects.update",
        lambda: update_with(hh.projects.update, "projects.create"),
        ["projects.create"],
    )
    r.step(
        "projects.update_async",
        lambda: update_with(lambda d: wait(hh.projects.update_async(d)), "projects.create_async"),
        ["projects.create_async"],
    )

    def rename() -> str:
        old = r.values["projects.create_project"]
        new = f"{old}-renamed"
        hh.projects.update_project(put_project(name=old, new_name=new))
        expect(not listed(old), "old name still listed")
        expect(len(listed(new)) == 1, "new name not listed")
        return new

    r.step("projects.update_project[new_name]", rename, ["projects.create_project"])

    def delete_with(call: Callable[[str], Any], name: str) -> None:
        result = call(name)
        expect(result is None, f"delete answered {result!r}")
        expect(not listed(name), "still listed after delete")

    r.step(
        "projects.delete",
        lambda: delete_with(hh.projects.delete, r.values["projects.create"]),
        ["projects.create"],
    )
    r.step(
        "projects.delete_async",
        lambda: delete_with(
            lambda n: wait(hh.projects.delete_async(n)), r.values["projects.create_async"]
        ),
        ["projects.create_async"],
    )
    r.step(
        "projects.delete_project",
        lambda: delete_with(
            hh.projects.delete_project, r.values["projects.update_project[new_name]"]
        ),
        ["projects.update_project[new_name]"],
    )


# ---------------------------------------------------------------------------- configurations


def drive_configurations(r: Runner, hh: Any, raw: Raw, tag: str, project: str) -> None:
    """Configurations CRUD as the doc shows it, and with the fields rc16 requires."""

    def listed(config_id: str) -> dict[str, Any] | None:
        body = raw.get("/v1/configurations")
        items = body["configurations"] if isinstance(body, dict) else body
        found = [c for c in items if c["id"] == config_id]
        expect(len(found) <= 1, f"configuration {config_id} listed {len(found)} times")
        return found[0] if found else None

    def create_doc() -> None:
        hh.configurations.create(
            CreateConfigurationRequest(
                project=project,
                name=unique("cfg-doc", tag),
                provider="openai",
                parameters={"model": "gpt-4", "temperature": 0.7},
            )
        )

    def create_with(call: Callable[[Any], Any], kind: str) -> str:
        name = unique(kind, tag)
        resp = call(
            CreateConfigurationRequest(
                project=project,  # as the doc passes it; rc16's model drops it
                name=name,
                provider="openai",
                parameters={
                    "call_type": "chat",
                    "model": "gpt-4",
                    "hyperparameters": {"temperature": 0.7},
                },
            )
        )
        expect(resp.acknowledged is True, f"acknowledged is {resp.acknowledged!r}")
        got = listed(resp.insertedId)
        expect(got is not None and got["name"] == name, f"read back {got}")
        expect(got is not None and got["parameters"]["model"] == "gpt-4", f"read back {got}")
        return str(resp.insertedId)

    r.step("configurations.create[doc]", create_doc)
    r.step("configurations.create", lambda: create_with(hh.configurations.create, "cfg"))
    r.step(
        "configurations.create_async",
        lambda: create_with(lambda q: wait(hh.configurations.create_async(q)), "cfg-async"),
    )
    r.step(
        "configurations.create_configuration",
        lambda: create_with(hh.configurations.create_configuration, "cfg-alias"),
    )
    created = [
        "configurations.create",
        "configurations.create_async",
        "configurations.create_configuration",
    ]

    def doc_list(configs: Any) -> int:
        # The doc: `config.name`, `config.is_active` of each listed configuration.
        lines = [f"Config: {c.name} (active: {c.is_active})" for c in configs]
        return len(lines)

    def check_list(configs: Any) -> int:
        ids = {c.id for c in configs}
        mine = {r.values[n] for n in created if n in r.values}
        expect(mine <= ids, f"missing configurations: {sorted(mine - ids)}")
        return len(ids)

    r.step("configurations.list[doc]", lambda: doc_list(hh.configurations.list(project=project)))
    r.step("configurations.list", lambda: check_list(hh.configurations.list()))
    r.step(
        "configurations.list_async[doc]",
        lambda: doc_list(wait(hh.configurations.list_async(project=project))),
    )
    r.step(
        "configurations.list_configurations",
        lambda: check_list(hh.configurations.list_configurations()),
    )

    def update_doc() -> None:
        hh.configurations.update(
            r.values["configurations.create"],
            UpdateConfigurationRequest(parameters={"model": "gpt-4-turbo", "temperature": 0.5}),
        )

    def update_with(call: Callable[[str, Any], Any], created: str) -> None:
        config_id = r.values[created]
        before = listed(config_id)
        expect(before is not None, "not listed before update")
        assert before is not None
        resp = call(
            config_id,
            UpdateConfigurationRequest(
                name=before["name"],
                parameters={
                    "call_type": "chat",
                    "model": "gpt-4-turbo",
                    "hyperparameters": {"temperature": 0.5},
                },
            ),
        )
        expect(resp.acknowledged is True, f"acknowledged is {resp.acknowledged!r}")
        expect(resp.matchedCount == 1, f"matchedCount {resp.matchedCount!r}")
        got = listed(config_id)
        expect(got is not None and got["parameters"]["model"] == "gpt-4-turbo", f"got {got}")

    r.step("configurations.update[doc]", update_doc, ["configurations.create"])
    r.step(
        "configurations.update",
        lambda: update_with(hh.configurations.update, "configurations.create"),
        ["configurations.create"],
    )
    r.step(
        "configurations.update_async",
        lambda: update_with(
            lambda i, q: wait(hh.configurations.update_async(i, q)),
            "configurations.create_async",
        ),
        ["configurations.create_async"],
    )

    def delete_with(call: Callable[[str], Any], created: str) -> None:
        config_id = r.values[created]
        resp = call(config_id)
        expect(resp.acknowledged is True, f"acknowledged is {resp.acknowledged!r}")
        expect(resp.deletedCount == 1, f"deletedCount {resp.deletedCount!r}")
        expect(listed(config_id) is None, "still listed after delete")

    r.step(
        "configurations.delete",
        lambda: delete_with(hh.configurations.delete, "configurations.create"),
        ["configurations.create"],
    )
    r.step(
        "configurations.delete_async",
        lambda: delete_with(
            lambda i: wait(hh.configurations.delete_async(i)), "configurations.create_async"
        ),
        ["configurations.create_async"],
    )
    r.step(
        "configurations.delete_configuration",
        lambda: delete_with(
            hh.configurations.delete_configuration, "configurations.create_configuration"
        ),
        ["configurations.create_configuration"],
    )


# ---------------------------------------------------------------------------- tools


def drive_tools(r: Runner, hh: Any, raw: Raw, tag: str) -> None:
    """Tools CRUD (rc16's namespace), read back by HTTP: rc16's list drops every field."""

    def listed(tool_id: str) -> dict[str, Any] | None:
        found = [t for t in raw.get("/v1/tools") if t["id"] == tool_id]
        expect(len(found) <= 1, f"tool {tool_id} listed {len(found)} times")
        return found[0] if found else None

    def create_with(call: Callable[[Any], Any], kind: str) -> str:
        name = unique(kind, tag).replace("-", "_")
        resp = call(
            CreateToolRequest(
                name=name,
                description="look up the weather",
                parameters={
                    "type": "function",
                    "function": {
                        "name": name,
                        "parameters": {
                            "type": "object",
                            "properties": {"city": {"type": "string"}},
                        },
                    },
                },
                tool_type="function",
            )
        )
        expect(resp.inserted is True, f"inserted is {resp.inserted!r}")
        tool_id = resp.result.get("id")
        expect(tool_id, f"no id in {resp.result!r}")
        expect(resp.result.get("name") == name, f"result {resp.result!r}")
        got = listed(str(tool_id))
        expect(got is not None and got["name"] == name, f"read back {got}")
        return str(tool_id)

    r.step("tools.create", lambda: create_with(hh.tools.create, "tool"))
    r.step(
        "tools.create_async",
        lambda: create_with(lambda q: wait(hh.tools.create_async(q)), "tool-async"),
    )
    r.step("tools.create_tool", lambda: create_with(hh.tools.create_tool, "tool-alias"))
    created = ["tools.create", "tools.create_async", "tools.create_tool"]

    def check_list(tools: Any) -> int:
        ids = {t.id for t in tools}
        mine = {r.values[n] for n in created if n in r.values}
        expect(mine <= ids, f"missing tools: {sorted(mine - ids)}")
        return len(ids)

    r.step("tools.list", lambda: check_list(hh.tools.list()))
    r.step("tools.list_async", lambda: check_list(wait(hh.tools.list_async())))
    r.step("tools.list_tools", lambda: check_list(hh.tools.list_tools()))

    def update_with(call: Callable[[Any], Any], created: str) -> None:
        tool_id = r.values[created]
        resp = call(UpdateToolRequest(id=tool_id, description=f"updated {created}"))
        expect(resp.updated is True, f"updated is {resp.updated!r}")
        got = listed(tool_id)
        expect(got is not None and got["description"] == f"updated {created}", f"got {got}")

    r.step("tools.update", lambda: update_with(hh.tools.update, "tools.create"), ["tools.create"])
    r.step(
        "tools.update_async",
        lambda: update_with(lambda q: wait(hh.tools.update_async(q)), "tools.create_async"),
        ["tools.create_async"],
    )

    def delete_with(call: Callable[[str], Any], created: str) -> None:
        tool_id = r.values[created]
        resp = call(tool_id)
        expect(resp.deleted is True, f"deleted is {resp.deleted!r}")
        expect(listed(tool_id) is None, "still listed after delete")

    r.step("tools.delete", lambda: delete_with(hh.tools.delete, "tools.create"), ["tools.create"])
    r.step(
        "tools.delete_async",
        lambda: delete_with(lambda i: wait(hh.tools.delete_async(i)), "tools.create_async"),
        ["tools.create_async"],
    )


# ---------------------------------------------------------------------------- metrics


def drive_metrics(r: Runner, hh: Any, raw: Raw, tag: str) -> None:
    """Metrics CRUD (rc16's namespace), read back by HTTP where rc16's list breaks."""

    def listed(metric_id: str) -> dict[str, Any] | None:
        body = raw.get("/v1/metrics")  # today's service wraps the list: {"metrics": [...]}
        items = body["metrics"] if isinstance(body, dict) else body
        found = [m for m in items if m["id"] == metric_id]
        expect(len(found) <= 1, f"metric {metric_id} listed {len(found)} times")
        return found[0] if found else None

    def create_with(call: Callable[[Any], Any], kind: str) -> str:
        name = unique(kind, tag)
        resp = call(
            CreateMetricRequest(
                name=name,
                type="PYTHON",
                criteria=PYTHON_METRIC,
                description="length of the answer",
                return_type="float",
                enabled_in_prod=False,
                needs_ground_truth=False,
                threshold={"min": 0, "max": 1000},
            )
        )
        expect(resp.inserted is True, f"inserted is {resp.inserted!r}")
        got = listed(resp.metric_id)
        expect(got is not None and got["name"] == name, f"read back {got}")
        return str(resp.metric_id)

    r.step("metrics.create", lambda: create_with(hh.metrics.create, "metric"))
    r.step(
        "metrics.create_async",
        lambda: create_with(lambda q: wait(hh.metrics.create_async(q)), "metric-async"),
    )
    r.step("metrics.create_metric", lambda: create_with(hh.metrics.create_metric, "metric-alias"))

    def check_list(metrics: Any) -> int:
        ids = {m.id for m in metrics}
        mine = {r.values[n] for n in ("metrics.create", "metrics.create_async") if n in r.values}
        expect(mine <= ids, f"missing metrics: {sorted(mine - ids)}")
        return len(ids)

    r.step("metrics.list", lambda: check_list(hh.metrics.list()))
    r.step("metrics.list_async", lambda: check_list(wait(hh.metrics.list_async())))
    r.step("metrics.list_metrics", lambda: check_list(hh.metrics.list_metrics()))

    def update_with(call: Callable[[Any], Any], created: str) -> None:
        metric_id = r.values[created]
        resp = call(UpdateMetricRequest(id=metric_id, description=f"updated {created}"))
        expect(resp.updated is True, f"updated is {resp.updated!r}")
        got = listed(metric_id)
        expect(got is not None and got["description"] == f"updated {created}", f"got {got}")

    r.step(
        "metrics.update",
        lambda: update_with(hh.metrics.update, "metrics.create"),
        ["metrics.create"],
    )
    r.step(
        "metrics.update_async",
        lambda: update_with(lambda q: wait(hh.metrics.update_async(q)), "metrics.create_async"),
        ["metrics.create_async"],
    )

    def delete_with(call: Callable[[str], Any], created: str) -> None:
        metric_id = r.values[created]
        resp = call(metric_id)
        expect(resp.deleted is True, f"deleted is {resp.deleted!r}")
        expect(listed(metric_id) is None, "still listed after delete")

    r.step(
        "metrics.delete",
        lambda: delete_with(hh.metrics.delete, "metrics.create"),
        ["metrics.create"],
    )
    r.step(
        "metrics.delete_async",
        lambda: delete_with(lambda i: wait(hh.metrics.delete_async(i)), "metrics.create_async"),
        ["metrics.create_async"],
    )
    r.step(
        "metrics.delete_metric",
        lambda: delete_with(hh.metrics.delete_metric, "metrics.create_metric"),
        ["metrics.create_metric"],
    )


# ---------------------------------------------------------------------------- datasets


def drive_datasets(r: Runner, hh: Any, tag: str) -> None:
    """Datasets CRUD and their datapoints (add, remove), each read back by list()."""

    def one(dataset_id: str) -> Any:
        found = hh.datasets.list(dataset_id=dataset_id).datasets
        expect(len(found) == 1, f"dataset {dataset_id} listed {len(found)} times")
        return found[0]

    def create_with(call: Callable[[Any], Any], kind: str) -> str:
        name = unique(kind, tag)
        resp = call(CreateDatasetRequest(name=name, description=f"{kind} of the driver"))
        expect(resp.inserted is True, f"inserted is {resp.inserted!r}")
        dataset_id = resp.result.insertedId
        got = one(dataset_id)
        expect(got.name == name, f"name {got.name!r}")
        return str(dataset_id)

    r.step("datasets.create", lambda: create_with(hh.datasets.create, "dataset"))
    r.step(
        "datasets.create_async",
        lambda: create_with(lambda q: wait(hh.datasets.create_async(q)), "dataset-async"),
    )
    r.step(
        "datasets.create_dataset", lambda: create_with(hh.datasets.create_dataset, "dataset-alias")
    )
    first, second = "datasets.create", "datasets.create_async"

    def check_list(resp: Any) -> int:
        ids = {d.id for d in resp.datasets}
        mine = {r.values[n] for n in (first, second) if n in r.values}
        expect(mine <= ids, f"missing datasets: {sorted(mine - ids)}")
        return len(ids)

    r.step("datasets.list", lambda: check_list(hh.datasets.list()))
    r.step("datasets.list_async", lambda: check_list(wait(hh.datasets.list_async())))
    r.step("datasets.list_datasets", lambda: check_list(hh.datasets.list_datasets()))

    def by_name() -> int:
        name = one(r.values[first]).name
        found = hh.datasets.list(name=name).datasets
        expect([d.id for d in found] == [r.values[first]], f"by name: {found}")
        return len(found)

    r.step("datasets.list[name]", by_name, [first])
    r.step(
        "datasets.list[include_datapoints]",
        lambda: check_list(hh.datasets.list(include_datapoints=True)),
    )

    def get_dataset() -> str:
        found = hh.datasets.get_dataset(r.values[first]).datasets
        expect([d.id for d in found] == [r.values[first]], f"get_dataset answered {found!r}")
        return str(found[0].name)

    r.step("datasets.get_dataset", get_dataset, [first])

    def update_with(call: Callable[[Any], Any], created: str) -> None:
        dataset_id = r.values[created]
        resp = call(UpdateDatasetRequest(dataset_id=dataset_id, description=f"updated {created}"))
        expect(resp.result.id == dataset_id, f"result.id {resp.result.id!r}")
        got = one(dataset_id)
        expect(got.description == f"updated {created}", f"description {got.description!r}")

    r.step("datasets.update", lambda: update_with(hh.datasets.update, first), [first])
    r.step(
        "datasets.update_async",
        lambda: update_with(lambda q: wait(hh.datasets.update_async(q)), second),
        [second],
    )

    def add_with(call: Callable[[str, Any], Any], created: str) -> list[str]:
        dataset_id = r.values[created]
        resp = call(
            dataset_id,
            AddDatapointsToDatasetRequest(
                data=[
                    {"question": "2+2?", "answer": "4", "topic": "math"},
                    {"question": "capital of France?", "answer": "Paris", "topic": "geo"},
                ],
                mapping=DatapointMapping(inputs=["question"], ground_truth=["answer"]),
            ),
        )
        expect(resp.inserted is True, f"inserted is {resp.inserted!r}")
        expect(len(resp.datapoint_ids) == 2, f"datapoint_ids {resp.datapoint_ids!r}")
        got = one(dataset_id).datapoints or []
        expect(set(resp.datapoint_ids) <= set(got), f"dataset datapoints {got!r}")
        return list(resp.datapoint_ids)

    r.step("datasets.add_datapoints", lambda: add_with(hh.datasets.add_datapoints, first), [first])
    r.step(
        "datasets.add_datapoints_async",
        lambda: add_with(lambda d, q: wait(hh.datasets.add_datapoints_async(d, q)), second),
        [second],
    )

    def remove_with(call: Callable[[str, str], Any], created: str, added: str) -> None:
        dataset_id = r.values[created]
        datapoint_id = r.values[added][-1]
        resp = call(dataset_id, datapoint_id)
        expect(resp.dereferenced is True, f"dereferenced is {resp.dereferenced!r}")
        left = one(dataset_id).datapoints or []
        expect(datapoint_id not in left, "still in the dataset after remove")

    r.step(
        "datasets.remove_datapoint",
        lambda: remove_with(hh.datasets.remove_datapoint, first, "datasets.add_datapoints"),
        ["datasets.add_datapoints"],
    )
    r.step(
        "datasets.remove_datapoint_async",
        lambda: remove_with(
            lambda d, p: wait(hh.datasets.remove_datapoint_async(d, p)),
            second,
            "datasets.add_datapoints_async",
        ),
        ["datasets.add_datapoints_async"],
    )


def drive_dataset_deletes(r: Runner, hh: Any) -> None:
    """Delete the datasets last: experiment runs refer to the first one."""

    def delete_with(call: Callable[[str], Any], created: str) -> None:
        dataset_id = r.values[created]
        resp = call(dataset_id)
        expect(resp.result.id == dataset_id, f"result.id {resp.result.id!r}")
        expect(not hh.datasets.list(dataset_id=dataset_id).datasets, "still listed after delete")

    r.step(
        "datasets.delete",
        lambda: delete_with(hh.datasets.delete, "datasets.create"),
        ["datasets.create"],
    )
    r.step(
        "datasets.delete_async",
        lambda: delete_with(lambda i: wait(hh.datasets.delete_async(i)), "datasets.create_async"),
        ["datasets.create_async"],
    )
    r.step(
        "datasets.delete_dataset",
        lambda: delete_with(hh.datasets.delete_dataset, "datasets.create_dataset"),
        ["datasets.create_dataset"],
    )


# ---------------------------------------------------------------------------- datapoints


def drive_datapoints(r: Runner, hh: Any, tag: str) -> None:
    """Datapoints CRUD, each read back by get() and list()."""
    dataset_id = r.values.get("datasets.create_dataset")

    def got(datapoint_id: str) -> dict[str, Any]:
        body = hh.datapoints.get(datapoint_id)  # rc16 answers the JSON body as a dict
        items = body["datapoint"]
        expect(len(items) == 1, f"get({datapoint_id}) answered {len(items)} datapoints")
        return dict(items[0])

    def create_with(call: Callable[[Any], Any], kind: str) -> str:
        resp = call(
            CreateDatapointRequest(
                inputs={"question": f"{kind}: what is 6*7?"},
                ground_truth={"answer": "42"},
                history=[{"role": "user", "content": "hi"}],
                metadata={"driver": tag},
                linked_datasets=[dataset_id] if dataset_id else None,
            )
        )
        expect(resp.inserted is True, f"inserted is {resp.inserted!r}")
        ids = resp.result.get("insertedIds") or []
        expect(len(ids) == 1, f"result {resp.result!r}")
        datapoint_id = str(ids[0])
        point = got(datapoint_id)
        expect(point["inputs"]["question"].startswith(kind), f"inputs {point['inputs']!r}")
        expect(point["ground_truth"] == {"answer": "42"}, f"ground_truth {point['ground_truth']}")
        return datapoint_id

    r.step("datapoints.create", lambda: create_with(hh.datapoints.create, "dp"))
    r.step(
        "datapoints.create_async",
        lambda: create_with(lambda q: wait(hh.datapoints.create_async(q)), "dp-async"),
    )
    r.step(
        "datapoints.create_datapoint",
        lambda: create_with(hh.datapoints.create_datapoint, "dp-alias"),
    )
    created = ["datapoints.create", "datapoints.create_async", "datapoints.create_datapoint"]

    def check_get(body: Any, name: str) -> str:
        items = body["datapoint"]
        expect([d["id"] for d in items] == [r.values[name]], f"get answered {items!r}")
        return str(items[0]["id"])

    r.step(
        "datapoints.get",
        lambda: check_get(hh.datapoints.get(r.values[created[0]]), created[0]),
        [created[0]],
    )
    r.step(
        "datapoints.get_async",
        lambda: check_get(wait(hh.datapoints.get_async(r.values[created[1]])), created[1]),
        [created[1]],
    )
    r.step(
        "datapoints.get_datapoint",
        lambda: check_get(hh.datapoints.get_datapoint(r.values[created[2]]), created[2]),
        [created[2]],
    )

    def mine() -> list[str]:
        return [r.values[n] for n in created if n in r.values]

    def check_ids(resp: Any, wanted: list[str]) -> int:
        ids = {d.id for d in resp.datapoints}
        expect(set(wanted) <= ids, f"missing datapoints: {sorted(set(wanted) - ids)}")
        return len(ids)

    r.step(
        "datapoints.list[datapoint_ids]",
        lambda: check_ids(hh.datapoints.list(datapoint_ids=mine()), mine()),
        created,
    )

    def only_one() -> int:
        wanted = mine()[:1]
        resp = hh.datapoints.list(datapoint_ids=wanted)
        expect([d.id for d in resp.datapoints] == wanted, f"answered {resp.datapoints!r}")
        return 1

    r.step("datapoints.list[one datapoint_id]", only_one, [created[0]])

    def by_dataset(resp: Any) -> int:
        ids = {d.id for d in resp.datapoints}
        expect(set(mine()) <= ids, f"missing datapoints: {sorted(set(mine()) - ids)}")
        return len(ids)

    def dataset_name() -> str:
        return str(hh.datasets.list(dataset_id=dataset_id).datasets[0].name)

    r.step(
        "datapoints.list[dataset_name]",
        lambda: by_dataset(hh.datapoints.list(dataset_name=dataset_name())),
        ["datasets.create_dataset", *created],
    )
    r.step(
        "datapoints.list_async",
        lambda: by_dataset(wait(hh.datapoints.list_async(dataset_name=dataset_name()))),
        ["datasets.create_dataset", *created],
    )
    r.step(
        "datapoints.list_datapoints",
        lambda: check_ids(hh.datapoints.list_datapoints(datapoint_ids=mine()), mine()),
        created,
    )

    def update_with(call: Callable[[str, Any], Any], name: str) -> None:
        datapoint_id = r.values[name]
        resp = call(datapoint_id, UpdateDatapointRequest(metadata={"driver": tag, "step": name}))
        expect(resp.updated is True, f"updated is {resp.updated!r}")
        point = got(datapoint_id)
        expect(point["metadata"].get("step") == name, f"metadata {point['metadata']!r}")

    r.step(
        "datapoints.update",
        lambda: update_with(hh.datapoints.update, created[0]),
        [created[0]],
    )
    r.step(
        "datapoints.update_async",
        lambda: update_with(lambda i, q: wait(hh.datapoints.update_async(i, q)), created[1]),
        [created[1]],
    )
    r.step(
        "datapoints.update_datapoint",
        lambda: update_with(hh.datapoints.update_datapoint, created[2]),
        [created[2]],
    )

    def delete_with(call: Callable[[str], Any], name: str) -> None:
        datapoint_id = r.values[name]
        resp = call(datapoint_id)
        expect(resp.deleted is True, f"deleted is {resp.deleted!r}")
        left = hh.datapoints.list(datapoint_ids=[datapoint_id, str(uuid.uuid4())]).datapoints
        expect(not left, "still listed after delete")

    r.step(
        "datapoints.delete",
        lambda: delete_with(hh.datapoints.delete, created[0]),
        [created[0]],
    )
    r.step(
        "datapoints.delete_async",
        lambda: delete_with(lambda i: wait(hh.datapoints.delete_async(i)), created[1]),
        [created[1]],
    )
    r.step(
        "datapoints.delete_datapoint",
        lambda: delete_with(hh.datapoints.delete_datapoint, created[2]),
        [created[2]],
    )


# ---------------------------------------------------------------------------- experiments


def drive_experiments(r: Runner, hh: Any, tag: str) -> None:
    """Experiment runs: create, get, list, update, schema, result, compare, delete."""
    ns = hh.experiments
    sessions = [r.values[n] for n in ("sessions.start", "sessions.start_async") if n in r.values]
    datapoints = r.values.get("datasets.add_datapoints", [])
    dataset_id = r.values.get("datasets.create")

    def create_with(call: Callable[[Any], Any], kind: str) -> str:
        name = unique(kind, tag)
        resp = call(
            PostExperimentRunRequest(
                name=name,
                description=f"{kind} of the driver",
                status="pending",
                dataset_id=dataset_id,
                event_ids=sessions,
                datapoint_ids=datapoints[:1],
                metadata={"driver": tag},
                configuration={"model": "gpt-4"},
            )
        )
        run_id = resp.run_id
        expect(resp.evaluation["run_id"] == run_id, f"evaluation {resp.evaluation!r}")
        got = ns.get_run(run_id).evaluation
        expect(got["name"] == name, f"name {got['name']!r}")
        expect(got["event_ids"] == sessions, f"event_ids {got['event_ids']!r}")
        return str(run_id)

    r.step("experiments.create_run", lambda: create_with(ns.create_run, "run"))
    r.step(
        "experiments.create_run_async",
        lambda: create_with(lambda q: wait(ns.create_run_async(q)), "run-async"),
    )
    new, old = "experiments.create_run", "experiments.create_run_async"
    both = [new, old]

    def check_run(resp: Any, created: str) -> str:
        run = resp.evaluation
        expect(run["run_id"] == r.values[created], "get_run answered another run")
        expect(run["metadata"].get("driver") == tag, "metadata differs")
        return str(run["run_id"])

    r.step("experiments.get_run", lambda: check_run(ns.get_run(r.values[new]), new), [new])
    r.step(
        "experiments.get_run_async",
        lambda: check_run(wait(ns.get_run_async(r.values[old])), old),
        [old],
    )

    def both_ids() -> list[str]:
        return [r.values[new], r.values[old]]

    def check_runs(resp: Any, wanted: list[str]) -> int:
        ids = [e["run_id"] for e in resp.evaluations]
        expect(set(wanted) <= set(ids), f"missing runs: {sorted(set(wanted) - set(ids))}")
        expect(resp.pagination.total >= len(wanted), f"pagination.total {resp.pagination.total}")
        return len(ids)

    r.step(
        "experiments.list_runs[run_ids]",
        lambda: check_runs(ns.list_runs(run_ids=both_ids()), both_ids()),
        both,
    )

    def one_run() -> int:
        wanted = [r.values[new]]
        ids = [e["run_id"] for e in ns.list_runs(run_ids=wanted).evaluations]
        expect(ids == wanted, f"answered {ids}")
        return 1

    r.step("experiments.list_runs[one run_id]", one_run, [new])
    r.step(
        "experiments.list_runs_async",
        lambda: check_runs(
            wait(ns.list_runs_async(dataset_id=dataset_id, page=1, limit=100)), both_ids()
        ),
        both,
    )

    def update_with(call: Callable[[str, Any], Any], created: str) -> None:
        run_id = r.values[created]
        resp = call(run_id, PutExperimentRunRequest(status="completed", description="finished"))
        expect(resp.evaluation["status"] == "completed", f"status {resp.evaluation!r}")
        got = ns.get_run(run_id).evaluation
        expect(got["status"] == "completed", f"status read back {got['status']!r}")
        expect(got["description"] == "finished", f"description read back {got['description']!r}")

    r.step("experiments.update_run", lambda: update_with(ns.update_run, new), [new])
    r.step(
        "experiments.update_run_async",
        lambda: update_with(lambda i, q: wait(ns.update_run_async(i, q)), old),
        [old],
    )

    def check_schema(resp: Any) -> int:
        names = [f.name for f in resp.fields]
        expect(all(isinstance(n, str) for n in names), f"field names {names!r}")
        expect(isinstance(resp.mappings, dict), f"mappings {resp.mappings!r}")
        return len(names)

    r.step("experiments.get_schema", lambda: check_schema(ns.get_schema()))
    r.step("experiments.get_schema_async", lambda: check_schema(wait(ns.get_schema_async())))
    r.step(
        "experiments.get_schema[evaluation_id]",
        lambda: check_schema(ns.get_schema(evaluation_id=r.values[new])),
        [new],
    )

    def check_result(result: Any, created: str) -> str:
        expect(isinstance(result, dict), f"get_result answered {type(result)!r}")
        expect(result["run_object"]["run_id"] == r.values[created], "run_object is another run")
        expect(isinstance(result["passed"], list), f"passed {result.get('passed')!r}")
        return str(result["status"])

    r.step(
        "experiments.get_result",
        lambda: check_result(ns.get_result(r.values[new]), new),
        [new],
    )
    r.step(
        "experiments.get_result_async",
        lambda: check_result(wait(ns.get_result_async(r.values[old], "average")), old),
        [old],
    )
    r.step(
        "experiments.get_run_result",
        lambda: check_result(ns.get_run_result(r.values[new], aggregate_function="average"), new),
        [new],
    )

    def check_compare(result: Any) -> int:
        expect(isinstance(result, dict), f"compare_runs answered {type(result)!r}")
        expect(result["new_run"]["run_id"] == r.values[new], "new_run is another run")
        expect(result["old_run"]["run_id"] == r.values[old], "old_run is another run")
        expect(isinstance(result["commonDatapoints"], list), "no commonDatapoints list")
        return len(result["metrics"])

    r.step(
        "experiments.compare_runs",
        lambda: check_compare(ns.compare_runs(r.values[new], r.values[old])),
        both,
    )
    r.step(
        "experiments.compare_runs_async",
        lambda: check_compare(
            wait(ns.compare_runs_async(r.values[new], r.values[old], aggregate_function="average"))
        ),
        both,
    )

    def compare_events() -> int:
        body = ns.compare_run_events(r.values[new], r.values[old], limit=10, page=1)
        expect(isinstance(body["events"], list), f"events {body!r}")
        expect(body["totalEvents"] == len(body["events"]), f"totalEvents {body['totalEvents']}")
        return len(body["events"])

    r.step("experiments.compare_run_events", compare_events, both)

    def delete_with(call: Callable[[str], Any], created: str) -> None:
        run_id = r.values[created]
        resp = call(run_id)
        expect(resp.deleted is True, f"deleted is {resp.deleted!r}")
        expect(resp.id == run_id, f"id {resp.id!r}")
        left = ns.list_runs(run_ids=[run_id, str(uuid.uuid4())]).evaluations
        expect(not left, "still listed after delete")

    r.step("experiments.delete_run", lambda: delete_with(ns.delete_run, new), [new])
    r.step(
        "experiments.delete_run_async",
        lambda: delete_with(lambda i: wait(ns.delete_run_async(i)), old),
        [old],
    )


# ---------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    """Run every step against ``--base-url``; exit 0 only when all passed."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--verbose", action="store_true", help="tracebacks on stderr")
    args = parser.parse_args(argv)
    base_url = args.base_url.rstrip("/")
    r = Runner([args.api_key], args.verbose)
    tag = uuid.uuid4().hex[:8]
    project = f"rc16-project-{tag}"

    hh = HoneyHive(api_key=args.api_key, base_url=base_url)
    raw = Raw(base_url, args.api_key)
    drive_client(r, base_url, args.api_key)
    drive_errors(r, base_url)
    drive_sessions(r, hh, tag, project)
    drive_events(r, hh, tag, project)
    drive_projects(r, hh, raw, tag)
    drive_configurations(r, hh, raw, tag, project)
    drive_tools(r, hh, raw, tag)
    drive_metrics(r, hh, raw, tag)
    drive_datasets(r, hh, tag)
    drive_datapoints(r, hh, tag)
    drive_experiments(r, hh, tag)
    drive_dataset_deletes(r, hh)

    print(json.dumps({"passed": r.passed, "failed": r.failed}), flush=True)
    return 0 if r.failed == 0 and r.passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
