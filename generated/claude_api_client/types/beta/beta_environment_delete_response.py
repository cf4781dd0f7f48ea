# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_environment_delete_response`: the official path of these types."""

from __future__ import annotations

from .._models.environment_delete_response import (
    EnvironmentDeleteResponse as BetaEnvironmentDeleteResponse,
)

__all__ = [
    "BetaEnvironmentDeleteResponse",
]
