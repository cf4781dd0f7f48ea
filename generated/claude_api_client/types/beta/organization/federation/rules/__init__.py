# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.federation.rules`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ....._models.federation_rule_workspace_remove_response import (
        FederationRuleWorkspaceRemoveResponse as WorkspaceRemoveResponse,
    )
    from ....._params.beta_federation_rule_workspace_add_params import (
        BetaFederationRuleWorkspaceAddParams as WorkspaceAddParams,
    )
    from ....._params.beta_organization_federation_rules_workspace_list_params import (
        BetaOrganizationFederationRulesWorkspaceListParams as WorkspaceListParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "WorkspaceAddParams": (
        "_params.beta_federation_rule_workspace_add_params",
        "BetaFederationRuleWorkspaceAddParams",
    ),
    "WorkspaceListParams": (
        "_params.beta_organization_federation_rules_workspace_list_params",
        "BetaOrganizationFederationRulesWorkspaceListParams",
    ),
    "WorkspaceRemoveResponse": (
        "_models.federation_rule_workspace_remove_response",
        "FederationRuleWorkspaceRemoveResponse",
    ),
}

__all__ = [
    "WorkspaceAddParams",
    "WorkspaceListParams",
    "WorkspaceRemoveResponse",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
