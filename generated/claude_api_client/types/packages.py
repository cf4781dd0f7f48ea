# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.packages`: the official path of these types."""

from __future__ import annotations

from ._models.packages import Packages as Packages

__all__ = [
    "Packages",
]
