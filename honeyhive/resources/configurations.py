"""``client.configurations``: model configurations of a project (control plane)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .._convert import list_parser, require_str
from .._operation import Call, Namespace, Steps, async_op, sync_op
from ..errors import NotFoundError

if TYPE_CHECKING:
    from honeyhive_api.models import CreateConfigurationRequest as WireCreateRequest
    from honeyhive_api.models import CreateConfigurationResponse
    from honeyhive_api.models import UpdateConfigurationRequest as WireUpdateRequest

    from ..models import Configuration, CreateConfigurationRequest, UpdateConfigurationRequest


def _get_configurations(**query: Any) -> Call[builtins.list[Configuration]]:
    """The ``GET /v1/configurations`` call; items get the doc's ``is_active``."""
    from ..models import Configuration

    parse = list_parser(Configuration.from_dict, "configurations")
    return Call("configurations.get_configurations", query, parse, "control")


def _find(configurations: Iterable[Configuration], configuration_id: str) -> Configuration:
    """The configuration with this id, or NotFoundError."""
    for configuration in configurations:
        if configuration.id == configuration_id:
            return configuration
    raise NotFoundError(message=f"No configuration has id {configuration_id!r}")


class Configurations(Namespace):
    """API for managing configurations."""

    def _list(
        self,
        project: str | None = None,
        *,
        name: str | None = None,
        env: str | None = None,
        tags: str | Iterable[str] | None = None,
    ) -> Steps[builtins.list[Configuration]]:
        """List the configurations of a project (optionally by name, environment or tags).

        The service answers a bare array (later API versions wrap it in
        ``{"configurations": [...]}``: both are accepted). Each item has ``is_active``: whether
        it is deployed to an environment (``env``).
        """
        from honeyhive_api.models.get_configurations_env import check_get_configurations_env

        query: dict[str, Any] = {}
        for key, value in (("project", project), ("name", name)):
            if value is not None:
                query[key] = require_str(value, key)
        if env is not None:
            try:
                query["env"] = check_get_configurations_env(require_str(env, "env"))
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

    def _get(self, id: str, *, project: str | None = None) -> Steps[Configuration]:
        """Get one configuration by id (among ``project``'s, if given); NotFoundError if none."""
        wanted = require_str(id, "id")
        query = {} if project is None else {"project": require_str(project, "project")}
        return _find((yield _get_configurations(**query)), wanted)

    get = sync_op(_get)
    get_async = async_op(_get)
    get_configuration = get
    get_configuration_async = get_async

    def _create(
        self,
        request: CreateConfigurationRequest | WireCreateRequest | Mapping[str, Any],
        *,
        project: str | None = None,
    ) -> Steps[CreateConfigurationResponse]:
        """Create a configuration; returns the response whose ``inserted_id`` names it.

        Takes the doc's ``CreateConfigurationRequest`` (from ``honeyhive.models``), the wire
        model or a dict. ``project`` (argument or field) goes in the query string, and the
        parameters are reconciled with what the service accepts: ``call_type`` defaults to
        ``"chat"``, ``model`` is required, and other keys such as ``temperature`` move under
        ``hyperparameters``.
        """
        from honeyhive_api.models import CreateConfigurationResponse

        from ..models import CreateConfigurationRequest

        what = "configurations.create(request)"
        doc = CreateConfigurationRequest.coerce(request, what)
        if project is not None and doc.project is not None and project != doc.project:
            raise ValueError(f"{what}: project={project!r} disagrees with {doc.project!r}")
        target = require_str(project, "project") if project is not None else doc.project
        kwargs: dict[str, Any] = {"body": doc.to_wire()}
        if target is not None:
            kwargs["project"] = target
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
        request: UpdateConfigurationRequest | WireUpdateRequest | Mapping[str, Any],
    ) -> Steps[None]:
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
        body = doc.to_wire(stored)
        yield Call(
            "configurations.update_configuration", {"id": wanted, "body": body}, plane="control"
        )

    update = sync_op(_update)
    update_async = async_op(_update)
    update_configuration = update
    update_configuration_async = update_async

    def _delete(self, id: str) -> Steps[None]:
        """Delete a configuration by id."""
        wanted = require_str(id, "id")
        yield Call("configurations.delete_configuration", {"id": wanted}, plane="control")

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
