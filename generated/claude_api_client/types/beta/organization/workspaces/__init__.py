# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.workspaces`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...._models.member_remove_response import MemberRemoveResponse as MemberRemoveResponse
    from ...._models.service_account_workspace_remove_response import (
        ServiceAccountWorkspaceRemoveResponse as ServiceAccountRemoveResponse,
    )
    from ...._models.workspace_rate_limit import WorkspaceRateLimit as BetaWorkspaceRateLimit
    from ...._models.workspace_rate_limit_organization_source import (
        WorkspaceRateLimitOrganizationSource as BetaWorkspaceRateLimitOrganizationSource,
    )
    from ...._models.workspace_rate_limit_value import (
        WorkspaceRateLimitValue as BetaWorkspaceRateLimitValue,
    )
    from ...._models.workspace_rate_limit_workspace_source import (
        WorkspaceRateLimitWorkspaceSource as BetaWorkspaceRateLimitWorkspaceSource,
    )
    from ...._params.beta_member_list_params import BetaMemberListParams as MemberListParams
    from ...._params.beta_rate_limit_list_params import (
        BetaRateLimitListParams as RateLimitListParams,
    )
    from ...._params.beta_service_account_list_params import (
        BetaServiceAccountListParams as ServiceAccountListParams,
    )
    from ...._params.beta_workspace_member_add_params import (
        BetaWorkspaceMemberAddParams as MemberAddParams,
    )
    from ...._params.beta_workspace_member_update_params import (
        BetaWorkspaceMemberUpdateParams as MemberUpdateParams,
    )
    from ...._params.beta_workspace_rate_limit_update_params import (
        BetaWorkspaceRateLimitUpdateParams as RateLimitUpdateParams,
    )
    from ...._params.beta_workspace_service_account_add_params import (
        BetaWorkspaceServiceAccountAddParams as ServiceAccountAddParams,
    )
    from ...._params.beta_workspace_service_account_update_params import (
        BetaWorkspaceServiceAccountUpdateParams as ServiceAccountUpdateParams,
    )
    from ...._params.workspace_rate_limit_type_param import (
        WorkspaceRateLimitTypeParam as BetaWorkspaceRateLimitType,
    )
    from ...._params.workspace_rate_limit_update_value_param import (
        WorkspaceRateLimitUpdateValueParam as BetaWorkspaceRateLimitUpdateValueParam,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaWorkspaceRateLimit": ("_models.workspace_rate_limit", "WorkspaceRateLimit"),
    "BetaWorkspaceRateLimitOrganizationSource": (
        "_models.workspace_rate_limit_organization_source",
        "WorkspaceRateLimitOrganizationSource",
    ),
    "BetaWorkspaceRateLimitType": (
        "_params.workspace_rate_limit_type_param",
        "WorkspaceRateLimitTypeParam",
    ),
    "BetaWorkspaceRateLimitUpdateValueParam": (
        "_params.workspace_rate_limit_update_value_param",
        "WorkspaceRateLimitUpdateValueParam",
    ),
    "BetaWorkspaceRateLimitValue": (
        "_models.workspace_rate_limit_value",
        "WorkspaceRateLimitValue",
    ),
    "BetaWorkspaceRateLimitWorkspaceSource": (
        "_models.workspace_rate_limit_workspace_source",
        "WorkspaceRateLimitWorkspaceSource",
    ),
    "MemberAddParams": ("_params.beta_workspace_member_add_params", "BetaWorkspaceMemberAddParams"),
    "MemberListParams": ("_params.beta_member_list_params", "BetaMemberListParams"),
    "MemberRemoveResponse": ("_models.member_remove_response", "MemberRemoveResponse"),
    "MemberUpdateParams": (
        "_params.beta_workspace_member_update_params",
        "BetaWorkspaceMemberUpdateParams",
    ),
    "RateLimitListParams": ("_params.beta_rate_limit_list_params", "BetaRateLimitListParams"),
    "RateLimitUpdateParams": (
        "_params.beta_workspace_rate_limit_update_params",
        "BetaWorkspaceRateLimitUpdateParams",
    ),
    "ServiceAccountAddParams": (
        "_params.beta_workspace_service_account_add_params",
        "BetaWorkspaceServiceAccountAddParams",
    ),
    "ServiceAccountListParams": (
        "_params.beta_service_account_list_params",
        "BetaServiceAccountListParams",
    ),
    "ServiceAccountRemoveResponse": (
        "_models.service_account_workspace_remove_response",
        "ServiceAccountWorkspaceRemoveResponse",
    ),
    "ServiceAccountUpdateParams": (
        "_params.beta_workspace_service_account_update_params",
        "BetaWorkspaceServiceAccountUpdateParams",
    ),
}

__all__ = [
    "BetaWorkspaceRateLimit",
    "BetaWorkspaceRateLimitOrganizationSource",
    "BetaWorkspaceRateLimitType",
    "BetaWorkspaceRateLimitUpdateValueParam",
    "BetaWorkspaceRateLimitValue",
    "BetaWorkspaceRateLimitWorkspaceSource",
    "MemberAddParams",
    "MemberListParams",
    "MemberRemoveResponse",
    "MemberUpdateParams",
    "RateLimitListParams",
    "RateLimitUpdateParams",
    "ServiceAccountAddParams",
    "ServiceAccountListParams",
    "ServiceAccountRemoveResponse",
    "ServiceAccountUpdateParams",
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
