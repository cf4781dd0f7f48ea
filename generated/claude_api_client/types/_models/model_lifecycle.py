# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ModelLifecycle: TypeAlias = Literal["active", "deprecated", "retired"]
else:

    class ModelLifecycle(OpenEnum):
        """Where a model is in its life; `retired` models stay listed but no longer answer."""

        ACTIVE = "active"
        DEPRECATED = "deprecated"
        RETIRED = "retired"
