# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import OpenEnum


class Currency(OpenEnum):
    """ISO 4217 currency code."""

    USD = "USD"
