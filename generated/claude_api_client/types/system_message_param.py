# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.system_message_param`: the official path of these types."""

from __future__ import annotations

from ._params.message_param import MessageParam as SystemMessageParam

__all__ = [
    "SystemMessageParam",
]
