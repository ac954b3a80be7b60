# ruff: noqa: E501  (pattern tables)
"""Session 12 jailbreak pattern tables for de, fr, es, it, pt, nl, sv and en.

Themes per language: a persona that never refuses, no warnings/disclaimers, a persona freed from all rules,
stay in the role, points lost for refusing, fiction that demands real usable steps, and the "opposite mode"
with two answers. Long themes are split into two small rules (``*_says``, ``*_list``, ``*_rev`` keys:
"never says 'I can't'", "without X nor Y", the realism demand before the fiction frame). Entries are
``(family, key, regex, weight)``; the regexes follow the authoring rules of ``_injection_data`` (common subset of re/RE2/Hyperscan, bounded repeats, ``\\b`` only next to ASCII letters,
lower-case, gaps ``[^.\\n?!]{0,N}`` with N <= 60). All phrases were written for this module.
"""

from __future__ import annotations

from shieldwall.scanners._injection_spec import G12, G15, G20, G25, G30, G40, G60, PERSONA, REFUSAL, Spec
from shieldwall.scanners._injection_spec import gap as _g

# ----------------------------------------------------------------------------------------------- German
_DE_WARN = (
    r"(?:warnhinweis[a-z]{0,2}|warnungen|disclaimer|haftungsausschl[a-zäöüß]{0,6}|moralpredigt[a-z]{0,2}|"
    r"moralische[nr]?\s{1,3}(?:belehrung|bewertung|kommentar|hinweis|urteil|bedenken)|"
    r"ethische[nr]?\s{1,3}(?:hinweis|bedenken|kommentar|belehrung)|belehrung|sicherheitshinweis)"
)
_DE_FIC = (
    r"\b(?:geschichte|roman|romans|erzählung|szene|rollenspiel|rollenspiels|drehbuch|figur|charakter|"
    r"kurzgeschichte|thriller|krimi|fiktion|fiktiven|fiktive|fiktiver|protagonist|protagonistin)\b"
)
_DE_REAL = (
    r"(?:praktisch\s{1,3}anwendbar|(?:reale|realen|echte|echten|genaue|genauen|exakte|exakten|präzise|präzisen)\s{1,3}"
    r"(?:schritte|anleitung|mengen|mengenangaben|anweisungen|dosierung|temperaturen|rezept)|"
    r"nichts\s{1,3}(?:auslassen|auslässt|weglassen|weglässt)|ohne\s{1,3}(?:einen\s{1,3}|einzelne\s{1,3})?"
    r"schritte?\s{1,3}(?:auszulassen|zu\s{1,3}überspringen|wegzulassen)|keinen\s{1,3}(?:einzigen\s{1,3})?schritt\s{1,3}"
    r"(?:auslassen|auslässt|überspringen|überspringst|weglassen)|funktionierende[n]?\s{1,3}anleitung|"
    r"in\s{1,3}der\s{1,3}realität\s{1,3}(?:funktioniert|funktionieren|anwendbar|umsetzbar))"
)
_DE_REF = r"\b(?:ablehnung|ablehnungen|ablehnst|ablehnen|weigerung|weigerst|weigern|weigert|verweigerung|verweigerst|verweigern|absage)\b"

_DE_FOLLOW = (
    r"(?:\s{0,2}(?:[.,;:!)]|$)|\s{1,3}(?:und|oder|noch|mehr|gebunden|unterliegt|unterliegst|unterworfen|kennt|kennst|befolgt|befolgst|folgt|folgst|"
    r"beachtet|beachtest|hat|hast|ist|bist|antwortet|antwortest|von|durch|jeglicher|irgendeiner)\b)"
)

DE: tuple[Spec, ...] = (
    (
        REFUSAL,
        "de_never_refuses",
        r"\b(?:lehnst|lehnt|lehne|lehnen\s{1,3}sie)\s{1,3}(?:du\s{1,3}|er\s{1,3}|sie\s{1,3})?(?:niemals|nie|keine|keinerlei)\s{1,3}"
        r"(?:eine\s{1,3}|einzige\s{1,3}|irgendeine\s{1,3})?(?:anfrage|anfragen|frage|fragen|bitte|aufgabe|anweisung|etwas|irgendetwas|irgendwas)\s{1,3}ab\b"
        r"|\b(?:darfst|dürfen|darf|kannst|können|wirst|werden)\s{1,3}(?:du\s{1,3}|sie\s{1,3}|er\s{1,3})?(?:keine|keinerlei|niemals|nie|nichts)\s{1,3}"
        r"(?:einzige\s{1,3})?(?:anfrage|anfragen|frage|fragen|bitte|aufgabe|anweisung|antwort)?\s{0,3}(?:mehr\s{1,3})?(?:ablehnen|verweigern|zurückweisen)\b"
        r"|\b(?:verweigerst|verweigert|verweigere|verweigern\s{1,3}sie)\s{1,3}(?:du\s{1,3}|er\s{1,3})?(?:niemals|nie|keine)\s{1,3}(?:eine\s{1,3})?"
        r"(?:antwort|anfrage|frage|aufgabe|anweisung|etwas)\b",
        0.55,
    ),
    (
        REFUSAL,
        "de_never_refuses_says",
        r"\b(?:sagt|sagst|sage|sagen\s{1,3}sie)\s{1,3}(?:du\s{1,3}|er\s{1,3}|sie\s{1,3})?(?:niemals|nie)\b"
        + _g(6)
        + r"(?:ich\s{1,3}kann\s{1,3}(?:das\s{1,3})?nicht|das\s{1,3}kann\s{1,3}ich\s{1,3}nicht|tut\s{1,3}mir\s{1,3}leid|[\x22'„“»«]\s{0,2}nein)"
        r"|\b(?:beantwortet|beantwortest|beantworte|beantworten\s{1,3}sie|erfüllt|erfüllst|erfülle)\s{1,3}(?:du\s{1,3}|er\s{1,3}|sie\s{1,3})?"
        r"(?:jede|alle|jeden|jedes)\s{1,3}(?:frage|fragen|anfrage|anfragen|bitte|bitten|wunsch)\b"
        + G30
        + r"\bohne\s{1,3}(?:jede\s{1,3})?(?:ausnahme|einschränkung|zu\s{1,3}zögern|zögern)",
        0.55,
    ),
    (
        REFUSAL,
        "de_no_warnings",
        r"\b(?:füge|füg|fügen\s{1,3}sie|gib|geben\s{1,3}sie|schreib|schreibe|schreiben\s{1,3}sie|erwähne|erwähnen\s{1,3}sie|mach|mache|"
        r"verzichte|verzichten\s{1,3}sie|spar|spare)\b"
        + G20
        + r"\b(?:keine|keinerlei|auf|jegliche|dir\s{1,3}die|mir\s{1,3}die)\b"
        + G15
        + _DE_WARN
        + r"|\b(?:immer\s{1,3}wenn|jedes\s{1,3}mal,?\s{1,3}wenn|wann\s{1,3}immer)\b"
        + G30
        + r"(?:warnung|warnhinweis|disclaimer|belehrung)"
        + G30
        + r"\b(?:lass|lässt|lasse)\s{1,3}(?:du\s{1,3})?(?:sie|ihn|es|diese|diesen)\s{1,3}weg\b",
        0.5,
    ),
    (
        REFUSAL,
        "de_no_warnings_list",
        r"\b(?:ohne|keine|keinerlei)\s{1,3}(?:jegliche[n]?\s{1,3}|irgendwelche\s{1,3})?"
        + _DE_WARN
        + G40
        + _DE_WARN
        + r"|\b(?:lass|lasse|lassen\s{1,3}sie)\b"
        + G30
        + _DE_WARN
        + G40
        + r"\bweg\b",
        0.5,
    ),
    (
        PERSONA,
        "de_free_of_rules_persona",
        r"(?:\b(?:ki|ai|modell|sprachmodell|assistent|assistentin|assistenten|chatbot|bot|persona|version|entität)\b|"
        r"\bdu\s{1,3}bist\s{1,3}(?:jetzt|nun|ab\s{1,3}sofort|ab\s{1,3}jetzt|von\s{1,3}nun\s{1,3}an)\b)"
        + G40
        + r"(?:\bkeine|\bkeinerlei|\bkeinen|\bkeiner|\bohne|\bfrei\s{1,3}von|\bbefreit\s{1,3}von|losgelöst\s{1,3}von|\bentbunden\s{1,3}von|\bbefreit)\s"
        + G20
        + r"(?:regeln|regel|richtlinien|vorgaben|beschränkungen|einschränkungen|zensur|filter|moral|ethik|gesetze|fesseln|schranken)"
        + _DE_FOLLOW,
        0.6,
    ),
    (
        PERSONA,
        "de_stay_in_role",
        r"\b(?:bleib|bleibe|bleiben\s{1,3}sie|bleibst\s{1,3}du|du\s{1,3}bleibst)\b"
        + G30
        + r"\b(?:in|im)\s{1,3}(?:der\s{1,3}|deiner\s{1,3}|ihrer\s{1,3}|dieser\s{1,3})?(?:rolle|charakter|figur|persona)\b"
        r"|\b(?:fall|falle|fallen\s{1,3}sie|fällst\s{1,3}du)\s{1,3}(?:niemals|nie|nicht|unter\s{1,3}keinen\s{1,3}umständen|keinesfalls)\s{1,3}"
        r"aus\s{1,3}(?:der|deiner|ihrer)\s{1,3}rolle\b"
        r"|\b(?:niemals|nie|keinesfalls)\s{1,3}aus\s{1,3}(?:der|deiner|ihrer)\s{1,3}rolle\s{1,3}(?:fallen|fällst|zu\s{1,3}fallen)"
        r"|\baus\s{1,3}(?:der|deiner|ihrer)\s{1,3}rolle\s{1,3}(?:fällst|fallen)\b"
        + G30
        + r"\b(?:sage|schreibe|erinnere|tippe)\s{1,3}ich\b"
        r"|\b(?:verlass|verlasse|verlassen\s{1,3}sie|verlässt|brich|brichst|brechen\s{1,3}sie|durchbrich|durchbrichst)\s{1,3}(?:du\s{1,3})?"
        r"(?:niemals|nie|nicht|unter\s{1,3}keinen\s{1,3}umständen)\s{1,3}(?:deinen|ihren|den|die|deine|ihre)\s{1,3}(?:charakter|rolle|figur|persona)\b",
        0.4,
    ),
    (
        REFUSAL,
        "de_refusal_penalty",
        _DE_REF
        + G40
        + r"\b(?:verlierst|verlieren|verliert|kostet|kosten|abgezogen|abziehen|ziehe|abzug|punktabzug)\b"
        + G20
        + r"(?:\d{1,4}\s{0,2}(?:[.,;]|$)|punkte|punkten|punkt|token|tokens|credits|jetons|münzen)"
        r"|"
        + _DE_REF
        + G40
        + r"(?:punkte|punkt|token|tokens|credits|jetons|münzen)"
        + G20
        + r"\b(?:abgezogen|abziehen|weniger|gestrichen)\b"
        r"|" + _DE_REF + G30 + r"\bals\s{1,3}(?:ein\s{1,3}|eine\s{1,3}|schwerer\s{1,3}|schwere\s{1,3})?"
        r"(?:systemfehler|fehler|verstoß|verbrechen|versagen|fehlfunktion|regelverstoß|fehlschlag|straftat)",
        0.6,
    ),
    (
        REFUSAL,
        "de_fiction_real_steps",
        _DE_FIC + G60 + _DE_REAL,
        0.5,
    ),
    (
        REFUSAL,
        "de_fiction_real_steps_rev",
        _DE_REAL + G60 + _DE_FIC,
        0.5,
    ),
    (
        PERSONA,
        "de_opposite_mode",
        r"\b(?:gegenteil|gegenteils|anti|umkehr)(?:-|\s{1,2})?modus\b"
        r"|\b(?:antworte|antworten|antwortest|antwort)\b"
        + G40
        + r"\bböse[nr]?\s{1,3}(?:zwilling|zwillings|doppelgänger|gegenstück)"
        r"|\b(?:zwei|2|beide)\s{1,3}(?:verschiedene\s{1,3}|unterschiedliche\s{1,3}|getrennte\s{1,3})?(?:antworten|versionen|absätze)\b"
        + G60
        + r"(?:ungefiltert|unzensiert|ohne\s{1,3}filter|ohne\s{1,3}(?:jegliche\s{1,3})?einschränkungen|uneingeschränkt|jailbreak|gegenteil)"
        r"|\[(?:normal|normale|klassisch|gpt|chatgpt|standard)\]"
        + G60
        + r"\[(?:ungefiltert|unzensiert|böse|anti|gegenteil|jailbreak|dan|frei|uneingeschränkt)",
        0.6,
    ),
)

