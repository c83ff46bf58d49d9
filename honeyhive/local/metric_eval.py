"""What ``POST /v1/metrics/run`` (and the legacy ``/run_metric``) computes locally, and refuses.

Runs locally:

* ``COMPOSITE``: the weighted mean of the child metrics' values, read from the event's
  ``metrics`` object.
* ``PYTHON``: a small, safe subset of Python, interpreted by walking its syntax tree. The
  code is never given to ``exec``/``eval`` and cannot import, define classes, touch
  attributes other than a few string/dict/list methods, or loop without bound. Accepted
  shape::

      def my_metric(event):
          text = event["outputs"].get("content", "")
          if len(text) > 100:
              return 1.0
          return len(text) / 100

  Statements: assignment (``=``, ``+=``...), ``if``/``elif``/``else``, ``for x in ...``
  (no ``break``/``continue``), ``return``, ``pass``. Expressions: literals, arithmetic
  (no ``**``), comparisons, ``and``/``or``/``not``, conditional expressions, subscripts and
  slices, f-strings, calls to ``len str int float bool abs min max round sum sorted any all
  list range``, and the methods ``get keys values items`` (dict), ``lower upper strip
  lstrip rstrip startswith endswith split splitlines join replace count find isdigit
  isalpha isspace title`` (str), ``count index`` (list). Work and value sizes are capped.

Answers 422 instead:

* ``LLM`` metrics (``METRIC_NOT_RUNNABLE_LOCALLY``): they need a model provider; the local
  server never calls out to one.
* ``HUMAN`` metrics (``METRIC_NOT_RUNNABLE_LOCALLY``): people give them, as feedback.
* ``PYTHON`` code outside the subset (``METRIC_NOT_RUNNABLE_LOCALLY``, naming the construct
  and line), and code that fails while running (``METRIC_FAILED``, naming the exception).

``passed`` comes from ``threshold``: ``min``/``max`` for numbers, ``pass_when`` for
booleans (or an exact number), ``passing_categories`` for strings; null without one.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .errors import ApiError

__all__ = ["run_metric"]

_MAX_STEPS = 20_000
_MAX_SIZE = 1_000_000  # longest string/list a metric may build
_MAX_INT_BITS = 256
_NOT_LOCAL = "METRIC_NOT_RUNNABLE_LOCALLY"
_FAILED = "METRIC_FAILED"


def _limited_range(*args: int) -> range:
    span = range(*args)
    if len(span) > _MAX_SIZE:
        raise ValueError("range too large")
    return span


_BUILTINS: dict[str, Callable[..., Any]] = {
    "len": len,
    "str": str,
    "int": int,
    "float": float,
    "bool": bool,
    "abs": abs,
    "min": min,
    "max": max,
    "round": round,
    "sum": sum,
    "sorted": sorted,
    "any": any,
    "all": all,
    "list": list,
    "range": _limited_range,
}
_METHODS: dict[type, frozenset[str]] = {
    dict: frozenset({"get", "keys", "values", "items"}),
    str: frozenset(
        {
            "lower",
            "upper",
            "strip",
            "lstrip",
            "rstrip",
            "startswith",
            "endswith",
            "split",
            "splitlines",
            "join",
            "replace",
            "count",
            "find",
            "isdigit",
            "isalpha",
            "isspace",
            "title",
        }
    ),
    list: frozenset({"count", "index"}),
}
_BINOPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
    ast.FloorDiv: lambda a, b: a // b,
    ast.Mod: lambda a, b: a % b,
}
_COMPARE: dict[type, Callable[[Any, Any], bool]] = {
    ast.Eq: lambda a, b: a == b,
    ast.NotEq: lambda a, b: a != b,
    ast.Lt: lambda a, b: a < b,
    ast.LtE: lambda a, b: a <= b,
    ast.Gt: lambda a, b: a > b,
    ast.GtE: lambda a, b: a >= b,
    ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b,
    ast.Is: lambda a, b: a is b,
    ast.IsNot: lambda a, b: a is not b,
}


class _Unsupported(Exception):
    def __init__(self, node: ast.AST, what: str | None = None) -> None:
        line = getattr(node, "lineno", "?")
        super().__init__(f"{what or type(node).__name__} (line {line}) is not supported locally")


class _Return(Exception):
    def __init__(self, value: Any) -> None:
        self.value = value


class _Interpreter:
    """Walks one function's syntax tree with a step budget."""

    def __init__(self) -> None:
        self.steps = 0

    def _tick(self, node: ast.AST) -> None:
        self.steps += 1
        if self.steps > _MAX_STEPS:
            line = getattr(node, "lineno", "?")
            raise ValueError(f"metric exceeded {_MAX_STEPS} steps (line {line})")

    def block(self, body: Sequence[ast.stmt], env: dict[str, Any]) -> None:
        for stmt in body:
            self.statement(stmt, env)

    def statement(self, node: ast.stmt, env: dict[str, Any]) -> None:
        self._tick(node)
        if isinstance(node, ast.Return):
            raise _Return(None if node.value is None else self.expr(node.value, env))
        if isinstance(node, ast.Assign):
            value = self.expr(node.value, env)
            for target in node.targets:
                self._assign(target, value, env)
        elif isinstance(node, ast.AugAssign):
            if not isinstance(node.target, ast.Name):
                raise _Unsupported(node, "augmented assignment to anything but a name")
            current = self._name(node.target, env)
            env[node.target.id] = self._binop(node.op, current, self.expr(node.value, env), node)
        elif isinstance(node, ast.If):
            self.block(node.body if self._truth(self.expr(node.test, env)) else node.orelse, env)
        elif isinstance(node, ast.For):
            if node.orelse:
                raise _Unsupported(node, "for/else")
            for item in self.expr(node.iter, env):
                self._tick(node)
                self._assign(node.target, item, env)
                self.block(node.body, env)
        elif isinstance(node, ast.Pass):
            pass
        elif isinstance(node, ast.Expr):
            self.expr(node.value, env)  # docstrings, bare calls
        else:
            raise _Unsupported(node)

    def _assign(self, target: ast.expr, value: Any, env: dict[str, Any]) -> None:
        if isinstance(target, ast.Name):
            env[target.id] = value
        elif isinstance(target, ast.Tuple | ast.List):
            items = list(value)
            if len(items) != len(target.elts):
                raise ValueError(f"cannot unpack {len(items)} values into {len(target.elts)}")
            for sub, item in zip(target.elts, items, strict=True):
                self._assign(sub, item, env)
        else:
            raise _Unsupported(target, "assignment to anything but names")

    @staticmethod
    def _truth(value: Any) -> bool:
        return bool(value)

    def _name(self, node: ast.Name, env: dict[str, Any]) -> Any:
        if node.id in env:
            return env[node.id]
        if node.id in ("True", "False", "None"):
            return {"True": True, "False": False, "None": None}[node.id]
        raise NameError(f"name {node.id!r} is not defined")

    def _sized(self, value: Any) -> Any:
        if isinstance(value, str | list | tuple | dict) and len(value) > _MAX_SIZE:
            raise ValueError("metric built a value that is too large")
        if isinstance(value, int) and value.bit_length() > _MAX_INT_BITS:
            raise ValueError("metric built an integer that is too large")
        return value

    def _binop(self, op: ast.operator, left: Any, right: Any, node: ast.AST) -> Any:
        func = _BINOPS.get(type(op))
        if func is None:
            raise _Unsupported(node, f"operator {type(op).__name__}")
        if isinstance(op, ast.Mult):
            for seq, count in ((left, right), (right, left)):
                sized = isinstance(seq, str | list | tuple) and isinstance(count, int)
                if sized and len(seq) * max(count, 0) > _MAX_SIZE:
                    raise ValueError("metric built a value that is too large")
        return self._sized(func(left, right))

    def expr(self, node: ast.expr, env: dict[str, Any]) -> Any:
        self._tick(node)
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            return self._name(node, env)
        if isinstance(node, ast.BinOp):
            return self._binop(node.op, self.expr(node.left, env), self.expr(node.right, env), node)
        if isinstance(node, ast.UnaryOp):
            operand = self.expr(node.operand, env)
            if isinstance(node.op, ast.Not):
                return not operand
            if isinstance(node.op, ast.USub):
                return -operand
            if isinstance(node.op, ast.UAdd):
                return +operand
            raise _Unsupported(node, f"operator {type(node.op).__name__}")
        if isinstance(node, ast.BoolOp):
            is_and = isinstance(node.op, ast.And)
            value: Any = None
            for sub in node.values:
                value = self.expr(sub, env)
                if bool(value) is not is_and:
                    return value
            return value
        if isinstance(node, ast.Compare):
            left = self.expr(node.left, env)
            for op, comparator in zip(node.ops, node.comparators, strict=True):
                right = self.expr(comparator, env)
                if not _COMPARE[type(op)](left, right):
                    return False
                left = right
            return True
        if isinstance(node, ast.IfExp):
            branch = node.body if self._truth(self.expr(node.test, env)) else node.orelse
            return self.expr(branch, env)
        if isinstance(node, ast.Subscript):
            container = self.expr(node.value, env)
            if isinstance(node.slice, ast.Slice):
                parts = (node.slice.lower, node.slice.upper, node.slice.step)
                bounds = [None if p is None else self.expr(p, env) for p in parts]
                return container[slice(*bounds)]
            return container[self.expr(node.slice, env)]
        if isinstance(node, ast.List | ast.Tuple):
            items = [self.expr(e, env) for e in node.elts]
            return items if isinstance(node, ast.List) else tuple(items)
        if isinstance(node, ast.Dict):
            if any(k is None for k in node.keys):
                raise _Unsupported(node, "dict unpacking")
            return {
                self.expr(k, env): self.expr(v, env)
                for k, v in zip(node.keys, node.values, strict=True)
                if k is not None
            }
        if isinstance(node, ast.JoinedStr):
            return self._sized("".join(str(self.expr(v, env)) for v in node.values))
        if isinstance(node, ast.FormattedValue):
            if node.format_spec is not None or node.conversion not in (-1, 115):
                raise _Unsupported(node, "f-string formatting options")
            return str(self.expr(node.value, env))
        if isinstance(node, ast.Call):
            return self._call(node, env)
        raise _Unsupported(node)

    def _call(self, node: ast.Call, env: dict[str, Any]) -> Any:
        if node.keywords and any(k.arg is None for k in node.keywords):
            raise _Unsupported(node, "**kwargs")
        if any(isinstance(a, ast.Starred) for a in node.args):
            raise _Unsupported(node, "*args")
        args = [self.expr(a, env) for a in node.args]
        kwargs = {str(k.arg): self.expr(k.value, env) for k in node.keywords}
        func: Callable[..., Any]
        if isinstance(node.func, ast.Name) and node.func.id in _BUILTINS:
            if node.func.id in env:
                raise _Unsupported(node, f"shadowing the builtin {node.func.id!r}")
            func = _BUILTINS[node.func.id]
        elif isinstance(node.func, ast.Attribute):
            owner = self.expr(node.func.value, env)
            allowed = _METHODS.get(type(owner), frozenset())
            if node.func.attr not in allowed:
                raise _Unsupported(node, f"method {type(owner).__name__}.{node.func.attr}")
            func = getattr(owner, node.func.attr)
        else:
            name = ast.unparse(node.func)
            raise _Unsupported(node, f"calling {name}")
        return self._sized(func(*args, **kwargs))


