"""Site search that understands inflected Finnish and Swedish: an index of stemmed page text per language."""
