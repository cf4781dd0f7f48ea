# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .access_transparency_type import AccessTransparencyType


class AccessTransparency(APIModel):
    """Whether Access Transparency (records of Anthropic staff access to your data) is on."""

    type: AccessTransparencyType
    """Its state."""
