# Finnish as the City of Vaasa writes it: "ke 2.12.2026 klo 17.00". Letters that are format characters are escaped.
DATE_FORMAT = "j.n.Y"
SHORT_DATE_FORMAT = "j.n.Y"
TIME_FORMAT = "G.i"
# The weekday helps a reader place a workshop in their week; "klo" is required before a time that follows a date.
DATETIME_FORMAT = r"D j.n.Y \k\l\o G.i"
SHORT_DATETIME_FORMAT = "j.n.Y G.i"
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # no-break space
NUMBER_GROUPING = 3
FIRST_DAY_OF_WEEK = 1  # Monday
