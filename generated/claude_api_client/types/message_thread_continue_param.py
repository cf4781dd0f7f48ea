# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.message_thread_continue_param`: the official path of these types."""

from __future__ import annotations

from ._params.message_thread_continue_param import (
    MessageThreadContinueParam as MessageThreadContinueParam,
)

__all__ = [
    "MessageThreadContinueParam",
]
