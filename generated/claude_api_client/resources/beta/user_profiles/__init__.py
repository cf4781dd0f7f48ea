# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.user_profiles` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_user_profiles import (
        AsyncBetaUserProfiles as AsyncUserProfiles,
    )
    from claude_api_client.resources.beta_user_profiles import (
        AsyncBetaUserProfilesWithRawResponse as AsyncUserProfilesWithRawResponse,
    )
    from claude_api_client.resources.beta_user_profiles import (
        AsyncBetaUserProfilesWithStreamingResponse as AsyncUserProfilesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_user_profiles import BetaUserProfiles as UserProfiles
    from claude_api_client.resources.beta_user_profiles import (
        BetaUserProfilesWithRawResponse as UserProfilesWithRawResponse,
    )
    from claude_api_client.resources.beta_user_profiles import (
        BetaUserProfilesWithStreamingResponse as UserProfilesWithStreamingResponse,
    )
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
    from claude_api_client.resources.beta_user_profiles_providers import (
        AsyncBetaProviders as AsyncProviders,
    )
    from claude_api_client.resources.beta_user_profiles_providers import (
        AsyncBetaProvidersWithRawResponse as AsyncProvidersWithRawResponse,
    )
    from claude_api_client.resources.beta_user_profiles_providers import (
        AsyncBetaProvidersWithStreamingResponse as AsyncProvidersWithStreamingResponse,
    )
    from claude_api_client.resources.beta_user_profiles_providers import BetaProviders as Providers
    from claude_api_client.resources.beta_user_profiles_providers import (
        BetaProvidersWithRawResponse as ProvidersWithRawResponse,
    )
    from claude_api_client.resources.beta_user_profiles_providers import (
        BetaProvidersWithStreamingResponse as ProvidersWithStreamingResponse,
    )

__all__ = [
    "ActionURLs",
    "ActionURLsWithRawResponse",
    "ActionURLsWithStreamingResponse",
    "AsyncActionURLs",
    "AsyncActionURLsWithRawResponse",
    "AsyncActionURLsWithStreamingResponse",
    "AsyncProviders",
    "AsyncProvidersWithRawResponse",
    "AsyncProvidersWithStreamingResponse",
    "AsyncUserProfiles",
    "AsyncUserProfilesWithRawResponse",
    "AsyncUserProfilesWithStreamingResponse",
    "Providers",
    "ProvidersWithRawResponse",
    "ProvidersWithStreamingResponse",
    "UserProfiles",
    "UserProfilesWithRawResponse",
    "UserProfilesWithStreamingResponse",
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
    "AsyncProviders": (
        "claude_api_client.resources.beta_user_profiles_providers",
        "AsyncBetaProviders",
    ),
    "AsyncProvidersWithRawResponse": (
        "claude_api_client.resources.beta_user_profiles_providers",
        "AsyncBetaProvidersWithRawResponse",
    ),
    "AsyncProvidersWithStreamingResponse": (
        "claude_api_client.resources.beta_user_profiles_providers",
        "AsyncBetaProvidersWithStreamingResponse",
    ),
    "AsyncUserProfiles": (
        "claude_api_client.resources.beta_user_profiles",
        "AsyncBetaUserProfiles",
    ),
    "AsyncUserProfilesWithRawResponse": (
        "claude_api_client.resources.beta_user_profiles",
        "AsyncBetaUserProfilesWithRawResponse",
    ),
    "AsyncUserProfilesWithStreamingResponse": (
        "claude_api_client.resources.beta_user_profiles",
        "AsyncBetaUserProfilesWithStreamingResponse",
    ),
    "Providers": ("claude_api_client.resources.beta_user_profiles_providers", "BetaProviders"),
    "ProvidersWithRawResponse": (
        "claude_api_client.resources.beta_user_profiles_providers",
        "BetaProvidersWithRawResponse",
    ),
    "ProvidersWithStreamingResponse": (
        "claude_api_client.resources.beta_user_profiles_providers",
        "BetaProvidersWithStreamingResponse",
    ),
    "UserProfiles": ("claude_api_client.resources.beta_user_profiles", "BetaUserProfiles"),
    "UserProfilesWithRawResponse": (
        "claude_api_client.resources.beta_user_profiles",
        "BetaUserProfilesWithRawResponse",
    ),
    "UserProfilesWithStreamingResponse": (
        "claude_api_client.resources.beta_user_profiles",
        "BetaUserProfilesWithStreamingResponse",
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
