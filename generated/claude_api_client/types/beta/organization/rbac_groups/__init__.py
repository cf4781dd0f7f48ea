# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.rbac_groups`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...._models.deleted_rbac_group_member import (
        DeletedRBACGroupMember as BetaDeletedRBACGroupMember,
    )
    from ...._models.rbac_group_member import RBACGroupMember as BetaRBACGroupMember
    from ...._params.beta_organization_rbac_groups_member_list_params import (
        BetaOrganizationRbacGroupsMemberListParams as MemberListParams,
    )
    from ...._params.beta_rbac_group_member_add_params import (
        BetaRBACGroupMemberAddParams as MemberAddParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaDeletedRBACGroupMember": ("_models.deleted_rbac_group_member", "DeletedRBACGroupMember"),
    "BetaRBACGroupMember": ("_models.rbac_group_member", "RBACGroupMember"),
    "MemberAddParams": (
        "_params.beta_rbac_group_member_add_params",
        "BetaRBACGroupMemberAddParams",
    ),
    "MemberListParams": (
        "_params.beta_organization_rbac_groups_member_list_params",
        "BetaOrganizationRbacGroupsMemberListParams",
    ),
}

__all__ = [
    "BetaDeletedRBACGroupMember",
    "BetaRBACGroupMember",
    "MemberAddParams",
    "MemberListParams",
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
