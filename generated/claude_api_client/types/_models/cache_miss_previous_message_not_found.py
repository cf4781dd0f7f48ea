# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CacheMissPreviousMessageNotFound(APIModel):
    """The earlier message to compare with was not found."""

    type: Literal["previous_message_not_found"]
    """Always `previous_message_not_found`."""
