# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    DataResidencyWorkspaceGeo: TypeAlias = Literal["us"]
else:

    class DataResidencyWorkspaceGeo(OpenEnum):
        """Where the workspace's data is stored; fixed when the workspace is created."""

        US = "us"
