# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_compaction_config_param`: the official path of these types."""

from __future__ import annotations

from .._params.compaction_config_param import CompactionConfigParam as BetaCompactionConfigParam

__all__ = [
    "BetaCompactionConfigParam",
]
