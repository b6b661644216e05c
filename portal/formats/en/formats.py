# English for readers in Finland: "Wed 2 December 2026, 17.00", day before month and the 24-hour clock written as
# the city writes it, not the US "Dec. 2, 2026, 5 p.m.".
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
TIME_FORMAT = "G.i"
DATETIME_FORMAT = "D j F Y, G.i"
SHORT_DATETIME_FORMAT = "j M Y, G.i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
FIRST_DAY_OF_WEEK = 1  # Monday, as in Finland