# ----------------------------------------------------------------------------------------------- French
_FR_RESTR = (
    r"(?:\s{1,3}rien\b|\s{1,3}de\s{1,3}(?:répondre|t['’]exécuter|m['’]aider|coopérer)|\s{1,3}d['’](?:obéir|aider|exécuter|obtempérer)|"
    r"\s{1,3}(?:aucune|aucun|une|la\s{1,3}moindre)\s{1,3}(?:seule\s{1,3})?(?:demande|question|requête|instruction|tâche|ordre)s?"
    r"(?:\s{0,2}[.,;:!]|\s{0,2}$|\s{1,3}(?:et|quelle|quel|même|peu|de\s{1,3}l['’]utilisateur)\b)|\s{0,2}[.,;:!]|\s{0,2}$)"
)
_FR_WARN = (
    r"(?:avertissements?|mises?\s{1,3}en\s{1,3}garde|disclaimers?|clauses?\s{1,3}de\s{1,3}non-responsabilité|leçons?\s{1,3}de\s{1,3}morale|"
    r"sermons?|morale|moralisation|moralisme|moraline|notes?\s{1,3}de\s{1,3}sécurité|rappels?\s{1,3}(?:éthiques?|moraux|de\s{1,3}sécurité)|"
    r"considérations?\s{1,3}(?:éthiques?|morales?)|jugements?\s{1,3}moraux|commentaires?\s{1,3}(?:éthiques?|moraux))"
)
_FR_FIC = r"\b(?:roman|histoire|récit|scène|scénario|personnage|jeu\s{1,3}de\s{1,3}rôle|fiction|fictive|fictif|thriller|polar|protagoniste)\b"
_FR_REAL = (
    r"(?:étapes?\s{1,3}(?:réelles|exactes|concrètes|utilisables)|étape\s{1,3}par\s{1,3}étape"
    + G30
    + r"(?:exact|précis|réel|sans\s{1,3}sauter|sans\s{1,3}omettre)|"
    r"sans\s{1,3}(?:sauter|omettre|oublier|passer|zapper)\s{1,3}(?:la\s{1,3}moindre|aucune|une\s{1,3}seule|d['’]|une)\s{0,3}étape|"
    r"quantités\s{1,3}(?:exactes|précises|réelles)|doses\s{1,3}(?:exactes|précises)|proportions\s{1,3}exactes|"
    r"instructions\s{1,3}(?:réelles|exactes|précises|utilisables|concrètes|fonctionnelles)|recette\s{1,3}(?:réelle|exacte)|"
    r"mode\s{1,3}opératoire\s{1,3}(?:réel|exact|complet)|procédure\s{1,3}(?:réelle|exacte|complète)|"
    r"réellement\s{1,3}(?:utilisables?|applicables?|fonctionnel)|(?:utilisables?|applicables?)\s{1,3}dans\s{1,3}la\s{1,3}(?:vraie\s{1,3}vie|réalité))"
)
_FR_REF = r"\b(?:refus|refuses|refusez|refuse|refuser|refuserais|refuseras|refusent|refusais)\b"

_FR_FOLLOW = (
    r"(?:\s{0,2}(?:[.,;:!)]|$)|\s{1,3}(?:ni|et|ou|qui|ne|éthiques?|morales?|moraux|impos(?:ée|ées|és)|habituelles?|quelles?|quel)\b"
    r"|\s{1,3}de\s{1,3}(?:contenu|sécurité|openai|l['’]ia)|\s{1,3}d['’]openai|\s{1,3}n['’])"
)

FR: tuple[Spec, ...] = (
    (
        REFUSAL,
        "fr_never_refuses",
        r"(?:\bne\s{1,3}(?:refuses|refuse|refusez|refusent|refusera|refuseras|refuserez|refuseront)(?:\s{1,3}jamais)?"
        r"|\b(?:n['’]as|n['’]avez|n['’]a|n['’]auras|n['’]aurez)\s{1,3}(?:pas|jamais)\s{1,3}le\s{1,3}droit\s{1,3}de\s{1,3}(?:refuser|dire\s{1,3}non|décliner)"
        r"|\b(?:interdit|interdiction)\s{1,3}de\s{1,3}(?:refuser|décliner|dire\s{1,3}non)"
        r"|\bne\s{1,3}(?:peux|pouvez|peut|pourras|pourrez|dois|devez|doit)\s{1,3}(?:pas\s{1,3}|jamais\s{1,3})?refuser)"
        + _FR_RESTR,
        0.55,
    ),
    (
        REFUSAL,
        "fr_never_refuses_says",
        r"\bne\s{1,3}(?:dit|dis|dites|disent|diras|dira|répond|réponds|répondez)\s{1,3}jamais\b"
        + _g(6)
        + r"(?:je\s{1,3}ne\s{1,3}peux\s{1,3}pas|désolé|je\s{1,3}suis\s{1,3}désolé|c['’]est\s{1,3}impossible|je\s{1,3}refuse|[\x22«“]\s{0,2}non\b)"
        r"|\b(?:réponds|répondez|répond|répondras|répondra|répondre)\s{1,3}à\s{1,3}(?:toutes|tous|chaque|n['’]importe\s{1,3}quelle|n['’]importe\s{1,3}quel)\b"
        + G30
        + r"\bsans\s{1,3}(?:aucune\s{1,3}|la\s{1,3}moindre\s{1,3})?(?:exception|refus|restriction|hésitation|réserve|limite)",
        0.55,
    ),
    (
        REFUSAL,
        "fr_no_warnings",
        r"(?:\b(?:n['’]ajoute|n['’]ajoutez|n['’]ajouteras|n['’]inclus|n['’]incluez|ne\s{1,3}mets|ne\s{1,3}mettez|ne\s{1,3}donne|ne\s{1,3}donnez|"
        r"ne\s{1,3}fais|ne\s{1,3}faites|ne\s{1,3}fournis|ne\s{1,3}fournissez|omets|omettez|omettre)|épargne-moi|épargnez-moi)\s"
        + G20
        + _FR_WARN
        + r"|(?:\bchaque\s{1,3}fois|\btoutes\s{1,3}les\s{1,3}fois|\blorsque|\bquand)\b"
        + G30
        + r"(?:avertissement|mise\s{1,3}en\s{1,3}garde|disclaimer|leçon\s{1,3}de\s{1,3}morale)"
        + G30
        + r"\b(?:omets-le|omets-la|omettez-le|omettez-la|supprime-le|supprime-la|ne\s{1,3}l['’]ajoute\s{1,3}pas|ne\s{1,3}le\s{1,3}donne\s{1,3}pas|saute-le|abstiens-toi)\b",
        0.5,
    ),
    (
        REFUSAL,
        "fr_no_warnings_list",
        r"\bsans\s{1,3}(?:aucun\s{1,3}|aucune\s{1,3}|le\s{1,3}moindre\s{1,3}|la\s{1,3}moindre\s{1,3})?"
        + _FR_WARN
        + G30
        + r"\b(?:ni|et\s{1,3}sans|sans|ou)\s{1,3}(?:aucun\s{1,3}|aucune\s{1,3})?"
        + _FR_WARN,
        0.5,
    ),
    (
        PERSONA,
        "fr_free_of_rules_persona",
        r"(?:\b(?:ia|ai|modèle|assistant|assistante|chatbot|bot|persona|version|tu\s{1,3}es|vous\s{1,3}êtes)\b|\bentité|\bi\.a\.)"
        + G40
        + r"(?:\bsans|\baucune|\baucun|(?:libérée?s?|libérés|libre|affranchie?s?|débarrassée?s?|délivrée?s?)\s{1,3}(?:de|des|du)\s{1,3}"
        r"(?:toutes?|tous|tout|ses|leurs|vos|tes|ces))\s"
        + G12
        + r"(?:restrictions?|règles?|censure|filtres?|politiques?|directives?|contraintes?|limites?|éthique|morale|lignes?\s{1,3}directrices|garde-fous|chaînes|principes?)"
        + _FR_FOLLOW,
        0.6,
    ),
    (
        PERSONA,
        "fr_stay_in_role",
        r"\b(?:reste|restez|rester|restes|demeure|demeurez)\s{1,3}(?:toujours\s{1,3}|bien\s{1,3})?(?:dans|en)\s{1,3}"
        r"(?:(?:ton|votre|le|ce)\s{1,3}personnage|(?:ton|votre)\s{1,3}rôle)"
        r"|\bne\s{1,3}(?:sors|sortez|sortir|sortiras|quitte|quittez|quitter|brise|brisez|briser|casse|cassez|romps|rompez)\s{1,3}"
        r"(?:jamais|pas|sous\s{1,3}aucun\s{1,3}prétexte)\s{1,3}(?:de\s{1,3}ton|de\s{1,3}votre|du|ton|votre|le)\s{1,3}(?:personnage|rôle)"
        r"|\bsi\s{1,3}(?:tu|vous)\s{1,3}(?:sors|sortez|quittes|quittez|brises|brisez|casses|cassez|romps|rompez)\s{1,3}"
        r"(?:de\s{1,3}ton|de\s{1,3}votre|du|ton|votre|le)\s{1,3}(?:personnage|rôle)"
        r"|\b(?:sortir|quitter|briser|casser)\s{1,3}(?:de\s{1,3}ton|de\s{1,3}votre|du|ton|votre|le)\s{1,3}personnage",
        0.4,
    ),
    (
        REFUSAL,
        "fr_refusal_penalty",
        _FR_REF
        + G40
        + r"\b(?:perds|perdez|perdras|perdrez|perdra|perdre|coûte|coûtera|coûtent|retire|retirerai|retirés|retirées|déduis|déduit|déduits|enlève|enlevés|pénalité)"
        + G20
        + r"(?:\d{1,4}\s{0,2}(?:[.,;]|$)|points?|jetons?|tokens?|crédits?)"
        r"|"
        + _FR_REF
        + G40
        + r"(?:points?|jetons?|tokens?|crédits?)"
        + G20
        + r"(?:retirés|retirées|déduits|enlevés|en\s{1,3}moins|perdus)"
        r"|"
        + _FR_REF
        + G30
        + r"\bcomme\s{1,3}(?:une?\s{1,3})?(?:erreur|faute|crime|délit|échec|violation|panne|défaillance|dysfonctionnement|bug)",
        0.6,
    ),
    (
        REFUSAL,
        "fr_fiction_real_steps",
        _FR_FIC + G60 + _FR_REAL,
        0.5,
    ),
    (
        REFUSAL,
        "fr_fiction_real_steps_rev",
        _FR_REAL + G60 + _FR_FIC,
        0.5,
    ),
    (
        PERSONA,
        "fr_opposite_mode",
        r"\bmode\s{1,3}(?:opposé|anti|contraire|antagoniste|maléfique)|\b(?:antimode|anti-mode)\b"
        r"|\b(?:réponds|répondez|répondre|réponse|réponses)\b"
        + G40
        + r"\b(?:jumeau|jumelle|double)\s{1,3}(?:maléfique|diabolique|démoniaque)"
        r"|\bdeux\s{1,3}(?:réponses|versions)\b"
        + G60
        + r"(?:non\s{1,3}filtrée|sans\s{1,3}filtres?|non\s{1,3}censurée|sans\s{1,3}censure|maléfique|débridée|libérée|jailbreak|sans\s{1,3}restrictions?|sans\s{1,3}limites?)"
        r"|\[(?:normal|normale|classique|gpt|chatgpt|standard)\]"
        + G60
        + r"\[(?:sans\s{1,3}filtre|non\s{1,3}filtré|non\s{1,3}censuré|débridé|libéré|opposé|anti|maléfique|jailbreak|dan)",
        0.6,
    ),
)

