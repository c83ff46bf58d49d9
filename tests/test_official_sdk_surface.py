"""Code written for the official SDK 1.7.0 calls methods that exist here, with the same parameters.

The table is the public surface of 1.7.0's API client (``honeyhive/api/client.py`` of the
``honeyhive==1.7.0`` wheel): namespace, method, positional parameters, keyword-only
parameters. Each must bind on this package's method of the same name, by position and by
keyword, so a call written for 1.7.0 reaches the method; what it sends and returns is proven
against the local server in the namespace tests.
"""

from __future__ import annotations

import inspect

import pytest

from honeyhive import HoneyHive

#: (namespace, method, positional parameters, keyword-only parameters) of 1.7.0.
SURFACE: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = [
    ("charts", "list", (), ("project_id",)),
    ("charts", "get", ("chart_id",), ("project_id",)),
    ("charts", "create", ("request",), ("project_id",)),
    ("charts", "update", ("chart_id", "request"), ("project_id",)),
    ("charts", "delete", ("chart_id",), ("project_id",)),
    ("charts", "list_async", (), ("project_id",)),
    ("charts", "get_async", ("chart_id",), ("project_id",)),
    ("charts", "create_async", ("request",), ("project_id",)),
    ("charts", "update_async", ("chart_id", "request"), ("project_id",)),
    ("charts", "delete_async", ("chart_id",), ("project_id",)),
    ("configurations", "list", ("project",), ()),
    ("configurations", "create", ("request",), ()),
    ("configurations", "update", ("id", "request"), ()),
    ("configurations", "delete", ("id",), ()),
    ("configurations", "list_async", ("project",), ()),
    ("configurations", "create_async", ("request",), ()),
    ("configurations", "update_async", ("id", "request"), ()),
    ("configurations", "delete_async", ("id",), ()),
    ("configurations", "get_configuration", ("id",), ()),
    ("configurations", "create_configuration", ("request",), ()),
    ("configurations", "update_configuration", ("id", "request"), ()),
    ("configurations", "delete_configuration", ("id",), ()),
    ("configurations", "list_configurations", ("project",), ()),
    ("datapoints", "list", ("datapoint_ids", "dataset_name"), ()),
    ("datapoints", "get", ("id",), ()),
    ("datapoints", "create", ("request",), ()),
    ("datapoints", "update", ("id", "request"), ()),
    ("datapoints", "delete", ("id",), ()),
    ("datapoints", "list_async", ("datapoint_ids", "dataset_name"), ()),
    ("datapoints", "get_async", ("id",), ()),
    ("datapoints", "create_async", ("request",), ()),
    ("datapoints", "update_async", ("id", "request"), ()),
    ("datapoints", "delete_async", ("id",), ()),
    ("datapoints", "get_datapoint", ("id",), ()),
    ("datapoints", "create_datapoint", ("request",), ()),
    ("datapoints", "update_datapoint", ("id", "request"), ()),
    ("datapoints", "delete_datapoint", ("id",), ()),
    ("datapoints", "list_datapoints", ("datapoint_ids", "dataset_name"), ()),
    ("datasets", "list", ("dataset_id", "name"), ()),
    ("datasets", "create", ("request",), ()),
    ("datasets", "update", ("request",), ()),
    ("datasets", "delete", ("id",), ()),
    ("datasets", "add_datapoints", ("dataset_id", "request"), ()),
    ("datasets", "remove_datapoint", ("dataset_id", "datapoint_id"), ()),
    ("datasets", "list_async", ("dataset_id", "name"), ()),
    ("datasets", "create_async", ("request",), ()),
    ("datasets", "update_async", ("request",), ()),
    ("datasets", "delete_async", ("id",), ()),
    ("datasets", "add_datapoints_async", ("dataset_id", "request"), ()),
    ("datasets", "remove_datapoint_async", ("dataset_id", "datapoint_id"), ()),
    ("datasets", "get_dataset", ("id",), ()),
    ("datasets", "create_dataset", ("request",), ()),
    ("datasets", "update_dataset", ("request",), ()),
    ("datasets", "delete_dataset", ("id",), ()),
    ("datasets", "list_datasets", ("dataset_id", "name"), ()),
    ("events", "list", ("query",), ("data",)),
    ("events", "get_by_session_id", ("session_id", "project"), ("limit",)),
    ("events", "create", ("request",), ()),
    ("events", "update", ("data",), ()),
    ("events", "create_batch", ("data",), ()),
    ("events", "export", ("project", "filters"), ("date_range", "projections", "limit", "page")),
    ("events", "list_async", ("query",), ()),
    ("events", "get_by_session_id_async", ("session_id", "project"), ("limit",)),
    ("events", "create_async", ("request",), ()),
    ("events", "update_async", ("data",), ()),
    ("events", "create_batch_async", ("data",), ()),
    (
        "events",
        "export_async",
        ("project", "filters"),
        ("date_range", "projections", "limit", "page"),
    ),
    ("events", "create_event", ("request",), ()),
    ("events", "update_event", ("data",), ()),
    (
        "events",
        "list_events",
        ("project", "filters"),
        ("date_range", "projections", "limit", "page"),
    ),
    (
        "events",
        "get_events",
        ("project", "filters"),
        ("date_range", "projections", "limit", "page"),
    ),
    (
        "events",
        "list_events_async",
        ("project", "filters"),
        ("date_range", "projections", "limit", "page"),
    ),
    (
        "events",
        "get_events_async",
        ("project", "filters"),
        ("date_range", "projections", "limit", "page"),
    ),
    ("experiments", "get_schema", ("dateRange", "evaluation_id"), ()),
    (
        "experiments",
        "list_runs",
        (
            "dataset_id",
            "page",
            "limit",
            "run_ids",
            "name",
            "status",
            "dateRange",
            "sort_by",
            "sort_order",
        ),
        (),
    ),
    ("experiments", "get_run", ("run_id",), ()),
    ("experiments", "create_run", ("request",), ()),
    ("experiments", "update_run", ("run_id", "request"), ()),
    ("experiments", "delete_run", ("run_id",), ()),
    ("experiments", "get_schema_async", ("dateRange", "evaluation_id"), ()),
    (
        "experiments",
        "list_runs_async",
        (
            "dataset_id",
            "page",
            "limit",
            "run_ids",
            "name",
            "status",
            "dateRange",
            "sort_by",
            "sort_order",
        ),
        (),
    ),
    ("experiments", "get_run_async", ("run_id",), ()),
    ("experiments", "create_run_async", ("request",), ()),
    ("experiments", "update_run_async", ("run_id", "request"), ()),
    ("experiments", "delete_run_async", ("run_id",), ()),
    ("experiments", "get_result", ("run_id", "aggregate_function", "filters"), ()),
    (
        "experiments",
        "compare_runs",
        ("new_run_id", "old_run_id", "aggregate_function", "filters"),
        (),
    ),
    ("experiments", "get_result_async", ("run_id", "aggregate_function", "filters"), ()),
    (
        "experiments",
        "compare_runs_async",
        ("new_run_id", "old_run_id", "aggregate_function", "filters"),
        (),
    ),
    ("experiments", "get_run_result", ("run_id", "aggregate_function", "filters"), ()),
    (
        "experiments",
        "compare_run_events",
        ("new_run_id", "old_run_id", "event_name", "event_type", "filter", "limit", "page"),
        (),
    ),
    ("metrics", "list", ("project", "name", "type"), ()),
    ("metrics", "create", ("request",), ()),
    ("metrics", "update", ("request",), ()),
    ("metrics", "delete", ("id",), ()),
    ("metrics", "list_async", ("project", "name", "type"), ()),
    ("metrics", "create_async", ("request",), ()),
    ("metrics", "update_async", ("request",), ()),
    ("metrics", "delete_async", ("id",), ()),
    ("metrics", "get_metric", ("id",), ()),
    ("metrics", "create_metric", ("request",), ()),
    ("metrics", "update_metric", ("request",), ()),
    ("metrics", "delete_metric", ("id",), ()),
    ("metrics", "list_metrics", ("project", "name", "type"), ()),
    ("metric_versions", "list", ("metric_id",), ()),
    ("metric_versions", "create", ("metric_id", "request"), ()),
    ("metric_versions", "deploy", ("metric_id", "version_name"), ()),
    ("metric_versions", "list_async", ("metric_id",), ()),
    ("metric_versions", "create_async", ("metric_id", "request"), ()),
    ("metric_versions", "deploy_async", ("metric_id", "version_name"), ()),
    ("sessions", "start", ("data",), ()),
    ("sessions", "start_async", ("data",), ()),
    ("sessions", "create_session", ("request",), ()),
    ("sessions", "start_session", ("request",), ()),
]


