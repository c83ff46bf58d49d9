"""``client.datapoints``: datapoints (inputs and ground truth that datasets are made of).

Compatibility choices (ours = this client's earlier signatures; 1.7.0 = the official SDK):

- ``get(id)`` returns the ``Datapoint`` itself (ours); it also answers 1.7.0's
  ``get(id).datapoint[0]``: its ``datapoint`` attribute is the one-element list 1.7.0's
  ``GetDatapointResponse`` holds. A missing id raises ``NotFoundError`` in both.
- ``list(datapoint_ids=None, dataset_name=None)`` takes 1.7.0's positional order (ours was
  keyword-only) and, like 1.7.0, asks for more than 100 ids in batches of 100 (one request
  after the other), merged into one ``GetDatapointsResponse``.
- Keyword names of both are accepted: ``get/delete(datapoint_id=|id=)``,
  ``create(data=|request=)``, ``update(datapoint_id=|id=, data=|request=)``.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from .._convert import as_model, either, id_list, list_parser, require_str
from .._operation import Call, Namespace, RequestOptions, Steps, async_op, sync_op
from .._pagination import list_filters
from ..errors import NotFoundError

if TYPE_CHECKING:
    from honeyhive_api.models import (
        BatchCreateDatapointsRequest,
        BatchCreateDatapointsResponse,
        CreateDatapointRequest,
        CreateDatapointResponse,
        Datapoint,
        DeleteDatapointResponse,
        GetDatapointsResponse,
        UpdateDatapointRequest,
        UpdateDatapointResponse,
    )

#: Ids per ``GET /v1/datapoints`` request, as in the official SDK: longer lists are split so
#: the URL stays within what servers and proxies accept.
QUERY_BATCH_SIZE = 100


if TYPE_CHECKING:

    class FoundDatapoint(Datapoint):
        """A datapoint; ``datapoint`` is ``[self]``, the shape of the official SDK's answer."""

        @property
        def datapoint(self) -> list[Datapoint]:
            """``[self]``: what ``GetDatapointResponse.datapoint`` holds."""


@functools.cache
def _found_class() -> type[FoundDatapoint]:
    """``Datapoint`` that also reads as 1.7.0's ``GetDatapointResponse`` (``.datapoint[0]``)."""
    from honeyhive_api.models import Datapoint

    class FoundDatapoint(Datapoint):
        """A datapoint; ``datapoint`` is ``[self]``, the shape of the official SDK's answer."""

        __slots__ = ()

        @property
        def datapoint(self) -> list[Datapoint]:
            """``[self]``: what ``GetDatapointResponse.datapoint`` holds."""
            return [self]

        def __reduce__(self) -> tuple[Any, tuple[dict[str, Any]]]:
            # The class is built at run time, so pickle and copy rebuild it by function.
            return _rebuild_found, (self.to_dict(),)

    FoundDatapoint.__name__ = FoundDatapoint.__qualname__ = "Datapoint"
    return FoundDatapoint  # type: ignore[return-value]


def _rebuild_found(data: dict[str, Any]) -> FoundDatapoint:
    """Unpickle a datapoint `Datapoints.get` returned."""
    return _found_class().from_dict(data)


