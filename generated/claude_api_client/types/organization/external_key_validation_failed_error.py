# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.external_key_validation_failed_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import ExternalKeyValidationFailedError as ExternalKeyValidationFailedError

__all__ = [
    "ExternalKeyValidationFailedError",
]
