"""Local semantics in isolation: every filter operator and type, and what run_metric runs."""

from __future__ import annotations

from typing import Any

import pytest

from honeyhive.local.errors import ApiError
from honeyhive.local.metric_eval import run_metric
from honeyhive.local.query import aggregate, compile_filters, parse_time
from honeyhive.local.spec import load_spec

EVENT: dict[str, Any] = {
    "event_id": "e1",
    "event_name": "OpenAI Chat",
    "event_type": "model",
    "start_time": 1_700_000_000_000,
    "duration": 120.5,
    "metadata": {"cost": 0.25, "cached": False, "tags": ["a", "b"], "when": "2024-05-01T00:00:00Z"},
    "inputs": {"user_id": "u-42", "count": "7"},
    "feedback": {"rating": None},
}


def matches(field: str, operator: str, value: Any = None, kind: str | None = None) -> bool:
    spec: dict[str, Any] = {"field": field, "operator": operator, "value": value}
    if kind is not None:
        spec["type"] = kind
    return compile_filters([spec])(EVENT)


@pytest.mark.parametrize(
    ("field", "operator", "value", "kind", "expected"),
    [
        ("metadata.cost", "exists", None, None, True),
        ("metadata.nope", "exists", None, None, False),
        ("feedback.rating", "exists", None, None, False),  # null counts as absent
        ("metadata.nope", "not exists", None, None, True),
        ("event_name", "is", "OpenAI Chat", "string", True),
        ("event_name", "is", "openai chat", "string", False),
        ("event_name", "is not", "other", "string", True),
        ("metadata.nope", "is not", "x", "string", True),
        ("metadata.nope", "is", None, None, True),
        ("event_id", "is", "e1", "id", True),
        ("duration", "is", "120.5", "number", True),
        ("inputs.count", "is", 7, "number", True),  # numeric text compares as a number
        ("metadata.cached", "is", False, "boolean", True),
        ("metadata.cached", "is", "false", "boolean", True),
        ("metadata.cached", "is not", True, "boolean", True),
        ("metadata.tags", "is", "b", "string", True),  # any element
        ("event_name", "contains", "Chat", "string", True),
        ("event_name", "contains", "chat", "string", False),  # case-sensitive
        ("event_name", "not contains", "Claude", "string", True),
        ("metadata.tags", "contains", "a", "string", True),
        ("metadata.tags", "not contains", "z", "string", True),
        ("metadata.nope", "contains", "x", "string", False),
        ("metadata.nope", "not contains", "x", "string", True),
        ("duration", "greater than", 100, "number", True),
        ("duration", "less than", 100, "number", False),
        ("metadata.cost", "less than", 0.3, None, True),  # type from the value
        ("event_name", "greater than", "A", "string", True),  # code-point order
        ("start_time", "after", "2023-11-14T00:00:00Z", "datetime", True),
        ("start_time", "before", 1_600_000_000_000, "datetime", False),
        ("metadata.when", "after", "2024-04-30", "datetime", True),
        ("metadata.when", "before", 1_700_000_000_000, "number", False),  # after/before: dates
        ("inputs.user_id", "greater than", 5, "number", False),  # not a number: no match
    ],
)
def test_filter_operators(
    field: str, operator: str, value: Any, kind: str | None, expected: bool
) -> None:
    assert matches(field, operator, value, kind) is expected


def test_every_operator_and_type_of_the_spec_is_covered() -> None:
    schemas = load_spec().raw["components"]["schemas"]
    assert set(schemas["FilterOperator"]["enum"]) == {
        "exists",
        "not exists",
        "is",
        "is not",
        "contains",
        "not contains",
        "greater than",
        "less than",
        "after",
        "before",
    }
    assert set(schemas["FilterFieldType"]["enum"]) == {
        "string",
        "number",
        "boolean",
        "datetime",
        "id",
    }


