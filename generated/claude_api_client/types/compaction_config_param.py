# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.compaction_config_param import CompactionConfigParam as CompactionConfigParam

__all__ = [
    "CompactionConfigParam",
]
