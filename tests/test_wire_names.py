"""Generated models answer to their JSON (wire) names too, as the official SDK 1.7.0's models do,
and dump like pydantic models (generator-templates/model.py.jinja)."""

from __future__ import annotations

import ast
import inspect
import keyword
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import attrs
import honeyhive_api.models as models
import pytest
from honeyhive_api.types import UNSET

ROOT = Path(__file__).resolve().parent.parent
SKIP_GENERATE_CHECK_ENV = "HONEYHIVE_SKIP_GENERATE_CHECK"

CHART_ITEM: dict[str, Any] = {
    "id": "chart-1",
    "name": "Latency",
    "description": None,
    "metric": "duration",
    "func": "avg",
    "groupBy": "event_name",
    "bucketing": "day",
    "dateRange": {"relative": "7d"},
    "query": None,
    "owner_id": None,
    "is_active": True,
    "created_at": "2025-01-01T00:00:00+00:00",
    "updated_at": None,
}


def _wire_to_python_names(cls: Any) -> dict[str, str]:
    """JSON key -> attribute name of every declared property, read from the model's to_dict()."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls.to_dict)))
    pairs: dict[str, str] = {}
    for node in ast.walk(tree):
        # required: field_dict.update({"wire": name}); optional: field_dict["wire"] = name
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(value, ast.Name):
                    pairs[str(key.value)] = value.id
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
            target, value = node.targets[0], node.value
            if isinstance(target.slice, ast.Constant) and isinstance(value, ast.Name):
                pairs[str(target.slice.value)] = value.id
    return pairs


def _model_classes() -> list[Any]:
    """Every generated attrs model class."""
    classes = [getattr(models, name) for name in models.__all__]
    return [cls for cls in classes if attrs.has(cls)]


def test_insert_result_reads_by_wire_and_python_name() -> None:
    response = models.CreateDatasetResponse.from_dict(
        {"inserted": True, "result": {"insertedId": "ds-1"}}
    )
    assert response.result.insertedId == "ds-1"
    assert response.result.inserted_id == "ds-1"


@pytest.mark.parametrize("name", ["GetEventsResponse", "GetEventsChartResponse"])
def test_total_events_reads_by_wire_name(name: str) -> None:
    cls = getattr(models, name)
    response = cls.from_dict({"events": [], "totalEvents": 7})
    assert response.totalEvents == 7
    assert response.total_events == 7


def test_update_configuration_counts_read_and_write_by_wire_name() -> None:
    wire = {
        "acknowledged": True,
        "modifiedCount": 1,
        "upsertedId": None,
        "upsertedCount": 0,
        "matchedCount": 1,
    }
    response = models.UpdateConfigurationResponse.from_dict(wire)
    assert (response.modifiedCount, response.upsertedId) == (1, None)
    assert (response.upsertedCount, response.matchedCount) == (0, 1)
    assert response.modified_count == response.modifiedCount

    response.upsertedId = "cfg-9"
    response.upsertedCount = 1
    assert response.upserted_id == "cfg-9"
    assert response.to_dict() == {**wire, "upsertedId": "cfg-9", "upsertedCount": 1}


def test_deleted_count_reads_by_wire_name() -> None:
    response = models.DeleteConfigurationResponse.from_dict(
        {"acknowledged": True, "deletedCount": 1}
    )
    assert response.deletedCount == 1
    assert response.deleted_count == 1


def test_chart_item_group_by_and_date_range_read_and_write_by_wire_name() -> None:
    chart = models.GetChartsResponseDataItem.from_dict(CHART_ITEM)
    assert chart.groupBy == "event_name"
    assert chart.dateRange == {"relative": "7d"}

    chart.groupBy = "model"
    chart.dateRange = {"relative": "30d"}
    assert (chart.group_by, chart.date_range) == ("model", {"relative": "30d"})
    assert chart.to_dict() == {**CHART_ITEM, "groupBy": "model", "dateRange": {"relative": "30d"}}


def test_builtin_named_keys_are_aliased_too() -> None:
    # The generator names these fields type_/min_/max_; 1.7.0 code says .type/.min/.max.
    metric = models.CreateMetricRequest.from_dict(
        {"name": "m", "type": "PYTHON", "criteria": "def f(e): return 1"}
    )
    assert metric.type == metric.type_ == "PYTHON"
    metric.type = "LLM"
    assert metric.to_dict()["type"] == "LLM"

    passing = models.PassingRange.from_dict({"min": 0.5})
    assert (passing.min, passing.max) == (0.5, UNSET)
    passing.max = 0.9
    assert passing.to_dict() == {"min": 0.5, "max": 0.9}


def test_unknown_attributes_still_raise() -> None:
    response = models.GetEventsResponse.from_dict({"events": [], "totalEvents": 1, "extra": 2})
    with pytest.raises(AttributeError):
        _ = response.totalevents  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        _ = response.extra  # type: ignore[attr-defined]  # extra keys are items only
    with pytest.raises(AttributeError):
        response.totalevents = 3  # type: ignore[attr-defined]  # slotted: no new attributes
    assert response["extra"] == 2
    assert "extra" in response


def test_aliases_are_not_fields_and_constructors_are_unchanged() -> None:
    fields = [field.name for field in attrs.fields(models.UpdateConfigurationResponse)]
    assert "modifiedCount" not in fields
    assert "modified_count" in fields
    built = models.GetEventsResponse(events=[], total_events=3)
    assert built.totalEvents == 3
    assert built == models.GetEventsResponse.from_dict({"events": [], "totalEvents": 3})


def test_model_dump_is_the_wire_dict() -> None:
    wire = {
        "acknowledged": True,
        "modifiedCount": 1,
        "upsertedId": None,
        "upsertedCount": 0,
        "matchedCount": 1,
        "extraKey": "kept",
    }
    response = models.UpdateConfigurationResponse.from_dict(wire)
    assert response.model_dump() == response.to_dict() == wire
    assert response.model_dump(by_alias=True, mode="json", exclude_unset=True) == wire
    assert response.dict() == wire
    without_none = {key: value for key, value in wire.items() if key != "upsertedId"}
    assert response.model_dump(exclude_none=True) == without_none
    assert response.dict(exclude_none=True) == without_none

    chart = models.GetChartsResponseDataItem.from_dict(CHART_ITEM)
    assert chart.model_dump() == chart.to_dict() == CHART_ITEM
    with pytest.raises(TypeError):
        chart.model_dump(include={"id"})  # type: ignore[call-arg]


def test_every_model_answers_to_each_identifier_wire_name() -> None:
    checked = 0
    for cls in _model_classes():
        field_names = {field.name for field in attrs.fields(cls)}
        assert callable(cls.model_dump), cls.__name__
        for wire, python_name in _wire_to_python_names(cls).items():
            if wire == python_name or not wire.isidentifier() or keyword.iskeyword(wire):
                continue
            assert wire not in field_names, f"{cls.__name__}.{wire} would shadow a field"
            alias = inspect.getattr_static(cls, wire, None)
            assert isinstance(alias, property), f"{cls.__name__} has no alias {wire!r}"
            assert alias.fset is not None, f"{cls.__name__}.{wire} is read-only"
            assert python_name in field_names
            checked += 1
    assert checked >= 20  # insertedId, totalEvents, groupBy, dateRange, type, min, max, ...


@pytest.mark.skipif(
    os.environ.get(SKIP_GENERATE_CHECK_ENV) == "1",
    reason=f"{SKIP_GENERATE_CHECK_ENV}=1 (openapi-python-client not installed here)",
)
def test_generate_check_is_clean_with_the_model_template() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "up to date" in proc.stdout


def test_a_created_keys_value_is_left_out_of_the_repr() -> None:
    from honeyhive_api.models import CreateDataPlaneApiKeyResponse, CreateIngestionApiKeyResponse

    for model, extra in (
        (CreateIngestionApiKeyResponse, {"name": "n", "description": None}),
        (CreateDataPlaneApiKeyResponse, {"permissions": ["*"], "expires_at": "2030-01-01"}),
    ):
        data = {
            "key_value": "hh_secret_value_123",
            "key_id": "k1",
            "root_scope_type": "project",
            "root_scope_id": "p1",
            **extra,
        }
        answer = model.from_dict({"success": True, "data": data})
        assert "hh_secret_value_123" not in repr(answer) + str(answer)
        assert answer.data.key_value == "hh_secret_value_123"
        assert answer.to_dict()["data"]["key_value"] == "hh_secret_value_123"
