"""Overviews the bot writes: briefings, debriefings, morning and weekly overviews, reports.

schedule (which slot and period), data (what happened, from storage), render (Dutch
text), chart (PNG), report (CSV and HTML), service (exactly-once scheduled runs).
"""
