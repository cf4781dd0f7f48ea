# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thread_create_params`: the official path of these types."""

from __future__ import annotations

from ._params.message_thread_create_param import MessageThreadCreateParam as ThreadCreateParams

__all__ = [
    "ThreadCreateParams",
]
