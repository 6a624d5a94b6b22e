"""What was hit: targets of the GOLD vocabulary that the report says were struck."""