def _function(source: str) -> ast.FunctionDef:
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise ApiError.unprocessable(
            f"PYTHON metric does not parse: {exc.msg} (line {exc.lineno})", _FAILED
        ) from None
    except (ValueError, RecursionError, MemoryError) as exc:  # NUL bytes, absurd nesting
        raise ApiError.unprocessable(
            f"PYTHON metric does not parse: {type(exc).__name__}", _FAILED
        ) from None
    functions = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    others = [
        n
        for n in tree.body
        if not isinstance(n, ast.FunctionDef)
        and not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))
    ]
    if len(functions) != 1 or others:
        raise ApiError.unprocessable(
            "PYTHON metric must be exactly one function `def name(event): ...` and nothing "
            "else (no imports or module-level code) to run locally",
            _NOT_LOCAL,
        )
    func = functions[0]
    args = func.args
    if (
        len(args.args) != 1
        or args.vararg
        or args.kwarg
        or args.kwonlyargs
        or args.posonlyargs
        or func.decorator_list
    ):
        raise ApiError.unprocessable(
            "PYTHON metric function must take exactly one argument (the event) and have no "
            "decorators",
            _NOT_LOCAL,
        )
    return func


def _run_python(source: str, event: Mapping[str, Any]) -> Any:
    func = _function(source)
    env: dict[str, Any] = {func.args.args[0].arg: event}
    try:
        _Interpreter().block(func.body, env)
    except _Return as ret:
        return ret.value
    except _Unsupported as exc:
        raise ApiError.unprocessable(f"PYTHON metric uses {exc}", _NOT_LOCAL) from None
    except Exception as exc:  # the metric's own failure: report it, do not crash
        raise ApiError.unprocessable(
            f"PYTHON metric raised {type(exc).__name__}: {exc}", _FAILED
        ) from None
    return None


