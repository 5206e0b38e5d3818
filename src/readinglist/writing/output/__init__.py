"""Pages and entries as text: dumps, exports, and what the terminal is shown."""
