# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.environment_config_params`: the official path of these types."""

from __future__ import annotations

from ._params.environment_config_params import EnvironmentConfigParams as EnvironmentConfigParams

__all__ = [
    "EnvironmentConfigParams",
]
