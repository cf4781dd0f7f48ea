# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_public_environment_create_request`: the official path of these types."""

from __future__ import annotations

from .._params.public_environment_create_request_param import (
    PublicEnvironmentCreateRequestParam as BetaPublicEnvironmentCreateRequest,
)

__all__ = [
    "BetaPublicEnvironmentCreateRequest",
]
