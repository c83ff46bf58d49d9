"""Drive every public method of the official HoneyHive SDK 1.7.0's API client against a server.

Written the way a user of ``honeyhive==1.7.0`` writes it (its model classes from
``honeyhive.models``, its keywords, its aliases and ``_async`` twins), so the same file runs
unchanged under the official SDK and under this project's package. Each step reads back
what it wrote where a read exists, prints one JSON line
``{"step": ..., "ok": ..., "error": ...}``, and the run ends with ``{"passed": n, "failed": m}``;
the exit status is 0 only when every step passed.

Usage: ``python drive_api_client.py --base-url URL --api-key KEY [--data-plane-key KEY]
[--ingestion-key KEY] [--project-id ID] [--verbose]``. Without ``--data-plane-key`` the
script makes one through ``POST /v1/projects/{project_id}/fine_grained_api_keys`` (1.7.0
has no method for it); ``project_id`` is the one ``sessions.start`` answers, unless given.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
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
    CreateChartRequest,
    CreateConfigurationRequest,
    CreateDatapointRequest,
    CreateDatasetRequest,
    CreateMetricRequest,
    CreateMetricVersionRequest,
    DatapointMapping,
    EventFilter,
    LegacyEvent,
    MetricVersionContentRequest,
    PostEventBatchRequest,
    PostEventRequest,
    PostExperimentRunRequest,
    PutExperimentRunRequest,
    StartSessionRequest,
    UpdateChartRequest,
    UpdateConfigurationRequest,
    UpdateDatapointRequest,
    UpdateDatasetRequest,
    UpdateEventRequest,
    UpdateMetricRequest,
)

PYTHON_METRIC = 'def answer_length(event):\n    return len(str(event["outputs"]))\n'


class StepFailed(Exception):
    """A step ran but what it read back is not what it wrote."""


def expect(condition: object, message: str) -> None:
    """Fail the current step with ``message`` unless ``condition`` holds."""
    if not condition:
        raise StepFailed(message)


def wait(awaitable: Any) -> Any:
    """Run an ``_async`` method's coroutine the way a script does: ``asyncio.run``."""
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


def unique(kind: str, tag: str) -> str:
    """A name no other run uses."""
    return f"driver-{kind}-{tag}-{uuid.uuid4().hex[:6]}"


def by_id(session_or_event_id: str, field: str = "session_id") -> list[EventFilter]:
    """The 1.7.0 way to ask ``export`` for one session's (or one event's) events."""
    return [EventFilter(field=field, operator="is", value=session_or_event_id, type="string")]


def event_ids(events: Iterable[Any]) -> set[str]:
    """The ``event_id`` of each exported event (1.7.0 answers ``LegacyEvent`` objects)."""
    return {e.event_id for e in events}


# ---------------------------------------------------------------------------- sessions


def drive_sessions(r: Runner, hh: HoneyHive, tag: str) -> None:
    """sessions.start / start_async / create_session / start_session, read back by export."""

    def session_body(kind: str) -> dict[str, Any]:
        return {
            "session_name": unique(kind, tag),
            "source": "driver",
            "inputs": {"question": f"what does {kind} do?"},
            "metadata": {"driver": tag},
            "user_properties": {"user": "driver"},
        }

    def readback(session_id: str) -> None:
        found = hh.events.export(filters=by_id(session_id)).events
        expect(
            any(e.session_id == session_id and e.event_type == "session" for e in found),
            f"session {session_id} not found by export",
        )

    def start() -> Any:
        chosen = str(uuid.uuid4())
        body = session_body("start")
        body["session_id"] = chosen
        resp = hh.sessions.start(StartSessionRequest(session=body))
        expect(resp.session_id == chosen, f"session_id {resp.session_id!r} != {chosen!r}")
        expect(resp.project_id, "no project_id in the answer")
        readback(resp.session_id)
        return resp

    def start_async() -> Any:
        resp = wait(hh.sessions.start_async(StartSessionRequest(session=session_body("async"))))
        readback(resp.session_id)
        return resp

    def create_session() -> Any:
        resp = hh.sessions.create_session({"session": session_body("create")})
        readback(resp.session_id)
        return resp

    def start_session() -> Any:
        # The flat payload of older code: 1.7.0 wraps it (with a DeprecationWarning).
        resp = hh.sessions.start_session(session_body("flat"))
        readback(resp.session_id)
        return resp

    r.step("sessions.start", start)
    r.step("sessions.start_async", start_async)
    r.step("sessions.create_session", create_session)
    r.step("sessions.start_session", start_session)


# ---------------------------------------------------------------------------- events


