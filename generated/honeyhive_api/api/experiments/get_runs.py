from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_experiment_runs_response import GetExperimentRunsResponse
from ...models.get_runs_sort_by import GetRunsSortBy
from ...models.get_runs_sort_order import GetRunsSortOrder
from ...models.get_runs_status import GetRunsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    dataset_id: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    run_ids: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    status: GetRunsStatus | Unset = UNSET,
    date_range: str | Unset = UNSET,
    sort_by: GetRunsSortBy | Unset = "created_at",
    sort_order: GetRunsSortOrder | Unset = "desc",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dataset_id"] = dataset_id

    params["page"] = page

    params["limit"] = limit

    json_run_ids: list[str] | Unset = UNSET
    if not isinstance(run_ids, Unset):
        json_run_ids = run_ids

    params["run_ids[]"] = json_run_ids

    params["name"] = name

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["dateRange"] = date_range

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetExperimentRunsResponse | None:
    if response.status_code == 200:
        response_200 = GetExperimentRunsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | GetExperimentRunsResponse]:
    try:
        status_code: HTTPStatus | int = HTTPStatus(response.status_code)
    except ValueError:  # a status http.HTTPStatus does not name (499, 520, 529): keep the int
        status_code = response.status_code
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    dataset_id: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    run_ids: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    status: GetRunsStatus | Unset = UNSET,
    date_range: str | Unset = UNSET,
    sort_by: GetRunsSortBy | Unset = "created_at",
    sort_order: GetRunsSortOrder | Unset = "desc",
) -> Response[Error | GetExperimentRunsResponse]:
    """List experiment runs

    Args:
        dataset_id (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        run_ids (list[str] | Unset):
        name (str | Unset):
        status (GetRunsStatus | Unset):
        date_range (str | Unset):
        sort_by (GetRunsSortBy | Unset):  Default: 'created_at'.
        sort_order (GetRunsSortOrder | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetExperimentRunsResponse]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        page=page,
        limit=limit,
        run_ids=run_ids,
        name=name,
        status=status,
        date_range=date_range,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    dataset_id: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    run_ids: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    status: GetRunsStatus | Unset = UNSET,
    date_range: str | Unset = UNSET,
    sort_by: GetRunsSortBy | Unset = "created_at",
    sort_order: GetRunsSortOrder | Unset = "desc",
) -> Error | GetExperimentRunsResponse | None:
    """List experiment runs

    Args:
        dataset_id (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        run_ids (list[str] | Unset):
        name (str | Unset):
        status (GetRunsStatus | Unset):
        date_range (str | Unset):
        sort_by (GetRunsSortBy | Unset):  Default: 'created_at'.
        sort_order (GetRunsSortOrder | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetExperimentRunsResponse
    """

    return sync_detailed(
        client=client,
        dataset_id=dataset_id,
        page=page,
        limit=limit,
        run_ids=run_ids,
        name=name,
        status=status,
        date_range=date_range,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    dataset_id: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    run_ids: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    status: GetRunsStatus | Unset = UNSET,
    date_range: str | Unset = UNSET,
    sort_by: GetRunsSortBy | Unset = "created_at",
    sort_order: GetRunsSortOrder | Unset = "desc",
) -> Response[Error | GetExperimentRunsResponse]:
    """List experiment runs

    Args:
        dataset_id (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        run_ids (list[str] | Unset):
        name (str | Unset):
        status (GetRunsStatus | Unset):
        date_range (str | Unset):
        sort_by (GetRunsSortBy | Unset):  Default: 'created_at'.
        sort_order (GetRunsSortOrder | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetExperimentRunsResponse]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        page=page,
        limit=limit,
        run_ids=run_ids,
        name=name,
        status=status,
        date_range=date_range,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    dataset_id: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    run_ids: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    status: GetRunsStatus | Unset = UNSET,
    date_range: str | Unset = UNSET,
    sort_by: GetRunsSortBy | Unset = "created_at",
    sort_order: GetRunsSortOrder | Unset = "desc",
) -> Error | GetExperimentRunsResponse | None:
    """List experiment runs

    Args:
        dataset_id (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        run_ids (list[str] | Unset):
        name (str | Unset):
        status (GetRunsStatus | Unset):
        date_range (str | Unset):
        sort_by (GetRunsSortBy | Unset):  Default: 'created_at'.
        sort_order (GetRunsSortOrder | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetExperimentRunsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            dataset_id=dataset_id,
            page=page,
            limit=limit,
            run_ids=run_ids,
            name=name,
            status=status,
            date_range=date_range,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed
