# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thread_fingerprint_mismatch_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.thread_fingerprint_mismatch_error_details import (
    ThreadFingerprintMismatchErrorDetails as ThreadFingerprintMismatchErrorDetails,
)

__all__ = [
    "ThreadFingerprintMismatchErrorDetails",
]
