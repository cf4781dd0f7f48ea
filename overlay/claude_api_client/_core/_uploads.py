"""Upload arguments: what a file may be (`FileTypes`), and how it becomes a multipart part.

A file is a path (read from disk only while the request is sent), `bytes`, a binary file object,
or a `(filename, content[, mime_type])` tuple of one of those; a plain `str` is refused (a path?
the content?). File names and mime types: docs/internals.md, "Uploads".
"""

from __future__ import annotations

import io
import mimetypes
import os
import pathlib
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import IO, NamedTuple, TypeAlias, Union

from ._types import NotGiven, Omit

FileContent: TypeAlias = Union[IO[bytes], bytes, "os.PathLike[str]"]
FileTypes: TypeAlias = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)

DEFAULT_FILENAME = "upload"
DEFAULT_MIME_TYPE = "application/octet-stream"


class _LazyFileIO(io.RawIOBase):
    """A read-only file that opens its path at the first read and closes it at the end.

    Seeking back to the start (what httpx does before each attempt) reopens it, so retries send
    the whole file again; its size comes from `os.stat`, so the request gets a Content-Length
    without reading anything. Many of these (a skill directory) hold no descriptor until sent.
    """

    def __init__(self, path: pathlib.Path) -> None:
        super().__init__()
        self.name = str(path)
        self._path = path
        self._file: io.BufferedReader | None = None
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def fileno(self) -> int:
        # No descriptor until read: make httpx measure with seek/tell (stat) instead.
        raise io.UnsupportedOperation("fileno")

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._file is None:
            self._file = open(self._path, "rb")  # closed at EOF or by close()
            self._file.seek(self._position)
        count = self._file.readinto(buffer)
        if not count:
            self._release()
        self._position += count
        return count

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        # (BufferedReader refuses an unknown `whence` before it gets here.)
        if whence == os.SEEK_CUR:
            offset += self._position
        elif whence == os.SEEK_END:
            offset += self._path.stat().st_size
        if offset < 0:
            raise ValueError(f"negative seek position {offset}")
        if offset != self._position:
            self._release()
        self._position = offset
        return offset

    def tell(self) -> int:
        return self._position

    def _release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def close(self) -> None:
        self._release()
        super().close()


def file_from_path(path: str | os.PathLike[str]) -> IO[bytes]:
    """A binary file object over `path` that holds no descriptor until it is read, and closes it
    when the end is reached (reopening if rewound). Missing files fail here, not mid-upload."""
    resolved = pathlib.Path(path)
    if not resolved.is_file():
        raise FileNotFoundError(f"No such file: {str(path)!r}")
    return io.BufferedReader(_LazyFileIO(resolved))


class UploadFile(NamedTuple):
    """One file part, normalised: the `(filename, content, mime_type)` tuple httpx takes."""

    filename: str
    content: bytes | IO[bytes]
    content_type: str


def _is_file_tuple(value: object) -> bool:
    """`(filename, content)` / `(filename, content, type)`, as opposed to a tuple of files."""
    if not isinstance(value, tuple) or len(value) not in (2, 3):
        return False
    if value[0] is not None and not isinstance(value[0], str):
        return False
    if len(value) == 3 and value[2] is not None and not isinstance(value[2], str):
        return False
    content = value[1]
    return isinstance(content, (bytes, bytearray, os.PathLike)) or hasattr(content, "read")


def _not_a_file(argument: str, value: object) -> TypeError:
    if isinstance(value, io.TextIOBase):
        return TypeError(f"{argument}: open the file in binary mode ('rb'), not text mode")
    hint = ""
    if isinstance(value, str):
        hint = (
            f": pass pathlib.Path({value!r}) to upload a file from disk, or the content encoded "
            "to bytes"
        )
    return TypeError(
        f"{argument} must be a path (pathlib.Path), bytes, a binary file object or a "
        f"(filename, content[, mime_type]) tuple, not {type(value).__name__}{hint}"
    )


