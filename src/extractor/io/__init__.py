"""Reading inputs, writing and resuming JSONL output, and batch runs over many documents."""
