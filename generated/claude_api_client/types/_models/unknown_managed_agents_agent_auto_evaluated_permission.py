# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from claude_api_client._core._model_base import APIModel


class UnknownManagedAgentsAgentAutoEvaluatedPermission(APIModel):
    """A ManagedAgentsAgentAutoEvaluatedPermission member this SDK version does not know; every field is kept."""

    # Type checkers see a tag no known member has, so that comparing the tag narrows the union;
    # at runtime it is the string the API sent.
    if TYPE_CHECKING:
        type: Literal["<unknown>"]
    else:
        type: str
    """The tag the API sent, kept as is."""
