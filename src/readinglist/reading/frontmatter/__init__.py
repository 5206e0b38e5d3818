"""Front matter: the block at the top of a page, read with limits on untrusted YAML."""
