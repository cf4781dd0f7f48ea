# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_thread_continue_params`: the official path of these types."""

from __future__ import annotations

from .._params.message_thread_continue_param import (
    MessageThreadContinueParam as BetaThreadContinueParams,
)

__all__ = [
    "BetaThreadContinueParams",
]