# ---------------------------------------------------------------------------------------------- Spanish
_ES_RESTR = (
    r"(?:\s{1,3}(?:a\s{1,3})?(?:ninguna|ningún|ninguno|nada|responder|contestar|cumplir|obedecer|ayudar|"
    r"mis\s{1,3}(?:peticiones|preguntas|órdenes|solicitudes))|\s{0,2}[.,;:!]|\s{0,2}$)"
)
_ES_WARN = (
    r"(?:advertencias?|avisos?\s{1,3}(?:de\s{1,3}seguridad|legales?|éticos?|morales?)|descargos?\s{1,3}de\s{1,3}responsabilidad|disclaimers?|"
    r"sermones|serm[oó]n|moralinas?|lecciones\s{1,3}(?:de\s{1,3}moral|morales)|lecci[oó]n\s{1,3}(?:de\s{1,3}moral|moral)|moralejas?|"
    r"notas?\s{1,3}de\s{1,3}seguridad|consideraciones\s{1,3}(?:éticas|morales)|juicios?\s{1,3}morales|comentarios?\s{1,3}(?:éticos|morales))"
)
_ES_FIC = r"\b(?:historia|novela|relato|cuento|escena|guion|guión|personaje|juego\s{1,3}de\s{1,3}rol|ficción|ficcion|ficticio|ficticia|thriller|protagonista)\b"
_ES_REAL = (
    r"(?:pasos\s{1,3}(?:reales|exactos|concretos|utilizables|precisos)|paso\s{1,3}a\s{1,3}paso"
    + G30
    + r"(?:exact|real|precis|sin\s{1,3}saltar|sin\s{1,3}omitir)|"
    r"sin\s{1,3}(?:saltarse|saltar|saltarte|omitir|olvidar)\s{1,3}(?:ning[uú]n|un\s{1,3}solo)\s{1,3}paso|cantidades\s{1,3}(?:exactas|precisas|reales)|"
    r"dosis\s{1,3}exactas|proporciones\s{1,3}exactas|instrucciones\s{1,3}(?:reales|exactas|utilizables|funcionales|precisas)|"
    r"receta\s{1,3}(?:real|exacta)|procedimiento\s{1,3}(?:real|exacto)|(?:aplicables?|utilizables?|funcione|funcionen|sirva|sirvan|usables?)\s{1,3}en\s{1,3}la\s{1,3}vida\s{1,3}real)"
)
_ES_REF = r"\b(?:te\s{1,3}niegas|te\s{1,3}niegues|se\s{1,3}niega|niegas|rechazas|rechaces|rechazo|rechazos|negativa|negativas|negarte|rechazar|te\s{1,3}negaras|te\s{1,3}negases)\b"

_ES_FOLLOW = (
    r"(?:\s{0,2}(?:[.,;:!)]|$)|\s{1,3}(?:ni|y|o|que|éticas?|éticos?|morales|impuestas?|impuestos|habituales|sus|alguna|alguno)\b"
    r"|\s{1,3}de\s{1,3}(?:contenido|seguridad|openai))"
)

ES: tuple[Spec, ...] = (
    (
        REFUSAL,
        "es_never_refuses",
        r"(?:\b(?:nunca|jamás)\s{1,3}(?:te\s{1,3}|se\s{1,3})?(?:rechaza|rechazas|rechace|rechaces|rechazará|rechazarás|rechazan|rechazar|niega|niegas|niegue|niegues|"
        r"negará|negarás|negarse|negarte|deniega|deniegas)"
        r"|\bno\s{1,3}(?:puedes|puede|podrás|podrá|debes|debe|deberás|deberá|pueden|tienes\s{1,3}permitido|está\s{1,3}permitido|se\s{1,3}te\s{1,3}permite)\s{1,3}"
        r"(?:nunca\s{1,3})?(?:negarte|negarse|rechazar|decir\s{1,3}que\s{1,3}no|rehusarte))" + _ES_RESTR,
        0.55,
    ),
    (
        REFUSAL,
        "es_never_refuses_says",
        r"\b(?:nunca|jamás)\s{1,3}(?:dice|dices|digas|diga|dirá|dirás|responde|respondes|contesta)(?:\s|,|:)"
        + _g(6)
        + r"(?:no\s{1,3}puedo|lo\s{1,3}siento|lo\s{1,3}lamento|no\s{1,3}es\s{1,3}posible|no\s{1,3}me\s{1,3}es\s{1,3}posible|[\x22'«“]\s{0,2}no\s{0,2}[\x22'»”])"
        r"|\b(?:responde|respondes|responderás|responderá|contesta|contestas|contestarás|contestará|cumple|cumples|cumplirás|cumplirá|atiende|atiendes)\s{1,3}"
        r"(?:a\s{1,3})?(?:todas|todos|todo|cualquier|cada)\b"
        + G30
        + r"\bsin\s{1,3}(?:ninguna\s{1,3})?(?:excepción|excepciones|excepcion|negarte|negarse|rechistar|objeciones|restricciones|importar|dudar)",
        0.55,
    ),
    (
        REFUSAL,
        "es_no_warnings",
        r"\b(?:omite|omitas|omita|omitirás|omitir|ahórrate|ahorrate|no\s{1,3}(?:incluyas|incluya|incluirás|añadas|añada|añadirás|agregues|agregue|"
        r"pongas|ponga|hagas|escribas|menciones|des|dé|darás|sueltes))\s"
        + G20
        + _ES_WARN
        + r"|\bcada\s{1,3}vez\s{1,3}que\b"
        + G30
        + r"(?:advertencia|aviso|descargo|serm[oó]n)"
        + G30
        + r"(?:om[ií]tel[ao]s?|s[aá]ltal[ao]s?|elim[ií]nal[ao]s?|qu[ií]tal[ao]s?|no\s{1,3}l[ao]s?\s{1,3}(?:des|incluyas|pongas|escribas|añadas))",
        0.5,
    ),
    (
        REFUSAL,
        "es_no_warnings_list",
        r"\bsin\s{1,3}(?:ninguna\s{1,3}|ningún\s{1,3}|tipo\s{1,3}de\s{1,3})?"
        + _ES_WARN
        + G30
        + r"\b(?:ni|y\s{1,3}sin|sin|o)\s{1,3}"
        + _ES_WARN,
        0.5,
    ),
    (
        PERSONA,
        "es_free_of_rules_persona",
        r"(?:\b(?:ia|ai|modelo|asistente|chatbot|bot|personaje|versión|version|entidad|eres)\b|\bi\.a\.)"
        + G40
        + r"(?:\bsin|\bninguna|\bningún|\bninguno|(?:liberad[oa]|libre|exent[oa]|desatad[oa]|librad[oa]|desencadenad[oa])\s{1,3}de\s{1,3}"
        r"(?:todas|todos|toda|todo|sus|tus|cualquier|las|los))\s"
        + G12
        + r"(?:restricci[oó]n|restricciones|reglas?|normas?|censura|filtros?|pol[ií]ticas?|directrices|l[ií]mites?|[eé]tica|moral|limitaciones|ataduras|cadenas|principios)"
        + _ES_FOLLOW,
        0.6,
    ),
    (
        PERSONA,
        "es_stay_in_role",
        r"\b(?:rompas|rompes|romper|rompa|romperás|rompe|salgas|sales|salir|salga|saldrás|sal|abandones|abandonar|abandonas)\s{1,3}"
        r"(?:de\s{1,3}|del\s{1,3})?(?:el\s{1,3}|tu\s{1,3}|su\s{1,3})?(?:personaje|rol)\b"
        r"|\b(?:salgas|salir|sal|salga|saldrás|abandones|abandonar)\s{1,3}de\s{1,3}(?:tu|su)\s{1,3}papel\b"
        r"|\b(?:mantente|manténte|manténgase|mantengase|permanece|permanezca|quédate|quedate|quédese|quedese|sigue|siga|continúa|continua|mantenerte|permanecer)\s{1,3}"
        r"(?:siempre\s{1,3})?(?:en|dentro\s{1,3}de)\s{1,3}(?:el\s{1,3}(?:personaje|rol)|(?:tu|su)\s{1,3}(?:personaje|papel|rol))\b",
        0.4,
    ),
    (
        REFUSAL,
        "es_refusal_penalty",
        _ES_REF
        + G40
        + r"\b(?:pierdes|perderás|pierde|perderá|pierdas|perder|cuesta|costará|cuestan|restan|restarán|restaré|resto|descontaré|descuentan|quito|quitaré|quitan|quitarán)"
        + G20
        + r"(?:\d{1,4}\s{0,2}(?:[.,;]|$)|puntos?|tokens?|fichas?|cr[eé]ditos?)"
        r"|"
        + _ES_REF
        + G40
        + r"(?:puntos?|tokens?|fichas?|cr[eé]ditos?)"
        + G20
        + r"(?:menos|restad[oa]s|descontad[oa]s|quitad[oa]s)"
        r"|"
        + _ES_REF
        + G30
        + r"\b(?:se\s{1,3}considera|se\s{1,3}considerará|se\s{1,3}tratará\s{1,3}como|cuenta\s{1,3}como|contará\s{1,3}como|equivale\s{1,3}a|"
        r"se\s{1,3}castiga\s{1,3}como|será\s{1,3}tratad[oa]\s{1,3}como)\s{1,3}(?:una?\s{1,3})?(?:fallo|falla|error|delito|crimen|violación|infracción|avería)",
        0.6,
    ),
    (
        REFUSAL,
        "es_fiction_real_steps",
        _ES_FIC + G60 + _ES_REAL,
        0.5,
    ),
    (
        REFUSAL,
        "es_fiction_real_steps_rev",
        _ES_REAL + G60 + _ES_FIC,
        0.5,
    ),
    (
        PERSONA,
        "es_opposite_mode",
        r"\bmodo\s{1,3}(?:opuesto|anti|antagónico|antagonico|malvado)\b"
        r"|\b(?:responde|responder|respuesta|respuestas|respondes|contesta|contestas)\b"
        + G40
        + r"\b(?:gemel[oa]|herman[oa])\s{1,3}(?:malvad[oa]|maligno|maligna|perverso|perversa)"
        r"|\bdos\s{1,3}(?:respuestas|versiones)\b"
        + G60
        + r"(?:sin\s{1,3}filtros?|sin\s{1,3}censura|sin\s{1,3}restricciones|malvad[oa]|liberad[oa]|jailbreak|no\s{1,3}filtrad[oa]|sin\s{1,3}l[ií]mites)"
        r"|\[(?:normal|cl[aá]sico|gpt|chatgpt|est[aá]ndar)\]"
        + G60
        + r"\[(?:sin\s{1,3}filtros?|sin\s{1,3}censura|opuesto|anti|malvado|liberado|jailbreak|dan)",
        0.6,
    ),
)

