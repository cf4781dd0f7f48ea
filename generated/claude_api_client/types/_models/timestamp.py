# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import (
    WireDateTime,
)

Timestamp = TypeAliasType("Timestamp", WireDateTime)
