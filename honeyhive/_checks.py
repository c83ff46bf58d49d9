"""Checking request bodies against the generated models before anything is sent.

The rules (field types, enums, required and allowed keys) are read from the generated attrs
classes, hence from openapi.yaml, so a field added to the spec is checked without a change here.
"""

from __future__ import annotations

import functools
import json
import sys
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar, cast

from ._convert import FromDict, as_dict, as_model, check_keys, key_schema, unknown_key_message

__all__ = [
    "WireBody",
    "_FieldRule",
    "_check_enum",
    "_checked",
    "_rules",
    "closed_model",
    "envelope",
    "json_arg",
    "snake",
]

M = TypeVar("M", bound=FromDict)


@dataclass(frozen=True, slots=True)
class _FieldRule:
    """What one field of a request accepts."""

    types: tuple[type, ...]  # what isinstance accepts
    exact: frozenset[type]  # exact types accepted at once (the common case, one set look-up)
    expected: str
    items: type | None = None  # element type of a list field
    choices: frozenset[str] | None = None  # the values of an enum field


_NONE = type(None)
# Annotation alternatives of generated models -> what a user may pass for them. "Any" alone
# is how the generator spells a free-form JSON object in this spec (see JsonObject).
_KINDS: dict[frozenset[str], tuple[tuple[type, ...], frozenset[type], str, type | None]] = {
    frozenset({"str"}): ((str,), frozenset({str}), "a string", None),
    frozenset({"None", "str"}): ((str, _NONE), frozenset({str, _NONE}), "a string or None", None),
    frozenset({"float"}): ((int, float), frozenset({int, float}), "a number", None),
    frozenset({"int"}): ((int,), frozenset({int}), "an integer", None),
    frozenset({"bool"}): ((bool,), frozenset({bool}), "true or false", None),
    frozenset({"Any"}): ((Mapping,), frozenset({dict}), "a dict (JSON object)", None),
    frozenset({"list[str]"}): ((list, tuple), frozenset(), "a list of strings", str),
    frozenset({"list[Any]"}): ((list, tuple), frozenset(), "a list of dicts", Mapping),
}


class _Schema(NamedTuple):
    rules: dict[str, _FieldRule]  # by wire name
    exact: dict[str, frozenset[type]]  # rules[key].exact, one look-up away
    required: tuple[str, ...]  # wire names of required fields that must not be null
    present: tuple[str, ...]  # wire names of required fields that may be null
    fields: frozenset[str]  # every wire name
    closed: bool  # unknown keys are refused (the schema has additionalProperties: false)
    choices: dict[str, frozenset[str]]  # enum fields


def _wire_names(model: type) -> dict[str, str]:
    """Attribute name -> wire name, where they differ (``date_range`` -> ``dateRange``).

    The generated classes expose each such wire name as a property whose docstring is
    "`attribute` under its wire name." (see generator-templates/model.py.jinja).
    """
    names: dict[str, str] = {}
    for name, member in vars(model).items():
        doc = getattr(member, "__doc__", None) if isinstance(member, property) else None
        if doc and doc.endswith("under its wire name.") and doc.startswith("`"):
            names[doc.split("`")[1]] = name
    return names


def _enum_choices(model: type, alternatives: frozenset[str]) -> frozenset[str] | None:
    """The values of a ``Literal[...]`` annotation of the model's module, else None."""
    if len(alternatives) != 1:
        return None
    [name] = alternatives
    alias = getattr(sys.modules[model.__module__], name, None)
    if typing.get_origin(alias) is typing.Literal:
        return frozenset(str(v) for v in typing.get_args(alias))
    return None


@functools.cache
def _rules(model: type) -> _Schema:
    """Type rules by wire name, required and allowed fields of a generated model.

    Derived from the generated code (hence from openapi.yaml) rather than listed here.
    """
    import attrs

    wire = _wire_names(model)
    rules: dict[str, _FieldRule] = {}
    required: list[str] = []
    present: list[str] = []
    fields: set[str] = set()
    closed = True
    for attribute in attrs.fields(model):
        if not attribute.init:  # additional_properties: the schema is open
            closed = closed and attribute.name != "additional_properties"
            continue
        key = wire.get(attribute.name, attribute.name)
        fields.add(key)
        alternatives = frozenset(a.strip() for a in str(attribute.type).split("|")) - {"Unset"}
        if attribute.default is attrs.NOTHING:
            (present if "None" in alternatives else required).append(key)
        kind = _KINDS.get(alternatives)
        if kind is not None:
            rules[key] = _FieldRule(*kind)
            continue
        choices = _enum_choices(model, alternatives)
        if choices is not None:
            expected = "one of " + ", ".join(repr(c) for c in sorted(choices))
            rules[key] = _FieldRule((str,), frozenset({str}), expected, None, choices)
    return _Schema(
        rules,
        {k: r.exact for k, r in rules.items()},
        tuple(required),
        tuple(present),
        frozenset(fields),
        closed,
        {k: r.choices for k, r in rules.items() if r.choices is not None},
    )


