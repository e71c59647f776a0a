"""Logic of the Streamlit web app (``app.py``), kept out of the script so it is tested without a browser.

* ``engine``   — the index loaded once per process, shared by sessions, swapped after ingestion
* ``uploads``  — upload validation (size, magic bytes, safe names) and storage
* ``feedback`` — 👍/👎 on answers, in ``feedback.sqlite`` beside the index, exported as CSV
* ``tables``   — assignment, target, deadline and document tables, filters, CSV/XLSX export
* ``timeline`` — deadline status relative to a date, and the timeline chart
* ``docview``  — a document's outline and its text by section
* ``render``   — citation labels, highlighted excerpts (escaped HTML), chat filters
"""