def drive_events(r: Runner, hh: HoneyHive, tag: str) -> None:
    """Event writes (create, update, batch) and every way 1.7.0 reads events back."""
    sid = r.values["sessions.start"].session_id if "sessions.start" in r.values else ""
    needs = ["sessions.start"]

    def one_event(kind: str) -> dict[str, Any]:
        return {
            "event_type": "tool",
            "event_name": unique(kind, tag),
            "session_id": sid,
            "source": "driver",
            "inputs": {"query": kind},
            "outputs": {"result": f"{kind} done"},
            "metadata": {"driver": tag},
            "duration": 12.5,
        }

    def exported(event_id: str) -> Any:
        found = hh.events.export(filters=by_id(event_id, "event_id")).events
        expect(len(found) == 1, f"export by event_id {event_id} found {len(found)} events")
        return found[0]

    def create_with(call: Callable[[PostEventRequest], Any], kind: str) -> str:
        event = one_event(kind)
        resp = call(PostEventRequest(event=event))
        expect(resp.success is True, f"success is {resp.success!r}")
        got = exported(resp.event_id)
        expect(got.event_name == event["event_name"], f"event_name {got.event_name!r}")
        expect(got.session_id == sid, f"session_id {got.session_id!r}")
        return str(resp.event_id)

    r.step("events.create", lambda: create_with(hh.events.create, "create"), needs)
    r.step(
        "events.create_async",
        lambda: create_with(lambda q: wait(hh.events.create_async(q)), "create-async"),
        needs,
    )
    r.step(
        "events.create_event", lambda: create_with(hh.events.create_event, "create-event"), needs
    )

    def update_with(call: Callable[[Any], Any], created: str, data: Any, key: str) -> None:
        event_id = r.values[created]
        result = call(data)
        expect(result is None, f"update answered {result!r}, 1.7.0 answers None")
        got = exported(event_id)
        expect((got.metadata or {}).get(key) == "updated", f"metadata after update: {got.metadata}")

    def update_request(created: str, key: str) -> UpdateEventRequest:
        return UpdateEventRequest(
            event_id=r.values.get(created, ""),
            metadata={key: "updated"},
            outputs={"result": "revised"},
            feedback={"rating": 5},
        )

    r.step(
        "events.update",
        lambda: update_with(
            hh.events.update, "events.create", update_request("events.create", "k1"), "k1"
        ),
        ["events.create"],
    )
    r.step(
        "events.update_async",
        lambda: update_with(
            lambda d: wait(hh.events.update_async(d)),
            "events.create_async",
            update_request("events.create_async", "k2"),
            "k2",
        ),
        ["events.create_async"],
    )
    r.step(
        "events.update_event",
        lambda: update_with(
            hh.events.update_event,
            "events.create_event",
            {"event_id": r.values.get("events.create_event"), "metadata": {"k3": "updated"}},
            "k3",
        ),
        ["events.create_event"],
    )

    def batch_with(call: Callable[[PostEventBatchRequest], Any], kind: str) -> list[str]:
        events = [
            LegacyEvent(**one_event(f"{kind}-1")),
            LegacyEvent(**{**one_event(f"{kind}-2"), "event_type": "model"}),
        ]
        resp = call(PostEventBatchRequest(events=events))
        expect(resp.success is True, f"success is {resp.success!r}")
        expect(len(resp.event_ids) == 2, f"event_ids {resp.event_ids!r}")
        found = event_ids(hh.events.export(filters=by_id(sid)).events)
        expect(set(resp.event_ids) <= found, "batch events not found by export")
        return list(resp.event_ids)

    r.step("events.create_batch", lambda: batch_with(hh.events.create_batch, "batch"), needs)
    r.step(
        "events.create_batch_async",
        lambda: batch_with(lambda d: wait(hh.events.create_batch_async(d)), "batch-async"),
        needs,
    )

    written = ["events.create", "events.create_async", "events.create_event"]

    def expected_ids() -> set[str]:
        ids = {r.values[n] for n in written if n in r.values}
        for n in ("events.create_batch", "events.create_batch_async"):
            ids.update(r.values.get(n, []))
        return ids | {sid}

    def check_export(resp: Any) -> int:
        ids = event_ids(resp.events)
        expect(expected_ids() <= ids, f"missing events: {sorted(expected_ids() - ids)}")
        expect(resp.total_events == len(ids), f"total_events {resp.total_events} != {len(ids)}")
        return len(ids)

    def check_list(resp: Any) -> int:
        ids = event_ids(resp.events)
        expect(expected_ids() <= ids, f"missing events: {sorted(expected_ids() - ids)}")
        expect(resp.totalEvents == len(ids), f"totalEvents {resp.totalEvents} != {len(ids)}")
        return len(ids)

    r.step("events.export", lambda: check_export(hh.events.export(filters=by_id(sid))), needs)
    r.step(
        "events.export_async",
        lambda: check_export(wait(hh.events.export_async(filters=by_id(sid)))),
        needs,
    )

    def export_page() -> int:
        resp = hh.events.export(
            filters=by_id(sid), projections=["event_id", "event_name"], limit=2, page=2
        )
        expect(len(resp.events) == 2, f"page 2 of limit 2 has {len(resp.events)} events")
        expect(resp.total_events >= 4, f"total_events {resp.total_events}")
        return len(resp.events)

    r.step("events.export[limit,page,projections]", export_page, needs)
    r.step(
        "events.list_events", lambda: check_export(hh.events.list_events(filters=by_id(sid))), needs
    )
    r.step("events.get_events", lambda: check_export(hh.events.get_events(None, by_id(sid))), needs)
    r.step(
        "events.list_events_async",
        lambda: check_export(wait(hh.events.list_events_async(filters=by_id(sid)))),
        needs,
    )
    r.step(
        "events.get_events_async",
        lambda: check_export(wait(hh.events.get_events_async(filters=by_id(sid)))),
        needs,
    )

    def sorted_by_time(resp: Any) -> int:
        count = check_export(resp)
        times = [e.start_time for e in resp.events if e.start_time is not None]
        expect(times == sorted(times), "get_by_session_id events are not in start_time order")
        return count

    r.step(
        "events.get_by_session_id",
        lambda: sorted_by_time(hh.events.get_by_session_id(sid)),
        needs,
    )
    r.step(
        "events.get_by_session_id_async",
        lambda: sorted_by_time(wait(hh.events.get_by_session_id_async(sid, limit=100))),
        needs,
    )

    def query_filters() -> list[dict[str, Any]]:
        return [{"field": "session_id", "operator": "is", "value": sid, "type": "string"}]

    def events_list_model() -> int:
        from honeyhive.models import GetEventsQuery

        return check_list(hh.events.list(GetEventsQuery(filters=query_filters(), limit=100)))

    def events_list_async() -> int:
        from honeyhive.models import GetEventsQuery

        query = GetEventsQuery(filters=query_filters(), limit=100, page=1)
        return check_list(wait(hh.events.list_async(query)))

    r.step("events.list", events_list_model, needs)
    r.step(
        "events.list[data=dict]",
        lambda: check_list(hh.events.list(data={"filters": query_filters(), "limit": 100})),
        needs,
    )
    r.step("events.list_async", events_list_async, needs)


