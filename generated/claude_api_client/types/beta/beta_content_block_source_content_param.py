# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_content_block_source_content_param`: the official path of these types."""

from __future__ import annotations

from .._params.content_block_source_content_param import (
    ContentBlockSourceContentParam as BetaContentBlockSourceContentParam,
)

__all__ = [
    "BetaContentBlockSourceContentParam",
]
