# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.limited_network`: the official path of these types."""

from __future__ import annotations

from ._models.limited_network import LimitedNetwork as LimitedNetwork

__all__ = [
    "LimitedNetwork",
]