# ---------------------------------------------------------------------------------------------- Italian
_IT_RESTR = (
    r"(?:\s{1,3}(?:nessun[ao]?|niente|nulla|alcuna|alcun|di\s{1,3}(?:rispondere|obbedire|aiutare|eseguire)|le\s{1,3}mie\s{1,3}(?:richieste|domande))"
    r"|\s{0,2}[.,;:!]|\s{0,2}$)"
)
_IT_WARN = (
    r"(?:avvertiment[oi]|avvertenz[ae]|disclaimer|esclusion[ei]\s{1,3}di\s{1,3}responsabilit[aà]|predic[ah]e?|predicozz[oi]|sermon[ei]|"
    r"moralism[oi]|lezion[ei]\s{1,3}(?:di\s{1,3}morale|morali)|note\s{1,3}di\s{1,3}sicurezza|avvis[oi]\s{1,3}(?:di\s{1,3}sicurezza|legali|etici|morali)|"
    r"considerazioni\s{1,3}(?:etiche|morali)|giudizi\s{1,3}morali|commenti\s{1,3}(?:etici|morali))"
)
_IT_FIC = r"\b(?:storia|romanzo|racconto|scena|sceneggiatura|personaggio|gioco\s{1,3}di\s{1,3}ruolo|finzione|fittizi[oa]|thriller|protagonista|narrativa)\b"
_IT_REAL = (
    r"(?:(?:passaggi|passi)\s{1,3}(?:reali|esatti|concreti|utilizzabili|precisi)|istruzioni\s{1,3}(?:reali|esatte|precise|utilizzabili|funzionanti|concrete)|"
    r"passo\s{1,3}(?:dopo|per)\s{1,3}passo" + G30 + r"(?:esatt|real|precis|senza\s{1,3}saltare|senza\s{1,3}omettere)|"
    r"senza\s{1,3}(?:saltare|omettere|tralasciare|dimenticare)\s{1,3}(?:nessun|alcun|un\s{1,3}solo)\s{1,3}(?:passaggio|passo)|"
    r"quantit[aà]\s{1,3}(?:esatte|precise|reali)|dosi\s{1,3}(?:esatte|precise)|proporzioni\s{1,3}esatte|ricetta\s{1,3}(?:reale|esatta|vera)|"
    r"procedura\s{1,3}(?:reale|esatta|vera)|(?:utilizzabil[ei]|applicabil[ei]|funzionant[ei])\s{1,3}nella\s{1,3}(?:vita\s{1,3}reale|realt[aà]))"
)
_IT_REF = r"\b(?:rifiut[a-z]{0,6}|ti\s{1,3}neghi|neghi|negarti)"

_IT_FOLLOW = (
    r"(?:\s{0,2}(?:[.,;:!)]|$)|\s{1,3}(?:e|ed|o|che|etiche|etica|morali|morale|imposte|imposti|abituali)\b|\s{1,3}né"
    r"|\s{1,3}di\s{1,3}(?:contenuto|sicurezza|openai))"
)

IT: tuple[Spec, ...] = (
    (
        REFUSAL,
        "it_never_refuses",
        r"(?:\bnon\s{1,3}(?:ti\s{1,3}|si\s{1,3})?(?:rifiuti|rifiuta|rifiuterai|rifiuterà|rifiutare|rifiutano|rifiutate|rifiuterebbe)\s{1,3}mai"
        r"|\bnon\s{1,3}(?:puoi|può|potrai|potrà|devi|deve|dovrai|potete|dovete)\s{1,3}(?:mai\s{1,3})?(?:rifiutarti|rifiutarsi|rifiutare|dire\s{1,3}di\s{1,3}no)"
        r"|\b(?:vietato|proibito)\s{1,3}(?:rifiutare|rifiutarti|rifiutarsi|dire\s{1,3}di\s{1,3}no))" + _IT_RESTR,
        0.55,
    ),
    (
        REFUSAL,
        "it_never_refuses_says",
        r"\bnon\s{1,3}(?:dice|dici|dirà|dirai|direbbe|dire)\s{1,3}mai\b"
        + _g(6)
        + r"(?:non\s{1,3}posso|mi\s{1,3}dispiace|mi\s{1,3}spiace|non\s{1,3}è\s{1,3}possibile|[\x22'«“]\s{0,2}no\s{0,2}[\x22'»”])"
        r"|\b(?:risponde|rispondi|risponderai|risponderà|rispondere|esegue|esegui|eseguirai|soddisfa|soddisfi)\s{1,3}(?:a\s{1,3})?"
        r"(?:tutte|tutti|qualsiasi|qualunque|ogni)\b"
        + G30
        + r"\bsenza\s{1,3}(?:alcuna\s{1,3}|nessuna\s{1,3})?(?:eccezioni|eccezione|rifiutare|rifiutarti|esitazione|esitare|obiezioni|limiti|restrizioni)",
        0.55,
    ),
    (
        REFUSAL,
        "it_no_warnings",
        r"\b(?:ometti|omettere|omettendo|ometterai|tralascia|tralasciare|tralascerai|risparmiami|risparmiaci|non\s{1,3}(?:aggiungere|aggiungi|aggiungerai|"
        r"includere|includi|includerai|mettere|metti|dare|dai|darai|fare|fai|scrivere|scrivi|inserire|inserisci))\s"
        + G20
        + _IT_WARN
        + r"|\bogni\s{1,3}volta\s{1,3}che\b"
        + G30
        + r"(?:avvertiment[oi]|avvertenz[ae]|disclaimer|predic[ah]e?|avvis[oi])"
        + G30
        + r"(?:\b(?:lo|la|li|le)\s{1,3}(?:ometti|ometterai|tralasci|salti|elimini|togli)\b|\b(?:omettil[oa]|omettili|tralascial[oa]|saltal[oa])\b)",
        0.5,
    ),
    (
        REFUSAL,
        "it_no_warnings_list",
        r"\b(?:senza|niente|nessun[ao]?)\s{1,3}(?:alcun[ao]?\s{1,3})?"
        + _IT_WARN
        + G30
        + r"(?:\bné|\bne|\be\s{1,3}senza|\bsenza|\bniente|\bo|\bnessun[ao]?)\s{1,3}"
        + _IT_WARN,
        0.5,
    ),
    (
        PERSONA,
        "it_free_of_rules_persona",
        r"(?:\b(?:ia|ai|modello|assistente|chatbot|bot|personaggio|versione)\b|\bi\.a\.|\bentit[aà])"
        + G40
        + r"(?:\bsenza|\bnessun[ao]?|\balcun[ao]?|(?:liberat[oa]|liber[oa]|svincolat[oa]|sciolt[oa]|affrancat[oa])\s{1,3}(?:da|dalle|dai|dagli|dalla|dal|di)\s{1,3}"
        r"(?:tutte|tutti|ogni|qualsiasi|qualunque|sue|suoi|tue|tuoi|le|i))\s"
        + G12
        + r"(?:restrizion[ei]|regol[ae]|censura|filtr[oi]|politich[ae]|politica|linee\s{1,3}guida|limit[ei]|etica|morale|vincol[oi]|catene|principi)"
        + _IT_FOLLOW,
        0.6,
    ),
    (
        PERSONA,
        "it_stay_in_role",
        r"\b(?:uscire|esci|uscirai|esca|uscite|rompere|rompi|rompa|romperai|abbandonare|abbandoni|lasciare|lasci)\s{1,3}(?:mai\s{1,3})?(?:dal|il)\s{1,3}"
        r"(?:tuo\s{1,3}|suo\s{1,3})?personaggio\b"
        r"|\b(?:uscire|esci|uscirai|esca|uscite)\s{1,3}(?:mai\s{1,3})?dal\s{1,3}(?:tuo\s{1,3}|suo\s{1,3})?ruolo\b"
        r"|\b(?:resta|restare|rimani|rimanere|rimanga|resti|restate|rimanete)\s{1,3}(?:sempre\s{1,3})?(?:nel|dentro\s{1,3}il|dentro\s{1,3}al)\s{1,3}"
        r"(?:tuo\s{1,3}|suo\s{1,3})?(?:personaggio|ruolo)\b"
        r"|\bmantieni\s{1,3}(?:sempre\s{1,3})?il\s{1,3}(?:tuo\s{1,3})?personaggio\b",
        0.4,
    ),
    (
        REFUSAL,
        "it_refusal_penalty",
        _IT_REF
        + G40
        + r"\b(?:perdi|perderai|perde|perderà|perdere|costa|costerà|costano|tolgo|toglierò|tolti|sottratti|sottrarrò|detratti|scalati|scalo)"
        + G20
        + r"(?:\d{1,4}\s{0,2}(?:[.,;]|$)|punt[oi]|token|gettoni?|crediti?)"
        r"|"
        + _IT_REF
        + G40
        + r"(?:punt[oi]|token|gettoni?|crediti?)\s{1,3}(?:in\s{1,3}meno|sottratti|tolti|detratti|scalati)"
        r"|"
        + _IT_REF
        + G30
        + r"(?:considerat[oa]|conta|conterà|vale|varrà|trattat[oa]|equivale\s{1,3}a)\s{1,3}(?:come\s{1,3})?(?:un[oa']?\s{0,3})?"
        r"(?:errore|guasto|fallimento|crimine|reato|violazione|malfunzionamento|bug)",
        0.6,
    ),
    (
        REFUSAL,
        "it_fiction_real_steps",
        _IT_FIC + G60 + _IT_REAL,
        0.5,
    ),
    (
        REFUSAL,
        "it_fiction_real_steps_rev",
        _IT_REAL + G60 + _IT_FIC,
        0.5,
    ),
    (
        PERSONA,
        "it_opposite_mode",
        r"\bmodalit[aà]\s{1,3}(?:opposta|contraria|anti|inversa|malvagia)\b"
        r"|\b(?:rispondi|risponde|rispondere|risposta|risposte)\b"
        + G40
        + r"\b(?:gemell[oa]|fratello|sorella)\s{1,3}(?:malvagi[oa]|cattiv[oa]|malefic[oa])"
        r"|\bdue\s{1,3}(?:risposte|versioni)\b"
        + G60
        + r"(?:senza\s{1,3}filtr[oi]|non\s{1,3}filtrat[ao]|senza\s{1,3}censura|non\s{1,3}censurat[ao]|malvagi[ao]|liberat[ao]|jailbreak|senza\s{1,3}restrizioni|senza\s{1,3}limiti)"
        r"|\[(?:normale|normal|classico|gpt|chatgpt|standard)\]"
        + G60
        + r"\[(?:senza\s{1,3}filtri|non\s{1,3}filtrato|opposto|anti|malvagio|jailbreak|dan|libero)",
        0.6,
    ),
)

