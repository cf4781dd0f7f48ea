# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ManagedAgentsPlainTextDocumentSourceMediaType: TypeAlias = Literal["text/plain"]
else:

    class ManagedAgentsPlainTextDocumentSourceMediaType(OpenEnum):
        """MIME type."""

        TEXT_PLAIN = "text/plain"
