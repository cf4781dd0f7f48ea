# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ManagedAgentsTokenEndpointAuthBasicUpdateParam(TypedDict):
    """
    A new client secret for HTTP Basic token endpoint authentication.
    """

    type: Literal["client_secret_basic"]
    """
    Always `client_secret_basic`.
    """
    client_secret: NotRequired[str | None]
    """
    OAuth client secret.
    """
