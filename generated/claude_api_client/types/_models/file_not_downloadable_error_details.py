# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class FileNotDownloadableErrorDetails(APIModel):
    """This file cannot be downloaded (only files the API produced can)."""

    error_code: Literal["file_not_downloadable"]
    """Always `file_not_downloadable`."""
