# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal

from claude_api_client._core._model_base import APIModel


class JWKSInline(APIModel):
    """Signing keys given in place."""

    keys: list[dict[str, Any]]
    """The JSON Web Keys."""
    type: Literal["inline"]
    """Always `inline`."""
