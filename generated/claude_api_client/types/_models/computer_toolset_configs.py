# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .computer_cursor_position_config import ComputerCursorPositionConfig
from .computer_double_click_config import ComputerDoubleClickConfig
from .computer_hold_key_config import ComputerHoldKeyConfig
from .computer_key_config import ComputerKeyConfig
from .computer_left_click_config import ComputerLeftClickConfig
from .computer_left_click_drag_config import ComputerLeftClickDragConfig
from .computer_left_mouse_down_config import ComputerLeftMouseDownConfig
from .computer_left_mouse_up_config import ComputerLeftMouseUpConfig
from .computer_middle_click_config import ComputerMiddleClickConfig
from .computer_mouse_move_config import ComputerMouseMoveConfig
from .computer_right_click_config import ComputerRightClickConfig
from .computer_screenshot_config import ComputerScreenshotConfig
from .computer_scroll_config import ComputerScrollConfig
from .computer_triple_click_config import ComputerTripleClickConfig
from .computer_type_config import ComputerTypeConfig
from .computer_wait_config import ComputerWaitConfig
from .computer_zoom_config import ComputerZoomConfig


class ComputerToolsetConfigs(APIModel):
    """Per-action overrides of the computer toolset; an action left out keeps its defaults."""

    cursor_position: ComputerCursorPositionConfig | None = None
    """Overrides for the `cursor_position` member of the computer toolset."""
    double_click: ComputerDoubleClickConfig | None = None
    """Overrides for the `double_click` member of the computer toolset."""
    hold_key: ComputerHoldKeyConfig | None = None
    """Overrides for the `hold_key` member of the computer toolset."""
    key: ComputerKeyConfig | None = None
    """Overrides for the `key` member of the computer toolset."""
    left_click: ComputerLeftClickConfig | None = None
    """Overrides for the `left_click` member of the computer toolset."""
    left_click_drag: ComputerLeftClickDragConfig | None = None
    """Overrides for the `left_click_drag` member of the computer toolset."""
    left_mouse_down: ComputerLeftMouseDownConfig | None = None
    """Overrides for the `left_mouse_down` member of the computer toolset."""
    left_mouse_up: ComputerLeftMouseUpConfig | None = None
    """Overrides for the `left_mouse_up` member of the computer toolset."""
    middle_click: ComputerMiddleClickConfig | None = None
    """Overrides for the `middle_click` member of the computer toolset."""
    mouse_move: ComputerMouseMoveConfig | None = None
    """Overrides for the `mouse_move` member of the computer toolset."""
    right_click: ComputerRightClickConfig | None = None
    """Overrides for the `right_click` member of the computer toolset."""
    screenshot: ComputerScreenshotConfig | None = None
    """Overrides for the `screenshot` member of the computer toolset."""
    scroll: ComputerScrollConfig | None = None
    """Overrides for the `scroll` member of the computer toolset."""
    triple_click: ComputerTripleClickConfig | None = None
    """Overrides for the `triple_click` member of the computer toolset."""
    type: ComputerTypeConfig | None = None
    """Overrides for the `type` member of the computer toolset."""
    wait: ComputerWaitConfig | None = None
    """Overrides for the `wait` member of the computer toolset."""
    zoom: ComputerZoomConfig | None = None
    """Overrides for the `zoom` member of the computer toolset."""
