# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ThreadFingerprintMismatchErrorDetails(APIModel):
    """The request does not match the conversation the thread holds."""

    error_code: Literal["thread_fingerprint_mismatch"]
    """Always `thread_fingerprint_mismatch`."""
