# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.federation.rules` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_federation_rules import (
        AsyncBetaRules as AsyncRules,
    )
    from claude_api_client.resources.beta_organization_federation_rules import (
        AsyncBetaRulesWithRawResponse as AsyncRulesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_federation_rules import (
        AsyncBetaRulesWithStreamingResponse as AsyncRulesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_federation_rules import BetaRules as Rules
    from claude_api_client.resources.beta_organization_federation_rules import (
        BetaRulesWithRawResponse as RulesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_federation_rules import (
        BetaRulesWithStreamingResponse as RulesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_federation_rules_workspaces import (
        AsyncBetaWorkspaces as AsyncWorkspaces,
    )
    from claude_api_client.resources.beta_organization_federation_rules_workspaces import (
        AsyncBetaWorkspacesWithRawResponse as AsyncWorkspacesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_federation_rules_workspaces import (
        AsyncBetaWorkspacesWithStreamingResponse as AsyncWorkspacesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_federation_rules_workspaces import (
        BetaWorkspaces as Workspaces,
    )
    from claude_api_client.resources.beta_organization_federation_rules_workspaces import (
        BetaWorkspacesWithRawResponse as WorkspacesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_federation_rules_workspaces import (
        BetaWorkspacesWithStreamingResponse as WorkspacesWithStreamingResponse,
    )

__all__ = [
    "AsyncRules",
    "AsyncRulesWithRawResponse",
    "AsyncRulesWithStreamingResponse",
    "AsyncWorkspaces",
    "AsyncWorkspacesWithRawResponse",
    "AsyncWorkspacesWithStreamingResponse",
    "Rules",
    "RulesWithRawResponse",
    "RulesWithStreamingResponse",
    "Workspaces",
    "WorkspacesWithRawResponse",
    "WorkspacesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncRules": (
        "claude_api_client.resources.beta_organization_federation_rules",
        "AsyncBetaRules",
    ),
    "AsyncRulesWithRawResponse": (
        "claude_api_client.resources.beta_organization_federation_rules",
        "AsyncBetaRulesWithRawResponse",
    ),
    "AsyncRulesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_federation_rules",
        "AsyncBetaRulesWithStreamingResponse",
    ),
    "AsyncWorkspaces": (
        "claude_api_client.resources.beta_organization_federation_rules_workspaces",
        "AsyncBetaWorkspaces",
    ),
    "AsyncWorkspacesWithRawResponse": (
        "claude_api_client.resources.beta_organization_federation_rules_workspaces",
        "AsyncBetaWorkspacesWithRawResponse",
    ),
    "AsyncWorkspacesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_federation_rules_workspaces",
        "AsyncBetaWorkspacesWithStreamingResponse",
    ),
    "Rules": ("claude_api_client.resources.beta_organization_federation_rules", "BetaRules"),
    "RulesWithRawResponse": (
        "claude_api_client.resources.beta_organization_federation_rules",
        "BetaRulesWithRawResponse",
    ),
    "RulesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_federation_rules",
        "BetaRulesWithStreamingResponse",
    ),
    "Workspaces": (
        "claude_api_client.resources.beta_organization_federation_rules_workspaces",
        "BetaWorkspaces",
    ),
    "WorkspacesWithRawResponse": (
        "claude_api_client.resources.beta_organization_federation_rules_workspaces",
        "BetaWorkspacesWithRawResponse",
    ),
    "WorkspacesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_federation_rules_workspaces",
        "BetaWorkspacesWithStreamingResponse",
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
