"""Every code example of the client API reference, run verbatim against the local server.

The examples below are the reference doc's code exactly as printed. Only where they point is
changed: ``HH_API_URL`` (and ``HH_API_KEY``) name the local server, the literal
``https://api.honeyhive.ai`` in an example is replaced by its URL, and the server accepts any
key (the examples hard-code keys like ``"hh_..."``). Fragments that use a ``client`` (or a
``session_id``) defined by an earlier example run after that example, in its namespace.
Each test then checks what the server stored, reading it back through a separate client.

Fixed ids in the doc (``session_abc123``, ``event_xyz789``, ``proj_abc123``, ``cfg_abc123``)
are given to objects the test creates first, so the example finds what it expects.
"""

from __future__ import annotations

import ast
import asyncio
import runpy
import textwrap
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from honeyhive import BadRequestError, HoneyHive
from honeyhive.local import LocalServer
from honeyhive.local.faults import Fault

DOC_URL = "https://api.honeyhive.ai"


class Doc:
    """The local server the examples talk to, a reader client, and an example runner."""

    def __init__(self, server: LocalServer) -> None:
        self.server = server
        self.url = server.url
        self.reader = HoneyHive(api_key="hh-reader", base_url=server.url)

    def run(self, source: str, namespace: dict[str, Any] | None = None) -> dict[str, Any]:
        """Execute an example verbatim (bar the URL); top-level ``await`` runs in asyncio."""
        namespace = {"__name__": "__doc_example__"} if namespace is None else namespace
        code = compile(
            textwrap.dedent(source).replace(DOC_URL, self.url),
            "<reference example>",
            "exec",
            flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
        )
        result = eval(code, namespace)
        if asyncio.iscoroutine(result):
            asyncio.run(result)
        return namespace

    def events(self, **match: str) -> list[Any]:
        """Stored events whose fields equal ``match`` (e.g. ``event_name="x"``)."""
        filters = [{"field": k, "operator": "is", "value": v} for k, v in match.items()]
        return list(self.reader.events.iter({"filters": filters}))

    def session_events(self, session_name: str) -> list[Any]:
        """The events of the one session called ``session_name``, root first."""
        [root] = self.events(event_type="session", event_name=session_name)
        return self.reader.events.get_by_session_id(root.session_id).events

    def rekey(self, kind: str, name: str, new_id: str) -> None:
        """Give a stored project/configuration the id a doc example hard-codes."""
        with self.server.api.store.transaction() as tx:
            [doc] = tx.find_docs(kind, name=name)
            tx.delete_doc(kind, doc["id"])
            doc["id"] = new_id
            # A configuration is stored under its project's id; a project under none.
            tx.put_doc(
                kind, doc, name=name, project=doc.get("project_id") if kind != "project" else None
            )

    def requests(self) -> int:
        assert self.server.faults is not None
        return len(self.server.faults.requests)


def _seed_era() -> frozenset[str]:
    """The operations of openapi.yaml that today's HoneyHive description no longer has."""
    import yaml

    spec = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text())
    return frozenset(
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and op.get("description", "").startswith("Seed-era")
    )


SEED_ERA = _seed_era()


