"""Rebuild wheels of installed distributions from their installed files, offline.

`pip download` needs the network and `pip wheel` needs an sdist; an installed distribution,
though, lists every file it installed in its RECORD. A wheel is a zip of exactly those files
(the ones inside site-packages: console scripts are left out, pip regenerates them from
entry_points.txt) plus the .dist-info, with a fresh RECORD. Binary distributions such as
pydantic-core keep the tags their WHEEL file names, so the result installs where they did.
"""

from __future__ import annotations

import base64
import hashlib
import re
import zipfile
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

SKIP_IN_DIST_INFO = {"RECORD", "INSTALLER", "REQUESTED", "direct_url.json"}


def closure(requirements: list[str]) -> list[metadata.Distribution]:
    """The installed distributions that `requirements` need, recursively (no extras)."""
    env = {k: str(v) for k, v in default_environment().items()}
    seen: dict[str, metadata.Distribution] = {}
    todo = [Requirement(r) for r in requirements]
    while todo:
        req = todo.pop()
        if req.marker is not None and not req.marker.evaluate({**env, "extra": ""}):
            continue
        key = re.sub(r"[-_.]+", "-", req.name).lower()
        if key in seen:
            continue
        dist = metadata.distribution(req.name)
        seen[key] = dist
        todo.extend(Requirement(r) for r in dist.requires or [])
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def _tags(wheel_text: str | None) -> str:
    if not wheel_text:
        return "py3-none-any"
    tags = [
        line.split(":", 1)[1].strip() for line in wheel_text.splitlines() if line.startswith("Tag:")
    ]
    if not tags:
        return "py3-none-any"
    parts = [t.split("-") for t in tags]
    return "-".join(".".join(dict.fromkeys(p[i] for p in parts)) for i in range(3))


def _record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"sha256={digest}"


def rebuild(dist: metadata.Distribution, outdir: Path) -> Path:
    """Write a wheel of an installed distribution into `outdir`; return its path."""
    name = re.sub(r"[-_.]+", "_", dist.metadata["Name"])
    version = dist.version
    wheel_text = dist.read_text("WHEEL")
    filename = f"{name}-{version}-{_tags(wheel_text)}.whl"
    base = Path(str(dist.locate_file("")))
    entries: list[tuple[str, bytes]] = []
    dist_info = None
    for f in dist.files or []:
        rel = f.as_posix()
        if rel.startswith("..") or "__pycache__" in rel or rel.endswith(".pyc"):
            continue
        path = base / rel
        if not path.is_file():
            continue
        top = rel.split("/", 1)[0]
        if top.endswith(".dist-info"):
            dist_info = top
            if rel.split("/", 1)[1] in SKIP_IN_DIST_INFO:
                continue
        entries.append((rel, path.read_bytes()))
    if dist_info is None:
        raise ValueError(f"{dist.metadata['Name']}: no .dist-info in its RECORD")
    if wheel_text is None:
        wheel_text = "Wheel-Version: 1.0\nGenerator: tests/release\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
        entries.append((f"{dist_info}/WHEEL", wheel_text.encode()))
    record = [f"{rel},{_record_hash(data)},{len(data)}" for rel, data in entries]
    record.append(f"{dist_info}/RECORD,,")
    entries.append((f"{dist_info}/RECORD", ("\n".join(record) + "\n").encode()))
    outdir.mkdir(parents=True, exist_ok=True)
    target = outdir / filename
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for rel, data in entries:
            z.writestr(rel, data)
    return target


def build_wheelhouse(requirements: list[str], outdir: Path) -> list[Path]:
    return [rebuild(d, outdir) for d in closure(requirements)]
