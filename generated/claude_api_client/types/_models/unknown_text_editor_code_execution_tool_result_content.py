# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class UnknownTextEditorCodeExecutionToolResultContent(APIModel):
    """A TextEditorCodeExecutionToolResultContent member this SDK version does not know; every field is kept."""

    type: str
    """The tag the API sent, kept as is."""
