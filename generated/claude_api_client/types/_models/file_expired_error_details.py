# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class FileExpiredErrorDetails(APIModel):
    """The file's `expires_at` has passed; its content is gone."""

    error_code: Literal["file_expired"]
    """Always `file_expired`."""
