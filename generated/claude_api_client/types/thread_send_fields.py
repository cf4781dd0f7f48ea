# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thread_send_fields`: the official path of these types."""

from __future__ import annotations

from ._params.thread_fields import ThreadSendFields as ThreadSendFields

__all__ = [
    "ThreadSendFields",
]
