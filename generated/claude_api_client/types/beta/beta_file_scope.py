# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_file_scope`: the official path of these types."""

from __future__ import annotations

from .._models.file_scope import FileScope as BetaFileScope

__all__ = [
    "BetaFileScope",
]
