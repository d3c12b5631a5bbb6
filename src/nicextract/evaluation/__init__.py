"""Gold files (reading, validating) and scoring against them."""
