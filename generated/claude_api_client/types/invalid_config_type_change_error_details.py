# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.invalid_config_type_change_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.invalid_config_type_change_error_details import (
    InvalidConfigTypeChangeErrorDetails as InvalidConfigTypeChangeErrorDetails,
)

__all__ = [
    "InvalidConfigTypeChangeErrorDetails",
]
