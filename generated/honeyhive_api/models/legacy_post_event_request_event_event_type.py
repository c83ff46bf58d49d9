from typing import Literal

LegacyPostEventRequestEventEventType = Literal["chain", "model", "session", "tool"]

LEGACY_POST_EVENT_REQUEST_EVENT_EVENT_TYPE_VALUES: set[LegacyPostEventRequestEventEventType] = {
    "chain",
    "model",
    "session",
    "tool",
}


def check_legacy_post_event_request_event_event_type(
    value: str,
) -> LegacyPostEventRequestEventEventType:
    if value in LEGACY_POST_EVENT_REQUEST_EVENT_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEGACY_POST_EVENT_REQUEST_EVENT_EVENT_TYPE_VALUES!r}"
    )