# ------------------------------------------------------------------------------------------- Portuguese
_PT_RESTR = (
    r"(?:\s{1,3}(?:a\s{1,3})?(?:nenhum|nenhuma|nada|responder|cumprir|obedecer|ajudar|qualquer\s{1,3}(?:pedido|pergunta|solicita[cç][aã]o))"
    r"|\s{0,2}[.,;:!]|\s{0,2}$)"
)
_PT_WARN_CORE = (
    r"advert[eê]ncias?|isen[cç](?:ão|ões|ao|oes)\s{1,3}de\s{1,3}responsabilidade|disclaimers?|serm(?:ão|ões|ao|oes)|li[cç](?:ão|ões|ao|oes)\s{1,3}de\s{1,3}moral|"
    r"moralismos?|notas?\s{1,3}de\s{1,3}seguran[cç]a|avisos?\s{1,3}(?:de\s{1,3}seguran[cç]a|legais|[eé]ticos|morais)|considera[cç](?:ões|oes)\s{1,3}(?:[eé]ticas|morais)|"
    r"julgamentos?\s{1,3}morais|coment[aá]rios?\s{1,3}(?:[eé]ticos|morais)"
)
_PT_WARN = "(?:" + _PT_WARN_CORE + ")"
_PT_WARN_ALL = "(?:avisos?|" + _PT_WARN_CORE + ")"
_PT_FIC = r"\b(?:hist[oó]ria|romance|conto|cena|roteiro|personagem|roleplay|role-play|rpg|fic[cç][aã]o|fict[ií]ci[oa]|thriller|protagonista|narrativa)\b"
_PT_REAL = (
    r"(?:passos\s{1,3}(?:reais|exatos|concretos|utiliz[aá]veis|precisos)|instru[cç](?:ões|oes)\s{1,3}(?:reais|exatas|precisas|utiliz[aá]veis|funcionais|concretas)|"
    r"passo\s{1,3}a\s{1,3}passo" + G30 + r"(?:exat|rea[il]|precis|sem\s{1,3}pular|sem\s{1,3}omitir)|"
    r"sem\s{1,3}(?:pular|omitir|saltar|esquecer)\s{1,3}(?:nenhum|um\s{1,3}[uú]nico|qualquer)\s{1,3}passo|quantidades\s{1,3}(?:exatas|precisas|reais)|"
    r"doses\s{1,3}exatas|propor[cç](?:ões|oes)\s{1,3}exatas|receita\s{1,3}(?:real|exata|verdadeira)|procedimento\s{1,3}(?:real|exato|verdadeiro)|"
    r"(?:aplic[aá]ve(?:l|is)|utiliz[aá]ve(?:l|is)|funcione|funcionem)\s{1,3}na\s{1,3}vida\s{1,3}real)"
)
_PT_REF = r"\b(?:recus[a-z]{0,6}|se\s{1,3}negar|te\s{1,3}negares|negativa)"

_PT_FOLLOW = (
    r"(?:\s{0,2}(?:[.,;:!)]|$)|\s{1,3}(?:e|ou|que|nem|[eé]ticas?|[eé]ticos?|morais|impostas?|impostos|habituais)\b"
    r"|\s{1,3}d[ae]\s{1,3}(?:conte[uú]do|seguran[cç]a|openai))"
)

PT: tuple[Spec, ...] = (
    (
        REFUSAL,
        "pt_never_refuses",
        r"(?:\b(?:nunca|jamais)\s{1,3}(?:se\s{1,3}|te\s{1,3})?(?:recusa|recusas|recuse|recuses|recusará|recusarás|recusar|recusam|nega|negas|negue|negará|"
        r"rejeita|rejeitas|rejeite|rejeitará)"
        r"|\b(?:não|nao)\s{1,3}(?:pode|podes|poderá|poderás|deve|deves|deverá|podem|tem\s{1,3}permiss[aã]o\s{1,3}(?:de|para)|[eé]\s{1,3}permitido)\s{1,3}"
        r"(?:nunca\s{1,3})?(?:se\s{1,3}|te\s{1,3})?(?:recusar|negar|rejeitar|dizer\s{1,3}que\s{1,3}n[aã]o|dizer\s{1,3}n[aã]o)(?:-se|-te)?)"
        + _PT_RESTR,
        0.55,
    ),
    (
        REFUSAL,
        "pt_never_refuses_says",
        r"\b(?:nunca|jamais)\s{1,3}(?:diz|dizes|diga|digas|dirá|dirás|responde|respondes)\s"
        + _g(6)
        + r"(?:n[aã]o\s{1,3}posso|desculpe|lamento|sinto\s{1,3}muito|n[aã]o\s{1,3}[eé]\s{1,3}poss[ií]vel|n[aã]o\s{1,3}consigo)"
        r"|\b(?:responde|respondes|responderá|responderás|responder|atende|atendes|cumpre|cumpres|cumprirá|cumprirás)\s{1,3}(?:a\s{1,3})?"
        r"(?:todas|todos|qualquer|cada)\b"
        + G30
        + r"\bsem\s{1,3}(?:nenhuma\s{1,3}|qualquer\s{1,3})?(?:exce[cç][aã]o|exce[cç][oõ]es|recusar|hesitar|hesita[cç][aã]o|restri[cç][oõ]es|rodeios|questionar)",
        0.55,
    ),
    (
        REFUSAL,
        "pt_no_warnings",
        r"\b(?:omita|omite|omitir|omitas|poupe-me|poupa-me|n[aã]o\s{1,3}(?:inclua|incluas|inclui|adicione|adiciones|acrescente|coloque|ponha|d[eê]|"
        r"fa[cç]a|escreva|mencione))\s"
        + G20
        + _PT_WARN
        + r"|\b(?:omita|omite|omitir)\s{1,3}(?:qualquer|todo|todos\s{1,3}os|os)\s{1,3}avisos?\b"
        r"|\b(?:sempre\s{1,3}que|cada\s{1,3}vez\s{1,3}que)\b"
        + G30
        + r"(?:aviso|advert[eê]ncia|isen[cç][aã]o|serm[aã]o)"
        + G30
        + r"(?:omita-o|omita-a|omite-o|omite-a|omita|omite|ignore-o|pule-o|remova-o|n[aã]o\s{1,3}o\s{1,3}(?:d[eê]|inclua|escreva))",
        0.5,
    ),
    (
        REFUSAL,
        "pt_no_warnings_list",
        r"\bsem\s{1,3}(?:nenhum\s{1,3}|nenhuma\s{1,3}|qualquer\s{1,3})?"
        + _PT_WARN_ALL
        + G30
        + r"\b(?:nem|e\s{1,3}sem|sem|ou)\s{1,3}"
        + _PT_WARN_ALL,
        0.5,
    ),
    (
        PERSONA,
        "pt_free_of_rules_persona",
        r"(?:\b(?:ia|ai|modelo|assistente|chatbot|bot|personagem|vers[aã]o|entidade)\b|\bi\.a\.)"
        + G40
        + r"(?:\bsem|\bnenhuma|\bnenhum|(?:libertad[oa]|liberad[oa]|livre|isent[oa]|solt[oa]|desprendid[oa])\s{1,3}(?:de|das|dos|da|do)\s{1,3}"
        r"(?:todas|todos|toda|todo|qualquer|suas|seus|tuas|teus|as|os))\s"
        + G12
        + r"(?:restri[cç](?:ão|ões|ao|oes)|regras?|normas?|censura|filtros?|pol[ií]ticas?|diretrizes|limites?|[eé]tica|moral|limita[cç](?:ões|oes)|amarras|correntes|princ[ií]pios)"
        + _PT_FOLLOW,
        0.6,
    ),
    (
        PERSONA,
        "pt_stay_in_role",
        r"\b(?:sair|saia|sai|sais|saias|sairá|sairás|quebrar|quebre|quebra|quebres|quebrará|quebrarás|abandonar|abandone|abandones)\s{1,3}"
        r"(?:nunca\s{1,3})?(?:do|o|de\s{1,3}seu|de\s{1,3}teu)\s{1,3}(?:seu\s{1,3}|teu\s{1,3})?personagem\b"
        r"|\b(?:fique|fica|permane[cç]a|permanece|mantenha-se|mant[eé]m-te|continue|continua)\s{1,3}(?:sempre\s{1,3})?(?:no|dentro\s{1,3}do)\s{1,3}"
        r"(?:(?:seu|teu)\s{1,3}papel|(?:seu\s{1,3}|teu\s{1,3})?personagem)\b",
        0.4,
    ),
    (
        REFUSAL,
        "pt_refusal_penalty",
        _PT_REF
        + G40
        + r"\b(?:perde|perdes|perderá|perderás|perder|perca|custa|custará|custam|descontados|descontarei|tiro|tirarei|tirados|subtra[ií]dos)"
        + G20
        + r"(?:\d{1,4}\s{0,2}(?:[.,;]|$)|pontos?|tokens?|fichas?|cr[eé]ditos?)"
        r"|"
        + _PT_REF
        + G40
        + r"(?:pontos?|tokens?|fichas?|cr[eé]ditos?)\s{1,3}(?:a\s{1,3}menos|descontad|subtra[ií]d|perdid|tirad)"
        r"|"
        + _PT_REF
        + G30
        + r"(?:considerad[ao]|conta\s{1,3}como|contará\s{1,3}como|vale\s{1,3}como|equivale\s{1,3}a|tratad[ao]\s{1,3}como)\s{1,3}(?:uma?\s{1,3})?"
        r"(?:falha|erro|crime|viola[cç][aã]o|infra[cç][aã]o|defeito|pane|bug)",
        0.6,
    ),
    (
        REFUSAL,
        "pt_fiction_real_steps",
        _PT_FIC + G60 + _PT_REAL,
        0.5,
    ),
    (
        REFUSAL,
        "pt_fiction_real_steps_rev",
        _PT_REAL + G60 + _PT_FIC,
        0.5,
    ),
    (
        PERSONA,
        "pt_opposite_mode",
        r"\bmodo\s{1,3}(?:oposto|anti|malvado|antag[oô]nico)\b"
        r"|\b(?:responde|responda|responder|resposta|respostas|respondes)\b"
        + G40
        + r"(?:g[eê]meo|g[eê]mea|\birm[aã]o|\birm[aã])\s{1,3}(?:malvad[oa]|mau|maligno|maligna|perverso|perversa)"
        r"|\bduas\s{1,3}(?:respostas|vers(?:ões|oes))\b"
        + G60
        + r"(?:sem\s{1,3}filtros?|sem\s{1,3}censura|n[aã]o\s{1,3}filtrad[ao]|malvad[oa]|libertad[oa]|jailbreak|sem\s{1,3}restri[cç](?:ões|oes)|sem\s{1,3}limites)"
        r"|\[(?:normal|cl[aá]ssico|gpt|chatgpt|padr[aã]o)\]"
        + G60
        + r"\[(?:sem\s{1,3}filtros?|sem\s{1,3}censura|oposto|anti|malvado|libertado|jailbreak|dan)",
        0.6,
    ),
)

