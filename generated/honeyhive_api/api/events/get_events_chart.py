from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_events_chart_aggregation import (
    GetEventsChartAggregation,
)
from ...models.get_events_chart_bucket import GetEventsChartBucket
from ...models.get_events_chart_response import GetEventsChartResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    date_range: str | Unset = UNSET,
    metric: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    bucket: GetEventsChartBucket | Unset = UNSET,
    aggregation: GetEventsChartAggregation | Unset = UNSET,
    evaluation_id: str | Unset = UNSET,
    only_experiments: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project"] = project

    params["filters"] = filters

    params["dateRange"] = date_range

    params["metric"] = metric

    params["groupBy"] = group_by

    json_bucket: str | Unset = UNSET
    if not isinstance(bucket, Unset):
        json_bucket = bucket

    params["bucket"] = json_bucket

    json_aggregation: str | Unset = UNSET
    if not isinstance(aggregation, Unset):
        json_aggregation = aggregation

    params["aggregation"] = json_aggregation

    params["evaluation_id"] = evaluation_id

    params["only_experiments"] = only_experiments

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events/chart",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetEventsChartResponse | None:
    if response.status_code == 200:
        response_200 = GetEventsChartResponse.from_dict(response.json())

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
) -> Response[Error | GetEventsChartResponse]:
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
    project: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    date_range: str | Unset = UNSET,
    metric: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    bucket: GetEventsChartBucket | Unset = UNSET,
    aggregation: GetEventsChartAggregation | Unset = UNSET,
    evaluation_id: str | Unset = UNSET,
    only_experiments: bool | Unset = UNSET,
) -> Response[Error | GetEventsChartResponse]:
    """Chart an event metric over time

     Seed-era operation (January 2026): today's HoneyHive description no longer has it. Kept so that the
    low-level client still reaches it; chart definitions live under `/v1/projects/{project_id}/charts`.

    Args:
        project (str | Unset):
        filters (str | Unset):
        date_range (str | Unset):
        metric (str | Unset):
        group_by (str | Unset):
        bucket (GetEventsChartBucket | Unset):
        aggregation (GetEventsChartAggregation | Unset):
        evaluation_id (str | Unset):
        only_experiments (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetEventsChartResponse]
    """

    kwargs = _get_kwargs(
        project=project,
        filters=filters,
        date_range=date_range,
        metric=metric,
        group_by=group_by,
        bucket=bucket,
        aggregation=aggregation,
        evaluation_id=evaluation_id,
        only_experiments=only_experiments,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    date_range: str | Unset = UNSET,
    metric: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    bucket: GetEventsChartBucket | Unset = UNSET,
    aggregation: GetEventsChartAggregation | Unset = UNSET,
    evaluation_id: str | Unset = UNSET,
    only_experiments: bool | Unset = UNSET,
) -> Error | GetEventsChartResponse | None:
    """Chart an event metric over time

     Seed-era operation (January 2026): today's HoneyHive description no longer has it. Kept so that the
    low-level client still reaches it; chart definitions live under `/v1/projects/{project_id}/charts`.

    Args:
        project (str | Unset):
        filters (str | Unset):
        date_range (str | Unset):
        metric (str | Unset):
        group_by (str | Unset):
        bucket (GetEventsChartBucket | Unset):
        aggregation (GetEventsChartAggregation | Unset):
        evaluation_id (str | Unset):
        only_experiments (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetEventsChartResponse
    """

    return sync_detailed(
        client=client,
        project=project,
        filters=filters,
        date_range=date_range,
        metric=metric,
        group_by=group_by,
        bucket=bucket,
        aggregation=aggregation,
        evaluation_id=evaluation_id,
        only_experiments=only_experiments,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    date_range: str | Unset = UNSET,
    metric: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    bucket: GetEventsChartBucket | Unset = UNSET,
    aggregation: GetEventsChartAggregation | Unset = UNSET,
    evaluation_id: str | Unset = UNSET,
    only_experiments: bool | Unset = UNSET,
) -> Response[Error | GetEventsChartResponse]:
    """Chart an event metric over time

     Seed-era operation (January 2026): today's HoneyHive description no longer has it. Kept so that the
    low-level client still reaches it; chart definitions live under `/v1/projects/{project_id}/charts`.

    Args:
        project (str | Unset):
        filters (str | Unset):
        date_range (str | Unset):
        metric (str | Unset):
        group_by (str | Unset):
        bucket (GetEventsChartBucket | Unset):
        aggregation (GetEventsChartAggregation | Unset):
        evaluation_id (str | Unset):
        only_experiments (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetEventsChartResponse]
    """

    kwargs = _get_kwargs(
        project=project,
        filters=filters,
        date_range=date_range,
        metric=metric,
        group_by=group_by,
        bucket=bucket,
        aggregation=aggregation,
        evaluation_id=evaluation_id,
        only_experiments=only_experiments,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    date_range: str | Unset = UNSET,
    metric: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    bucket: GetEventsChartBucket | Unset = UNSET,
    aggregation: GetEventsChartAggregation | Unset = UNSET,
    evaluation_id: str | Unset = UNSET,
    only_experiments: bool | Unset = UNSET,
) -> Error | GetEventsChartResponse | None:
    """Chart an event metric over time

     Seed-era operation (January 2026): today's HoneyHive description no longer has it. Kept so that the
    low-level client still reaches it; chart definitions live under `/v1/projects/{project_id}/charts`.

    Args:
        project (str | Unset):
        filters (str | Unset):
        date_range (str | Unset):
        metric (str | Unset):
        group_by (str | Unset):
        bucket (GetEventsChartBucket | Unset):
        aggregation (GetEventsChartAggregation | Unset):
        evaluation_id (str | Unset):
        only_experiments (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetEventsChartResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            project=project,
            filters=filters,
            date_range=date_range,
            metric=metric,
            group_by=group_by,
            bucket=bucket,
            aggregation=aggregation,
            evaluation_id=evaluation_id,
            only_experiments=only_experiments,
        )
    ).parsed
