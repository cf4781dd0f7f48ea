# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.change_outcome_unknown_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.change_outcome_unknown_error_details import (
    ChangeOutcomeUnknownErrorDetails as ChangeOutcomeUnknownErrorDetails,
)

__all__ = [
    "ChangeOutcomeUnknownErrorDetails",
]
