# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.spend_summary`: the official path of these types."""

from __future__ import annotations

from ._models.spend_summary import SpendSummary as SpendSummary

__all__ = [
    "SpendSummary",
]
