# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.message_thread_param`: the official path of these types."""

from __future__ import annotations

from ._params.message_thread_param import MessageThreadParam as MessageThreadParam

__all__ = [
    "MessageThreadParam",
]
