# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thread_continue_params`: the official path of these types."""

from __future__ import annotations

from ._params.message_thread_continue_param import (
    MessageThreadContinueParam as ThreadContinueParams,
)

__all__ = [
    "ThreadContinueParams",
]
