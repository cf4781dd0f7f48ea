"""The simple providers: a fixed token, a token from the environment, and an identity token
read from a file."""

from __future__ import annotations

import os
from pathlib import Path

from ..._core._exceptions import CredentialsError, IdentityTokenFileError
from ._constants import ENV_AUTH_TOKEN, ENV_IDENTITY_TOKEN_FILE, MAX_IDENTITY_TOKEN_FILE_BYTES
from ._locations import identity_token_path
from ._secret import Secret
from ._types import AccessToken

__all__ = ["EnvToken", "IdentityTokenFile", "StaticToken"]


class StaticToken:
    """A provider of one fixed bearer token that never expires."""

    def __init__(self, token: str) -> None:
        self._token = Secret(token)

    def __call__(self, *, force_refresh: bool = False) -> AccessToken:
        return AccessToken(token=self._token.get_secret_value(), expires_at=None)

    def __repr__(self) -> str:
        return "StaticToken(token='**********')"


class EnvToken:
    """A provider reading the token from an environment variable (ANTHROPIC_AUTH_TOKEN by
    default) each time it is called, so a rotated value is picked up."""

    def __init__(self, env_var: str = ENV_AUTH_TOKEN) -> None:
        self._env_var = env_var

    def __call__(self, *, force_refresh: bool = False) -> AccessToken:
        value = os.environ.get(self._env_var)
        if value is None:
            raise CredentialsError(
                f"Environment variable {self._env_var} is not set; set it or pass another "
                "`credentials=` provider to the client."
            )
        return AccessToken(token=value, expires_at=None)

    def __repr__(self) -> str:
        return f"EnvToken(env_var={self._env_var!r})"


class IdentityTokenFile:
    """An `IdentityTokenProvider` reading a JWT from `path` (else ANTHROPIC_IDENTITY_TOKEN_FILE)
    on every call: projected service-account tokens are rotated in place."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        resolved = identity_token_path(path)
        if resolved is None:
            raise CredentialsError(
                f"No identity token file: pass `path=` or set {ENV_IDENTITY_TOKEN_FILE}."
            )
        self._path = resolved

    @property
    def path(self) -> Path:
        return self._path

    def __repr__(self) -> str:
        return f"IdentityTokenFile(path={str(self._path)!r})"

    def __call__(self) -> str:
        path = self._path
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_IDENTITY_TOKEN_FILE_BYTES + 1)
        except FileNotFoundError as error:
            raise IdentityTokenFileError(
                f"Identity token file not found at {path}.", path=path
            ) from error
        except PermissionError as error:
            raise IdentityTokenFileError(
                f"Identity token file at {path} is not readable by this process: {error}.",
                path=path,
            ) from error
        except IsADirectoryError as error:
            raise IdentityTokenFileError(
                f"Identity token path {path} is a directory; point at the token file itself.",
                path=path,
            ) from error
        except OSError as error:
            raise IdentityTokenFileError(
                f"Identity token file at {path} could not be read: {error}", path=path
            ) from error
        if len(raw) > MAX_IDENTITY_TOKEN_FILE_BYTES:
            del raw  # no secret in the frame of the error
            raise IdentityTokenFileError(
                f"Identity token file at {path} is larger than {MAX_IDENTITY_TOKEN_FILE_BYTES} "
                "bytes; it is not a JWT.",
                path=path,
            )
        try:
            return _nonempty(raw.decode("utf-8").strip(), path)
        except UnicodeDecodeError:
            del raw
            raise IdentityTokenFileError(
                f"Identity token file at {path} is not UTF-8 text.", path=path
            ) from None


def _nonempty(content: str, path: Path) -> str:
    if not content:
        raise IdentityTokenFileError(
            f"Identity token file at {path} is empty (for a Kubernetes projected token, check the "
            "volume mount and the token's audience).",
            path=path,
        )
    return content
