# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.spend_summary`: the official path of these types."""

from __future__ import annotations

from .._models.spend_limit_actor import SpendLimitActor as Actor
from .._models.spend_limit_scope import SpendLimitScope as Scope
from .._models.spend_limit_scope import SpendLimitScope as Source
from .._models.spend_summary import SpendSummary as SpendSummary

__all__ = [
    "Actor",
    "Scope",
    "Source",
    "SpendSummary",
]
