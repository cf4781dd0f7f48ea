"""What the test suites share, one of each: the fake clock (`clock`), the request recorder
(`recorder`), the SSE encoder and parser (`wire`) and the Messages stream's event payloads
(`events`), response bodies (`payloads`), fake list endpoints in both page styles (`pages`),
clients on a MockTransport or a local server (`clients`), the streams recorded from the real API
(`recorded`), a deleted object's check (`lifecycle`), a session stream read to the turn's end and
simulator sessions that name their threads (`sessions`), a self-hosted environment's work
(`work`), and local servers: byte-level (`raw_server`), a test's own handler (`http_server`), the
shipped simulator through its pytest plugin or per test (the `api` fixture of tests/conftest.py).
`scripts` imports the packages under scripts/. Python in an interpreter of its own:
`interpreters` (this one afresh) and `official` (the official `anthropic` 2.16.0 in its venv,
named by the environment variable `CLAUDE_API_CLIENT_OFFICIAL_VENV`, default /work/official-venv;
the tests that need it are skipped without it). Spans recorded in memory: `spans`; the calls
whose spans both packages are compared on: `span_calls`."""