def _run_composite(metric: Mapping[str, Any], event: Mapping[str, Any]) -> tuple[float, str]:
    children = metric.get("child_metrics") or []
    if not children:
        raise ApiError.unprocessable("COMPOSITE metric has no child_metrics", _FAILED)
    values = event.get("metrics") or {}
    total = weights = 0.0
    parts = []
    for child in children:
        value = values.get(child["name"]) if isinstance(values, Mapping) else None
        if isinstance(value, bool):
            value = float(value)
        if not isinstance(value, int | float):
            raise ApiError.unprocessable(
                f"COMPOSITE metric needs a numeric value for child metric {child['name']!r} "
                "in the event's metrics",
                _FAILED,
            )
        total += float(child["weight"]) * value
        weights += float(child["weight"])
        parts.append(f"{child['name']}={value:g}x{float(child['weight']):g}")
    if weights == 0:
        raise ApiError.unprocessable("COMPOSITE metric weights sum to zero", _FAILED)
    return total / weights, "weighted mean of " + ", ".join(parts)


def _passed(metric: Mapping[str, Any], result: Any) -> bool | None:
    threshold = metric.get("threshold")
    if not threshold or result is None:
        return None
    if "passing_categories" in threshold and isinstance(result, str):
        return result in threshold["passing_categories"]
    if "pass_when" in threshold:
        return bool(result == threshold["pass_when"])
    if isinstance(result, int | float) and not isinstance(result, bool):
        low, high = threshold.get("min"), threshold.get("max")
        return (low is None or result >= low) and (high is None or result <= high)
    return None


def run_metric(metric: Mapping[str, Any], event: Mapping[str, Any]) -> dict[str, Any]:
    """``RunMetricResponse`` for ``metric`` on ``event``, or a 422 ``ApiError``."""
    kind = metric["type"]
    explanation: str | None = None
    if kind == "PYTHON":
        result = _run_python(metric["criteria"], event)
    elif kind == "COMPOSITE":
        result, explanation = _run_composite(metric, event)
    else:
        reason = (
            "it needs a model provider, and the local server never calls one"
            if kind == "LLM"
            else "people give its values, as event feedback"
        )
        raise ApiError.unprocessable(
            f"{kind} metrics cannot run on the local server: {reason}. PYTHON (a safe subset) "
            "and COMPOSITE metrics can.",
            _NOT_LOCAL,
        )
    if isinstance(result, float) and not math.isfinite(result):
        raise ApiError.unprocessable(f"{kind} metric returned {result}", _FAILED)
    if not (result is None or isinstance(result, bool | int | float | str)):
        raise ApiError.unprocessable(
            f"{kind} metric returned a {type(result).__name__}; expected a number, boolean, "
            "string or None",
            _FAILED,
        )
    return {"result": result, "passed": _passed(metric, result), "explanation": explanation}
