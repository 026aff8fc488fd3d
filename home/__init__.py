"""The site shell: HomePage, base template, navigation, language switch and demo data."""
