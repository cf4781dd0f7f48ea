# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.compliance_settings` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_compliance_settings import (
        AsyncBetaComplianceSettings as AsyncComplianceSettings,
    )
    from claude_api_client.resources.beta_organization_compliance_settings import (
        AsyncBetaComplianceSettingsWithRawResponse as AsyncComplianceSettingsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_compliance_settings import (
        AsyncBetaComplianceSettingsWithStreamingResponse as AsyncComplianceSettingsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_compliance_settings import (
        BetaComplianceSettings as ComplianceSettings,
    )
    from claude_api_client.resources.beta_organization_compliance_settings import (
        BetaComplianceSettingsWithRawResponse as ComplianceSettingsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_compliance_settings import (
        BetaComplianceSettingsWithStreamingResponse as ComplianceSettingsWithStreamingResponse,
    )

__all__ = [
    "AsyncComplianceSettings",
    "AsyncComplianceSettingsWithRawResponse",
    "AsyncComplianceSettingsWithStreamingResponse",
    "ComplianceSettings",
    "ComplianceSettingsWithRawResponse",
    "ComplianceSettingsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncComplianceSettings": (
        "claude_api_client.resources.beta_organization_compliance_settings",
        "AsyncBetaComplianceSettings",
    ),
    "AsyncComplianceSettingsWithRawResponse": (
        "claude_api_client.resources.beta_organization_compliance_settings",
        "AsyncBetaComplianceSettingsWithRawResponse",
    ),
    "AsyncComplianceSettingsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_compliance_settings",
        "AsyncBetaComplianceSettingsWithStreamingResponse",
    ),
    "ComplianceSettings": (
        "claude_api_client.resources.beta_organization_compliance_settings",
        "BetaComplianceSettings",
    ),
    "ComplianceSettingsWithRawResponse": (
        "claude_api_client.resources.beta_organization_compliance_settings",
        "BetaComplianceSettingsWithRawResponse",
    ),
    "ComplianceSettingsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_compliance_settings",
        "BetaComplianceSettingsWithStreamingResponse",
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
