"""``client.projects``: list, get, create, update and delete projects (control plane)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from .._convert import as_model, find, list_parser, require_str
from .._operation import Call, Namespace, RequestOptions, Steps, async_op, sync_op
from .._pagination import list_filters
from ..errors import NotFoundError

if TYPE_CHECKING:
    import honeyhive_api.models
    from honeyhive_api.models import CreateProjectRequest, Project

    from ..models import UpdateProjectRequest


def _get_projects(name: str | None = None) -> Call[builtins.list[Project]]:
    """The ``GET /v1/projects`` call, optionally filtered by name."""
    from honeyhive_api.models import Project

    kwargs = {} if name is None else {"name": name}
    return Call(
        "projects.get_projects", kwargs, list_parser(Project.from_dict, "projects"), "control"
    )


class Projects(Namespace):
    """API for managing projects."""

    def _list(
        self, name: str | Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> Steps[builtins.list[Project]]:
        """List all accessible projects (only the one called ``name``, if given).

        ``name`` as a keyword, positionally, or in a mapping: ``list({"name": "my-project"})``.
        """
        given = list_filters("projects.list()", {"name": name}, first="name")["name"]
        wanted = None if given is None else require_str(given, "name")
        result: builtins.list[Project] = yield _get_projects(wanted)
        return result

    list = sync_op(_list)
    list_async = async_op(_list)
    list_projects = list
    list_projects_async = list_async
    get_projects = list
    get_projects_async = list_async

    def _get(self, name: str, **options: Unpack[RequestOptions]) -> Steps[Project]:
        """Get the project called ``name``; NotFoundError if there is none."""
        wanted = require_str(name, "name")
        projects: builtins.list[Project] = yield _get_projects(wanted)
        return find(projects, "name", wanted, f"No project named {wanted!r}")

    get = sync_op(_get)
    get_async = async_op(_get)
    get_project = get
    get_project_async = get_async

    def _create(
        self, data: Mapping[str, Any] | CreateProjectRequest, **options: Unpack[RequestOptions]
    ) -> Steps[Project]:
        """Create a project from a ``CreateProjectRequest`` or a dict; returns the project."""
        from honeyhive_api.models import CreateProjectRequest, Project

        body = as_model(CreateProjectRequest, data, "projects.create(data)")
        require_str(body.name, "projects.create(data): name")
        result: Project = yield Call(
            "projects.create_project", {"body": body}, Project.from_dict, "control"
        )
        return result

    create = sync_op(_create)
    create_async = async_op(_create)
    create_project = create
    create_project_async = create_async

    def _update(
        self,
        data: Mapping[str, Any] | UpdateProjectRequest | honeyhive_api.models.UpdateProjectRequest,
        **options: Unpack[RequestOptions],
    ) -> Steps[None]:
        """Update a project's name, description or type.

        The service addresses a project by its current ``name``. With ``project_id`` (the
        reference doc's form), the project is first looked up by id, then renamed to ``name``
        if that differs; NotFoundError if no project has that id. Without it, ``name`` says
        which project to update and ``new_name`` renames it.
        """
        from ..models import UpdateProjectRequest

        request = UpdateProjectRequest.coerce(data, "projects.update(data)")
        current_name = None
        if request.project_id is not None:
            projects: builtins.list[Project] = yield _get_projects()
            current_name = next((p.name for p in projects if p.id == request.project_id), None)
            if current_name is None:
                raise NotFoundError(message=f"No project has id {request.project_id!r}")
        body = request.to_wire(current_name)
        yield Call("projects.update_project", {"body": body}, plane="control")

    update = sync_op(_update)
    update_async = async_op(_update)
    update_project = update
    update_project_async = update_async

    def _delete(self, name: str, **options: Unpack[RequestOptions]) -> Steps[None]:
        """Delete the project called ``name``."""
        wanted = require_str(name, "name")
        yield Call("projects.delete_project", {"name": wanted}, plane="control")

    delete = sync_op(_delete)
    delete_async = async_op(_delete)
    delete_project = delete
    delete_project_async = delete_async
