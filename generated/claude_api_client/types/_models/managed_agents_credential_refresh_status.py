# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ManagedAgentsCredentialRefreshStatus: TypeAlias = Literal[
        "succeeded", "failed", "connect_error", "no_refresh_token"
    ]
else:

    class ManagedAgentsCredentialRefreshStatus(OpenEnum):
        """Outcome of the token refresh tried during a credential test."""

        SUCCEEDED = "succeeded"
        FAILED = "failed"
        CONNECT_ERROR = "connect_error"
        NO_REFRESH_TOKEN = "no_refresh_token"