@pytest.mark.parametrize(
    ("spec", "field"),
    [
        (
            {"field": "duration", "operator": "greater than", "value": "fast", "type": "number"},
            "value",
        ),
        ({"field": "x", "operator": "is", "value": "maybe", "type": "boolean"}, "value"),
        ({"field": "x", "operator": "after", "value": "someday"}, "value"),
        ({"field": "x", "operator": "contains"}, "value"),
        ({"field": "x", "operator": "less than", "value": True, "type": "boolean"}, "operator"),
        # Free-form filters (the run routes take JSON objects) get their shape checked too.
        ({"operator": "is", "value": "x"}, "field"),
        ({"field": "", "operator": "is", "value": "x"}, "field"),
        ({"field": "x", "operator": "like", "value": "x"}, "operator"),
        ({"field": "x", "operator": "is", "value": "x", "type": "float"}, "type"),
        ({"field": "x", "operator": "is", "value": {"nested": 1}}, "value"),
    ],
)
def test_unusable_filters_are_400(spec: dict[str, Any], field: str) -> None:
    with pytest.raises(ApiError) as raised:
        compile_filters([spec])
    assert raised.value.status == 400
    assert raised.value.details[0]["field"] == f"filters[0].{field}"


def test_a_filter_must_be_an_object() -> None:
    with pytest.raises(ApiError) as raised:
        compile_filters(["event_type is model"])  # type: ignore[list-item]
    assert raised.value.details[0]["field"] == "filters[0]"


def test_one_filter_object_is_a_list_of_one() -> None:
    one = compile_filters({"field": "event_type", "operator": "is", "value": "model"})
    assert one(EVENT) is True


def test_filters_all_must_hold() -> None:
    both = compile_filters(
        [
            {"field": "event_type", "operator": "is", "value": "model"},
            {"field": "duration", "operator": "greater than", "value": 500},
        ]
    )
    assert both(EVENT) is False


def test_parse_time_and_aggregates() -> None:
    assert parse_time("1970-01-01T00:00:01Z") == 1000.0
    assert parse_time("1970-01-01T00:00:01") == 1000.0  # naive means UTC
    assert parse_time("2500") == 2500.0 and parse_time(True) is None and parse_time("x") is None
    values = [1.0, 2.0, 3.0, 4.0]
    assert aggregate(values, "average") == 2.5 and aggregate(values, "median") == 2.5
    assert aggregate(values, "p90") == pytest.approx(3.7) and aggregate([], "count") == 0.0
    assert aggregate([], "avg") is None


# -- run_metric -----------------------------------------------------------------------------


def python_metric(code: str, **extra: Any) -> dict[str, Any]:
    return {"name": "m", "type": "PYTHON", "criteria": code, **extra}


EV = {"outputs": {"content": "Paris is the capital"}, "inputs": {"q": "capital?"}, "metrics": {}}


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("def m(event):\n    return len(event['outputs']['content'])", 20),
        ("def m(e):\n    return 'paris' in e['outputs']['content'].lower()", True),
        (
            "def m(event):\n"
            "    words = event['outputs'].get('content', '').split()\n"
            "    total = 0\n"
            "    for w in words:\n"
            "        if len(w) > 3:\n"
            "            total += 1\n"
            "    return total / len(words)",
            0.5,
        ),
        ("def m(event):\n    '''doc'''\n    x, y = 2, 3\n    return x * y if x < y else 0", 6),
        ("def m(event):\n    return f\"{event['inputs']['q']}!\"", "capital?!"),
        ("def m(event):\n    return round(sum([1, 2, 3]) / 7, 2)", 0.86),
        ("def m(event):\n    return event['inputs'].get('missing')", None),
        ("def m(event):\n    return sorted(event['inputs'].keys())[0]", "q"),
    ],
)
def test_python_metrics_in_the_safe_subset_run(code: str, expected: Any) -> None:
    assert run_metric(python_metric(code), EV)["result"] == expected


