"""Small, dependency-free pieces that every TimeNet package shares: the frame-metadata schema the
agent sends and ingest validates, and the one atomic file-write helper. Imports only the standard
library (import-linter checks it), so the capture agent can use it without Django or torch."""
