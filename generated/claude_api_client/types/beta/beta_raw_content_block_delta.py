# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_raw_content_block_delta`: the official path of these types."""

from __future__ import annotations

from .._models.raw_content_block_delta import RawContentBlockDelta as BetaRawContentBlockDelta

__all__ = [
    "BetaRawContentBlockDelta",
]
