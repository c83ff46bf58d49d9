from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_metric_response import DeleteMetricResponse
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    *,
    metric_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["metric_id"] = metric_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/metrics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteMetricResponse | Error | None:
    if response.status_code == 200:
        response_200 = DeleteMetricResponse.from_dict(response.json())

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
) -> Response[DeleteMetricResponse | Error]:
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
    metric_id: str,
) -> Response[DeleteMetricResponse | Error]:
    """Delete a metric (legacy, id in the query)

     Deprecated by HoneyHive. Today's route is `DELETE /v1/metrics/{metric_id}`.

    Args:
        metric_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteMetricResponse | Error]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    metric_id: str,
) -> DeleteMetricResponse | Error | None:
    """Delete a metric (legacy, id in the query)

     Deprecated by HoneyHive. Today's route is `DELETE /v1/metrics/{metric_id}`.

    Args:
        metric_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteMetricResponse | Error
    """

    return sync_detailed(
        client=client,
        metric_id=metric_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    metric_id: str,
) -> Response[DeleteMetricResponse | Error]:
    """Delete a metric (legacy, id in the query)

     Deprecated by HoneyHive. Today's route is `DELETE /v1/metrics/{metric_id}`.

    Args:
        metric_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteMetricResponse | Error]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    metric_id: str,
) -> DeleteMetricResponse | Error | None:
    """Delete a metric (legacy, id in the query)

     Deprecated by HoneyHive. Today's route is `DELETE /v1/metrics/{metric_id}`.

    Args:
        metric_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteMetricResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            metric_id=metric_id,
        )
    ).parsed
