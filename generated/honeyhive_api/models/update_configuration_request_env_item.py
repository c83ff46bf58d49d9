from typing import Literal

UpdateConfigurationRequestEnvItem = Literal["dev", "prod", "staging"]

UPDATE_CONFIGURATION_REQUEST_ENV_ITEM_VALUES: set[UpdateConfigurationRequestEnvItem] = {
    "dev",
    "prod",
    "staging",
}


def check_update_configuration_request_env_item(value: str) -> UpdateConfigurationRequestEnvItem:
    if value in UPDATE_CONFIGURATION_REQUEST_ENV_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CONFIGURATION_REQUEST_ENV_ITEM_VALUES!r}"
    )
