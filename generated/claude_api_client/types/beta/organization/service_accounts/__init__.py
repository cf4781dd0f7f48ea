# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.service_accounts`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...._models.service_account_workspace_remove_response import (
        ServiceAccountWorkspaceRemoveResponse as WorkspaceRemoveResponse,
    )
    from ...._params.beta_organization_service_accounts_workspace_list_params import (
        BetaOrganizationServiceAccountsWorkspaceListParams as WorkspaceListParams,
    )
    from ...._params.beta_service_account_workspace_add_params import (
        BetaServiceAccountWorkspaceAddParams as WorkspaceAddParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "WorkspaceAddParams": (
        "_params.beta_service_account_workspace_add_params",
        "BetaServiceAccountWorkspaceAddParams",
    ),
    "WorkspaceListParams": (
        "_params.beta_organization_service_accounts_workspace_list_params",
        "BetaOrganizationServiceAccountsWorkspaceListParams",
    ),
    "WorkspaceRemoveResponse": (
        "_models.service_account_workspace_remove_response",
        "ServiceAccountWorkspaceRemoveResponse",
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