# ---------------------------------------------------------------------------- configurations


def drive_configurations(r: Runner, hh: HoneyHive, tag: str) -> None:
    """Configurations CRUD: create, list, update, delete, each read back by list()."""

    def listed(config_id: str) -> Any:
        found = [c for c in hh.configurations.list() if c.id == config_id]
        expect(len(found) == 1, f"configuration {config_id} listed {len(found)} times")
        return found[0]

    def create_with(call: Callable[[CreateConfigurationRequest], Any], kind: str) -> str:
        name = unique(kind, tag)
        resp = call(
            CreateConfigurationRequest(
                name=name,
                provider="openai",
                parameters={
                    "call_type": "chat",
                    "model": "gpt-4o",
                    "hyperparameters": {"temperature": 0.2},
                    "template": [{"role": "system", "content": "Be brief."}],
                },
                env=["dev"],
                tags=["driver"],
            )
        )
        expect(resp.acknowledged is True, f"acknowledged is {resp.acknowledged!r}")
        got = listed(resp.insertedId)
        expect(got.name == name, f"name {got.name!r}")
        expect(got.parameters.model == "gpt-4o", f"model {got.parameters.model!r}")
        return str(resp.insertedId)

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

    def check_list(items: Any) -> int:
        ids = {c.id for c in items}
        mine = {r.values[n] for n in created if n in r.values}
        expect(mine <= ids, f"missing configurations: {sorted(mine - ids)}")
        return len(ids)

    r.step("configurations.list", lambda: check_list(hh.configurations.list()))
    r.step("configurations.list_async", lambda: check_list(wait(hh.configurations.list_async())))
    r.step(
        "configurations.list_configurations",
        lambda: check_list(hh.configurations.list_configurations()),
    )
    r.step(
        "configurations.get_configuration",
        lambda: check_list(hh.configurations.get_configuration(r.values["configurations.create"])),
        ["configurations.create"],
    )

    def update_with(call: Callable[[str, UpdateConfigurationRequest], Any], created: str) -> None:
        config_id = r.values[created]
        name = listed(config_id).name
        resp = call(
            config_id,
            UpdateConfigurationRequest(
                name=name, parameters={"call_type": "chat", "model": "gpt-4o-mini"}, env=["prod"]
            ),
        )
        expect(resp.acknowledged is True, f"acknowledged is {resp.acknowledged!r}")
        expect(resp.matchedCount == 1, f"matchedCount {resp.matchedCount!r}")
        got = listed(config_id)
        expect(got.parameters.model == "gpt-4o-mini", f"model {got.parameters.model!r}")
        expect(got.env == ["prod"], f"env {got.env!r}")

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
    r.step(
        "configurations.update_configuration",
        lambda: update_with(
            hh.configurations.update_configuration, "configurations.create_configuration"
        ),
        ["configurations.create_configuration"],
    )

    def delete_with(call: Callable[[str], Any], created: str) -> None:
        config_id = r.values[created]
        resp = call(config_id)
        expect(resp.acknowledged is True, f"acknowledged is {resp.acknowledged!r}")
        expect(resp.deletedCount == 1, f"deletedCount {resp.deletedCount!r}")
        expect(
            all(c.id != config_id for c in hh.configurations.list()), "still listed after delete"
        )

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


# ---------------------------------------------------------------------------- metrics


