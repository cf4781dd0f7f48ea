"""Middleware built on the client's `middleware=` option (README, "Refusal fallbacks").

`BetaRefusalFallbackMiddleware` asks a chain of fallback models again when a model declines a
Messages request; `BetaFallbackState` keeps a conversation on the model that accepted::

    from claude_api_client.lib.middleware import BetaFallbackState, BetaRefusalFallbackMiddleware
"""

from __future__ import annotations

from ._middleware import DEFAULT_BETAS as DEFAULT_BETAS
from ._middleware import BetaRefusalFallbackMiddleware as BetaRefusalFallbackMiddleware
from ._state import BetaFallbackState as BetaFallbackState

__all__ = ["DEFAULT_BETAS", "BetaFallbackState", "BetaRefusalFallbackMiddleware"]
