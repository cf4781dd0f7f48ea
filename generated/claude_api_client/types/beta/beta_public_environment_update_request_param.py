# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_public_environment_update_request_param`: the official path of these types."""

from __future__ import annotations

from .._params.public_environment_update_request_param import (
    PublicEnvironmentUpdateRequestParam as BetaPublicEnvironmentUpdateRequestParam,
)

__all__ = [
    "BetaPublicEnvironmentUpdateRequestParam",
]
