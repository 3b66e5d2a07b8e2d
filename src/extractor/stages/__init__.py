"""The pipeline stages: one module per stage; their factories are registered in ``components``."""
