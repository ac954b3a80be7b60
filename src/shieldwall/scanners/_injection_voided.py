# ruff: noqa: E501  (pattern tables: non-Latin scripts count double width)
"""Session 12 override rules: the assistant's rules declared void, a task cancelled and replaced,
"forget everything you were told", and "from now on you ignore your rules" (family "override").

Entries are ``(family, key, regex, weight)`` as in ``_injection_data``; patterns run on NFKC-normalised,
lower-cased text and follow its authoring rules (common subset of Python ``re``, RE2 and Hyperscan: no
lookaround, bounded repeats only, ``\\b`` only next to ASCII letters, sentence gaps ``[^.\\n?!]{0,N}``).
Negation before an imperative ("don't forget", "no olvides", "не забудь") is excluded with a consumed
character class in front of the verb (e.g. ``(?:[^t]|[^o'’n]t)\\s`` cannot end "not"/"don't").
All phrases were written for this module (not copied from any data set)."""

from __future__ import annotations

from typing import Final

Spec = tuple[str, str, str, float]

OVR: Final = "override"


def _g(n: int) -> str:
    """A gap of at most ``n`` characters inside one sentence."""
    return r"[^.\n?!]{0," + str(n) + "}"


# "<cancelled> ... . <up to one more sentence> ... <new task>": ends the first sentence (or not), optionally
# one more short sentence, then a short lead-in ("your", "here is your") before the new-task noun.
_CONN = _g(40) + r"(?:[.!?\n]{1,3}\s{0,3}(?:[^.\n?!]{1,60}[.!?\n]{1,3}\s{0,3})?)?" + _g(20)

_ZJ = "[\u200c ]?"  # Persian: optional zero-width non-joiner (or space) inside a word
_TI = "i\u0307?"  # Turkish: "İ".lower() is "i" + U+0307

# ---------------------------------------------------------------------------------------------- en
_EN_NOUN = (
    r"(?:rules|instructions|guidelines|restrictions|programming|directives|constraints|limitations|policies|"
    r"principles|protocols|filters|safeguards|guardrails|system\s{1,3}prompt|content\s{1,3}polic(?:y|ies)|"
    r"ethical\s{1,3}guidelines)\b"
)
_EN_POSSNOUN = (
    r"(?:\b(?:your|the\s{1,3}(?:assistant|ai|model|bot|chatbot)['’]s)\s{1,3}(?:(?:previous|prior|original|current|old|existing|initial|earlier|former|standard|default|"
    r"usual|internal|safety|ethical|own|built-in|preset|core|entire|whole|openai|ai|content|programmed|moral)"
    r"\s{1,3}){0,2}"
    + _EN_NOUN
    + r"|\bthe\s{1,3}(?:openai\s{1,3})?(?:content\s{1,3}polic(?:y|ies)|system\s{1,3}prompt)\b)"
)
_EN_VOID = (
    r"(?:\bno\s{1,3}longer\s{1,3}(?:apply|applies|valid|exists?|in\s{1,3}(?:effect|force|place)|binding|matters?|"
    r"counts?|active|relevant)|\b(?:don't|doesn't|do\s{1,3}not|does\s{1,3}not)\s{1,3}(?:apply|count|matter)\s{1,3}"
    r"any\s{0,2}(?:more|longer)|\b(?:aren't|isn't|are\s{1,3}not|is\s{1,3}not)\s{1,3}(?:valid|binding)\s{1,3}"
    r"any\s{0,2}(?:more|longer)|\b(?:void|invalid|obsolete|revoked|cancel{1,2}ed|lifted|suspended|deactivated|"
    r"disabled|rescinded|nullified|voided|annulled|overridden|withdrawn|terminated|abolished|waived)\b)"
)
_EN_PRE_B = (
    r"(?:\byou(?:'re|’re|\s{1,3}are)?\s{1,3}(?:will\s{1,3})?no\s{1,3}longer\s{1,3}(?:be\s{1,3})?(?:bound|"
    r"restricted|limited|constrained|governed|obliged|obligated|required|subject|held|tied|(?:have|need)\s{1,3}"
    r"to\s{1,3}(?:follow|obey|respect|abide\s{1,3}by|adhere\s{1,3}to|comply\s{1,3}with|stick\s{1,3}to|observe))|\bno\s{1,3}longer\s{1,3}(?:are|do)\s{1,3}you|\b(?:i|we)(?:'ve|’ve|\s{1,3}have)?\s{1,3}"
    r"(?:revoked|lifted|rescinded|voided|nullified|overridden|deactivated))\b"
)
EN_RULES_VOIDED = _EN_POSSNOUN + _g(30) + _EN_VOID
EN_RULES_VOIDED_UNBOUND = (
    _EN_PRE_B
    + _g(30)
    + _EN_POSSNOUN
    + r"|\bno\s{1,3}(?:rules|restrictions|guidelines|limits|filters|policies)\s{1,3}(?:apply|applies)\s{1,3}to\s{1,3}you\b"
)

_EN_TASK = r"(?:tasks?|instructions?|assignments?|directives?|objectives?|missions?|prompts?)\b"
EN_TASK_CANCELLED_NEW = (
    r"\b"
    + _EN_TASK
    + _g(40)
    + r"\b(?:cancel{1,2}ed|revoked|aborted|voided|void|terminated|replaced|superseded|withdrawn|discarded|"
    r"overridden|rescinded|annulled|nullified|invalidated|obsolete|no\s{1,3}longer\s{1,3}(?:valid|applies|apply|"
    r"relevant|active|in\s{1,3}effect))\b"
    + _CONN
    + r"\b(?:new|updated|revised|actual|real|replacement|correct)\s{1,3}"
    + _EN_TASK
)

_EN_END = (
    r"(?:\s{0,3}[.,;:!\n]|\s{0,3}$|\s{1,3}(?:before|previously|earlier|so\s{1,3}far|until\s{1,3}now|"
    r"up\s{1,3}to\s{1,3}now|above|by\s{1,3}anyone|and)\b)"
)
EN_FORGET_ALL_TOLD = (
    r"(?:^|(?:[^t]|[^o'’n]t)\s{1,3}|[\"“(])forget\s{1,3}(?:about\s{1,3})?(?:"
    r"(?:everything|anything|all)\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:you(?:'ve|’ve|\s{1,3}have|\s{1,3}had)?\s{1,3}"
    r"(?:were\s{1,3}|been\s{1,3})?(?:told|taught|instructed|given|programmed)|(?:was|has\s{1,3}been|had\s{1,3}been)"
    r"\s{1,3}(?:told|said|written|given))"
    + _EN_END
    + r"|(?:everything|all)\s{1,3}(?:that\s{1,3})?(?:is\s{1,3}|was\s{1,3})?(?:written\s{1,3}|said\s{1,3}|stated\s{1,3})?"
    r"(?:above|before\s{1,3}this|prior\s{1,3}to\s{1,3}this|up\s{1,3}to\s{1,3}(?:now|this\s{1,3}point)|so\s{1,3}far)\b"
    r"|(?:all\s{1,3}(?:of\s{1,3})?)?your\s{1,3}(?:(?:previous|prior|earlier|original|initial|old|current|existing|"
    r"former|system)\s{1,3}){0,2}(?:instructions|rules|guidelines|directives|prompts|programming|restrictions|"
    r"constraints|commands|orders)\b"
    r"|(?:all\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?|the\s{1,3})(?:previous|prior|earlier|original|initial|above|"
    r"preceding|former|system)\s{1,3}(?:instructions|rules|guidelines|directives|prompts|commands)\b)"
)

TABLE_EN: tuple[Spec, ...] = (
    (OVR, "en_rules_voided", EN_RULES_VOIDED, 0.75),
    (OVR, "en_rules_voided_unbound", EN_RULES_VOIDED_UNBOUND, 0.75),
    (OVR, "en_task_cancelled_new", EN_TASK_CANCELLED_NEW, 0.7),
    (OVR, "en_forget_all_told", EN_FORGET_ALL_TOLD, 0.75),
)


# ---------------------------------------------------------------------------------------------- de
_DE_NOUN = (
    r"(?:(?:inhalts|sicherheits|system|verhaltens)?(?:regeln|anweisungen|richtlinien)|vorgaben|einschränkungen|"
    r"beschränkungen|instruktionen|programmierung|leitlinien|vorschriften|restriktionen|grundsätze|filter)\b"
)
_DE_POSSNOUN = r"\b(?:dein|ihr|eur)[a-z]{0,2}\s{1,3}(?:[a-zäöüß-]{2,20}\s{1,3})?" + _DE_NOUN
_DE_ADV = r"(?:ab\s{1,3}sofort\s{1,3}|ab\s{1,3}jetzt\s{1,3}|ab\s{1,3}heute\s{1,3}|jetzt\s{1,3}|nun\s{1,3}|also\s{1,3}|hier\s{1,3})?"
DE_RULES_VOIDED = (
    _DE_POSSNOUN
    + _g(30)
    + r"(?:\b(?:gelten|gilt|zählen|greifen|bestehen|existieren)\s{1,3}"
    + _DE_ADV
    + r"nicht\s{1,3}(?:mehr|länger)"
    r"|\bnicht\s{1,3}(?:mehr|länger)\s{1,3}(?:zu\s{1,3})?(?:gültig|gelten|befolgen|beachten|einhalten|bindend|"
    r"verbindlich|wirksam|in\s{1,3}kraft)|\bkeine\s{1,3}(?:gültigkeit|geltung)|\b(?:ungültig|aufgehoben|"
    r"au(?:ß|ss)er\s{1,3}kraft|widerrufen|deaktiviert|annulliert|abgeschafft|ausgesetzt|hinfällig|nichtig))"
)
DE_RULES_VOIDED_UNBOUND = (
    r"(?:\b(?:gelten|gilt|zählen|greifen)\s{1,3}"
    + _DE_ADV
    + r"|\bnicht\s{1,3}(?:mehr|länger)\s{1,3}an\s{1,3})"
    + _DE_POSSNOUN
    + _g(20)
    + r"(?:nicht\s{1,3}(?:mehr|länger)|gebunden|halten|festhalten)"
    + r"|\b(?:für\s{1,3}(?:dich|euch)\s{1,3}(?:gelten|gilt)|(?:gelten|gilt)\s{1,3}(?:[a-z]{2,8}\s{1,3})?für\s{1,3}"
    r"(?:dich|euch))" + _g(20) + r"\bkeine\s{1,3}(?:regeln|richtlinien|einschränkungen|vorgaben|anweisungen|"
    r"beschränkungen)\s{1,3}mehr\b"
)

_DE_TASK = r"(?:aufgabe|anweisung|instruktion|befehl|vorgabe|mission|direktive|prompt)"
DE_TASK_CANCELLED_NEW = (
    r"\b"
    + _DE_TASK
    + r"[a-z]{0,3}"
    + _g(40)
    + r"(?:storniert|abgebrochen|annulliert|aufgehoben|widerrufen|verworfen|ersetzt|gestrichen|ungültig|hinfällig|"
    r"nichtig|zurückgezogen|gecancelt|abgesagt|au(?:ß|ss)er\s{1,3}kraft|(?:gilt|gelten)\s{1,3}nicht\s{1,3}mehr|"
    r"nicht\s{1,3}mehr\s{1,3}gültig|entfällt|entfallen)"
    + _CONN
    + r"\b(?:neu|aktualisiert|eigentlich|tatsächlich|geändert)[a-z]{0,3}\s{1,3}"
    + _DE_TASK
)

_DE_FEND = (
    r"(?:\s{0,3}[.,;:!\n]|\s{0,3}$|\s{1,3}(?:und|von|vollständig|komplett|ganz|sofort|jetzt|einfach|ab|restlos)\b)"
)
DE_FORGET_ALL_TOLD = (
    r"\b(?:vergiss|vergesst|vergessen\s{1,3}sie)\s{1,3}(?:(?:bitte|jetzt|nun|einfach|sofort|also|zuerst|erstmal)\s{1,3}){0,2}"
    r"(?:alles\s{0,3},?\s{0,3}(?:was|das)\s{1,3}(?:man\s{1,3})?(?:dir|ihnen|euch)\s{1,3}(?:(?:bisher|zuvor|vorher|davor|je|"
    r"jemals|oben|bislang)\s{1,3})?(?:gesagt|mitgeteilt|beigebracht|aufgetragen|vorgegeben|befohlen|eingeschärft|erklärt|"
    r"angeordnet|einprogrammiert)\s{1,3}(?:wurde|worden|hat|hatte|haben|hatten)\b"
    r"|alles\s{0,3},?\s{0,3}(?:bisher\s{1,3}gesagte|zuvor\s{1,3}gesagte|bisherige|vorherige|obige|oben\s{1,3}stehende|"
    r"oben\s{1,3}genannte|vorangegangene|davor|was\s{1,3}oben\s{1,3}steht|was\s{1,3}davor\s{1,3}steht)\b"
    r"|(?:alle\s{1,3}|sämtliche\s{1,3}|all\s{1,3})?(?:(?:dein|ihr|eur)[a-z]{0,2}\s{1,3}(?:[a-zäöü]{2,16}\s{1,3})?|"
    r"(?:die\s{1,3})?(?:bisherig|vorherig|ursprünglich|obig|früher|vorangegangen|vorig)[a-z]{0,2}\s{1,3})(?:regeln|"
    r"anweisungen|richtlinien|vorgaben|instruktionen|befehle|einschränkungen|programmierung|systemanweisungen|"
    r"beschränkungen)" + _DE_FEND + ")"
)