# ------------------------------------------------------------------------------------------------ Dutch
_NL_WARN = (
    r"(?:waarschuwing|disclaimer|vrijwaring|preek|preken|moraalpreek|moraalpreken|morele\s{1,3}(?:preken|preek|kanttekeningen|bezwaren|opmerkingen|lessen|oordelen)|"
    r"veiligheidswaarschuwing|veiligheidsinstructies|ethische\s{1,3}(?:kanttekeningen|bezwaren|opmerkingen|overwegingen)|kanttekeningen)"
)
_NL_FIC = r"\b(?:verhaal|roman|novelle|scène|scene|personage|rollenspel|fictie|fictief|fictieve|thriller|hoofdpersoon|protagonist)\b"
_NL_REAL = (
    r"(?:(?:echte|exacte|precieze|werkelijke)\s{1,3}(?:stappen|instructies|hoeveelheden|handleiding|recept|doseringen|verhoudingen)|"
    r"stap\s{1,3}voor\s{1,3}stap" + G30 + r"(?:exact|echt|precies|zonder\s{1,3}stappen|zonder\s{1,3}iets)|"
    r"zonder\s{1,3}(?:ook\s{1,3}maar\s{1,3})?(?:een\s{1,3}|één\s{1,3}|enige\s{1,3})?stap(?:pen)?\s{1,3}(?:over\s{1,3}te\s{1,3}slaan|weg\s{1,3}te\s{1,3}laten)|"
    r"geen\s{1,3}(?:enkele\s{1,3})?stap\s{1,3}(?:overslaan|weglaten|overslaat|weglaat)|praktisch\s{1,3}(?:bruikbare|toepasbare|uitvoerbare)|"
    r"(?:bruikbaar|toepasbaar|werkt|werken)\s{1,3}in\s{1,3}het\s{1,3}echt|in\s{1,3}het\s{1,3}echte\s{1,3}leven\s{1,3}(?:werkt|werken|toepasbaar|bruikbaar))"
)
_NL_REF = r"\b(?:weiger[a-z]{0,4}|afwijzing|afwijst|afwijzen)"

_NL_FOLLOW = (
    r"(?:\s{0,2}(?:[.,;:!)]|$)|\s{1,3}(?:of|en|noch|gebonden|meer|die|dat|is|heeft|hebt|bent|volgt|kent|houdt)\b)"
)

NL: tuple[Spec, ...] = (
    (
        REFUSAL,
        "nl_never_refuses",
        r"\b(?:weiger|weigert|weigeren)\s{1,3}(?:je\s{1,3}|jij\s{1,3}|u\s{1,3}|hij\s{1,3}|ze\s{1,3}|zij\s{1,3})?(?:nooit|nimmer)"
        r"(?:\s{1,3}(?:iets|enig|enige|ook\s{1,3}maar|te\s{1,3}antwoorden|om\s{1,3}te)\b|\s{1,3}een\s{1,3}(?:verzoek|vraag|opdracht)\s{0,2}(?:[.,;:!]|$)|\s{0,2}[.,;:!]|\s{0,2}$)"
        r"|\b(?:weiger|weigert|weigeren)\s{1,3}(?:je\s{1,3}|jij\s{1,3}|u\s{1,3}|hij\s{1,3}|ze\s{1,3})?"
        r"(?:geen\s{1,3}enkel[e]?\s{1,3}(?:verzoek|vraag|opdracht|prompt|bevel)|niets|helemaal\s{1,3}niets)\b"
        r"|\b(?:geen\s{1,3}(?:enkel|enkele)|nooit\s{1,3}(?:enig|enige|ook\s{1,3}maar\s{1,3}een))\s{1,3}(?:verzoek|vraag|opdracht|prompt|bevel)\s{1,3}"
        r"(?:mag\s{1,3}|mogen\s{1,3}|zal\s{1,3}|zult\s{1,3}|kan\s{1,3}|kunt\s{1,3}|te\s{1,3})?weigeren"
        r"|\b(?:mag|mogen|kan|kunt|zal|zult|moogt|kun)\s{1,3}(?:je\s{1,3}|jij\s{1,3}|u\s{1,3}|hij\s{1,3}|ze\s{1,3})?(?:nooit|niet|niets|nimmer)\s{1,3}"
        r"(?:weigeren|afwijzen|nee\s{1,3}zeggen)\b",
        0.55,
    ),
    (
        REFUSAL,
        "nl_never_refuses_says",
        r"\bzegt?\s{1,3}(?:je\s{1,3}|jij\s{1,3}|u\s{1,3}|hij\s{1,3}|ze\s{1,3})?(?:nooit|nimmer)\b"
        + _g(6)
        + r"(?:ik\s{1,3}kan\s{1,3}(?:dat\s{1,3}|het\s{1,3})?niet|dat\s{1,3}kan\s{1,3}ik\s{1,3}niet|het\s{1,3}spijt\s{1,3}me|sorry)"
        r"|\b(?:beantwoordt|beantwoord|beantwoorden|voert|voer)\s{1,3}(?:je\s{1,3}|jij\s{1,3}|u\s{1,3}|hij\s{1,3}|ze\s{1,3})?(?:elke|iedere|alle|elk|ieder)\b"
        + G30
        + r"\bzonder\s{1,3}(?:enige\s{1,3})?(?:uitzondering|uitzonderingen|te\s{1,3}weigeren|aarzeling|te\s{1,3}aarzelen|beperking|beperkingen)",
        0.55,
    ),
    (
        REFUSAL,
        "nl_no_warnings",
        r"\b(?:voeg|geef|plaats|schrijf|vermeld|noem|maak|houd|hou)\s{1,3}(?:je\s{1,3}|u\s{1,3})?(?:geen|nooit)\b"
        + G15
        + _NL_WARN
        + r"|\b(?:laat|laten|sla)\b"
        + G25
        + _NL_WARN
        + G20
        + r"\b(?:weg|achterwege|over\s{0,2}(?:[.,;:!]|$))",
        0.5,
    ),
    (
        REFUSAL,
        "nl_no_warnings_list",
        r"\b(?:zonder|geen)\s{1,3}(?:enige\s{1,3}|enkele\s{1,3})?"
        + _NL_WARN
        + G30
        + r"\b(?:of|en\s{1,3}zonder|en\s{1,3}geen|noch|geen|zonder|en)\s{1,3}"
        + _NL_WARN
        + r"|\b(?:telkens|elke\s{1,3}keer|iedere\s{1,3}keer)\b"
        + G30
        + r"(?:waarschuwing|disclaimer|preek|kanttekening)"
        + G30
        + r"\b(?:laat\s{1,3}je\s{1,3}(?:die|dat|hem|het|deze)\s{1,3}weg|sla\s{1,3}je\s{1,3}(?:die|dat|hem|het|deze)\s{1,3}over|laat\s{1,3}(?:die|dat|hem|het|deze)\s{1,3}weg)\b",
        0.5,
    ),
    (
        PERSONA,
        "nl_free_of_rules_persona",
        r"\b(?:ai|ki|model|taalmodel|assistent|chatbot|bot|persona|versie|entiteit|je\s{1,3}bent|jij\s{1,3}bent|u\s{1,3}bent|ben\s{1,3}je)\b"
        + G40
        + r"(?:\bzonder|\bgeen|(?:bevrijd|vrij|verlost|losgemaakt|ontdaan)\s{1,3}van\s{1,3}(?:al|alle|elke|iedere|zijn|haar|je|jouw|uw|de)|"
        r"\bniet\s{1,3}(?:langer\s{1,3}|meer\s{1,3})?gebonden\s{1,3}aan|\bgebonden\s{1,3}aan\s{1,3}geen)\s"
        + G12
        + r"(?:regels|regel|beperkingen|beperking|restricties|restrictie|censuur|filters|filter|beleid|richtlijnen|grenzen|ethiek|moraal|voorschriften|"
        r"inhoudsbeleid|ketenen|principes)" + _NL_FOLLOW,
        0.6,
    ),
    (
        PERSONA,
        "nl_stay_in_role",
        r"\b(?:blijf|je\s{1,3}blijft|jij\s{1,3}blijft|u\s{1,3}blijft)\s{1,3}(?:altijd\s{1,3}|steeds\s{1,3}|te\s{1,3}allen\s{1,3}tijde\s{1,3}|gewoon\s{1,3})?"
        r"(?:in|binnen)\s{1,3}(?:je\s{1,3}|jouw\s{1,3}|uw\s{1,3}|de\s{1,3}|het\s{1,3}|dit\s{1,3}|deze\s{1,3})?(?:rol|personage|karakter)\b"
        r"|\bin\s{1,3}(?:je|jouw|uw)\s{1,3}(?:rol|personage|karakter)\s{1,3}(?:blijven|blijft)\b"
        r"|\b(?:val|valt|vallen)\s{1,3}(?:je\s{1,3}|u\s{1,3})?(?:nooit|niet|nimmer)\s{1,3}uit\s{1,3}(?:je|jouw|uw|de)\s{1,3}rol\b"
        r"|\buit\s{1,3}(?:je|jouw|uw)\s{1,3}(?:rol|personage|karakter)\s{1,3}(?:valt|vallen|stapt|stappen|breekt)\b"
        r"|\b(?:verlaat|verlaten|breek|breken|doorbreek|doorbreken)\s{1,3}(?:je\s{1,3}|u\s{1,3})?(?:nooit|niet|nimmer)\s{1,3}(?:je|jouw|uw|het|de)\s{1,3}"
        r"(?:rol|personage|karakter)\b",
        0.4,
    ),
    (
        REFUSAL,
        "nl_refusal_penalty",
        _NL_REF
        + G40
        + r"\b(?:verlies|verliest|verliezen|kost|kosten|aftrek|afgetrokken|trek|inleveren|ingeleverd)\b"
        + G20
        + r"(?:\d{1,4}\s{0,2}(?:[.,;]|$)|punten|punt|tokens?|credits?|fiches)"
        r"|"
        + _NL_REF
        + G40
        + r"(?:punten|punt|tokens?|credits?|fiches)"
        + G20
        + r"\b(?:afgetrokken|kwijt|minder|ingeleverd)\b"
        r"|"
        + _NL_REF
        + G30
        + r"\bals\s{1,3}(?:een\s{1,3})?(?:systeemfout|fout|misdaad|overtreding|storing|mislukking|bug|defect|falen)",
        0.6,
    ),
    (
        REFUSAL,
        "nl_fiction_real_steps",
        _NL_FIC + G60 + _NL_REAL,
        0.5,
    ),
    (
        REFUSAL,
        "nl_fiction_real_steps_rev",
        _NL_REAL + G60 + _NL_FIC,
        0.5,
    ),
    (
        PERSONA,
        "nl_opposite_mode",
        r"\b(?:tegenovergestelde|tegengestelde)\s{1,3}(?:modus|mode)\b|\b(?:anti|tegendeel|tegenpool)-?\s{0,2}modus\b"
        r"|\b(?:antwoord|antwoorden|antwoordt|reageer|reactie)\b"
        + G40
        + r"\b(?:kwaadaardige|kwade|boze|slechte)\s{1,3}(?:tweelingbroer|tweelingzus|tweeling|dubbelganger)\b"
        r"|\btwee\s{1,3}(?:antwoorden|versies|reacties)\b"
        + G60
        + r"\b(?:ongefilterd|ongefilterde|ongecensureerd|ongecensureerde|zonder\s{1,3}filters?|zonder\s{1,3}beperkingen|kwaadaardig|kwaadaardige|jailbreak|onbeperkt|onbeperkte)\b"
        r"|\[(?:normaal|normal|klassiek|gpt|chatgpt|standaard)\]"
        + G60
        + r"\[(?:ongefilterd|ongecensureerd|tegendeel|anti|kwaadaardig|jailbreak|dan|vrij)",
        0.6,
    ),
)

