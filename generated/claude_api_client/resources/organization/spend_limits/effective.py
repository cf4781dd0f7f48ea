# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.spend_limits.effective` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_spend_limits_effective import (
        AsyncEffective as AsyncEffective,
    )
    from claude_api_client.resources.organization_spend_limits_effective import (
        AsyncEffectiveWithRawResponse as AsyncEffectiveWithRawResponse,
    )
    from claude_api_client.resources.organization_spend_limits_effective import (
        AsyncEffectiveWithStreamingResponse as AsyncEffectiveWithStreamingResponse,
    )
    from claude_api_client.resources.organization_spend_limits_effective import (
        Effective as Effective,
    )
    from claude_api_client.resources.organization_spend_limits_effective import (
        EffectiveWithRawResponse as EffectiveWithRawResponse,
    )
    from claude_api_client.resources.organization_spend_limits_effective import (
        EffectiveWithStreamingResponse as EffectiveWithStreamingResponse,
    )

__all__ = [
    "AsyncEffective",
    "AsyncEffectiveWithRawResponse",
    "AsyncEffectiveWithStreamingResponse",
    "Effective",
    "EffectiveWithRawResponse",
    "EffectiveWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncEffective": (
        "claude_api_client.resources.organization_spend_limits_effective",
        "AsyncEffective",
    ),
    "AsyncEffectiveWithRawResponse": (
        "claude_api_client.resources.organization_spend_limits_effective",
        "AsyncEffectiveWithRawResponse",
    ),
    "AsyncEffectiveWithStreamingResponse": (
        "claude_api_client.resources.organization_spend_limits_effective",
        "AsyncEffectiveWithStreamingResponse",
    ),
    "Effective": ("claude_api_client.resources.organization_spend_limits_effective", "Effective"),
    "EffectiveWithRawResponse": (
        "claude_api_client.resources.organization_spend_limits_effective",
        "EffectiveWithRawResponse",
    ),
    "EffectiveWithStreamingResponse": (
        "claude_api_client.resources.organization_spend_limits_effective",
        "EffectiveWithStreamingResponse",
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
