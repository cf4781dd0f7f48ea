# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.external_key_delete_response`: the official path of these types."""

from __future__ import annotations

from .._models.external_key_delete_response import (
    ExternalKeyDeleteResponse as ExternalKeyDeleteResponse,
)

__all__ = [
    "ExternalKeyDeleteResponse",
]
