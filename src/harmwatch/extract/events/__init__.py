"""The event gate and type: is the report about a violent incident, and of which kind?"""
