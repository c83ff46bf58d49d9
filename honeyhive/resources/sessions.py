"""``client.sessions``: start, get and delete sessions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._convert import as_model, new_id, require_str
from .._operation import Call, Namespace, Steps, async_op, once, sync_op

if TYPE_CHECKING:
    from honeyhive_api.models import (
        DeleteSessionResponse,
        SessionStartRequest,
        SessionTreeNode,
        StartSessionResponse,
    )


class Sessions(Namespace):
    """API for managing sessions."""

    def _start(self, data: Mapping[str, Any] | SessionStartRequest) -> Steps[StartSessionResponse]:
        """Start (create) a session; returns a response whose ``session_id`` names it.

        A ``session_id`` is generated (UUIDv4) when none is given, so a retried start can
        never create two sessions.
        """
        from honeyhive_api.models import SessionStartRequest, StartSessionRequest
        from honeyhive_api.models import StartSessionResponse as Response
        from honeyhive_api.types import UNSET

        session = as_model(SessionStartRequest, data, "sessions.start(data)")
        if session.session_id is UNSET or not session.session_id:
            if session is data:
                # Never write into the caller's object: it may be reused for another session.
                session = SessionStartRequest.from_dict(session.to_dict())
            session.session_id = new_id()
        body = StartSessionRequest(session=session)
        return (yield from once(Call("sessions.start_session", {"body": body}, Response.from_dict)))

    start = sync_op(_start)
    start_async = async_op(_start)
    create_session = start
    create_session_async = start_async
    start_session = start
    start_session_async = start_async

    def _get(self, session_id: str) -> Steps[SessionTreeNode]:
        """Retrieve a session: its root event (``event_name``, ``inputs``, ...) with children."""
        from honeyhive_api.models import SessionTreeNode

        sid = require_str(session_id, "session_id")
        call = Call("sessions.get_session", {"session_id": sid}, SessionTreeNode.from_dict)
        return (yield from once(call))

    get = sync_op(_get)
    get_async = async_op(_get)
    get_session = get
    get_session_async = get_async

    def _delete(self, session_id: str) -> Steps[DeleteSessionResponse]:
        """Delete a session and its events."""
        from honeyhive_api.models import DeleteSessionResponse

        sid = require_str(session_id, "session_id")
        parse = DeleteSessionResponse.from_dict
        return (yield from once(Call("sessions.delete_session", {"session_id": sid}, parse)))

    delete = sync_op(_delete)
    delete_async = async_op(_delete)
    delete_session = delete
    delete_session_async = delete_async
