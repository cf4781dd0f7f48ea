# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.user_profiles.action_urls` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_user_profiles_action_urls import (
        AsyncBetaActionUrls as AsyncActionURLs,
    )
    from claude_api_client.resources.beta_user_profiles_action_urls import (
        AsyncBetaActionUrlsWithRawResponse as AsyncActionURLsWithRawResponse,
    )
    from claude_api_client.resources.beta_user_profiles_action_urls import (
        AsyncBetaActionUrlsWithStreamingResponse as AsyncActionURLsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_user_profiles_action_urls import (
        BetaActionUrls as ActionURLs,
    )
    from claude_api_client.resources.beta_user_profiles_action_urls import (
        BetaActionUrlsWithRawResponse as ActionURLsWithRawResponse,
    )
    from claude_api_client.resources.beta_user_profiles_action_urls import (
        BetaActionUrlsWithStreamingResponse as ActionURLsWithStreamingResponse,
    )

__all__ = [
    "ActionURLs",
    "ActionURLsWithRawResponse",
    "ActionURLsWithStreamingResponse",
    "AsyncActionURLs",
    "AsyncActionURLsWithRawResponse",
    "AsyncActionURLsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "ActionURLs": ("claude_api_client.resources.beta_user_profiles_action_urls", "BetaActionUrls"),
    "ActionURLsWithRawResponse": (
        "claude_api_client.resources.beta_user_profiles_action_urls",
        "BetaActionUrlsWithRawResponse",
    ),
    "ActionURLsWithStreamingResponse": (
        "claude_api_client.resources.beta_user_profiles_action_urls",
        "BetaActionUrlsWithStreamingResponse",
    ),
    "AsyncActionURLs": (
        "claude_api_client.resources.beta_user_profiles_action_urls",
        "AsyncBetaActionUrls",
    ),
    "AsyncActionURLsWithRawResponse": (
        "claude_api_client.resources.beta_user_profiles_action_urls",
        "AsyncBetaActionUrlsWithRawResponse",
    ),
    "AsyncActionURLsWithStreamingResponse": (
        "claude_api_client.resources.beta_user_profiles_action_urls",
        "AsyncBetaActionUrlsWithStreamingResponse",
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
