# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .computer_cursor_position_config_param import ComputerCursorPositionConfigParam
from .computer_double_click_config_param import ComputerDoubleClickConfigParam
from .computer_hold_key_config_param import ComputerHoldKeyConfigParam
from .computer_key_config_param import ComputerKeyConfigParam
from .computer_left_click_config_param import ComputerLeftClickConfigParam
from .computer_left_click_drag_config_param import ComputerLeftClickDragConfigParam
from .computer_left_mouse_down_config_param import ComputerLeftMouseDownConfigParam
from .computer_left_mouse_up_config_param import ComputerLeftMouseUpConfigParam
from .computer_middle_click_config_param import ComputerMiddleClickConfigParam
from .computer_mouse_move_config_param import ComputerMouseMoveConfigParam
from .computer_right_click_config_param import ComputerRightClickConfigParam
from .computer_screenshot_config_param import ComputerScreenshotConfigParam
from .computer_scroll_config_param import ComputerScrollConfigParam
from .computer_triple_click_config_param import ComputerTripleClickConfigParam
from .computer_type_config_param import ComputerTypeConfigParam
from .computer_wait_config_param import ComputerWaitConfigParam
from .computer_zoom_config_param import ComputerZoomConfigParam


class ComputerToolsetConfigsParam(TypedDict):
    """
    Per-action overrides of the computer toolset; an action left out keeps its defaults.
    """

    cursor_position: NotRequired[ComputerCursorPositionConfigParam | None]
    """
    Overrides for the `cursor_position` member of the computer toolset.
    """
    double_click: NotRequired[ComputerDoubleClickConfigParam | None]
    """
    Overrides for the `double_click` member of the computer toolset.
    """
    hold_key: NotRequired[ComputerHoldKeyConfigParam | None]
    """
    Overrides for the `hold_key` member of the computer toolset.
    """
    key: NotRequired[ComputerKeyConfigParam | None]
    """
    Overrides for the `key` member of the computer toolset.
    """
    left_click: NotRequired[ComputerLeftClickConfigParam | None]
    """
    Overrides for the `left_click` member of the computer toolset.
    """
    left_click_drag: NotRequired[ComputerLeftClickDragConfigParam | None]
    """
    Overrides for the `left_click_drag` member of the computer toolset.
    """
    left_mouse_down: NotRequired[ComputerLeftMouseDownConfigParam | None]
    """
    Overrides for the `left_mouse_down` member of the computer toolset.
    """
    left_mouse_up: NotRequired[ComputerLeftMouseUpConfigParam | None]
    """
    Overrides for the `left_mouse_up` member of the computer toolset.
    """
    middle_click: NotRequired[ComputerMiddleClickConfigParam | None]
    """
    Overrides for the `middle_click` member of the computer toolset.
    """
    mouse_move: NotRequired[ComputerMouseMoveConfigParam | None]
    """
    Overrides for the `mouse_move` member of the computer toolset.
    """
    right_click: NotRequired[ComputerRightClickConfigParam | None]
    """
    Overrides for the `right_click` member of the computer toolset.
    """
    screenshot: NotRequired[ComputerScreenshotConfigParam | None]
    """
    Overrides for the `screenshot` member of the computer toolset.
    """
    scroll: NotRequired[ComputerScrollConfigParam | None]
    """
    Overrides for the `scroll` member of the computer toolset.
    """
    triple_click: NotRequired[ComputerTripleClickConfigParam | None]
    """
    Overrides for the `triple_click` member of the computer toolset.
    """
    type: NotRequired[ComputerTypeConfigParam | None]
    """
    Overrides for the `type` member of the computer toolset.
    """
    wait: NotRequired[ComputerWaitConfigParam | None]
    """
    Overrides for the `wait` member of the computer toolset.
    """
    zoom: NotRequired[ComputerZoomConfigParam | None]
    """
    Overrides for the `zoom` member of the computer toolset.
    """
