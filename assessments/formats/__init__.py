"""Question import and export formats: GIFT, Moodle XML and CSV."""
