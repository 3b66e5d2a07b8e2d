"""Rule machinery shared by the stages: number parsing, pattern files, lexicons, currencies."""
