"""Answers of the experiment (run) routes: merged pages of runs, and 1.7.0's dict answers.

The official SDK 1.7.0 returns run results and comparisons as dicts (its pydantic
``model_dump()``); `ResultDict` is that dict, whose keys also read as attributes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from honeyhive_api.models import ExperimentRunObject, GetExperimentRunsResponse


class ResultDict(dict[str, Any]):
    """A JSON object as a plain dict whose keys can also be read as attributes.

    ``result["metrics"]["details"]`` (the official SDK's dict) and ``result.metrics.details``
    (this client's earlier typed answer) both work; camelCase keys also read in snake_case
    (``commonDatapoints`` as ``common_datapoints``).
    """

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        for key in (name, _camel(name)):
            if key in self:
                return self[key]
        raise AttributeError(f"no key {name!r} in this result (keys: {', '.join(self)})")


def merge_run_pages(pages: Iterable[GetExperimentRunsResponse]) -> GetExperimentRunsResponse:
    """One response from the batches of a ``run_ids`` query, merged as the official SDK does."""
    from honeyhive_api.models import GetExperimentRunsResponse, Pagination

    runs: list[ExperimentRunObject] = []
    metrics: dict[str, None] = {}
    total = total_unfiltered = 0
    for page in pages:
        runs.extend(page.evaluations)
        metrics.update(dict.fromkeys(page.metrics))
        total += page.pagination.total
        total_unfiltered += page.pagination.total_unfiltered
    pagination = Pagination(
        page=1,
        limit=total,
        total=total,
        total_unfiltered=total_unfiltered,
        total_pages=1,
        has_next=False,
        has_prev=False,
    )
    return GetExperimentRunsResponse(evaluations=runs, pagination=pagination, metrics=[*metrics])


def as_result_dict(validate: Callable[[Any], Any]) -> Callable[[Any], ResultDict]:
    """Parse into the JSON answer as a `ResultDict` after checking it against the model.

    Optional fields the answer leaves out are added as None, as the official SDK's pydantic
    ``model_dump()`` has them.
    """

    def parse(data: Any) -> ResultDict:
        model = validate(data)
        filled = _with_optional_nones(data, model)
        result: ResultDict = _result_dict(filled)
        return result

    return parse


def _with_optional_nones(raw: Any, model: object) -> Any:
    """``raw`` (a JSON value) with None under each optional key its parsed ``model`` lacks."""
    import attrs
    from honeyhive_api.types import Unset

    if isinstance(raw, list) and isinstance(model, list):
        return [_with_optional_nones(r, m) for r, m in zip(raw, model, strict=False)]
    cls = type(model)
    if not (isinstance(raw, dict) and attrs.has(cls)):
        return raw
    out = dict(raw)
    for attribute in attrs.fields(cls):
        if attribute.name == "additional_properties":
            continue
        value = getattr(model, attribute.name)
        key = _wire_key(cls, attribute.name)
        if isinstance(value, Unset):
            out.setdefault(key, None)
        elif key in out:
            out[key] = _with_optional_nones(out[key], value)
    return out


def _wire_key(cls: type, name: str) -> str:
    """The JSON key of attribute ``name``: the generated models alias it under that key."""
    camel = _camel(name)
    if camel != name and isinstance(getattr(cls, camel, None), property):
        return camel
    bare = name.rstrip("_")
    if bare != name and isinstance(getattr(cls, bare, None), property):
        return bare
    return name


def _result_dict(value: Any) -> Any:
    """JSON value with every object made a `ResultDict`."""
    if isinstance(value, dict):
        return ResultDict((key, _result_dict(item)) for key, item in value.items())
    if isinstance(value, list):
        return [_result_dict(item) for item in value]
    return value


def _camel(name: str) -> str:
    """``common_datapoints`` -> ``commonDatapoints``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)
