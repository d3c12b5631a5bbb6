"""spaCy pipeline components of nicextract, one module per component."""
