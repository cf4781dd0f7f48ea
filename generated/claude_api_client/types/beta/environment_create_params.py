# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.environment_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.environment_config_params import EnvironmentConfigParams as Config
from .._params.public_environment_create_request_param import (
    PublicEnvironmentCreateRequestParam as EnvironmentCreateParams,
)

__all__ = [
    "Config",
    "EnvironmentCreateParams",
]
