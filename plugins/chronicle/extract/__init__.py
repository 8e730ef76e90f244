"""Extraction stage: dates, places and wars found in sentences."""
