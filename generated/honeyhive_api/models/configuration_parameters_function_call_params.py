from typing import Literal

ConfigurationParametersFunctionCallParams = Literal["auto", "force", "none"]

CONFIGURATION_PARAMETERS_FUNCTION_CALL_PARAMS_VALUES: set[
    ConfigurationParametersFunctionCallParams
] = {
    "auto",
    "force",
    "none",
}


def check_configuration_parameters_function_call_params(
    value: str,
) -> ConfigurationParametersFunctionCallParams:
    if value in CONFIGURATION_PARAMETERS_FUNCTION_CALL_PARAMS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFIGURATION_PARAMETERS_FUNCTION_CALL_PARAMS_VALUES!r}"
    )
