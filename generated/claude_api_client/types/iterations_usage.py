# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.iterations_usage`: the official path of these types."""

from __future__ import annotations

from ._models.iterations_usage import IterationsUsage as IterationsUsage

__all__ = [
    "IterationsUsage",
]
