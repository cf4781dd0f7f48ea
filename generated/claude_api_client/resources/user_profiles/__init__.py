# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.user_profiles` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.user_profiles.user_profiles import (
        AsyncUserProfiles as AsyncUserProfiles,
    )
    from claude_api_client.resources.user_profiles.user_profiles import (
        AsyncUserProfilesWithRawResponse as AsyncUserProfilesWithRawResponse,
    )
    from claude_api_client.resources.user_profiles.user_profiles import (
        AsyncUserProfilesWithStreamingResponse as AsyncUserProfilesWithStreamingResponse,
    )
    from claude_api_client.resources.user_profiles.user_profiles import UserProfiles as UserProfiles
    from claude_api_client.resources.user_profiles.user_profiles import (
        UserProfilesWithRawResponse as UserProfilesWithRawResponse,
    )
    from claude_api_client.resources.user_profiles.user_profiles import (
        UserProfilesWithStreamingResponse as UserProfilesWithStreamingResponse,
    )
    from claude_api_client.resources.user_profiles_action_urls import ActionUrls as ActionURLs
    from claude_api_client.resources.user_profiles_action_urls import (
        ActionUrlsWithRawResponse as ActionURLsWithRawResponse,
    )
    from claude_api_client.resources.user_profiles_action_urls import (
        ActionUrlsWithStreamingResponse as ActionURLsWithStreamingResponse,
    )
    from claude_api_client.resources.user_profiles_action_urls import (
        AsyncActionUrls as AsyncActionURLs,
    )
    from claude_api_client.resources.user_profiles_action_urls import (
        AsyncActionUrlsWithRawResponse as AsyncActionURLsWithRawResponse,
    )
    from claude_api_client.resources.user_profiles_action_urls import (
        AsyncActionUrlsWithStreamingResponse as AsyncActionURLsWithStreamingResponse,
    )

__all__ = [
    "ActionURLs",
    "ActionURLsWithRawResponse",
    "ActionURLsWithStreamingResponse",
    "AsyncActionURLs",
    "AsyncActionURLsWithRawResponse",
    "AsyncActionURLsWithStreamingResponse",
    "AsyncUserProfiles",
    "AsyncUserProfilesWithRawResponse",
    "AsyncUserProfilesWithStreamingResponse",
    "UserProfiles",
    "UserProfilesWithRawResponse",
    "UserProfilesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "ActionURLs": ("claude_api_client.resources.user_profiles_action_urls", "ActionUrls"),
    "ActionURLsWithRawResponse": (
        "claude_api_client.resources.user_profiles_action_urls",
        "ActionUrlsWithRawResponse",
    ),
    "ActionURLsWithStreamingResponse": (
        "claude_api_client.resources.user_profiles_action_urls",
        "ActionUrlsWithStreamingResponse",
    ),
    "AsyncActionURLs": ("claude_api_client.resources.user_profiles_action_urls", "AsyncActionUrls"),
    "AsyncActionURLsWithRawResponse": (
        "claude_api_client.resources.user_profiles_action_urls",
        "AsyncActionUrlsWithRawResponse",
    ),
    "AsyncActionURLsWithStreamingResponse": (
        "claude_api_client.resources.user_profiles_action_urls",
        "AsyncActionUrlsWithStreamingResponse",
    ),
    "AsyncUserProfiles": (
        "claude_api_client.resources.user_profiles.user_profiles",
        "AsyncUserProfiles",
    ),
    "AsyncUserProfilesWithRawResponse": (
        "claude_api_client.resources.user_profiles.user_profiles",
        "AsyncUserProfilesWithRawResponse",
    ),
    "AsyncUserProfilesWithStreamingResponse": (
        "claude_api_client.resources.user_profiles.user_profiles",
        "AsyncUserProfilesWithStreamingResponse",
    ),
    "UserProfiles": ("claude_api_client.resources.user_profiles.user_profiles", "UserProfiles"),
    "UserProfilesWithRawResponse": (
        "claude_api_client.resources.user_profiles.user_profiles",
        "UserProfilesWithRawResponse",
    ),
    "UserProfilesWithStreamingResponse": (
        "claude_api_client.resources.user_profiles.user_profiles",
        "UserProfilesWithStreamingResponse",
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
