# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_rbac_group_not_found_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import BetaRBACGroupNotFoundError as BetaRBACGroupNotFoundError

__all__ = [
    "BetaRBACGroupNotFoundError",
]
