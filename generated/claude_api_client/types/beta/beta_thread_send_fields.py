# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_thread_send_fields`: the official path of these types."""

from __future__ import annotations

from .._params.thread_fields import ThreadSendFields as BetaThreadSendFields

__all__ = [
    "BetaThreadSendFields",
]
