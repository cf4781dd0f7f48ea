# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import OpenEnum


class ModelLine(OpenEnum):
    """The family a model belongs to (`opus` covers every Opus release); more may appear."""

    HAIKU = "haiku"
    SONNET = "sonnet"
    OPUS = "opus"
    FABLE = "fable"
    MYTHOS = "mythos"