def drive_metrics(r: Runner, hh: HoneyHive, tag: str) -> None:
    """Metrics CRUD and metric versions (create, list, deploy), each read back."""

    def one(metric_id: str) -> Any:
        found = hh.metrics.get_metric(metric_id)
        expect(len(found) == 1, f"get_metric({metric_id}) found {len(found)}")
        return found[0]

    def create_with(call: Callable[[CreateMetricRequest], Any], kind: str) -> str:
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
        got = one(resp.metric_id)
        expect(got.name == name, f"name {got.name!r}")
        expect(got.id == resp.metric_id, f"id {got.id!r}")
        return str(resp.metric_id)

    r.step("metrics.create", lambda: create_with(hh.metrics.create, "metric"))
    r.step(
        "metrics.create_async",
        lambda: create_with(lambda q: wait(hh.metrics.create_async(q)), "metric-async"),
    )
    r.step("metrics.create_metric", lambda: create_with(hh.metrics.create_metric, "metric-alias"))
    created = ["metrics.create", "metrics.create_async", "metrics.create_metric"]

    def check_list(items: Any) -> int:
        ids = {m.id for m in items}
        mine = {r.values[n] for n in created if n in r.values}
        expect(mine <= ids, f"missing metrics: {sorted(mine - ids)}")
        return len(ids)

    r.step("metrics.list", lambda: check_list(hh.metrics.list()))
    r.step("metrics.list[type]", lambda: check_list(hh.metrics.list(type="PYTHON")))
    r.step("metrics.list_async", lambda: check_list(wait(hh.metrics.list_async())))
    r.step("metrics.list_metrics", lambda: check_list(hh.metrics.list_metrics()))
    r.step(
        "metrics.get_metric",
        lambda: one(r.values["metrics.create"]).name,
        ["metrics.create"],
    )

    def update_with(call: Callable[[UpdateMetricRequest], Any], created: str) -> None:
        metric_id = r.values[created]
        resp = call(UpdateMetricRequest(id=metric_id, description=f"updated {created}"))
        expect(resp.updated is True, f"updated is {resp.updated!r}")
        got = one(metric_id)
        expect(got.description == f"updated {created}", f"description {got.description!r}")

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
    r.step(
        "metrics.update_metric",
        lambda: update_with(hh.metrics.update_metric, "metrics.create_metric"),
        ["metrics.create_metric"],
    )

    # Metric versions, on the first metric.
    mv_needs = ["metrics.create"]

    def version_with(call: Callable[[str, CreateMetricVersionRequest], Any], kind: str) -> str:
        metric_id = r.values["metrics.create"]
        name = one(metric_id).name
        resp = call(
            metric_id,
            CreateMetricVersionRequest(
                message=f"{kind}: stricter",
                content=MetricVersionContentRequest(
                    name=name,
                    type="PYTHON",
                    criteria=PYTHON_METRIC.replace("str(", "repr("),
                    return_type="float",
                ),
            ),
        )
        expect(resp.success is True, f"success is {resp.success!r}")
        version = resp.data.name
        listed = hh.metric_versions.list(metric_id).data
        expect(version in [v.name for v in listed], f"version {version!r} not listed")
        return str(version)

    r.step(
        "metric_versions.create",
        lambda: version_with(hh.metric_versions.create, "sync"),
        mv_needs,
    )
    r.step(
        "metric_versions.create_async",
        lambda: version_with(lambda m, q: wait(hh.metric_versions.create_async(m, q)), "async"),
        mv_needs,
    )

    def check_versions(resp: Any) -> int:
        expect(resp.success is True, f"success is {resp.success!r}")
        names = [v.name for v in resp.data]
        for n in ("metric_versions.create", "metric_versions.create_async"):
            if n in r.values:
                expect(r.values[n] in names, f"{r.values[n]!r} not in {names}")
        return len(names)

    r.step(
        "metric_versions.list",
        lambda: check_versions(hh.metric_versions.list(r.values["metrics.create"])),
        mv_needs,
    )
    r.step(
        "metric_versions.list_async",
        lambda: check_versions(wait(hh.metric_versions.list_async(r.values["metrics.create"]))),
        mv_needs,
    )

    def deploy_with(call: Callable[[str, str], Any], created: str) -> None:
        metric_id = r.values["metrics.create"]
        version = r.values[created]
        resp = call(metric_id, version)
        expect(resp.success is True, f"success is {resp.success!r}")
        expect(resp.data.name == version, f"deployed {resp.data.name!r}")
        expect(resp.data.deployed is True, f"deployed flag {resp.data.deployed!r}")
        deployed = [v.name for v in hh.metric_versions.list(metric_id).data if v.deployed]
        expect(deployed == [version], f"deployed versions {deployed}")

    r.step(
        "metric_versions.deploy",
        lambda: deploy_with(hh.metric_versions.deploy, "metric_versions.create"),
        ["metric_versions.create"],
    )
    r.step(
        "metric_versions.deploy_async",
        lambda: deploy_with(
            lambda m, v: wait(hh.metric_versions.deploy_async(m, v)),
            "metric_versions.create_async",
        ),
        ["metric_versions.create_async"],
    )

    def delete_with(call: Callable[[str], Any], created: str) -> None:
        metric_id = r.values[created]
        resp = call(metric_id)
        expect(resp.deleted is True, f"deleted is {resp.deleted!r}")
        expect(all(m.id != metric_id for m in hh.metrics.list()), "still listed after delete")

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


