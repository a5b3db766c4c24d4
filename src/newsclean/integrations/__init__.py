"""Bridges to other tools (pandas, Spark). They sit outside the core and only call ``parse``."""
