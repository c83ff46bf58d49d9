from typing import Literal

PostEventRequestEventType = Literal["chain", "model", "session", "tool"]

POST_EVENT_REQUEST_EVENT_TYPE_VALUES: set[PostEventRequestEventType] = {
    "chain",
    "model",
    "session",
    "tool",
}


def check_post_event_request_event_type(value: str) -> PostEventRequestEventType:
    if value in POST_EVENT_REQUEST_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_EVENT_REQUEST_EVENT_TYPE_VALUES!r}"
    )
