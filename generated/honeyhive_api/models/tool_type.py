from typing import Literal

ToolType = Literal["function", "tool"]

TOOL_TYPE_VALUES: set[ToolType] = {
    "function",
    "tool",
}


def check_tool_type(value: str) -> ToolType:
    if value in TOOL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_TYPE_VALUES!r}")
