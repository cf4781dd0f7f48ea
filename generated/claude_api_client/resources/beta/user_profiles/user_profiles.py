# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.user_profiles.user_profiles` of the official package: its names, lazily."""

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

__all__ = [
    "AsyncUserProfiles",
    "AsyncUserProfilesWithRawResponse",
    "AsyncUserProfilesWithStreamingResponse",
    "UserProfiles",
    "UserProfilesWithRawResponse",
    "UserProfilesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
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
