# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ChangeOutcomeUnknownErrorDetails(APIModel):
    """Only part of the request's changes may have been saved; send the same request again to finish it."""

    error_code: Literal["change_outcome_unknown"]
    """Always `change_outcome_unknown`."""
