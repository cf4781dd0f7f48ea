# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.data_residency`: the official path of these types."""

from __future__ import annotations

from .._models.data_residency import DataResidency as DataResidency

__all__ = [
    "DataResidency",
]
