# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.user_profiles.providers.google.data_controls` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_user_profiles_providers_google_data_controls import (
        AsyncBetaDataControls as AsyncDataControls,
    )
    from claude_api_client.resources.beta_user_profiles_providers_google_data_controls import (
        AsyncBetaDataControlsWithRawResponse as AsyncDataControlsWithRawResponse,
    )
    from claude_api_client.resources.beta_user_profiles_providers_google_data_controls import (
        AsyncBetaDataControlsWithStreamingResponse as AsyncDataControlsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_user_profiles_providers_google_data_controls import (
        BetaDataControls as DataControls,
    )
    from claude_api_client.resources.beta_user_profiles_providers_google_data_controls import (
        BetaDataControlsWithRawResponse as DataControlsWithRawResponse,
    )
    from claude_api_client.resources.beta_user_profiles_providers_google_data_controls import (
        BetaDataControlsWithStreamingResponse as DataControlsWithStreamingResponse,
    )

__all__ = [
    "AsyncDataControls",
    "AsyncDataControlsWithRawResponse",
    "AsyncDataControlsWithStreamingResponse",
    "DataControls",
    "DataControlsWithRawResponse",
    "DataControlsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncDataControls": (
        "claude_api_client.resources.beta_user_profiles_providers_google_data_controls",
        "AsyncBetaDataControls",
    ),
    "AsyncDataControlsWithRawResponse": (
        "claude_api_client.resources.beta_user_profiles_providers_google_data_controls",
        "AsyncBetaDataControlsWithRawResponse",
    ),
    "AsyncDataControlsWithStreamingResponse": (
        "claude_api_client.resources.beta_user_profiles_providers_google_data_controls",
        "AsyncBetaDataControlsWithStreamingResponse",
    ),
    "DataControls": (
        "claude_api_client.resources.beta_user_profiles_providers_google_data_controls",
        "BetaDataControls",
    ),
    "DataControlsWithRawResponse": (
        "claude_api_client.resources.beta_user_profiles_providers_google_data_controls",
        "BetaDataControlsWithRawResponse",
    ),
    "DataControlsWithStreamingResponse": (
        "claude_api_client.resources.beta_user_profiles_providers_google_data_controls",
        "BetaDataControlsWithStreamingResponse",
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
