from typing import Literal

UpdateConfigurationRequestType = Literal["LLM", "pipeline"]

UPDATE_CONFIGURATION_REQUEST_TYPE_VALUES: set[UpdateConfigurationRequestType] = {
    "LLM",
    "pipeline",
}


def check_update_configuration_request_type(value: str) -> UpdateConfigurationRequestType:
    if value in UPDATE_CONFIGURATION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CONFIGURATION_REQUEST_TYPE_VALUES!r}"
    )
