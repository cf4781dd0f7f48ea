# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.environment_scope`: the official path of these types."""

from __future__ import annotations

from ._models.environment_scope import EnvironmentScope as EnvironmentScope

__all__ = [
    "EnvironmentScope",
]
