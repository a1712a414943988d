"""Warta's Prefect flows and command line. Flows only orchestrate; the work is in ``tasks/``."""
