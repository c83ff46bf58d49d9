"""List methods take their filters the same way in every namespace, over real sockets.

Each list method accepts its filters as keyword arguments, as one positional mapping of the
same names, and in the positional forms of the reference doc and of the official SDK 1.7.0.
Every form of a call must send the same request (method, path, query, body) and return the
same result. A misspelled or unknown filter is an error naming the public method and the bad
name, raised before anything is sent. Each case runs through the blocking method and its
``_async`` twin.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import pytest
from _sockets import run_asgi

from honeyhive import HoneyHive
from honeyhive.local import LocalServer

PROJECT = "forms-project"
PYTHON_METRIC = "def score(event):\n    return 1.0\n"


class Recorder:
    """ASGI middleware in front of the local server's app: records each request as sent."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.sent: list[tuple[str, str, list[tuple[str, str]], Any]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks, more = [], True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        raw = b"".join(chunks)
        query = sorted(parse_qsl(scope["query_string"].decode(), keep_blank_values=True))
        self.sent.append((scope["method"], scope["path"], query, json.loads(raw) if raw else None))
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": raw, "more_body": False}

        await self.app(scope, replay, send)


@dataclass
class Env:
    """A client of the seeded local server, its request recorder, and the seeded ids."""

    client: HoneyHive
    recorder: Recorder
    ids: dict[str, str]


@pytest.fixture
async def env(local_server: LocalServer) -> AsyncIterator[Env]:
    recorder = Recorder(local_server.app)
    with run_asgi(recorder) as url:
        async with HoneyHive(api_key=local_server.api_key, base_url=url) as client:
            ids = seed(client)
            recorder.sent.clear()
            yield Env(client, recorder, ids)


def seed(client: HoneyHive) -> dict[str, str]:
    """One of each listed thing (a few events and runs), so results are not empty."""
    client.projects.create({"name": PROJECT})
    dataset_id = client.datasets.create({"name": "forms-ds"}).result.inserted_id
    client.datapoints.create({"inputs": {"q": "hi"}, "linked_datasets": [dataset_id]})
    metric = {"name": "forms-metric", "type": "PYTHON", "criteria": PYTHON_METRIC}
    metric_id = client.metrics.create(metric).metric_id
    client.configurations.create(
        {"name": "forms-cfg", "provider": "openai", "parameters": {"model": "m"}, "env": ["prod"]}
    )
    for i in range(3):
        client.experiments.create_run({"name": f"forms-run-{i}", "status": "completed"})
    sid = str(uuid.uuid4())
    client.events.create_batch(
        [
            {"project": PROJECT, "session_id": sid, "event_type": "tool", "inputs": {"i": i}}
            for i in range(4)
        ]
    )
    return {"dataset_id": dataset_id, "metric_id": metric_id, "session_id": sid}


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def call(env: Env, mode: str, path: str, args: tuple[Any, ...], kw: dict[str, Any]) -> Any:
    """``client.<namespace>.<method>(*args, **kw)``, or its ``_async`` twin."""
    namespace, method = path.split(".")
    target = getattr(env.client, namespace)
    if mode == "sync":
        return getattr(target, method)(*args, **kw)
    return await getattr(target, f"{method}_async")(*args, **kw)


def session(ids: dict[str, str]) -> list[dict[str, Any]]:
    return [{"field": "session_id", "operator": "is", "value": ids["session_id"]}]


