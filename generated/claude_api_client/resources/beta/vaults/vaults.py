# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.vaults.vaults` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_vaults import AsyncBetaVaults as AsyncVaults
    from claude_api_client.resources.beta_vaults import (
        AsyncBetaVaultsWithRawResponse as AsyncVaultsWithRawResponse,
    )
    from claude_api_client.resources.beta_vaults import (
        AsyncBetaVaultsWithStreamingResponse as AsyncVaultsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_vaults import BetaVaults as Vaults
    from claude_api_client.resources.beta_vaults import (
        BetaVaultsWithRawResponse as VaultsWithRawResponse,
    )
    from claude_api_client.resources.beta_vaults import (
        BetaVaultsWithStreamingResponse as VaultsWithStreamingResponse,
    )

__all__ = [
    "AsyncVaults",
    "AsyncVaultsWithRawResponse",
    "AsyncVaultsWithStreamingResponse",
    "Vaults",
    "VaultsWithRawResponse",
    "VaultsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncVaults": ("claude_api_client.resources.beta_vaults", "AsyncBetaVaults"),
    "AsyncVaultsWithRawResponse": (
        "claude_api_client.resources.beta_vaults",
        "AsyncBetaVaultsWithRawResponse",
    ),
    "AsyncVaultsWithStreamingResponse": (
        "claude_api_client.resources.beta_vaults",
        "AsyncBetaVaultsWithStreamingResponse",
    ),
    "Vaults": ("claude_api_client.resources.beta_vaults", "BetaVaults"),
    "VaultsWithRawResponse": (
        "claude_api_client.resources.beta_vaults",
        "BetaVaultsWithRawResponse",
    ),
    "VaultsWithStreamingResponse": (
        "claude_api_client.resources.beta_vaults",
        "BetaVaultsWithStreamingResponse",
    ),
}


def __getattr__(name: str) -> object:
    """The class an official name of this path stands for (the one the client's namespace is)."""
    try:
        module, attr = _OFFICIAL[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