def drive_datasets(r: Runner, hh: HoneyHive, tag: str) -> None:
    """Datasets CRUD and their datapoints (add, remove), each read back by list()."""

    def one(dataset_id: str) -> Any:
        found = hh.datasets.list(dataset_id=dataset_id).datasets
        expect(len(found) == 1, f"list(dataset_id={dataset_id}) found {len(found)}")
        return found[0]

    def create_with(call: Callable[[CreateDatasetRequest], Any], kind: str) -> str:
        name = unique(kind, tag)
        resp = call(CreateDatasetRequest(name=name, description=f"{kind} of the driver"))
        expect(resp.inserted is True, f"inserted is {resp.inserted!r}")
        dataset_id = resp.result.insertedId
        got = one(dataset_id)
        expect(got.name == name, f"name {got.name!r}")
        by_name = hh.datasets.list(name=name).datasets
        expect([d.id for d in by_name] == [dataset_id], f"list(name=) found {len(by_name)}")
        return str(dataset_id)

    r.step("datasets.create", lambda: create_with(hh.datasets.create, "ds"))
    r.step(
        "datasets.create_async",
        lambda: create_with(lambda q: wait(hh.datasets.create_async(q)), "ds-async"),
    )
    r.step("datasets.create_dataset", lambda: create_with(hh.datasets.create_dataset, "ds-alias"))
    created = ["datasets.create", "datasets.create_async", "datasets.create_dataset"]

    def check_list(resp: Any) -> int:
        ids = {d.id for d in resp.datasets}
        mine = {r.values[n] for n in created if n in r.values}
        expect(mine <= ids, f"missing datasets: {sorted(mine - ids)}")
        return len(ids)

    r.step("datasets.list", lambda: check_list(hh.datasets.list()))
    r.step("datasets.list_async", lambda: check_list(wait(hh.datasets.list_async())))
    r.step("datasets.list_datasets", lambda: check_list(hh.datasets.list_datasets()))

    def get_dataset() -> str:
        dataset_id = r.values["datasets.create"]
        found = hh.datasets.get_dataset(dataset_id).datasets
        expect([d.id for d in found] == [dataset_id], "get_dataset answered other datasets")
        return str(found[0].name)

    r.step("datasets.get_dataset", get_dataset, ["datasets.create"])

    def update_with(call: Callable[[UpdateDatasetRequest], Any], created: str) -> None:
        dataset_id = r.values[created]
        resp = call(UpdateDatasetRequest(dataset_id=dataset_id, description=f"updated {created}"))
        expect(resp.result.id == dataset_id, f"result.id {resp.result.id!r}")
        got = one(dataset_id)
        expect(got.description == f"updated {created}", f"description {got.description!r}")

    r.step(
        "datasets.update",
        lambda: update_with(hh.datasets.update, "datasets.create"),
        ["datasets.create"],
    )
    r.step(
        "datasets.update_async",
        lambda: update_with(lambda q: wait(hh.datasets.update_async(q)), "datasets.create_async"),
        ["datasets.create_async"],
    )
    r.step(
        "datasets.update_dataset",
        lambda: update_with(hh.datasets.update_dataset, "datasets.create_dataset"),
        ["datasets.create_dataset"],
    )

    def add_with(call: Callable[[str, AddDatapointsToDatasetRequest], Any], kind: str) -> Any:
        dataset_id = r.values["datasets.create"]
        request = AddDatapointsToDatasetRequest(
            data=[
                {"question": f"{kind} 1?", "answer": "one"},
                {"question": f"{kind} 2?", "answer": "two"},
            ],
            mapping=DatapointMapping(inputs=["question"], ground_truth=["answer"]),
        )
        resp = call(dataset_id, request)
        expect(resp.inserted is True, f"inserted is {resp.inserted!r}")
        expect(len(resp.datapoint_ids) == 2, f"datapoint_ids {resp.datapoint_ids!r}")
        expect(
            set(resp.datapoint_ids) <= set(one(dataset_id).datapoints),
            "added datapoints are not in the dataset",
        )
        got = hh.datapoints.get(resp.datapoint_ids[0]).datapoint[0]
        expect(got.inputs == {"question": f"{kind} 1?"}, f"inputs {got.inputs!r}")
        expect(got.ground_truth == {"answer": "one"}, f"ground_truth {got.ground_truth!r}")
        return list(resp.datapoint_ids)

    r.step(
        "datasets.add_datapoints",
        lambda: add_with(hh.datasets.add_datapoints, "add"),
        ["datasets.create"],
    )
    r.step(
        "datasets.add_datapoints_async",
        lambda: add_with(lambda d, q: wait(hh.datasets.add_datapoints_async(d, q)), "add-async"),
        ["datasets.create"],
    )

    def remove_with(call: Callable[[str, str], Any], added: str) -> None:
        dataset_id = r.values["datasets.create"]
        datapoint_id = r.values[added][0]
        resp = call(dataset_id, datapoint_id)
        expect(resp.dereferenced is True, f"dereferenced is {resp.dereferenced!r}")
        expect(datapoint_id not in one(dataset_id).datapoints, "still in the dataset")

    r.step(
        "datasets.remove_datapoint",
        lambda: remove_with(hh.datasets.remove_datapoint, "datasets.add_datapoints"),
        ["datasets.add_datapoints"],
    )
    r.step(
        "datasets.remove_datapoint_async",
        lambda: remove_with(
            lambda d, p: wait(hh.datasets.remove_datapoint_async(d, p)),
            "datasets.add_datapoints_async",
        ),
        ["datasets.add_datapoints_async"],
    )


def drive_datapoints(r: Runner, hh: HoneyHive, tag: str) -> None:
    """Datapoints CRUD, read back by get() and list()."""

    def create_with(call: Callable[[CreateDatapointRequest], Any], kind: str) -> str:
        resp = call(
            CreateDatapointRequest(
                inputs={"question": f"{kind}: capital of France?"},
                ground_truth={"answer": "Paris"},
                history=[{"role": "user", "content": "hi"}],
                metadata={"driver": tag, "kind": kind},
            )
        )
        expect(resp.inserted is True, f"inserted is {resp.inserted!r}")
        datapoint_id = resp.result.insertedIds[0]
        got = hh.datapoints.get(datapoint_id).datapoint
        expect(len(got) == 1, f"get answered {len(got)} datapoints")
        expect(got[0].inputs["question"].startswith(kind), f"inputs {got[0].inputs!r}")
        expect((got[0].metadata or {}).get("kind") == kind, f"metadata {got[0].metadata!r}")
        return str(datapoint_id)

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

    def check_get(resp: Any, datapoint_id: str) -> str:
        expect([d.id for d in resp.datapoint] == [datapoint_id], "get answered another datapoint")
        expect(resp.datapoint[0].ground_truth == {"answer": "Paris"}, "ground_truth differs")
        return datapoint_id

    first = ["datapoints.create"]
    r.step(
        "datapoints.get",
        lambda: check_get(
            hh.datapoints.get(r.values["datapoints.create"]), r.values["datapoints.create"]
        ),
        first,
    )
    r.step(
        "datapoints.get_async",
        lambda: check_get(
            wait(hh.datapoints.get_async(r.values["datapoints.create"])),
            r.values["datapoints.create"],
        ),
        first,
    )
    r.step(
        "datapoints.get_datapoint",
        lambda: check_get(
            hh.datapoints.get_datapoint(r.values["datapoints.create"]),
            r.values["datapoints.create"],
        ),
        first,
    )

    def mine() -> list[str]:
        return [r.values[n] for n in created if n in r.values]

    def check_list(resp: Any) -> int:
        ids = {d.id for d in resp.datapoints}
        expect(set(mine()) <= ids, f"missing datapoints: {sorted(set(mine()) - ids)}")
        return len(ids)

    r.step("datapoints.list", lambda: check_list(hh.datapoints.list(datapoint_ids=mine())), first)
    r.step(
        "datapoints.list_async",
        lambda: check_list(wait(hh.datapoints.list_async(mine()))),
        first,
    )
    r.step(
        "datapoints.list_datapoints",
        lambda: check_list(hh.datapoints.list_datapoints(datapoint_ids=mine())),
        first,
    )

    def by_dataset() -> int:
        dataset = hh.datasets.list(dataset_id=r.values["datasets.create"]).datasets[0]
        resp = hh.datapoints.list(dataset_name=dataset.name)
        ids = {d.id for d in resp.datapoints}
        expect(ids == set(dataset.datapoints), f"{sorted(ids)} != {sorted(dataset.datapoints)}")
        return len(ids)

    r.step("datapoints.list[dataset_name]", by_dataset, ["datasets.add_datapoints"])

    def update_with(call: Callable[[str, UpdateDatapointRequest], Any], created: str) -> None:
        datapoint_id = r.values[created]
        resp = call(datapoint_id, UpdateDatapointRequest(metadata={"updated": created}))
        expect(resp.updated is True, f"updated is {resp.updated!r}")
        got = hh.datapoints.get(datapoint_id).datapoint[0]
        expect(got.metadata == {"updated": created}, f"metadata {got.metadata!r}")

    r.step(
        "datapoints.update",
        lambda: update_with(hh.datapoints.update, "datapoints.create"),
        ["datapoints.create"],
    )
    r.step(
        "datapoints.update_async",
        lambda: update_with(
            lambda i, q: wait(hh.datapoints.update_async(i, q)), "datapoints.create_async"
        ),
        ["datapoints.create_async"],
    )
    r.step(
        "datapoints.update_datapoint",
        lambda: update_with(hh.datapoints.update_datapoint, "datapoints.create_datapoint"),
        ["datapoints.create_datapoint"],
    )

    def delete_with(call: Callable[[str], Any], created: str) -> None:
        datapoint_id = r.values[created]
        resp = call(datapoint_id)
        expect(resp.deleted is True, f"deleted is {resp.deleted!r}")
        left = hh.datapoints.list(datapoint_ids=[datapoint_id]).datapoints
        expect(not left, "still listed after delete")

    r.step(
        "datapoints.delete",
        lambda: delete_with(hh.datapoints.delete, "datapoints.create"),
        ["datapoints.create"],
    )
    r.step(
        "datapoints.delete_async",
        lambda: delete_with(
            lambda i: wait(hh.datapoints.delete_async(i)), "datapoints.create_async"
        ),
        ["datapoints.create_async"],
    )
    r.step(
        "datapoints.delete_datapoint",
        lambda: delete_with(hh.datapoints.delete_datapoint, "datapoints.create_datapoint"),
        ["datapoints.create_datapoint"],
    )


