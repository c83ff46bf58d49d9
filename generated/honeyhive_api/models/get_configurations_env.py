from typing import Literal

GetConfigurationsEnv = Literal["dev", "prod", "staging"]

GET_CONFIGURATIONS_ENV_VALUES: set[GetConfigurationsEnv] = {
    "dev",
    "prod",
    "staging",
}


def check_get_configurations_env(value: str) -> GetConfigurationsEnv:
    if value in GET_CONFIGURATIONS_ENV_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CONFIGURATIONS_ENV_VALUES!r}"
    )
