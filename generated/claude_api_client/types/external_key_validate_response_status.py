# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.external_key_validate_response_status`: the official path of these types."""

from __future__ import annotations

from ._models.external_key_validate_response_status import (
    ExternalKeyValidateResponseStatus as ExternalKeyValidateResponseStatus,
)

__all__ = [
    "ExternalKeyValidateResponseStatus",
]
