# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_invalid_metadata_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import BetaInvalidMetadataError as BetaInvalidMetadataError

__all__ = [
    "BetaInvalidMetadataError",
]
