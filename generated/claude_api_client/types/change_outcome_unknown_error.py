# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.change_outcome_unknown_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import ChangeOutcomeUnknownError as ChangeOutcomeUnknownError

__all__ = [
    "ChangeOutcomeUnknownError",
]
