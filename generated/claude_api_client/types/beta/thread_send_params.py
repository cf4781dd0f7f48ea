# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.thread_send_params`: the official path of these types."""

from __future__ import annotations

from .._params.thread_fields import ThreadSendFields as ThreadSendParams

__all__ = [
    "ThreadSendParams",
]
