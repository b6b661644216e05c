"""The design system's colour pairs and their contrast, computed: the style guide shows them, a test holds them to
WCAG, and docs/design.md lists the same figures. The values are those of portal/static/css/design.css."""

from dataclasses import dataclass

# What a pair must reach: body text AAA (7:1), other text AA (4.5:1), borders and focus rings 3:1 (WCAG 1.4.11).
REQUIRED = {"body text": 7.0, "text": 4.5, "non-text": 3.0}


@dataclass(frozen=True)
class ColourPair:
    foreground: str
    foreground_hex: str
    background: str
    background_hex: str
    use: str

    @property
    def ratio(self):
        return contrast_ratio(self.foreground_hex, self.background_hex)

    @property
    def required(self):
        return REQUIRED[self.use]

    @property
    def level(self):
        if self.use == "non-text":
            return "AA (1.4.11)" if self.ratio >= 3 else "—"
        return "AAA" if self.ratio >= 7 else "AA" if self.ratio >= 4.5 else "—"


PAIRS = (
    ColourPair("--fv-ink", "#1c232b", "--fv-white", "#ffffff", "body text"),
    ColourPair("--fv-ink", "#1c232b", "--fv-birch", "#f6f4ef", "body text"),
    ColourPair("--fv-ink-muted", "#4a5560", "--fv-white", "#ffffff", "body text"),
    ColourPair("--fv-harbour", "#0b4f8a", "--fv-white", "#ffffff", "body text"),
    ColourPair("--fv-harbour-deep", "#003b6f", "--fv-harbour-tint", "#e6eef6", "body text"),
    ColourPair("--fv-white", "#ffffff", "--fv-harbour", "#0b4f8a", "text"),
    ColourPair("--fv-white", "#ffffff", "--fv-harbour-deep", "#003b6f", "text"),
    ColourPair("theme chip", "#00524b", "--fv-sea-tint", "#dff4f0", "text"),
    ColourPair("status: running", "#00594f", "--fv-sea-tint", "#dff4f0", "text"),
    ColourPair("--fv-sun-deep", "#5a3f00", "--fv-sun-tint", "#fff4d6", "text"),
    ColourPair("status: discontinued", "#8a1c1c", "--fv-danger-tint", "#fbe9e9", "text"),
    ColourPair("--fv-danger", "#a1221b", "--fv-white", "#ffffff", "text"),
    ColourPair("alert: success", "#134a28", "--fv-success-tint", "#e3f3e8", "text"),
    ColourPair("--fv-line", "#6b7682", "--fv-white", "#ffffff", "non-text"),
    ColourPair("--fv-focus", "#ffbf47", "--fv-ink", "#1c232b", "non-text"),
    ColourPair("--fv-sea", "#00665e", "--fv-white", "#ffffff", "non-text"),
)


def _linear(channel):
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour):
    red, green, blue = (int(hex_colour.lstrip("#")[index : index + 2], 16) for index in (0, 2, 4))
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def contrast_ratio(first, second):
    """Return WCAG 2's contrast ratio of two colours (#rrggbb), rounded down to two decimals as checkers do."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return int((lighter + 0.05) / (darker + 0.05) * 100) / 100


def contrast_table():
    """Return the pairs as the Markdown table docs/design.md carries (a test keeps the two the same)."""
    lines = [
        "| colour | on | use | ratio | needed | level |",
        "|---|---|---|--:|--:|---|",
    ]
    for pair in PAIRS:
        lines.append(
            f"| `{pair.foreground}` {pair.foreground_hex} | `{pair.background}` {pair.background_hex} | {pair.use} "
            f"| {pair.ratio:.2f}:1 | {pair.required:g}:1 | {pair.level} |"
        )
    return "\n".join(lines)
