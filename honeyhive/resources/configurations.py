"""``client.configurations``: model configurations of a project (control plane).

Compatibility choices (doc = the reference doc; ours = this client's earlier signatures;
1.7.0 = the official SDK):

- ``project`` (of ``list``, ``get``, ``create`` and of the doc's ``CreateConfigurationRequest``)
  is accepted as the doc has it, checked, and not sent: today's routes have no ``project``
  parameter (the API key's project is used). No warning: the doc documents the argument.
- ``create``, ``update`` and ``delete`` return the service's answer (1.7.0:
  ``CreateConfigurationResponse``, ``UpdateConfigurationResponse`` with ``modified_count``,
  ``DeleteConfigurationResponse``); the doc says ``update``/``delete`` return None, which no
  doc example reads, so both work.
- ``get_configuration(id)`` is 1.7.0's: every configuration, as a list (1.7.0 ignores ``id``;
  formerly an alias of ``get``). ``get(id)`` still returns the one configuration or raises
  ``NotFoundError``.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from .._convert import find, list_parser, require_str
from .._operation import Call, Namespace, RequestOptions, Steps, async_op, sync_op
from .._pagination import list_filters

if TYPE_CHECKING:
    import honeyhive_api.models
    from honeyhive_api.models import (
        CreateConfigurationResponse,
        DeleteConfigurationResponse,
        UpdateConfigurationResponse,
    )

    from ..models import Configuration, CreateConfigurationRequest, UpdateConfigurationRequest


def _get_configurations(**query: Any) -> Call[builtins.list[Configuration]]:
    """The ``GET /v1/configurations`` call; items get the doc's ``is_active``."""
    from ..models import Configuration

    parse = list_parser(Configuration.from_dict, "configurations")
    return Call("configurations.get_configurations", query, parse, "control")


def _find(configurations: Iterable[Configuration], wanted: str) -> Configuration:
    """The configuration with this id, or NotFoundError."""
    return find(configurations, "id", wanted, f"No configuration has id {wanted!r}")


