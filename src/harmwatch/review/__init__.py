"""Review: analysts' users, sessions, tokens, claim reviews, corrections and the audit log."""
