"""claude_api_client: a Python client for the Claude API."""

from pkgutil import extend_path

# The package is built from two folders (overlay/ and generated/); in a wheel they are merged,
# in an editable install both are on sys.path and this joins them.
__path__ = extend_path(__path__, __name__)

from ._version import __version__  # noqa: E402

__all__ = ["__version__"]