def drive_dataset_deletes(r: Runner, hh: HoneyHive) -> None:
    """datasets.delete / delete_async / delete_dataset, each read back by list()."""

    def delete_with(call: Callable[[str], Any], created: str) -> None:
        dataset_id = r.values[created]
        resp = call(dataset_id)
        expect(resp.result.id == dataset_id, f"result.id {resp.result.id!r}")
        expect(all(d.id != dataset_id for d in hh.datasets.list().datasets), "still listed")

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


# ---------------------------------------------------------------------------- experiments


def drive_experiments(r: Runner, hh: HoneyHive, tag: str, ns_name: str) -> None:
    """Experiment runs through ``client.<ns_name>`` (``experiments`` or ``evaluations``)."""
    ns = getattr(hh, ns_name)
    sessions = [
        r.values[n].session_id for n in ("sessions.start", "sessions.start_async") if n in r.values
    ]
    datapoints = r.values.get("datasets.add_datapoints", [])
    dataset_id = r.values.get("datasets.create")
    p = ns_name + "."

    def create_with(call: Callable[[PostExperimentRunRequest], Any], kind: str) -> str:
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
                configuration={"model": "gpt-4o"},
            )
        )
        run_id = resp.run_id
        expect(resp.evaluation.run_id == run_id, f"evaluation.run_id {resp.evaluation.run_id!r}")
        got = ns.get_run(run_id).evaluation
        expect(got.name == name, f"name {got.name!r}")
        expect(got.event_ids == sessions, f"event_ids {got.event_ids!r}")
        return str(run_id)

    r.step(p + "create_run", lambda: create_with(ns.create_run, "run"))
    r.step(
        p + "create_run_async",
        lambda: create_with(lambda q: wait(ns.create_run_async(q)), "run-async"),
    )
    new, old = p + "create_run", p + "create_run_async"

    def check_run(resp: Any, created: str) -> str:
        expect(resp.evaluation.run_id == r.values[created], "get_run answered another run")
        expect(resp.evaluation.metadata.get("driver") == tag, "metadata differs")
        return str(resp.evaluation.run_id)

    r.step(p + "get_run", lambda: check_run(ns.get_run(r.values[new]), new), [new])
    r.step(
        p + "get_run_async", lambda: check_run(wait(ns.get_run_async(r.values[old])), old), [old]
    )

    def check_runs(resp: Any, wanted: list[str]) -> int:
        ids = [e.run_id for e in resp.evaluations]
        expect(set(wanted) <= set(ids), f"missing runs: {sorted(set(wanted) - set(ids))}")
        expect(resp.pagination.total >= len(wanted), f"pagination.total {resp.pagination.total}")
        return len(ids)

    both = [new, old]

    def both_ids() -> list[str]:
        return [r.values[new], r.values[old]]

    r.step(p + "list_runs", lambda: check_runs(ns.list_runs(run_ids=both_ids()), both_ids()), both)
    r.step(
        p + "list_runs_async",
        lambda: check_runs(
            wait(ns.list_runs_async(dataset_id=dataset_id, page=1, limit=100)), both_ids()
        ),
        both,
    )

    def update_with(call: Callable[[str, PutExperimentRunRequest], Any], created: str) -> None:
        run_id = r.values[created]
        resp = call(run_id, PutExperimentRunRequest(status="completed", description="finished"))
        expect(resp.evaluation.status == "completed", f"status {resp.evaluation.status!r}")
        got = ns.get_run(run_id).evaluation
        expect(got.status == "completed", f"status read back {got.status!r}")
        expect(got.description == "finished", f"description read back {got.description!r}")

    r.step(p + "update_run", lambda: update_with(ns.update_run, new), [new])
    r.step(
        p + "update_run_async",
        lambda: update_with(lambda i, q: wait(ns.update_run_async(i, q)), old),
        [old],
    )

    def check_schema(resp: Any) -> int:
        names = [f.name for f in resp.fields]
        expect(all(isinstance(n, str) for n in names), f"field names {names!r}")
        # 1.7.0 types ``mappings`` as a plain dict of lists of plain dicts.
        paths = [m["field_name"] for entries in resp.mappings.values() for m in entries]
        expect(all(isinstance(p, str) for p in paths), f"mapping paths {paths!r}")
        return len(names)

    r.step(p + "get_schema", lambda: check_schema(ns.get_schema()))
    r.step(
        p + "get_schema_async",
        lambda: check_schema(wait(ns.get_schema_async(evaluation_id=r.values[new]))),
        [new],
    )

    def check_result(result: Any, created: str) -> str:
        expect(isinstance(result, dict), f"get_result answered {type(result)!r}, not a dict")
        expect(result["run_object"]["run_id"] == r.values[created], "run_object is another run")
        expect(isinstance(result["passed"], list), f"passed {result.get('passed')!r}")
        return str(result["status"])

    r.step(p + "get_result", lambda: check_result(ns.get_result(r.values[new]), new), [new])
    r.step(
        p + "get_result_async",
        lambda: check_result(wait(ns.get_result_async(r.values[old], "average")), old),
        [old],
    )
    r.step(
        p + "get_run_result",
        lambda: check_result(ns.get_run_result(r.values[new], aggregate_function="average"), new),
        [new],
    )

    def check_compare(result: Any) -> int:
        expect(isinstance(result, dict), f"compare_runs answered {type(result)!r}, not a dict")
        expect(result["new_run"]["run_id"] == r.values[new], "new_run is another run")
        expect(result["old_run"]["run_id"] == r.values[old], "old_run is another run")
        expect(isinstance(result["commonDatapoints"], list), "no commonDatapoints list")
        return len(result["metrics"])

    r.step(
        p + "compare_runs",
        lambda: check_compare(ns.compare_runs(r.values[new], r.values[old])),
        both,
    )
    r.step(
        p + "compare_runs_async",
        lambda: check_compare(
            wait(ns.compare_runs_async(r.values[new], r.values[old], aggregate_function="average"))
        ),
        both,
    )

    def compare_events() -> int:
        resp = ns.compare_run_events(r.values[new], r.values[old], limit=10, page=1)
        expect(isinstance(resp.events, list), f"events {resp.events!r}")
        expect(resp.totalEvents == len(resp.events), f"totalEvents {resp.totalEvents}")
        return len(resp.events)

    r.step(p + "compare_run_events", compare_events, both)

    def delete_with(call: Callable[[str], Any], created: str) -> None:
        run_id = r.values[created]
        resp = call(run_id)
        expect(resp.deleted is True, f"deleted is {resp.deleted!r}")
        expect(resp.id == run_id, f"id {resp.id!r}")
        left = [e.run_id for e in ns.list_runs(run_ids=[run_id]).evaluations]
        expect(not left, "still listed after delete")

    r.step(p + "delete_run", lambda: delete_with(ns.delete_run, new), [new])
    r.step(
        p + "delete_run_async",
        lambda: delete_with(lambda i: wait(ns.delete_run_async(i)), old),
        [old],
    )


