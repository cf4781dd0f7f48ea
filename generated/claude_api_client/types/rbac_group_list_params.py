# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.rbac_group_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.rbac_group_list_params import RbacGroupListParams as RbacGroupListParams

__all__ = [
    "RbacGroupListParams",
]
