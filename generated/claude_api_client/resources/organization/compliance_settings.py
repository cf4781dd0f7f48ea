# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.compliance_settings` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_compliance_settings import (
        AsyncComplianceSettings as AsyncComplianceSettings,
    )
    from claude_api_client.resources.organization_compliance_settings import (
        AsyncComplianceSettingsWithRawResponse as AsyncComplianceSettingsWithRawResponse,
    )
    from claude_api_client.resources.organization_compliance_settings import (
        AsyncComplianceSettingsWithStreamingResponse as AsyncComplianceSettingsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_compliance_settings import (
        ComplianceSettings as ComplianceSettings,
    )
    from claude_api_client.resources.organization_compliance_settings import (
        ComplianceSettingsWithRawResponse as ComplianceSettingsWithRawResponse,
    )
    from claude_api_client.resources.organization_compliance_settings import (
        ComplianceSettingsWithStreamingResponse as ComplianceSettingsWithStreamingResponse,
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
        "claude_api_client.resources.organization_compliance_settings",
        "AsyncComplianceSettings",
    ),
    "AsyncComplianceSettingsWithRawResponse": (
        "claude_api_client.resources.organization_compliance_settings",
        "AsyncComplianceSettingsWithRawResponse",
    ),
    "AsyncComplianceSettingsWithStreamingResponse": (
        "claude_api_client.resources.organization_compliance_settings",
        "AsyncComplianceSettingsWithStreamingResponse",
    ),
    "ComplianceSettings": (
        "claude_api_client.resources.organization_compliance_settings",
        "ComplianceSettings",
    ),
    "ComplianceSettingsWithRawResponse": (
        "claude_api_client.resources.organization_compliance_settings",
        "ComplianceSettingsWithRawResponse",
    ),
    "ComplianceSettingsWithStreamingResponse": (
        "claude_api_client.resources.organization_compliance_settings",
        "ComplianceSettingsWithStreamingResponse",
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
