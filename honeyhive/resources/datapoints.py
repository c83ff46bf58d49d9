"""``client.datapoints``: datapoints (inputs and ground truth that datasets are made of)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .._convert import as_model, id_list, require_str
from .._operation import Call, Namespace, Steps, async_op, sync_op
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


class Datapoints(Namespace):
    """API for managing datapoints."""

    def _list(
        self,
        *,
        datapoint_ids: Iterable[str] | None = None,
        dataset_name: str | None = None,
    ) -> Steps[GetDatapointsResponse]:
        """List datapoints, by ids and/or dataset name; the response's ``datapoints`` holds them.

        Ids are sent in the bracket form the service requires (``datapoint_ids[]=a&...``).
        """
        from honeyhive_api.models import GetDatapointsResponse

        query: dict[str, Any] = {}
        if datapoint_ids is not None:
            query["datapoint_ids"] = id_list(datapoint_ids, "datapoint_ids")
        if dataset_name is not None:
            query["dataset_name"] = require_str(dataset_name, "dataset_name")
        parse = GetDatapointsResponse.from_dict
        result: GetDatapointsResponse = yield Call("datapoints.get_datapoints", query, parse)
        return result

    list = sync_op(_list)
    list_async = async_op(_list)
    list_datapoints = list
    list_datapoints_async = list_async
    get_datapoints = list
    get_datapoints_async = list_async

    def _get(self, datapoint_id: str) -> Steps[Datapoint]:
        """Get one datapoint by id (the service wraps it in a one-element list: unwrapped here)."""
        from honeyhive_api.models import GetDatapointResponse

        wanted = require_str(datapoint_id, "datapoint_id")
        parse = GetDatapointResponse.from_dict
        response: GetDatapointResponse = yield Call(
            "datapoints.get_datapoint", {"id": wanted}, parse
        )
        if not response.datapoint:
            raise NotFoundError(message=f"No datapoint has id {wanted!r}")
        return response.datapoint[0]

    get = sync_op(_get)
    get_async = async_op(_get)
    get_datapoint = get
    get_datapoint_async = get_async

    def _create(
        self, data: Mapping[str, Any] | CreateDatapointRequest
    ) -> Steps[CreateDatapointResponse]:
        """Create a datapoint ``{inputs, history?, ground_truth?, metadata?, linked_datasets?}``."""
        from honeyhive_api.models import CreateDatapointRequest, CreateDatapointResponse

        body = as_model(CreateDatapointRequest, data, "datapoints.create(data)")
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
        self, data: Mapping[str, Any] | BatchCreateDatapointsRequest
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
        self, datapoint_id: str, data: Mapping[str, Any] | UpdateDatapointRequest
    ) -> Steps[UpdateDatapointResponse]:
        """Update a datapoint's fields (those given replace the stored ones)."""
        from honeyhive_api.models import UpdateDatapointRequest, UpdateDatapointResponse

        kwargs = {
            "id": require_str(datapoint_id, "datapoint_id"),
            "body": as_model(UpdateDatapointRequest, data, "datapoints.update(datapoint_id, data)"),
        }
        parse = UpdateDatapointResponse.from_dict
        result: UpdateDatapointResponse = yield Call("datapoints.update_datapoint", kwargs, parse)
        return result

    update = sync_op(_update)
    update_async = async_op(_update)
    update_datapoint = update
    update_datapoint_async = update_async

    def _delete(self, datapoint_id: str) -> Steps[DeleteDatapointResponse]:
        """Delete a datapoint by id."""
        from honeyhive_api.models import DeleteDatapointResponse

        kwargs = {"id": require_str(datapoint_id, "datapoint_id")}
        parse = DeleteDatapointResponse.from_dict
        result: DeleteDatapointResponse = yield Call("datapoints.delete_datapoint", kwargs, parse)
        return result

    delete = sync_op(_delete)
    delete_async = async_op(_delete)
    delete_datapoint = delete
    delete_datapoint_async = delete_async
