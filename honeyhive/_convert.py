"""Turning what users pass (dicts, generated models, doc-style models) into generated models."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol, TypeVar

T = TypeVar("T", bound="_FromDict")
U = TypeVar("U")


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T: ...

    def to_dict(self) -> dict[str, Any]: ...


def as_dict(value: object, what: str, expected: str) -> dict[str, Any]:
    """A plain dict copy of a mapping or of any model with ``to_dict``; TypeError otherwise."""
    if isinstance(value, Mapping):
        return dict(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        result = to_dict()
        if isinstance(result, dict):
            return result
    raise TypeError(f"{what} expects {expected}, not {type(value).__name__}")


def as_model(model: type[T], value: object, what: str) -> T:
    """Accept an instance of ``model``, or a mapping / other model converted with from_dict."""
    if isinstance(value, model):
        return value
    data = as_dict(value, what, f"a dict or {model.__name__}")
    try:
        return model.from_dict(data)
    except KeyError as exc:
        raise ValueError(f"{what}: missing required field {exc.args[0]!r}") from None
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{what}: {exc}") from None


def new_id() -> str:
    """A fresh UUIDv4, assigned before the first attempt so that retries are idempotent."""
    return str(uuid.uuid4())


def require_str(value: object, what: str) -> str:
    """A non-empty string argument, or a TypeError/ValueError naming it."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a string, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{what} must not be empty")
    return value


def id_list(ids: Iterable[str], what: str) -> list[str]:
    """A list of non-empty string ids; a lone string is refused (it is not a list of ids)."""
    if isinstance(ids, (str, bytes)) or not isinstance(ids, Iterable):
        raise TypeError(f"{what} must be a list of id strings, not {type(ids).__name__}")
    items = list(ids)
    for item in items:
        require_str(item, f"{what} item")
    return items


def list_parser(model: Callable[[Any], U], envelope: str) -> Callable[[Any], list[U]]:
    """Parse a list response: a bare JSON array, or an object holding it under ``envelope``."""

    def parse(data: Any) -> list[U]:
        items = data.get(envelope) if isinstance(data, Mapping) else data
        if not isinstance(items, list):
            raise TypeError(f"expected a JSON array (or {{{envelope!r}: [...]}})")
        return [model(item) for item in items]

    return parse
