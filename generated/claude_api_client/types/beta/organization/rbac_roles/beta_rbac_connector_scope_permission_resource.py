# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.rbac_roles.beta_rbac_connector_scope_permission_resource`: the official path of these types."""

from __future__ import annotations

from ...._models.rbac_connector_scope_permission_resource import (
    RBACConnectorScopePermissionResource as BetaRBACConnectorScopePermissionResource,
)

__all__ = [
    "BetaRBACConnectorScopePermissionResource",
]
