# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.claude_tag.claude_tag` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_claude_tag import (
        AsyncBetaClaudeTag as AsyncClaudeTag,
    )
    from claude_api_client.resources.beta_organization_claude_tag import (
        AsyncBetaClaudeTagWithRawResponse as AsyncClaudeTagWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag import (
        AsyncBetaClaudeTagWithStreamingResponse as AsyncClaudeTagWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag import BetaClaudeTag as ClaudeTag
    from claude_api_client.resources.beta_organization_claude_tag import (
        BetaClaudeTagWithRawResponse as ClaudeTagWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag import (
        BetaClaudeTagWithStreamingResponse as ClaudeTagWithStreamingResponse,
    )

__all__ = [
    "AsyncClaudeTag",
    "AsyncClaudeTagWithRawResponse",
    "AsyncClaudeTagWithStreamingResponse",
    "ClaudeTag",
    "ClaudeTagWithRawResponse",
    "ClaudeTagWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncClaudeTag": (
        "claude_api_client.resources.beta_organization_claude_tag",
        "AsyncBetaClaudeTag",
    ),
    "AsyncClaudeTagWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag",
        "AsyncBetaClaudeTagWithRawResponse",
    ),
    "AsyncClaudeTagWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag",
        "AsyncBetaClaudeTagWithStreamingResponse",
    ),
    "ClaudeTag": ("claude_api_client.resources.beta_organization_claude_tag", "BetaClaudeTag"),
    "ClaudeTagWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag",
        "BetaClaudeTagWithRawResponse",
    ),
    "ClaudeTagWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag",
        "BetaClaudeTagWithStreamingResponse",
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
