from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_chart_request import UpdateChartRequest
from ...models.update_chart_response import UpdateChartResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    chart_id: str,
    *,
    body: UpdateChartRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/projects/{project_id}/charts/{chart_id}".format(
            project_id=quote(str(project_id), safe=""),
            chart_id=quote(str(chart_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateChartResponse | None:
    if response.status_code == 200:
        response_200 = UpdateChartResponse.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

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
) -> Response[Error | UpdateChartResponse]:
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
    project_id: str,
    chart_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateChartRequest,
) -> Response[Error | UpdateChartResponse]:
    """Update a chart of a project

     Only the given fields change. Needs a data-plane (fine-grained) API key.

    Args:
        project_id (str):
        chart_id (str):
        body (UpdateChartRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateChartResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        chart_id=chart_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    chart_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateChartRequest,
) -> Error | UpdateChartResponse | None:
    """Update a chart of a project

     Only the given fields change. Needs a data-plane (fine-grained) API key.

    Args:
        project_id (str):
        chart_id (str):
        body (UpdateChartRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateChartResponse
    """

    return sync_detailed(
        project_id=project_id,
        chart_id=chart_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    chart_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateChartRequest,
) -> Response[Error | UpdateChartResponse]:
    """Update a chart of a project

     Only the given fields change. Needs a data-plane (fine-grained) API key.

    Args:
        project_id (str):
        chart_id (str):
        body (UpdateChartRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateChartResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        chart_id=chart_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    chart_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateChartRequest,
) -> Error | UpdateChartResponse | None:
    """Update a chart of a project

     Only the given fields change. Needs a data-plane (fine-grained) API key.

    Args:
        project_id (str):
        chart_id (str):
        body (UpdateChartRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateChartResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            chart_id=chart_id,
            client=client,
            body=body,
        )
    ).parsed
