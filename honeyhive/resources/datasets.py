"""``client.datasets``: datasets, and adding or removing their datapoints.

Routes: today's ``PUT``/``DELETE /v1/datasets/{dataset_id}`` and
``DELETE /v1/datasets/{dataset_id}/datapoints/{datapoint_id}``, not the deprecated body- and
query-addressed ones the official SDK 1.7.0 still sends (same effect, same answers).

Compatibility choices (ours = this client's earlier signatures; 1.7.0 = the official SDK):

- ``update`` takes 1.7.0's ``update(request)`` with ``dataset_id`` in the request (a dict, the
  ``UpdateDatasetRequest`` of ``honeyhive.models`` or any model with ``to_dict``), ours
  ``update(data)``, and ``update(dataset_id, data)``.
- Keyword names of both are accepted: ``create(data=|request=)``, ``delete(dataset_id=|id=)``,
  ``add_datapoints(dataset_id, request=...)``.
- ``list(dataset_id=None, name=None)`` takes 1.7.0's positional order; ours was keyword-only.
  ``include_datapoints`` is still accepted (checked, not sent): today's route has no such
  parameter and always includes each dataset's datapoint ids.
- ``get_dataset(id)`` is 1.7.0's: the ``GetDatasetsResponse`` of ``list(dataset_id=id)``
  (formerly an alias of ``get``). ``get(dataset_id)`` still returns the one ``Dataset`` or
  raises ``NotFoundError``.
- ``create`` no longer requires ``name``: today's service names such a dataset
  "Untitled Dataset" (1.7.0's model has the name optional too).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack

from .._checks import closed_model
from .._convert import as_dict, as_model, either, find, require_str, split_call
from .._operation import Call, Namespace, RequestOptions, Steps, async_op, sync_op
from .._pagination import list_filters

if TYPE_CHECKING:
    from honeyhive_api.models import (
        AddDatapointsResponse,
        AddDatapointsToDatasetRequest,
        CreateDatasetRequest,
        CreateDatasetResponse,
        DatapointMapping,
        Dataset,
        DeleteDatasetResponse,
        GetDatasetsResponse,
        LegacyUpdateDatasetRequest,
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
        dataset_id: str | Mapping[str, Any] | None = None,
        name: str | None = None,
        *,
        include_datapoints: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[GetDatasetsResponse]:
        """List datasets (optionally one id or name); the response's ``datasets`` holds them.

        Filters as keywords, positionally (1.7.0's ``list(dataset_id, name)``) or as one
        mapping: ``list({"name": "qa-set"})``.
        """
        given = {"dataset_id": dataset_id, "name": name, "include_datapoints": include_datapoints}
        args = list_filters("datasets.list()", given, first="dataset_id")
        query: dict[str, Any] = {}
        for key in ("dataset_id", "name"):
            if args[key] is not None:
                query[key] = require_str(args[key], key)
        include = args["include_datapoints"]
        if include is not None and not isinstance(include, bool):
            raise TypeError(f"include_datapoints must be a bool, not {include!r}")
        result: GetDatasetsResponse = yield _get_datasets(**query)
        return result

    list = sync_op(_list)
    list_async = async_op(_list)
    list_datasets = list
    list_datasets_async = list_async
    get_datasets = list
    get_datasets_async = list_async

    def _get(self, dataset_id: str, **options: Unpack[RequestOptions]) -> Steps[Dataset]:
        """Get one dataset by id; NotFoundError if there is none."""
        wanted = require_str(dataset_id, "dataset_id")
        response: GetDatasetsResponse = yield _get_datasets(dataset_id=wanted)
        return find(response.datasets, "id", wanted, f"No dataset has id {wanted!r}")

    get = sync_op(_get)
    get_async = async_op(_get)

    def _get_dataset(
        self,
        id: str | None = None,
        *,
        dataset_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[GetDatasetsResponse]:
        """The official SDK's form: ``list(dataset_id=id)`` (empty ``datasets`` if none)."""
        wanted = require_str(either("get_dataset", id=id, dataset_id=dataset_id), "id")
        result: GetDatasetsResponse = yield _get_datasets(dataset_id=wanted)
        return result

    get_dataset = sync_op(_get_dataset)
    get_dataset_async = async_op(_get_dataset)

    def _create(
        self,
        data: Mapping[str, Any] | CreateDatasetRequest | None = None,
        *,
        request: Mapping[str, Any] | CreateDatasetRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[CreateDatasetResponse]:
        """Create a dataset ``{name?, description?, datapoints?}``; id in ``result.inserted_id``."""
        from honeyhive_api.models import CreateDatasetRequest, CreateDatasetResponse

        what = "datasets.create(request)"
        given = either(what, data=data, request=request)
        body = as_model(CreateDatasetRequest, {} if given is None else given, what)
        if body.to_dict().get("name") is not None:
            require_str(body.name, f"{what}: name")
        parse = CreateDatasetResponse.from_dict
        result: CreateDatasetResponse = yield Call("datasets.create_dataset", {"body": body}, parse)
        return result

    create = sync_op(_create)
    create_async = async_op(_create)
    create_dataset = create
    create_dataset_async = create_async

    def _update(
        self,
        dataset_id: str | Mapping[str, Any] | LegacyUpdateDatasetRequest | None = None,
        data: Mapping[str, Any] | UpdateDatasetRequest | None = None,
        *,
        request: Mapping[str, Any]
        | LegacyUpdateDatasetRequest
        | UpdateDatasetRequest
        | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[UpdateDatasetResponse]:
        """Update a dataset's name, description or datapoint ids (``PUT /v1/datasets/{id}``).

        ``update({"dataset_id": ..., "name": ...})`` (a dict or ``UpdateDatasetRequest``), or
        ``update(dataset_id, {"name": ...})``.
        """
        from honeyhive_api.models import UpdateDatasetRequest, UpdateDatasetResponse

        what = "datasets.update(request)"
        wanted, fields = split_call(dataset_id, data, request, "dataset_id", what)
        body = closed_model(UpdateDatasetRequest, fields, what)
        kwargs = {"dataset_id": wanted, "body": body}
        parse = UpdateDatasetResponse.from_dict
        result: UpdateDatasetResponse = yield Call("datasets.update_dataset", kwargs, parse)
        return result

    update = sync_op(_update)
    update_async = async_op(_update)
    update_dataset = update
    update_dataset_async = update_async

    def _delete(
        self,
        dataset_id: str | None = None,
        *,
        id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[DeleteDatasetResponse]:
        """Delete a dataset by id (its datapoints stay)."""
        from honeyhive_api.models import DeleteDatasetResponse

        given = either("datasets.delete", dataset_id=dataset_id, id=id)
        kwargs = {"dataset_id": require_str(given, "dataset_id")}
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
        data: Mapping[str, Any] | AddDatapointsToDatasetRequest | Sequence[Any] | None = None,
        mapping: Mapping[str, Any] | DatapointMapping | None = None,
        *,
        request: Mapping[str, Any] | AddDatapointsToDatasetRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[AddDatapointsResponse]:
        """Turn raw records into datapoints of a dataset.

        Pass the whole request ``{"data": [...], "mapping": {...}}`` (or an
        ``AddDatapointsToDatasetRequest``), or the records and the mapping separately:
        ``add_datapoints(dataset_id, records, {"inputs": [...], ...})``. The mapping says which
        record fields become ``inputs``, ``history`` and ``ground_truth``.
        """
        from honeyhive_api.models import AddDatapointsResponse, AddDatapointsToDatasetRequest

        what = "datasets.add_datapoints(dataset_id, data, mapping)"
        wanted = require_str(dataset_id, "dataset_id")
        given = either(what, data=data, request=request)
        if isinstance(given, (list, tuple)):
            if mapping is None:
                raise TypeError(f"{what}: records given as a list need a mapping")
            given = {
                "data": list(given),
                "mapping": as_dict(mapping, what, "a dict or DatapointMapping"),
            }
        elif mapping is not None:
            raise TypeError(f"{what}: pass mapping inside the request or with a list of records")
        body = as_model(AddDatapointsToDatasetRequest, given, what)
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
        self, dataset_id: str, datapoint_id: str, **options: Unpack[RequestOptions]
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
