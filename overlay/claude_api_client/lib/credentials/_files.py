"""Reading profile files with a size cap and a permission check, and writing the token cache
file atomically with mode 0600."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

from ..._core._exceptions import CredentialsError
from ._constants import MAX_CONFIG_FILE_BYTES
from ._secret import NotAnObjectError, dumps_unwrapped, strip_traceback, wrap_secrets

__all__ = ["read_config", "read_credentials", "write_credentials"]


def _read_capped(handle: Any, path: Path, limit: int) -> bytes:
    data: bytes = handle.read(limit + 1)
    if len(data) > limit:
        raise CredentialsError(f"{path} is larger than {limit} bytes; refusing to read it.")
    return data


def read_config(path: Path, *, missing_hint: str) -> dict[str, Any]:
    """A profile's config file as a JSON object; refused when group or others may write it."""
    try:
        with path.open("rb") as handle:
            if os.name == "posix":
                mode = stat.S_IMODE(os.fstat(handle.fileno()).st_mode)
                if mode & 0o022:
                    raise CredentialsError(
                        f"Config file at {path} is writable by group or others (mode {mode:#o}); "
                        f"run `chmod go-w {path}` first."
                    )
            raw = _read_capped(handle, path, MAX_CONFIG_FILE_BYTES)
    except FileNotFoundError as error:
        raise CredentialsError(f"Config file not found at {path} {missing_hint}") from error
    except OSError as error:
        raise CredentialsError(f"Config file at {path} could not be read: {error}") from error
    try:
        document = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as error:
        raise CredentialsError(f"Config file at {path} is not valid JSON: {error}") from error
    if not isinstance(document, dict):
        raise CredentialsError(
            f"Config file at {path} must hold a JSON object, not {type(document).__name__}."
        )
    return document


def read_credentials(path: Path) -> dict[str, Any]:
    """A credentials file, its secret values wrapped; refused when it is a symlink or readable
    by group or others. Raises FileNotFoundError when it does not exist."""
    if os.name == "posix":
        try:
            info = os.stat(path, follow_symlinks=False)
        except FileNotFoundError:
            raise
        except OSError as error:
            raise CredentialsError(
                f"Credentials file at {path} could not be read: {error}"
            ) from error
        if stat.S_ISLNK(info.st_mode):
            raise CredentialsError(
                f"Credentials file at {path} is a symlink; refusing to follow it."
            )
        mode = stat.S_IMODE(info.st_mode)
        if mode & 0o077:
            raise CredentialsError(
                f"Credentials file at {path} is accessible by group or others (mode {mode:#o}); "
                f"run `chmod 600 {path}` first."
            )
    try:
        with path.open("rb") as handle:
            # Parsed and wrapped in one expression: the raw text is never a local of this frame.
            return wrap_secrets(json.loads(_read_capped(handle, path, MAX_CONFIG_FILE_BYTES)))
    except FileNotFoundError:
        raise
    except NotAnObjectError as error:
        raise CredentialsError(
            f"Credentials file at {path} must hold a JSON object, not {error.type_name}."
        ) from None
    except (ValueError, UnicodeDecodeError) as error:
        # A decoder's message has positions only; its frames held the text.
        raise CredentialsError(
            f"Credentials file at {path} is not valid JSON: {error}"
        ) from strip_traceback(error)
    except OSError as error:
        raise CredentialsError(f"Credentials file at {path} could not be read: {error}") from error


def write_credentials(path: Path, document: dict[str, Any]) -> None:
    """Replace `path` with `document` as JSON, atomically, created with mode 0600 (its folder
    0700 when created here)."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        try:
            if os.name == "posix":
                os.fchmod(descriptor, 0o600)
            os.write(descriptor, dumps_unwrapped(document, indent=2))
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
