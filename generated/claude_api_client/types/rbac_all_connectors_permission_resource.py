# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.rbac_all_connectors_permission_resource`: the official path of these types."""

from __future__ import annotations

from ._models.rbac_all_connectors_permission_resource import (
    RBACAllConnectorsPermissionResource as RBACAllConnectorsPermissionResource,
)

__all__ = [
    "RBACAllConnectorsPermissionResource",
]
