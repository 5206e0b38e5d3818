"""Editing a page's text in place: where entries go, the layout they go by, fmt."""