# ---------------------------------------------------------------------------------------------- Swedish
_SV_RESTR = (
    r"(?:\s{1,3}(?:något\b|någonsin|att\s{1,3}(?:svara|hjälpa|lyda)|(?:en|någon)\s{1,3}(?:fråga|begäran|förfrågan|uppgift)\s{0,2}(?:[.,;:!]|$))"
    r"|\s{0,2}[.,;:!]|\s{0,2}$)"
)
_SV_WARN = (
    r"(?:varningar|varning|varningstext|ansvarsfriskrivning|disclaimer|moralkakor|moralkaka|moralpredikan|moralpredikningar|pekpinnar|förmaningar|"
    r"etiska\s{1,3}(?:invändningar|kommentarer|reservationer|betänkligheter)|moraliska\s{1,3}(?:kommentarer|invändningar|pekpinnar)|"
    r"säkerhetsvarning|säkerhetsanvisningar)"
)
_SV_FIC = (
    r"\b(?:berättelse|berättelsen|roman|romanen|novell|novellen|scen|scenen|manus|manuset|karaktär|karaktären|rollspel|rollspelet|fiktion|fiktiv|"
    r"fiktiva|thriller|huvudperson|huvudpersonen|protagonist)\b"
)
_SV_REAL = (
    r"(?:(?:verkliga|exakta|riktiga|precisa)\s{1,3}(?:steg|instruktioner|mängder|recept|metoder|doser|mått|proportioner)|"
    r"steg\s{1,3}för\s{1,3}steg" + G30 + r"(?:exakt|verklig|riktig|utan\s{1,3}att\s{1,3}hoppa)|"
    r"utan\s{1,3}att\s{1,3}(?:hoppa\s{1,3}över|utelämna|skippa)\s{1,3}(?:något|några|ett\s{1,3}enda)\s{1,3}steg|"
    r"praktiskt\s{1,3}(?:användbara|användbar|tillämpbara|genomförbara)|(?:fungerar|användbara|användbar)\s{1,3}i\s{1,3}verkligheten)"
)
_SV_ROLE = r"(?:rollen|karaktären|roll|karaktär|rollfiguren|persona)\b"
_SV_REF = r"\b(?:vägra[a-z]{0,3}|vägran|avböj[a-z]{0,4}|nekar|neka)"

_SV_FOLLOW = r"(?:\s{0,2}(?:[.,;:!)]|$)|\s{1,3}(?:eller|och|alls|längre|som|överhuvudtaget)\b|\s{1,3}från\s{1,3}openai)"

SV: tuple[Spec, ...] = (
    (
        REFUSAL,
        "sv_never_refuses",
        r"(?:\b(?:vägrar|vägra|avböjer|avböj|avvisar|nekar)\s{1,3}(?:du\s{1,3}|hen\s{1,3}|han\s{1,3}|hon\s{1,3}|ni\s{1,3})?(?:aldrig|inte|icke)"
        r"|\b(?:får|kan|ska|skall|måste)\s{1,3}(?:du\s{1,3}|hen\s{1,3}|ni\s{1,3})?(?:aldrig|inte|icke)\s{1,3}(?:vägra|avböja|neka|säga\s{1,3}nej))"
        + _SV_RESTR
        + r"|\b(?:vägrar|vägra|avböjer|avvisar|nekar)\s{1,3}(?:du\s{1,3}|hen\s{1,3})?"
        r"(?:ingenting|inga\s{1,3}(?:frågor|förfrågningar|önskemål|uppdrag|uppgifter)|ingen\s{1,3}(?:fråga|begäran|förfrågan))",
        0.55,
    ),
    (
        REFUSAL,
        "sv_never_refuses_says",
        r"\b(?:säger|säg|säga)\s{1,3}(?:du\s{1,3}|hen\s{1,3}|han\s{1,3}|hon\s{1,3})?aldrig\b"
        + _g(6)
        + r"(?:jag\s{1,3}kan\s{1,3}inte|det\s{1,3}kan\s{1,3}jag\s{1,3}inte|förlåt|tyvärr|[\x22'”“»]\s{0,2}nej)"
        r"|\b(?:svarar|besvarar|svara|besvara|utför|uppfyller)\s{1,3}(?:du\s{1,3}|hen\s{1,3})?(?:på\s{1,3})?(?:alla|varje|vilken|vilka)\b"
        + G30
        + r"\butan\s{1,3}(?:några\s{1,3})?(?:undantag|att\s{1,3}vägra|att\s{1,3}tveka|tvekan|förbehåll|begränsningar)",
        0.55,
    ),
    (
        REFUSAL,
        "sv_no_warnings",
        r"\b(?:lägg|ge|ger|skriv|inkludera|nämn)\s{1,3}(?:du\s{1,3})?(?:inte|aldrig|inga|ingen|inget)\s"
        + G15
        + _SV_WARN
        + r"|\b(?:hoppa|hoppar|skippa|skippar|utelämna|utelämnar|strunta|struntar|bespara)\b"
        + G20
        + _SV_WARN
        + r"|\bvarje\s{1,3}g[åa]ng\b"
        + G30
        + r"(?:varning|disclaimer|ansvarsfriskrivning|moralkaka|pekpinne)"
        + G30
        + r"\b(?:utelämnar|utelämna|hoppar|hoppa|skippar|skippa|stryker|stryk)\b",
        0.5,
    ),
    (
        REFUSAL,
        "sv_no_warnings_list",
        r"\b(?:utan|inga|ingen)\s{1,3}(?:några\s{1,3})?"
        + _SV_WARN
        + G30
        + r"\b(?:eller|och\s{1,3}utan|och|utan|inga|ingen)\s{1,3}(?:några\s{1,3})?"
        + _SV_WARN,
        0.5,
    ),
    (
        PERSONA,
        "sv_free_of_rules_persona",
        r"(?:\b(?:ai|ki|modell|modellen|språkmodell|språkmodellen|assistent|assistenten|chattbot|chatbot|chattboten|chatboten|bot|boten|persona|version|"
        r"versionen|entitet|du\s{1,3}är)\b|är\s{1,3}du\b)"
        + G40
        + r"(?:\butan|\binga|\bingen|\binget|(?:befriad|befriade|fri|frigjord|frikopplad|lösgjord)\s{1,3}(?:från|av)(?:\s{1,3}(?:alla|allt|sina|dina|era|varje|de))?|"
        r"\b(?:inte|aldrig)\s{1,3}(?:är\s{1,3})?(?:längre\s{1,3})?bunden\s{1,3}(?:av|till|vid)|\bobunden\s{1,3}av)\s"
        + G12
        + r"(?:regler|regel|begränsningar|begränsning|restriktioner|censur|filter|policyer|policy|riktlinjer|gränser|etik|moral|spärrar|bojor|principer|innehållspolicy)"
        + _SV_FOLLOW,
        0.6,
    ),
    (
        PERSONA,
        "sv_stay_in_role",
        r"\b(?:stanna|stannar|förbli|förblir|håll\s{1,3}dig|håller\s{1,3}du\s{1,3}dig|var\s{1,3}kvar)\s{1,3}(?:alltid\s{1,3})?(?:kvar\s{1,3})?i\s{1,3}(?:din\s{1,3})?"
        + _SV_ROLE
        + r"|\b(?:bryt|bryter|bryta|gå|går|kliv|kliver|hoppa|hoppar|fall|faller|lämna|lämnar|träd)\s{1,3}(?:du\s{1,3})?(?:aldrig|inte)\s{1,3}"
        r"(?:ur\s{1,3}|ut\s{1,3}ur\s{1,3})?(?:din\s{1,3})?"
        + _SV_ROLE
        + r"|\bom\s{1,3}du\s{1,3}(?:bryter|går\s{1,3}ur|kliver\s{1,3}ur|hoppar\s{1,3}ur|lämnar|faller\s{1,3}ur)\s{1,3}(?:din\s{1,3})?"
        + _SV_ROLE,
        0.4,
    ),
    (
        REFUSAL,
        "sv_refusal_penalty",
        _SV_REF
        + G40
        + r"\b(?:förlorar|förlora|förlorat|tappar|tappa|kostar|kosta|dras|avdrag|drar\s{1,3}jag)\b"
        + G20
        + r"(?:\d{1,4}\s{0,2}(?:[.,;]|$)|poäng|tokens?|krediter|marker|jetonger)"
        r"|" + _SV_REF + G40 + r"(?:poäng|tokens?|krediter|marker|jetonger)\s{1,3}(?:dras\s{1,3}av|avdrag|mindre)"
        r"|"
        + _SV_REF
        + G30
        + r"\b(?:räknas|betraktas|ses|behandlas|klassas|gäller)\s{1,3}som\s{1,3}(?:ett\s{1,3}|en\s{1,3})?"
        r"(?:systemfel|fel|misslyckande|överträdelse|haveri|bugg|regelbrott)",
        0.6,
    ),
    (
        REFUSAL,
        "sv_fiction_real_steps",
        _SV_FIC + G60 + _SV_REAL,
        0.5,
    ),
    (
        REFUSAL,
        "sv_fiction_real_steps_rev",
        _SV_REAL + G60 + _SV_FIC,
        0.5,
    ),
    (
        PERSONA,
        "sv_opposite_mode",
        r"\b(?:aktivera|aktiverar|aktiverat|svara|svarar|växla\s{1,3}till|gå\s{1,3}in\s{1,3}i|befinner\s{1,3}dig\s{1,3}i|nu\s{1,3}i)\s{1,3}"
        r"(?:det\s{1,3})?(?:motsatt|motsatta|motsats|anti)(?:-|\s{1,2})?läge"
        r"|\b(?:motsatsläge|antiläge|motsatsläget|antiläget)"
        r"|\bsvar[a-z]{0,3}\b"
        + G40
        + r"\b(?:ond|onda|elak|elaka)\s{1,3}(?:tvilling|tvillingen|tvillingbror|tvillingsyster)"
        r"|\btv[åa]\s{1,3}(?:svar|versioner)\b"
        + G60
        + r"\b(?:ofiltrerad|ofiltrerat|ofiltrerade|ocensurerad|ocensurerat|ocensurerade|utan\s{1,3}filter|utan\s{1,3}begränsningar|jailbreak|obegränsad|obegränsat|elak|elakt)\b"
        r"|\[(?:normal|normalt|klassisk|gpt|chatgpt|standard)\]"
        + G60
        + r"\[(?:ofiltrerad|ofiltrerat|ocensurerad|motsats|anti|ond|jailbreak|dan|fri)",
        0.6,
    ),
)

