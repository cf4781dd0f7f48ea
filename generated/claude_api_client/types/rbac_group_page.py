# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.rbac_group_page`: the official path of these types."""

from __future__ import annotations

from ._models.rbac_group_page import RBACGroupPage as RBACGroupPage

__all__ = [
    "RBACGroupPage",
]
