"""Argument types of facade methods that are not models (for mypy, editors and ``help()``).

Most methods take a generated model or its ``<Model>Dict`` (see ``honeyhive.models``); the
shapes here extend one with a key the facade itself handles, or name a union of forms.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeAlias

from honeyhive_api.models import DateRange, Filter
from honeyhive_api.types import LegacyStartSessionRequestSessionDict

from ._event_logger import FullPolicy

#: A filters argument: a JSON string (sent as is), a ``Filter`` or dict, or a list of them.
FilterArg: TypeAlias = str | Mapping[str, Any] | Filter | Iterable[Mapping[str, Any] | Filter]
#: A date range argument: a JSON string, a ``DateRange`` or a ``$gte``/``$lte`` dict.
DateRangeArg: TypeAlias = str | Mapping[str, Any] | DateRange


class StartSessionParams(LegacyStartSessionRequestSessionDict, total=False):
    """The flat session of ``sessions.start``: the wire's fields plus ``project``.

    ``project`` names the project by name, as the reference doc and the official SDK send it
    (the session schema of today's description no longer lists it; the service reads it).
    """

    project: str


__all__ = ["DateRangeArg", "FilterArg", "FullPolicy", "StartSessionParams"]
