# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_permission_error`: the official path of these types."""

from __future__ import annotations

from ._models.permission_error import PermissionError as BetaPermissionError

__all__ = [
    "BetaPermissionError",
]
