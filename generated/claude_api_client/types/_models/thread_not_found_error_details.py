# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ThreadNotFoundErrorDetails(APIModel):
    """No thread state exists for `previous_message_id`; start a new thread."""

    error_code: Literal["thread_not_found"]
    """Always `thread_not_found`."""
