"""The draft split into sentences, clauses and words, with offsets; language guess."""
