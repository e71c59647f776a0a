#!/usr/bin/env bash
# Install into .venv, build the index from corpus/ (incremental) and start the web app.
#   PORT=8501 INDEX_DIR=data/index ./run.sh
set -euo pipefail
cd "$(dirname "$0")"
./install.sh
export INDEX_DIR=${INDEX_DIR:-data/index}
PORT=${PORT:-8501}
.venv/bin/python -m ingest corpus --index "$INDEX_DIR" || [ $? -eq 1 ]  # 1 = some files failed; the rest is indexed
exec .venv/bin/python -m streamlit run app.py --server.port "$PORT" --server.headless true --browser.gatherUsageStats false
