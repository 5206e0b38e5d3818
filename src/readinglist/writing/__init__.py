"""Writing: pages back to text (``dumps``, ``fmt``), in-place edits, safe writes and exports."""
