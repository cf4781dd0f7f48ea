# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CMEKFeatureUnsupportedErrorDetails(APIModel):
    """The organization's customer-managed encryption key does not cover this Claude Code feature."""

    error_code: Literal["cmek_feature_unsupported"]
    """Always `cmek_feature_unsupported`."""
