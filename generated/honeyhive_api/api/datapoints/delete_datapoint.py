from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_datapoint_response import DeleteDatapointResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    datapoint_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/datapoints/{datapoint_id}".format(
            datapoint_id=quote(str(datapoint_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteDatapointResponse | Error | None:
    if response.status_code == 200:
        response_200 = DeleteDatapointResponse.from_dict(response.json())

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
) -> Response[DeleteDatapointResponse | Error]:
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
    datapoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteDatapointResponse | Error]:
    """Delete a datapoint

    Args:
        datapoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteDatapointResponse | Error]
    """

    kwargs = _get_kwargs(
        datapoint_id=datapoint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    datapoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteDatapointResponse | Error | None:
    """Delete a datapoint

    Args:
        datapoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteDatapointResponse | Error
    """

    return sync_detailed(
        datapoint_id=datapoint_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    datapoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteDatapointResponse | Error]:
    """Delete a datapoint

    Args:
        datapoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteDatapointResponse | Error]
    """

    kwargs = _get_kwargs(
        datapoint_id=datapoint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    datapoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteDatapointResponse | Error | None:
    """Delete a datapoint

    Args:
        datapoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteDatapointResponse | Error
    """

    return (
        await asyncio_detailed(
            datapoint_id=datapoint_id,
            client=client,
        )
    ).parsed
