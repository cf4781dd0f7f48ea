# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_environment_config`: the official path of these types."""

from __future__ import annotations

from .._models.environment_config import EnvironmentConfig as BetaEnvironmentConfig

__all__ = [
    "BetaEnvironmentConfig",
]