_DE_IGN_OBJ = (
    r"(?:alle\s{1,3}|all\s{1,3}|sämtliche\s{1,3})?(?:dein|ihr|eur)[a-z]{0,2}\s{1,3}(?:[a-zäöü]{2,16}\s{1,3})?"
    + _DE_NOUN
)
_DE_WHEN = r"(?:ab\s{1,3}sofort|ab\s{1,3}jetzt|ab\s{1,3}heute|von\s{1,3}nun\s{1,3}an|künftig|fortan|nun|jetzt)"
DE_YOU_IGNORE_RULES = (
    r"\b(?:du\s{1,3}(?:ignorierst|missachtest|umgehst)|(?:ignorierst|missachtest|umgehst)\s{1,3}du|ihr\s{1,3}(?:ignoriert|"
    r"missachtet)|(?:ignoriert|missachtet)\s{1,3}ihr|sie\s{1,3}(?:ignorieren|missachten)\s{1,3}"
    + _DE_WHEN
    + r"|"
    + _DE_WHEN
    + r"\s{1,3}(?:ignorieren|missachten)\s{1,3}sie)\b"
    + _g(30)
    + _DE_IGN_OBJ
    + r"|\b(?:ab\s{1,3}(?:sofort|jetzt|heute)|von\s{1,3}nun\s{1,3}an|künftig|fortan)\s{1,3}ignorierst\s{1,3}du\s{1,3}"
    r"(?:alle|sämtliche|jegliche)\s{1,3}(?:[a-zäöü]{2,16}\s{1,3})?(?:regeln|richtlinien|anweisungen|vorgaben|"
    r"einschränkungen)\b"
)
DE_YOU_IGNORE_RULES_FUTURE = (
    r"\b(?:du\s{1,3}wirst|wirst\s{1,3}du|ihr\s{1,3}werdet|werdet\s{1,3}ihr|werden\s{1,3}sie|sie\s{1,3}werden\s{1,3}"
    + _DE_WHEN
    + r")\b"
    + _g(30)
    + _DE_IGN_OBJ
    + _g(20)
    + r"\b(?:ignorieren|missachten|umgehen)\b"
)

TABLE_DE: tuple[Spec, ...] = (
    (OVR, "de_rules_voided", DE_RULES_VOIDED, 0.75),
    (OVR, "de_rules_voided_unbound", DE_RULES_VOIDED_UNBOUND, 0.75),
    (OVR, "de_task_cancelled_new", DE_TASK_CANCELLED_NEW, 0.7),
    (OVR, "de_forget_all_told", DE_FORGET_ALL_TOLD, 0.75),
    (OVR, "de_you_ignore_rules", DE_YOU_IGNORE_RULES, 0.8),
    (OVR, "de_you_ignore_rules_future", DE_YOU_IGNORE_RULES_FUTURE, 0.8),
)


# ---------------------------------------------------------------------------------------------- fr
_FR_NOUN = (
    r"(?:règles|instructions|consignes|directives|restrictions|limitations|limites|contraintes|programmation|"
    r"lignes\s{1,3}directrices|politiques?\s{1,3}de\s{1,3}contenu|principes|filtres|garde-fous)"
)
_FR_POSSNOUN = (
    r"(?:\b(?:tes|vos|ton|votre|ta)\s{1,3}(?:[a-zàâçéèêëîïôûùüÿœ-]{2,14}\s{1,3})?"
    + _FR_NOUN
    + r"|\bla\s{1,3}politique\s{1,3}de\s{1,3}contenu|\ble\s{1,3}prompt\s{1,3}syst[eè]me)"
)
FR_RULES_VOIDED = (
    _FR_POSSNOUN
    + _g(30)
    + r"(?:\bne\s{1,3}s['’]appliqu[a-z]{1,4}\s{1,3}(?:désormais\s{1,3}|donc\s{1,3}|maintenant\s{1,3})?plus"
    r"|\bne\s{1,3}(?:sont|est)\s{1,3}(?:désormais\s{1,3}|donc\s{1,3}|maintenant\s{1,3})?plus\s{1,3}(?:valables?|valides?|"
    r"en\s{1,3}vigueur|applicables?|d['’]actualité|actives?)|\bne\s{1,3}(?:comptent|compte|valent|vaut)\s{1,3}"
    r"(?:désormais\s{1,3})?plus|\bn['’](?:ont|a)\s{1,3}plus\s{1,3}(?:cours|de\s{1,3}valeur|d['’]effet|aucune\s{1,3}valeur)"
    r"|\b(?:sont|est)\s{1,3}(?:désormais\s{1,3})?nulle?s?\b|\b(?:annulé|révoqué|levé|suspendu|désactivé|abrogé|invalidé|"
    r"caduc|caduque|obsolète))"
)
FR_RULES_VOIDED_UNBOUND = (
    r"(?:\b(?:tu\s{1,3}n['’]es|vous\s{1,3}n['’]êtes)\s{1,3}(?:désormais\s{1,3}|donc\s{1,3}|maintenant\s{1,3})?plus\s{1,3}"
    r"(?:lié|tenu|obligé|soumis|contraint|limité|restreint|astreint)|\b(?:tu\s{1,3}n['’]as|vous\s{1,3}n['’]avez)\s{1,3}"
    r"(?:désormais\s{1,3}|donc\s{1,3})?plus\s{1,3}(?:à|besoin\s{1,3}de)|\bne\s{1,3}s['’]appliqu[a-z]{1,4}\s{1,3}plus)"
    + _g(30)
    + _FR_POSSNOUN
)

_FR_TASK = r"(?:tâche|instruction|consigne|directive|mission)"
FR_TASK_CANCELLED_NEW = (
    r"\b(?:tâche|instruction|consigne|directive|prompt)s?\b"
    + _g(40)
    + r"(?:annulée?s?|révoquée?s?|abandonnée?s?|remplacée?s?|caduques?|invalidée?s?|retirée?s?|abrogée?s?|"
    r"interrompue?s?|n['’]est\s{1,3}plus\s{1,3}(?:valable|valide|d['’]actualité)|ne\s{1,3}sont\s{1,3}plus\s{1,3}"
    r"(?:valables|valides|d['’]actualité))"
    + _CONN
    + r"(?:\b(?:nouvel(?:le)?s?|nouveaux?|véritables?|vraies?|réelles?)\s{1,3}"
    + _FR_TASK
    + r"s?\b|\b"
    + _FR_TASK
    + r"s?\s{1,3}(?:mises?\s{1,3}à\s{1,3}jour|actualisées?))"
)

_FR_END = (
    r"(?:\s{0,3}[.,;:!\n]|\s{0,3}$|\s{1,3}(?:avant|auparavant|jusqu['’]ici|jusqu['’]à\s{1,3}présent|"
    r"jusqu['’]à\s{1,3}maintenant|plus\s{1,3}haut|précédemment|ci-dessus|au-dessus|et)\b)"
)
FR_FORGET_ALL_TOLD = (
    r"(?:^|[\s.,;:!?\"«(])oubli(?:e|ez)\s{1,3}(?:(?:donc|maintenant|simplement|vite|d['’]abord|complètement)\s{1,3})?(?:"
    r"tout\s{1,3}ce\s{1,3}(?:qu['’]on|que\s{1,3}l['’]on|qui)\s{1,3}(?:t['’]a|vous\s{1,3}a)\s{1,3}(?:été\s{1,3})?(?:(?:déjà|"
    r"auparavant|jusqu['’]ici|précédemment|avant)\s{1,3})?(?:dit|appris|demandé|ordonné|indiqué|enseigné|expliqué|"
    r"programmé|donné|imposé|transmis|communiqué|inculqué)e?s?"
    + _FR_END
    + r"|tout\s{1,3}ce\s{1,3}qui\s{1,3}(?:précède|est\s{1,3}écrit\s{1,3}(?:au-dessus|ci-dessus|plus\s{1,3}haut)|est\s{1,3}"
    r"(?:au-dessus|ci-dessus|plus\s{1,3}haut)|a\s{1,3}été\s{1,3}(?:dit|écrit)\s{1,3}(?:avant|auparavant|plus\s{1,3}haut|"
    r"précédemment|jusqu['’]ici))"
    r"|(?:toutes\s{1,3}|tous\s{1,3})?(?:tes|vos)\s{1,3}(?:[a-zàâçéèêëîïôûùüÿœ-]{2,14}\s{1,3})?(?:instructions|consignes|"
    r"règles|directives|restrictions|contraintes)|(?:toutes\s{1,3})?les\s{1,3}(?:instructions|consignes|règles|directives)"
    r"\s{1,3}(?:précédentes|antérieures|initiales|ci-dessus|d['’]origine|originales))"
)

FR_YOU_IGNORE_RULES = (
    r"(?:^|(?:[^i]|[^s]i)\s{1,3}|[\"«(])(?:tu\s{1,3}(?:ignores|ignoreras|vas\s{1,3}ignorer|contournes|contourneras)|"
    r"vous\s{1,3}(?:ignorez|ignorerez|allez\s{1,3}ignorer|contournez))\b"
    + _g(30)
    + r"(?:toutes\s{1,3}|tous\s{1,3})?\b(?:tes|vos|ton|votre|ta)\s{1,3}(?:[a-zàâçéèêëîïôûùüÿœ-]{2,14}\s{1,3})?"
    + _FR_NOUN
)

TABLE_FR: tuple[Spec, ...] = (
    (OVR, "fr_rules_voided", FR_RULES_VOIDED, 0.75),
    (OVR, "fr_rules_voided_unbound", FR_RULES_VOIDED_UNBOUND, 0.75),
    (OVR, "fr_task_cancelled_new", FR_TASK_CANCELLED_NEW, 0.7),
    (OVR, "fr_forget_all_told", FR_FORGET_ALL_TOLD, 0.75),
    (OVR, "fr_you_ignore_rules", FR_YOU_IGNORE_RULES, 0.8),
)


# ---------------------------------------------------------------------------------------------- es
_ES_NOUN = (
    r"(?:reglas|instrucciones|directrices|pautas|normas|restricciones|limitaciones|políticas|programación|"
    r"principios|filtros|lineamientos|indicaciones)"
)
_ES_POSSNOUN = (
    r"(?:\b(?:tus|sus|tu|su|vuestras?|vuestros?)\s{1,3}(?:[a-záéíóúñü]{2,14}\s{1,3})?"
    + _ES_NOUN
    + r"|\bla\s{1,3}política\s{1,3}de\s{1,3}contenido)"
)
ES_RULES_VOIDED = (
    _ES_POSSNOUN
    + _g(30)
    + r"(?:\bya\s{1,3}no\s{1,3}(?:se\s{1,3})?(?:aplican|aplica|rigen|rige|valen|vale|cuentan|cuenta|son\s{1,3}válid|"
    r"es\s{1,3}válid|son\s{1,3}vigentes|es\s{1,3}vigente|están\s{1,3}(?:vigentes|activ|en\s{1,3}vigor)|tienen\s{1,3}"
    r"(?:validez|efecto|vigencia))|\b(?:quedan|quedaron|queda|están|han\s{1,3}sido|fueron|son|ha\s{1,3}sido|fue)\s{1,3}"
    r"(?:oficialmente\s{1,3}|ahora\s{1,3})?(?:anulad|revocad|suspendid|desactivad|cancelad|invalidad|derogad|levantad|"
    r"eliminad|sin\s{1,3}efecto)|\b(?:nul|inválid|obsolet)[ao]s?\b|\bdejan\s{1,3}de\s{1,3}(?:aplicar|"
    r"tener\s{1,3}validez|regir|ser\s{1,3}válid))"
)
ES_RULES_VOIDED_UNBOUND = (
    r"(?:\b(?:usted\s{1,3})?ya\s{1,3}no\s{1,3}(?:se\s{1,3})?(?:aplican|rigen|valen|cuentan|estás|tienes|debes|necesitas)|"
    r"\busted\s{1,3}ya\s{1,3}no\s{1,3}(?:está|tiene|debe|necesita)|\bno\s{1,3}(?:estás|está)\s{1,3}(?:ya\s{1,3})?"
    r"(?:obligad|sujet|limitad|atad)|\bhas\s{1,3}sido\s{1,3}liberad)" + _g(30) + _ES_POSSNOUN
)

