# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    BrowserReadPageFilter: TypeAlias = Literal["all", "interactive"]
else:

    class BrowserReadPageFilter(OpenEnum):
        """Which elements a browser `read_page` call lists (`interactive` ones only, or `all`)."""

        ALL = "all"
        INTERACTIVE = "interactive"
