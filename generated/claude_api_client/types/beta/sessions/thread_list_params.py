# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.thread_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.thread_list_params import ThreadListParams as ThreadListParams

__all__ = [
    "ThreadListParams",
]
