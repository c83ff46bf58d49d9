from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_experiment_compare_events_response import GetExperimentCompareEventsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    new_run_id: UUID,
    old_run_id: UUID,
    *,
    event_name: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = 1000,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["event_name"] = event_name

    params["event_type"] = event_type

    params["filter"] = filter_

    params["limit"] = limit

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs/{new_run_id}/compare/{old_run_id}/events".format(
            new_run_id=quote(str(new_run_id), safe=""),
            old_run_id=quote(str(old_run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetExperimentCompareEventsResponse | None:
    if response.status_code == 200:
        response_200 = GetExperimentCompareEventsResponse.from_dict(response.json())

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
) -> Response[Error | GetExperimentCompareEventsResponse]:
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
    event_name: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = 1000,
    page: int | Unset = 1,
) -> Response[Error | GetExperimentCompareEventsResponse]:
    """Pair the events of two experiment runs

    Args:
        new_run_id (UUID):
        old_run_id (UUID):
        event_name (str | Unset):
        event_type (str | Unset):
        filter_ (str | Unset):
        limit (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetExperimentCompareEventsResponse]
    """

    kwargs = _get_kwargs(
        new_run_id=new_run_id,
        old_run_id=old_run_id,
        event_name=event_name,
        event_type=event_type,
        filter_=filter_,
        limit=limit,
        page=page,
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
    event_name: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = 1000,
    page: int | Unset = 1,
) -> Error | GetExperimentCompareEventsResponse | None:
    """Pair the events of two experiment runs

    Args:
        new_run_id (UUID):
        old_run_id (UUID):
        event_name (str | Unset):
        event_type (str | Unset):
        filter_ (str | Unset):
        limit (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetExperimentCompareEventsResponse
    """

    return sync_detailed(
        new_run_id=new_run_id,
        old_run_id=old_run_id,
        client=client,
        event_name=event_name,
        event_type=event_type,
        filter_=filter_,
        limit=limit,
        page=page,
    ).parsed


async def asyncio_detailed(
    new_run_id: UUID,
    old_run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    event_name: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = 1000,
    page: int | Unset = 1,
) -> Response[Error | GetExperimentCompareEventsResponse]:
    """Pair the events of two experiment runs

    Args:
        new_run_id (UUID):
        old_run_id (UUID):
        event_name (str | Unset):
        event_type (str | Unset):
        filter_ (str | Unset):
        limit (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetExperimentCompareEventsResponse]
    """

    kwargs = _get_kwargs(
        new_run_id=new_run_id,
        old_run_id=old_run_id,
        event_name=event_name,
        event_type=event_type,
        filter_=filter_,
        limit=limit,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    new_run_id: UUID,
    old_run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    event_name: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = 1000,
    page: int | Unset = 1,
) -> Error | GetExperimentCompareEventsResponse | None:
    """Pair the events of two experiment runs

    Args:
        new_run_id (UUID):
        old_run_id (UUID):
        event_name (str | Unset):
        event_type (str | Unset):
        filter_ (str | Unset):
        limit (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetExperimentCompareEventsResponse
    """

    return (
        await asyncio_detailed(
            new_run_id=new_run_id,
            old_run_id=old_run_id,
            client=client,
            event_name=event_name,
            event_type=event_type,
            filter_=filter_,
            limit=limit,
            page=page,
        )
    ).parsed
