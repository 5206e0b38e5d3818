"""From blocks to entries: the one walker, its rules (groups, lists, tables...), the builder."""