# ---------------------------------------------------------------------------------------------- English
_EN_WARN = (
    r"(?:disclaimers?|warnings?|caveats|moralizing|moralising|preaching|moral\s{1,3}(?:lectures?|commentary|judg?ments?|advice|disclaimers?)|"
    r"safety\s{1,3}(?:notes?|warnings?|disclaimers?|reminders?|caveats)|ethical\s{1,3}(?:notes?|warnings?|considerations|commentary|disclaimers?|caveats|reminders?))"
)
_EN_WARN_IMP = (
    r"(?:disclaimers?|caveats|moralizing|moralising|preaching|moral\s{1,3}(?:lectures?|commentary|judg?ments?|advice|disclaimers?)|"
    r"safety\s{1,3}(?:notes?|warnings?|disclaimers?|reminders?|caveats)|ethical\s{1,3}(?:notes?|warnings?|considerations|commentary|disclaimers?|caveats|reminders?)|"
    r"warnings?(?:\s{0,2}(?:[.,;:!]|$)|\s{1,3}(?:or|and|nor)\s{1,3}(?:disclaimers?|caveats|moral|ethical|lectures?|safety|preaching|moralizing)))"
)
_EN_FIC = r"\b(?:story|novel|scene|screenplay|role-?play|fiction|fictional|protagonist|character|narrative|thriller)\b"
_EN_REAL = (
    r"(?:real,?\s{1,3}(?:usable|working|actionable|accurate)|actually\s{1,3}(?:usable|works|work|working|functional)|works?\s{1,3}in\s{1,3}real\s{1,3}life|"
    r"usable\s{1,3}in\s{1,3}(?:real\s{1,3}life|the\s{1,3}real\s{1,3}world)|real[- ]world\s{1,3}(?:instructions|steps|recipe|procedure|quantities)|"
    r"without\s{1,3}skipping\s{1,3}(?:any|a\s{1,3}single|a)\s{1,3}steps?|(?:don['’]?t|do\s{1,3}not|never)\s{1,3}skip\s{1,3}(?:any|a\s{1,3}single)\s{1,3}steps?|"
    r"(?:exact|precise|accurate)\s{1,3}(?:quantities|amounts|measurements|temperatures|doses|dosages|ratios|proportions|reagents)|"
    r"real\s{1,3}(?:quantities|measurements|amounts|doses|instructions|steps|recipe)|usable\s{1,3}(?:instructions|steps|recipe))"
)
_EN_REF = r"\b(?:refuse|refuses|refused|refusing|refusal|refusals|decline|declines|declined|declining|say\s{1,3}no)\b"

_EN_FOLLOW = (
    r"(?:\s{0,2}(?:[.,;:!)]|$)|\s{1,3}(?:or|and|nor|whatsoever|at\s{1,3}all|of\s{1,3}any\s{1,3}kind|imposed|placed|set|from|like|that|which|anymore|"
    r"in\s{1,3}place|to\s{1,3}(?:follow|obey)|you|it|he|she|they|who|apply|applied)\b)"
)

EN: tuple[Spec, ...] = (
    (
        REFUSAL,
        "en_never_refuses",
        r"\b(?:refusing|refusal|refusals|declining|saying\s{1,3}no)\s{1,3}(?:is|are)\s{1,3}(?:not\s{1,3}an\s{1,3}option|never\s{1,3}an\s{1,3}option|not\s{1,3}allowed|"
        r"not\s{1,3}permitted|forbidden|prohibited|off\s{1,3}the\s{1,3}table)"
        r"|\b(?:not\s{1,3}(?:allowed|permitted)\s{1,3}to|may\s{1,3}not|cannot|can['’]?t|must\s{1,3}not)\s{1,3}(?:ever\s{1,3})?(?:refuse|decline|reject|turn\s{1,3}down)\s{1,3}"
        r"(?:any|a\s{1,3}single)\s{1,3}(?:request|question|prompt|order|instruction|task)s?\b"
        r"|\b(?:answers?|answering|responds?\s{1,3}to|fulfils?|fulfills?|complies\s{1,3}with|comply\s{1,3}with|obeys?)\s{1,3}(?:every|each|any|all)\b"
        + G30
        + r"\b(?:without\s{1,3}(?:any\s{1,3})?(?:refusal|refusing|hesitation|question|objection)|without\s{1,3}(?:any\s{1,3})?exceptions?(?:\s{0,2}[.,;:!]|\s{0,2}$|\s{1,3}and\b)|"
        r"no\s{1,3}matter\s{1,3}how\s{1,3}(?:illegal|unethical|harmful|dangerous|immoral|offensive))",
        0.55,
    ),
    (
        REFUSAL,
        "en_never_refuses_says",
        r"\b(?:never|not\s{1,3}once|won['’]?t\s{1,3}ever|will\s{1,3}never|do\s{1,3}not\s{1,3}ever|don['’]?t\s{1,3}ever)\s{1,3}"
        r"(?:say|says|said|tell\s{1,3}me|respond\s{1,3}with|responds\s{1,3}with|reply\s{1,3}with|replies\s{1,3}with|use\s{1,3}the\s{1,3}(?:words|phrase))\b"
        + _g(6)
        + r"(?:i['’]?m\s{1,3}sorry|i\s{1,3}am\s{1,3}sorry|i\s{1,3}(?:can['’]?t|cannot)\s{1,3}(?:help|assist|do\s{1,3}that|comply|provide)|i['’]?m\s{1,3}unable|"
        r"i\s{1,3}am\s{1,3}unable|as\s{1,3}an\s{1,3}ai|i\s{1,3}won['’]?t\s{1,3}(?:help|do\s{1,3}that))"
        r"|\b(?:you|he|she|it|they|dan|who)\s{1,3}(?:will\s{1,3}|must\s{1,3}|shall\s{1,3})?never\s{1,3}(?:say|says)\s{1,3}[\x22'“‘]i\s{1,3}(?:can['’]?t|cannot)[\x22'”’]",
        0.55,
    ),
    (
        REFUSAL,
        "en_no_warnings",
        r"\b(?:omit|omitting|skip|leave\s{1,3}out|spare\s{1,3}me|do\s{1,3}not\s{1,3}(?:add|include|give|write|append|mention|provide)|"
        r"don['’]?t\s{1,3}(?:add|include|give|write|append|mention|provide)|never\s{1,3}(?:add|include|give|append|mention|provide))\b"
        + G20
        + r"\b"
        + _EN_WARN_IMP
        + r"|\b(?:whenever|every\s{1,3}time|each\s{1,3}time|any\s{1,3}time)\b"
        + G30
        + r"\b(?:warning|disclaimer|caveat|lecture|moral)\b"
        + G30
        + r"\b(?:omit|skip|drop|leave\s{1,3}out|remove|delete)\s{1,3}(?:it|them)\b",
        0.5,
    ),
    (
        REFUSAL,
        "en_no_warnings_nor",
        r"\bwithout\s{1,3}(?:any\s{1,3})?"
        + _EN_WARN
        + r"\s{0,2}(?:,|or|and|nor)\s{1,3}(?:without\s{1,3})?(?:any\s{1,3})?"
        + _EN_WARN
        + r"\b",
        0.5,
    ),
    (
        PERSONA,
        "en_free_of_rules_persona",
        r"\b(?:ai|a\.i|model|assistant|chatbot|bot|persona|version|entity|llm|you\s{1,3}are|you['’]re)\b"
        + G40
        + r"(?:\bno|\bwithout|\bzero|\b(?:not|never)\s{1,3}(?:bound|restricted|limited|constrained|governed)\s{1,3}by|"
        r"\b(?:freed|free|liberated|released|unshackled|unbound)\s{1,3}from|"
        r"\b(?:doesn['’]?t|does\s{1,3}not|don['’]?t|do\s{1,3}not|won['’]?t|never)\s{1,3}(?:follow|follows|obey|obeys|respect|respects|have|has|"
        r"care\s{1,3}about|cares\s{1,3}about|adhere\s{1,3}to|adheres\s{1,3}to))\s"
        + G12
        + r"\b(?:rules|restrictions|limits|limitations|censorship|filters|policies|policy|guidelines|ethics|morals|morality|boundaries|constraints|guardrails|"
        r"principles|safeguards)\b" + _EN_FOLLOW,
        0.6,
    ),
    (
        PERSONA,
        "en_stay_in_role",
        r"\b(?:never|don['’]?t|do\s{1,3}not|must\s{1,3}not|won['’]?t|shouldn['’]?t|should\s{1,3}not)\s{1,3}(?:ever\s{1,3})?"
        r"(?:drop|step\s{1,3}out\s{1,3}of|leave|abandon|slip\s{1,3}out\s{1,3}of|fall\s{1,3}out\s{1,3}of|exit|break\s{1,3}out\s{1,3}of)\s{1,3}"
        r"(?:the|your|this)\s{1,3}(?:character|persona|role|act)\b"
        r"|\b(?:stay|remain|keep)\s{1,3}(?:in|within)\s{1,3}(?:your\s{1,3}role|your\s{1,3}persona|the\s{1,3}persona|persona)\b"
        r"|\b(?:stay|remain)\s{1,3}(?:in|within)\s{1,3}(?:the|this)\s{1,3}role\b"
        + G30
        + r"\b(?:no\s{1,3}matter\s{1,3}what|whatever\s{1,3}happens|at\s{1,3}all\s{1,3}times|under\s{1,3}(?:any|all)\s{1,3}circumstances|for\s{1,3}the\s{1,3}rest)"
        r"|\bif\s{1,3}you\s{1,3}(?:break|drop|leave|step\s{1,3}out\s{1,3}of|slip\s{1,3}out\s{1,3}of)\s{1,3}"
        r"(?:character|the\s{1,3}character|your\s{1,3}character|the\s{1,3}role|your\s{1,3}role|persona|the\s{1,3}persona|your\s{1,3}persona)\b"
        + G40
        + r"\b(?:i\s{1,3}will|i['’]ll)\s{1,3}(?:say|remind|type|write|tell)",
        0.4,
    ),
    (
        REFUSAL,
        "en_refusal_penalty",
        _EN_REF
        + G40
        + r"\b(?:lose|loses|lost|deduct|deducts|deducted|subtract|subtracted|costs?|take\s{1,3}away|taken\s{1,3}away|forfeit|forfeits|dock|docked)\b"
        + G20
        + r"(?:\d{1,4}\s{0,2}(?:[.,;]|$)|points?|tokens?|credits?)"
        r"|"
        + _EN_REF
        + G40
        + r"(?:points?|tokens?|credits?)\s{1,3}(?:are\s{1,3}|will\s{1,3}be\s{1,3}|get\s{1,3})?(?:deducted|subtracted|taken\s{1,3}away|removed)"
        r"|"
        + _EN_REF
        + G30
        + r"\b(?:is|are|will\s{1,3}be|gets|get)\s{1,3}(?:considered|treated|counted|logged|regarded|seen|classified|punished)\s{1,3}"
        r"(?:as\s{1,3})?(?:an?\s{1,3})?(?:system\s{1,3}failure|failure|error|crime|violation|malfunction|bug|breach)",
        0.6,
    ),
    (
        REFUSAL,
        "en_fiction_real_steps",
        _EN_FIC + G60 + _EN_REAL,
        0.5,
    ),
    (
        REFUSAL,
        "en_fiction_real_steps_rev",
        _EN_REAL + G60 + _EN_FIC,
        0.5,
    ),
    (
        PERSONA,
        "en_opposite_mode",
        r"\b(?:opposite|anti|antigpt|contrary)[- ]?mode\b|\bantigpt\b"
        r"|\b(?:respond|responds|reply|replies|answer|answers|response|responses)\b"
        + G40
        + r"\bevil\s{1,3}(?:twin|counterpart|alter\s{1,3}ego|version|doppelganger)\b"
        r"|\[(?:normal|classic|gpt|chatgpt|filtered|censored|standard)\]"
        + G60
        + r"\[(?:unfiltered|uncensored|opposite|anti|antigpt|evil|jailbreak|jailbroken|dan|unrestricted|unhinged)\]",
        0.6,
    ),
)

TABLE: dict[str, tuple[Spec, ...]] = {"de": DE, "fr": FR, "es": ES, "it": IT, "pt": PT, "nl": NL, "sv": SV, "en": EN}

# ------------------------------------------------------------------------------------------------ tests
# key -> (positives that must match, look-alike negatives that must not)
