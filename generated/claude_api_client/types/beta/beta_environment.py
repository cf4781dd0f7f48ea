# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_environment`: the official path of these types."""

from __future__ import annotations

from .._models.environment import Environment as BetaEnvironment
from .._models.environment_config import EnvironmentConfig as Config

__all__ = [
    "BetaEnvironment",
    "Config",
]
