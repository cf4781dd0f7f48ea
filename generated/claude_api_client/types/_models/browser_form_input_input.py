# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .browser_form_input_value import BrowserFormInputValue
from .browser_ref_target import BrowserRefTarget


class BrowserFormInputInput(APIModel):
    """Arguments of the browser toolset's `form_input` action: set the value of a form field."""

    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
    target: BrowserRefTarget
    """The form field, by element reference."""
    value: BrowserFormInputValue
    """The value to set."""
