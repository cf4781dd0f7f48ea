"""Where profiles live: the config directory, the active profile's name, the paths of its two
files, and the check that a token endpoint is not reached over cleartext."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..._core._exceptions import AnthropicError, CredentialsError
from ._constants import (
    DEFAULT_PROFILE,
    ENV_CONFIG_DIR,
    ENV_FEDERATION_RULE_ID,
    ENV_IDENTITY_TOKEN,
    ENV_IDENTITY_TOKEN_FILE,
    ENV_ORGANIZATION_ID,
    ENV_PROFILE,
)

__all__ = [
    "active_profile",
    "config_dir",
    "config_file",
    "credentials_file",
    "explicit_active_config",
    "has_active_profile_config",
    "identity_token_path",
    "require_https",
    "validate_profile_name",
]


def config_dir() -> Path:
    """ANTHROPIC_CONFIG_DIR, else `~/.config/anthropic` (Linux, macOS) or
    `%APPDATA%\\Anthropic` (Windows)."""
    given = os.environ.get(ENV_CONFIG_DIR)
    if given:
        return Path(given)
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        root = Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
        return root / "Anthropic"
    return Path.home() / ".config" / "anthropic"


def explicit_active_config() -> str | None:
    """The profile named in `<config_dir>/active_config` (stripped), or None."""
    try:
        with (config_dir() / "active_config").open("rb") as pointer:
            name = pointer.read(4096).decode("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return name or None


def validate_profile_name(name: str, *, source: str = "profile name") -> None:
    """Refuse a name that could leave the config directory once made a file name."""
    if not isinstance(name, str):
        raise TypeError(f"{source} must be a str, not {type(name).__name__}")
    if not name:
        raise CredentialsError(f"{source} must not be empty.")
    if name != name.strip():
        raise CredentialsError(f"{source} {name!r} has leading or trailing whitespace.")
    if name.startswith("."):
        raise CredentialsError(f"{source} {name!r} must not start with a dot.")
    if "\x00" in name or any(sep in name for sep in {"/", "\\", os.sep}):
        raise CredentialsError(
            f"{source} {name!r} must be a plain file name (no path separator or NUL)."
        )


def active_profile() -> str:
    """ANTHROPIC_PROFILE, else the `active_config` pointer, else "default"."""
    named = os.environ.get(ENV_PROFILE)
    if named:
        validate_profile_name(named, source=ENV_PROFILE)
        return named
    pointed = explicit_active_config()
    if pointed is None:
        return DEFAULT_PROFILE
    validate_profile_name(pointed, source="the active_config pointer file")
    return pointed


def _under_config_dir(*parts: str) -> Path:
    root = config_dir()
    candidate = root.joinpath(*parts)
    try:
        candidate.resolve().relative_to(root.resolve())
    except ValueError as error:
        raise CredentialsError(f"{candidate} escapes the config directory {root}.") from error
    return candidate


def config_file(profile: str) -> Path:
    """`<config_dir>/configs/<profile>.json`: the profile's settings (no secret)."""
    validate_profile_name(profile)
    return _under_config_dir("configs", f"{profile}.json")


def credentials_file(profile: str) -> Path:
    """`<config_dir>/credentials/<profile>.json`: the profile's tokens (mode 0600)."""
    validate_profile_name(profile)
    return _under_config_dir("credentials", f"{profile}.json")


def has_active_profile_config() -> bool:
    """Whether the active profile's config file exists (a bad name counts as no)."""
    try:
        return config_file(active_profile()).is_file()
    except (OSError, AnthropicError):
        return False


def identity_token_path(path: str | os.PathLike[str] | None = None) -> Path | None:
    """`path`, else ANTHROPIC_IDENTITY_TOKEN_FILE, else None."""
    if path is not None:
        return Path(path)
    given = os.environ.get(ENV_IDENTITY_TOKEN_FILE)
    return Path(given) if given else None


def has_auto_discoverable_credentials() -> bool:
    """Whether the environment points at a profile or a federation setup (which a static key
    from the environment then shadows)."""
    if os.environ.get(ENV_PROFILE) or os.environ.get(ENV_CONFIG_DIR):
        return True
    if explicit_active_config() is not None:
        return True
    federation = os.environ.get(ENV_FEDERATION_RULE_ID) and os.environ.get(ENV_ORGANIZATION_ID)
    identity = os.environ.get(ENV_IDENTITY_TOKEN_FILE) or os.environ.get(ENV_IDENTITY_TOKEN)
    return bool(federation and identity)


def require_https(url: str, *, what: str) -> None:
    """Refuse a token endpoint over cleartext HTTP, except on this machine (tests, proxies)."""
    lowered = url.lower().rstrip("/")
    if lowered.startswith("https://"):
        return
    if lowered.startswith(("http://localhost", "http://127.0.0.1", "http://[::1]")):
        return
    raise CredentialsError(
        f"{what} must use https (got {url!r}): the token exchange carries secrets and is never "
        "sent over cleartext HTTP."
    )
