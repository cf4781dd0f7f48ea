# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.messages.batches` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    "Batches",
    "BatchesWithRawResponse",
    "BatchesWithStreamingResponse",
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
    "Batches": ("claude_api_client.resources.messages_batches", "Batches"),
    "BatchesWithRawResponse": (
        "claude_api_client.resources.messages_batches",
        "BatchesWithRawResponse",
    ),
    "BatchesWithStreamingResponse": (
        "claude_api_client.resources.messages_batches",
        "BatchesWithStreamingResponse",
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
