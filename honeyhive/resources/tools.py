"""``client.tools``: list, get, create, update and delete tools (functions offered to models)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Unpack

from .._convert import as_dict, as_model, find, list_parser, require_str
from .._operation import Call, Namespace, RequestOptions, Steps, async_op, sync_op

if TYPE_CHECKING:
    from honeyhive_api.models import (
        CreateToolRequest,
        CreateToolResponse,
        DeleteToolResponse,
        Tool,
        UpdateToolRequest,
        UpdateToolResponse,
    )
    from honeyhive_api.types import CreateToolRequestDict, UpdateToolRequestDict

#: What ``tools.create`` sends when no ``tool_type`` is given: the service requires one, and
#: a JSON-schema function is what a tool almost always is.
DEFAULT_TOOL_TYPE = "function"


def _get_tools() -> Call[builtins.list[Tool]]:
    """The ``GET /v1/tools`` call."""
    from honeyhive_api.models import Tool

    return Call("tools.get_tools", {}, list_parser(Tool.from_dict, "tools"))


class Tools(Namespace):
    """API for managing tools."""

    def _list(self, **options: Unpack[RequestOptions]) -> Steps[builtins.list[Tool]]:
        """List the project's tools."""
        result: builtins.list[Tool] = yield _get_tools()
        return result

    list = sync_op(_list)
    list_async = async_op(_list)
    list_tools = list
    list_tools_async = list_async
    get_tools = list
    get_tools_async = list_async

    def _get(self, tool_id: str, **options: Unpack[RequestOptions]) -> Steps[Tool]:
        """Get one tool by id; NotFoundError if there is none."""
        wanted = require_str(tool_id, "tool_id")
        tools: builtins.list[Tool] = yield _get_tools()
        return find(tools, "id", wanted, f"No tool has id {wanted!r}")

    get = sync_op(_get)
    get_async = async_op(_get)
    get_tool = get
    get_tool_async = get_async

    def _create(
        self, data: CreateToolRequestDict | CreateToolRequest, **options: Unpack[RequestOptions]
    ) -> Steps[CreateToolResponse]:
        """Create a tool: ``{name, description?, parameters?, tool_type?}``.

        ``tool_type`` (``function`` or ``tool``) defaults to ``function``; the response's
        ``result`` is the stored tool, with its ``id``.
        """
        from honeyhive_api.models import CreateToolRequest, CreateToolResponse

        what = "tools.create(data)"
        fields = as_dict(data, what, "a dict or CreateToolRequest")
        fields.setdefault("tool_type", DEFAULT_TOOL_TYPE)
        body = as_model(CreateToolRequest, fields, what)
        require_str(body.name, f"{what}: name")
        result: CreateToolResponse = yield Call(
            "tools.create_tool", {"body": body}, CreateToolResponse.from_dict
        )
        return result

    create = sync_op(_create)
    create_async = async_op(_create)
    create_tool = create
    create_tool_async = create_async

    def _update(
        self, data: UpdateToolRequestDict | UpdateToolRequest, **options: Unpack[RequestOptions]
    ) -> Steps[UpdateToolResponse]:
        """Update a tool: ``{id, name?, description?, parameters?, tool_type?}``."""
        from honeyhive_api.models import UpdateToolRequest, UpdateToolResponse

        what = "tools.update(data)"
        body = as_model(UpdateToolRequest, data, what)
        require_str(body.id, f"{what}: id")
        result: UpdateToolResponse = yield Call(
            "tools.update_tool", {"body": body}, UpdateToolResponse.from_dict
        )
        return result

    update = sync_op(_update)
    update_async = async_op(_update)
    update_tool = update
    update_tool_async = update_async

    def _delete(self, tool_id: str, **options: Unpack[RequestOptions]) -> Steps[DeleteToolResponse]:
        """Delete a tool by id (sent as the ``function_id`` query parameter)."""
        from honeyhive_api.models import DeleteToolResponse

        kwargs = {"function_id": require_str(tool_id, "tool_id")}
        result: DeleteToolResponse = yield Call(
            "tools.delete_tool", kwargs, DeleteToolResponse.from_dict
        )
        return result

    delete = sync_op(_delete)
    delete_async = async_op(_delete)
    delete_tool = delete
    delete_tool_async = delete_async
