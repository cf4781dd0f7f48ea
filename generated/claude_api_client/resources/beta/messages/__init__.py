# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.messages` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_messages import AsyncBetaMessages as AsyncMessages
    from claude_api_client.resources.beta_messages import (
        AsyncBetaMessagesWithRawResponse as AsyncMessagesWithRawResponse,
    )
    from claude_api_client.resources.beta_messages import (
        AsyncBetaMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_messages import BetaMessages as Messages
    from claude_api_client.resources.beta_messages import (
        BetaMessagesWithRawResponse as MessagesWithRawResponse,
    )
    from claude_api_client.resources.beta_messages import (
        BetaMessagesWithStreamingResponse as MessagesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_messages_batches import AsyncBetaBatches as AsyncBatches
    from claude_api_client.resources.beta_messages_batches import (
        AsyncBetaBatchesWithRawResponse as AsyncBatchesWithRawResponse,
    )
    from claude_api_client.resources.beta_messages_batches import (
        AsyncBetaBatchesWithStreamingResponse as AsyncBatchesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_messages_batches import BetaBatches as Batches
    from claude_api_client.resources.beta_messages_batches import (
        BetaBatchesWithRawResponse as BatchesWithRawResponse,
    )
    from claude_api_client.resources.beta_messages_batches import (
        BetaBatchesWithStreamingResponse as BatchesWithStreamingResponse,
    )

__all__ = [
    "AsyncBatches",
    "AsyncBatchesWithRawResponse",
    "AsyncBatchesWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "Batches",
    "BatchesWithRawResponse",
    "BatchesWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncBatches": ("claude_api_client.resources.beta_messages_batches", "AsyncBetaBatches"),
    "AsyncBatchesWithRawResponse": (
        "claude_api_client.resources.beta_messages_batches",
        "AsyncBetaBatchesWithRawResponse",
    ),
    "AsyncBatchesWithStreamingResponse": (
        "claude_api_client.resources.beta_messages_batches",
        "AsyncBetaBatchesWithStreamingResponse",
    ),
    "AsyncMessages": ("claude_api_client.resources.beta_messages", "AsyncBetaMessages"),
    "AsyncMessagesWithRawResponse": (
        "claude_api_client.resources.beta_messages",
        "AsyncBetaMessagesWithRawResponse",
    ),
    "AsyncMessagesWithStreamingResponse": (
        "claude_api_client.resources.beta_messages",
        "AsyncBetaMessagesWithStreamingResponse",
    ),
    "Batches": ("claude_api_client.resources.beta_messages_batches", "BetaBatches"),
    "BatchesWithRawResponse": (
        "claude_api_client.resources.beta_messages_batches",
        "BetaBatchesWithRawResponse",
    ),
    "BatchesWithStreamingResponse": (
        "claude_api_client.resources.beta_messages_batches",
        "BetaBatchesWithStreamingResponse",
    ),
    "Messages": ("claude_api_client.resources.beta_messages", "BetaMessages"),
    "MessagesWithRawResponse": (
        "claude_api_client.resources.beta_messages",
        "BetaMessagesWithRawResponse",
    ),
    "MessagesWithStreamingResponse": (
        "claude_api_client.resources.beta_messages",
        "BetaMessagesWithStreamingResponse",
    ),
}


def __getattr__(name: str) -> object:
    """The class an official name of this path stands for (the one the client's namespace is)."""
    try:
        module, attr = _OFFICIAL[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
