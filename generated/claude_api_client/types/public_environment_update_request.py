# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.public_environment_update_request`: the official path of these types."""

from __future__ import annotations

from ._params.public_environment_update_request_param import (
    PublicEnvironmentUpdateRequestParam as PublicEnvironmentUpdateRequest,
)

__all__ = [
    "PublicEnvironmentUpdateRequest",
]
