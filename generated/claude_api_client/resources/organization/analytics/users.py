# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.analytics.users` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_analytics_users import AsyncUsers as AsyncUsers
    from claude_api_client.resources.organization_analytics_users import (
        AsyncUsersWithRawResponse as AsyncUsersWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_users import (
        AsyncUsersWithStreamingResponse as AsyncUsersWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_users import Users as Users
    from claude_api_client.resources.organization_analytics_users import (
        UsersWithRawResponse as UsersWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_users import (
        UsersWithStreamingResponse as UsersWithStreamingResponse,
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
    "AsyncUsers": ("claude_api_client.resources.organization_analytics_users", "AsyncUsers"),
    "AsyncUsersWithRawResponse": (
        "claude_api_client.resources.organization_analytics_users",
        "AsyncUsersWithRawResponse",
    ),
    "AsyncUsersWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_users",
        "AsyncUsersWithStreamingResponse",
    ),
    "Users": ("claude_api_client.resources.organization_analytics_users", "Users"),
    "UsersWithRawResponse": (
        "claude_api_client.resources.organization_analytics_users",
        "UsersWithRawResponse",
    ),
    "UsersWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_users",
        "UsersWithStreamingResponse",
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
