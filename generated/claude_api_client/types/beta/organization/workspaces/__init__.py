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
    from ...._params.member_list_params import MemberListParams as MemberListParams
    from ...._params.rate_limit_list_params import RateLimitListParams as RateLimitListParams
    from ...._params.service_account_list_params import (
        ServiceAccountListParams as ServiceAccountListParams,
    )
    from ...._params.workspace_member_add_params import WorkspaceMemberAddParams as MemberAddParams
    from ...._params.workspace_member_update_params import (
        WorkspaceMemberUpdateParams as MemberUpdateParams,
    )
    from ...._params.workspace_rate_limit_type_param import (
        WorkspaceRateLimitTypeParam as BetaWorkspaceRateLimitType,
    )
    from ...._params.workspace_rate_limit_update_params import (
        WorkspaceRateLimitUpdateParams as RateLimitUpdateParams,
    )
    from ...._params.workspace_rate_limit_update_value_param import (
        WorkspaceRateLimitUpdateValueParam as BetaWorkspaceRateLimitUpdateValueParam,
    )
    from ...._params.workspace_service_account_add_params import (
        WorkspaceServiceAccountAddParams as ServiceAccountAddParams,
    )
    from ...._params.workspace_service_account_update_params import (
        WorkspaceServiceAccountUpdateParams as ServiceAccountUpdateParams,
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
    "MemberAddParams": ("_params.workspace_member_add_params", "WorkspaceMemberAddParams"),
    "MemberListParams": ("_params.member_list_params", "MemberListParams"),
    "MemberRemoveResponse": ("_models.member_remove_response", "MemberRemoveResponse"),
    "MemberUpdateParams": ("_params.workspace_member_update_params", "WorkspaceMemberUpdateParams"),
    "RateLimitListParams": ("_params.rate_limit_list_params", "RateLimitListParams"),
    "RateLimitUpdateParams": (
        "_params.workspace_rate_limit_update_params",
        "WorkspaceRateLimitUpdateParams",
    ),
    "ServiceAccountAddParams": (
        "_params.workspace_service_account_add_params",
        "WorkspaceServiceAccountAddParams",
    ),
    "ServiceAccountListParams": ("_params.service_account_list_params", "ServiceAccountListParams"),
    "ServiceAccountRemoveResponse": (
        "_models.service_account_workspace_remove_response",
        "ServiceAccountWorkspaceRemoveResponse",
    ),
    "ServiceAccountUpdateParams": (
        "_params.workspace_service_account_update_params",
        "WorkspaceServiceAccountUpdateParams",
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
