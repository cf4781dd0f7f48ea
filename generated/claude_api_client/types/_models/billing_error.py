# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .error_details import ErrorDetails


class BillingError(APIModel):
    """The organisation's billing state does not allow the request."""

    type: Literal["billing_error"]
    message: str
    details: ErrorDetails | None = None
