# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_compaction_delta`: the official path of these types."""

from __future__ import annotations

from .._models.compaction_delta import CompactionDelta as BetaCompactionDelta

__all__ = [
    "BetaCompactionDelta",
]
