# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.claude_code.managed_settings.rbac_group_default` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default import (
        AsyncBetaRbacGroupDefault as AsyncRBACGroupDefault,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default import (
        AsyncBetaRbacGroupDefaultWithRawResponse as AsyncRBACGroupDefaultWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default import (
        AsyncBetaRbacGroupDefaultWithStreamingResponse as AsyncRBACGroupDefaultWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default import (
        BetaRbacGroupDefault as RBACGroupDefault,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default import (
        BetaRbacGroupDefaultWithRawResponse as RBACGroupDefaultWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default import (
        BetaRbacGroupDefaultWithStreamingResponse as RBACGroupDefaultWithStreamingResponse,
    )

__all__ = [
    "AsyncRBACGroupDefault",
    "AsyncRBACGroupDefaultWithRawResponse",
    "AsyncRBACGroupDefaultWithStreamingResponse",
    "RBACGroupDefault",
    "RBACGroupDefaultWithRawResponse",
    "RBACGroupDefaultWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncRBACGroupDefault": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default",
        "AsyncBetaRbacGroupDefault",
    ),
    "AsyncRBACGroupDefaultWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default",
        "AsyncBetaRbacGroupDefaultWithRawResponse",
    ),
    "AsyncRBACGroupDefaultWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default",
        "AsyncBetaRbacGroupDefaultWithStreamingResponse",
    ),
    "RBACGroupDefault": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default",
        "BetaRbacGroupDefault",
    ),
    "RBACGroupDefaultWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default",
        "BetaRbacGroupDefaultWithRawResponse",
    ),
    "RBACGroupDefaultWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code_managed_settings_rbac_group_default",
        "BetaRbacGroupDefaultWithStreamingResponse",
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
