# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.files` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_files import AsyncBetaFiles as AsyncFiles
    from claude_api_client.resources.beta_files import (
        AsyncBetaFilesWithRawResponse as AsyncFilesWithRawResponse,
    )
    from claude_api_client.resources.beta_files import (
        AsyncBetaFilesWithStreamingResponse as AsyncFilesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_files import BetaFiles as Files
    from claude_api_client.resources.beta_files import (
        BetaFilesWithRawResponse as FilesWithRawResponse,
    )
    from claude_api_client.resources.beta_files import (
        BetaFilesWithStreamingResponse as FilesWithStreamingResponse,
    )

__all__ = [
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncFiles": ("claude_api_client.resources.beta_files", "AsyncBetaFiles"),
    "AsyncFilesWithRawResponse": (
        "claude_api_client.resources.beta_files",
        "AsyncBetaFilesWithRawResponse",
    ),
    "AsyncFilesWithStreamingResponse": (
        "claude_api_client.resources.beta_files",
        "AsyncBetaFilesWithStreamingResponse",
    ),
    "Files": ("claude_api_client.resources.beta_files", "BetaFiles"),
    "FilesWithRawResponse": ("claude_api_client.resources.beta_files", "BetaFilesWithRawResponse"),
    "FilesWithStreamingResponse": (
        "claude_api_client.resources.beta_files",
        "BetaFilesWithStreamingResponse",
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
