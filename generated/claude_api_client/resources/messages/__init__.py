# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.messages` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.messages.messages import AsyncMessages as AsyncMessages
    from claude_api_client.resources.messages.messages import (
        AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse,
    )
    from claude_api_client.resources.messages.messages import (
        AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse,
    )
    from claude_api_client.resources.messages.messages import Messages as Messages
    from claude_api_client.resources.messages.messages import (
        MessagesWithRawResponse as MessagesWithRawResponse,
    )
    from claude_api_client.resources.messages.messages import (
        MessagesWithStreamingResponse as MessagesWithStreamingResponse,
    )
    from claude_api_client.resources.messages_batches import AsyncBatches as AsyncBatches
    from claude_api_client.resources.messages_batches import (
        AsyncBatchesWithRawResponse as AsyncBatchesWithRawResponse,
    )
    from claude_api_client.resources.messages_batches import (
        AsyncBatchesWithStreamingResponse as AsyncBatchesWithStreamingResponse,
    )
    from claude_api_client.resources.messages_batches import Batches as Batches
    from claude_api_client.resources.messages_batches import (
        BatchesWithRawResponse as BatchesWithRawResponse,
    )
    from claude_api_client.resources.messages_batches import (
        BatchesWithStreamingResponse as BatchesWithStreamingResponse,
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
    "AsyncBatches": ("claude_api_client.resources.messages_batches", "AsyncBatches"),
    "AsyncBatchesWithRawResponse": (
        "claude_api_client.resources.messages_batches",
        "AsyncBatchesWithRawResponse",
    ),
    "AsyncBatchesWithStreamingResponse": (
        "claude_api_client.resources.messages_batches",
        "AsyncBatchesWithStreamingResponse",
    ),
    "AsyncMessages": ("claude_api_client.resources.messages.messages", "AsyncMessages"),
    "AsyncMessagesWithRawResponse": (
        "claude_api_client.resources.messages.messages",
        "AsyncMessagesWithRawResponse",
    ),
    "AsyncMessagesWithStreamingResponse": (
        "claude_api_client.resources.messages.messages",
        "AsyncMessagesWithStreamingResponse",
    ),
    "Batches": ("claude_api_client.resources.messages_batches", "Batches"),
    "BatchesWithRawResponse": (
        "claude_api_client.resources.messages_batches",
        "BatchesWithRawResponse",
    ),
    "BatchesWithStreamingResponse": (
        "claude_api_client.resources.messages_batches",
        "BatchesWithStreamingResponse",
    ),
    "Messages": ("claude_api_client.resources.messages.messages", "Messages"),
    "MessagesWithRawResponse": (
        "claude_api_client.resources.messages.messages",
        "MessagesWithRawResponse",
    ),
    "MessagesWithStreamingResponse": (
        "claude_api_client.resources.messages.messages",
        "MessagesWithStreamingResponse",
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
