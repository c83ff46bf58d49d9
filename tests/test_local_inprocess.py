"""The in-process httpx transports: same handlers as the socket server, no socket."""

from __future__ import annotations

import asyncio
import json
import threading

import httpx
import pytest

from honeyhive.local import (
    DEV_API_KEY,
    AsyncInProcessTransport,
    InProcessTransport,
    LocalAPI,
    LocalServer,
)

BASE = "https://api.honeyhive.ai"
AUTH = {"Authorization": f"Bearer {DEV_API_KEY}"}


def ev(**fields: object) -> dict[str, object]:
    return {"event_type": "tool", "inputs": {}, **fields}


def test_sync_transport_round_trip() -> None:
    with (
        LocalAPI() as api,
        httpx.Client(transport=InProcessTransport(api), base_url=BASE, headers=AUTH) as client,
    ):
        created = client.post("/events", json={"event": ev(event_id="a", project="p")})
        assert created.status_code == 200 and created.json() == {"success": True, "event_id": "a"}
        listed = client.get(
            "/events",
            params={"filters": json.dumps([{"field": "project", "operator": "is", "value": "p"}])},
        )
        assert [e["event_id"] for e in listed.json()["events"]] == ["a"]
        bad = client.post("/events", json={"event": {"event_type": "tool"}})
        assert bad.status_code == 400 and bad.json()["details"][0]["field"] == "event.inputs"
        assert client.get("/events", headers={"Authorization": "Bearer nope"}).status_code == 401


async def test_async_transport_round_trip() -> None:
    with LocalAPI() as api:
        async with httpx.AsyncClient(
            transport=AsyncInProcessTransport(api), base_url=BASE, headers=AUTH
        ) as client:
            answers = await asyncio.gather(
                *(client.post("/events", json={"event": ev(event_id=f"e{i}")}) for i in range(20))
            )
            assert all(a.status_code == 200 for a in answers)
            listed = (await client.get("/events")).json()
            assert listed["totalEvents"] == 20
            tree = await client.get("/v1/sessions/missing")
            assert tree.status_code == 404 and tree.json()["errorCode"] == "NOT_FOUND"


async def test_sync_and_async_share_one_api() -> None:
    api = LocalAPI(accept_any_key=True)
    with httpx.Client(transport=InProcessTransport(api), base_url=BASE) as sync_client:
        sync_client.post("/v1/projects", json={"name": "shared"})
    async with httpx.AsyncClient(transport=AsyncInProcessTransport(api), base_url=BASE) as client:
        assert [p["name"] for p in (await client.get("/v1/projects")).json()] == ["shared"]
    api.close()


def test_threads_through_the_sync_transport() -> None:
    with LocalAPI() as api:
        transport = InProcessTransport(api)

        def write(index: int) -> None:
            with httpx.Client(transport=transport, base_url=BASE, headers=AUTH) as client:
                for n in range(100):
                    assert client.post(
                        "/events", json={"event": ev(event_id=f"{index}-{n}")}
                    ).is_success

        workers = [threading.Thread(target=write, args=(i,)) for i in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        with httpx.Client(transport=transport, base_url=BASE, headers=AUTH) as client:
            assert client.get("/events").json()["totalEvents"] == 400


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/events", {"event": {"event_type": "bad", "inputs": {}}}),
        ("GET", "/events?limit=0", None),
        ("POST", "/v1/projects", {"name": ""}),
        ("DELETE", "/v1/tools?function_id=x", None),
        ("GET", "/v1/nowhere", None),
    ],
)
def test_in_process_answers_like_the_socket(method: str, path: str, body: object) -> None:
    with LocalServer() as server, LocalAPI() as api:
        over_socket = httpx.request(method, server.url + path, json=body, headers=AUTH)
        with httpx.Client(transport=InProcessTransport(api), base_url=BASE, headers=AUTH) as c:
            in_process = c.request(method, path, json=body)
        assert over_socket.status_code == in_process.status_code
        assert over_socket.json() == in_process.json()