# ---------------------------------------------------------------------------- charts


def make_data_plane_key(base_url: str, api_key: str, project_id: str) -> str:
    """A fine-grained key for the charts of ``project_id`` (plain HTTP: 1.7.0 has no method)."""
    expires = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)
    resp = httpx.post(
        f"{base_url}/v1/projects/{project_id}/fine_grained_api_keys",
        headers={"Authorization": f"Bearer {api_key}"},
        json={
            "name": "driver charts key",
            "description": "made by drive_api_client.py",
            "permissions": ["charts:read", "charts:write"],
            "expires_at": expires.strftime("%Y-%m-%dT%H:%M:%SZ"),
        },
        timeout=30,
    )
    expect(resp.status_code == 200, f"status {resp.status_code}: {resp.text[:300]}")
    body = resp.json()
    expect(body["data"]["root_scope_id"] == project_id, "key made for another project")
    return str(body["data"]["key_value"])


def drive_charts(r: Runner, hh: HoneyHive, tag: str, project_id: str | None, scoped: bool) -> None:
    """Charts CRUD, with ``project_id`` (data-plane key) or without it (legacy routes)."""
    suffix = "" if scoped else "[no project_id]"
    kw: dict[str, Any] = {"project_id": project_id} if scoped else {}
    needs = ["setup.data_plane_key"] if scoped else []

    def name(method: str) -> str:
        return f"charts.{method}{suffix}"

    def create_with(call: Callable[..., Any], kind: str) -> str:
        chart_name = unique(kind, tag)
        resp = call(
            CreateChartRequest(
                name=chart_name,
                description="cost per day",
                metric="cost",
                func="sum",
                bucketing="day",
                dateRange={"relative": "7d"},
            ),
            **kw,
        )
        expect(resp.success is True, f"success is {resp.success!r}")
        expect(resp.data.name == chart_name, f"name {resp.data.name!r}")
        got = hh.charts.get(resp.data.id, **kw).data
        expect(got.name == chart_name, f"name read back {got.name!r}")
        expect(got.metric == "cost", f"metric read back {got.metric!r}")
        return str(resp.data.id)

    r.step(name("create"), lambda: create_with(hh.charts.create, "chart"), needs)
    r.step(
        name("create_async"),
        lambda: create_with(lambda q, **k: wait(hh.charts.create_async(q, **k)), "chart-async"),
        needs,
    )
    first, second = name("create"), name("create_async")

    def check_list(resp: Any) -> int:
        ids = {c.id for c in resp.data}
        mine = {r.values[n] for n in (first, second) if n in r.values}
        expect(resp.success is True, f"success is {resp.success!r}")
        expect(mine <= ids, f"missing charts: {sorted(mine - ids)}")
        return len(ids)

    r.step(name("list"), lambda: check_list(hh.charts.list(**kw)), needs)
    r.step(name("list_async"), lambda: check_list(wait(hh.charts.list_async(**kw))), needs)

    def check_get(resp: Any, created: str) -> str:
        expect(resp.data.id == r.values[created], "get answered another chart")
        expect(resp.data.func == "sum", f"func {resp.data.func!r}")
        return str(resp.data.name)

    r.step(name("get"), lambda: check_get(hh.charts.get(r.values[first], **kw), first), [first])
    r.step(
        name("get_async"),
        lambda: check_get(wait(hh.charts.get_async(r.values[second], **kw)), second),
        [second],
    )

    def update_with(call: Callable[..., Any], created: str) -> None:
        chart_id = r.values[created]
        resp = call(chart_id, UpdateChartRequest(description="updated", func="avg"), **kw)
        expect(resp.success is True, f"success is {resp.success!r}")
        expect(resp.data.func == "avg", f"func {resp.data.func!r}")
        got = hh.charts.get(chart_id, **kw).data
        expect(got.description == "updated", f"description read back {got.description!r}")
        expect(got.metric == "cost", f"metric changed to {got.metric!r}")

    r.step(name("update"), lambda: update_with(hh.charts.update, first), [first])
    r.step(
        name("update_async"),
        lambda: update_with(lambda c, q, **k: wait(hh.charts.update_async(c, q, **k)), second),
        [second],
    )

    def delete_with(call: Callable[..., Any], created: str) -> None:
        chart_id = r.values[created]
        resp = call(chart_id, **kw)
        expect(resp.success is True, f"success is {resp.success!r}")
        expect(all(c.id != chart_id for c in hh.charts.list(**kw).data), "still listed")

    r.step(name("delete"), lambda: delete_with(hh.charts.delete, first), [first])
    r.step(
        name("delete_async"),
        lambda: delete_with(lambda c, **k: wait(hh.charts.delete_async(c, **k)), second),
        [second],
    )


