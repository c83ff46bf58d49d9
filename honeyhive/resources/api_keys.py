"""``client.api_keys``: creating a project's ingestion keys and fine-grained data-plane keys."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from .._checks import closed_model
from .._convert import as_dict, id_list, require_str
from .._operation import Call, Namespace, RequestOptions, Steps, async_op, once, sync_op

if TYPE_CHECKING:
    from honeyhive_api.models import (
        CreateDataPlaneApiKeyRequest,
        CreateDataPlaneApiKeyResponse,
        CreateIngestionApiKeyRequest,
        CreateIngestionApiKeyResponse,
    )


def _request(request: object, fields: dict[str, Any], what: str, expected: str) -> dict[str, Any]:
    """The request as a dict, from ``request`` or from keyword fields, never both."""
    given = {key: value for key, value in fields.items() if value is not None}
    if request is None:
        if "name" not in given:
            raise TypeError(f"{what}: pass a request, or at least name=...")
        return given
    if given:
        raise TypeError(f"{what}: pass a request or keyword fields ({', '.join(given)}), not both")
    return as_dict(request, what, expected)


def _iso_utc(value: object, what: str) -> object:
    """A datetime as ISO-8601 UTC (``...Z``, as JavaScript writes it); other values unchanged."""
    if not isinstance(value, datetime.datetime):
        return value
    if value.tzinfo is None or value.utcoffset() is None:
        # A naive datetime could be UTC or local time: guessing would move the expiry by hours.
        raise ValueError(
            f"{what} must be timezone-aware, e.g. "
            "datetime.now(timezone.utc) + timedelta(days=90), or an ISO-8601 string"
        )
    utc = value.astimezone(datetime.UTC)
    return utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class ApiKeys(Namespace):
    """API for creating API keys of a project (each key's value is shown only once)."""

    def _create_ingestion_key(
        self,
        project_id: str,
        request: Mapping[str, Any] | CreateIngestionApiKeyRequest | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[CreateIngestionApiKeyResponse]:
        """Create an ingestion key (``hh_ingst_...``); ``data.key_value`` is shown only once."""
        from honeyhive_api.models import (
            CreateIngestionApiKeyRequest,
            CreateIngestionApiKeyResponse,
        )

        what = "api_keys.create_ingestion_key(project_id, request)"
        pid = require_str(project_id, "project_id")
        fields = {"name": name, "description": description}
        data = _request(request, fields, what, "a dict or CreateIngestionApiKeyRequest")
        body = closed_model(CreateIngestionApiKeyRequest, data, what)
        require_str(body.name, f"{what}: name")
        parse = CreateIngestionApiKeyResponse.from_dict
        call = Call(
            "ingestion_api_keys.create_ingestion_api_key",
            {"project_id": pid, "body": body},
            parse,
            credential="data_plane_or_api",
        )
        return (yield from once(call))

    create_ingestion_key = sync_op(_create_ingestion_key)
    create_ingestion_key_async = async_op(_create_ingestion_key)

    def _create_fine_grained_key(
        self,
        project_id: str,
        request: Mapping[str, Any] | CreateDataPlaneApiKeyRequest | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        permissions: Iterable[str] | None = None,
        expires_at: datetime.datetime | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[CreateDataPlaneApiKeyResponse]:
        """Create a data-plane key (``hh_fgdp_...``); ``data.key_value`` is shown only once.

        The request is ``{name, description?, permissions: [str], expires_at}``;
        ``expires_at`` may be a timezone-aware ``datetime`` (sent as ISO-8601 UTC) or a string.
        """
        from honeyhive_api.models import (
            CreateDataPlaneApiKeyRequest,
            CreateDataPlaneApiKeyResponse,
        )

        what = "api_keys.create_fine_grained_key(project_id, request)"
        pid = require_str(project_id, "project_id")
        fields = {
            "name": name,
            "description": description,
            "permissions": permissions,
            "expires_at": expires_at,
        }
        data = _request(request, fields, what, "a dict or CreateDataPlaneApiKeyRequest")
        if "permissions" in data:
            data["permissions"] = id_list(data["permissions"], f"{what}: permissions")
        if "expires_at" in data:
            data["expires_at"] = _iso_utc(data["expires_at"], f"{what}: expires_at")
        body = closed_model(CreateDataPlaneApiKeyRequest, data, what)
        require_str(body.name, f"{what}: name")
        require_str(body.expires_at, f"{what}: expires_at")
        if not body.permissions:
            raise ValueError(f"{what}: permissions must name at least one permission")
        parse = CreateDataPlaneApiKeyResponse.from_dict
        call = Call(
            "data_plane_api_keys.create_data_plane_api_key",
            {"project_id": pid, "body": body},
            parse,
            credential="data_plane_or_api",
        )
        return (yield from once(call))

    create_fine_grained_key = sync_op(_create_fine_grained_key)
    create_fine_grained_key_async = async_op(_create_fine_grained_key)
    create_data_plane_key = create_fine_grained_key
    create_data_plane_key_async = create_fine_grained_key_async
