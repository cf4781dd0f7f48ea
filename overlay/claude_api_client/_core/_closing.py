"""`with` / `async with` for everything that holds a connection: leaving the block closes it."""

from __future__ import annotations

from typing_extensions import Self


class Closing:
    """Mixin: `close()` on leaving a `with` block."""

    __slots__ = ()

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClosing:
    """Mixin: `await close()` on leaving an `async with` block."""

    __slots__ = ()

    async def close(self) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
