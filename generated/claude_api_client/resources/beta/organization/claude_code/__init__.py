# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.claude_code` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_claude_code import (
        AsyncBetaClaudeCode as AsyncClaudeCode,
    )
    from claude_api_client.resources.beta_organization_claude_code import (
        AsyncBetaClaudeCodeWithRawResponse as AsyncClaudeCodeWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code import (
        AsyncBetaClaudeCodeWithStreamingResponse as AsyncClaudeCodeWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code import (
        BetaClaudeCode as ClaudeCode,
    )
    from claude_api_client.resources.beta_organization_claude_code import (
        BetaClaudeCodeWithRawResponse as ClaudeCodeWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code import (
        BetaClaudeCodeWithStreamingResponse as ClaudeCodeWithStreamingResponse,
    )
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
    "AsyncClaudeCode",
    "AsyncClaudeCodeWithRawResponse",
    "AsyncClaudeCodeWithStreamingResponse",
    "AsyncManagedSettings",
    "AsyncManagedSettingsWithRawResponse",
    "AsyncManagedSettingsWithStreamingResponse",
    "ClaudeCode",
    "ClaudeCodeWithRawResponse",
    "ClaudeCodeWithStreamingResponse",
    "ManagedSettings",
    "ManagedSettingsWithRawResponse",
    "ManagedSettingsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncClaudeCode": (
        "claude_api_client.resources.beta_organization_claude_code",
        "AsyncBetaClaudeCode",
    ),
    "AsyncClaudeCodeWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code",
        "AsyncBetaClaudeCodeWithRawResponse",
    ),
    "AsyncClaudeCodeWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code",
        "AsyncBetaClaudeCodeWithStreamingResponse",
    ),
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
    "ClaudeCode": ("claude_api_client.resources.beta_organization_claude_code", "BetaClaudeCode"),
    "ClaudeCodeWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code",
        "BetaClaudeCodeWithRawResponse",
    ),
    "ClaudeCodeWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code",
        "BetaClaudeCodeWithStreamingResponse",
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
