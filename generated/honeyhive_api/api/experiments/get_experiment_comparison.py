from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_experiment_comparison_aggregate_function import (
    GetExperimentComparisonAggregateFunction,
)
from ...models.get_experiment_run_compare_response import GetExperimentRunCompareResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    new_run_id: UUID,
    old_run_id: UUID,
    *,
    aggregate_function: GetExperimentComparisonAggregateFunction | Unset = "average",
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_aggregate_function: str | Unset = UNSET
    if not isinstance(aggregate_function, Unset):
        json_aggregate_function = aggregate_function

    params["aggregate_function"] = json_aggregate_function

    params["filters"] = filters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs/{new_run_id}/compare/{old_run_id}".format(
            new_run_id=quote(str(new_run_id), safe=""),
            old_run_id=quote(str(old_run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetExperimentRunCompareResponse | None:
    if response.status_code == 200:
        response_200 = GetExperimentRunCompareResponse.from_dict(response.json())

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
) -> Response[Error | GetExperimentRunCompareResponse]:
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
    new_run_id: UUID,
    old_run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    aggregate_function: GetExperimentComparisonAggregateFunction | Unset = "average",
    filters: str | Unset = UNSET,
) -> Response[Error | GetExperimentRunCompareResponse]:
    """Compare two experiment runs

    Args:
        new_run_id (UUID):
        old_run_id (UUID):
        aggregate_function (GetExperimentComparisonAggregateFunction | Unset):  Default:
            'average'.
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetExperimentRunCompareResponse]
    """

    kwargs = _get_kwargs(
        new_run_id=new_run_id,
        old_run_id=old_run_id,
        aggregate_function=aggregate_function,
        filters=filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    new_run_id: UUID,
    old_run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    aggregate_function: GetExperimentComparisonAggregateFunction | Unset = "average",
    filters: str | Unset = UNSET,
) -> Error | GetExperimentRunCompareResponse | None:
    """Compare two experiment runs

    Args:
        new_run_id (UUID):
        old_run_id (UUID):
        aggregate_function (GetExperimentComparisonAggregateFunction | Unset):  Default:
            'average'.
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetExperimentRunCompareResponse
    """

    return sync_detailed(
        new_run_id=new_run_id,
        old_run_id=old_run_id,
        client=client,
        aggregate_function=aggregate_function,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    new_run_id: UUID,
    old_run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    aggregate_function: GetExperimentComparisonAggregateFunction | Unset = "average",
    filters: str | Unset = UNSET,
) -> Response[Error | GetExperimentRunCompareResponse]:
    """Compare two experiment runs

    Args:
        new_run_id (UUID):
        old_run_id (UUID):
        aggregate_function (GetExperimentComparisonAggregateFunction | Unset):  Default:
            'average'.
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetExperimentRunCompareResponse]
    """

    kwargs = _get_kwargs(
        new_run_id=new_run_id,
        old_run_id=old_run_id,
        aggregate_function=aggregate_function,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    new_run_id: UUID,
    old_run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    aggregate_function: GetExperimentComparisonAggregateFunction | Unset = "average",
    filters: str | Unset = UNSET,
) -> Error | GetExperimentRunCompareResponse | None:
    """Compare two experiment runs

    Args:
        new_run_id (UUID):
        old_run_id (UUID):
        aggregate_function (GetExperimentComparisonAggregateFunction | Unset):  Default:
            'average'.
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetExperimentRunCompareResponse
    """

    return (
        await asyncio_detailed(
            new_run_id=new_run_id,
            old_run_id=old_run_id,
            client=client,
            aggregate_function=aggregate_function,
            filters=filters,
        )
    ).parsed