class Configurations(Namespace):
    """API for managing configurations."""

    def _list(
        self,
        project: str | Mapping[str, Any] | None = None,
        *,
        name: str | None = None,
        env: str | None = None,
        tags: str | Iterable[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[builtins.list[Configuration]]:
        """List the configurations (optionally by name, environment or tags).

        Filters as keywords, or as one mapping: ``list({"env": "prod"})``; the reference
        doc's ``list(project)`` / ``list(project="...")`` work too. ``project`` is checked but
        not sent: today's service lists the configurations of the API key's project. Each
        item has ``is_active``: whether it is deployed to an environment (``env``).
        """
        from honeyhive_api.models.create_configuration_request_env_item import (
            check_create_configuration_request_env_item as check_env,
        )

        given = {"project": project, "name": name, "env": env, "tags": tags}
        args = list_filters("configurations.list()", given, first="project")
        project, name, env, tags = args["project"], args["name"], args["env"], args["tags"]
        if project is not None:
            require_str(project, "project")
        query: dict[str, Any] = {}
        if name is not None:
            query["name"] = require_str(name, "name")
        if env is not None:
            try:
                query["env"] = check_env(require_str(env, "env"))
            except TypeError as exc:
                raise ValueError(f"env: {exc}") from None
        if tags is not None:
            query["tags"] = _tags(tags)
        result: builtins.list[Configuration] = yield _get_configurations(**query)
        return result

    list = sync_op(_list)
    list_async = async_op(_list)
    list_configurations = list
    list_configurations_async = list_async
    get_configurations = list
    get_configurations_async = list_async

    def _get(
        self, id: str, *, project: str | None = None, **options: Unpack[RequestOptions]
    ) -> Steps[Configuration]:
        """Get one configuration by id; NotFoundError if none (``project``: as in `list`)."""
        wanted = require_str(id, "id")
        if project is not None:
            require_str(project, "project")
        return _find((yield _get_configurations()), wanted)

    get = sync_op(_get)
    get_async = async_op(_get)

    def _get_configuration(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> Steps[builtins.list[Configuration]]:
        """The official SDK's form: every configuration (it has no single-get route)."""
        require_str(id, "id")
        result: builtins.list[Configuration] = yield _get_configurations()
        return result

    get_configuration = sync_op(_get_configuration)
    get_configuration_async = async_op(_get_configuration)

    def _create(
        self,
        request: CreateConfigurationRequest
        | honeyhive_api.models.CreateConfigurationRequest
        | Mapping[str, Any],
        *,
        project: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[CreateConfigurationResponse]:
        """Create a configuration; returns the response whose ``inserted_id`` names it.

        Takes the doc's ``CreateConfigurationRequest`` (from ``honeyhive.models``), the wire
        model or a dict. ``project`` (argument or field) is checked, not sent (see `list`), and
        the parameters are reconciled with what the service accepts: ``call_type`` defaults to
        ``"chat"``, ``model`` is required, and other keys such as ``temperature`` move under
        ``hyperparameters``.
        """
        from honeyhive_api.models import CreateConfigurationResponse

        from ..models import CreateConfigurationRequest

        what = "configurations.create(request)"
        doc = CreateConfigurationRequest.coerce(request, what)
        if project is not None and doc.project is not None and project != doc.project:
            raise ValueError(f"{what}: project={project!r} disagrees with {doc.project!r}")
        if project is not None:
            require_str(project, "project")
        kwargs: dict[str, Any] = {"body": doc.to_wire()}
        parse = CreateConfigurationResponse.from_dict
        result: CreateConfigurationResponse = yield Call(
            "configurations.create_configuration", kwargs, parse, "control"
        )
        return result

    create = sync_op(_create)
    create_async = async_op(_create)
    create_configuration = create
    create_configuration_async = create_async

    def _update(
        self,
        id: str,
        request: UpdateConfigurationRequest
        | honeyhive_api.models.UpdateConfigurationRequest
        | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> Steps[UpdateConfigurationResponse]:
        """Update a configuration; only the fields given change.

        The service needs the configuration's ``name`` and its parameters' ``call_type`` and
        ``model`` on every update: when the request lacks them, the configuration is looked up
        by id (NotFoundError if there is none) and its stored values are used.
        """
        from ..models import UpdateConfigurationRequest

        wanted = require_str(id, "id")
        doc = UpdateConfigurationRequest.coerce(request, "configurations.update(id, request)")
        stored = None
        if doc.needs_stored:
            stored = _find((yield _get_configurations()), wanted).to_dict()
        from honeyhive_api.models import UpdateConfigurationResponse

        kwargs = {"config_id": wanted, "body": doc.to_wire(stored)}
        parse = UpdateConfigurationResponse.from_dict
        result: UpdateConfigurationResponse = yield Call(
            "configurations.update_configuration", kwargs, parse, "control"
        )
        return result

    update = sync_op(_update)
    update_async = async_op(_update)
    update_configuration = update
    update_configuration_async = update_async

    def _delete(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> Steps[DeleteConfigurationResponse]:
        """Delete a configuration by id."""
        from honeyhive_api.models import DeleteConfigurationResponse

        kwargs = {"config_id": require_str(id, "id")}
        parse = DeleteConfigurationResponse.from_dict
        result: DeleteConfigurationResponse = yield Call(
            "configurations.delete_configuration", kwargs, parse, "control"
        )
        return result

    delete = sync_op(_delete)
    delete_async = async_op(_delete)
    delete_configuration = delete
    delete_configuration_async = delete_async


def _tags(tags: str | Iterable[str]) -> str:
    """Tags as the service takes them: one comma-separated string."""
    if isinstance(tags, str):
        return tags
    items = list(tags) if isinstance(tags, Iterable) else None
    if not items or not all(isinstance(tag, str) and tag for tag in items):
        raise TypeError(f"tags must be a string or a list of non-empty strings, not {tags!r}")
    return ",".join(items)
