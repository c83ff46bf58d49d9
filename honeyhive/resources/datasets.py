"""``client.datasets``: datasets, and adding or removing their datapoints."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._convert import as_dict, as_model, require_str
from .._operation import Call, Namespace, Steps, async_op, sync_op
from ..errors import NotFoundError

if TYPE_CHECKING:
    from honeyhive_api.models import (
        AddDatapointsRequest,
        AddDatapointsResponse,
        CreateDatasetRequest,
        CreateDatasetResponse,
        DatapointMapping,
        Dataset,
        DeleteDatasetResponse,
        GetDatasetsResponse,
        RemoveDatapointResponse,
        UpdateDatasetRequest,
        UpdateDatasetResponse,
    )


def _get_datasets(**query: Any) -> Call[GetDatasetsResponse]:
    """The ``GET /v1/datasets`` call."""
    from honeyhive_api.models import GetDatasetsResponse

    return Call("datasets.get_datasets", query, GetDatasetsResponse.from_dict)


class Datasets(Namespace):
    """API for managing datasets."""

    def _list(
        self,
        *,
        dataset_id: str | None = None,
        name: str | None = None,
        include_datapoints: bool | None = None,
    ) -> Steps[GetDatasetsResponse]:
        """List datasets (optionally one id or name); the response's ``datasets`` holds them."""
        query: dict[str, Any] = {}
        for key, value in (("dataset_id", dataset_id), ("name", name)):
            if value is not None:
                query[key] = require_str(value, key)
        if include_datapoints is not None:
            if not isinstance(include_datapoints, bool):
                raise TypeError(f"include_datapoints must be a bool, not {include_datapoints!r}")
            query["include_datapoints"] = include_datapoints
        result: GetDatasetsResponse = yield _get_datasets(**query)
        return result

    list = sync_op(_list)
    list_async = async_op(_list)
    list_datasets = list
    list_datasets_async = list_async
    get_datasets = list
    get_datasets_async = list_async

    def _get(self, dataset_id: str) -> Steps[Dataset]:
        """Get one dataset by id; NotFoundError if there is none."""
        wanted = require_str(dataset_id, "dataset_id")
        response: GetDatasetsResponse = yield _get_datasets(dataset_id=wanted)
        for dataset in response.datasets:
            if dataset.id == wanted:
                return dataset
        raise NotFoundError(message=f"No dataset has id {wanted!r}")

    get = sync_op(_get)
    get_async = async_op(_get)
    get_dataset = get
    get_dataset_async = get_async

    def _create(
        self, data: Mapping[str, Any] | CreateDatasetRequest
    ) -> Steps[CreateDatasetResponse]:
        """Create a dataset ``{name, description?, datapoints?}``; id in ``result.inserted_id``."""
        from honeyhive_api.models import CreateDatasetRequest, CreateDatasetResponse

        what = "datasets.create(data)"
        body = as_model(CreateDatasetRequest, data, what)
        require_str(body.name, f"{what}: name")
        parse = CreateDatasetResponse.from_dict
        result: CreateDatasetResponse = yield Call("datasets.create_dataset", {"body": body}, parse)
        return result

    create = sync_op(_create)
    create_async = async_op(_create)
    create_dataset = create
    create_dataset_async = create_async

    def _update(
        self, data: Mapping[str, Any] | UpdateDatasetRequest
    ) -> Steps[UpdateDatasetResponse]:
        """Update a dataset ``{dataset_id, name?, description?, datapoints?}``."""
        from honeyhive_api.models import UpdateDatasetRequest, UpdateDatasetResponse

        what = "datasets.update(data)"
        body = as_model(UpdateDatasetRequest, data, what)
        require_str(body.dataset_id, f"{what}: dataset_id")
        parse = UpdateDatasetResponse.from_dict
        result: UpdateDatasetResponse = yield Call("datasets.update_dataset", {"body": body}, parse)
        return result

    update = sync_op(_update)
    update_async = async_op(_update)
    update_dataset = update
    update_dataset_async = update_async

    def _delete(self, dataset_id: str) -> Steps[DeleteDatasetResponse]:
        """Delete a dataset by id (its datapoints stay)."""
        from honeyhive_api.models import DeleteDatasetResponse

        kwargs = {"dataset_id": require_str(dataset_id, "dataset_id")}
        result: DeleteDatasetResponse = yield Call(
            "datasets.delete_dataset", kwargs, DeleteDatasetResponse.from_dict
        )
        return result

    delete = sync_op(_delete)
    delete_async = async_op(_delete)
    delete_dataset = delete
    delete_dataset_async = delete_async

    def _add_datapoints(
        self,
        dataset_id: str,
        data: Mapping[str, Any] | AddDatapointsRequest | Sequence[Mapping[str, Any]],
        mapping: Mapping[str, Any] | DatapointMapping | None = None,
    ) -> Steps[AddDatapointsResponse]:
        """Turn raw records into datapoints of a dataset.

        Pass the whole request ``{"data": [...], "mapping": {...}}``, or the records and the
        mapping separately: ``add_datapoints(dataset_id, records, {"inputs": [...], ...})``.
        The mapping says which record fields become ``inputs``, ``history`` and
        ``ground_truth``.
        """
        from honeyhive_api.models import AddDatapointsRequest, AddDatapointsResponse

        what = "datasets.add_datapoints(dataset_id, data, mapping)"
        wanted = require_str(dataset_id, "dataset_id")
        if isinstance(data, (list, tuple)):
            if mapping is None:
                raise TypeError(f"{what}: records given as a list need a mapping")
            data = {
                "data": list(data),
                "mapping": as_dict(mapping, what, "a dict or DatapointMapping"),
            }
        elif mapping is not None:
            raise TypeError(f"{what}: pass mapping inside the request or with a list of records")
        body = as_model(AddDatapointsRequest, data, what)
        if not body.data:
            raise ValueError(f"{what}: data must hold at least one record")
        kwargs = {"dataset_id": wanted, "body": body}
        result: AddDatapointsResponse = yield Call(
            "datasets.add_datapoints", kwargs, AddDatapointsResponse.from_dict
        )
        return result

    add_datapoints = sync_op(_add_datapoints)
    add_datapoints_async = async_op(_add_datapoints)

    def _remove_datapoint(
        self, dataset_id: str, datapoint_id: str
    ) -> Steps[RemoveDatapointResponse]:
        """Remove a datapoint from a dataset (the datapoint itself is kept)."""
        from honeyhive_api.models import RemoveDatapointResponse

        kwargs = {
            "dataset_id": require_str(dataset_id, "dataset_id"),
            "datapoint_id": require_str(datapoint_id, "datapoint_id"),
        }
        parse = RemoveDatapointResponse.from_dict
        result: RemoveDatapointResponse = yield Call("datasets.remove_datapoint", kwargs, parse)
        return result

    remove_datapoint = sync_op(_remove_datapoint)
    remove_datapoint_async = async_op(_remove_datapoint)
