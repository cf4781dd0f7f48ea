# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.external_key_validation_timed_out_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import (
    ExternalKeyValidationTimedOutError as ExternalKeyValidationTimedOutError,
)

__all__ = [
    "ExternalKeyValidationTimedOutError",
]
