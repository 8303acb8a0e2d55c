## The glossary: one name per concept per language. Messages reference them ({ -term }) instead
## of repeating the word, and the built-in instruments' texts use the same names.
## .avoid lists other words that must not name the concept (comma-separated); .alias lists the
## passages where they may appear (an explicit "also called"). src/lang/glossary_tests.rs
## checks every catalog message and every built-in instrument.

# The pyramid's three tiers.
-tier-basic = basic
-tier-performance = performance
-tier-excitement = excitement
# The pyramid's recognition experience.
-recognition = Recognition
# Perception: the service as customers experience it, and the gaps between viewpoints.
-perception = perception
# Someone who rates the same items as others (agreement and consensus).
-rater = rater
# Someone who answers an instrument.
-respondent = respondent
-instrument = instrument
    .avoid = questionaire
-results-file = results file
-engagement = engagement
-wave = wave
-note = note