@pytest.mark.parametrize(
    ("code", "code_expected", "words"),
    [
        ("import os\ndef m(event):\n    return 1", "METRIC_NOT_RUNNABLE_LOCALLY", "exactly one"),
        ("def m(event):\n    return event.__class__", "METRIC_NOT_RUNNABLE_LOCALLY", "Attribute"),
        (
            "def m(event):\n    return ().__class__.__bases__",
            "METRIC_NOT_RUNNABLE_LOCALLY",
            "Attribute",
        ),
        ("def m(event):\n    return open('/etc/passwd')", "METRIC_NOT_RUNNABLE_LOCALLY", "open"),
        ("def m(event):\n    return eval('1')", "METRIC_NOT_RUNNABLE_LOCALLY", "eval"),
        ("def m(event):\n    return [x for x in 'ab']", "METRIC_NOT_RUNNABLE_LOCALLY", "ListComp"),
        ("def m(event):\n    return 2 ** 10", "METRIC_NOT_RUNNABLE_LOCALLY", "Pow"),
        ("def m(event):\n    while True:\n        pass", "METRIC_NOT_RUNNABLE_LOCALLY", "While"),
        ("def m(event):\n    return 'x' * 10**9", "METRIC_NOT_RUNNABLE_LOCALLY", "Pow"),
        ("def m(event):\n    return 'x' * 100000000", "METRIC_FAILED", "too large"),
        (
            "def m(event):\n    n = 0\n    for i in range(1000000):\n        n += i\n    return n",
            "METRIC_FAILED",
            "steps",
        ),
        ("def m(event):\n    return 1 / 0", "METRIC_FAILED", "ZeroDivisionError"),
        ("def m(event):\n    return event['nope']", "METRIC_FAILED", "KeyError"),
        ("def m(event):\n    return {'a': 1}", "METRIC_FAILED", "dict"),
        ("def m(event):\n    return float('nan')", "METRIC_FAILED", "nan"),
        ("def m(event, other):\n    return 1", "METRIC_NOT_RUNNABLE_LOCALLY", "one argument"),
        ("def m(event):\n  return (", "METRIC_FAILED", "does not parse"),
    ],
)
def test_python_metrics_outside_the_subset_are_422(
    code: str, code_expected: str, words: str
) -> None:
    with pytest.raises(ApiError) as raised:
        run_metric(python_metric(code), EV)
    assert raised.value.status == 422
    assert raised.value.error_code == code_expected
    assert words in raised.value.message


@pytest.mark.parametrize("kind", ["LLM", "HUMAN"])
def test_llm_and_human_metrics_are_refused_clearly(kind: str) -> None:
    with pytest.raises(ApiError) as raised:
        run_metric({"name": "m", "type": kind, "criteria": "judge it"}, EV)
    assert (raised.value.status, raised.value.error_code) == (422, "METRIC_NOT_RUNNABLE_LOCALLY")
    assert kind in raised.value.message and "PYTHON" in raised.value.message


@pytest.mark.parametrize(
    ("threshold", "result", "expected"),
    [
        ({"min": 0.5}, "def m(e):\n    return 0.7", True),
        ({"min": 0.5, "max": 0.6}, "def m(e):\n    return 0.7", False),
        ({"pass_when": True}, "def m(e):\n    return False", False),
        ({"passing_categories": ["good"]}, "def m(e):\n    return 'good'", True),
        (None, "def m(e):\n    return 1", None),
    ],
)
def test_passed_follows_the_threshold(threshold: Any, result: str, expected: bool | None) -> None:
    assert run_metric(python_metric(result, threshold=threshold), EV)["passed"] is expected


def test_composite_metric() -> None:
    metric = {
        "name": "overall",
        "type": "COMPOSITE",
        "criteria": "mix",
        "child_metrics": [{"name": "a", "weight": 2}, {"name": "b", "weight": 2}],
    }
    answer = run_metric(metric, {"metrics": {"a": 1.0, "b": True}})
    assert answer["result"] == 1.0 and "a=1x2" in answer["explanation"]
    with pytest.raises(ApiError) as raised:
        run_metric(metric, {"metrics": {"a": 1.0}})
    assert raised.value.error_code == "METRIC_FAILED" and "'b'" in raised.value.message
