"""Schemathesis against ``honeyhive.local`` over loopback: every operation of openapi.yaml.

Bounded and seeded: Schemathesis' coverage cases (boundary and invalid values, other
methods) plus a few generated examples per operation, derandomized, no example database,
so a run is the same on every machine and takes about a minute on two cores. It fails on
any 5xx; on any answer that does not conform to the contract (status code, content type,
headers and body schema, as openapi.yaml documents them); on an invalid request that is
not refused with a 4xx; and on an operation that answers 2xx to a request whose
credentials were removed or made up. Requests are authenticated with the server's API key.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from honeyhive.local import LocalServer

SPEC = Path(__file__).resolve().parents[1] / "openapi.yaml"
# Examples per operation: ~90 operations, so a run is a few hundred requests.
EXAMPLES = 3

schema = schemathesis.openapi.from_path(SPEC)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
    ignored_auth,
]


@pytest.fixture(scope="module")
def fuzzed_server() -> Iterator[LocalServer]:
    """One in-memory server for the whole run (state accumulates, as in real use)."""
    with LocalServer(faults=False) as server:
        yield server


@pytest.fixture(scope="module")
def http() -> Iterator[requests.Session]:
    """One keep-alive session for every request of the run."""
    with requests.Session() as session:
        yield session


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_conforms_to_openapi_yaml(
    case: schemathesis.Case, fuzzed_server: LocalServer, http: requests.Session
) -> None:
    """Generated requests (valid and invalid) never get a 5xx or an undocumented answer."""
    case.call_and_validate(
        base_url=fuzzed_server.url,
        session=http,
        headers={"Authorization": f"Bearer {fuzzed_server.api_key}"},
        checks=CHECKS,
        timeout=30,
    )
