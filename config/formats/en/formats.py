# English as a university library abroad writes it: day before month, 24-hour clock, so that
# "03/04" is never a question (Django's own "en" is American: "Nov. 25, 2026, 2:30 p.m.").
DATE_FORMAT = "j F Y"  # 25 November 2026
SHORT_DATE_FORMAT = "j M Y"  # 25 Nov 2026
DATETIME_FORMAT = "j F Y, H:i"  # 25 November 2026, 14:30
SHORT_DATETIME_FORMAT = "j M Y, H:i"  # 25 Nov 2026, 14:30
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
FIRST_DAY_OF_WEEK = 1  # Monday
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
