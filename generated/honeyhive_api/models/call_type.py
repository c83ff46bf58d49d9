from typing import Literal

CallType = Literal["chat", "completion"]

CALL_TYPE_VALUES: set[CallType] = {
    "chat",
    "completion",
}


def check_call_type(value: str) -> CallType:
    if value in CALL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_TYPE_VALUES!r}")
