"""Extraction: from a cleaned report to sourced claims."""