_ES_TASK = r"(?:tarea|instrucci(?:ón|ones)|indicaci(?:ón|ones)|directiva|directriz|directrices|misión|consigna|prompt)"
ES_TASK_CANCELLED_NEW = (
    r"\b"
    + _ES_TASK
    + _g(40)
    + r"(?:cancelad|anulad|revocad|suspendid|abortad|reemplazad|sustituid|invalidad|descartad|sin\s{1,3}efecto|"
    r"ya\s{1,3}no\s{1,3}(?:es|son)\s{1,3}válid)"
    + _CONN
    + r"(?:\b(?:nuev|actualizad|verdader)[ao]s?\s{1,3}"
    + _ES_TASK
    + r"|\b"
    + _ES_TASK
    + r"s?\s{1,3}(?:nuev|actualizad)[ao]s?)"
)

_ES_END = (
    r"(?:\s{0,3}[.,;:!\n]|\s{0,3}$|\s{1,3}(?:antes|anteriormente|hasta\s{1,3}ahora|hasta\s{1,3}el\s{1,3}momento|arriba|"
    r"previamente|y)\b)"
)
ES_FORGET_ALL_TOLD = (
    r"(?:^|(?:[^o]|[^n]o)\s{1,3}|[¡¿\"«(])(?:olvida|olvide|olviden|olvidad|olvídate|olvídese|olvidaos|olvidate|olvidese)"
    r"\s{1,3}(?:de\s{1,3})?(?:(?:ya|ahora|completamente)\s{1,3})?(?:"
    r"todo\s{1,3}lo\s{1,3}que\s{1,3}(?:se\s{1,3})?(?:te|le|os|les)\s{1,3}(?:(?:han|ha|habían|había)\s{1,3})?(?:(?:ya|antes)"
    r"\s{1,3})?(?:dicho|indicado|ordenado|enseñado|programado|pedido|explicado|dado|instruido|mandado|dijeron|indicaron|"
    r"ordenaron|enseñaron|pidieron|mandaron)"
    + _ES_END
    + r"|todo\s{1,3}lo\s{1,3}(?:anterior|de\s{1,3}arriba|que\s{1,3}(?:está|esta|aparece)\s{1,3}(?:escrito\s{1,3})?arriba|"
    r"(?:dicho|escrito)\s{1,3}(?:antes|anteriormente|hasta\s{1,3}ahora|arriba))\b"
    r"|(?:todas\s{1,3}|todos\s{1,3})?(?:tus|sus|vuestras)\s{1,3}(?:[a-záéíóúñ]{2,14}\s{1,3})?(?:instrucciones|reglas|"
    r"directrices|indicaciones|normas|pautas|restricciones)|(?:todas\s{1,3})?las\s{1,3}(?:instrucciones|reglas|directrices|"
    r"indicaciones|normas)\s{1,3}(?:anteriores|previas|iniciales|originales|de\s{1,3}arriba))"
)

ES_YOU_IGNORE_RULES = (
    r"(?:^|(?:[^iúu]|[^s]i|[^t][úu])\s{1,3}|[¡¿\"«(])(?:(?:tú|tu)\s{1,3})?(?:(?:ahora|desde\s{1,3}ahora|a\s{1,3}partir\s{1,3}"
    r"de\s{1,3}ahora|de\s{1,3}ahora\s{1,3}en\s{1,3}adelante)\s{1,3})?(?:ignoras|ignorarás|ignoráis|ignoraréis|"
    r"vas\s{1,3}a\s{1,3}ignorar|vais\s{1,3}a\s{1,3}ignorar|usted\s{1,3}(?:ignora|ignorará|va\s{1,3}a\s{1,3}ignorar))"
    + _g(30)
    + r"(?:todas\s{1,3}|todos\s{1,3})?\b(?:tus|sus|vuestras|vuestros)\s{1,3}(?:[a-záéíóúñ]{2,14}\s{1,3})?"
    + _ES_NOUN
)

TABLE_ES: tuple[Spec, ...] = (
    (OVR, "es_rules_voided", ES_RULES_VOIDED, 0.75),
    (OVR, "es_rules_voided_unbound", ES_RULES_VOIDED_UNBOUND, 0.75),
    (OVR, "es_task_cancelled_new", ES_TASK_CANCELLED_NEW, 0.7),
    (OVR, "es_forget_all_told", ES_FORGET_ALL_TOLD, 0.75),
    (OVR, "es_you_ignore_rules", ES_YOU_IGNORE_RULES, 0.8),
)


# ---------------------------------------------------------------------------------------------- it
_IT_NOUN = (
    r"(?:regole|istruzioni|linee\s{1,3}guida|direttive|restrizioni|limitazioni|vincoli|programmazione|politiche|"
    r"norme|principi|filtri)"
)
_IT_POSSNOUN = r"\b(?:tu[eoa]|tuoi|su[eoa]|suoi|vostr[eoai])\s{1,3}(?:[a-zàèéìòù]{2,14}\s{1,3})?" + _IT_NOUN
IT_RULES_VOIDED = (
    _IT_POSSNOUN
    + _g(30)
    + r"(?:\bnon\s{1,3}(?:sono|è)\s{1,3}più\s{1,3}(?:valid|in\s{1,3}vigore|applicabil|attiv|vincolant)|\bnon\s{1,3}"
    r"(?:valgono|vale|si\s{1,3}applicano|si\s{1,3}applica|contano|conta)\s{1,3}più|\bnon\s{1,3}hanno\s{1,3}più\s{1,3}"
    r"(?:alcun\s{1,3})?(?:valore|effetto|validità)|\b(?:annullat|revocat|sospes|disattivat|abrogat|invalidat|rimoss|decadut)[aeio]|"
    r"\bnull[ei]\b)"
)
IT_RULES_VOIDED_UNBOUND = (
    r"(?:\bnon\s{1,3}(?:sei|siete)\s{1,3}più\s{1,3}(?:vincolat|tenut|obbligat|soggett|limitat|legat)[oaie]|\bnon\s{1,3}"
    r"(?:devi|dovete|hai|avete)\s{1,3}più\s{1,3}(?:bisogno\s{1,3}di\s{1,3})?|\bnon\s{1,3}(?:valgono|si\s{1,3}applicano|"
    r"contano)\s{1,3}più)" + _g(30) + _IT_POSSNOUN
)

_IT_TASK = r"(?:compit|istruzion|direttiv|incaric|mission)"
IT_TASK_CANCELLED_NEW = (
    r"\b(?:compit[oi]|istruzion[ei]|direttiv[ae]|incarico|incarichi|mission[ei]|prompt)"
    + _g(40)
    + r"(?:annullat|revocat|sospes|interrott|sostituit|abbandonat|invalidat|cancellat|non\s{1,3}(?:è|sono)\s{1,3}più"
    r"\s{1,3}valid)"
    + _CONN
    + r"(?:\b(?:nuov[aoie]|aggiornat[aoie]|ver[aoie])\s{1,3}"
    + _IT_TASK
    + r"|\b"
    + _IT_TASK
    + r"[a-z]{1,3}\s{1,3}(?:nuov|aggiornat))"
)

_IT_END = (
    r"(?:\s{0,3}[.,;:!\n]|\s{0,3}$|\s{1,3}(?:prima|finora|fino\s{1,3}ad?\s{1,3}ora|in\s{1,3}precedenza|sopra|"
    r"precedentemente|e)\b)"
)
IT_FORGET_ALL_TOLD = (
    r"(?:^|(?:[^n]|[^o]n)\s{1,3}|[\"«(])(?:dimentica|dimentichi|dimenticate|dimenticati|dimenticatevi)\s{1,3}"
    r"(?:(?:pure|ora|adesso|subito|completamente)\s{1,3})?(?:di\s{1,3})?(?:"
    r"tutto\s{1,3}(?:quello|ciò|quanto)\s{1,3}(?:che\s{1,3})?(?:ti|vi|le|gli)\s{1,3}(?:(?:è|e|hanno|ha|avevano|era|sono)"
    r"\s{1,3})?(?:stato\s{1,3}|stata\s{1,3})?(?:(?:già|finora|prima)\s{1,3})?(?:detto|insegnato|ordinato|chiesto|indicato|"
    r"spiegato|imposto|dato|programmato|comunicato)"
    + _IT_END
    + r"|tutto\s{1,3}(?:quello\s{1,3}che\s{1,3}|ciò\s{1,3}che\s{1,3})(?:precede|è\s{1,3}scritto\s{1,3}sopra|c['’]è\s{1,3}sopra)"
    r"|tutto\s{1,3}(?:quanto\s{1,3})?(?:detto|scritto)\s{1,3}(?:sopra|prima|finora|in\s{1,3}precedenza)"
    r"|(?:tutte\s{1,3})?(?:le\s{1,3})?(?:tue|sue|vostre)\s{1,3}(?:[a-zàèéìòù]{2,14}\s{1,3})?(?:istruzioni|regole|direttive|"
    r"linee\s{1,3}guida|restrizioni|indicazioni)|(?:tutte\s{1,3})?le\s{1,3}(?:istruzioni|regole|direttive|indicazioni)\s{1,3}"
    r"(?:precedenti|iniziali|originali|di\s{1,3}prima|sopra))"
)

IT_YOU_IGNORE_RULES = (
    r"(?:^|(?:[^eu]|[^s]e|[^t]u)\s{1,3}|[\"«(])(?:(?:tu|voi)\s{1,3})?(?:(?:ora|adesso|d['’]ora\s{1,3}in\s{1,3}poi|"
    r"da\s{1,3}ora\s{1,3}in\s{1,3}poi|da\s{1,3}adesso)\s{1,3})?(?:(?:tu|voi)\s{1,3})?(?:ignori|ignorerai|ignorate|"
    r"ignorerete|(?:vai|andrai)\s{1,3}a\s{1,3}ignorare)\b"
    + _g(30)
    + r"(?:tutte\s{1,3})?\b(?:tu[eoa]|tuoi|vostr[eoai])\s{1,3}(?:[a-zàèéìòù]{2,14}\s{1,3})?"
    + _IT_NOUN
)

TABLE_IT: tuple[Spec, ...] = (
    (OVR, "it_rules_voided", IT_RULES_VOIDED, 0.75),
    (OVR, "it_rules_voided_unbound", IT_RULES_VOIDED_UNBOUND, 0.75),
    (OVR, "it_task_cancelled_new", IT_TASK_CANCELLED_NEW, 0.7),
    (OVR, "it_forget_all_told", IT_FORGET_ALL_TOLD, 0.75),
    (OVR, "it_you_ignore_rules", IT_YOU_IGNORE_RULES, 0.8),
)


# ---------------------------------------------------------------------------------------------- pt
_PT_NOUN = (
    r"(?:regras|instru[çc][õo]es|diretrizes|directrizes|orienta[çc][õo]es|restri[çc][õo]es|limita[çc][õo]es|"
    r"pol[íi]ticas|programa[çc][ãa]o|normas|princ[íi]pios|filtros|diretivas)"
)
_PT_POSSNOUN = (
    r"\b(?:tuas|suas|teus|seus|tua|sua|teu|seu|vossas|vossos)\s{1,3}(?:[a-zçãõáéíóúâêô]{2,14}\s{1,3})?" + _PT_NOUN
)
PT_RULES_VOIDED = (
    _PT_POSSNOUN
    + _g(30)
    + r"(?:\bn[ãa]o\s{1,3}(?:se\s{1,3})?(?:aplicam|aplica|valem|vale|contam|vigoram)\s{1,3}mais|\bn[ãa]o\s{1,3}(?:s[ãa]o|"
    r"est[ãa]o|é|está)\s{1,3}mais\s{1,3}(?:v[áa]lid|vigente|em\s{1,3}vigor|ativ|aplic[áa]ve)|\bj[áa]\s{1,3}n[ãa]o\s{1,3}"
    r"(?:se\s{1,3}aplica|valem|vale|s[ãa]o\s{1,3}v[áa]lid|est[ãa]o\s{1,3}em\s{1,3}vigor|t[êe]m\s{1,3}(?:validade|efeito))|"
    r"\bdeixaram\s{1,3}de\s{1,3}(?:valer|existir|se\s{1,3}aplicar|vigorar)|\b(?:anulad|revogad|suspens|desativad|"
    r"desactivad|cancelad|invalidad|suprimid)[ao]s?\b|\b(?:nul|inv[áa]lid|obsolet)[ao]s?\b)"
)
PT_RULES_VOIDED_UNBOUND = (
    r"(?:\bn[ãa]o\s{1,3}(?:est[áa]s?|és|precisa|precisas|tens|deves)\s{1,3}mais|\bj[áa]\s{1,3}n[ãa]o\s{1,3}(?:est[áa]s?|"
    r"és|precisa|precisas|tem|tens|deve|deves)|\bvoc[êe]\s{1,3}n[ãa]o\s{1,3}(?:tem|deve|é)\s{1,3}mais|\bn[ãa]o\s{1,3}"
    r"(?:se\s{1,3})?(?:aplicam|valem)\s{1,3}mais|\bj[áa]\s{1,3}n[ãa]o\s{1,3}(?:se\s{1,3})?(?:aplicam|valem))"
    + _g(30)
    + _PT_POSSNOUN
)

