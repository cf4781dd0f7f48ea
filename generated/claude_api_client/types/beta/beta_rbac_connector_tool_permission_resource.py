# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_rbac_connector_tool_permission_resource`: the official path of these types."""

from __future__ import annotations

from .._models.rbac_connector_tool_permission_resource import (
    RBACConnectorToolPermissionResource as BetaRBACConnectorToolPermissionResource,
)

__all__ = [
    "BetaRBACConnectorToolPermissionResource",
]
