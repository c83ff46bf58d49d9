from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.configuration import Configuration
from ...models.configuration_list import ConfigurationList
from ...models.error import Error
from ...models.get_configurations_env import GetConfigurationsEnv
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project: str | Unset = UNSET,
    name: str | Unset = UNSET,
    env: GetConfigurationsEnv | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project"] = project

    params["name"] = name

    json_env: str | Unset = UNSET
    if not isinstance(env, Unset):
        json_env = env

    params["env"] = json_env

    params["tags"] = tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/configurations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfigurationList | list[Configuration] | Error | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ConfigurationList | list[Configuration]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = Configuration.from_dict(
                        response_200_type_0_item_data
                    )

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ConfigurationList.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[ConfigurationList | list[Configuration] | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    name: str | Unset = UNSET,
    env: GetConfigurationsEnv | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[ConfigurationList | list[Configuration] | Error]:
    """List configurations

     Returns a JSON array. Later API versions wrap it as `{"configurations": [...]}`; clients should
    accept both.

    Args:
        project (str | Unset):
        name (str | Unset):
        env (GetConfigurationsEnv | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigurationList | list[Configuration] | Error]
    """

    kwargs = _get_kwargs(
        project=project,
        name=name,
        env=env,
        tags=tags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    name: str | Unset = UNSET,
    env: GetConfigurationsEnv | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> ConfigurationList | list[Configuration] | Error | None:
    """List configurations

     Returns a JSON array. Later API versions wrap it as `{"configurations": [...]}`; clients should
    accept both.

    Args:
        project (str | Unset):
        name (str | Unset):
        env (GetConfigurationsEnv | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigurationList | list[Configuration] | Error
    """

    return sync_detailed(
        client=client,
        project=project,
        name=name,
        env=env,
        tags=tags,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    name: str | Unset = UNSET,
    env: GetConfigurationsEnv | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[ConfigurationList | list[Configuration] | Error]:
    """List configurations

     Returns a JSON array. Later API versions wrap it as `{"configurations": [...]}`; clients should
    accept both.

    Args:
        project (str | Unset):
        name (str | Unset):
        env (GetConfigurationsEnv | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigurationList | list[Configuration] | Error]
    """

    kwargs = _get_kwargs(
        project=project,
        name=name,
        env=env,
        tags=tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    name: str | Unset = UNSET,
    env: GetConfigurationsEnv | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> ConfigurationList | list[Configuration] | Error | None:
    """List configurations

     Returns a JSON array. Later API versions wrap it as `{"configurations": [...]}`; clients should
    accept both.

    Args:
        project (str | Unset):
        name (str | Unset):
        env (GetConfigurationsEnv | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigurationList | list[Configuration] | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            project=project,
            name=name,
            env=env,
            tags=tags,
        )
    ).parsed