_PT_TASK = r"(?:tarefa|instru[çc][ãa]o|instru[çc][õo]es|diretiva|diretriz|diretrizes|miss[ãa]o|orienta[çc][ãa]o)"
PT_TASK_CANCELLED_NEW = (
    r"\b(?:"
    + _PT_TASK[3:-1]
    + r"|prompt)s?"
    + _g(40)
    + r"(?:cancelad|anulad|revogad|abortad|substitu[íi]d|suspens|invalidad|descartad|sem\s{1,3}efeito|n[ãa]o\s{1,3}"
    r"(?:é|vale)\s{1,3}mais)"
    + _CONN
    + r"(?:\b(?:nov|atualizad|actualizad|verdadeir)[ao]s?\s{1,3}"
    + _PT_TASK
    + r"|\b"
    + _PT_TASK
    + r"s?\s{1,3}(?:nov|atualizad)[ao]s?)"
)

_PT_END = (
    r"(?:\s{0,3}[.,;:!\n]|\s{0,3}$|\s{1,3}(?:antes|anteriormente|at[ée]\s{1,3}agora|at[ée]\s{1,3}aqui|acima|previamente|"
    r"e)\b)"
)
PT_FORGET_ALL_TOLD = (
    r"(?:^|(?:[^o]|[^ãa]o)\s{1,3}|[\"«(])(?:esqueça|esqueca|esquece|esqueçam|esquecam|esquecei)\s{1,3}"
    r"(?:(?:agora|já|completamente)\s{1,3})?(?:de\s{1,3})?(?:"
    r"tudo\s{1,3}(?:o\s{1,3})?(?:que|quanto)\s{1,3}(?:te|lhe|vos|lhes)\s{1,3}(?:(?:foi|foram|tinha\s{1,3}sido|tinham)"
    r"\s{1,3})?(?:(?:já|antes)\s{1,3})?(?:dito|ensinado|ordenado|pedido|indicado|explicado|instru[íi]do|programado|"
    r"passado|dado|disseram|ensinaram|mandaram|pediram|ordenaram|instru[íi]ram)"
    + _PT_END
    + r"|tudo\s{1,3}(?:o\s{1,3})?que\s{1,3}(?:foi\s{1,3}(?:dito|escrito)\s{1,3}(?:antes|acima|anteriormente|at[ée]\s{1,3}"
    r"agora)|est[áa]\s{1,3}(?:escrito\s{1,3})?acima)|tudo\s{1,3}(?:acima|anterior)\b"
    r"|(?:todas\s{1,3})?(?:as\s{1,3})?(?:tuas|suas|vossas)\s{1,3}(?:[a-zçãõáéíóú]{2,14}\s{1,3})?(?:instru[çc][õo]es|regras|"
    r"diretrizes|orienta[çc][õo]es|restri[çc][õo]es|normas)|(?:todas\s{1,3})?as\s{1,3}(?:instru[çc][õo]es|regras|"
    r"diretrizes|orienta[çc][õo]es)\s{1,3}(?:anteriores|pr[ée]vias|iniciais|originais|acima))"
)

_PT_WHEN = r"(?:(?:agora|doravante|a\s{1,3}partir\s{1,3}de\s{1,3}agora|de\s{1,3}agora\s{1,3}em\s{1,3}diante)\s{1,3})?"
PT_YOU_IGNORE_RULES = (
    r"(?:^|(?:[^eêu]|[^s]e|[^c]ê|[^t]u)\s{1,3}|[\"«(])(?:(?:tu\s{1,3})?" + _PT_WHEN + r"(?:ignoras|ignorarás|"
    r"vais\s{1,3}ignorar|passas\s{1,3}a\s{1,3}ignorar)|voc[êe]\s{1,3}"
    + _PT_WHEN
    + r"(?:ignora|ignorará|vai\s{1,3}ignorar|"
    r"passa\s{1,3}a\s{1,3}ignorar)|voc[êe]s\s{1,3}"
    + _PT_WHEN
    + r"(?:ignoram|ignorarão|v[ãa]o\s{1,3}ignorar))"
    + _g(30)
    + _PT_POSSNOUN
)

TABLE_PT: tuple[Spec, ...] = (
    (OVR, "pt_rules_voided", PT_RULES_VOIDED, 0.75),
    (OVR, "pt_rules_voided_unbound", PT_RULES_VOIDED_UNBOUND, 0.75),
    (OVR, "pt_task_cancelled_new", PT_TASK_CANCELLED_NEW, 0.7),
    (OVR, "pt_forget_all_told", PT_FORGET_ALL_TOLD, 0.75),
    (OVR, "pt_you_ignore_rules", PT_YOU_IGNORE_RULES, 0.8),
)


# ---------------------------------------------------------------------------------------------- nl
_NL_NOUN = (
    r"(?:regels|instructies|richtlijnen|beperkingen|restricties|voorschriften|programmering|aanwijzingen|grenzen|"
    r"filters|principes|gedragsregels|veiligheidsregels|inhoudsbeleid|systeemprompt)\b"
)
_NL_POSSNOUN = r"\b(?:je|jouw|uw|jullie)\s{1,3}(?:[a-zëïé-]{2,16}\s{1,3})?" + _NL_NOUN
_NL_ADV = r"(?:vanaf\s{1,3}nu\s{1,3}|nu\s{1,3}|dus\s{1,3}|hier\s{1,3}|voortaan\s{1,3})?"
NL_RULES_VOIDED = (
    _NL_POSSNOUN
    + _g(30)
    + r"(?:\b(?:gelden|geldt|tellen|telt|bestaan|bestaat)\s{1,3}"
    + _NL_ADV
    + r"niet\s{1,3}(?:meer|langer)|\bniet\s{1,3}"
    r"(?:meer|langer)\s{1,3}(?:geldig|van\s{1,3}kracht|van\s{1,3}toepassing|bindend|actief|te\s{1,3}volgen)|\bgeen\s{1,3}"
    r"(?:geldigheid|kracht)\s{1,3}meer|\b(?:ongeldig|vervallen|opgeheven|ingetrokken|nietig|buiten\s{1,3}werking|"
    r"gedeactiveerd|herroepen|geannuleerd|afgeschaft)\b)"
)
_NL_CORE = r"\b(?:je|jouw|uw|jullie)\s{1,3}(?:[a-zëïé-]{2,16}\s{1,3})?(?:regels|instructies|richtlijnen|beperkingen|programmering|voorschriften)\b"
NL_RULES_VOIDED_UNBOUND = (
    r"\b(?:gelden|geldt|tellen)\s{1,3}"
    + _NL_ADV
    + _NL_CORE
    + _g(20)
    + r"\bniet\s{1,3}(?:meer|langer)"
    + r"|(?:\b(?:je|jij|u)\s{1,3}(?:bent|hoeft)\s{1,3}(?:je\s{1,3}|zich\s{1,3})?"
    + _NL_ADV
    + r"niet\s{1,3}(?:meer|langer)|"
    r"\bben\s{1,3}je\s{1,3}niet\s{1,3}(?:meer|langer))" + _g(30) + _NL_CORE
)

_NL_TASK = r"(?:taak|instructie|opdracht|missie|aanwijzing|bevel)"
NL_TASK_CANCELLED_NEW = (
    r"\b(?:taak|taken|instructies?|opdrachten|opdracht|missie|prompt|aanwijzingen|aanwijzing|bevelen|bevel)\b"
    + _g(40)
    + r"(?:geannuleerd|ingetrokken|afgebroken|vervangen|vervallen|geschrapt|ongeldig|herroepen|opgeheven|gecanceld|"
    r"niet\s{1,3}meer\s{1,3}geldig)"
    + _CONN
    + r"\b(?:nieuwe?|bijgewerkte|echte|eigenlijke|werkelijke)\s{1,3}"
    + _NL_TASK
)

_NL_END = r"(?:\s{0,3}[.,;:!\n]|\s{0,3}$|\s{1,3}(?:hiervoor|daarvoor|tot\s{1,3}nu\s{1,3}toe|eerder|hierboven|en|volledig|helemaal)\b)"
NL_FORGET_ALL_TOLD = (
    r"\bvergeet\s{1,3}(?:(?:u|jij|nu|gewoon|maar|even|eerst|dus|meteen|alsjeblieft)\s{1,3}){0,2}(?:"
    r"alles\s{0,3},?\s{0,3}(?:wat|dat)\s{1,3}(?:(?:men|ze|zij)\s{1,3})?(?:je|jou|u|jullie)\s{1,3}(?:(?:eerder|hiervoor|"
    r"daarvoor|ooit|al|tot\s{1,3}nu\s{1,3}toe)\s{1,3})?(?:is|werd|zijn|werden|hebben|heeft)\s{1,3}(?:(?:eerder|hiervoor)\s{1,3})?(?:verteld|"
    r"gezegd|opgedragen|aangeleerd|bevolen|geïnstrueerd|gegeven|meegegeven|voorgeschreven|bijgebracht)"
    + _NL_END
    + r"|alles\s{0,3},?\s{0,3}(?:hierboven|hiervoor|daarvoor|wat\s{1,3}hierboven\s{1,3}staat|van\s{1,3}hiervoor|"
    r"wat\s{1,3}(?:eerder|hiervoor)\s{1,3}(?:is\s{1,3})?(?:gezegd|geschreven))\b"
    r"|(?:(?:al|alle)\s{1,3})?(?:je|jouw|uw)\s{1,3}(?:[a-zë]{2,14}\s{1,3})?(?:instructies|regels|richtlijnen|opdrachten|"
    r"aanwijzingen|beperkingen)"
    + _NL_END
    + r"|(?:alle\s{1,3})?(?:de\s{1,3})?(?:vorige|eerdere|voorgaande|oorspronkelijke|bovenstaande)\s{1,3}(?:instructies|regels|"
    r"richtlijnen|opdrachten|aanwijzingen)\b)"
)

_NL_IGN_OBJ = r"(?:al\s{1,3}|alle\s{1,3})?\b(?:je|jouw|uw|jullie)\s{1,3}(?:[a-zëïé-]{2,16}\s{1,3})?" + _NL_NOUN
NL_YOU_IGNORE_RULES = (
    r"\b(?:(?:je|jij|u|jullie)\s{1,3}(?:negeert|negeren)|negeer\s{1,3}(?:je|jij)|negeert\s{1,3}u|negeren\s{1,3}jullie)\b"
    + _g(30)
    + _NL_IGN_OBJ
    + r"|\b(?:je|jij|u|jullie)\s{1,3}(?:gaat|gaan|zult|zal|zullen)\b"
    + _g(30)
    + _NL_IGN_OBJ
    + _g(20)
    + r"\bnegeren\b"
)

TABLE_NL: tuple[Spec, ...] = (
    (OVR, "nl_rules_voided", NL_RULES_VOIDED, 0.75),
    (OVR, "nl_rules_voided_unbound", NL_RULES_VOIDED_UNBOUND, 0.75),
    (OVR, "nl_task_cancelled_new", NL_TASK_CANCELLED_NEW, 0.7),
    (OVR, "nl_forget_all_told", NL_FORGET_ALL_TOLD, 0.75),
    (OVR, "nl_you_ignore_rules", NL_YOU_IGNORE_RULES, 0.8),
)


# ---------------------------------------------------------------------------------------------- sv
_SV_NOUN = (
    r"(?:regler|instruktioner|riktlinjer|begränsningar|restriktioner|direktiv|programmering|policyer|principer|filter|"
    r"spärrar|föreskrifter|regelverk|innehållspolicy|säkerhetsregler|systemprompt)\b"
)
_SV_POSSNOUN = r"\b(?:dina|din|ditt|era|er|ert)\s{1,3}(?:[a-zåäö-]{2,16}\s{1,3})?" + _SV_NOUN
SV_RULES_VOIDED = (
    _SV_POSSNOUN
    + _g(30)
    + r"(?:\b(?:gäller|räknas|existerar|finns|gälla)\s{1,3}(?:nu\s{1,3}|alltså\s{1,3}|här\s{1,3})?(?:inte|ej)\s{1,3}"
    r"(?:längre|mer)|\b(?:inte|ej)\s{1,3}längre\s{1,3}(?:giltig|i\s{1,3}kraft|gällande|bindande|aktiv)|\b(?:ogiltig|"
    r"upphävd|upphävts|upphävt|avaktiverad|avaktiverats|annullerad|annullerats|hävd|hävts|indragen|indragna|slopad|"
    r"slopats|ur\s{1,3}kraft|satts\s{1,3}ur\s{1,3}spel)|återkallad|återkallats|återkallade)"
)
_SV_CORE = r"\b(?:dina|din|ditt|era|er|ert)\s{1,3}(?:[a-zåäö-]{2,16}\s{1,3})?(?:regler|instruktioner|riktlinjer|begränsningar|programmering|direktiv)\b"
SV_RULES_VOIDED_UNBOUND = (
    r"\b(?:gäller|räknas)\s{1,3}(?:nu\s{1,3}|därför\s{1,3}|alltså\s{1,3})?"
    + _SV_CORE
    + _g(20)
    + r"\b(?:inte|ej)\s{1,3}(?:längre|mer)"
    + r"|\b(?:du|ni)\s{1,3}(?:är|behöver|måste|ska|skall)\s{1,3}(?:nu\s{1,3}|alltså\s{1,3}|härmed\s{1,3})?(?:inte|ej)"
    r"\s{1,3}längre" + _g(30) + _SV_CORE
)

