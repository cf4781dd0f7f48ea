# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .browser_close_tab_config import BrowserCloseTabConfig
from .browser_double_click_config import BrowserDoubleClickConfig
from .browser_file_upload_config import BrowserFileUploadConfig
from .browser_find_config import BrowserFindConfig
from .browser_form_input_config import BrowserFormInputConfig
from .browser_get_page_text_config import BrowserGetPageTextConfig
from .browser_hold_key_config import BrowserHoldKeyConfig
from .browser_hover_config import BrowserHoverConfig
from .browser_javascript_exec_config import BrowserJavascriptExecConfig
from .browser_key_config import BrowserKeyConfig
from .browser_left_click_config import BrowserLeftClickConfig
from .browser_left_click_drag_config import BrowserLeftClickDragConfig
from .browser_left_mouse_down_config import BrowserLeftMouseDownConfig
from .browser_left_mouse_up_config import BrowserLeftMouseUpConfig
from .browser_list_tabs_config import BrowserListTabsConfig
from .browser_middle_click_config import BrowserMiddleClickConfig
from .browser_mouse_move_config import BrowserMouseMoveConfig
from .browser_navigate_config import BrowserNavigateConfig
from .browser_new_tab_config import BrowserNewTabConfig
from .browser_read_console_config import BrowserReadConsoleConfig
from .browser_read_network_config import BrowserReadNetworkConfig
from .browser_read_page_config import BrowserReadPageConfig
from .browser_right_click_config import BrowserRightClickConfig
from .browser_screenshot_config import BrowserScreenshotConfig
from .browser_scroll_config import BrowserScrollConfig
from .browser_scroll_to_config import BrowserScrollToConfig
from .browser_switch_tab_config import BrowserSwitchTabConfig
from .browser_triple_click_config import BrowserTripleClickConfig
from .browser_type_config import BrowserTypeConfig
from .browser_wait_config import BrowserWaitConfig
from .browser_zoom_config import BrowserZoomConfig


class BrowserToolsetConfigs(APIModel):
    """Per-action overrides of the browser toolset; an action left out keeps its defaults."""

    close_tab: BrowserCloseTabConfig | None = None
    """Overrides for the `close_tab` member of the browser toolset."""
    double_click: BrowserDoubleClickConfig | None = None
    """Overrides for the `double_click` member of the browser toolset."""
    file_upload: BrowserFileUploadConfig | None = None
    """Overrides for the `file_upload` member of the browser toolset."""
    find: BrowserFindConfig | None = None
    """Overrides for the `find` member of the browser toolset."""
    form_input: BrowserFormInputConfig | None = None
    """Overrides for the `form_input` member of the browser toolset."""
    get_page_text: BrowserGetPageTextConfig | None = None
    """Overrides for the `get_page_text` member of the browser toolset."""
    hold_key: BrowserHoldKeyConfig | None = None
    """Overrides for the `hold_key` member of the browser toolset."""
    hover: BrowserHoverConfig | None = None
    """Overrides for the `hover` member of the browser toolset."""
    javascript_exec: BrowserJavascriptExecConfig | None = None
    """Overrides for the `javascript_exec` member of the browser toolset."""
    key: BrowserKeyConfig | None = None
    """Overrides for the `key` member of the browser toolset."""
    left_click: BrowserLeftClickConfig | None = None
    """Overrides for the `left_click` member of the browser toolset."""
    left_click_drag: BrowserLeftClickDragConfig | None = None
    """Overrides for the `left_click_drag` member of the browser toolset."""
    left_mouse_down: BrowserLeftMouseDownConfig | None = None
    """Overrides for the `left_mouse_down` member of the browser toolset."""
    left_mouse_up: BrowserLeftMouseUpConfig | None = None
    """Overrides for the `left_mouse_up` member of the browser toolset."""
    list_tabs: BrowserListTabsConfig | None = None
    """Overrides for the `list_tabs` member of the browser toolset."""
    middle_click: BrowserMiddleClickConfig | None = None
    """Overrides for the `middle_click` member of the browser toolset."""
    mouse_move: BrowserMouseMoveConfig | None = None
    """Overrides for the `mouse_move` member of the browser toolset."""
    navigate: BrowserNavigateConfig | None = None
    """Overrides for the `navigate` member of the browser toolset."""
    new_tab: BrowserNewTabConfig | None = None
    """Overrides for the `new_tab` member of the browser toolset."""
    read_console: BrowserReadConsoleConfig | None = None
    """Overrides for the `read_console` member of the browser toolset."""
    read_network: BrowserReadNetworkConfig | None = None
    """Overrides for the `read_network` member of the browser toolset."""
    read_page: BrowserReadPageConfig | None = None
    """Overrides for the `read_page` member of the browser toolset."""
    right_click: BrowserRightClickConfig | None = None
    """Overrides for the `right_click` member of the browser toolset."""
    screenshot: BrowserScreenshotConfig | None = None
    """Overrides for the `screenshot` member of the browser toolset."""
    scroll: BrowserScrollConfig | None = None
    """Overrides for the `scroll` member of the browser toolset."""
    scroll_to: BrowserScrollToConfig | None = None
    """Overrides for the `scroll_to` member of the browser toolset."""
    switch_tab: BrowserSwitchTabConfig | None = None
    """Overrides for the `switch_tab` member of the browser toolset."""
    triple_click: BrowserTripleClickConfig | None = None
    """Overrides for the `triple_click` member of the browser toolset."""
    type: BrowserTypeConfig | None = None
    """Overrides for the `type` member of the browser toolset."""
    wait: BrowserWaitConfig | None = None
    """Overrides for the `wait` member of the browser toolset."""
    zoom: BrowserZoomConfig | None = None
    """Overrides for the `zoom` member of the browser toolset."""
