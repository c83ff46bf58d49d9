from typing import Literal

CreateConfigurationRequestEnvItem = Literal["dev", "prod", "staging"]

CREATE_CONFIGURATION_REQUEST_ENV_ITEM_VALUES: set[CreateConfigurationRequestEnvItem] = {
    "dev",
    "prod",
    "staging",
}


def check_create_configuration_request_env_item(value: str) -> CreateConfigurationRequestEnvItem:
    if value in CREATE_CONFIGURATION_REQUEST_ENV_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONFIGURATION_REQUEST_ENV_ITEM_VALUES!r}"
    )
