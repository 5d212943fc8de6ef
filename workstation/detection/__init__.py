"""Detection: turn a policy and a text into proposed redactions with their reasons.

Only ``engine`` imports presidio and spaCy (slow to load: seconds), and only when a
scan actually runs; everything else here is plain Python and fast to test.
"""
