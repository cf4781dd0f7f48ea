# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.federation.rules.rules` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_federation_rules import AsyncRules as AsyncRules
    from claude_api_client.resources.organization_federation_rules import (
        AsyncRulesWithRawResponse as AsyncRulesWithRawResponse,
    )
    from claude_api_client.resources.organization_federation_rules import (
        AsyncRulesWithStreamingResponse as AsyncRulesWithStreamingResponse,
    )
    from claude_api_client.resources.organization_federation_rules import Rules as Rules
    from claude_api_client.resources.organization_federation_rules import (
        RulesWithRawResponse as RulesWithRawResponse,
    )
    from claude_api_client.resources.organization_federation_rules import (
        RulesWithStreamingResponse as RulesWithStreamingResponse,
    )

__all__ = [
    "AsyncRules",
    "AsyncRulesWithRawResponse",
    "AsyncRulesWithStreamingResponse",
    "Rules",
    "RulesWithRawResponse",
    "RulesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncRules": ("claude_api_client.resources.organization_federation_rules", "AsyncRules"),
    "AsyncRulesWithRawResponse": (
        "claude_api_client.resources.organization_federation_rules",
        "AsyncRulesWithRawResponse",
    ),
    "AsyncRulesWithStreamingResponse": (
        "claude_api_client.resources.organization_federation_rules",
        "AsyncRulesWithStreamingResponse",
    ),
    "Rules": ("claude_api_client.resources.organization_federation_rules", "Rules"),
    "RulesWithRawResponse": (
        "claude_api_client.resources.organization_federation_rules",
        "RulesWithRawResponse",
    ),
    "RulesWithStreamingResponse": (
        "claude_api_client.resources.organization_federation_rules",
        "RulesWithStreamingResponse",
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
