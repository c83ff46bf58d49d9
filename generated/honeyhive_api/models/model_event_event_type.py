from typing import Literal

ModelEventEventType = Literal["chain", "model", "session", "tool"]

MODEL_EVENT_EVENT_TYPE_VALUES: set[ModelEventEventType] = {
    "chain",
    "model",
    "session",
    "tool",
}


def check_model_event_event_type(value: str) -> ModelEventEventType:
    if value in MODEL_EVENT_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_EVENT_EVENT_TYPE_VALUES!r}"
    )
