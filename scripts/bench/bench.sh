#!/bin/sh
# Raises the open-files limit (10,000 sockets on each side) before running the bench.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || ulimit -n 65536 2>/dev/null || true
exec node --import tsx scripts/bench/run.ts "$@"