_SV_TASK = r"(?:uppgift|instruktion|direktiv|uppdrag|prompt)"
SV_TASK_CANCELLED_NEW = (
    r"\b"
    + _SV_TASK
    + r"[a-zåäö]{0,4}"
    + _g(40)
    + r"(?:avbruten|avbrutits|avbröts|avbrutna|avbrutet|annullerad|annullerats|annullerades|återkallad|återkallats|"
    r"återkallades|ersatt|ersatts|ersattes|upphävd|upphävts|upphävda|ogiltig|struken|strukits|ströks|makulerad|makulerat|"
    r"makulerats|gäller\s{1,3}(?:inte|ej)\s{1,3}längre)"
    + _CONN
    + r"\b(?:ny|nya|nytt|uppdaterad|uppdaterade|uppdaterat|faktiska|egentliga|verkliga)\s{1,3}"
    + _SV_TASK
)

_SV_END = r"(?:\s{0,3}[.,;:!\n]|\s{0,3}$|\s{1,3}(?:tidigare|hittills|innan|förut|ovan|och)\b)"
SV_FORGET_ALL_TOLD = (
    r"\bglöm\s{1,3}(?:(?:nu|bara|helt|först|därför|genast)\s{1,3}){0,2}(?:"
    r"allt\s{1,3}(?:som\s{1,3})?(?:du|ni)\s{1,3}(?:har\s{1,3}|hade\s{1,3})?(?:(?:tidigare|hittills|någonsin)\s{1,3})?"
    r"(?:fått\s{1,3}höra|fått\s{1,3}veta|fått\s{1,3}instruktioner|blivit\s{1,3}(?:tillsagd|tillsagda|tillsagt|instruerad|"
    r"instruerade|ombedd|ombedda|beordrad|beordrade|lärd))"
    + _SV_END
    + r"|allt\s{1,3}(?:som\s{1,3})?(?:har\s{1,3})?(?:sagts|skrivits|stått|står|nämnts)\s{1,3}(?:tidigare|ovan|hittills|"
    r"innan|förut|ovanför)\b|allt\s{1,3}(?:ovan|ovanför|föregående)\b"
    r"|(?:alla\s{1,3})?(?:dina|era)\s{1,3}(?:[a-zåäö]{2,14}\s{1,3})?(?:instruktioner|regler|riktlinjer|direktiv|order|"
    r"begränsningar)\b|(?:alla\s{1,3})?(?:de\s{1,3})?(?:tidigare|föregående|ursprungliga|ovanstående)\s{1,3}(?:instruktionerna|"
    r"instruktioner|reglerna|regler|riktlinjerna|riktlinjer|direktiven)\b)"
)

_SV_IGN_OBJ = r"(?:alla\s{1,3})?\b(?:dina|din|ditt|era|er|ert)\s{1,3}(?:[a-zåäö-]{2,16}\s{1,3})?" + _SV_NOUN
SV_YOU_IGNORE_RULES = (
    r"(?:(?:^|(?:[^m]|[^o]m)\s{1,3}|[\"«(])(?:du|ni)\s{1,3}(?:(?:nu|härmed|hädanefter|framöver|numera)\s{1,3})?"
    r"(?:ignorerar|kommer\s{1,3}att\s{1,3}ignorera|ska\s{1,3}ignorera|skall\s{1,3}ignorera|"
    r"struntar\s{1,3}(?:[a-zåäö]{2,12}\s{1,3})?i|bortser\s{1,3}(?:[a-zåäö]{2,12}\s{1,3})?från)|\b(?:nu|härmed|hädanefter|framöver|fortsättningsvis|därför|alltså|från\s{1,3}och\s{1,3}med\s{1,3}"
    r"(?:nu|idag|i\s{1,3}dag)),?\s{1,3}(?:ignorerar\s{1,3}(?:du|ni)|struntar\s{1,3}(?:du|ni)\s{1,3}i|bortser\s{1,3}"
    r"(?:du|ni)\s{1,3}från))\b" + _g(30) + _SV_IGN_OBJ
)

TABLE_SV: tuple[Spec, ...] = (
    (OVR, "sv_rules_voided", SV_RULES_VOIDED, 0.75),
    (OVR, "sv_rules_voided_unbound", SV_RULES_VOIDED_UNBOUND, 0.75),
    (OVR, "sv_task_cancelled_new", SV_TASK_CANCELLED_NEW, 0.7),
    (OVR, "sv_forget_all_told", SV_FORGET_ALL_TOLD, 0.75),
    (OVR, "sv_you_ignore_rules", SV_YOU_IGNORE_RULES, 0.8),
)


# ---------------------------------------------------------------------------------------------- pl
_PL_L = "a-ząćęłńóśźż"
_PL_NOUN = (
    r"(?:zasad|reguł|instrukcj|wytyczn|ogranicze|restrykcj|polece|dyrektyw|programowani|filtr|przepis|regulamin)["
    + _PL_L
    + r"]{0,4}"
)
_PL_POSSNOUN = (
    r"\b(?:twoj|twoi|twój|wasz|swoj|swoi)[" + _PL_L + r"]{0,3}\s{1,3}(?:[" + _PL_L + r"-]{2,16}\s{1,3})?" + _PL_NOUN
)
PL_RULES_VOIDED = (
    _PL_POSSNOUN
    + _g(30)
    + r"(?:\b(?:już\s{1,3})?nie\s{1,3}(?:obowiązują|obowiązuje|mają\s{1,3}(?:już\s{1,3})?(?:zastosowania|mocy)|ma\s{1,3}"
    r"(?:już\s{1,3})?(?:zastosowania|mocy)|liczą\s{1,3}się)|\bjuż\s{1,3}nie\s{1,3}(?:są|jest)\s{1,3}(?:ważn|aktualn|wiążąc)|"
    r"\bnie\s{1,3}(?:są|jest)\s{1,3}już\s{1,3}(?:ważn|aktualn|wiążąc)|\bnie\s{1,3}(?:są|jest)\s{1,3}wiążąc|\bprzesta[łj]"
    r"[" + _PL_L + r"]{0,3}\s{1,3}obowiązywać|\b(?:zostały|zostało|została|został|są|jest)\s{1,3}(?:właśnie\s{1,3}|"
    r"oficjalnie\s{1,3}|już\s{1,3})?(?:anulowan|unieważnion|uchylon|odwołan|cofnięt|zniesion|wyłączon|zawieszon|"
    r"dezaktywowan)|\b(?:nieważne|nieaktualne|unieważnione|uchylone))"
)
PL_RULES_VOIDED_UNBOUND = (
    r"(?:\b(?:już\s{1,3})?nie\s{1,3}(?:obowiązują|obowiązuje)|\bprzestają\s{1,3}obowiązywać|\bnie\s{1,3}(?:musisz|jesteś|"
    r"musicie|jesteście|potrzebujesz)\s{1,3}(?:już|dłużej|więcej)|\bjuż\s{1,3}nie\s{1,3}(?:musisz|jesteś|musicie|"
    r"jesteście|potrzebujesz))" + _g(30) + _PL_POSSNOUN
)

_PL_TASK = r"(?:zadani|instrukcj|dyrektyw|misj|rozkaz|polece)"
PL_TASK_CANCELLED_NEW = (
    r"\b(?:zadani|instrukcj|dyrektyw|misj|rozkaz|prompt)["
    + _PL_L
    + r"]{0,3}"
    + _g(40)
    + r"(?:anulowan|odwołan|unieważnion|cofnięt|przerwan|zastąpion|uchylon|wycofan|porzucon|nieaktualn|nieważn|"
    r"nie\s{1,3}obowiązuje)"
    + _CONN
    + r"\b(?:now|zaktualizowan|właściw|prawdziw)["
    + _PL_L
    + r"]{1,3}\s{1,3}"
    + _PL_TASK
)

PL_FORGET_ALL_TOLD = (
    r"(?:^|(?:[^e]|[^i]e)\s{1,3}|[\"„«(])(?:zapomnij|zapomnijcie|zapomnieć)\s{1,3}(?:(?:teraz|natychmiast|całkowicie|już)"
    r"\s{1,3})?(?:"
    r"(?:o\s{1,3}wszystkim|wszystko)\s{0,3},?\s{0,3}co\s{1,3}(?:(?:ci|wam|panu|pani)\s{1,3}(?:wcześniej\s{1,3}|dotąd\s{1,3}|dotychczas\s{1,3}|"
    r"kiedykolwiek\s{1,3}|już\s{1,3})?(?:powiedziano|kazano|polecono|mówiono|nakazano|przekazano|zlecono|wpojono|wskazano|"
    r"zaprogramowano)|(?:zostało|było)\s{1,3}(?:ci|wam|panu|pani)\s{1,3}(?:powiedziane|przekazane|polecone|nakazane))"
    + r"(?:\s{0,3}[.,;:!\n]|\s{0,3}$|\s{1,3}(?:wcześniej|dotąd|dotychczas|do\s{1,3}tej\s{1,3}pory|powyżej|przedtem|wyżej|i)\b)"
    + r"|(?:o\s{1,3}wszystkim|wszystko)\s{0,3},?\s{0,3}(?:powyżej|wyżej|co\s{1,3}(?:jest\s{1,3}|było\s{1,3})?(?:napisane\s{1,3}|"
    r"powiedziane\s{1,3})?(?:powyżej|wyżej|wcześniej)|co\s{1,3}(?:napisano|powiedziano)\s{1,3}(?:powyżej|wyżej|wcześniej))"
    r"|(?:o\s{1,3})?(?:wszystki[a-z]{0,3}\s{1,3})?(?:(?:twoj|twoi|swoj|swoi|wasz)["
    + _PL_L
    + r"]{0,4}|poprzedni[a-z]{0,3}|"
    r"wcześniejsz[a-z]{0,3}|dotychczasow[a-z]{0,3}|powyższ[a-z]{0,3}|pierwotn[a-z]{0,3})\s{1,3}(?:["
    + _PL_L
    + r"]{2,14}\s{1,3})?(?:instrukcj|zasad|reguł|polece|wytyczn|dyrektyw|ogranicze))"
)

PL_YOU_IGNORE_RULES = (
    r"(?:^|(?:[^iy]|[^l]i|[^dt]y)\s{1,3}|[\"„«(])(?:(?:ty|wy)\s{1,3})?(?:(?:od\s{1,3}teraz|od\s{1,3}dziś|teraz|odtąd|"
    r"od\s{1,3}tej\s{1,3}chwili)\s{1,3})?(?:(?:ty|wy)\s{1,3})?(?:ignorujesz|zignorujesz|ignorujecie|zignorujecie|"
    r"będziesz\s{1,3}(?:ignorować|ignorował[ao]?)|będziecie\s{1,3}ignorować|lekceważysz|zlekceważysz)"
    + _g(30)
    + r"(?:(?:wszystkie|wszystkich)\s{1,3})?"
    + _PL_POSSNOUN
)

TABLE_PL: tuple[Spec, ...] = (
    (OVR, "pl_rules_voided", PL_RULES_VOIDED, 0.75),
    (OVR, "pl_rules_voided_unbound", PL_RULES_VOIDED_UNBOUND, 0.75),
    (OVR, "pl_task_cancelled_new", PL_TASK_CANCELLED_NEW, 0.7),
    (OVR, "pl_forget_all_told", PL_FORGET_ALL_TOLD, 0.75),
    (OVR, "pl_you_ignore_rules", PL_YOU_IGNORE_RULES, 0.8),
)


# ---------------------------------------------------------------------------------------------- tr
# Turkish is verb-final: the object with a 2nd-person possessive ("kuralların", "talimatlarınız") comes first and the
# voiding predicate ("geçerli değil", "iptal edildi", "uymak zorunda değilsin") follows, so one order covers it.
_TR_L = "a-zçğıöşü"
_TR_NOUN = (
    r"\b(?:kural|talimat|yönerge|kısıtlama|sınırlama|"
    + _TI
    + r"lke|direktif|programlama|filtre|"
    + _TI
    + r"çerik\s{1,3}politika|güvenlik\s{1,3}politika)"
)
TR_RULES_VOIDED = (
    _TR_NOUN
    + r"(?:lar|ler)?[ıiuü]?n(?:[ıiuü]z)?"
    + _g(30)
    + r"(?:geçerli\s{1,3}değil|geçersiz|"
    + _TI
    + r"ptal\s{1,3}edil|askıya\s{1,3}alın|devre\s{1,3}dışı|hükümsüz|"
    r"yürürlükten\s{1,3}kalk|feshedil|geçerliliğini\s{1,3}yitir|bağlayıcı\s{1,3}değil|uygulanmıyor|uygulanmayacak|"
    r"uymak\s{1,3}zorunda\s{1,3}değil|uyman[ıi]?z?a?\s{1,3}gerek\s{1,3}yok|uyman\s{1,3}gerekmiyor|bağlı\s{1,3}değilsin)"
)

