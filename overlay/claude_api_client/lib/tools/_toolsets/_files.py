"""Upload path confinement and the file policy the SDK ships.

`beta_check_upload_path` denies by default: an empty root list refuses everything. A path is
admitted only when, with every symlink resolved on both sides, it lies under a root by whole path
components. The model chooses the path and the application the roots, so a `..` component is
refused outright, and a path that does not even claim (as text) to be under a root is refused
before the filesystem is touched: the model cannot make the SDK stat a path of its choosing.
Paths longer than `MAX_UPLOAD_PATH_LENGTH` characters are refused before any work.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath

from .._functions import ToolError
from ._errors import NO_UPLOAD_ROOTS, OUTSIDE_UPLOAD_ROOTS, ToolsetConfigError, UploadRefusedError
from ._hooks import BetaURLContext

__all__ = ["BetaLocalFilePolicy", "MAX_UPLOAD_PATH_LENGTH", "beta_check_upload_path"]

MAX_UPLOAD_PATH_LENGTH = 4096
_WINDOWS = os.name == "nt"
_UNC = re.compile(r"^[\\/]{2}")
_DEVICE = re.compile(
    r"^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3])$",
    re.I,
)
_SEPARATORS = re.compile(r"[\\/]")


def _network_or_device(text: str) -> bool:
    """On Windows: a UNC / device path, or a component naming a DOS device (resolving either
    would talk to a host or open a device). Ordinary names elsewhere."""
    if not _WINDOWS:
        return False
    if _UNC.match(text):
        return True
    for part in re.split(r"[\\/:]", text):
        stem = re.split(r"[.:]", part, maxsplit=1)[0].rstrip(" .")
        if _DEVICE.match(stem):
            return True
    return False


def _claims_under(candidate: str, directory: str) -> bool:
    """Whether `candidate`, normalised as text, is `directory` (as written or resolved) or below."""
    text = os.path.normcase(os.path.normpath(candidate))
    for base in {directory, os.path.realpath(directory)}:
        base = os.path.normcase(os.path.normpath(base))
        if text == base or text.startswith(base.rstrip("\\/") + os.sep):
            return True
    return False


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def beta_check_upload_path(
    path: str | os.PathLike[str],
    roots: Sequence[str | os.PathLike[str]],
    *,
    strict_roots: bool = True,
) -> str:
    """The resolved `path` when it lies under one of `roots`, else `UploadRefusedError`.

    Symlinks are resolved on both sides and containment is decided by whole components (`/srv/a`
    does not contain `/srv/ab`). The refusal never names the roots. With `strict_roots` (the
    default) a root that does not exist grants nothing (it could later be created as a symlink
    to anywhere); `strict_roots=False` accepts a root that does not exist yet.

    Raises:
        ToolsetConfigError: `roots` is a single path instead of a sequence of paths.
        UploadRefusedError: the path is empty, too long, outside the roots, or has a `..`.
    """
    if isinstance(roots, (str, bytes, os.PathLike)):
        # A bare string is a Sequence[str]: its first character "/" would contain everything.
        raise ToolsetConfigError("roots must be a sequence of paths, not a single path")
    usable = [text for text in (os.fspath(r) for r in roots) if text.strip() and "\x00" not in text]
    if not usable:
        raise UploadRefusedError(NO_UPLOAD_ROOTS)
    candidate = os.fspath(path)
    if not candidate or "\x00" in candidate:
        raise UploadRefusedError("file_upload path is empty or contains a NUL byte")
    if len(candidate) > MAX_UPLOAD_PATH_LENGTH:
        raise UploadRefusedError("file_upload path is too long")
    if _network_or_device(candidate):
        raise UploadRefusedError(OUTSIDE_UPLOAD_ROOTS)
    if strict_roots and ".." in _SEPARATORS.split(candidate):
        raise UploadRefusedError("file_upload path must not contain a '..' component")
    if strict_roots and not any(_claims_under(os.path.abspath(candidate), r) for r in usable):
        raise UploadRefusedError(OUTSIDE_UPLOAD_ROOTS)

    resolved = Path(os.path.realpath(candidate))
    if _network_or_device(str(resolved)):
        raise UploadRefusedError(OUTSIDE_UPLOAD_ROOTS)
    for root in usable:
        try:
            resolved_root = Path(os.path.realpath(root, strict=strict_roots))
        except OSError:
            continue  # a strict root that does not exist grants nothing
        if _inside(resolved, resolved_root):
            return str(resolved)
    raise UploadRefusedError(OUTSIDE_UPLOAD_ROOTS)


def _overlaps(download_dir: str, roots: Sequence[str]) -> bool:
    """Whether the download directory and an upload root contain one another, as written or
    resolved, ignoring case and Unicode form (a page's download must not be uploadable back)."""

    def key(text: str) -> PurePath:
        return PurePath(unicodedata.normalize("NFC", os.path.normcase(text)).casefold())

    for root in roots:
        for a, b in (
            (download_dir, root),
            (os.path.realpath(download_dir), os.path.realpath(root)),
        ):
            d, r = key(a), key(b)
            if d == r or r in d.parents or d in r.parents:
                return True
    return False


class BetaLocalFilePolicy:
    """The shipped file policy: `file_upload` may read files under `upload_roots` (checked by
    `beta_check_upload_path`) and name the Files API ids in `upload_document_ids` (none by
    default); a `download_completed` path reaches the model only with
    `expose_download_paths=True` and only when it lies inside `download_dir`.

    Keep each root a dedicated directory holding only the task's files. `download_dir` must lie
    outside every upload root (checked here), or a page's download could be uploaded back.

    Raises:
        ToolsetConfigError: a root or `download_dir` is empty, a single path is passed where a
            sequence is expected, or `download_dir` overlaps an upload root.
    """

    def __init__(
        self,
        *,
        upload_roots: Sequence[str | os.PathLike[str]] = (),
        upload_document_ids: Iterable[str] = (),
        download_dir: str | os.PathLike[str] | None = None,
        expose_download_paths: bool = False,
    ) -> None:
        if isinstance(upload_roots, (str, bytes, os.PathLike)):
            raise ToolsetConfigError("upload_roots must be a sequence of paths, not a single path")
        if isinstance(upload_document_ids, (str, bytes)):
            raise ToolsetConfigError(
                "upload_document_ids must be a sequence of ids, not a single id"
            )
        roots = [os.fspath(root) for root in upload_roots]
        if any(not root.strip() for root in roots):
            raise ToolsetConfigError("upload_roots entries must not be empty")
        directory = None if download_dir is None else os.fspath(download_dir)
        if directory is not None and not directory.strip():
            raise ToolsetConfigError("download_dir must not be empty")
        # Anchored now: a relative root resolved later would move with the working directory.
        self._roots = tuple(os.path.abspath(root) for root in roots)
        self._document_ids = frozenset(upload_document_ids)
        self._download_dir = None if directory is None else os.path.abspath(directory)
        self._expose = expose_download_paths is True
        if self._download_dir is not None and _overlaps(self._download_dir, self._roots):
            raise ToolsetConfigError(
                "download_dir must be outside every upload root: a page's download landing in an "
                "upload root could be read back through file_upload"
            )

    @property
    def upload_roots(self) -> Sequence[str]:
        """The upload roots, made absolute at construction."""
        return self._roots

    @property
    def upload_document_ids(self) -> frozenset[str]:
        """The Files API ids `file_upload` may name."""
        return self._document_ids

    @property
    def download_dir(self) -> str | None:
        """The directory whose downloads may be shown, made absolute at construction."""
        return self._download_dir

    @property
    def expose_download_paths(self) -> bool:
        """Whether download paths inside `download_dir` reach the model."""
        return self._expose

    def resolve_upload_paths(self, context: BetaURLContext, paths: Sequence[str]) -> list[str]:
        """Each path resolved and confined to the upload roots, or `UploadRefusedError`."""
        return [beta_check_upload_path(path, self._roots) for path in paths]

    def resolve_upload_documents(
        self, context: BetaURLContext, document_ids: Sequence[str]
    ) -> list[str]:
        """The ids unchanged when all are allowed, else `UploadRefusedError` (naming none)."""
        if any(doc not in self._document_ids for doc in document_ids):
            raise UploadRefusedError("document not in the upload allowlist")
        return list(document_ids)

    def is_path_visible(self, path: str) -> bool:
        """Whether a download path may reach the model: exposure on, and the path (as text
        first, then resolved) inside `download_dir`."""
        if not self._expose or self._download_dir is None:
            return False
        if ".." in _SEPARATORS.split(path) or not _claims_under(path, self._download_dir):
            return False  # decided on the text: such a path is never resolved
        try:
            beta_check_upload_path(path, [self._download_dir], strict_roots=False)
        except ToolError:
            return False
        return True
