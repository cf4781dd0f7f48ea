# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.rbac_roles`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._models.rbac_all_connectors_permission_resource import (
        RBACAllConnectorsPermissionResource as RBACAllConnectorsPermissionResource,
    )
    from ..._models.rbac_connector_permission_resource import (
        RBACConnectorPermissionResource as RBACConnectorPermissionResource,
    )
    from ..._models.rbac_connector_scope_permission_resource import (
        RBACConnectorScopePermissionResource as RBACConnectorScopePermissionResource,
    )
    from ..._models.rbac_connector_tool_permission_resource import (
        RBACConnectorToolPermissionResource as RBACConnectorToolPermissionResource,
    )
    from ..._models.rbac_organization_permission_resource import (
        RBACOrganizationPermissionResource as RBACOrganizationPermissionResource,
    )
    from ..._models.rbac_role_permission import RBACRolePermission as RBACRolePermission
    from ..._params.permission_list_params import PermissionListParams as PermissionListParams

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "PermissionListParams": ("_params.permission_list_params", "PermissionListParams"),
    "RBACAllConnectorsPermissionResource": (
        "_models.rbac_all_connectors_permission_resource",
        "RBACAllConnectorsPermissionResource",
    ),
    "RBACConnectorPermissionResource": (
        "_models.rbac_connector_permission_resource",
        "RBACConnectorPermissionResource",
    ),
    "RBACConnectorScopePermissionResource": (
        "_models.rbac_connector_scope_permission_resource",
        "RBACConnectorScopePermissionResource",
    ),
    "RBACConnectorToolPermissionResource": (
        "_models.rbac_connector_tool_permission_resource",
        "RBACConnectorToolPermissionResource",
    ),
    "RBACOrganizationPermissionResource": (
        "_models.rbac_organization_permission_resource",
        "RBACOrganizationPermissionResource",
    ),
    "RBACRolePermission": ("_models.rbac_role_permission", "RBACRolePermission"),
}

__all__ = [
    "PermissionListParams",
    "RBACAllConnectorsPermissionResource",
    "RBACConnectorPermissionResource",
    "RBACConnectorScopePermissionResource",
    "RBACConnectorToolPermissionResource",
    "RBACOrganizationPermissionResource",
    "RBACRolePermission",
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
