# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.rbac_connector_scope_permission_resource`: the official path of these types."""

from __future__ import annotations

from ._models.rbac_connector_scope_permission_resource import (
    RBACConnectorScopePermissionResource as RBACConnectorScopePermissionResource,
)

__all__ = [
    "RBACConnectorScopePermissionResource",
]
