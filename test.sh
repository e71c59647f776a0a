#!/usr/bin/env bash
# Install into .venv and run the test suite: ./test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")"
./install.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
exec .venv/bin/python -m pytest "$@"