class Datapoints(Namespace):
    """API for managing datapoints."""

    def _list(
        self,
        datapoint_ids: Iterable[str] | Mapping[str, Any] | None = None,
        dataset_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[GetDatapointsResponse]:
        """List datapoints, by ids and/or dataset name; the response's ``datapoints`` holds them.

        Filters as keywords, positionally, or as one mapping: ``list({"dataset_name": "qa"})``.
        Ids are sent in the bracket form the service requires (``datapoint_ids[]=a&...``), at
        most 100 per request.
        """
        from honeyhive_api.models import GetDatapointsResponse

        given = {"datapoint_ids": datapoint_ids, "dataset_name": dataset_name}
        args = list_filters("datapoints.list()", given, first="datapoint_ids")
        datapoint_ids, dataset_name = args["datapoint_ids"], args["dataset_name"]
        query: dict[str, Any] = {}
        if dataset_name is not None:
            query["dataset_name"] = require_str(dataset_name, "dataset_name")
        parse = GetDatapointsResponse.from_dict
        ids = None if datapoint_ids is None else id_list(datapoint_ids, "datapoint_ids")
        if ids is None or len(ids) <= QUERY_BATCH_SIZE:
            if ids is not None:
                query["datapoint_ids"] = ids
            result: GetDatapointsResponse = yield Call("datapoints.get_datapoints", query, parse)
            return result
        found: list[Datapoint] = []
        for start in range(0, len(ids), QUERY_BATCH_SIZE):
            batch = {**query, "datapoint_ids": ids[start : start + QUERY_BATCH_SIZE]}
            page: GetDatapointsResponse = yield Call("datapoints.get_datapoints", batch, parse)
            found.extend(page.datapoints)
        return GetDatapointsResponse(datapoints=found)

    list = sync_op(_list)
    list_async = async_op(_list)
    list_datapoints = list
    list_datapoints_async = list_async
    get_datapoints = list
    get_datapoints_async = list_async

    def _get(
        self,
        datapoint_id: str | None = None,
        *,
        id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[FoundDatapoint]:
        """Get one datapoint by id (the service wraps it in a one-element list: unwrapped here)."""
        given = either("datapoints.get", datapoint_id=datapoint_id, id=id)
        wanted = require_str(given, "datapoint_id")
        parse = list_parser(_found_class().from_dict, "datapoint")
        found: builtins.list[FoundDatapoint] = yield Call(
            "datapoints.get_datapoint", {"datapoint_id": wanted}, parse
        )
        if not found:
            raise NotFoundError(message=f"No datapoint has id {wanted!r}")
        return found[0]

    get = sync_op(_get)
    get_async = async_op(_get)
    get_datapoint = get
    get_datapoint_async = get_async

    def _create(
        self,
        data: Mapping[str, Any] | CreateDatapointRequest | None = None,
        *,
        request: Mapping[str, Any] | CreateDatapointRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[CreateDatapointResponse]:
        """Create a datapoint ``{inputs, history?, ground_truth?, metadata?, linked_datasets?}``."""
        from honeyhive_api.models import CreateDatapointRequest, CreateDatapointResponse

        what = "datapoints.create(request)"
        body = as_model(CreateDatapointRequest, either(what, data=data, request=request), what)
        parse = CreateDatapointResponse.from_dict
        result: CreateDatapointResponse = yield Call(
            "datapoints.create_datapoint", {"body": body}, parse
        )
        return result

    create = sync_op(_create)
    create_async = async_op(_create)
    create_datapoint = create
    create_datapoint_async = create_async

    def _create_batch(
        self,
        data: Mapping[str, Any] | BatchCreateDatapointsRequest,
        **options: Unpack[RequestOptions],
    ) -> Steps[BatchCreateDatapointsResponse]:
        """Turn events into datapoints, by event ids or by filters over a date range.

        ``{"events": [ids], "mapping": {...}, "dataset_id"?: ...}`` or
        ``{"filters": [...], "dateRange": {...}, "selectAll": True, "mapping": {...}}``.
        """
        from honeyhive_api.models import (
            BatchCreateDatapointsRequest,
            BatchCreateDatapointsResponse,
        )

        body = as_model(BatchCreateDatapointsRequest, data, "datapoints.create_batch(data)")
        parse = BatchCreateDatapointsResponse.from_dict
        result: BatchCreateDatapointsResponse = yield Call(
            "datapoints.batch_create_datapoints", {"body": body}, parse
        )
        return result

    create_batch = sync_op(_create_batch)
    create_batch_async = async_op(_create_batch)
    batch_create_datapoints = create_batch
    batch_create_datapoints_async = create_batch_async
    create_datapoints_batch = create_batch
    create_datapoints_batch_async = create_batch_async

    def _update(
        self,
        datapoint_id: str | None = None,
        data: Mapping[str, Any] | UpdateDatapointRequest | None = None,
        *,
        id: str | None = None,
        request: Mapping[str, Any] | UpdateDatapointRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[UpdateDatapointResponse]:
        """Update a datapoint's fields (those given replace the stored ones)."""
        from honeyhive_api.models import UpdateDatapointRequest, UpdateDatapointResponse

        what = "datapoints.update(datapoint_id, request)"
        wanted = require_str(either(what, datapoint_id=datapoint_id, id=id), "datapoint_id")
        fields = either(what, data=data, request=request)
        kwargs = {
            "datapoint_id": wanted,
            "body": as_model(UpdateDatapointRequest, fields, what),
        }
        parse = UpdateDatapointResponse.from_dict
        result: UpdateDatapointResponse = yield Call("datapoints.update_datapoint", kwargs, parse)
        return result

    update = sync_op(_update)
    update_async = async_op(_update)
    update_datapoint = update
    update_datapoint_async = update_async

    def _delete(
        self,
        datapoint_id: str | None = None,
        *,
        id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[DeleteDatapointResponse]:
        """Delete a datapoint by id."""
        from honeyhive_api.models import DeleteDatapointResponse

        given = either("datapoints.delete", datapoint_id=datapoint_id, id=id)
        kwargs = {"datapoint_id": require_str(given, "datapoint_id")}
        parse = DeleteDatapointResponse.from_dict
        result: DeleteDatapointResponse = yield Call("datapoints.delete_datapoint", kwargs, parse)
        return result

    delete = sync_op(_delete)
    delete_async = async_op(_delete)
    delete_datapoint = delete
    delete_datapoint_async = delete_async
