"""``client.queues``: annotation queues, named sets of events for human review."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from .._checks import closed_model
from .._convert import as_dict, id_list, require_str
from .._operation import Call, Namespace, RequestOptions, Steps, async_op, once, sync_op

if TYPE_CHECKING:
    from honeyhive_api.models import (
        CreateAnnotationQueueRequest,
        CreateAnnotationQueueResponse,
        DeleteAnnotationQueueResponse,
        GetAnnotationQueueByIdResponse,
        GetAnnotationQueuesResponse,
        UpdateAnnotationQueueRequest,
        UpdateAnnotationQueueResponse,
    )


def _check_ids(body: Any, what: str, *keys: str) -> None:
    """The event-id lists of a queue request are lists of non-empty strings."""
    from honeyhive_api.types import Unset

    for key in keys:
        value = getattr(body, key)
        if not isinstance(value, Unset):
            id_list(value, f"{what}: {key}")


def _check_enabled(body: Any, what: str) -> None:
    """``enabled`` is a real bool (the wire would take 0/1 or "false" differently)."""
    from honeyhive_api.types import Unset

    if not isinstance(body.enabled, (bool, Unset)):
        raise TypeError(f"{what}: enabled must be a bool, not {type(body.enabled).__name__}")


class Queues(Namespace):
    """API for annotation queues."""

    def _list(
        self, *, enabled: bool | None = None, **options: Unpack[RequestOptions]
    ) -> Steps[GetAnnotationQueuesResponse]:
        """List queues (only enabled or only disabled ones with ``enabled``); see ``.queues``."""
        from honeyhive_api.models import GetAnnotationQueuesResponse

        query: dict[str, Any] = {}
        if enabled is not None:
            if not isinstance(enabled, bool):
                raise TypeError(f"enabled must be a bool, not {type(enabled).__name__}")
            query["enabled"] = enabled
        parse = GetAnnotationQueuesResponse.from_dict
        return (yield from once(Call("queues.get_queues", query, parse)))

    list = sync_op(_list)
    list_async = async_op(_list)

    def _get(
        self, queue_id: str, **options: Unpack[RequestOptions]
    ) -> Steps[GetAnnotationQueueByIdResponse]:
        """Get one queue by id."""
        from honeyhive_api.models import GetAnnotationQueueByIdResponse

        kwargs = {"queue_id": require_str(queue_id, "queue_id")}
        parse = GetAnnotationQueueByIdResponse.from_dict
        return (yield from once(Call("queues.get_queue", kwargs, parse)))

    get = sync_op(_get)
    get_async = async_op(_get)

    def _create(
        self,
        request: Mapping[str, Any] | CreateAnnotationQueueRequest,
        **options: Unpack[RequestOptions],
    ) -> Steps[CreateAnnotationQueueResponse]:
        """Create a queue ``{name, description?, filters?, enabled?, event_ids?}``."""
        from honeyhive_api.models import CreateAnnotationQueueRequest, CreateAnnotationQueueResponse

        what = "queues.create(request)"
        body = closed_model(CreateAnnotationQueueRequest, request, what)
        require_str(body.name, f"{what}: name")
        _check_enabled(body, what)
        _check_ids(body, what, "event_ids")
        parse = CreateAnnotationQueueResponse.from_dict
        return (yield from once(Call("queues.create_queue", {"body": body}, parse)))

    create = sync_op(_create)
    create_async = async_op(_create)

    def _update(
        self,
        queue_id: str,
        request: Mapping[str, Any] | UpdateAnnotationQueueRequest,
        **options: Unpack[RequestOptions],
    ) -> Steps[UpdateAnnotationQueueResponse]:
        """Change a queue's given fields; ``add_event_ids``/``remove_event_ids`` edit its events."""
        from honeyhive_api.models import UpdateAnnotationQueueRequest, UpdateAnnotationQueueResponse

        what = "queues.update(queue_id, request)"
        wanted = require_str(queue_id, "queue_id")
        # The body repeats the id the path names; fill it in rather than make callers repeat it.
        data = as_dict(request, what, "a dict or UpdateAnnotationQueueRequest")
        given = data.setdefault("id", wanted)
        if given != wanted:
            raise ValueError(f"{what}: request id {given!r} is not queue_id {wanted!r}")
        body = closed_model(UpdateAnnotationQueueRequest, data, what)
        _check_enabled(body, what)
        _check_ids(body, what, "add_event_ids", "remove_event_ids")
        kwargs = {"queue_id": wanted, "body": body}
        parse = UpdateAnnotationQueueResponse.from_dict
        return (yield from once(Call("queues.update_queue", kwargs, parse)))

    update = sync_op(_update)
    update_async = async_op(_update)

    def _delete(
        self, queue_id: str, **options: Unpack[RequestOptions]
    ) -> Steps[DeleteAnnotationQueueResponse]:
        """Delete a queue by id (its events are kept)."""
        from honeyhive_api.models import DeleteAnnotationQueueResponse

        kwargs = {"queue_id": require_str(queue_id, "queue_id")}
        parse = DeleteAnnotationQueueResponse.from_dict
        return (yield from once(Call("queues.delete_queue", kwargs, parse)))

    delete = sync_op(_delete)
    delete_async = async_op(_delete)
