# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    WorkspaceChangedConcurrentlyField: TypeAlias = Literal["inference_data_privacy.human_review"]
else:

    class WorkspaceChangedConcurrentlyField(OpenEnum):
        """The workspace setting that changed while a request ran."""

        INFERENCE_DATA_PRIVACY_HUMAN_REVIEW = "inference_data_privacy.human_review"