def _checked(
    data: Mapping[str, Any], model: type, what: str, *, top: bool = True
) -> Mapping[str, Any]:
    """``data`` itself when the service would accept every field; TypeError/ValueError if not.

    ``data`` is in wire form (the keys of ``model.to_dict()``). An optional field set to None
    means "not given": the result is then a copy without it. A key ``model`` does not define
    is refused, even where the schema allows extra keys (`check_keys`: a misspelled field must
    not be stored under its typo); ``top`` is False where ``data`` is not the body itself.
    """
    rules, exact, required, present, _, _, choices = _rules(model)
    for key in required:
        if data.get(key) is None:
            raise ValueError(f"{what}: missing required field {key!r}")
    for key in present:
        if key not in data:
            raise ValueError(f"{what}: missing required field {key!r} (it may be null)")
    check_keys(data, model, what, top=top)
    unset: list[str] = []
    # This loop runs for every field of every event of a batch: one look-up per field.
    for key, value in data.items():
        types = exact.get(key)
        if types is None or type(value) in types:
            continue
        rule = rules[key]
        if value is None:
            unset.append(key)
        elif not isinstance(value, rule.types) or isinstance(value, bool):
            # bool is an int subclass, but only the bool rule (an exact match) takes it.
            raise TypeError(f"{what}: {key} must be {rule.expected}, not {type(value).__name__}")
        elif rule.items is not None:
            for item in cast("Iterable[object]", value):  # a list or tuple, checked above
                if not isinstance(item, rule.items):
                    raise TypeError(
                        f"{what}: {key} must be {rule.expected}, "
                        f"not a list containing {type(item).__name__}"
                    )
    for key, allowed_values in choices.items():
        value = data.get(key)
        if value is not None and value not in allowed_values:
            _check_enum(value, allowed_values, f"{what}: {key}")
    if unset:
        return {k: v for k, v in data.items() if k not in unset}
    return data


def _check_enum(value: object, allowed: Iterable[str], what: str) -> str:
    """``value`` if it is one of ``allowed``; ValueError listing them otherwise."""
    if not isinstance(value, str) or value not in allowed:
        choices = ", ".join(repr(v) for v in sorted(allowed))
        raise ValueError(f"{what} must be one of {choices}; got {value!r}")
    return value


def closed_model(model: type[M], value: object, what: str) -> M:
    """`as_model`, with the message naming the model: a key the schema does not have is a
    ValueError (``unknown field(s) 'group_by' for CreateChartRequest; ... did you mean
    'groupBy'?``) rather than a key the model would drop or keep and send."""
    if isinstance(value, model):
        return as_model(model, value, what)
    data = as_dict(value, what, f"a dict or {model.__name__}")
    schema = key_schema(model)
    if schema is not None and not schema.fields.issuperset(data):
        unknown = [k for k in data if k not in schema.fields]
        raise ValueError(unknown_key_message(what, unknown, schema.fields, model=model.__name__))
    return as_model(model, data, what)


class WireBody:
    """A request body already checked and in wire form, for a generated ``_get_kwargs``.

    Generated operations send ``body.to_dict()``. Handing them this instead of a generated
    model skips a from_dict/to_dict round trip per event (measured: about 10 µs per event,
    most of ``create_batch``'s own CPU) without changing a byte on the wire.
    """

    __slots__ = ("_data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        """The body, as given."""
        return self._data


@functools.cache
def envelope(model: type) -> str:
    """The one required field of a wrapper body (``event``, ``events``, ``model_event``...)."""
    [key] = _rules(model).required
    return key


def snake(name: str) -> str:
    """``dateRange`` -> ``date_range``: the Python spelling of a wire name."""
    return "".join("_" + c.lower() if c.isupper() else c for c in name)


def json_arg(text: str, what: str) -> Any:
    """A JSON argument given as a string (``'{"$gte": ...}'``), decoded; ValueError if not JSON."""
    try:
        return json.loads(text)
    except ValueError:
        raise ValueError(f"{what} given as a string must be JSON, not {text!r}") from None
