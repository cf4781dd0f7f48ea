# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    PluginContentScanAssessment: TypeAlias = Literal["fail", "pass", "unknown", "warn"]
else:

    class PluginContentScanAssessment(OpenEnum):
        FAIL = "fail"
        PASS = "pass"
        UNKNOWN = "unknown"
        WARN = "warn"
