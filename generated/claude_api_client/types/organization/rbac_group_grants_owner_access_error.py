# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.rbac_group_grants_owner_access_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import RBACGroupGrantsOwnerAccessError as RBACGroupGrantsOwnerAccessError

__all__ = [
    "RBACGroupGrantsOwnerAccessError",
]
