"""Errors as a user catches them: the class, the status, the request id."""

import anthropic
from _observe import error, show

client = anthropic.Anthropic(max_retries=0)

try:
    client.models.retrieve("no-such-model")
except anthropic.NotFoundError as exc:
    error("not_found", exc)

try:
    client.messages.create(model="claude-sonnet-4-5", max_tokens=8, messages=[])
except anthropic.BadRequestError as exc:
    error("bad_request", exc)

try:
    anthropic.Anthropic(api_key="wrong-key", max_retries=0).models.list()
except anthropic.AuthenticationError as exc:
    error("authentication", exc)
    show("is_status_error", isinstance(exc, anthropic.APIStatusError))

try:
    anthropic.Anthropic(base_url="http://127.0.0.1:9", max_retries=0).models.list()
except anthropic.APIConnectionError as exc:
    show("connection", type(exc).__name__)
