# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.system_message_clear_at`: the official path of these types."""

from __future__ import annotations

from ._params.system_message_clear_at_param import SystemMessageClearAtParam as SystemMessageClearAt

__all__ = [
    "SystemMessageClearAt",
]
