# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsPersonActor(APIModel):
    """Bedrock: a person, named by their identity provider and subject."""

    issuer: str
    """The identity provider that vouches for the person."""
    subject: str
    """The person's ID at that provider."""
    type: Literal["person_actor"]
    """Always `person_actor`."""