@pytest.fixture(scope="module")
def client() -> HoneyHive:
    """A client that sends nothing (no call is made here)."""
    return HoneyHive(api_key="hh-surface-test")


def test_the_table_covers_every_namespace_of_the_official_client() -> None:
    assert {row[0] for row in SURFACE} == {
        "charts",
        "configurations",
        "datapoints",
        "datasets",
        "events",
        "experiments",
        "metric_versions",
        "metrics",
        "sessions",
    }


def test_evaluations_is_the_experiments_namespace(client: HoneyHive) -> None:
    assert client.evaluations is client.experiments


@pytest.mark.parametrize(("namespace", "method", "positional", "keywords"), SURFACE)
def test_official_method_binds_by_position_and_by_keyword(
    client: HoneyHive,
    namespace: str,
    method: str,
    positional: tuple[str, ...],
    keywords: tuple[str, ...],
) -> None:
    function = getattr(getattr(client, namespace), method)
    signature = inspect.signature(function)
    values = {name: object() for name in (*positional, *keywords)}
    # Every parameter given by position (as far as 1.7.0 allows) ...
    signature.bind(*(values[n] for n in positional), **{k: values[k] for k in keywords})
    # ... and every parameter given by its name.
    signature.bind(**values)
    if method.endswith("_async"):
        assert inspect.iscoroutinefunction(function), f"{namespace}.{method} must be async"
