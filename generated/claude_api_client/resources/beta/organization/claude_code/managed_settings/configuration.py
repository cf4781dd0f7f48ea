# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.claude_code.managed_settings.configuration` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration import (
        AsyncBetaConfiguration as AsyncConfiguration,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration import (
        AsyncBetaConfigurationWithRawResponse as AsyncConfigurationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration import (
        AsyncBetaConfigurationWithStreamingResponse as AsyncConfigurationWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration import (
        BetaConfiguration as Configuration,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration import (
        BetaConfigurationWithRawResponse as ConfigurationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration import (
        BetaConfigurationWithStreamingResponse as ConfigurationWithStreamingResponse,
    )

__all__ = [
    "AsyncConfiguration",
    "AsyncConfigurationWithRawResponse",
    "AsyncConfigurationWithStreamingResponse",
    "Configuration",
    "ConfigurationWithRawResponse",
    "ConfigurationWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncConfiguration": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration",
        "AsyncBetaConfiguration",
    ),
    "AsyncConfigurationWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration",
        "AsyncBetaConfigurationWithRawResponse",
    ),
    "AsyncConfigurationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration",
        "AsyncBetaConfigurationWithStreamingResponse",
    ),
    "Configuration": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration",
        "BetaConfiguration",
    ),
    "ConfigurationWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration",
        "BetaConfigurationWithRawResponse",
    ),
    "ConfigurationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_configuration",
        "BetaConfigurationWithStreamingResponse",
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
