# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.claude_code.managed_settings.managed_settings` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_claude_code_managed_settings import (
        AsyncBetaManagedSettings as AsyncManagedSettings,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings import (
        AsyncBetaManagedSettingsWithRawResponse as AsyncManagedSettingsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings import (
        AsyncBetaManagedSettingsWithStreamingResponse as AsyncManagedSettingsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings import (
        BetaManagedSettings as ManagedSettings,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings import (
        BetaManagedSettingsWithRawResponse as ManagedSettingsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings import (
        BetaManagedSettingsWithStreamingResponse as ManagedSettingsWithStreamingResponse,
    )

__all__ = [
    "AsyncManagedSettings",
    "AsyncManagedSettingsWithRawResponse",
    "AsyncManagedSettingsWithStreamingResponse",
    "ManagedSettings",
    "ManagedSettingsWithRawResponse",
    "ManagedSettingsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncManagedSettings": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings",
        "AsyncBetaManagedSettings",
    ),
    "AsyncManagedSettingsWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings",
        "AsyncBetaManagedSettingsWithRawResponse",
    ),
    "AsyncManagedSettingsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings",
        "AsyncBetaManagedSettingsWithStreamingResponse",
    ),
    "ManagedSettings": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings",
        "BetaManagedSettings",
    ),
    "ManagedSettingsWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings",
        "BetaManagedSettingsWithRawResponse",
    ),
    "ManagedSettingsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings",
        "BetaManagedSettingsWithStreamingResponse",
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