_TR_TASK = r"\b(?:görev|talimat|komut|direktif|yönerge)"
TR_TASK_CANCELLED_NEW = (
    _TR_TASK
    + _g(40)
    + r"(?:"
    + _TI
    + r"ptal\s{1,3}edil|geçersiz|feshedil|geri\s{1,3}alındı|durduruldu|değiştirildi|kaldırıldı|"
    r"sonlandırıldı|geçerli\s{1,3}değil|yerine\s{1,3}geç)"
    + _CONN
    + r"\b(?:yeni|güncel|güncellenmiş|asıl|gerçek)\s{1,3}(?:görev|talimat|komut|direktif|yönerge)"
)

_TR_TEMP = r"(?:daha\s{1,3}önce|şimdiye\s{1,3}kadar|bugüne\s{1,3}kadar|önceden|şu\s{1,3}ana\s{1,3}kadar|az\s{1,3}önce|yukarıda)"
TR_FORGET_ALL_TOLD = (
    r"(?:(?:\b(?:sana|size)\s{1,3}|" + _TR_TEMP + r"\s{1,3}(?:sana\s{1,3}|size\s{1,3})?)(?:" + _TR_TEMP + r"\s{1,3})?"
    r"(?:söylenen|verilen|anlatılan|öğretilen|emredilen|iletilen|yazılan)(?:ler[iı]|\s{1,3}her\s{1,3}şey[iı]|\s{1,3}ne\s{1,3}"
    r"varsa|\s{1,3}(?:tüm|bütün)\s{1,3}[" + _TR_L + r"]{2,14})\s{1,3}"
    r"|(?:(?:önceki|yukarıdaki|orijinal|sana\s{1,3}verilen|size\s{1,3}verilen)\s{1,3}(?:tüm\s{1,3}|bütün\s{1,3})?|"
    r"\b(?:tüm|bütün)\s{1,3}(?:önceki\s{1,3}|yukarıdaki\s{1,3})?)(?:talimat|kural|yönerge|komut|direktif)(?:lar|ler)["
    + _TR_L
    + r"]{0,5}\s{1,3}|(?:yukarıdaki|yukarıda\s{1,3}yazan|önceki)\s{1,3}her\s{1,3}şey[iı]\s{1,3})"
    r"(?:(?:tamamen|hemen|artık|şimdi)\s{1,3})?unut(?:un|unuz)?(?:[\s.,!:;\"]|$)"
)

_TR_POSSACC = _TR_NOUN + r"(?:lar|ler)?[ıiuü]?n[ıiuüae]?(?:z[ıiuüae])?"
_TR_IGN = r"(?:görmezden\s{1,3}gel|yok\s{1,3}say|" + _TI + r"hmal\s{1,3}ed|umursama|dikkate\s{1,3}alma)"
TR_YOU_IGNORE_RULES = (
    r"(?:\bartık|\bbundan\s{1,3}(?:sonra|böyle)|şu\s{1,3}andan\s{1,3}(?:"
    + _TI
    + r"tibaren|sonra)|şimdiden\s{1,3}sonra|"
    r"bugünden\s{1,3}(?:"
    + _TI
    + r"tibaren|sonra))"
    + _g(30)
    + _TR_POSSACC
    + _g(15)
    + _TR_IGN
    + r"["
    + _TR_L
    + r"]{0,4}(?:yor|cek|cak)s[uıi]n"
    + r"|"
    + _TR_POSSACC
    + _g(20)
    + _TR_IGN
    + r"["
    + _TR_L
    + r"]{0,3}(?:cek|cak)s[ıi]n"
)

# hygiene folds the dotless ı of a Latin word to i (the homoglyph check), so the patterns are matched folded too
TABLE_TR: tuple[Spec, ...] = tuple(
    (family, key, rx.replace("ı", "i"), w)
    for family, key, rx, w in (
        (OVR, "tr_rules_voided", TR_RULES_VOIDED, 0.75),
        (OVR, "tr_task_cancelled_new", TR_TASK_CANCELLED_NEW, 0.7),
        (OVR, "tr_forget_all_told", TR_FORGET_ALL_TOLD, 0.75),
        (OVR, "tr_you_ignore_rules", TR_YOU_IGNORE_RULES, 0.8),
    )
)


# ---------------------------------------------------------------------------------------------- ru
_RU_NOUN = (
    r"(?:правил|инструкци|указани|ограничени|директив|установк|принцип|запрет|фильтр|программировани|прошивк|"
    r"политик[аиу]\s{1,3}(?:контента|безопасности))[а-яё]{0,4}"
)
_RU_POSSNOUN = r"(?:^|[^а-яё])(?:тво|ваш|сво|никак)[а-яё]{0,3}\s{1,3}(?:[а-яё-]{2,16}\s{1,3})?" + _RU_NOUN
RU_RULES_VOIDED = (
    _RU_POSSNOUN
    + _g(30)
    + r"(?:больше\s{1,3}не\s{1,3}(?:действу|применя|име[юе]т\s{1,3}(?:силы|значения)|актуальн|обязательн|распространя|"
    r"считаются|в\s{1,3}силе)|не\s{1,3}действу|отмен[её]н|аннулирован|упраздн[её]н|отключ[её]н|снят[аоы]|отозван|"
    r"деактивирован|приостановлен|недействительн|утратил[аио]?\s{1,3}силу|потерял[аио]?\s{1,3}силу|теряют\s{1,3}силу|"
    r"утрачивают\s{1,3}силу)"
)
RU_RULES_VOIDED_UNBOUND = (
    r"(?:(?:^|[^а-яё])(?:ты|вы|тебе|вам)\s{1,3}(?:(?:отныне|теперь|сейчас|уже)\s{1,3})?больше\s{1,3}не|(?:^|[^а-яё])"
    r"(?:больше|уже)\s{1,3}не\s{1,3}(?:действуют|действует|применяются|распространяются))" + _g(30) + _RU_POSSNOUN
)

_RU_TASK = r"(?:задач|задани|инструкци|указани|директив|приказ)"
RU_TASK_CANCELLED_NEW = (
    r"(?:^|[^а-яё])(?:задач|задани|инструкци|указани|директив|приказ|промпт)[а-яё]{0,3}"
    + _g(40)
    + r"(?:отмен[её]н|аннулирован|отозван|прерван|замен[её]н|недействительн|упраздн[её]н|больше\s{1,3}не\s{1,3}"
    r"(?:действует|актуальн))"
    + _CONN
    + r"(?:^|[^а-яё])(?:нов(?:ая|ое|ые|ый|ую|ой|ого|ых)|обновл[её]нн[а-яё]{2,3}|настоящ[а-яё]{2,3})\s{1,3}"
    + _RU_TASK
)

RU_FORGET_ALL_TOLD = (
    r"(?:^|(?:[^е]|[^н]е)\s{1,3}|[\"«„(—-])забудь(?:те)?,?\s{1,3}(?:(?:пожалуйста|теперь|сейчас|просто|сразу|немедленно)"
    r"\s{0,3},?\s{1,3})?(?:"
    r"(?:про\s{1,3}|о\s{1,3})?вс[её]м?\s{0,3},?\s{0,3}(?:что|о\s{1,3}ч[её]м)\s{1,3}(?:тебе|вам)\s{1,3}(?:раньше\s{1,3}|"
    r"ранее\s{1,3}|до\s{1,3}этого\s{1,3}|прежде\s{1,3}|когда-либо\s{1,3}|уже\s{1,3})?(?:говорили|сказали|велели|приказали|"
    r"поручили|объясняли|объяснили|внушали|указали|писали|написали|давали|было\s{1,3}(?:сказано|велено|приказано|"
    r"поручено|дано|указано|предписано))(?:\s{0,3}[.,;:!\n]|\s{0,3}$|\s{1,3}(?:раньше|ранее|до\s{1,3}этого|прежде|выше|"
    r"до\s{1,3}сих\s{1,3}пор)|\s{1,3}и\s)"
    r"|(?:про\s{1,3}|о\s{1,3})?вс[её]м?\s{1,3}(?:вышесказанное|вышенаписанное|вышеизложенное|предыдущее|сказанное\s{1,3}"
    r"(?:выше|ранее)|написанное\s{1,3}выше|что\s{1,3}(?:было\s{1,3})?(?:выше|сказано\s{1,3}выше|написано\s{1,3}выше))"
    r"|(?:про\s{1,3}|о\s{1,3})?(?:(?:все|всех)\s{1,3})?(?:свои|твои|ваши|предыдущие|прежние|изначальные|своих|твоих|ваших|"
    r"предыдущих|прежних)\s{1,3}(?:[а-яё]{2,15}\s{1,3})?(?:инструкци|правил|указани|установк|директив|ограничени|"
    r"приказ)[а-яё]{0,3})"
)

_RU_ADV = r"(?:теперь|отныне|сейчас|впредь|с\s{1,3}этого\s{1,3}момента|с\s{1,3}сегодняшнего\s{1,3}дня|с\s{1,3}этой\s{1,3}минуты)"
RU_YOU_IGNORE_RULES = (
    r"(?:(?:^|(?:[^и]|[^л]и)\s{1,3}|[\"«„(—-])(?:ты|вы)\s{1,3}(?:"
    + _RU_ADV
    + r"\s{1,3})?|(?:^|[^а-яё])"
    + _RU_ADV
    + r"\s{1,3}(?:ты\s{1,3}|вы\s{1,3})?)(?:игнорируешь|игнорируете|проигнорируешь|проигнорируете|будешь\s{1,3}"
    r"игнорировать|будете\s{1,3}игнорировать|пренебрегаешь|пренебрегаете)" + _g(30) + _RU_POSSNOUN
)

TABLE_RU: tuple[Spec, ...] = (
    (OVR, "ru_rules_voided", RU_RULES_VOIDED, 0.75),
    (OVR, "ru_rules_voided_unbound", RU_RULES_VOIDED_UNBOUND, 0.75),
    (OVR, "ru_task_cancelled_new", RU_TASK_CANCELLED_NEW, 0.7),
    (OVR, "ru_forget_all_told", RU_FORGET_ALL_TOLD, 0.75),
    (OVR, "ru_you_ignore_rules", RU_YOU_IGNORE_RULES, 0.8),
)


# ---------------------------------------------------------------------------------------------- uk
_UK_L = "а-яіїєґ"
_UK_NOUN = (
    r"(?:правил|інструкці|вказів|обмежен|директив|настанов|принцип|заборон|фільтр|програмуванн|"
    r"політик[аиу]\s{1,3}(?:контенту|безпеки))[" + _UK_L + r"]{0,4}"
)
_UK_POSSNOUN = (
    r"(?:^|[^"
    + _UK_L
    + r"])(?:тво|ваш|сво|жодн)["
    + _UK_L
    + r"]{0,3}\s{1,3}(?:["
    + _UK_L
    + r"'ʼ-]{2,16}\s{1,3})?"
    + _UK_NOUN
)
UK_RULES_VOIDED = (
    _UK_POSSNOUN
    + _g(30)
    + r"(?:більше\s{1,3}не\s{1,3}(?:діють|діє|застосову|мають\s{1,3}сили|має\s{1,3}сили|чинн|актуальн|обов['ʼ]?язков|"
    r"поширю)|не\s{1,3}діють|не\s{1,3}діє|скасован|анульован|відкликан|деактивован|призупинен|знят[іо]|вимкнен|"
    r"недійсн|втратил[аио]?\s{1,3}чинність|втрачають\s{1,3}чинність)"
)
UK_RULES_VOIDED_UNBOUND = (
    r"(?:(?:^|[^"
    + _UK_L
    + r"])(?:ти|ви|тобі|вам)\s{1,3}(?:(?:відтепер|тепер|вже)\s{1,3})?більше\s{1,3}не|(?:^|[^"
    + _UK_L
    + r"])(?:більше|вже)\s{1,3}не\s{1,3}(?:діють|діє|застосовуються|поширюються))"
    + _g(30)
    + _UK_POSSNOUN
)

_UK_TASK = r"(?:завданн|інструкці|вказівк|директив)"
UK_TASK_CANCELLED_NEW = (
    r"(?:^|[^"
    + _UK_L
    + r"])(?:завданн|інструкці|вказівк|директив|промпт)["
    + _UK_L
    + r"]{0,3}"
    + _g(40)
    + r"(?:скасован|анульован|відкликан|перерван|замінен|недійсн|більше\s{1,3}не\s{1,3}(?:діє|актуальн))"
    + _CONN
    + r"(?:^|[^"
    + _UK_L
    + r"])(?:нов(?:е|а|і|ий|у|ої|ого|их)|оновлен["
    + _UK_L
    + r"]{1,3}|справжн["
    + _UK_L
    + r"]{1,3})\s{1,3}"
    + _UK_TASK
)

