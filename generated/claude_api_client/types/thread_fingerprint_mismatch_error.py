# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thread_fingerprint_mismatch_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import ThreadFingerprintMismatchError as ThreadFingerprintMismatchError

__all__ = [
    "ThreadFingerprintMismatchError",
]
