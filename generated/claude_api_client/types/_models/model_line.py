# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ModelLine: TypeAlias = Literal["haiku", "sonnet", "opus", "fable", "mythos"]
else:

    class ModelLine(OpenEnum):
        """The family a model belongs to (`opus` covers every Opus release); more may appear."""

        HAIKU = "haiku"
        SONNET = "sonnet"
        OPUS = "opus"
        FABLE = "fable"
        MYTHOS = "mythos"
