# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ManagedAgentsTokenEndpointAuthPostUpdateParam(TypedDict):
    """
    A new client secret for form-body token endpoint authentication.
    """

    type: Literal["client_secret_post"]
    """
    Always `client_secret_post`.
    """
    client_secret: NotRequired[str | None]
    """
    OAuth client secret.
    """
