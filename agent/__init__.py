"""The capture agent, run as `python -m agent`: grab the screen every N seconds, spool each frame
to disk, send it to the server.

One module per job: `config` (flags and environment), `capture` (screen grab, shrink, JPEG),
`probes` (window title/app and input idle time), `spool` (frames waiting on disk, bounded),
`uploader` (HTTP to the server's ingest), `privacy` (exclusion rules, the local pause flag),
`state` (the server's pause and exclusions, asked for before each capture), `runner` (the
capture loop). It imports neither Django nor torch
nor `ml` (import-linter checks it; `tests/agent/test_imports.py` proves it), so a laptop that only
captures needs none of the server's code or settings.
"""
