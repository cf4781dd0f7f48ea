# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class OrgAPIKeyLimitExceededErrorDetails(APIModel):
    """The organization has as many API keys as it may have."""

    error_code: Literal["org_api_key_limit_exceeded"]
    """Always `org_api_key_limit_exceeded`."""
