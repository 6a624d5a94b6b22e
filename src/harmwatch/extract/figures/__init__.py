"""Casualty figures: quantities, what they count, who gives them, and the totals they make."""