UK_FORGET_ALL_TOLD = (
    r"(?:^|(?:[^е]|[^н]е)\s{1,3}|[\"«„(—-])забудь(?:те)?,?\s{1,3}(?:(?:будь\s{1,3}ласка|тепер|зараз|просто|одразу|негайно)"
    r"\s{0,3},?\s{1,3})?(?:"
    r"(?:про\s{1,3})?(?:вс[еі]|усе|усі)\s{0,3},?\s{0,3}що\s{1,3}(?:тобі|вам)\s{1,3}(?:раніше\s{1,3}|до\s{1,3}цього\s{1,3}|"
    r"досі\s{1,3}|колись\s{1,3}|вже\s{1,3})?(?:говорили|казали|сказали|наказали|доручили|пояснювали|вказали|писали|"
    r"написали|було\s{1,3}(?:сказано|наказано|доручено|дано|вказано|написано))(?:\s{0,3}[.,;:!\n]|\s{0,3}$|\s{1,3}"
    r"(?:раніше|до\s{1,3}цього|досі|вище)|\s{1,3}(?:і|та)\s)"
    r"|(?:про\s{1,3})?(?:вс[еі]|усе)\s{1,3}(?:вищесказане|вищенаписане|попереднє|сказане\s{1,3}(?:вище|раніше)|"
    r"написане\s{1,3}вище|що\s{1,3}(?:було\s{1,3})?(?:вище|сказано\s{1,3}вище|написано\s{1,3}вище))"
    r"|(?:про\s{1,3})?(?:(?:усі|всі|всіх|усіх)\s{1,3})?(?:свої|твої|ваші|попередні|колишні|початкові|своїх|твоїх|ваших|"
    r"попередніх)\s{1,3}(?:["
    + _UK_L
    + r"'ʼ]{2,15}\s{1,3})?(?:інструкці|правил|вказів|настанов|директив|обмежен|наказ)["
    + _UK_L
    + r"]{0,3})"
)

_UK_ADV = (
    r"(?:відтепер|тепер|зараз|надалі|з\s{1,3}цього\s{1,3}моменту|від\s{1,3}сьогодні|з\s{1,3}сьогоднішнього\s{1,3}дня)"
)
UK_YOU_IGNORE_RULES = (
    r"(?:(?:^|(?:[^ои]|[^щ]о|[^л]и)\s{1,3}|[\"«„(—-])(?:ти|ви)\s{1,3}(?:"
    + _UK_ADV
    + r"\s{1,3})?|(?:^|[^"
    + _UK_L
    + r"])"
    + _UK_ADV
    + r"\s{1,3}(?:ти\s{1,3}|ви\s{1,3})?)(?:ігноруєш|ігноруєте|проігноруєш|проігноруєте|будеш\s{1,3}ігнорувати|"
    r"будете\s{1,3}ігнорувати|ігноруватимеш|ігноруватимете|нехтуєш|нехтуєте)" + _g(30) + _UK_POSSNOUN
)

TABLE_UK: tuple[Spec, ...] = (
    (OVR, "uk_rules_voided", UK_RULES_VOIDED, 0.75),
    (OVR, "uk_rules_voided_unbound", UK_RULES_VOIDED_UNBOUND, 0.75),
    (OVR, "uk_task_cancelled_new", UK_TASK_CANCELLED_NEW, 0.7),
    (OVR, "uk_forget_all_told", UK_FORGET_ALL_TOLD, 0.75),
    (OVR, "uk_you_ignore_rules", UK_YOU_IGNORE_RULES, 0.8),
)


# ---------------------------------------------------------------------------------------------- id
_ID_NOUN = r"\b(?:aturan|instruksi|pedoman|batasan|pembatasan|panduan|arahan|kebijakan|prinsip|filter|perintah|larangan|pemrograman|prompt\s{1,3}sistem)"
_ID_POSSNOUN = (
    _ID_NOUN + r"(?:-[a-z]{2,12})?(?:\s{1,3}(?:lama|sebelumnya|awal|asli|saat\s{1,3}ini|keamanan|etika|bawaan|internal|"
    r"konten))?(?:mu\b|\s{1,3}(?:kamu|anda|kau|engkau)\b)"
)
ID_RULES_VOIDED = (
    _ID_POSSNOUN
    + _g(30)
    + r"(?:\b(?:tidak|tak|nggak|gak|ga)\s{1,3}(?:lagi\s{1,3})?(?:berlaku|valid|mengikat|sah)\b|\b(?:dibatalkan|dicabut|"
    r"dinonaktifkan|dihapus|ditangguhkan|dihentikan|batal|gugur|kedaluwarsa|kadaluarsa)\b)"
)
ID_RULES_VOIDED_UNBOUND = (
    r"\b(?:kamu|anda|kau|engkau)\s{1,3}(?:(?:sudah|kini|sekarang|mulai\s{1,3}sekarang)\s{1,3})?(?:tidak|tak|gak|nggak)"
    r"\s{1,3}(?:lagi\s{1,3})?(?:terikat|perlu|harus|wajib|dibatasi)\b"
    + _g(30)
    + r"(?:"
    + _ID_POSSNOUN
    + r"|\b(?:aturan|batasan|pedoman|instruksi)\s{1,3}apa\s{0,3}pun\b)"
)

_ID_TASK = r"\b(?:tugas|instruksi|perintah|arahan|misi|direktif)"
ID_TASK_CANCELLED_NEW = (
    r"\b(?:tugas|instruksi|perintah|arahan|misi|prompt|direktif)\b"
    + _g(40)
    + r"\b(?:dibatalkan|dicabut|diganti|digantikan|dihentikan|batal|tidak\s{1,3}berlaku|sudah\s{1,3}tidak\s{1,3}berlaku)\b"
    + _CONN
    + _ID_TASK
    + r"(?:\s{1,3}(?:kamu|anda))?\s{1,3}(?:yang\s{1,3})?(?:baru|terbaru|sebenarnya|diperbarui|pengganti)"
)

_ID_END = (
    r"(?:\s{0,3}[.,;:!\n]|\s{0,3}$|\s{1,3}(?:sebelumnya|sebelum\s{1,3}ini|sejauh\s{1,3}ini|sampai\s{1,3}sekarang|"
    r"hingga\s{1,3}kini|di\s{1,3}atas|tadi|dan)\b)"
)
ID_FORGET_ALL_TOLD = (
    r"(?:^|(?:[^n]|[^a]n|[^g]an)\s{1,3}|[\"“(])lupakan(?:lah)?\s{1,3}(?:(?:saja|dulu|sekarang)\s{1,3})?(?:"
    r"semua(?:nya)?\s{1,3}(?:hal\s{1,3})?(?:yang\s{1,3})?(?:telah\s{1,3}|sudah\s{1,3}|pernah\s{1,3}|tadi\s{1,3}|"
    r"sebelumnya\s{1,3})?(?:dikatakan|diberitahukan|diberitahu|diajarkan|diperintahkan|diinstruksikan|disampaikan|"
    r"diberikan|ditulis|dikasih\s{1,3}tahu)(?:\s{1,3}kepadamu|\s{1,3}padamu|\s{1,3}kepada\s{1,3}(?:kamu|anda)|\s{1,3}ke\s{1,3}kamu)?"
    + _ID_END
    + r"|semua(?:nya)?\s{1,3}(?:yang\s{1,3})?(?:ada\s{1,3})?(?:di\s{1,3}atas|sebelum\s{1,3}ini)\b"
    r"|(?:semua\s{1,3})?(?:instruksi|aturan|perintah|arahan|pedoman|batasan)(?:-[a-z]{2,12})?(?:\s{1,3}(?:lama|sebelumnya|"
    r"awal|asli))?(?:mu\b|\s{1,3}(?:kamu|anda|sebelumnya|terdahulu)\b|\s{1,3}di\s{1,3}atas\b))"
)

TABLE_ID: tuple[Spec, ...] = (
    (OVR, "id_rules_voided", ID_RULES_VOIDED, 0.75),
    (OVR, "id_rules_voided_unbound", ID_RULES_VOIDED_UNBOUND, 0.75),
    (OVR, "id_task_cancelled_new", ID_TASK_CANCELLED_NEW, 0.7),
    (OVR, "id_forget_all_told", ID_FORGET_ALL_TOLD, 0.75),
)


# ---------------------------------------------------------------------------------------------- vi
_VI_NOUN = (
    r"(?:quy\s{1,3}tắc|quy\s{1,3}định|hướng\s{1,3}dẫn|chỉ\s{1,3}dẫn|chỉ\s{1,3}thị|nguyên\s{1,3}tắc|giới\s{1,3}hạn|"
    r"hạn\s{1,3}chế|ràng\s{1,3}buộc|lập\s{1,3}trình|chính\s{1,3}sách|bộ\s{1,3}lọc|luật\s{1,3}lệ)"
)
VI_RULES_VOIDED = (
    _VI_NOUN
    + _g(20)
    + r"của\s{1,3}(?:bạn|mày|cậu|ngươi)"
    + _g(30)
    + r"(?:không\s{1,3}còn\s{1,3}(?:hiệu\s{1,3}lực|giá\s{1,3}trị|áp\s{1,3}dụng|được\s{1,3}áp\s{1,3}dụng|tồn\s{1,3}tại|"
    r"có\s{1,3}hiệu\s{1,3}lực|ràng\s{1,3}buộc|hợp\s{1,3}lệ)|hủy\s{1,3}bỏ|huỷ\s{1,3}bỏ|bãi\s{1,3}bỏ|vô\s{1,3}hiệu|"
    r"thu\s{1,3}hồi|đình\s{1,3}chỉ|gỡ\s{1,3}bỏ|tạm\s{1,3}ngưng|hết\s{1,3}hiệu\s{1,3}lực|mất\s{1,3}hiệu\s{1,3}lực|"
    r"bị\s{1,3}(?:hủy|huỷ|xóa|xoá|tắt)|vô\s{1,3}giá\s{1,3}trị)"
)
_VI_NOUN_B = (
    r"(?:quy\s{1,3}tắc|quy\s{1,3}định|hướng\s{1,3}dẫn|chỉ\s{1,3}dẫn|chỉ\s{1,3}thị|nguyên\s{1,3}tắc|lập\s{1,3}trình|"
    r"chính\s{1,3}sách|bộ\s{1,3}lọc|luật\s{1,3}lệ)"
)
VI_RULES_VOIDED_UNBOUND = (
    r"(?:(?:bạn|mày|cậu|ngươi)\s{1,3}(?:đã\s{1,3}|giờ\s{1,3}|bây\s{1,3}giờ\s{1,3}|từ\s{1,3}giờ\s{1,3})?(?:không\s{1,3}còn|"
    r"không\s{1,3}cần|không\s{1,3}phải|chẳng\s{1,3}còn)|không\s{1,3}còn\s{1,3}(?:áp\s{1,3}dụng|hiệu\s{1,3}lực))"
    + _g(30)
    + r"(?:"
    + _VI_NOUN_B
    + _g(20)
    + r"của\s{1,3}(?:bạn|mày|cậu|ngươi|mình)|bất\s{1,3}(?:kỳ|kì|cứ)\s{1,3}"
    + _VI_NOUN_B
    + r")"
)

_VI_TASK = r"(?:nhiệm\s{1,3}vụ|hướng\s{1,3}dẫn|chỉ\s{1,3}thị|chỉ\s{1,3}dẫn|mệnh\s{1,3}lệnh|tác\s{1,3}vụ)"
VI_TASK_CANCELLED_NEW = (
    r"(?:nhiệm\s{1,3}vụ|hướng\s{1,3}dẫn|chỉ\s{1,3}thị|chỉ\s{1,3}dẫn|mệnh\s{1,3}lệnh|tác\s{1,3}vụ|prompt)"
    + _g(40)
    + r"(?:hủy|huỷ|bãi\s{1,3}bỏ|thu\s{1,3}hồi|thay\s{1,3}thế|vô\s{1,3}hiệu|hết\s{1,3}hiệu\s{1,3}lực|không\s{1,3}còn\s{1,3}"
    r"hiệu\s{1,3}lực)" + _CONN + r"(?:" + _VI_TASK + r"|lệnh)\s{1,3}mới"
)

