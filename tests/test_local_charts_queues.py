"""Charts (legacy and project-scoped routes) and annotation queues on the local server.

Every answer goes over a real socket and is checked against its operation's response
schema in openapi.yaml.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from honeyhive.local import LocalServer
from honeyhive.local.spec import load_spec
from honeyhive.local.tenancy import DEFAULT_PROJECT_ID

SPEC = load_spec()

CHART_FIELDS = {
    "id",
    "name",
    "description",
    "metric",
    "func",
    "groupBy",
    "bucketing",
    "dateRange",
    "query",
    "owner_id",
    "owner_profile",
    "is_active",
    "created_at",
    "updated_at",
}
QUEUE_FIELDS = {
    "id",
    "name",
    "description",
    "filters",
    "enabled",
    "event_ids",
    "scope_id",
    "scope_type",
    "is_active",
    "created_at",
    "updated_at",
}
FULL_CHART: dict[str, Any] = {
    "name": "Cost per model",
    "description": "Daily spend",
    "metric": "metadata.cost",
    "func": "sum",
    "groupBy": "config.model",
    "bucketing": "hour",
    "dateRange": {"$gte": "2026-01-01T00:00:00Z", "$lte": 1767312000000},
    "query": [{"field": "event_type", "value": "model", "type": "string", "operator": "is"}],
    "owner_id": "user-1",
}


class Wire:
    """httpx client that asserts the status and validates every answer against the spec."""

    def __init__(self, base_url: str, api_key: str) -> None:
        self.http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {api_key}"})

    def call(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        body: Any = None,
        expect: int = 200,
    ) -> Any:
        response = self.http.request(method, path, params=params, json=body)
        assert response.status_code == expect, response.text
        errors = SPEC.response_errors(
            method,
            response.request.url.path,
            response.status_code,
            dict(response.headers),
            response.content,
            list(response.request.url.params.multi_items()),
        )
        assert not errors, errors
        return response.json()

    def __enter__(self) -> Wire:
        return self

    def __exit__(self, *exc: object) -> None:
        self.http.close()

    def create_queue(self, body: dict[str, Any]) -> dict[str, Any]:
        """POST /v1/queues, which answers 201 as the description says."""
        answer: dict[str, Any] = self.call("POST", "/v1/queues", body=body, expect=201)
        return answer

    def as_key(self, key: str) -> Wire:
        """The same server, called with another API key."""
        return Wire(str(self.http.base_url), key)

    def project_key(self, project_id: str) -> str:
        """A new fine-grained key of ``project_id`` that may read and write charts and queues."""
        answer = self.call(
            "POST",
            f"/v1/projects/{project_id}/fine_grained_api_keys",
            body={
                "name": "charts and queues",
                "permissions": ["charts:*", "queues:*"],
                "expires_at": "2999-01-01T00:00:00Z",
            },
        )
        key: str = answer["data"]["key_value"]
        return key


@pytest.fixture
def wire(local_server: LocalServer) -> Iterator[Wire]:
    with Wire(local_server.url, local_server.api_key) as client:
        yield client


def assert_not_found(answer: dict[str, Any], field: str) -> None:
    assert answer["errorCode"] == "NOT_FOUND"
    assert "not found" in answer["message"]
    assert answer["details"][0]["field"] == field


# -- charts ---------------------------------------------------------------------------------


def test_project_chart_crud(wire: Wire) -> None:
    base = "/v1/projects/proj-1/charts"
    created = wire.call("POST", base, body=FULL_CHART)
    assert created["success"] is True
    chart = created["data"]
    assert set(chart) == CHART_FIELDS
    assert {k: chart[k] for k in FULL_CHART} == FULL_CHART
    assert chart["is_active"] is True
    assert chart["owner_profile"] is None
    assert chart["created_at"] == chart["updated_at"]
    chart_id = chart["id"]

    listed = wire.call("GET", base)
    assert listed == {"success": True, "data": [chart]}
    assert wire.call("GET", f"{base}/{chart_id}") == {"success": True, "data": chart}

    # PATCH changes only the given fields; null clears groupBy.
    patched = wire.call(
        "PATCH", f"{base}/{chart_id}", body={"name": "Spend", "groupBy": None, "bucketing": "week"}
    )["data"]
    expected = {**chart, "name": "Spend", "groupBy": None, "bucketing": "week"}
    assert {k: v for k, v in patched.items() if k != "updated_at"} == {
        k: v for k, v in expected.items() if k != "updated_at"
    }
    assert patched["updated_at"] >= chart["created_at"]
    assert wire.call("GET", f"{base}/{chart_id}")["data"] == patched

    # An empty PATCH changes no field.
    assert {
        k: v
        for k, v in wire.call("PATCH", f"{base}/{chart_id}", body={})["data"].items()
        if k != "updated_at"
    } == {k: v for k, v in patched.items() if k != "updated_at"}

    deleted = wire.call("DELETE", f"{base}/{chart_id}")
    assert deleted["success"] is True and chart_id in deleted["message"]
    assert wire.call("GET", base) == {"success": True, "data": []}
    assert_not_found(wire.call("GET", f"{base}/{chart_id}", expect=404), "chart_id")
    assert_not_found(wire.call("DELETE", f"{base}/{chart_id}", expect=404), "chart_id")


def test_chart_defaults_for_fields_not_given(wire: Wire) -> None:
    for path in ("/v1/charts", "/v1/projects/p/charts"):
        chart = wire.call("POST", path, body={"name": "Latency", "metric": "duration"})["data"]
        assert set(chart) == CHART_FIELDS
        assert chart["bucketing"] == "day"
        assert chart["query"] == []
        for field in ("description", "func", "groupBy", "dateRange", "owner_id", "owner_profile"):
            assert chart[field] is None, field


def test_legacy_chart_crud(wire: Wire) -> None:
    chart = wire.call(
        "POST",
        "/v1/charts",
        body={"name": "Errors", "metric": "error", "dateRange": {"relative": "7d"}},
    )["data"]
    chart_id = chart["id"]
    assert chart["dateRange"] == {"relative": "7d"}
    assert wire.call("GET", "/v1/charts") == {"success": True, "data": [chart]}
    assert wire.call("GET", f"/v1/charts/{chart_id}")["data"] == chart

    # The legacy PUT also changes only the given fields.
    updated = wire.call(
        "PUT", f"/v1/charts/{chart_id}", body={"description": "all errors", "func": "count"}
    )["data"]
    assert updated["description"] == "all errors" and updated["func"] == "count"
    assert updated["name"] == "Errors" and updated["dateRange"] == {"relative": "7d"}
    assert updated["created_at"] == chart["created_at"]
    assert wire.call("GET", f"/v1/charts/{chart_id}")["data"] == updated

    deleted = wire.call("DELETE", f"/v1/charts/{chart_id}")
    assert deleted["success"] is True and chart_id in deleted["message"]
    assert wire.call("GET", "/v1/charts")["data"] == []
    assert_not_found(wire.call("GET", f"/v1/charts/{chart_id}", expect=404), "chart_id")
    assert_not_found(
        wire.call("PUT", f"/v1/charts/{chart_id}", body={"name": "x"}, expect=404), "chart_id"
    )
    assert_not_found(wire.call("DELETE", f"/v1/charts/{chart_id}", expect=404), "chart_id")


def test_charts_share_one_store_and_projects_are_isolated(wire: Wire) -> None:
    one = wire.call("POST", "/v1/projects/one/charts", body={"name": "A", "metric": "m"})["data"]
    two = wire.call("POST", "/v1/projects/two/charts", body={"name": "B", "metric": "m"})["data"]
    legacy = wire.call("POST", "/v1/charts", body={"name": "C", "metric": "m"})["data"]

    # The legacy routes see every chart; a project sees only its own.
    assert [c["id"] for c in wire.call("GET", "/v1/charts")["data"]] == [
        one["id"],
        two["id"],
        legacy["id"],
    ]
    assert wire.call("GET", f"/v1/charts/{one['id']}")["data"] == one
    assert wire.call("GET", "/v1/projects/one/charts")["data"] == [one]
    assert wire.call("GET", "/v1/projects/two/charts")["data"] == [two]
    assert wire.call("GET", "/v1/projects/none/charts")["data"] == []

    # Another project's chart, or a legacy one, is a 404 on every project-scoped route.
    for chart_id in (two["id"], legacy["id"]):
        path = f"/v1/projects/one/charts/{chart_id}"
        assert_not_found(wire.call("GET", path, expect=404), "chart_id")
        assert_not_found(wire.call("PATCH", path, body={"name": "x"}, expect=404), "chart_id")
        assert_not_found(wire.call("DELETE", path, expect=404), "chart_id")
    assert wire.call("GET", f"/v1/projects/two/charts/{two['id']}")["data"] == two
    assert wire.call("GET", f"/v1/charts/{legacy['id']}")["data"] == legacy

    # A legacy update of a project's chart keeps it in its project.
    renamed = wire.call("PUT", f"/v1/charts/{one['id']}", body={"name": "A2"})["data"]
    assert wire.call("GET", "/v1/projects/one/charts")["data"] == [renamed]
    wire.call("DELETE", f"/v1/charts/{one['id']}")
    assert wire.call("GET", "/v1/projects/one/charts")["data"] == []


def test_legacy_chart_belongs_to_the_callers_project(wire: Wire) -> None:
    # A server key has no project: its legacy charts go to the default project.
    chart = wire.call("POST", "/v1/charts", body={"name": "L", "metric": "m"})["data"]
    assert wire.call("GET", f"/v1/projects/{DEFAULT_PROJECT_ID}/charts")["data"] == [chart]

    with wire.as_key(wire.project_key("one")) as one:
        mine = one.call("POST", "/v1/charts", body={"name": "Mine", "metric": "m"})["data"]
        assert one.call("GET", "/v1/projects/one/charts")["data"] == [mine]
        # A project's key sees only its project's charts on the legacy routes too.
        assert one.call("GET", "/v1/charts")["data"] == [mine]
        for method, body in (("GET", None), ("PUT", {"name": "x"}), ("DELETE", None)):
            answer = one.call(method, f"/v1/charts/{chart['id']}", body=body, expect=404)
            assert_not_found(answer, "chart_id")
        assert (
            one.call("PUT", f"/v1/charts/{mine['id']}", body={"func": "avg"})["data"]["func"]
            == "avg"
        )
    # The server key sees both.
    assert [c["id"] for c in wire.call("GET", "/v1/charts")["data"]] == [chart["id"], mine["id"]]


def test_chart_names_may_repeat(wire: Wire) -> None:
    body = {"name": "Same", "metric": "m"}
    first = wire.call("POST", "/v1/projects/p/charts", body=body)["data"]
    second = wire.call("POST", "/v1/projects/p/charts", body=body)["data"]
    assert first["id"] != second["id"]
    assert [c["name"] for c in wire.call("GET", "/v1/projects/p/charts")["data"]] == [
        "Same",
        "Same",
    ]


@pytest.mark.parametrize(
    "body",
    [
        {"name": "no metric"},
        {"name": "x", "metric": "m", "bucketing": "year"},
        {"name": "x", "metric": "m", "colour": "red"},
        {"name": "x", "metric": "m", "dateRange": {"relative": 7}},
    ],
)
def test_invalid_chart_bodies_are_400s(wire: Wire, body: dict[str, Any]) -> None:
    for path in ("/v1/charts", "/v1/projects/p/charts"):
        answer = wire.call("POST", path, body=body, expect=400)
        assert answer["errorCode"] == "VALIDATION_ERROR"
    assert wire.call("GET", "/v1/charts")["data"] == []


# -- queues ---------------------------------------------------------------------------------


def test_queue_crud(wire: Wire) -> None:
    created = wire.create_queue({"name": "Review"})
    assert created["message"]
    queue = created["queue"]
    assert set(queue) == QUEUE_FIELDS
    assert queue["description"] == ""
    assert queue["filters"] == {"filterArray": []}
    assert queue["enabled"] is True and queue["is_active"] is True
    assert queue["event_ids"] == []
    assert queue["scope_type"] and queue["scope_id"]
    queue_id = queue["id"]

    assert wire.call("GET", "/v1/queues") == {"queues": [queue]}
    assert wire.call("GET", f"/v1/queues/{queue_id}") == queue

    flt = {"field": "metadata.cost", "operator": "greater than", "value": 1, "type": "number"}
    updated = wire.call(
        "PUT",
        f"/v1/queues/{queue_id}",
        body={"id": queue_id, "description": "costly", "filters": {"filterArray": [flt]}},
    )
    assert updated["message"]
    changed = updated["queue"]
    assert changed["description"] == "costly"
    assert changed["filters"] == {"filterArray": [flt]}
    assert changed["name"] == "Review" and changed["enabled"] is True
    assert changed["created_at"] == queue["created_at"]
    assert wire.call("GET", f"/v1/queues/{queue_id}") == changed

    deleted = wire.call("DELETE", f"/v1/queues/{queue_id}")
    assert queue_id in deleted["message"]
    assert wire.call("GET", "/v1/queues") == {"queues": []}
    assert_not_found(wire.call("GET", f"/v1/queues/{queue_id}", expect=404), "queue_id")
    assert_not_found(
        wire.call("PUT", f"/v1/queues/{queue_id}", body={"id": queue_id}, expect=404), "queue_id"
    )
    assert_not_found(wire.call("DELETE", f"/v1/queues/{queue_id}", expect=404), "queue_id")


def test_queue_event_ids(wire: Wire) -> None:
    queue = wire.create_queue({"name": "Q", "event_ids": ["e1", "e2", "e1"]})["queue"]
    assert queue["event_ids"] == ["e1", "e2"]
    queue_id = queue["id"]
    updated = wire.call(
        "PUT",
        f"/v1/queues/{queue_id}",
        body={"id": queue_id, "add_event_ids": ["e3", "e2"], "remove_event_ids": ["e1"]},
    )["queue"]
    assert updated["event_ids"] == ["e2", "e3"]
    assert wire.call("GET", f"/v1/queues/{queue_id}")["event_ids"] == ["e2", "e3"]


def test_queue_enabled_filter_and_repeated_names(wire: Wire) -> None:
    on = wire.create_queue({"name": "Same"})["queue"]
    off = wire.create_queue({"name": "Same", "enabled": False, "description": "d"})["queue"]
    assert off["enabled"] is False and off["description"] == "d"

    def ids(params: dict[str, str] | None = None) -> list[str]:
        return [q["id"] for q in wire.call("GET", "/v1/queues", params=params)["queues"]]

    assert ids() == [on["id"], off["id"]]
    assert ids({"enabled": "true"}) == [on["id"]]
    assert ids({"enabled": "false"}) == [off["id"]]

    wire.call("PUT", f"/v1/queues/{on['id']}", body={"id": on["id"], "enabled": False})
    assert ids({"enabled": "true"}) == []
    assert ids({"enabled": "false"}) == [on["id"], off["id"]]


def test_queue_update_id_must_match_path(wire: Wire) -> None:
    queue = wire.create_queue({"name": "Q"})["queue"]
    answer = wire.call(
        "PUT", f"/v1/queues/{queue['id']}", body={"id": "other", "name": "X"}, expect=400
    )
    assert answer["details"][0]["field"] == "id"
    assert wire.call("GET", f"/v1/queues/{queue['id']}")["name"] == "Q"
    # ``id`` is required by the schema.
    wire.call("PUT", f"/v1/queues/{queue['id']}", body={"name": "X"}, expect=400)


def test_queues_belong_to_the_callers_project(wire: Wire) -> None:
    default = wire.create_queue({"name": "Default"})["queue"]
    assert default["scope_type"] == "project" and default["scope_id"] == DEFAULT_PROJECT_ID
    with wire.as_key(wire.project_key("one")) as one, wire.as_key(wire.project_key("two")) as two:
        mine = one.create_queue({"name": "Mine"})["queue"]
        assert mine["scope_id"] == "one"
        assert one.call("GET", "/v1/queues") == {"queues": [mine]}
        assert two.call("GET", "/v1/queues") == {"queues": []}
        path = f"/v1/queues/{mine['id']}"
        assert_not_found(two.call("GET", path, expect=404), "queue_id")
        body = {"id": mine["id"], "name": "Theirs"}
        assert_not_found(two.call("PUT", path, body=body, expect=404), "queue_id")
        assert_not_found(two.call("DELETE", path, expect=404), "queue_id")
        assert one.call("GET", path) == mine
    # The server key sees every project's queues.
    assert [q["id"] for q in wire.call("GET", "/v1/queues")["queues"]] == [
        default["id"],
        mine["id"],
    ]


def test_invalid_queue_bodies_are_400s(wire: Wire) -> None:
    for body in ({}, {"name": "Q", "filters": {}}, {"name": "Q", "enabled": "yes"}):
        response = wire.http.post("/v1/queues", content=json.dumps(body))
        assert response.status_code == 400, body
        assert response.json()["errorCode"] == "VALIDATION_ERROR"
    assert wire.call("GET", "/v1/queues") == {"queues": []}
