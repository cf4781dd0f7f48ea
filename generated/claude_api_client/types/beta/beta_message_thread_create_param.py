# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_message_thread_create_param`: the official path of these types."""

from __future__ import annotations

from .._params.message_thread_create_param import (
    MessageThreadCreateParam as BetaMessageThreadCreateParam,
)

__all__ = [
    "BetaMessageThreadCreateParam",
]
