# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ExternalKeyValidateResponseStatus: TypeAlias = Literal["failure", "success"]
else:

    class ExternalKeyValidateResponseStatus(OpenEnum):
        """The outcome."""

        FAILURE = "failure"
        SUCCESS = "success"
