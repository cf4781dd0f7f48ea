# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics.users` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_analytics_users import (
        AsyncBetaUsers as AsyncUsers,
    )
    from claude_api_client.resources.beta_organization_analytics_users import (
        AsyncBetaUsersWithRawResponse as AsyncUsersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_users import (
        AsyncBetaUsersWithStreamingResponse as AsyncUsersWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_users import BetaUsers as Users
    from claude_api_client.resources.beta_organization_analytics_users import (
        BetaUsersWithRawResponse as UsersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_users import (
        BetaUsersWithStreamingResponse as UsersWithStreamingResponse,
    )

__all__ = [
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "AsyncUsersWithStreamingResponse",
    "Users",
    "UsersWithRawResponse",
    "UsersWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncUsers": (
        "claude_api_client.resources.beta_organization_analytics_users",
        "AsyncBetaUsers",
    ),
    "AsyncUsersWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_users",
        "AsyncBetaUsersWithRawResponse",
    ),
    "AsyncUsersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_users",
        "AsyncBetaUsersWithStreamingResponse",
    ),
    "Users": ("claude_api_client.resources.beta_organization_analytics_users", "BetaUsers"),
    "UsersWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_users",
        "BetaUsersWithRawResponse",
    ),
    "UsersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_users",
        "BetaUsersWithStreamingResponse",
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
