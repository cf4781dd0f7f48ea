# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.sessions`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...._params.bedrock_event_stream_params import (
        BedrockEventStreamParams as BedrockEventStreamParams,
    )
    from ...._params.bedrock_sessions_event_list_params import (
        BedrockSessionsEventListParams as BedrockEventListParams,
    )
    from ...._params.bedrock_thread_list_params import (
        BedrockThreadListParams as BedrockThreadListParams,
    )
    from ...._params.managed_agents_send_session_events_params import (
        ManagedAgentsSendSessionEventsParams as BedrockEventSendParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BedrockEventListParams": (
        "_params.bedrock_sessions_event_list_params",
        "BedrockSessionsEventListParams",
    ),
    "BedrockEventSendParams": (
        "_params.managed_agents_send_session_events_params",
        "ManagedAgentsSendSessionEventsParams",
    ),
    "BedrockEventStreamParams": ("_params.bedrock_event_stream_params", "BedrockEventStreamParams"),
    "BedrockThreadListParams": ("_params.bedrock_thread_list_params", "BedrockThreadListParams"),
}

__all__ = [
    "BedrockEventListParams",
    "BedrockEventSendParams",
    "BedrockEventStreamParams",
    "BedrockThreadListParams",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