def to_upload(value: object, *, argument: str, in_array: bool = False) -> UploadFile:
    """Normalise one file argument (`FileTypes`); `argument` names it in errors."""
    filename: str | None = None
    content_type: str | None = None
    content: object = value
    if isinstance(value, tuple):
        if not _is_file_tuple(value):
            if len(value) in (2, 3) and isinstance(value[1], str):
                raise _not_a_file(argument, value[1])
            raise TypeError(
                f"{argument}: a file tuple is (filename, content) or (filename, content, "
                f"mime_type), with content a path, bytes or a binary file object; got {value!r}"
            )
        filename, content, content_type = (*value, None)[:3]
    data: bytes | IO[bytes]
    if isinstance(content, (bytes, bytearray, memoryview)):
        data = bytes(content)
    elif isinstance(content, os.PathLike):
        path = pathlib.Path(content)
        data = file_from_path(path)
        # In an array (a skill's files) a relative path is the name: the API reads the layout.
        relative = in_array and not path.is_absolute()
        filename = filename or (path.as_posix() if relative else path.name)
    elif hasattr(content, "read") and not isinstance(content, io.TextIOBase):
        data = content  # type: ignore[assignment]
        name = getattr(content, "name", None)
        if filename is None and isinstance(name, str):
            filename = pathlib.Path(name).name
    else:
        raise _not_a_file(argument, content)
    filename = filename or DEFAULT_FILENAME
    guessed, _ = mimetypes.guess_type(filename, strict=False)
    return UploadFile(filename, data, content_type or guessed or DEFAULT_MIME_TYPE)


@dataclass
class MultipartParts:
    """Multipart fields split the way httpx takes them (`data=`, `files=`), built once per call
    and handed to every attempt as they are."""

    data: dict[str, list[str]]
    files: list[tuple[str, UploadFile]]

    def content_size(self) -> int | None:
        """Bytes of field values and file contents, without the multipart envelope (what an
        endpoint's size limit counts); None if a stream's size is unknown. Nothing is read: a
        file object is measured with seek/tell (a path's with `os.stat`, see `_LazyFileIO`)."""
        total = sum(len(value.encode("utf-8")) for values in self.data.values() for value in values)
        for _, upload in self.files:
            content = upload.content
            if isinstance(content, bytes):
                total += len(content)
                continue
            try:
                offset = content.tell()
                total += content.seek(0, os.SEEK_END)
                content.seek(offset)
            except (AttributeError, OSError, ValueError):
                return None  # not seekable: a stream
        return total


def _form_value(value: object) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    return None


def multipart_parts(
    fields: Iterable[tuple[str, object]], files: Collection[str] = ()
) -> MultipartParts:
    """Split `(name, value)` fields into form values and file parts.

    A field named in `files` (`format: binary` in the document) is always a file, so a `str`
    there is refused, naming the argument, rather than sent as text. Elsewhere scalars are form
    values (booleans as `true` / `false`); a list (or a tuple that is not a single file tuple) is
    an array, sent as one part per element under `name[]`; anything else is a file.
    None, NOT_GIVEN and `omit` drop the field (or the element).
    """
    parts = MultipartParts(data={}, files=[])
    for name, value in fields:
        is_file = name in files
        elements: list[tuple[str, object, str]] = [(name, value, name)]
        in_array = isinstance(value, (list, tuple)) and not _is_file_tuple(value)
        if isinstance(value, (list, tuple)) and in_array:
            array = name if name.endswith("[]") else f"{name}[]"
            elements = [(array, item, f"{name}[{index}]") for index, item in enumerate(value)]
        for part, element, argument in elements:
            if element is None or isinstance(element, (NotGiven, Omit)):
                continue
            text = None if is_file else _form_value(element)
            if text is not None:
                parts.data.setdefault(part, []).append(text)
            else:
                upload = to_upload(element, argument=argument, in_array=in_array)
                parts.files.append((part, upload))
    return parts
