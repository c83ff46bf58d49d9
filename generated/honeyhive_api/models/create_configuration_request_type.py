from typing import Literal

CreateConfigurationRequestType = Literal["LLM", "pipeline"]

CREATE_CONFIGURATION_REQUEST_TYPE_VALUES: set[CreateConfigurationRequestType] = {
    "LLM",
    "pipeline",
}


def check_create_configuration_request_type(value: str) -> CreateConfigurationRequestType:
    if value in CREATE_CONFIGURATION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONFIGURATION_REQUEST_TYPE_VALUES!r}"
    )
