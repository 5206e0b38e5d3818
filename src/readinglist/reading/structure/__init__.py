"""A body's structure as blocks: the vocabulary, the tokenizer and the line recognizer."""
