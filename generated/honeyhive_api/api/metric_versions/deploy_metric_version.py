from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deploy_metric_version_response import DeployMetricVersionResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    metric_id: str,
    version_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/metrics/{metric_id}/versions/{version_name}/deploy".format(
            metric_id=quote(str(metric_id), safe=""),
            version_name=quote(str(version_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeployMetricVersionResponse | Error | None:
    if response.status_code == 200:
        response_200 = DeployMetricVersionResponse.from_dict(response.json())

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
) -> Response[DeployMetricVersionResponse | Error]:
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
    metric_id: str,
    version_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeployMetricVersionResponse | Error]:
    """Deploy a version of a metric

     The deployed version becomes the metric's current definition.

    Args:
        metric_id (str):
        version_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeployMetricVersionResponse | Error]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        version_name=version_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metric_id: str,
    version_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeployMetricVersionResponse | Error | None:
    """Deploy a version of a metric

     The deployed version becomes the metric's current definition.

    Args:
        metric_id (str):
        version_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeployMetricVersionResponse | Error
    """

    return sync_detailed(
        metric_id=metric_id,
        version_name=version_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    metric_id: str,
    version_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeployMetricVersionResponse | Error]:
    """Deploy a version of a metric

     The deployed version becomes the metric's current definition.

    Args:
        metric_id (str):
        version_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeployMetricVersionResponse | Error]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        version_name=version_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metric_id: str,
    version_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeployMetricVersionResponse | Error | None:
    """Deploy a version of a metric

     The deployed version becomes the metric's current definition.

    Args:
        metric_id (str):
        version_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeployMetricVersionResponse | Error
    """

    return (
        await asyncio_detailed(
            metric_id=metric_id,
            version_name=version_name,
            client=client,
        )
    ).parsed