# Each case: the method, and the forms that must send the same request (``args``/``kwargs`` as
# functions of the seeded ids).
Form = tuple[tuple[Any, ...], dict[str, Any]]
CASES: dict[str, tuple[str, Any]] = {
    "events.list search": (
        "events.list",
        lambda ids: [
            (({"filters": session(ids), "limit": 3},), {}),
            ((), {"filters": session(ids), "limit": 3}),
            (({"filters": session(ids)},), {"limit": 3}),
            ((), {"data": {"filters": session(ids), "limit": 3}}),
            (({"filters": session(ids), "limit": 3, "page": None},), {}),
        ],
    ),
    "events.list by project (the doc's form)": (
        "events.list",
        lambda ids: [
            (({"project": PROJECT, "filters": session(ids)},), {}),
            ((PROJECT, session(ids)), {}),
            ((), {"project": PROJECT, "filters": session(ids)}),
            (({"filters": session(ids)},), {"project": PROJECT}),
        ],
    ),
    "events.search": (
        "events.search",
        lambda ids: [
            (({"filters": session(ids), "limit": 2},), {}),
            ((), {"filters": session(ids), "limit": 2}),
            (({"filters": session(ids)},), {"limit": 2}),
        ],
    ),
    "datasets.list by name": (
        "datasets.list",
        lambda ids: [
            ((), {"name": "forms-ds"}),
            (({"name": "forms-ds"},), {}),
            ((None, "forms-ds"), {}),
        ],
    ),
    "datasets.list by id": (
        "datasets.list",
        lambda ids: [
            ((ids["dataset_id"],), {}),
            ((), {"dataset_id": ids["dataset_id"]}),
            (({"dataset_id": ids["dataset_id"]},), {}),
        ],
    ),
    "configurations.list": (
        "configurations.list",
        lambda ids: [
            ((), {"project": PROJECT, "env": "prod"}),
            ((PROJECT,), {"env": "prod"}),
            (({"project": PROJECT, "env": "prod"},), {}),
            (({"env": "prod"},), {}),
        ],
    ),
    "datapoints.list": (
        "datapoints.list",
        lambda ids: [
            ((), {"dataset_name": "forms-ds"}),
            (({"dataset_name": "forms-ds"},), {}),
            ((None, "forms-ds"), {}),
        ],
    ),
    "metrics.list by type": (
        "metrics.list",
        lambda ids: [
            ((), {"type": "PYTHON"}),
            (({"type": "PYTHON"},), {}),
            ((None, None, "PYTHON"), {}),
        ],
    ),
    "metrics.list by id": (
        "metrics.list",
        lambda ids: [
            ((), {"metric_id": ids["metric_id"]}),
            (({"metric_id": ids["metric_id"]},), {}),
            (({"id": ids["metric_id"]},), {}),
        ],
    ),
    "projects.list": (
        "projects.list",
        lambda ids: [((PROJECT,), {}), ((), {"name": PROJECT}), (({"name": PROJECT},), {})],
    ),
    "experiments.list_runs": (
        "experiments.list_runs",
        lambda ids: [
            ((), {"status": "completed", "page": 1, "limit": 2}),
            (({"status": "completed", "page": 1, "limit": 2},), {}),
            ((None, 1, 2), {"status": "completed"}),
            (({"status": "completed"},), {"page": 1, "limit": 2}),
        ],
    ),
    "experiments.list (alias of list_runs)": (
        "experiments.list",
        lambda ids: [
            ((), {"sort_order": "asc", "limit": 2}),
            (({"sort_order": "asc", "limit": 2},), {}),
        ],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
async def test_every_form_of_a_list_call_sends_the_same_request(
    env: Env, mode: str, case: str
) -> None:
    method, forms = CASES[case]
    requests, results = [], []
    for args, kwargs in forms(env.ids):
        env.recorder.sent.clear()
        results.append(await call(env, mode, method, args, kwargs))
        requests.append(list(env.recorder.sent))
    assert all(len(sent) == 1 for sent in requests), requests
    assert all(sent == requests[0] for sent in requests), requests
    assert all(result == results[0] for result in results)
    first = results[0]
    listed = (
        first
        if isinstance(first, list)
        else next(
            getattr(first, name)
            for name in ("events", "datasets", "datapoints", "evaluations")
            if hasattr(first, name)
        )
    )
    assert len(listed) > 0


async def test_the_reference_docs_list_calls_work(env: Env) -> None:
    client = env.client
    doc_query = {
        "project": PROJECT,
        "filters": [{"field": "event_type", "value": "tool", "operator": "is"}],
    }
    assert len(client.events.list(doc_query).events) == 4
    assert len((await client.events.list_async(doc_query)).events) == 4
    assert PROJECT in [p.name for p in client.projects.list()]
    assert PROJECT in [p.name for p in await client.projects.list_async()]
    by_keyword = client.configurations.list(project="my-project")
    assert [c.name for c in by_keyword] == ["forms-cfg"]
    assert client.configurations.list("my-project") == by_keyword
    assert await client.configurations.list_async("my-project") == by_keyword
    assert await client.configurations.list_async(project="my-project") == by_keyword


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "error", "words"),
    [
        (
            "datasets.list",
            ({"nme": "x"},),
            {},
            ValueError,
            r"datasets\.list\(\): unknown filter 'nme'; did you mean 'name'\?",
        ),
        (
            "datasets.list",
            (),
            {"nme": "x"},
            TypeError,
            r"Datasets\.list(_async)?\(\) got an unexpected keyword argument 'nme'",
        ),
        (
            "datasets.list",
            ({"name": "x"}, "y"),
            {},
            TypeError,
            r"datasets\.list\(\): filter 'name' given twice",
        ),
        (
            "configurations.list",
            ({"enviro": "prod"},),
            {},
            ValueError,
            r"configurations\.list\(\): unknown filter 'enviro'; did you mean 'env'\?",
        ),
        (
            "configurations.list",
            ({"env": "prod"},),
            {"env": "dev"},
            TypeError,
            r"configurations\.list\(\): filter 'env' given twice",
        ),
        (
            "configurations.list",
            (),
            {"environment": "prod"},
            TypeError,
            r"Configurations\.list(_async)?\(\) got an unexpected keyword argument 'environment'",
        ),
        (
            "datapoints.list",
            ({"dataset": "x"},),
            {},
            ValueError,
            r"datapoints\.list\(\): unknown filter 'dataset'; did you mean 'dataset_name'\?",
        ),
        (
            "metrics.list",
            ({"typ": "PYTHON"},),
            {},
            ValueError,
            r"metrics\.list\(\): unknown filter 'typ'; did you mean 'type'\?",
        ),
        ("metrics.list", ({7: "PYTHON"},), {}, ValueError, r"metrics\.list\(\): unknown filter 7"),
        (
            "projects.list",
            ({"nam": "x"},),
            {},
            ValueError,
            r"projects\.list\(\): unknown filter 'nam'; did you mean 'name'\?",
        ),
        (
            "experiments.list_runs",
            ({"stauts": "completed"},),
            {},
            ValueError,
            r"experiments\.list_runs\(\): unknown filter 'stauts'; did you mean 'status'\?",
        ),
        (
            "experiments.list_runs",
            (),
            {"staus": "completed"},
            TypeError,
            r"Experiments\.list_runs(_async)?\(\) got an unexpected keyword argument 'staus'",
        ),
        (
            "events.list",
            ({"filter": []},),
            {},
            ValueError,
            r"events\.list\(\): unknown query key 'filter'; did you mean 'filters'\?",
        ),
        (
            "events.list",
            ({"limit": 3},),
            {"limit": 3},
            TypeError,
            r"events\.list\(\): 'limit' given twice",
        ),
        (
            "events.list",
            (),
            {"fliters": []},
            TypeError,
            r"Events\.list(_async)?\(\) got an unexpected keyword argument 'fliters'",
        ),
        (
            "events.search",
            ({"limit": 3},),
            {"limit": 4},
            TypeError,
            r"events\.search\(\): 'limit' given twice",
        ),
        (
            "events.search",
            ({"projct": "x"},),
            {},
            ValueError,
            r"events\.search\(\): unknown query key 'projct'",
        ),
        (
            "tools.list",
            (),
            {"name": "x"},
            TypeError,
            r"Tools\.list(_async)?\(\) got an unexpected keyword argument 'name'",
        ),
    ],
)
async def test_a_wrong_filter_names_the_method_and_the_key_before_sending(
    env: Env,
    mode: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
    words: str,
) -> None:
    with pytest.raises(error, match=words):
        await call(env, mode, method, args, kwargs)
    assert env.recorder.sent == []