@pytest.fixture
def doc(monkeypatch: pytest.MonkeyPatch) -> Iterator[Doc]:
    for name in ("HH_CP_API_URL", "HH_TIMEOUT", "HH_TEST_MODE", "HH_VERBOSE", "ENVIRONMENT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("HH_DEV_API_KEY", raising=False)
    monkeypatch.delenv("HH_MAX_RETRIES", raising=False)
    with LocalServer(accept_any_key=True, faults=True) as server:
        monkeypatch.setenv("HH_API_KEY", "hh-from-env")
        monkeypatch.setenv("HH_API_URL", server.url)
        yield Doc(server)
        assert server.faults is not None
        sent = [(r.method, r.path) for r in server.faults.requests]
    # Every example sends only requests today's description has (projects excepted: today's
    # service has no projects route at all), never a seed-era operation.
    spec = server.api.spec
    for method, path in sent:
        op, _ = spec.route(method, path)
        if op.template.startswith("/v1/projects") and "{project_id}" not in op.template:
            continue
        assert op.operation_id not in SEED_ERA, f"{method} {path}: seed-era {op.operation_id}"


# ====================================================================== HoneyHive class
USAGE = """
client = HoneyHive(api_key="hh-example")

# Sync
configs = client.configurations.list(project="my-project")

# Async
configs = await client.configurations.list_async(project="my-project")
"""


def test_class_usage_lists_configurations_sync_and_async(doc: Doc) -> None:
    doc.reader.configurations.create(
        {"name": "seeded", "provider": "openai", "parameters": {"model": "gpt-4"}},
        project="my-project",
    )
    # The doc prints this block with typographic quotes; these are its straight-quote form.
    ns = doc.run(USAGE, {"HoneyHive": HoneyHive})
    assert [c.name for c in ns["configs"]] == ["seeded"]


INITIALIZATION = """
from honeyhive import HoneyHive

# Basic initialization (api_key falls back to HH_API_KEY env var)
client = HoneyHive(api_key="hh_your_api_key_here")

# With custom server URL
client = HoneyHive(
    api_key="hh_your_api_key_here",
    base_url="https://api.honeyhive.ai",
)
"""


def test_initialization_example_builds_a_client_without_io(doc: Doc) -> None:
    client = doc.run(INITIALIZATION)["client"]
    assert (client.api_key, client.server_url) == ("hh_your_api_key_here", doc.url)
    assert doc.requests() == 0
    assert client.sessions.start({"session_name": "init", "project": "p"}).session_id


# ====================================================================== sessions
SESSIONS_START = """
from honeyhive import HoneyHive

client = HoneyHive(api_key="hh_...")

response = client.sessions.start({
    "session_name": "user-onboarding-flow",
    "project": "my-project",
    "source": "production",
    "inputs": {"user_id": "u123"},
})

session_id = response.session_id
print(f"Created session: {session_id}")
"""

SESSIONS_GET = """
event = client.sessions.get("session_abc123")

print(f"Session name: {event.event_name}")
print(f"Inputs: {event.inputs}")
"""


def test_sessions_start_example_stores_the_session(
    doc: Doc, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = doc.run(SESSIONS_START)["session_id"]
    assert capsys.readouterr().out == f"Created session: {session_id}\n"
    stored = doc.reader.sessions.get(session_id)
    assert (stored.event_name, stored.source) == ("user-onboarding-flow", "production")
    assert (stored.project, stored.inputs) == ("my-project", {"user_id": "u123"})


def test_sessions_get_example_reads_name_and_inputs(
    doc: Doc, capsys: pytest.CaptureFixture[str]
) -> None:
    doc.reader.sessions.start(
        {"session_id": "session_abc123", "session_name": "checkout", "inputs": {"cart": 3}}
    )
    ns = doc.run(SESSIONS_START)
    capsys.readouterr()
    doc.run(SESSIONS_GET, ns)
    assert capsys.readouterr().out == "Session name: checkout\nInputs: {'cart': 3}\n"


# ====================================================================== events
EVENTS_CREATE = """
from honeyhive import HoneyHive
from honeyhive.models import PostEventRequest

client = HoneyHive(api_key="hh_...")

client.events.create(PostEventRequest(
    project="my-project",
    event_name="openai_completion",
    event_type="model",
    session_id="session_abc123",
    inputs={
        "model": "gpt-4",
        "messages": [{"role": "user", "content": "Hello!"}],
    },
    outputs={
        "response": "Hello! How can I help you today?",
    },
    metadata={"duration_ms": 1500},
))
"""

EVENTS_UPDATE = """
client.events.update({
    "event_id": "event_xyz789",
    "feedback": {"rating": 5, "comment": "Great response"},
    "metadata": {"reviewed": True},
})
"""

EVENTS_GET_BY_SESSION_ID = """
response = client.events.get_by_session_id("session_abc123")

for event in response.events:
    print(f"Event: {event.event_name} ({event.event_type})")
"""

EVENTS_LIST = """
response = client.events.list({
    "project": "my-project",
    "filters": [{"field": "event_type", "value": "model", "operator": "is"}],
})

for event in response.events:
    print(event.event_name)
"""

EVENTS_CREATE_BATCH = """
events_batch = [
    {
        "project": "my-project",
        "session_id": session_id,
        "event_type": "chain",
        "event_name": f"process_item_{i}",
        "inputs": {"item_id": i},
        "outputs": {"result": f"processed_{i}"},
    }
    for i in range(100)
]

client.events.create_batch({"events": events_batch})
"""


def test_events_create_example_stores_the_flat_request(doc: Doc) -> None:
    doc.run(EVENTS_CREATE)
    [stored] = doc.events(event_name="openai_completion")
    assert (stored.project, stored.event_type, stored.session_id) == (
        "my-project",
        "model",
        "session_abc123",
    )
    assert stored.inputs["messages"] == [{"role": "user", "content": "Hello!"}]
    assert stored.outputs == {"response": "Hello! How can I help you today?"}
    assert stored.metadata == {"duration_ms": 1500}
    assert uuid.UUID(stored.event_id).version == 4


def test_events_update_example_merges_feedback_and_metadata(doc: Doc) -> None:
    doc.reader.events.create(
        {"event_id": "event_xyz789", "event_type": "model", "inputs": {}, "metadata": {"a": 1}}
    )
    doc.run(EVENTS_UPDATE, doc.run(EVENTS_CREATE))
    [stored] = doc.events(event_id="event_xyz789")
    assert stored.feedback == {"rating": 5, "comment": "Great response"}
    assert stored.metadata == {"a": 1, "reviewed": True}


def test_events_get_by_session_id_example_prints_every_event_of_the_session(
    doc: Doc, capsys: pytest.CaptureFixture[str]
) -> None:
    doc.reader.sessions.start({"session_id": "session_abc123", "session_name": "chat"})
    ns = doc.run(EVENTS_CREATE)
    doc.run(EVENTS_GET_BY_SESSION_ID, ns)
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["Event: chat (session)", "Event: openai_completion (model)"]


def test_events_list_example_prints_only_model_events(
    doc: Doc, capsys: pytest.CaptureFixture[str]
) -> None:
    doc.reader.events.create(
        {"project": "my-project", "event_type": "tool", "event_name": "search", "inputs": {}}
    )
    doc.reader.events.create(
        {"project": "other", "event_type": "model", "event_name": "elsewhere", "inputs": {}}
    )
    ns = doc.run(EVENTS_CREATE)
    doc.run(EVENTS_LIST, ns)
    assert capsys.readouterr().out == "openai_completion\n"


def test_events_create_batch_example_stores_all_hundred_events(doc: Doc) -> None:
    ns = doc.run(SESSIONS_START)
    doc.run(EVENTS_CREATE_BATCH, ns)
    events = doc.session_events("user-onboarding-flow")
    names = sorted(e.event_name for e in events if e.event_type == "chain")
    assert names == sorted(f"process_item_{i}" for i in range(100))
    item_7 = next(e for e in events if e.event_name == "process_item_7")
    assert (item_7.inputs, item_7.outputs) == ({"item_id": 7}, {"result": "processed_7"})


# ====================================================================== projects
PROJECTS_LIST = """
projects = client.projects.list()

for project in projects:
    print(f"Project: {project.name}")
"""

PROJECTS_CREATE = """
from honeyhive.models import CreateProjectRequest

project = client.projects.create(CreateProjectRequest(
    name="customer-support-bot",
    description="AI-powered customer support chatbot",
))
"""

PROJECTS_UPDATE = """
from honeyhive.models import UpdateProjectRequest

client.projects.update(UpdateProjectRequest(
    project_id="proj_abc123",
    name="customer-support-bot",
    description="Updated description",
))
"""

PROJECTS_DELETE = """
client.projects.delete("customer-support-bot")
"""


def test_projects_examples_create_list_update_and_delete(
    doc: Doc, capsys: pytest.CaptureFixture[str]
) -> None:
    ns = doc.run(SESSIONS_START)
    capsys.readouterr()
    doc.run(PROJECTS_CREATE, ns)
    assert ns["project"].name == "customer-support-bot"
    [stored] = doc.reader.projects.list()
    assert stored.description == "AI-powered customer support chatbot"

    doc.run(PROJECTS_LIST, ns)
    assert capsys.readouterr().out == "Project: customer-support-bot\n"

    doc.rekey("project", "customer-support-bot", "proj_abc123")
    doc.run(PROJECTS_UPDATE, ns)
    [stored] = doc.reader.projects.list()
    assert (stored.id, stored.name, stored.description) == (
        "proj_abc123",
        "customer-support-bot",
        "Updated description",
    )

    doc.run(PROJECTS_DELETE, ns)
    assert doc.reader.projects.list() == []


# ====================================================================== configurations
CONFIGURATIONS_LIST = """
configs = client.configurations.list(project="my-project")

for config in configs:
    print(f"Config: {config.name} (active: {config.is_active})")
"""

CONFIGURATIONS_CREATE = """
from honeyhive.models import CreateConfigurationRequest

client.configurations.create(CreateConfigurationRequest(
    project="my-project",
    name="v1-config",
    provider="openai",
    parameters={"model": "gpt-4", "temperature": 0.7},
))
"""

CONFIGURATIONS_UPDATE = """
from honeyhive.models import UpdateConfigurationRequest

client.configurations.update(
    "cfg_abc123",
    UpdateConfigurationRequest(
        parameters={"model": "gpt-4-turbo", "temperature": 0.5},
    ),
)
"""

CONFIGURATIONS_DELETE = """
client.configurations.delete("cfg_abc123")
"""


def test_configurations_examples_create_list_update_and_delete(
    doc: Doc, capsys: pytest.CaptureFixture[str]
) -> None:
    ns = doc.run(SESSIONS_START)
    capsys.readouterr()
    doc.run(CONFIGURATIONS_CREATE, ns)
    [stored] = doc.reader.configurations.list(project="my-project")
    assert (stored.name, stored.provider) == ("v1-config", "openai")
    assert stored.parameters.model == "gpt-4"
    assert stored.parameters.hyperparameters == {"temperature": 0.7}

    doc.run(CONFIGURATIONS_LIST, ns)
    assert capsys.readouterr().out == "Config: v1-config (active: False)\n"

    doc.rekey("configuration", "v1-config", "cfg_abc123")
    doc.run(CONFIGURATIONS_UPDATE, ns)
    [stored] = doc.reader.configurations.list(project="my-project")
    assert (stored.id, stored.name) == ("cfg_abc123", "v1-config")
    assert stored.parameters.model == "gpt-4-turbo"
    assert stored.parameters.hyperparameters == {"temperature": 0.5}

    doc.run(CONFIGURATIONS_DELETE, ns)
    assert doc.reader.configurations.list(project="my-project") == []


# ====================================================================== async
ASYNC_OPERATIONS = """
import asyncio
from honeyhive import HoneyHive

client = HoneyHive(api_key="hh_...")

async def main():
    # Async session start
    response = await client.sessions.start_async({
        "session_name": "async-session",
        "project": "my-project",
        "source": "production",
    })
    session_id = response.session_id

    # Async event creation
    await client.events.create_async(PostEventRequest(
        project="my-project",
        session_id=session_id,
        event_type="model",
        event_name="async_completion",
        inputs={"prompt": "Hello async world!"},
        outputs={"response": "Hello back!"},
    ))

asyncio.run(main())
"""

CONCURRENT_ASYNC = """
import asyncio
from honeyhive import HoneyHive
from honeyhive.models import PostEventRequest

client = HoneyHive(api_key="hh_...")

async def process_batch():
    response = await client.sessions.start_async({
        "session_name": "batch-session",
        "project": "my-project",
    })
    session_id = response.session_id

    # Fire off multiple event creations concurrently
    tasks = [
        client.events.create_async(PostEventRequest(
            project="my-project",
            session_id=session_id,
            event_type="tool",
            event_name=f"task_{i}",
            inputs={"task_id": i},
            outputs={"result": f"completed_{i}"},
        ))
        for i in range(10)
    ]
    await asyncio.gather(*tasks)
    print("Created 10 events concurrently")

asyncio.run(process_batch())
"""


def test_async_operations_example_starts_a_session_and_logs_an_event(doc: Doc) -> None:
    # The example uses PostEventRequest without importing it: it relies on the import of
    # the event-management example before it, so it runs in that example's namespace.
    ns = doc.run(EVENTS_CREATE)
    doc.run(ASYNC_OPERATIONS, ns)
    events = doc.session_events("async-session")
    assert [(e.event_type, e.event_name) for e in events] == [
        ("session", "async-session"),
        ("model", "async_completion"),
    ]
    assert events[1].outputs == {"response": "Hello back!"}


def test_concurrent_async_example_creates_ten_events(
    doc: Doc, capsys: pytest.CaptureFixture[str]
) -> None:
    doc.run(CONCURRENT_ASYNC)
    assert capsys.readouterr().out == "Created 10 events concurrently\n"
    events = doc.session_events("batch-session")
    assert sorted(e.event_name for e in events[1:]) == sorted(f"task_{i}" for i in range(10))
    assert {e.event_type for e in events[1:]} == {"tool"}


# ====================================================================== error handling
ERROR_HANDLING = """
from honeyhive import HoneyHive
from honeyhive.utils import HoneyHiveError, APIError, RateLimitError, HoneyHiveConnectionError
import time

client = HoneyHive(api_key="hh_your_key")  # Or set HH_API_KEY environment variable

def robust_api_call():
    max_retries = 3
    for attempt in range(max_retries):
        try:
            response = client.sessions.start({
                "session_name": "my-session",
                "project": "my-project",
            })
            return response.session_id

        except RateLimitError as e:
            if attempt < max_retries - 1:
                wait_time = e.retry_after or (2 ** attempt)
                print(f"Rate limited, waiting {wait_time}s...")
                time.sleep(wait_time)
            else:
                raise

        except APIError as e:
            if e.status_code >= 500 and attempt < max_retries - 1:
                # Retry on server errors
                wait_time = 2 ** attempt
                print(f"Server error {e.status_code}, retrying in {wait_time}s...")
                time.sleep(wait_time)
            else:
                raise

        except HoneyHiveConnectionError as e:
            if attempt < max_retries - 1:
                wait_time = 2 ** attempt
                print(f"Connection error, retrying in {wait_time}s...")
                time.sleep(wait_time)
            else:
                raise
"""


@pytest.mark.parametrize(
    ("faults", "printed", "waits"),
    [
        ([], "", []),
        ([Fault.rate_limited("3")], "Rate limited, waiting 3.0s...\n", [3.0]),
        (
            [Fault.respond(503), Fault.respond(500)],
            "Server error 503, retrying in 1s...\nServer error 500, retrying in 2s...\n",
            [1, 2],
        ),
        ([Fault.drop_before()], "Connection error, retrying in 1s...\n", [1]),
    ],
)
def test_error_handling_example_recovers_from_each_failure_kind(
    doc: Doc,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    faults: list[Fault],
    printed: str,
    waits: list[float],
) -> None:
    # The transport's own retries off, so that the example's loop is what retries.
    monkeypatch.setenv("HH_MAX_RETRIES", "0")
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)  # the example's waits, recorded
    assert doc.server.faults is not None
    doc.server.faults.script("POST /session/start", faults)
    ns = doc.run(ERROR_HANDLING)
    session_id = ns["robust_api_call"]()
    assert capsys.readouterr().out == printed
    assert slept == waits
    assert doc.reader.sessions.get(session_id).event_name == "my-session"
    assert doc.server.faults.count("POST /session/start") == len(faults) + 1


def test_error_handling_example_with_default_retries_never_sees_a_transient_failure(
    doc: Doc, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(time, "sleep", pytest.fail)  # the example must not need to wait
    assert doc.server.faults is not None
    # Two 503s are absorbed by the client's own retries (HH_MAX_RETRIES unset: 2).
    doc.server.faults.script("POST /session/start", [Fault.respond(503), Fault.respond(503)])
    session_id = doc.run(ERROR_HANDLING)["robust_api_call"]()
    assert capsys.readouterr().out == ""
    assert doc.reader.sessions.get(session_id).event_name == "my-session"
    assert doc.server.faults.count("POST /session/start") == 3


def test_error_handling_example_reraises_client_errors_and_exhausted_retries(
    doc: Doc, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HH_MAX_RETRIES", "0")
    monkeypatch.setattr(time, "sleep", lambda seconds: None)
    assert doc.server.faults is not None
    ns = doc.run(ERROR_HANDLING)
    doc.server.faults.script("POST /session/start", [Fault.respond(400)])
    with pytest.raises(BadRequestError) as bad:
        ns["robust_api_call"]()
    assert bad.value.status_code == 400
    doc.server.faults.script("POST /session/start", [Fault.rate_limited("1")] * 3)
    with pytest.raises(ns["RateLimitError"]) as limited:
        ns["robust_api_call"]()
    assert limited.value.retry_after == 1.0


# ====================================================================== configuration
ADVANCED_CONFIGURATION = """
from honeyhive import HoneyHive

# Production configuration
client = HoneyHive(
    api_key="hh_prod_key",               # Or set HH_API_KEY environment variable
    server_url="https://api.honeyhive.ai", # Or set HH_API_URL environment variable

    # Rate limiting
    rate_limit_calls=100,
    rate_limit_window=60.0,              # 100 calls per minute

    # Connection pooling
    max_connections=50,
    max_keepalive=10,

    # Verbose logging
    verbose=True,
)
"""


def test_advanced_configuration_example_applies_every_setting(doc: Doc) -> None:
    client = doc.run(ADVANCED_CONFIGURATION)["client"]
    config = client.api_config
    assert (client.api_key, client.server_url, client.verbose) == ("hh_prod_key", doc.url, True)
    assert (config.rate_limit_calls, config.rate_limit_window) == (100, 60.0)
    assert (config.max_connections, config.max_keepalive) == (50, 10)
    session_id = client.sessions.start({"session_name": "prod", "project": "p"}).session_id
    assert doc.reader.sessions.get(session_id).event_name == "prod"


ENVIRONMENT_CONFIGURATION = """
import os
from honeyhive import HoneyHive

def create_client_from_env() -> HoneyHive:
    \"\"\"Create client with environment-based configuration.\"\"\"
    return HoneyHive(
        api_key=os.getenv("HH_API_KEY"),
        server_url=os.getenv("HH_API_URL", "https://api.honeyhive.ai"),
        test_mode=os.getenv("HH_TEST_MODE", "false").lower() == "true",
    )

# Usage
client = create_client_from_env()
"""


@pytest.mark.parametrize("test_mode", [False, True])
def test_environment_configuration_example_reads_the_environment(
    doc: Doc, monkeypatch: pytest.MonkeyPatch, test_mode: bool
) -> None:
    if test_mode:
        monkeypatch.setenv("HH_TEST_MODE", "true")
    client = doc.run(ENVIRONMENT_CONFIGURATION)["client"]
    assert (client.api_key, client.server_url, client.test_mode) == (
        "hh-from-env",
        doc.url,
        test_mode,
    )
    client.events.create({"event_type": "tool", "event_name": "env", "inputs": {}})
    # In test mode the call is served in-process: the real server never sees it.
    assert len(doc.events(event_name="env")) == (0 if test_mode else 1)


# ====================================================================== integration patterns
REUSING_A_CLIENT = """
from honeyhive import HoneyHive
from honeyhive.models import PostEventRequest

# Instantiate once and reuse across multiple operations
client = HoneyHive(api_key="hh_key")  # Or set HH_API_KEY environment variable

response = client.sessions.start({
    "session_name": "my-session",
    "project": "my-project",
    "source": "production",
})
session_id = response.session_id

# Multiple operations
for i in range(10):
    client.events.create(PostEventRequest(
        project="my-project",
        session_id=session_id,
        event_type="tool",
        event_name=f"iteration_{i}",
        inputs={"iteration": i},
        outputs={"result": i * 2},
    ))
"""


def test_reusing_a_client_example_logs_ten_events_over_one_pool(doc: Doc) -> None:
    ns = doc.run(REUSING_A_CLIENT)
    events = doc.reader.events.get_by_session_id(ns["session_id"]).events
    results = {e.event_name: e.outputs["result"] for e in events[1:]}
    assert results == {f"iteration_{i}": i * 2 for i in range(10)}
    assert ns["client"].low_level.get_httpx_client() is ns["client"].low_level.get_httpx_client()


DEPENDENCY_INJECTION = """
from honeyhive import HoneyHive

class MyService:
    def __init__(self, honeyhive_client: HoneyHive):
        self.client = honeyhive_client

    def process_user_request(self, user_id: str, request_data: dict) -> str:
        # Create session for this request
        response = self.client.sessions.start({
            "session_name": "process-request",
            "project": "my-project",
            "source": "development",
            "inputs": {"user_id": user_id},
        })
        return response.session_id

# Dependency injection
client = HoneyHive(api_key="hh_key")  # Or set HH_API_KEY environment variable
service = MyService(honeyhive_client=client)
"""


def test_dependency_injection_example_starts_a_session_per_request(doc: Doc) -> None:
    service = doc.run(DEPENDENCY_INJECTION)["service"]
    session_id = service.process_user_request("u42", {"q": "hi"})
    stored = doc.reader.sessions.get(session_id)
    assert (stored.event_name, stored.source, stored.inputs) == (
        "process-request",
        "development",
        {"user_id": "u42"},
    )


FACTORY_PATTERN = """
import os
from honeyhive import HoneyHive

class HoneyHiveClientFactory:
    \"\"\"Factory for creating configured HoneyHive clients.\"\"\"

    @staticmethod
    def create_production_client(api_key: str) -> HoneyHive:
        return HoneyHive(
            api_key=api_key,
            rate_limit_calls=200,
            rate_limit_window=60.0,  # 200 calls per minute
            max_connections=50,
            max_keepalive=10,
        )

    @staticmethod
    def create_development_client(api_key: str) -> HoneyHive:
        return HoneyHive(
            api_key=api_key,
            verbose=True,
        )

    @staticmethod
    def create_testing_client() -> HoneyHive:
        return HoneyHive(
            api_key="test_key",
            test_mode=True,  # Or set HH_TEST_MODE=true environment variable
        )

# Usage
env = os.getenv("ENVIRONMENT", "development")
if env == "production":
    client = HoneyHiveClientFactory.create_production_client(
        api_key=os.getenv("HH_API_KEY")
    )
elif env == "development":
    client = HoneyHiveClientFactory.create_development_client(
        api_key=os.getenv("HH_DEV_API_KEY")
    )
else:
    client = HoneyHiveClientFactory.create_testing_client()
"""


@pytest.mark.parametrize(
    ("environment", "key", "verbose", "rate_limit", "test_mode"),
    [
        (None, "hh-from-env", True, None, False),  # HH_DEV_API_KEY unset: HH_API_KEY
        ("development", "hh-dev-key", True, None, False),
        ("production", "hh-from-env", False, 200, False),
        ("testing", "test_key", False, None, True),
    ],
)
def test_factory_pattern_example_builds_each_environments_client(
    doc: Doc,
    monkeypatch: pytest.MonkeyPatch,
    environment: str | None,
    key: str,
    verbose: bool,
    rate_limit: int | None,
    test_mode: bool,
) -> None:
    if environment is not None:
        monkeypatch.setenv("ENVIRONMENT", environment)
    if environment == "development":
        monkeypatch.setenv("HH_DEV_API_KEY", "hh-dev-key")
    client = doc.run(FACTORY_PATTERN)["client"]
    assert (client.api_key, client.verbose, client.test_mode) == (key, verbose, test_mode)
    assert client.api_config.rate_limit_calls == rate_limit
    client.events.create({"event_type": "tool", "event_name": "factory", "inputs": {}})
    assert len(doc.events(event_name="factory")) == (0 if test_mode else 1)


# ====================================================================== performance
CONNECTION_POOLING = """
from honeyhive import HoneyHive

# Configure connection pooling for high-throughput applications
client = HoneyHive(
    api_key="hh_key",        # Or set HH_API_KEY environment variable
    max_connections=100,     # Total connection pool size
    max_keepalive=20,        # Persistent keep-alive connections
)
"""


def test_connection_pooling_example_sizes_the_pool(doc: Doc) -> None:
    client = doc.run(CONNECTION_POOLING)["client"]
    assert (client.api_config.max_connections, client.api_config.max_keepalive) == (100, 20)
    assert client.events.create({"event_type": "tool", "inputs": {}}).success is True


REQUEST_BATCHING = """
import asyncio
from honeyhive import HoneyHive

client = HoneyHive(api_key="hh_key")

async def batch_events_efficiently():
    response = await client.sessions.start_async({
        "session_name": "batch-session",
        "project": "my-project",
        "source": "production",
    })
    session_id = response.session_id

    # Create events in batches for better performance
    batch_size = 50
    for batch_start in range(0, 1000, batch_size):
        batch_events = [
            {
                "project": "my-project",
                "session_id": session_id,
                "event_type": "chain",
                "event_name": f"item_{i}",
                "inputs": {"item_id": i},
                "outputs": {"processed": True},
            }
            for i in range(batch_start, min(batch_start + batch_size, 1000))
        ]

        await client.events.create_batch_async({"events": batch_events})
        print(f"Processed batch {batch_start // batch_size + 1}")

asyncio.run(batch_events_efficiently())
"""


def test_request_batching_example_stores_a_thousand_events(
    doc: Doc, capsys: pytest.CaptureFixture[str]
) -> None:
    doc.run(REQUEST_BATCHING)
    printed = capsys.readouterr().out.splitlines()
    assert printed == [f"Processed batch {n}" for n in range(1, 21)]
    events = doc.session_events("batch-session")
    assert sorted(e.event_name for e in events[1:]) == sorted(f"item_{i}" for i in range(1000))
    assert doc.server.faults is not None
    assert doc.server.faults.count("POST /events/batch") == 20


# ====================================================================== the repository's examples
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_quickstart_example_runs_and_prints_what_the_server_stored(
    capsys: pytest.CaptureFixture[str],
) -> None:
    runpy.run_path(str(EXAMPLES / "quickstart_local.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "logged in the background: 3 sent, 0 dropped" in out
    assert "the server stored 11 events for the session:" in out
    assert "feedback={'rating': 5, 'helpful': True}" in out
    assert "model events in project 'quickstart': 1" in out


def test_async_example_recovers_the_partly_failed_batch(
    capsys: pytest.CaptureFixture[str],
) -> None:
    runpy.run_path(str(EXAMPLES / "async_local.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "batch partly stored: 150 stored, 100 not (BadRequestError)" in out
    assert "301 events stored" in out
