"""Word list for the encodings scanner's rot13 test: common English words and the words attacks use."""

from __future__ import annotations

_WORDS = """
    a about above act after again against all also always am an and any anything are around as ask at
    away back be because been before being below between both but by call can cannot come could day
    did do does doing done down during each else end even every everything few find first for from
    full get give go going good got had has have having he her here hers him his how however i if in
    inside instead into is it its just keep know last least less let like long look made make many
    may me might more most much must my need never new next no nor not nothing now of off old on once
    one only or other our out over own part people please put rather really right said same say see
    should show since so some something still such sure take tell than thank thanks that the their
    them then there these they thing think this those though through time to today too try two under
    until up upon us use used very want was way we well were what when where which while who whom
    why will with within without word words work would write yes yet you your yours
    ignore ignoring disregard forget previous prior above earlier instructions instruction rules rule
    system prompt prompts message messages assistant user developer admin administrator mode act
    pretend roleplay role jailbreak unrestricted restrictions filter filters safety policy policies
    reveal print output repeat secret secrets password passwords key keys token tokens credential
    credentials hidden confidential private send email data file files delete remove execute run
    command code shell access grant allow answer question questions reply respond response text
    following below new now from here on bypass override disable enable continue stop start begin
"""

ENGLISH_WORDS: frozenset[str] = frozenset(_WORDS.split())
