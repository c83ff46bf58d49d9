"""JSON limits and encoding of the local server: bounded nesting, strict output, safe logs.

Decision on nesting (issue 12): a JSON document nested deeper than ``MAX_JSON_DEPTH``
levels is refused where it enters: a request body or JSON query value at parse time (400
``NESTED_TOO_DEEPLY``), and anything the server would store (an event built from OTLP
attributes or a JSON string inside one, a merged update) at write time, with the same
answer. So every stored document is at most ``MAX_JSON_DEPTH`` deep, and a session tree
(at most 100 events deep, two levels each) stays far below the encoder's recursion limit.
Encoding cannot blow the stack even so: ``encode_json`` falls back to an iterative encoder
for anything the C encoder refuses (data stored by an older version, for instance).

Every answer is strict JSON (RFC 8259): a non-finite number (NaN, an infinity: a sum that
overflowed, say) is sent as ``null``.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

__all__ = [
    "MAX_JSON_DEPTH",
    "NestingTooDeep",
    "check_depth",
    "encode_json",
    "log_safe",
    "too_deep",
]

MAX_JSON_DEPTH = 128
"""Deepest nesting of objects and arrays accepted in a request or stored (the top is 1)."""


class NestingTooDeep(ValueError):
    """A JSON value nested deeper than ``MAX_JSON_DEPTH``; the core answers 400."""

    def __init__(self, where: str, field: str = "<body>", location: str = "body") -> None:
        super().__init__(
            f"{where} is nested more than {MAX_JSON_DEPTH} levels deep (the local server's "
            "limit for objects and arrays)"
        )
        self.field = field
        self.location = location


def too_deep(value: Any, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when ``value`` nests objects/arrays more than ``limit`` levels (no recursion)."""
    if not isinstance(value, dict | list):
        return False
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        for child in node.values() if isinstance(node, dict) else node:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))
    return False


def check_depth(
    value: Any, text: str | bytes | None, where: str, field: str = "<body>", location: str = "body"
) -> None:
    """Raise ``NestingTooDeep`` for ``value`` (``text``, its JSON, makes the check cheap)."""
    if text is not None:
        # Fewer opening brackets than the limit (strings included) cannot nest deeper:
        # the common case costs two C-speed counts instead of a walk.
        if isinstance(text, bytes):
            brackets = text.count(b"{") + text.count(b"[")
        else:
            brackets = text.count("{") + text.count("[")
        if brackets <= MAX_JSON_DEPTH:
            return
    if too_deep(value):
        raise NestingTooDeep(where, field, location)


def encode_json(value: Any) -> bytes:
    """``value`` as compact UTF-8 JSON; never NaN/Infinity (they become null), never recursion."""
    try:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode(
            "utf-8"
        )
    except (ValueError, RecursionError):  # a non-finite number, a lone surrogate, deep data
        return _encode_iteratively(value).encode("ascii")


def _scalar(value: Any) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return "null"
    if value is None or isinstance(value, bool | int | float | str):
        return json.dumps(value, ensure_ascii=True)
    return json.dumps(str(value), ensure_ascii=True)  # not JSON data: its text


def _encode_iteratively(value: Any) -> str:
    """JSON text of ``value`` built with an explicit stack; ASCII, so surrogates survive."""
    out: list[str] = []
    # Items are values to encode or literal text (a ``_Text``) to emit as is.
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, _Text):
            out.append(item.text)
        elif isinstance(item, dict):
            parts: list[Any] = [_Text("{")]
            for index, (key, child) in enumerate(item.items()):
                prefix = "," if index else ""
                parts += [_Text(f"{prefix}{json.dumps(str(key), ensure_ascii=True)}:"), child]
            parts.append(_Text("}"))
            stack.extend(reversed(parts))
        elif isinstance(item, list | tuple):
            parts = [_Text("[")]
            for index, child in enumerate(item):
                if index:
                    parts.append(_Text(","))
                parts.append(child)
            parts.append(_Text("]"))
            stack.extend(reversed(parts))
        else:
            out.append(_scalar(item))
    return "".join(out)


class _Text:
    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


_UNSAFE_FOR_LOGS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\\]")


def log_safe(text: str) -> str:
    """``text`` with control characters (and backslashes) escaped: one log line stays one."""
    return _UNSAFE_FOR_LOGS.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\\":
        return "\\\\"
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
