"""Where every page stands in each language: the translation status report and its dashboard panel."""
