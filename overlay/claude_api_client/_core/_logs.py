"""`ANTHROPIC_LOG=info|debug`: turn on this package's logging from the environment, as the official
package reads it. Read once, when the first client is built; a logger the application configured
itself is left alone (only a level is set, and a stderr handler added when nothing would print).

What is logged (logger `claude_api_client`): at INFO one line per response (method, URL, status,
request id, retries so far, seconds) and one per retry; at DEBUG also one per attempt with the
request headers, secrets redacted. Bodies are never logged; the key never is.
"""

from __future__ import annotations

import logging
import os

from ._constants import LOGGER_NAME

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_configured = False


def configure_from_env() -> None:
    global _configured
    if _configured:
        return
    _configured = True
    level = _LEVELS.get(os.environ.get("ANTHROPIC_LOG", "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(level)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()  # stderr
        handler.setFormatter(
            logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s", "%H:%M:%S")
        )
        logger.addHandler(handler)
