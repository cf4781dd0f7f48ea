# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.diagnostics`: the official path of these types."""

from __future__ import annotations

from ._models.diagnostics import Diagnostics as Diagnostics

__all__ = [
    "Diagnostics",
]
