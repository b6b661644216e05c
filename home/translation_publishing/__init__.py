"""Keep Finnish text away from Swedish and English addresses when translations are published."""
