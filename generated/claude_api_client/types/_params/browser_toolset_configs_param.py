# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .browser_close_tab_config_param import BrowserCloseTabConfigParam
from .browser_double_click_config_param import BrowserDoubleClickConfigParam
from .browser_file_upload_config_param import BrowserFileUploadConfigParam
from .browser_find_config_param import BrowserFindConfigParam
from .browser_form_input_config_param import BrowserFormInputConfigParam
from .browser_get_page_text_config_param import BrowserGetPageTextConfigParam
from .browser_hold_key_config_param import BrowserHoldKeyConfigParam
from .browser_hover_config_param import BrowserHoverConfigParam
from .browser_javascript_exec_config_param import BrowserJavascriptExecConfigParam
from .browser_key_config_param import BrowserKeyConfigParam
from .browser_left_click_config_param import BrowserLeftClickConfigParam
from .browser_left_click_drag_config_param import BrowserLeftClickDragConfigParam
from .browser_left_mouse_down_config_param import BrowserLeftMouseDownConfigParam
from .browser_left_mouse_up_config_param import BrowserLeftMouseUpConfigParam
from .browser_list_tabs_config_param import BrowserListTabsConfigParam
from .browser_middle_click_config_param import BrowserMiddleClickConfigParam
from .browser_mouse_move_config_param import BrowserMouseMoveConfigParam
from .browser_navigate_config_param import BrowserNavigateConfigParam
from .browser_new_tab_config_param import BrowserNewTabConfigParam
from .browser_read_console_config_param import BrowserReadConsoleConfigParam
from .browser_read_network_config_param import BrowserReadNetworkConfigParam
from .browser_read_page_config_param import BrowserReadPageConfigParam
from .browser_right_click_config_param import BrowserRightClickConfigParam
from .browser_screenshot_config_param import BrowserScreenshotConfigParam
from .browser_scroll_config_param import BrowserScrollConfigParam
from .browser_scroll_to_config_param import BrowserScrollToConfigParam
from .browser_switch_tab_config_param import BrowserSwitchTabConfigParam
from .browser_triple_click_config_param import BrowserTripleClickConfigParam
from .browser_type_config_param import BrowserTypeConfigParam
from .browser_wait_config_param import BrowserWaitConfigParam
from .browser_zoom_config_param import BrowserZoomConfigParam


class BrowserToolsetConfigsParam(TypedDict):
    """
    Per-action overrides of the browser toolset; an action left out keeps its defaults.
    """

    close_tab: NotRequired[BrowserCloseTabConfigParam | None]
    """
    Overrides for the `close_tab` member of the browser toolset.
    """
    double_click: NotRequired[BrowserDoubleClickConfigParam | None]
    """
    Overrides for the `double_click` member of the browser toolset.
    """
    file_upload: NotRequired[BrowserFileUploadConfigParam | None]
    """
    Overrides for the `file_upload` member of the browser toolset.
    """
    find: NotRequired[BrowserFindConfigParam | None]
    """
    Overrides for the `find` member of the browser toolset.
    """
    form_input: NotRequired[BrowserFormInputConfigParam | None]
    """
    Overrides for the `form_input` member of the browser toolset.
    """
    get_page_text: NotRequired[BrowserGetPageTextConfigParam | None]
    """
    Overrides for the `get_page_text` member of the browser toolset.
    """
    hold_key: NotRequired[BrowserHoldKeyConfigParam | None]
    """
    Overrides for the `hold_key` member of the browser toolset.
    """
    hover: NotRequired[BrowserHoverConfigParam | None]
    """
    Overrides for the `hover` member of the browser toolset.
    """
    javascript_exec: NotRequired[BrowserJavascriptExecConfigParam | None]
    """
    Overrides for the `javascript_exec` member of the browser toolset.
    """
    key: NotRequired[BrowserKeyConfigParam | None]
    """
    Overrides for the `key` member of the browser toolset.
    """
    left_click: NotRequired[BrowserLeftClickConfigParam | None]
    """
    Overrides for the `left_click` member of the browser toolset.
    """
    left_click_drag: NotRequired[BrowserLeftClickDragConfigParam | None]
    """
    Overrides for the `left_click_drag` member of the browser toolset.
    """
    left_mouse_down: NotRequired[BrowserLeftMouseDownConfigParam | None]
    """
    Overrides for the `left_mouse_down` member of the browser toolset.
    """
    left_mouse_up: NotRequired[BrowserLeftMouseUpConfigParam | None]
    """
    Overrides for the `left_mouse_up` member of the browser toolset.
    """
    list_tabs: NotRequired[BrowserListTabsConfigParam | None]
    """
    Overrides for the `list_tabs` member of the browser toolset.
    """
    middle_click: NotRequired[BrowserMiddleClickConfigParam | None]
    """
    Overrides for the `middle_click` member of the browser toolset.
    """
    mouse_move: NotRequired[BrowserMouseMoveConfigParam | None]
    """
    Overrides for the `mouse_move` member of the browser toolset.
    """
    navigate: NotRequired[BrowserNavigateConfigParam | None]
    """
    Overrides for the `navigate` member of the browser toolset.
    """
    new_tab: NotRequired[BrowserNewTabConfigParam | None]
    """
    Overrides for the `new_tab` member of the browser toolset.
    """
    read_console: NotRequired[BrowserReadConsoleConfigParam | None]
    """
    Overrides for the `read_console` member of the browser toolset.
    """
    read_network: NotRequired[BrowserReadNetworkConfigParam | None]
    """
    Overrides for the `read_network` member of the browser toolset.
    """
    read_page: NotRequired[BrowserReadPageConfigParam | None]
    """
    Overrides for the `read_page` member of the browser toolset.
    """
    right_click: NotRequired[BrowserRightClickConfigParam | None]
    """
    Overrides for the `right_click` member of the browser toolset.
    """
    screenshot: NotRequired[BrowserScreenshotConfigParam | None]
    """
    Overrides for the `screenshot` member of the browser toolset.
    """
    scroll: NotRequired[BrowserScrollConfigParam | None]
    """
    Overrides for the `scroll` member of the browser toolset.
    """
    scroll_to: NotRequired[BrowserScrollToConfigParam | None]
    """
    Overrides for the `scroll_to` member of the browser toolset.
    """
    switch_tab: NotRequired[BrowserSwitchTabConfigParam | None]
    """
    Overrides for the `switch_tab` member of the browser toolset.
    """
    triple_click: NotRequired[BrowserTripleClickConfigParam | None]
    """
    Overrides for the `triple_click` member of the browser toolset.
    """
    type: NotRequired[BrowserTypeConfigParam | None]
    """
    Overrides for the `type` member of the browser toolset.
    """
    wait: NotRequired[BrowserWaitConfigParam | None]
    """
    Overrides for the `wait` member of the browser toolset.
    """
    zoom: NotRequired[BrowserZoomConfigParam | None]
    """
    Overrides for the `zoom` member of the browser toolset.
    """