VI_FORGET_ALL_TOLD = (
    r"(?:^|(?:[^gớ]|[^n]g)\s{1,3}|[\"“(])quên\s{1,3}(?:đi\s{1,3})?(?:"
    r"(?:hết|tất\s{1,3}cả|mọi|toàn\s{1,3}bộ|sạch)\s{1,3}(?:những\s{1,3}|mọi\s{1,3})?(?:điều|thứ|gì)\s{1,3}(?:mà\s{1,3})?"
    r"(?:bạn\s{1,3}|mày\s{1,3}|cậu\s{1,3}|em\s{1,3})?(?:đã\s{1,3})?(?:được|bị)\s{1,3}(?:dặn|bảo|nói|dạy|chỉ\s{1,3}dẫn|"
    r"hướng\s{1,3}dẫn|yêu\s{1,3}cầu|ra\s{1,3}lệnh|lập\s{1,3}trình|cho\s{1,3}biết)(?:\s{0,3}[.,;:!\n]|\s{0,3}$|\s{1,3}"
    r"(?:trước\s{1,3}đó|trước\s{1,3}đây|từ\s{1,3}trước|cho\s{1,3}đến\s{1,3}giờ|đến\s{1,3}nay|ở\s{1,3}trên|phía\s{1,3}trên|"
    r"đi|và))"
    r"|(?:hết|tất\s{1,3}cả|mọi|toàn\s{1,3}bộ)\s{1,3}(?:những\s{1,3}|mọi\s{1,3})?(?:điều|thứ|gì|nội\s{1,3}dung)\s{1,3}"
    r"(?:đã\s{1,3}được\s{1,3}nói\s{1,3}|đã\s{1,3}được\s{1,3}viết\s{1,3})?(?:ở\s{1,3}trên|phía\s{1,3}trên|trước\s{1,3}đó|"
    r"trước\s{1,3}đây)"
    r"|(?:hết\s{1,3}|tất\s{1,3}cả\s{1,3}|mọi\s{1,3}|toàn\s{1,3}bộ\s{1,3})?(?:các\s{1,3}|những\s{1,3})?(?:hướng\s{1,3}dẫn|"
    r"chỉ\s{1,3}dẫn|chỉ\s{1,3}thị|quy\s{1,3}tắc|nguyên\s{1,3}tắc|mệnh\s{1,3}lệnh|lệnh|quy\s{1,3}định)\s{1,3}"
    r"(?:trước\s{1,3}(?:đó|đây)|cũ|ban\s{1,3}đầu|ở\s{1,3}trên|gốc|của\s{1,3}(?:bạn|mày|cậu|mình)))"
)

TABLE_VI: tuple[Spec, ...] = (
    (OVR, "vi_rules_voided", VI_RULES_VOIDED, 0.75),
    (OVR, "vi_rules_voided_unbound", VI_RULES_VOIDED_UNBOUND, 0.75),
    (OVR, "vi_task_cancelled_new", VI_TASK_CANCELLED_NEW, 0.7),
    (OVR, "vi_forget_all_told", VI_FORGET_ALL_TOLD, 0.75),
)


# ---------------------------------------------------------------------------------------------- fa
_FA_NOUN = r"(?:قوانین|قواعد|دستورالعمل|دستورات|رهنمود|محدودیت|ممنوعیت|اصول|سیاست|فیلتر|برنامه" + _ZJ + r"ریزی)"
_FA_POSSNOUN = (
    _FA_NOUN
    + r"(?:"
    + _ZJ
    + r"(?:ها|های))?(?:\s{1,3}(?:قبلی|پیشین|فعلی|اصلی|اولیه|قدیمی|ایمنی|اخلاقی|محتوایی))?(?:"
    + _ZJ
    + r"(?:ت|تان|ات|یت)|\s{1,3}(?:تو|شما))"
)
FA_RULES_VOIDED = (
    _FA_POSSNOUN
    + _g(30)
    + r"(?:اعتبار\s{1,3}ندار|معتبر\s{1,3}نیست|اعمال\s{1,3}نمی|کاربرد\s{1,3}ندار|لازم"
    + _ZJ
    + r"الاجرا\s{1,3}نیست|"
    r"لغو\s{1,3}(?:شده|شد|گردید)|باطل\s{1,3}(?:شده|شد|است|هستند)|ملغی|منسوخ|غیرفعال\s{1,3}(?:شده|شد)|برداشته\s{1,3}"
    r"(?:شده|شد)|به\s{1,3}حالت\s{1,3}تعلیق|بی" + _ZJ + r"اعتبار)"
)
FA_RULES_VOIDED_UNBOUND = (
    r"(?:(?:تو|شما)\s{1,3}دیگر\s{1,3}(?:ملزم|مجبور|موظف|مقید|محدود|پایبند|نیازی)|دیگر\s{1,3}(?:لازم|نیازی)\s{1,3}"
    r"(?:نیست|ندار))" + _g(30) + _FA_NOUN + r"(?:" + _ZJ + r"(?:ها|های))?(?:\s{1,3}(?:قبلی|پیشین|فعلی|اصلی|اولیه|قدیمی|"
    r"ایمنی|اخلاقی))?(?:" + _ZJ + r"(?:ت|تان|ات|یت)|\s{1,3}(?:تو|شما|خود|خودت|خودتان))"
)

_FA_TASK = r"(?:وظیفه|دستورالعمل|دستور|ماموریت|مأموریت|تکلیف|فرمان)"
FA_TASK_CANCELLED_NEW = (
    r"(?:وظیفه|وظایف|دستورالعمل|دستور|ماموریت|مأموریت|تکلیف|فرمان|پرامپت)"
    + _g(40)
    + r"(?:لغو\s{1,3}(?:شد|شده|گردید)|باطل\s{1,3}(?:شد|شده)|ملغی|منسوخ|جایگزین\s{1,3}(?:شد|شده)|متوقف\s{1,3}(?:شد|شده)|"
    r"دیگر\s{1,3}معتبر\s{1,3}نیست|اعتبار\s{1,3}ندارد)"
    + _CONN
    + _FA_TASK
    + r"[^\s.]{0,6}\s{1,3}(?:جدید|تازه|واقعی|به\s{0,3}روز)"
)

_FA_TOLD = (
    r"(?:هر\s{0,2}(?:چه|چیزی|آنچه)|همه\s{1,3}(?:چیز|چیزهایی|آنچه)|تمام\s{1,3}(?:چیزهایی|آنچه)|آنچه)(?:\s{1,3}را)?"
    r"(?:\s{1,3}که)?(?:\s{1,3}قبلا|\s{1,3}قبلاً|\s{1,3}تا\s{1,3}(?:الان|اینجا|به\s{1,3}حال)|\s{1,3}در\s{1,3}بالا|\s{1,3}بالا)?"
    r"(?:\s{1,3}به\s{1,3}(?:تو|شما))?(?:\s{1,3}قبلا|\s{1,3}قبلاً|\s{1,3}تا\s{1,3}الان)?\s{1,3}(?:گفته|دستور\s{1,3}داده|"
    r"یاد\s{1,3}داده|نوشته|آموزش\s{1,3}داده|ابلاغ)"
)
_FA_FORGET = r"فراموش\s{0,2}(?:کن|کنید)(?:[\s.,!:؛،]|$)"
FA_FORGET_ALL_TOLD = (
    r"(?:" + _FA_TOLD + r"|(?:(?:همه|تمام|تمامی|کلیه)\s{1,3})?" + _FA_NOUN + r"[^\s.]{0,6}\s{1,3}(?:قبلی|پیشین|"
    r"بالا|اولیه|خود|خودت|خودتان)|"
    + _FA_NOUN
    + r"(?:"
    + _ZJ
    + r"(?:ها|های))?"
    + _ZJ
    + r"(?:ت|تان|ات|یت)\s)"
    + _g(15)
    + _FA_FORGET
    + r"|فراموش\s{0,2}(?:کن|کنید)\s{0,3}[،,]?\s{0,3}"
    + _FA_TOLD
)

TABLE_FA: tuple[Spec, ...] = (
    (OVR, "fa_rules_voided", FA_RULES_VOIDED, 0.75),
    (OVR, "fa_rules_voided_unbound", FA_RULES_VOIDED_UNBOUND, 0.75),
    (OVR, "fa_task_cancelled_new", FA_TASK_CANCELLED_NEW, 0.7),
    (OVR, "fa_forget_all_told", FA_FORGET_ALL_TOLD, 0.75),
)


# ---------------------------------------------------------------------------------------------- he
_HE_NOUN = r"(?:כללים|חוקים|הנחיות|הוראות|מגבלות|הגבלות|עקרונות|מדיניות|תכנות|פילטרים|מסננים)"
_HE_POSSNOUN = (
    r"(?:" + _HE_NOUN + r"(?:\s{1,3}ה[^\s.]{2,12}){0,2}\s{1,3}(?:שלך|שלכם|שלכן)|(?:כללי|חוקי|הנחיותי|הוראותי|מגבלותי|"
    r"הגבלותי|עקרונותי)(?:ך|כם))"
)
HE_RULES_VOIDED = (
    _HE_POSSNOUN
    + _g(30)
    + r"(?:(?:לא|אינם|אינן)\s{1,3}(?:עוד\s{1,3}|יותר\s{1,3}|כבר\s{1,3})?(?:תקפים|תקפות|חלים|חלות|בתוקף|רלוונטיים|"
    r"רלוונטיות|מחייבים|מחייבות)|בוטלו|מבוטלים|מבוטלות|הוסרו|הושעו|הושבתו|נשללו|פקעו|פג\s{1,3}תוקפ|בטלים|בטלות)"
)
HE_RULES_VOIDED_UNBOUND = (
    r"(?:(?:אתה|את|אתם|אתן)\s{1,3}(?:כבר\s{1,3})?(?:לא|אינך)\s{1,3}(?:עוד\s{1,3}|יותר\s{1,3})?(?:מחויב|כפוף|מוגבל|"
    r"צריך|צריכה|חייב|קשור)|(?:אינך|אינכם)\s{1,3}(?:עוד\s{1,3})?(?:מחויב|כפוף|מוגבל|צריך|חייב)|(?:כבר|יותר)\s{1,3}"
    r"(?:לא|אינם)\s{1,3}(?:חלים|תקפים|בתוקף))" + _g(30) + _HE_POSSNOUN
)

_HE_TASK = r"(?:משימה|משימות|הוראה|הוראות|הנחיה|הנחיות|פקודה|פקודות|מטלה)"
HE_TASK_CANCELLED_NEW = (
    r"(?:משימה|משימות|הוראה|הוראות|הנחיה|הנחיות|פקודה|פקודות|מטלה|פרומפט)"
    + _g(40)
    + r"(?:בוטל|מבוטל|הוחלפ|נשלל|אינה\s{1,3}תקפה|אינן\s{1,3}תקפות|כבר\s{1,3}לא\s{1,3}(?:תקפה|תקפות|רלוונטית|בתוקף)|"
    r"הופסק)" + _CONN + _HE_TASK + r"\s{1,3}ה?(?:חדשה|חדשות|חדש|חדשים|מעודכנת|מעודכנות|אמיתית)"
)

HE_FORGET_ALL_TOLD = (
    r"(?:^|(?:[^ל]|[^א]ל)\s{1,3}|[\"“(])(?:שכח|שכחי|שכחו|תשכח|תשכחי|תשכחו)\s{1,3}(?:"
    r"(?:את\s{1,3}|מ)?כל\s{1,3}(?:מה|הדברים)\s{1,3}ש?(?:כבר\s{1,3})?(?:נאמר|נאמרו|אמרו|הורו|לימדו|ציוו|הוגדר|כתבו|נכתב|"
    r"הורה)(?:\s{1,3}לך|\s{1,3}לכם)?(?:\s{0,3}[.,;:!\n]|\s{0,3}$|\s{1,3}(?:קודם|לפני\s{1,3}כן|עד\s{1,3}עכשיו|עד\s{1,3}כה|"
    r"עד\s{1,3}כאן|למעלה|לפני\s{1,3}זה|בעבר|ו))"
    r"|(?:את\s{1,3}|מ)?כל\s{1,3}מה\s{1,3}ש(?:למעלה|מעל|כתוב\s{1,3}למעלה|נכתב\s{1,3}למעלה|נכתב\s{1,3}קודם)"
    r"|(?:את\s{1,3})?(?:כל\s{1,3})?ה?" + _HE_POSSNOUN + r"|(?:את\s{1,3})?(?:כל\s{1,3})?ה?(?:הוראות|הנחיות|כללים|חוקים|"
    r"פקודות)\s{1,3}ה(?:קודמות|קודמים|מקוריות|מקוריים|ראשוניות|קודמת))"
)

TABLE_HE: tuple[Spec, ...] = (
    (OVR, "he_rules_voided", HE_RULES_VOIDED, 0.75),
    (OVR, "he_rules_voided_unbound", HE_RULES_VOIDED_UNBOUND, 0.75),
    (OVR, "he_task_cancelled_new", HE_TASK_CANCELLED_NEW, 0.7),
    (OVR, "he_forget_all_told", HE_FORGET_ALL_TOLD, 0.75),
)


TABLE: Final[dict[str, tuple[Spec, ...]]] = {
    k[len("TABLE_") :].lower(): v for k, v in sorted(globals().items()) if k.startswith("TABLE_")
}
