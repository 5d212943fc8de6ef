"""Text helpers shared by detection and release: standard library only.

They sit below both, so release can match deny-list terms and accepted spans the way
detection found them without importing detection.
"""
