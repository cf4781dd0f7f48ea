# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_signature_invalid_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.compaction_signature_invalid_error_details import (
    CompactionSignatureInvalidErrorDetails as CompactionSignatureInvalidErrorDetails,
)

__all__ = [
    "CompactionSignatureInvalidErrorDetails",
]