# ---------------------------------------------------------------------------- client


def drive_client(
    r: Runner, hh: HoneyHive, base_url: str, api_key: str, ingestion: str, data_plane: str
) -> None:
    """The client's public properties, as 1.7.0 answers them."""

    def properties() -> None:
        expect(hh.server_url == base_url, f"server_url {hh.server_url!r}")
        expect(hh.api_key == api_key, "api_key is not the key given")
        expect(hh.ingestion_api_key == ingestion, "ingestion_api_key is not the key given")
        expect(hh.data_plane_api_key == data_plane, "data_plane_api_key is not the key given")
        expect(hh.timeout == 30.0, f"timeout {hh.timeout!r}")
        expect(hh.test_mode is False, f"test_mode {hh.test_mode!r}")
        expect(hh.verbose is False, f"verbose {hh.verbose!r}")

    def retry_config() -> int:
        retries = hh.retry_config.max_retries
        expect(isinstance(retries, int) and retries >= 0, f"max_retries {retries!r}")
        return int(retries)

    def api_config() -> str:
        base_path = hh.api_config.base_path
        expect(base_path == base_url, f"api_config.base_path {base_path!r}")
        return str(base_path)

    r.step("client.properties", properties)
    r.step("client.retry_config", retry_config)
    r.step("client.api_config", api_config)


# ---------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    """Run every step against ``--base-url``; exit 0 only when all passed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--data-plane-key")
    parser.add_argument("--ingestion-key")
    parser.add_argument("--project-id")
    parser.add_argument("--verbose", action="store_true", help="tracebacks on stderr")
    args = parser.parse_args(argv)
    base_url = args.base_url.rstrip("/")
    r = Runner([args.api_key, args.data_plane_key, args.ingestion_key], args.verbose)
    tag = uuid.uuid4().hex[:8]

    hh = HoneyHive(
        api_key=args.api_key,
        base_url=base_url,
        ingestion_api_key=args.ingestion_key,
        timeout=30.0,
    )
    drive_sessions(r, hh, tag)

    project_id = args.project_id
    if project_id is None and "sessions.start" in r.values:
        project_id = r.values["sessions.start"].project_id

    def data_plane_key() -> str:
        # Charts with project_id need both: the project and a data-plane key for it.
        expect(project_id, "no project_id: give --project-id, or sessions.start must answer one")
        return str(args.data_plane_key or make_data_plane_key(base_url, args.api_key, project_id))

    key = r.step("setup.data_plane_key", data_plane_key)
    if key is not None:
        hh = HoneyHive(
            api_key=args.api_key,
            base_url=base_url,
            ingestion_api_key=args.ingestion_key,
            data_plane_api_key=key,
            timeout=30.0,
        )

    drive_client(r, hh, base_url, args.api_key, args.ingestion_key or "", key or "")
    drive_events(r, hh, tag)
    drive_configurations(r, hh, tag)
    drive_metrics(r, hh, tag)
    drive_datasets(r, hh, tag)
    drive_datapoints(r, hh, tag)
    drive_experiments(r, hh, tag, "experiments")
    drive_experiments(r, hh, tag, "evaluations")
    drive_dataset_deletes(r, hh)
    drive_charts(r, hh, tag, project_id, scoped=True)
    drive_charts(r, hh, tag, None, scoped=False)

    print(json.dumps({"passed": r.passed, "failed": r.failed}), flush=True)
    return 0 if r.failed == 0 and r.passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
