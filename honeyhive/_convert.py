"""Turning what users pass (dicts, generated models, doc-style models) into what the generated
layer takes, and the service's answers into what the facade's methods return."""

from __future__ import annotations

import difflib
import functools
import importlib
import os
import re
import sys
import uuid
import warnings
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple, Protocol, TypeVar, cast

from .errors import NotFoundError

T = TypeVar("T", bound="FromDict")
U = TypeVar("U")

# Frames from files under this directory are the client's own; warnings point past them.
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


class FromDict(Protocol):
    """A generated model: built by ``from_dict``, written back by ``to_dict``."""

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T: ...

    def to_dict(self) -> dict[str, Any]: ...


# ------------------------------------------------------------------ requests and models
def wire_dict(value: object, what: str, expected: str) -> dict[str, Any]:
    """The wire form of a request: a mapping as it is (not copied), or a model's ``to_dict()``.

    ``what`` and ``expected`` name the argument in the TypeError raised for anything else.
    """
    if isinstance(value, Mapping):
        return cast("dict[str, Any]", value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        result = to_dict()
        if isinstance(result, dict):
            return result
    raise TypeError(f"{what} expects {expected}, not {type(value).__name__}")


def as_dict(value: object, what: str, expected: str) -> dict[str, Any]:
    """A plain dict copy of a mapping or of any model with ``to_dict``; TypeError otherwise."""
    data = wire_dict(value, what, expected)
    return dict(data) if data is value else data


def as_model(model: type[T], value: object, what: str) -> T:
    """Accept an instance of ``model``, or a mapping / other model converted with from_dict.

    A key the schema does not have is a ValueError (`check_keys`), also for an instance that
    kept unknown keys of the dict it was built from.
    """
    if isinstance(value, model):
        if getattr(value, "additional_properties", None):
            check_keys(value.to_dict(), model, what)
        return value
    data = as_dict(value, what, f"a dict or {model.__name__}")
    check_keys(data, model, what)
    try:
        return model.from_dict(data)
    except KeyError as exc:
        raise ValueError(f"{what}: missing required field {exc.args[0]!r}") from None
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{what}: {exc}") from None


# ------------------------------------------------------------------ request keys
#: Keys the facade accepts beyond a generated model's properties (by generated class name):
#: forms the reference doc or the official SDK 1.7.0 send and the service reads.
_FACADE_KEYS: dict[str, frozenset[str]] = {
    # sessions.start({"project": ...}): the doc's and 1.7.0's form; openapi.yaml's legacy session
    # has no `project` (its legacy event has it, marked deprecated).
    "LegacyStartSessionRequestSession": frozenset({"project"}),
}

_EXTRA_BODY_HINT = "pass it in extra_body={...} to send a field the contract does not know"


class KeySchema(NamedTuple):
    """The keys a generated model accepts, and its fields holding closed nested models."""

    fields: frozenset[str]  # JSON keys (plus keys the facade maps)
    nested: tuple[tuple[str, tuple[type, ...]], ...]  # JSON key -> closed models it may hold
    required: tuple[str, ...]  # JSON keys of required fields


def _generated_class(model: type) -> type:
    """The generated class behind ``model`` (itself, or the base of a honeyhive.models class)."""
    for klass in model.__mro__:
        if klass.__module__.startswith("honeyhive_api."):
            return klass
    return model


def _closed_models(model: type, annotation: str) -> tuple[type, ...]:
    """The generated models a field's annotation names, if all of them are closed (no extra
    keys allowed); () when an object there may also be free-form or an open model."""
    import attrs

    if "Any" in annotation or "dict[" in annotation:
        return ()
    module = sys.modules[_generated_class(model).__module__]
    found: list[type] = []
    for name in dict.fromkeys(re.findall(r"\b[A-Z]\w*", annotation)):
        if name in ("Unset", "None", "File"):
            continue
        # Nested classes are imported by the module, or only for type checkers (import cycles).
        candidate = getattr(module, name, None)
        if candidate is None:
            candidate = getattr(importlib.import_module("honeyhive_api.models"), name, None)
        if not (isinstance(candidate, type) and attrs.has(candidate)):
            continue  # a Literal enum alias
        if not isinstance(getattr(candidate, "wire_keys", None), dict) or (
            "additional_properties" in attrs.fields_dict(candidate)
        ):
            return ()
        found.append(candidate)
    return tuple(found)


@functools.cache
def key_schema(model: type) -> KeySchema | None:
    """What `check_keys` needs of ``model``; None for a free-form one (no declared fields).

    Read from the generated class (its ``wire_keys`` and field annotations), hence from
    openapi.yaml: a field added to the spec is accepted without a change here.
    """
    import attrs

    keys = getattr(model, "wire_keys", None)
    if not isinstance(keys, dict) or not attrs.has(model):
        return None
    extra = frozenset().union(*(_FACADE_KEYS.get(k.__name__, ()) for k in model.__mro__))
    nested = []
    required = []
    for attribute in attrs.fields(model):
        if attribute.name in keys:
            closed = _closed_models(model, str(attribute.type))
            if closed:
                nested.append((keys[attribute.name], closed))
            if attribute.default is attrs.NOTHING:
                required.append(keys[attribute.name])
    return KeySchema(frozenset(keys.values()) | extra, tuple(nested), tuple(required))


def closest(key: str, allowed: Iterable[str]) -> str | None:
    """The allowed key ``key`` most likely meant: same letters (``groupBy``/``group_by``), or
    the closest spelling (difflib); None if nothing is close."""
    choices = sorted(allowed)
    folded = key.lower().replace("_", "").lstrip("$")
    for choice in choices:
        if choice.lower().replace("_", "").lstrip("$") == folded:
            return choice
    match = difflib.get_close_matches(key, choices, n=1, cutoff=0.6)
    return match[0] if match else None


def unknown_key_message(
    what: str,
    unknown: Iterable[object],
    allowed: Iterable[str],
    *,
    top: bool = True,
    model: str | None = None,
) -> str:
    """``what: unknown field 'x'; allowed fields: ...; did you mean 'y'?`` (and, for the body
    itself, how to send a field anyway). With ``model``: ``unknown field(s) 'x' for Model``."""
    names = sorted(str(k) for k in unknown)
    fields = sorted(allowed)
    if model is not None:
        head = f"unknown field(s) {', '.join(map(repr, names))} for {model}"
    elif len(names) == 1:
        head = f"unknown field {names[0]!r}"
    else:
        head = f"unknown fields {names}"
    message = f"{what}: {head}; allowed fields: {', '.join(fields)}"
    guesses = [(name, guess) for name in names if (guess := closest(name, fields))]
    if len(names) == 1 and guesses:
        message += f"; did you mean {guesses[0][1]!r}?"
    elif guesses:
        message += "; did you mean " + ", ".join(f"{g!r} for {n!r}" for n, g in guesses) + "?"
    return f"{message} ({_EXTRA_BODY_HINT})" if top else message


def check_keys(data: Mapping[str, Any], model: type, what: str, *, top: bool = True) -> None:
    """ValueError if ``data`` (wire form) has a key ``model`` does not define.

    Nested objects are checked where the schema is closed (a field whose type is a model
    without extra keys: the generated ``from_dict`` would drop an unknown key silently);
    free-form JSON (``inputs``, ``metadata``, ...) is never looked into. ``top`` is False for
    nested objects, whose message does not point at ``extra_body``.
    """
    schema = key_schema(model)
    if schema is None:
        return
    if not schema.fields.issuperset(data):
        unknown = [k for k in data if k not in schema.fields]
        message = unknown_key_message(what, unknown, schema.fields, top=top)
        missing = [k for k in schema.required if k not in data]
        if missing:  # often the same mistake: the misspelled key was a required one
            message += f"; missing required field(s) {', '.join(map(repr, missing))}"
        raise ValueError(message)
    for key, models in schema.nested:
        value = data.get(key)
        if isinstance(value, Mapping):
            _check_nested(value, models, f"{what}: {key}")
        elif isinstance(value, list | tuple):
            for index, item in enumerate(value):
                if isinstance(item, Mapping):
                    _check_nested(item, models, f"{what}: {key}[{index}]")


def _check_nested(data: Mapping[str, Any], models: tuple[type, ...], what: str) -> None:
    """`check_keys` against the one model a nested object may be, or the union of several."""
    if len(models) == 1:
        check_keys(data, models[0], what, top=False)
        return
    schemas = [(m, key_schema(m)) for m in models]
    for model, schema in schemas:
        if schema is not None and schema.fields.issuperset(data):
            check_keys(data, model, what, top=False)
            return
    allowed = frozenset().union(*(s.fields for _, s in schemas if s is not None))
    unknown = [k for k in data if k not in allowed] or list(data)
    raise ValueError(unknown_key_message(what, unknown, allowed, top=False))


def new_id() -> str:
    """A fresh UUIDv4, assigned before the first attempt so that retries are idempotent."""
    return str(uuid.uuid4())


# ------------------------------------------------------------------ arguments
def require_str(value: object, what: str) -> str:
    """A non-empty string argument, or a TypeError/ValueError naming it."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a string, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{what} must not be empty")
    return value


def require_uuid(value: object, what: str) -> str:
    """A UUID string (today's id-in-path routes take nothing else); ValueError naming ``what``."""
    text = require_str(value, what)
    try:
        uuid.UUID(text)
    except ValueError:
        raise ValueError(f"{what} must be a UUID, not {text!r}") from None
    return text


def positive_int(value: object, what: str) -> int:
    """An integer >= 1 (not a bool), or a ValueError naming ``what``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{what} must be an integer >= 1, not {value!r}")
    return value


def choice(value: object, what: str, check: Callable[[str], Any]) -> str:
    """One of an enum's values, checked by the generated ``check_*`` function."""
    text = require_str(value, what)
    try:
        check(text)
    except TypeError as exc:
        raise ValueError(f"{what}: {exc}") from None
    return text


def id_list(ids: Iterable[str], what: str) -> list[str]:
    """A list of non-empty string ids; a lone string is refused (it is not a list of ids)."""
    if isinstance(ids, (str, bytes)) or not isinstance(ids, Iterable):
        raise TypeError(f"{what} must be a list of id strings, not {type(ids).__name__}")
    items = list(ids)
    for item in items:
        require_str(item, f"{what} item")
    return items


def either(what: str, **given: Any) -> Any:
    """The one argument given under any of its names (``data``/``request``), or None.

    Both 1.7.0's and this client's keyword names are accepted; giving two is a TypeError.
    """
    present = [name for name, value in given.items() if value is not None]
    if len(present) > 1:
        raise TypeError(f"{what}: pass {' or '.join(present)}, not both")
    return given[present[0]] if present else None


def split_id(first: object, second: object, id_key: str, what: str) -> tuple[str, dict[str, Any]]:
    """``(id, body)`` from ``f(request_with_id)`` or ``f(id, request)`` call forms.

    The id is taken out of the body; an id given both ways must agree.
    """
    expected = "a dict or a request model"
    if isinstance(first, str):
        if second is None:
            raise TypeError(f"{what}: missing the request (the fields to change)")
        body = as_dict(second, what, expected)
        inner = body.pop(id_key, None)
        if inner is not None and inner != first:
            raise ValueError(f"{what}: {id_key}={inner!r} in the request disagrees with {first!r}")
        return require_str(first, id_key), body
    if second is not None:
        raise TypeError(f"{what}: {id_key} must be a string, not {type(first).__name__}")
    if first is None:
        raise TypeError(f"{what}: missing the request")
    body = as_dict(first, what, expected)
    if body.get(id_key) is None:
        raise ValueError(f"{what}: missing required field {id_key!r}")
    return require_str(body.pop(id_key), f"{what}: {id_key}"), body


def split_call(
    first: object, data: object, request: object, id_key: str, what: str
) -> tuple[str, dict[str, Any]]:
    """`split_id` for ``f(id, data)``, ``f(request)``, ``f(data=...)`` and ``f(request=...)``."""
    if isinstance(first, str):
        return split_id(first, either(what, data=data, request=request), id_key, what)
    if first is None:
        return split_id(either(what, data=data, request=request), None, id_key, what)
    if data is not None or request is not None:
        raise TypeError(f"{what}: pass the request once (or the {id_key} first, then the fields)")
    return split_id(first, None, id_key, what)


def warn_deprecated(message: str) -> None:
    """A DeprecationWarning pointing at the user's line (the first frame outside this package)."""
    # Computed, not a constant, so the warning keeps pointing at the caller however many
    # frames the client's drivers put between it and the namespace method.
    level, frame = 1, sys._getframe(0)
    while frame.f_back is not None and os.path.abspath(frame.f_code.co_filename).startswith(
        _PACKAGE_DIR
    ):
        frame, level = frame.f_back, level + 1
    warnings.warn(message, DeprecationWarning, stacklevel=level)


# ------------------------------------------------------------------ answers
def list_parser(model: Callable[[Any], U], envelope: str) -> Callable[[Any], list[U]]:
    """Parse a list response: a bare JSON array, or an object holding it under ``envelope``."""

    def parse(data: Any) -> list[U]:
        items = data.get(envelope) if isinstance(data, Mapping) else data
        if not isinstance(items, list):
            raise TypeError(f"expected a JSON array (or {{{envelope!r}: [...]}})")
        return [model(item) for item in items]

    return parse


def find(items: Iterable[U], attribute: str, wanted: object, message: str) -> U:
    """The first item whose ``attribute`` is ``wanted``; NotFoundError(message) if none is."""
    for item in items:
        if getattr(item, attribute) == wanted:
            return item
    raise NotFoundError(message=message)
