from typing import Literal

EventType = Literal["chain", "model", "session", "tool"]

EVENT_TYPE_VALUES: set[EventType] = {
    "chain",
    "model",
    "session",
    "tool",
}


def check_event_type(value: str) -> EventType:
    if value in EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_TYPE_VALUES!r}")
