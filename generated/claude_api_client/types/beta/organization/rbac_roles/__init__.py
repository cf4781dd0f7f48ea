# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.rbac_roles`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...._models.rbac_all_connectors_permission_resource import (
        RBACAllConnectorsPermissionResource as BetaRBACAllConnectorsPermissionResource,
    )
    from ...._models.rbac_connector_permission_resource import (
        RBACConnectorPermissionResource as BetaRBACConnectorPermissionResource,
    )
    from ...._models.rbac_connector_scope_permission_resource import (
        RBACConnectorScopePermissionResource as BetaRBACConnectorScopePermissionResource,
    )
    from ...._models.rbac_connector_tool_permission_resource import (
        RBACConnectorToolPermissionResource as BetaRBACConnectorToolPermissionResource,
    )
    from ...._models.rbac_organization_permission_resource import (
        RBACOrganizationPermissionResource as BetaRBACOrganizationPermissionResource,
    )
    from ...._models.rbac_role_permission import RBACRolePermission as BetaRBACRolePermission
    from ...._params.beta_permission_list_params import (
        BetaPermissionListParams as PermissionListParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaRBACAllConnectorsPermissionResource": (
        "_models.rbac_all_connectors_permission_resource",
        "RBACAllConnectorsPermissionResource",
    ),
    "BetaRBACConnectorPermissionResource": (
        "_models.rbac_connector_permission_resource",
        "RBACConnectorPermissionResource",
    ),
    "BetaRBACConnectorScopePermissionResource": (
        "_models.rbac_connector_scope_permission_resource",
        "RBACConnectorScopePermissionResource",
    ),
    "BetaRBACConnectorToolPermissionResource": (
        "_models.rbac_connector_tool_permission_resource",
        "RBACConnectorToolPermissionResource",
    ),
    "BetaRBACOrganizationPermissionResource": (
        "_models.rbac_organization_permission_resource",
        "RBACOrganizationPermissionResource",
    ),
    "BetaRBACRolePermission": ("_models.rbac_role_permission", "RBACRolePermission"),
    "PermissionListParams": ("_params.beta_permission_list_params", "BetaPermissionListParams"),
}

__all__ = [
    "BetaRBACAllConnectorsPermissionResource",
    "BetaRBACConnectorPermissionResource",
    "BetaRBACConnectorScopePermissionResource",
    "BetaRBACConnectorToolPermissionResource",
    "BetaRBACOrganizationPermissionResource",
    "BetaRBACRolePermission",
    "PermissionListParams",
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
