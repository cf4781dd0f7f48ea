"""A minimal package index on 127.0.0.1, for the offline release test.

- `GET /simple/` and `GET /simple/<project>/`: the PEP 503 "simple" repository API (HTML), with
  `#sha256=` fragments on every link;
- `GET /packages/<file>`: the file itself;
- `POST /` (or `/legacy/`): twine's legacy upload, a multipart form with `:action=file_upload`,
  `name`, `version`, `sha256_digest` and the file in `content`. A file that exists already gets
  409, as PyPI does (twine --skip-existing understands it).

Uploads are kept in `root/<normalised project>/<file>`; `add()` files a wheelhouse the same way.
"""

from __future__ import annotations

import hashlib
import html
import re
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from _support.http_server import HTTPServing


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def project_of(filename: str) -> str:
    if filename.endswith(".whl"):
        return normalise(filename.split("-", 1)[0])
    stem = filename.removesuffix(".tar.gz").removesuffix(".zip")
    return normalise(stem.rsplit("-", 1)[0])


class PackageIndex(HTTPServing):
    def __init__(self, root: Path) -> None:
        self.root = root
        self.uploads: list[dict[str, str]] = []
        super().__init__(self._handler())

    @property
    def url(self) -> str:
        return f"{self.base_url}/"

    def add(self, file: Path) -> None:
        folder = self.root / project_of(file.name)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / file.name).write_bytes(file.read_bytes())

    def __enter__(self) -> PackageIndex:
        self.root.mkdir(parents=True, exist_ok=True)
        return super().__enter__()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        index = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def send(self, status: int, body: bytes, ctype: str = "text/html") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def page(self, title: str, links: list[tuple[str, str]]) -> None:
                items = "\n".join(
                    f'<a href="{html.escape(h)}">{html.escape(t)}</a><br>' for h, t in links
                )
                doc = (
                    f'<!DOCTYPE html>\n<html><head><meta name="pypi:repository-version" '
                    f'content="1.0"><title>{html.escape(title)}</title></head>'
                    f"<body>\n{items}\n</body></html>\n"
                )
                self.send(200, doc.encode())

            def do_GET(self) -> None:
                parts = [p for p in self.path.split("?", 1)[0].split("/") if p]
                if parts == ["simple"]:
                    names = sorted(p.name for p in index.root.iterdir() if p.is_dir())
                    self.page("Simple index", [(f"/simple/{n}/", n) for n in names])
                elif len(parts) == 2 and parts[0] == "simple":
                    folder = index.root / normalise(parts[1])
                    if not folder.is_dir():
                        self.send(404, b"not found")
                        return
                    links = []
                    for f in sorted(folder.iterdir()):
                        digest = hashlib.sha256(f.read_bytes()).hexdigest()
                        links.append((f"/packages/{folder.name}/{f.name}#sha256={digest}", f.name))
                    self.page(f"Links for {parts[1]}", links)
                elif len(parts) == 3 and parts[0] == "packages":
                    f = index.root / parts[1] / parts[2]
                    if f.is_file() and f.resolve().is_relative_to(index.root.resolve()):
                        self.send(200, f.read_bytes(), "application/octet-stream")
                    else:
                        self.send(404, b"not found")
                else:
                    self.send(404, b"not found")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                head = f"Content-Type: {self.headers.get('Content-Type', '')}\r\n\r\n".encode()
                msg = BytesParser(policy=HTTP).parsebytes(head + body)
                if not msg.is_multipart():
                    self.send(400, b"expected multipart/form-data")
                    return
                fields: dict[str, str] = {}
                content: tuple[str, bytes] | None = None
                for part in msg.iter_parts():
                    name = part.get_param("name", header="content-disposition")
                    raw = part.get_payload(decode=True)
                    payload = raw if isinstance(raw, bytes) else b""
                    if name == "content":
                        filename = part.get_filename() or ""
                        content = (Path(filename).name, payload)
                    elif isinstance(name, str):
                        fields[name] = payload.decode("utf-8")
                if fields.get(":action") != "file_upload" or content is None:
                    self.send(400, b"not a file upload")
                    return
                filename, data = content
                digest = fields.get("sha256_digest")
                if digest and hashlib.sha256(data).hexdigest() != digest:
                    self.send(400, b"sha256 mismatch")
                    return
                folder = index.root / normalise(fields.get("name", project_of(filename)))
                folder.mkdir(parents=True, exist_ok=True)
                target = folder / filename
                if target.exists():
                    self.send(409, b"File already exists.", "text/plain")
                    return
                target.write_bytes(data)
                index.uploads.append(
                    {
                        **fields,
                        "filename": filename,
                        "authorization": "yes" if self.headers.get("Authorization") else "no",
                    }
                )
                self.send(200, b"OK", "text/plain")

        return Handler
