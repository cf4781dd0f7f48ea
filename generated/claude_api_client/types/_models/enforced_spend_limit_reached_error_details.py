# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class EnforcedSpendLimitReachedErrorDetails(APIModel):
    """A spend limit set for the organisation or Workspace is reached."""

    error_code: Literal["enforced_spend_limit_reached"]
    """Always `enforced_spend_limit_reached`."""
