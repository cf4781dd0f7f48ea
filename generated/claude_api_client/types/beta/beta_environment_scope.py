# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_environment_scope`: the official path of these types."""

from __future__ import annotations

from .._models.environment_scope import EnvironmentScope as BetaEnvironmentScope

__all__ = [
    "BetaEnvironmentScope",
]
