# Finland-Swedish, not Sweden-Swedish: "ons 2.12.2026 kl. 17.00", a full stop between hours and minutes.
DATE_FORMAT = "j.n.Y"
SHORT_DATE_FORMAT = "j.n.Y"
TIME_FORMAT = "G.i"
DATETIME_FORMAT = r"D j.n.Y \k\l. G.i"
SHORT_DATETIME_FORMAT = "j.n.Y G.i"
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # no-break space
NUMBER_GROUPING = 3
FIRST_DAY_OF_WEEK = 1  # Monday
