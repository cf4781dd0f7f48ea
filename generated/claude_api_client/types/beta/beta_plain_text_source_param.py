# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plain_text_source_param`: the official path of these types."""

from __future__ import annotations

from .._params.plain_text_source_param import PlainTextSourceParam as BetaPlainTextSourceParam

__all__ = [
    "BetaPlainTextSourceParam",
]
