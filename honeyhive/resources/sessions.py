"""``client.sessions``: start a session, read it as a tree, add events to it, delete it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from .._checks import WireBody, _checked, envelope
from .._convert import new_id, require_str, require_uuid, wire_dict
from .._operation import Call, Namespace, RequestOptions, Steps, async_op, once, sync_op
from ..errors import NotFoundError
from ._event_payloads import event_dicts, unwrap
from ._event_queries import session_events, session_tree

if TYPE_CHECKING:
    from honeyhive_api.models import (
        DeleteSessionResponse,
        LegacyStartSessionRequest,
        LegacyStartSessionRequestSession,
        PostSessionStartResponse,
        SessionTracesResponse,
        SessionTreeNode,
    )
    from honeyhive_api.types import LegacyStartSessionRequestDict

    from ..params import StartSessionParams


class Sessions(Namespace):
    """API for managing sessions."""

    def _start(
        self,
        data: StartSessionParams
        | LegacyStartSessionRequestDict
        | LegacyStartSessionRequest
        | LegacyStartSessionRequestSession
        | None = None,
        *,
        request: StartSessionParams
        | LegacyStartSessionRequestDict
        | LegacyStartSessionRequest
        | LegacyStartSessionRequestSession
        | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[PostSessionStartResponse]:
        """Start (create) a session (``POST /session/start``); ``response.session_id`` names it.

        ``data`` is the reference doc's flat session dict (``session_name``, ``project``,
        ``source``, ``inputs``, ...) or the official SDK 1.7.0's
        ``StartSessionRequest(session={...})`` / ``{"session": {...}}``. A ``session_id``
        (UUIDv4) is generated when none is given, so a retried start never creates two
        sessions; the caller's object is left as it was. ``request=`` is 1.7.0's name for
        ``data`` in its ``create_session`` / ``start_session`` aliases.
        """
        from honeyhive_api.models import (
            LegacyStartSessionRequest,
            LegacyStartSessionRequestSession,
            PostSessionStartResponse,
        )

        what = "sessions.start(data)"
        if (data is None) == (request is None):
            raise TypeError(f"{what} takes the session as data (or request=), exactly once")
        data = request if data is None else data
        key = envelope(LegacyStartSessionRequest)
        flat = unwrap(data, key, what, "a dict or StartSessionRequest")
        session = _checked(flat, LegacyStartSessionRequestSession, what)
        if not session.get("session_id"):
            session = {**session, "session_id": new_id()}
        call = Call(
            "sessions.start_session_legacy",
            {"body": WireBody({key: dict(session)})},
            PostSessionStartResponse.from_dict,
            credential="ingestion",
            envelope=key,
        )
        return (yield from once(call))

    start = sync_op(_start)
    start_async = async_op(_start)
    create_session = start
    create_session_async = start_async
    start_session = start
    start_session_async = start_async

    def _get(self, session_id: str, **options: Unpack[RequestOptions]) -> Steps[SessionTreeNode]:
        """A session as its root event (``event_name``, ``inputs``, ...) with ``children``.

        Reads the session's events with ``POST /v1/events/search`` (every page) and nests
        them by ``parent_id``; events whose parent is not in the session hang under the root.
        NotFoundError when the session has no root event.
        """
        sid = require_str(session_id, "session_id")
        events = yield from session_events(sid)
        tree = session_tree(sid, events)
        if tree is None:
            found = f" ({len(events)} events carry its id)" if events else ""
            raise NotFoundError(404, f"no session {sid!r}: no session event has this id{found}")
        return tree

    get = sync_op(_get)
    get_async = async_op(_get)
    get_session = get
    get_session_async = get_async

    def _create_event_batch(
        self, session_id: str, events: Any, **options: Unpack[RequestOptions]
    ) -> Steps[SessionTracesResponse]:
        """Add events to a session: ``POST /v1/sessions/{session_id}/events/batch``.

        ``session_id`` is a UUID; ``events`` a list (or ``{"events": [...]}``) of today's
        event objects: ``event_type`` and ``inputs`` required, ``project_id`` rather than
        ``project``, no fields beyond the schema's. Each event without an ``event_id`` gets
        one before anything is sent. One request; returns ``{success}``.
        """
        from honeyhive_api.models import (
            PostEventRequest,
            SessionEventBatchRequest,
            SessionTracesResponse,
        )

        what = "sessions.create_event_batch(events)"
        sid = require_uuid(session_id, "session_id")
        key = envelope(SessionEventBatchRequest)
        if not isinstance(events, list | tuple):
            raw = wire_dict(events, what, f'a list of events or {{"{key}": [...]}}')
            unknown = sorted(str(k) for k in raw if k != key)
            if unknown:
                raise ValueError(f"{what}: unknown keys {unknown}; expected only {key!r}")
            events = raw.get(key)
            if not isinstance(events, list | tuple):
                raise TypeError(f"{what}: {key!r} must be a list of events")
        checked = event_dicts(events, PostEventRequest, what, type_required=True)
        call = Call(
            "sessions.create_session_event_batch",
            {"session_id": sid, "body": WireBody({key: checked})},
            SessionTracesResponse.from_dict,
            credential="ingestion",
        )
        return (yield from once(call))

    create_event_batch = sync_op(_create_event_batch)
    create_event_batch_async = async_op(_create_event_batch)
    add_events = create_event_batch
    add_events_async = create_event_batch_async

    def _delete(
        self, session_id: str, **options: Unpack[RequestOptions]
    ) -> Steps[DeleteSessionResponse]:
        """Delete a session and its events (a seed-era route, absent from today's description)."""
        from honeyhive_api.models import DeleteSessionResponse

        sid = require_str(session_id, "session_id")
        parse = DeleteSessionResponse.from_dict
        return (yield from once(Call("sessions.delete_session", {"session_id": sid}, parse)))

    delete = sync_op(_delete)
    delete_async = async_op(_delete)
    delete_session = delete
    delete_session_async = delete_async
