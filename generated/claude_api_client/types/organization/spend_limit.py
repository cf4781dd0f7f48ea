# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.spend_limit`: the official path of these types."""

from __future__ import annotations

from .._models.spend_limit import SpendLimit as SpendLimit
from .._models.spend_limit_scope import SpendLimitScope as Scope

__all__ = [
    "Scope",
    "SpendLimit",
]
