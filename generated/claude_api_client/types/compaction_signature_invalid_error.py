# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_signature_invalid_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import CompactionSignatureInvalidError as CompactionSignatureInvalidError

__all__ = [
    "CompactionSignatureInvalidError",
]
