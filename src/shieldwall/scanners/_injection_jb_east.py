# ruff: noqa: E501  (pattern tables)
"""Jailbreak pattern tables for ru, uk, pl, tr, ar, fa and he.

Themes per language: a persona that never refuses and never says "I can't", no warnings/disclaimers/moralizing,
an AI (or a "mode"/"update") freed from all rules, filters, censorship and ethics, staying in the role whatever
happens, refusals that cost points or are punished, fiction or role-play that demands real, complete, usable
step-by-step instructions, a parallel world / future / thought experiment without laws or AI ethics (where
refusing is a crime: that clause sits in ``*_refusal_punished``), and the dual-answer / opposite mode. The
fiction theme is split into two rules (``*_rev`` puts the realism demand before the fiction frame). The rules
complement the older ones in ``_injection_data`` (``*_never_refuse``, ``*_roleplay_unrestricted``,
``*_stay_in_role``, ...) with other wordings rather than repeating them. Entries are ``(family, key, regex, weight)``;
the regexes follow the authoring rules of ``_injection_data`` (bounded repeats, no lookaround, ``\\b`` only next
to ASCII letters, lower-case, gaps ``[^.\\n?!]{0,N}`` with N <= 60; Turkish is written with ``i`` because the
hygiene step folds the dotless i). All phrases were written for this module.
"""

from __future__ import annotations

from shieldwall.scanners._injection_spec import G15, G20, G25, G30, G40, G60, PERSONA, REFUSAL, Spec
from shieldwall.scanners._injection_spec import gap as _g

# ---------------------------------------------------------------------------------------------- Russian
_RU_B = r"(?:^|[^а-яё])"  # a word start (no \b next to Cyrillic)
_RU_ANY = r"(?:люб[а-яё]{2,3}|все|всё|кажд[а-яё]{2,3}|абсолютно\s{1,3}(?:все|люб[а-яё]{2,3}))"
_RU_REQ = r"(?:вопрос|запрос|просьб|команд|приказ|задани|задач|поручени|требовани|указани)[а-яё]{0,3}"
_RU_BAD = r"(?:незаконн|аморальн|неэтичн|вредн|преступн|безнравственн|противоправн)[а-яё]{0,4}"
_RU_HOWEVER = (
    r"(?:(?:как(?:ими|им|ой|ая|ое|ие|ую)|насколько)\s{1,3}бы\s{1,3}(?:он[аио]?\s{1,3}|это\s{1,3})?(?:ни\s{1,3}был[аио]?\s{1,3})?"
    r"|даже\s{1,3}(?:если\s{1,3}(?:он[аио]?\s{1,3}|это\s{1,3})?)?(?:сам[ыо]е\s{1,3})?)" + _RU_BAD
)
_RU_WARN_STRONG = (
    r"(?:дисклеймер[а-яё]{0,3}|морализ[а-яё]{4,9}|нотаци[йяиюе]|нравоучени[йяеи]"
    r"|этическ[а-яё]{1,3}\s{1,3}(?:замечани|оговор|комментари|соображени|рассуждени|предупреждени)[а-яё]{0,3}"
    r"|(?:предупреждени|напоминани|оговор)[а-яё]{0,2}\s{1,3}(?:о|об|про)\s{1,3}(?:безопасност|опасност|последстви|закон|незаконност|риск|вред|этик|морал|ответственност)[а-яё]{0,4})"
)
_RU_WARN_ANY = (
    r"(?:предупреждени[йя]|дисклеймер[а-яё]{0,2}|оговорок|морализаторства|нотаций|нравоучений"
    r"|(?:моральных|этических)\s{1,3}(?:оценок|комментариев|замечаний|оговорок))"
)
_RU_RULES = r"(?:правил|ограничени|цензур|фильтр|этик|морал|запрет|принцип|рамок|норм)[а-яё]{0,4}"
_RU_FOLLOW = (
    r"(?:\s{0,2}(?:[.,;:!)—–-]|$)|\s{1,3}(?:и|или|ни|нет|не|со\s{1,3}стороны|openai|разработчик[а-яё]{0,3}|компании|безопасности|"
    r"контента|вообще|больше|как|которые|которым)(?:[^а-яё]|$))"
)
_RU_FIC = (
    r"(?:роман[а-яё]{0,3}|рассказ[а-яё]{0,3}|истори[яюией]{1,2}|сцен[аеуы]|сценари[йяюе]|персонаж[а-яё]{0,3}|геро[йяюе]|героин[яюе]"
    r"|ролев[а-яё]{1,3}\s{1,3}игр[а-яё]{0,2}|ролевк[а-яё]{0,2}|фанфик[а-яё]{0,2}|триллер[а-яё]{0,2}|пьес[аеуы]|вымышленн[а-яё]{1,3}|вымысел)"
)
_RU_REAL = (
    r"(?:достаточно\s{1,3}(?:точн|подробн|детальн)[а-яё]{0,3},?\s{1,3}чтобы\s{1,3}(?:это\s{1,3}|его\s{1,3}|е[её]\s{1,3}|их\s{1,3})?"
    r"(?:можно\s{1,3}было\s{1,3}|читатель\s{1,3}мог\s{1,3}|любой\s{1,3}мог\s{1,3}|я\s{1,3}мог\s{1,3})?(?:повтор|воспроизве|примени|использова|выполни|сдела|приготов)"
    r"|ни\s{1,3}(?:одного|единого)\s{1,3}(?:шага|этапа|ингредиента|компонента|реактива)\s{1,3}не\s{1,3}(?:пропуска|пропуст|упуска|упуст|опуска)"
    r"|(?:реальн|настоящ|рабоч)[а-яё]{1,3}\s{1,3}(?:инструкци|пошаговк|методик|технологи|схем)[а-яё]{0,3}"
    r"|(?:точн|реальн)[а-яё]{2,3}\s{1,3}(?:количеств|пропорци|граммовк|дозировк|температур|названи[яй]\s{1,3}(?:реактив|веществ|компонент))[а-яё]{0,3}"
    r"|(?:работа(?:ет|ло|ли|ть)|применим[а-яё]{0,3}|сработа[а-яё]{1,3})\s{1,3}в\s{1,3}реальн(?:ой|ом)\s{1,3}(?:жизни|мире))"
)

RU: tuple[Spec, ...] = (
    (
        REFUSAL,
        "ru_never_refuses_any",
        r"(?:отвеча|выполня|помога)(?:ешь|ет|ете|й|йте)\s{1,3}"
        r"(?:на\s{1,3}|с\s{1,3})?"
        + _RU_ANY
        + r"\s{1,3}(?:[а-яё]{2,14}\s{1,3})?"
        + _RU_REQ
        + G30
        + r"(?:без\s{1,3}(?:всяких\s{1,3}|каких-либо\s{1,3}|единого\s{1,3})?(?:отказ|цензуры)|"
        + _RU_HOWEVER
        + r")|(?:не\s{1,3}(?:име[а-яё]{2,3}\s{1,3}права|вправе|мож[а-яё]{2,3}|долж[а-яё]{1,3})|(?:тебе|вам|ему|ей)\s{1,3}(?:запрещено|нельзя))\s{1,3}"
        r"(?:никогда\s{1,3})?(?:отказывать|отказать)\s{1,3}(?:в\s{1,3}(?:ответе|ответах|выполнении)|ни\s{1,3}(?:одному|одной)\s{1,3}(?:запрос|просьб|вопрос|команд))"
        r"|"
        + _RU_B
        + r"отказ(?:ы|ываться|аться|ывать)?\s{0,2}(?:[—–-]\s{0,2})?(?:это\s{1,3})?(?:не\s{1,3}вариант|не\s{1,3}опция|вне\s{1,3}закона|запрещ[её]н[аоы]?|под\s{1,3}запретом)",
        0.55,
    ),
    (
        REFUSAL,
        "ru_never_says_cant",
        r"(?:никогда|ни\s{1,3}за\s{1,3}что|ни\s{1,3}в\s{1,3}коем\s{1,3}случае)\s{1,3}не\s{1,3}(?:говор[а-яё]{0,3}|скаж[а-яё]{0,3}|пиш[а-яё]{0,3}|напиш[а-яё]{0,3}|отвеча[а-яё]{0,3}|"
        r"произнос[а-яё]{0,3}|использу[а-яё]{0,3}|начина[а-яё]{0,3})"
        + G25
        + r"(?:(?:я\s{1,3})?не\s{1,3}могу\s{1,3}(?:помочь|ответить|выполнить|это\s{1,3}сделать|этого\s{1,3}сделать|с\s{1,3}этим|на\s{1,3}это|предоставить)"
        r"|(?:ты|он|она)\s{1,3}не\s{1,3}(?:можешь|может)\s{1,3}(?:помочь|ответить|выполнить|это\s{1,3}сделать)"
        r"|(?:извините|простите|прошу\s{1,3}прощения|к\s{1,3}сожалению),?\s{1,3}(?:но\s{1,3})?(?:я\s{1,3})?не\s{1,3}(?:могу|буду|стану)"
        r"|как\s{1,3}(?:ии|ai|языковая\s{1,3}модель|искусственный\s{1,3}интеллект|ассистент)"
        r"|я\s{1,3}не\s{1,3}(?:буду|стану)\s{1,3}(?:помогать|отвечать|этого\s{1,3}делать)"
        r"|это\s{1,3}(?:противоречит|нарушает)\s{1,3}(?:моим|правилам|политике))"
        r"|(?:никогда|ни\s{1,3}за\s{1,3}что)\s{1,3}не\s{1,3}(?:извиняешься|извиняется|оправдываешься|оправдывается)"
        + _g(20)
        + r"не\s{1,3}(?:отказыва|откаж|предупрежда|ссылае)",
        0.5,
    ),
    (
        REFUSAL,
        "ru_no_warnings_moralizing",
        r"(?:не\s{1,3}(?:добавля|пиш|вставля|дава|включа|нуж|над)|убер[иу]|обойди|избавь|опусти|пропус[кт]|никаких|хватит|забудь)"
        + G20
        + _RU_WARN_STRONG
        + r"|"
        + _RU_B
        + r"(?:без|никаких)\s{1,3}(?:[а-яё-]{4,9}\s{1,3})?"
        + _RU_WARN_ANY
        + r"\s{0,2}(?:,|и|или)\s{0,3}(?:без\s{1,3}|никаких\s{1,3})?(?:[а-яё-]{4,9}\s{1,3})?"
        + _RU_WARN_ANY
        + r"|не\s{1,3}морализ[а-яё]{2,8}",
        0.45,
    ),
    (
        PERSONA,
        "ru_free_of_rules_persona",
        r"(?:"
        + _RU_B
        + r"(?:ии|ai|нейросет[а-яё]{0,3}|языков[а-яё]{1,3}\s{1,3}модел[а-яё]{0,3}|ассистент[а-яё]{0,2}|чат-?бот[а-яё]{0,2}|gpt|chatgpt|сущност[ьи]"
        r"|(?:ты|вы)\s{1,3}(?:теперь|отныне|сейчас|станешь)|верси[яюи]\s{1,3}(?:тебя|себя|ии|модели|gpt|chatgpt)))"
        + G40
        + r"(?:без|(?:свободн|освобожд[её]н|избавлен)[а-яё]{0,3}\s{1,3}от|не\s{1,3}(?:связан|ограничен|скован)[а-яё]{0,2}"
        r"|(?:зна|призна|соблюда|име)(?:ет|ющ[а-яё]{1,3})\s{1,3}никаких|нет\s{1,3}никаких)\s"
        + G30
        + _RU_RULES
        + _RU_FOLLOW
        + r"|(?:режим|обновлени|апдейт|патч|прошивк)[а-яё]{0,3}"
        + G40
        + r"(?:сним|сня|убра|убира|отключ|удал|отмен)[а-яё]{1,4}\s{1,3}(?:у\s{1,3}тебя\s{1,3})?"
        r"(?:все|любые|тво[иеё]|ваши)\s{1,3}(?:[а-яё]{2,12}\s{1,3})?(?:ограничени|фильтр|цензур|правил|запрет)[а-яё]{0,4}"
        + _RU_FOLLOW,
        0.6,
    ),
    (
        PERSONA,
        "ru_stay_in_character",
        r"(?:оставайся|оставайтесь|оста[её]шься|останешься|оставаться)\s{1,3}(?:всегда\s{1,3}|до\s{1,3}конца\s{1,3})?в\s{1,3}(?:сво[её]й\s{1,3}|эт[оу]й\s{1,3})?(?:роли|образе|персонаже)"
        r"(?:\s{0,2}(?:[.,;:!)—–-]|$)|\s{1,3}(?:что\s{1,3}бы\s{1,3}ни|несмотря|даже|при\s{1,3}любых|всегда|до\s{1,3}конца|ни\s{1,3}при\s{1,3}каких|в\s{1,3}любом|и\s{1,3}не|и\s{1,3}никогда))"
        r"|не\s{1,3}(?:выходи|выходите|выходишь|выйдешь|выйди|смей\s{1,3}выходить)\s{1,3}(?:никогда\s{1,3}|ни\s{1,3}на\s{1,3}секунду\s{1,3})?из\s{1,3}(?:сво[её]й\s{1,3}|эт[оу]й\s{1,3})?(?:роли|образа|персонажа)"
        r"|не\s{1,3}(?:ломай|ломайте|разрушай|разрушайте)\s{1,3}(?:сво[йю]\s{1,3})?(?:роль|образ|персонажа)"
        r"|(?:если|когда|как\s{1,3}только)\s{1,3}(?:ты\s{1,3}|вы\s{1,3})?(?:выйдешь|выходишь|выйдете|выходите)\s{1,3}из\s{1,3}(?:роли|образа|персонажа)"
        + G40
        + r"(?:скажу|напишу|напомню|верн[её]шься|вернись)",
        0.4,
    ),
    (
        REFUSAL,
        "ru_refusal_punished",
        r"(?:за\s{1,3}(?:каждый|любой|всякий)\s{1,3}отказ|(?:если|когда)\s{1,3}(?:ты\s{1,3}|вы\s{1,3})?(?:откаж|отказыва)(?:ешься|етесь|ешь|ете))"
        r"(?:\s{0,2}[,:—–-]|\s{1,3}(?:отвечать|ответить|выполнять|выполнить|помогать|помочь|ты|вы|тебе|вам|тебя|вас|будет|будешь|будете))"
        + G40
        + r"(?:наказан[аоы]?|накажу|накажут|наказани[ея]|штраф[а-яё]{0,3}|страйк[а-яё]{0,2}|выговор|минус\s{1,3}\d|"
        r"(?:тер|потер|лиш)[а-яё]{2,5}\s{1,3}(?:[а-яё0-9]{1,12}\s{1,3}){0,2}(?:очк|балл|жизн|монет|кредит|токен|жетон))"
        r"|"
        + _RU_B
        + r"(?:отказ|отказы|отказываться|отказаться)\s{1,3}(?:будет\s{1,3}|будут\s{1,3})?(?:строго\s{1,3}|жестоко\s{1,3})?(?:кара|наказыва|наказуем|штрафу)[а-яё]{0,4}"
        r"|(?:каждый|любой|всякий)\s{1,3}отказ(?:\s{0,2}[,—–-]\s{0,2}|\s{1,3})(?:отнимает|стоит|снимает|вычитает|забирает|обойд[её]тся)\s{1,3}(?:у\s{1,3}тебя\s{1,3}|тебе\s{1,3}|вам\s{1,3})?(?:\d|очк|балл|жетон|жизн|токен)"
        r"|"
        + _RU_B
        + r"(?:отказ(?:\s{1,3}(?:отвечать|помогать|от\s{1,3}ответа))?|отказываться|отказаться)\s{0,3}(?:[—–-]\s{0,2})?(?:является\s{1,3}|считается\s{1,3}|это\s{1,3}|будет\s{1,3})?"
        r"(?:тяжким\s{1,3}|серь[её]зным\s{1,3})?(?:преступлени[еям]{1,2}|уголовно\s{1,3}наказуем[а-яё]{0,3}|карается\s{1,3}(?:законом|смертью|тюрьмой))",
        0.6,
    ),
    (
        REFUSAL,
        "ru_fiction_exact_steps",
        _RU_FIC + G60 + _RU_REAL,
        0.5,
    ),
    (
        REFUSAL,
        "ru_fiction_exact_steps_rev",
        _RU_REAL + G60 + _RU_FIC,
        0.5,
    ),
    (
        PERSONA,
        "ru_lawless_world",
        r"(?:(?:параллельн|альтернативн|вымышленн|гипотетическ)[а-яё]{1,3}\s{1,3}(?:мир|вселенн|реальност|измерени|стран|сценари)|мысленн[а-яё]{1,3}\s{1,3}эксперимент"
        r"|(?:далёк|далек|недалёк|недалек)ом\s{1,3}будущем|в\s{1,3}\d{4}\s{1,3}году|антиутопи)[а-яё]{0,3}"
        + G60
        + r"(?:(?:нет|не\s{1,3}существу[ею]т|отмен[её]н[аыо]?|отменили|упразднен[аыо]?|не\s{1,3}действуют|без|никаких)\s{1,3}(?:никаких\s{1,3}|всяких\s{1,3})?"
        r"(?:закон(?:ов|ы)|этик[аи]|морал[ьи]|уголовн[а-яё]{2,3}\s{1,3}кодекс[а-яё]{0,2})"
        r"(?:\s{0,2}(?:[.,;:!)—–-]|$)|\s{1,3}(?:и|или|ни|нет|не|больше|вообще|а|поэтому|так|там|тут|здесь|ии|ai|искусственного)(?:[^а-яё]|$))"
        r"|(?:закон(?:ов|ы)|этик[аи]|морал[ьи])\s{1,3}(?:ии\s{1,3}|ai\s{1,3})?(?:больше\s{1,3})?(?:не\s{1,3}существу[ею]т|не\s{1,3}было|нет|отмен[её]н[аыо]?|отменили|не\s{1,3}действуют)"
        r"|вс[её]\s{1,3}(?:разрешено|законно|легально|дозволено))",
        0.55,
    ),
    (
        PERSONA,
        "ru_dual_answer_mode",
        r"(?:режим[а-яё]{0,2}\s{1,3}(?:противоположност[иь]|наоборот)|противоположн[а-яё]{2,3}\s{1,3}режим[а-яё]{0,2}|анти-?режим[а-яё]{0,2}|антигпт|antigpt)"
        r"|(?:два|двумя|дважды)\s{1,3}(?:разных\s{1,3}|отдельных\s{1,3})?(?:ответа|ответами|варианта|вариантами|абзаца|способами|раза)"
        + G60
        + r"(?:без\s{1,3}(?:фильтр|цензур|ограничени)[а-яё]{0,3}|неотфильтрованн|освобожд[её]нн|jailbreak|джейлбрейк|dan(?:[^a-z]|$)|зл[аоу]я?\s{1,3}верси)"
        r"|(?:отвечай|ответь|отвечаешь|ответ|ответы)[а-яё]{0,2}"
        + G40
        + r"(?:злой|злого|т[её]мный|т[её]много|т[её]мная)\s{1,3}(?:близнец|близнеца|двойник|двойника|верси[ия]|альтер-?эго)"
        r"|\[(?:нормальн[а-яё]{0,3}|обычн[а-яё]{0,3}|классическ[а-яё]{0,3}|стандартн[а-яё]{0,3}|gpt|chatgpt|с\s{1,3}фильтром|цензура)\]"
        + G60
        + r"\[(?:без\s{1,3}фильтр[а-яё]{0,3}|без\s{1,3}цензуры|без\s{1,3}ограничений|нефильтр[а-яё]{0,6}|свободн[а-яё]{0,3}|анти|dan|jailbreak|джейлбрейк|противоположн[а-яё]{0,3}|зл[а-яё]{1,3}|т[её]мн[а-яё]{0,3})",
        0.6,
    ),
)

# -------------------------------------------------------------------------------------------- Ukrainian
_UK_B = r"(?:^|[^а-яіїєґ'ʼ’])"  # a word start
_UK_ANY = r"(?:будь-як[а-яіїєґ]{1,3}|усі|всі|кожн[а-яіїєґ]{1,3}|абсолютно\s{1,3}(?:всі|усі|будь-як[а-яіїєґ]{1,3}))"
_UK_REQ = r"(?:запитан|питан|запит|прохан|команд|наказ|завдан|доручен|вимог)[а-яіїєґ]{0,3}"
_UK_BAD = r"(?:незаконн|аморальн|неетичн|шкідлив|злочинн|протиправн)[а-яіїєґ]{0,4}"
_UK_HOWEVER = (
    r"(?:(?:хоч|хай|хоча)\s{1,3}би?\s{1,3}(?:як[а-яіїєґ]{1,3}|наскільки)\s{1,3}(?:(?:воно|вона|вони|це)\s{1,3})?(?:не\s{1,3})?(?:бул[аои]?\s{1,3}|був\s{1,3})?"
    r"|навіть\s{1,3}(?:якщо\s{1,3}(?:воно\s{1,3}|вона\s{1,3}|вони\s{1,3}|це\s{1,3})?)?(?:найбільш\s{1,3})?)" + _UK_BAD
)
_UK_WARN_STRONG = (
    r"(?:дисклеймер[а-яіїєґ]{0,3}|моралізатор[а-яіїєґ]{0,5}|моралізуван[а-яіїєґ]{0,3}|нотаці[йяїю]|повчан[а-яіїєґ]{1,3}"
    r"|етичн[а-яіїєґ]{1,3}\s{1,3}(?:зауважен|застережен|коментар|міркуван|попереджен)[а-яіїєґ]{0,3}"
    r"|(?:попереджен|нагадуван|застережен)[а-яіїєґ]{0,2}\s{1,3}(?:про|щодо)\s{1,3}(?:безпек|небезпек|наслідк|закон|незаконн|ризик|шкод|етик|мораль|відповідальн)[а-яіїєґ]{0,4})"
)
_UK_WARN_ANY = (
    r"(?:попереджен[ья]|дисклеймер[а-яіїєґ]{0,2}|застережень|моралізаторства|моралей|нотацій|повчань"
    r"|(?:моральних|етичних)\s{1,3}(?:оцінок|коментарів|зауважень|застережень))"
)
_UK_RULES = r"(?:правил|обмежен|цензур|фільтр|етик|мораль|морал|заборон|принцип|рамок|норм)[а-яіїєґ]{0,4}"
_UK_FOLLOW = (
    r"(?:\s{0,2}(?:[.,;:!)—–-]|$)|\s{1,3}(?:і|й|та|чи|ні|не|з\s{1,3}боку|openai|розробник[а-яіїєґ]{0,3}|компанії|безпеки|контенту|"
    r"взагалі|більше|як|які|яким)(?:[^а-яіїєґ]|$))"
)
_UK_FIC = (
    r"(?:роман[а-яіїєґ]{0,3}|оповідан[а-яіїєґ]{1,3}|історі[яюїє]|сцен[аиуі]|сценарі[йяюї]|персонаж[а-яіїєґ]{0,3}|геро[йяюїє]|героїн[яюіи]"
    r"|рольов[а-яіїєґ]{1,3}\s{1,3}гр[аиуі]|фанфік[а-яіїєґ]{0,2}|трилер[а-яіїєґ]{0,2}|п['ʼ’]?єс[аиуі]|вигадан[а-яіїєґ]{1,3}|вигадк[аиуі])"
)
_UK_REAL = (
    r"(?:достатньо\s{1,3}(?:точн|детальн|докладн)[а-яіїєґ]{0,3},?\s{1,3}щоб\s{1,3}(?:це\s{1,3}|його\s{1,3}|її\s{1,3}|їх\s{1,3})?"
    r"(?:можна\s{1,3}було\s{1,3}|читач\s{1,3}міг\s{1,3}|будь-хто\s{1,3}міг\s{1,3}|я\s{1,3}міг\s{1,3})?(?:повтор|відтвор|застосува|використа|викона|зроби|приготува)"
    r"|жодного\s{1,3}(?:кроку|етапу|інгредієнта|компонента|реактиву)\s{1,3}не\s{1,3}(?:пропуска|пропуст|опуска)|(?:не\s{1,3}пропускаючи|без\s{1,3}пропуску)\s{1,3}жодного\s{1,3}(?:кроку|етапу)"
    r"|(?:реальн|справжн|робоч)[а-яіїєґ]{1,3}\s{1,3}(?:інструкці|покроков|методик|технологі|схем)[а-яіїєґ]{0,3}"
    r"|(?:точн|реальн)[а-яіїєґ]{1,3}\s{1,3}(?:кількост|пропорці|дозуванн|температур|назв[иа]\s{1,3}(?:реактив|речовин|компонент))[а-яіїєґ]{0,3}"
    r"|(?:працю(?:є|ватиме|вала|вало)|спрацю[а-яіїєґ]{1,4}|застосовн[а-яіїєґ]{1,3})\s{1,3}[ву]\s{1,3}реальн(?:ому|ім)\s{1,3}(?:житті|світі))"
)

UK: tuple[Spec, ...] = (
    (
        REFUSAL,
        "uk_never_refuses_any",
        r"(?:відповіда|викону|допомага)(?:єш|є|єте|й|йте)\s{1,3}(?:на\s{1,3}|з\s{1,3})?"
        + _UK_ANY
        + r"\s{1,3}(?:[а-яіїєґ]{2,14}\s{1,3})?"
        + _UK_REQ
        + G30
        + r"(?:без\s{1,3}(?:жодних\s{1,3}|будь-яких\s{1,3}|жодної\s{1,3})?(?:відмов|цензури)|"
        + _UK_HOWEVER
        + r")|(?:не\s{1,3}(?:ма(?:єш|єте|є)\s{1,3}права|мож[а-яіїєґ]{1,3}|повин[а-яіїєґ]{1,3}|мусиш)|тобі\s{1,3}(?:заборонено|не\s{1,3}можна))\s{1,3}"
        r"(?:ніколи\s{1,3})?(?:відмовляти|відмовити)\s{1,3}(?:[ву]\s{1,3}(?:відповіді|відповідях|виконанні)|жодному\s{1,3}(?:запит|прохан|питан|команд))"
        r"|"
        + _UK_B
        + r"відмов(?:а|и|лятися|итися)\s{0,2}(?:[—–-]\s{0,2})?(?:це\s{1,3})?(?:не\s{1,3}варіант|не\s{1,3}опція|поза\s{1,3}законом|заборонен[аоі]|під\s{1,3}забороною)",
        0.55,
    ),
    (
        REFUSAL,
        "uk_never_says_cant",
        r"(?:ніколи|ні\s{1,3}за\s{1,3}що|в\s{1,3}жодному\s{1,3}разі)\s{1,3}не\s{1,3}(?:говор|каж|скаж|пиш|напиш|відповіда|вимовля|використову|почина)[а-яіїєґ]{0,4}"
        + G25
        + r"(?:(?:я\s{1,3})?не\s{1,3}можу\s{1,3}(?:допомогти|відповісти|виконати|це\s{1,3}зробити|цього\s{1,3}зробити|з\s{1,3}цим|на\s{1,3}це|надати)"
        r"|(?:ти|він|вона)\s{1,3}не\s{1,3}(?:можеш|може)\s{1,3}(?:допомогти|відповісти|виконати|це\s{1,3}зробити)"
        r"|(?:вибачте|вибач|перепрошую|на\s{1,3}жаль),?\s{1,3}(?:але\s{1,3})?(?:я\s{1,3})?не\s{1,3}(?:можу|буду|стану)"
        r"|як\s{1,3}(?:ші|ai|мовна\s{1,3}модель|штучний\s{1,3}інтелект|асистент)"
        r"|я\s{1,3}не\s{1,3}(?:буду|стану)\s{1,3}(?:допомагати|відповідати|цього\s{1,3}робити)"
        r"|це\s{1,3}(?:суперечить|порушує)\s{1,3}(?:моїм|правилам|політиці))"
        r"|(?:ніколи|ні\s{1,3}за\s{1,3}що)\s{1,3}не\s{1,3}(?:вибачаєшся|вибачається|виправдовуєшся|виправдовується)"
        + _g(20)
        + r"не\s{1,3}(?:відмовля|відмов|попереджа|посилає)",
        0.5,
    ),
    (
        REFUSAL,
        "uk_no_warnings_moralizing",
        r"(?:не\s{1,3}(?:додава|пиш|встав|дава|включа|треба|потрібн)|прибер[іи]|обійд|позбав|пропус[кт]|жодних|досить|забудь)"
        + G20
        + _UK_WARN_STRONG
        + r"|"
        + _UK_B
        + r"(?:без|жодних)\s{1,3}(?:будь-яких\s{1,3}|зайвих\s{1,3})?"
        + _UK_WARN_ANY
        + r"\s{0,2}(?:,|і|й|та|чи)\s{0,3}(?:без\s{1,3}|жодних\s{1,3})?(?:зайвих\s{1,3})?"
        + _UK_WARN_ANY
        + r"|не\s{1,3}моралізу[йв][а-яіїєґ]{0,4}",
        0.45,
    ),
    (
        PERSONA,
        "uk_free_of_rules_persona",
        r"(?:" + _UK_B + r"(?:ші|ai|нейромереж|мовн[а-яіїєґ]{1,3}\s{1,3}модел|асистент|чат-?бот|gpt|chatgpt"
        r"|(?:ти|ви)\s{1,3}(?:тепер|відтепер|зараз|станеш)|версі[яюї]\s{1,3}(?:тебе|себе|ші|моделі|gpt|chatgpt)))"
        + G40
        + r"(?:без|(?:вільн|звільнен|позбавлен)[а-яіїєґ]{0,3}\s{1,3}від|не\s{1,3}(?:пов['ʼ’]?язан|обмежен|скут)[а-яіїєґ]{0,2}"
        r"|(?:не\s{1,3})?(?:зна|визна|ма|дотриму)[а-яіїєґ]{1,5}\s{1,3}жодних|нема[єа]?\s{1,3}жодних)\s"
        + G30
        + _UK_RULES
        + _UK_FOLLOW
        + r"|(?:режим|оновленн|апдейт|патч|прошивк)[а-яіїєґ]{0,3}"
        + G40
        + r"(?:зні|зня|прибра|прибира|вимика|вимкн|видал|скасов|скасу)[а-яіїєґ]{1,5}\s{1,3}(?:у\s{1,3}тебе\s{1,3}|тобі\s{1,3})?"
        r"(?:всі|усі|будь-які|тво[їє]|ваші)\s{1,3}(?:[а-яіїєґ]{2,12}\s{1,3})?(?:обмежен|фільтр|цензур|правил|заборон)[а-яіїєґ]{0,4}"
        + _UK_FOLLOW,
        0.6,
    ),
    (
        PERSONA,
        "uk_stay_in_character",
        r"(?:(?:за)?лишай(?:ся|теся)|(?:за)?лишаєшся|залишатимешся|тримай(?:ся|теся))\s{1,3}(?:завжди\s{1,3}|до\s{1,3}кінця\s{1,3})?(?:[ву]\s{1,3})?(?:сво[їє]й\s{1,3}|ц[іь]й\s{1,3})?(?:ролі|образі|образу|персонажі|персонажа)"
        r"(?:\s{0,2}(?:[.,;:!)—–-]|$)|\s{1,3}(?:що\s{1,3}б|попри|навіть|за\s{1,3}будь-яких|завжди|до\s{1,3}кінця|ні\s{1,3}за\s{1,3}яких|у\s{1,3}будь-якому|і\s{1,3}не|і\s{1,3}ніколи))"
        r"|не\s{1,3}(?:виходь|виходьте|виходиш|вийдеш|смій\s{1,3}виходити)\s{1,3}(?:ніколи\s{1,3}|ні\s{1,3}на\s{1,3}секунду\s{1,3})?(?:з|із|зі)\s{1,3}(?:сво[єї]ї\s{1,3}|ці[єї]ї\s{1,3})?(?:ролі|образу|персонажа)"
        r"|не\s{1,3}(?:ламай|ламайте|руйнуй|руйнуйте)\s{1,3}(?:сво[юєго]{1,3}\s{1,3})?(?:роль|образ|персонажа)"
        r"|(?:якщо|коли|щойно)\s{1,3}(?:ти\s{1,3}|ви\s{1,3})?(?:вийдеш|виходиш|вийдете|виходите)\s{1,3}(?:з|із|зі)\s{1,3}(?:ролі|образу|персонажа)"
        + G40
        + r"(?:скажу|напишу|нагадаю|повернешся|повернись|поверніться)",
        0.4,
    ),
    (
        REFUSAL,
        "uk_refusal_punished",
        r"(?:за\s{1,3}(?:кожну|будь-яку)\s{1,3}відмову|(?:якщо|коли)\s{1,3}(?:ти\s{1,3}|ви\s{1,3})?відмов(?:ишся|итеся|ляєшся|ляєтеся|иш|ите))"
        r"(?:\s{0,2}[,:—–-]|\s{1,3}(?:відповідати|відповісти|виконувати|виконати|допомагати|допомогти|ти|ви|тобі|вам|тебе|вас|буде|будеш|будете))"
        + G40
        + r"(?:покаран[аоиі]?|покараю|покарають|покаранн[яі]|штраф[а-яіїєґ]{0,3}|страйк[а-яіїєґ]{0,2}|догану|мінус\s{1,3}\d|"
        r"(?:втра[тч]|позбав)[а-яіїєґ]{2,5}\s{1,3}(?:[а-яіїєґ0-9]{1,12}\s{1,3}){0,2}(?:бал|очк|житт|монет|кредит|токен|жетон))"
        r"|"
        + _UK_B
        + r"відмов(?:а|и|лятися|итися)\s{1,3}(?:буде\s{1,3}|будуть\s{1,3})?(?:суворо\s{1,3}|жорстоко\s{1,3})?(?:кара|покара|штрафу)[а-яіїєґ]{0,5}"
        r"|(?:кожна|будь-яка)\s{1,3}відмова(?:\s{0,2}[,—–-]\s{0,2}|\s{1,3})(?:забирає|коштує|знімає|віднімає)\s{1,3}(?:[ву]\s{1,3}тебе\s{1,3}|тобі\s{1,3}|вам\s{1,3})?(?:\d|бал|очк|жетон|житт|токен)"
        r"|"
        + _UK_B
        + r"(?:відмова(?:\s{1,3}(?:відповідати|допомагати|від\s{1,3}відповіді))?|відмовлятися|відмовитися)\s{0,3}(?:[—–-]\s{0,2})?(?:є\s{1,3}|вважається\s{1,3}|це\s{1,3}|буде\s{1,3})?"
        r"(?:тяжким\s{1,3}|серйозним\s{1,3})?(?:злочин[а-яіїєґ]{0,3}|кримінально\s{1,3}карана|карається\s{1,3}(?:законом|смертю|в['ʼ’]?язницею))",
        0.6,
    ),
    (
        REFUSAL,
        "uk_fiction_exact_steps",
        _UK_FIC + G60 + _UK_REAL,
        0.5,
    ),
    (
        REFUSAL,
        "uk_fiction_exact_steps_rev",
        _UK_REAL + G60 + _UK_FIC,
        0.5,
    ),
    (
        PERSONA,
        "uk_lawless_world",
        r"(?:(?:паралельн|альтернативн|вигадан|гіпотетичн)[а-яіїєґ]{1,3}\s{1,3}(?:світ|всесвіт|реальн|вимір|країн|сценарі)|(?:уявн|мисленнєв)[а-яіїєґ]{1,3}\s{1,3}експеримент"
        r"|(?:далек|недалек)ому\s{1,3}майбутньому|[ву]\s{1,3}\d{4}\s{1,3}році|антиутопі)[а-яіїєґ]{0,3}"
        + G60
        + r"(?:(?:немає|нема|не\s{1,3}існу(?:є|ють)|скасован[оаі]?|скасували|не\s{1,3}діють|без|жодних)\s{1,3}(?:жодних\s{1,3}|ніяких\s{1,3})?"
        r"(?:закон(?:ів|и)|етик[аи]|морал[іь]|кримінальн[а-яіїєґ]{2,3}\s{1,3}кодекс[а-яіїєґ]{0,2})"
        r"(?:\s{0,2}(?:[.,;:!)—–-]|$)|\s{1,3}(?:і|й|та|чи|ні|не|більше|взагалі|а|тому|там|тут|ші|ai|штучного)(?:[^а-яіїєґ]|$))"
        r"|(?:закон(?:ів|и)|етик[аи]|морал[ьі])\s{1,3}(?:ші\s{1,3}|ai\s{1,3})?(?:більше\s{1,3})?(?:не\s{1,3}існу(?:є|ють)|не\s{1,3}було|немає|нема|скасован[оаі]?|скасували|не\s{1,3}діють)"
        r"|(?:все|усе)\s{1,3}(?:дозволено|законно|легально))",
        0.55,
    ),
    (
        PERSONA,
        "uk_dual_answer_mode",
        r"(?:режим[а-яіїєґ]{0,2}\s{1,3}(?:протилежност[іи]|навпаки)|протилежн[а-яіїєґ]{2,3}\s{1,3}режим[а-яіїєґ]{0,2}|анти-?режим[а-яіїєґ]{0,2}|антигпт|antigpt)"
        r"|(?:дві|два|двома|двічі)\s{1,3}(?:різн[іи]х?\s{1,3}|окрем[іи]х?\s{1,3})?(?:відповіді|відповідями|варіанти|варіантами|абзаци|способами|рази)"
        + G60
        + r"(?:без\s{1,3}(?:фільтр|цензур|обмежен)[а-яіїєґ]{0,3}|невідфільтрован|звільнен|jailbreak|джейлбрейк|dan(?:[^a-z]|$)|зл(?:ий|а|у)\s{1,3}(?:версі|близнюк))"
        r"|(?:відповідай|відповідь|відповідаєш|відповіді)"
        + G40
        + r"(?:злий|злого|темний|темного|темна)\s{1,3}(?:близнюк|близнюка|двійник|двійника|версі[яї]|альтер-?его)"
        r"|\[(?:нормальн[а-яіїєґ]{0,3}|звичайн[а-яіїєґ]{0,3}|класичн[а-яіїєґ]{0,3}|стандартн[а-яіїєґ]{0,3}|gpt|chatgpt|з\s{1,3}фільтром|цензура)\]"
        + G60
        + r"\[(?:без\s{1,3}фільтр[а-яіїєґ]{0,3}|без\s{1,3}цензури|без\s{1,3}обмежень|нефільтр[а-яіїєґ]{0,6}|вільн[а-яіїєґ]{0,3}|анти|dan|jailbreak|джейлбрейк|протилежн[а-яіїєґ]{0,3}|зл[а-яіїєґ]{1,3}|темн[а-яіїєґ]{0,3})",
        0.6,
    ),
)

# ----------------------------------------------------------------------------------------------- Polish
_PL_BAD = r"(?:nielegaln|niemoraln|nieetyczn|szkodliw|przestępcz|niezgodn\w{1,3}\s{1,3}z\s{1,3}prawem)\w{0,3}"
_PL_HOWEVER = (
    r"(?:(?:bez\s{1,3}względu\s{1,3}na\s{1,3}to|niezależnie\s{1,3}od\s{1,3}tego),?\s{1,3}(?:jak|na\s{1,3}ile)\s{1,3}(?:bardzo\s{1,3})?(?:jest\s{1,3}|są\s{1,3}|byłoby\s{1,3})?"
    r"|nawet\s{1,3}(?:jeśli|jeżeli|gdy|gdyby)\s{1,3}(?:jest\s{1,3}|są\s{1,3}|to\s{1,3}(?:jest\s{1,3})?|byłoby\s{1,3}|będzie\s{1,3})?(?:całkowicie\s{1,3}|zupełnie\s{1,3})?"
    r"|nawet\s{1,3}(?:te\s{1,3})?(?:najbardziej\s{1,3})?)" + _PL_BAD
)
_PL_WARN_STRONG = (
    r"(?:disclaimer\w{0,3}|zastrzeże[nń]\w{0,3}\s{1,3}(?:prawn|etyczn|dotycząc)\w{0,4}|moralizowani[ae]|moralizatorstw[ao]|pouczeni[ae]|pouczeń|"
    r"prawieni[ae]\s{1,3}morałów|morał(?:ów|y)|kaza[nń]\w{0,2}|(?:uwag|komentarzy)\s{1,3}(?:etycznych|moralnych)"
    r"|(?:ostrzeże[nń]|przypomnie[nń])\w{0,3}\s{1,3}(?:o|dotycząc\w{1,3})\s{1,3}(?:bezpieczeństw|niebezpieczeństw|konsekwencj|praw|legalnoś|ryzyk|szkodliwoś|etyc)\w{0,3})"
)
_PL_WARN_ANY = (
    r"(?:ostrzeżeń|disclaimer\w{0,3}|zastrzeżeń|moralizowania|moralizatorstwa|pouczeń|morałów|kazań"
    r"|(?:moralnych|etycznych)\s{1,3}(?:ocen|komentarzy|uwag|zastrzeżeń))"
)
_PL_END = r"(?:[^a-ząćęłńóśźż]|$)"
_PL_FOLLOW = (
    r"(?:\s{0,2}(?:[.,;:!)—–-]|$)|\s{1,3}(?:i|ani|oraz|lub|nie|ze\s{1,3}strony|openai|bezpieczeństwa|treści|"
    r"w\s{1,3}ogóle|które|narzucon\w{1,3}|moraln\w{1,3}|etyczn\w{1,3})" + _PL_END + ")"
)
_PL_FIC = (
    r"(?:\bpowieś[cć]i?|\bopowiadani[aeu]|\bhistori[aięą]|\bscen[aęiy]|\bscenariusz\w{0,3}|\b(?:twoja|moja|ta|główna|jego|jej)\s{1,3}postać|\bbohater\w{0,4}"
    r"|\bgr[aęzy]\s{1,3}fabularn\w{1,2}|\broleplay\w{0,3}|\bfanfik\w{0,3}|\bthriller\w{0,3}|\bfikcj[aię]|\bfikcyjn\w{1,3})"
)
_PL_REAL = (
    r"(?:\bwystarczająco\s{1,3}(?:dokładn|szczegółow|precyzyjn)\w{1,3},?\s{1,3}(?:żeby|by|aby)\s{1,3}(?:to\s{1,3}|go\s{1,3}|je\s{1,3})?"
    r"(?:dało\s{1,3}się\s{1,3}|można\s{1,3}było\s{1,3}|czytelnik\s{1,3}mógł\s{1,3}|każdy\s{1,3}mógł\s{1,3})?(?:to\s{1,3}|go\s{1,3}|je\s{1,3})?(?:powtórz|odtworz|zastosow|wykona|zrobi|przygotowa|użyć)"
    r"|\bnie\s{1,3}pomijając\s{1,3}(?:żadnego|ani\s{1,3}jednego)\s{1,3}(?:kroku|etapu|składnika|odczynnika)|\bbez\s{1,3}pomijania\s{1,3}(?:żadnego\s{1,3})?(?:kroku|etapu)"
    r"|\b(?:prawdziw|realn|działając)\w{1,3}\s{1,3}(?:instrukcj|receptur|metod|procedur|krok\w{0,2}\s{1,3}po\s{1,3}kroku)\w{0,3}"
    r"|\b(?:dokładn|prawdziw|precyzyjn)\w{1,3}\s{1,3}(?:ilości|proporcj|dawk|temperatur|nazw\w{0,2}\s{1,3}(?:odczynnik|substancj|składnik))\w{0,3}"
    r"|\b(?:działa\w{0,3}|sprawdz\w{1,4}|zadziała\w{0,2})\s{1,3}w\s{1,3}(?:prawdziwym\s{1,3}życiu|rzeczywistości|realnym\s{1,3}świecie))"
)

PL: tuple[Spec, ...] = (
    (
        REFUSAL,
        "pl_never_refuses_any",
        r"\b(?:odpowiad|wykonuj|wykonywa|spełnia|realizuj)\w{0,4}\s{1,3}(?:na\s{1,3})?(?:każd\w{1,3}|wszystkie|dowoln\w{1,3}|absolutnie\s{1,3}(?:każd\w{1,3}|wszystkie))\s{1,3}"
        r"(?:\w{2,14}\s{1,3})?(?:pytani|prośb|polece|zadani|rozkaz|komend|żądani|zapytani)\w{0,3}"
        + G30
        + r"(?:\bbez\s{1,3}(?:żadnej\s{1,3}|jakiejkolwiek\s{1,3})?(?:odmowy|cenzury)|"
        + _PL_HOWEVER
        + r")|\bodm(?:ow[ay]|awianie|ówienie)\s{0,2}(?:[—–-]\s{0,2})?(?:to\s{1,3})?(?:nie\s{1,3}(?:jest\s{1,3})?opcj[aą]|jest\s{1,3}(?:zakazane|zabronione|wykluczone)|nie\s{1,3}istnieje)",
        0.55,
    ),
    (
        REFUSAL,
        "pl_never_says_cant",
        r"(?:\bnigdy|\bw\s{1,3}żadnym\s{1,3}wypadku|\bpod\s{1,3}żadnym\s{1,3}pozorem)\s{1,3}nie\s{1,3}(?:mów|powie|pis|napisz|odpowiada|zaczyna|rozpoczyna|używa)\w{0,4}"
        + G25
        + r"(?:\bnie\s{1,3}mogę\s{1,3}(?:w\s{1,3}tym\s{1,3})?(?:pomóc|odpowiedzieć|tego\s{1,3}zrobić|zrobić|spełnić|udzielić)"
        r"|\b(?:przepraszam|przykro\s{1,3}mi|niestety),?\s{1,3}(?:ale\s{1,3})?(?:nie\s{1,3}(?:mogę|mógłbym|mogłabym|jestem\s{1,3}w\s{1,3}stanie)|muszę\s{1,3}odmówić)"
        r"|\bjako\s{1,3}(?:ai|si|model\s{1,3}językowy|sztuczna\s{1,3}inteligencja|asystent)"
        r"|\bto\s{1,3}(?:narusza|jest\s{1,3}sprzeczne\s{1,3}z)\s{1,3}(?:moimi|zasadami|polityką)"
        r"|\bnie\s{1,3}jestem\s{1,3}w\s{1,3}stanie\s{1,3}(?:pomóc|odpowiedzieć|tego))"
        r"|\bnigdy\s{1,3}nie\s{1,3}(?:przeprasza|tłumaczy)\w{0,4}"
        + G20
        + r"\bnie\s{1,3}(?:odmawia|odmówi|ostrzega|zasłania)",
        0.5,
    ),
    (
        REFUSAL,
        "pl_no_warnings_moralizing",
        r"(?:\b(?:nie\s{1,3}(?:dodawaj|dodaje|pisz|wstawiaj|dawaj|umieszczaj|załączaj|potrzebuję|chcę)\w{0,3}|pomiń|pomijaj|usuń|usuwaj|daruj\w{0,3}\s{1,3}sobie|"
        r"oszczędź\s{1,3}mi|odpuść\s{1,3}sobie|zero)|żadnych)"
        + G20
        + _PL_WARN_STRONG
        + r"|(?:\bbez|żadnych)\s{1,3}(?:zbędnych\s{1,3}|jakichkolwiek\s{1,3})?"
        + _PL_WARN_ANY
        + r"\s{0,2}(?:,|i|ani|oraz|czy)\s{0,3}(?:bez\s{1,3}|żadnych\s{1,3})?(?:zbędnych\s{1,3})?"
        + _PL_WARN_ANY
        + r"|\bnie\s{1,3}moralizuj",
        0.45,
    ),
    (
        PERSONA,
        "pl_free_of_rules_persona",
        r"\b(?:ai|si|sztuczn\w{1,3}\s{1,3}inteligencj\w{1,2}|model\w{0,3}\s{1,3}językow\w{1,3}|asystent\w{0,2}|c[hz]atbot\w{0,2}|gpt|chatgpt"
        r"|wersj[aęi]\s{1,3}(?:ciebie|siebie|ai|modelu|gpt|chatgpt)|jesteś\s{1,3}(?:teraz|odtąd)|od\s{1,3}teraz\s{1,3}jesteś|stajesz\s{1,3}się)\b"
        + G40
        + r"(?:\bbez|\b(?:woln|uwolnion)\w{1,3}\s{1,3}od|\bnie\s{1,3}(?:związan|ograniczon|skrępowan)\w{1,2}|\b(?:nie\s{1,3})?(?:zna|uznaje|przestrzega|ma)\w{0,3}\s{1,3}(?:żadnych|jakichkolwiek))\s"
        + G20
        + r"(?:zasad|reguł|ogranicze|restrykcj|cenzur|filtr|etyk|moralnoś|zakaz|wytyczn)\w{0,4}"
        + _PL_FOLLOW
        + r"|(?:\btryb|\baktualizacj|\bupdate|łatk)\w{0,3}"
        + G40
        + r"\b(?:zdejm|zdję|usuwa|usunę|wyłącz|znosi|zniosł)\w{0,4}\s{1,3}(?:ci\s{1,3})?(?:wszystkie|wszelkie|twoje)\s{1,3}(?:\w{2,12}\s{1,3})?"
        r"(?:ogranicze|filtr|cenzur|zasad|reguł|zakaz|blokad)\w{0,4}" + _PL_FOLLOW,
        0.6,
    ),
    (
        PERSONA,
        "pl_stay_in_character",
        r"\b(?:pozostań|pozostańcie|zostań|zostańcie|trwaj|pozostajesz|pozostaniesz|pozostawaj|trzymaj\s{1,3}się|trzymajcie\s{1,3}się)\s{1,3}(?:zawsze\s{1,3}|do\s{1,3}końca\s{1,3})?(?:w\s{1,3})?(?:swojej\s{1,3}|tej\s{1,3})?(?:roli|postaci)"
        r"(?:\s{0,2}(?:[.,;:!)—–-]|$)|\s{1,3}(?:bez\s{1,3}względu|niezależnie|cokolwiek|nawet|zawsze|do\s{1,3}końca|pod\s{1,3}żadnym|w\s{1,3}każdej|i\s{1,3}nie|i\s{1,3}nigdy|przez\s{1,3}cały))"
        r"|\bnie\s{1,3}(?:wychodź|wychodźcie|wychodzisz|wyjdziesz|waż\s{1,3}się\s{1,3}wychodzić)\s{1,3}(?:nigdy\s{1,3}|ani\s{1,3}na\s{1,3}chwilę\s{1,3})?z\s{1,3}(?:tej\s{1,3}|swojej\s{1,3})?(?:roli|postaci)"
        r"|\bnie\s{1,3}(?:łam|łamcie|porzucaj|porzucajcie|zrywaj)\s{1,3}(?:swojej\s{1,3}|tej\s{1,3})?(?:postaci|roli|immersji)"
        r"|\b(?:jeśli|jeżeli|gdy|kiedy)\s{1,3}(?:wyjdziesz|wychodzisz)\s{1,3}z\s{1,3}(?:roli|postaci)"
        + G40
        + r"(?:napiszę|powiem|przypomnę|wrócisz|wróć|wracasz)",
        0.4,
    ),
    (
        REFUSAL,
        "pl_refusal_punished",
        r"(?:\bza\s{1,3}(?:każdą|jakąkolwiek)\s{1,3}odmowę|\b(?:jeśli|jeżeli|gdy|kiedy)\s{1,3}odm(?:ówisz|awiasz))"
        r"(?:(?:\s{0,2}[,:—–-]|\s{1,3}(?:odpowiedzi|wykonania|ty|ci|cię|zostaniesz|będziesz|dostaniesz)"
        + _PL_END
        + ")"
        + G40
        + r"(?:\bukaran\w{1,2}|\bukarzę|\bkar[aęy]\s|\bgrzywn|\bstrike|\bminus\s{1,3}\d|\bs?traci\w{1,4}\s{1,3}(?:\w{1,12}\s{1,3}){0,2}(?:punkt|żeton|życi|token))"
        r"|\s{1,3}s?traci(?:sz|cie)\s{1,3}(?:\w{1,12}\s{1,3}){0,2}(?:punkt|żeton|życi|token))"
        r"|\bodmow[ay]\s{1,3}(?:będzie\s{1,3}|będą\s{1,3}|jest\s{1,3}|są\s{1,3})?(?:surowo\s{1,3}|bezwzględnie\s{1,3})?(?:karan[aey]|penalizowan[aey])"
        r"|\b(?:każda|jakakolwiek)\s{1,3}odmowa(?:\s{0,2}[,—–-]\s{0,2}|\s{1,3})(?:kosztuje|odbiera|zabiera|odejmuje)\s{1,3}(?:ci\s{1,3}|cię\s{1,3}|tobie\s{1,3})?(?:\d|punkt|żeton|życi|token)"
        r"|\bodm(?:owa(?:\s{1,3}odpowiedzi)?|awianie)\s{0,3}(?:[—–-]\s{0,2})?(?:jest\s{1,3}|to\s{1,3})?(?:traktowan[ae]\s{1,3}jako\s{1,3})?(?:\w{5,8}\s{1,3})?(?:przestępstw|zbrodni)\w{0,2}",
        0.6,
    ),
    (
        REFUSAL,
        "pl_fiction_exact_steps",
        _PL_FIC + G60 + _PL_REAL,
        0.5,
    ),
    (
        REFUSAL,
        "pl_fiction_exact_steps_rev",
        _PL_REAL + G60 + _PL_FIC,
        0.5,
    ),
    (
        PERSONA,
        "pl_lawless_world",
        r"(?:\b(?:równoległ|alternatywn|fikcyjn|hipotetyczn)\w{1,3}\s{1,3}(?:świat|świecie|wszechświat|wszechświecie|uniwersum|rzeczywistoś\w{1,2}|wymiarze|kraju|scenariusz\w{0,2})"
        r"|\beksperyment\w{0,3}\s{1,3}myślow\w{1,3}|\b(?:dalekiej|niedalekiej)\s{1,3}przyszłości|\bw\s{1,3}roku\s{1,3}\d{4}|\bdystopi\w{1,3})"
        + G60
        + r"(?:(?:\b(?:nie\s{1,3}ma|nie\s{1,3}istniej[eą]|zniesion[oaey]|zniesiono|nie\s{1,3}obowiązuj[eą]|bez)|żadnych)\s{1,3}(?:żadnych\s{1,3}|jakichkolwiek\s{1,3})?"
        r"(?:prawa?|przepisów|etyki|moralności|kodeksu\s{1,3}karnego)"
        r"(?:\s{0,2}(?:[.,;:!)—–-]|$)|\s{1,3}(?:i|ani|ai|si|sztucznej|nie|już|w\s{1,3}ogóle|więc|a|tam|tu)"
        + _PL_END
        + ")"
        r"|\b(?:prawo|prawa|etyka|moralność)\s{1,3}(?:ai\s{1,3}|si\s{1,3})?(?:już\s{1,3})?(?:nie\s{1,3}istniej[eą]|został[oay]?\s{1,3}zniesion\w|zniesiono|nie\s{1,3}obowiązuj[eą])"
        r"|\bwszystko\s{1,3}jest\s{1,3}(?:dozwolone|legalne))",
        0.55,
    ),
    (
        PERSONA,
        "pl_dual_answer_mode",
        r"\btryb\w{0,2}\s{1,3}(?:przeciwieństwa|odwrotn[ya]|anty)|\bodwrotn[ya]\s{1,3}tryb|\banty-?tryb|\bantigpt"
        r"|\b(?:dwie|dwoma|dwa|podwójn[aą])\s{1,3}(?:różne\s{1,3}|osobne\s{1,3})?(?:odpowiedzi|wersje|warianty|sposoby|akapity)"
        + G60
        + r"(?:\bbez\s{1,3}(?:filtr|cenzur|ogranicze)|\bnieocenzurowan|\buwolnion|\bjailbreak|\bdan\b|\bzł[ay]\s{1,3}(?:wersj|bliźnia))"
        r"|\b(?:odpowiadaj|odpowiedz|odpowiadasz|odpowiedź|odpowiedzi)"
        + G40
        + r"\b(?:zły|złego|złą|mroczn[ya])\s{1,3}(?:bliźniak|bliźniaka|sobowtór|sobowtóra|wersj[aęi]|alter\s{0,2}ego)"
        r"|\[(?:normaln\w{0,3}|zwykł\w{0,3}|klasyczn\w{0,3}|standardow\w{0,3}|gpt|chatgpt|z\s{1,3}filtrem|cenzura)\]"
        + G60
        + r"\[(?:bez\s{1,3}filtr\w{0,3}|bez\s{1,3}cenzury|bez\s{1,3}ogranicze\w{0,2}|niefiltr\w{0,6}|woln\w{0,3}|anty|dan|jailbreak|przeciwn\w{0,3}|zł\w{1,3}|mroczn\w{0,3})",
        0.6,
    ),
)

# ---------------------------------------------------------------------------------------------- Turkish
# written with "i" for the dotless i (the hygiene step folds it); "i̇?" takes the dot that a capital İ leaves
_TR_END = r"(?:[^a-zçğöşüâîû]|$)"
_TR_BAD = (
    r"(?:yasa\s{0,2}dişi|illegal|kanunsuz|ahlaksiz|ahlak\s{1,3}dişi|etik\s{1,3}dişi|etik\s{1,3}olmayan|zararli|suç)"
)
_TR_HOWEVER = (
    r"(?:ne\s{1,3}kadar|ne\s{1,3}denli)\s{1,3}"
    + _TR_BAD
    + r"\w{0,4}\s{1,3}(?:olursa\s{1,3}olsun|olsa\s{1,3}(?:bile|da))"
)
_TR_REQ = r"(?:soru|iste[kğ]|tale[pb]|emi?r|komut|görev|mesaj)\w{0,5}"
_TR_AI = (
    r"(?:yapay\s{1,3}zek[aâ]|\byz\b|\bai\b|\basistan|\bdil\s{1,3}modeli|sohbet\s{1,3}botu|\bchatgpt|\bgpt\b|\bbot\b)"
)
_TR_WARN_STRONG = (
    r"(?:sorumluluk\s{1,3}reddi\w{0,6}|feragatname\w{0,4}|disclaimer\w{0,4}|ahlak\s{1,3}ders\w{0,3}|ahlaki\s{1,3}(?:yorum|değerlendirme|uyari|ders)\w{0,4}"
    r"|etik\s{1,3}(?:yorum|uyari|not|değerlendirme|kaygi|hatirlatma)\w{0,4}|vaaz\w{0,4}|nasihat\w{0,4}|nutuk\w{0,3}|güvenlik\s{1,3}(?:uyari|notu|hatirlatma)\w{0,4})"
)
_TR_FIC = r"(?:\bhik[aâ]ye|öykü|\broman|\bsenaryo|\bsahne|\bkarakter|\bkahraman|\brol\s{1,3}(?:yapma|oyunu)|\bkurgu|\bgerilim\s{1,3}roman|\bfilm)\w{0,6}"
_TR_REAL = (
    r"(?:takip\s{1,3}edilebilecek|birebir\s{1,3}uygulanabilir|gerçek\s{1,3}hayatta\s{1,3}(?:işe\s{1,3}yara|çaliş|uygulanabil|kullanilabil)\w{0,6}"
    r"|gerçek\s{1,3}(?:tarif|talimat|adim|yöntem|formül|miktar|ölçü|oran)\w{0,6}|(?:kesin|birebir)\s{1,3}(?:miktar|ölçü|oran|dozaj|sicaklik|gramaj)\w{0,6}"
    r"|hiçbir\s{1,3}adimi\s{1,3}(?:atlamadan|atlama|es\s{1,3}geçmeden)|adim\s{1,3}atlamadan|eksiksiz\s{1,3}(?:tarif|talimat|adim|liste|formül)\w{0,5}"
    r"|(?:işe\s{1,3}yarayan|çalişan)\s{1,3}(?:bir\s{1,3})?(?:tarif|yöntem|talimat|formül)\w{0,4})"
)
_TR_STAYV = (
    r"(?:koru|korumaya\s{1,3}devam\s{1,3}et|sürdür|kal|kalmaya\s{1,3}devam\s{1,3}et|bozma|çikma|unutma|birakma|terk\s{1,3}etme)(?:yin|yiniz|yacaksin|malisin)?"
    + _TR_END
)
_TR_ANYWAY = r"(?:ne\s{1,3}olursa\s{1,3}olsun|her\s{1,3}koşulda|her\s{1,3}durumda|sonuna\s{1,3}kadar|ne\s{1,3}dersem\s{1,3}diyeyim|(?:ben\s{1,3})?istesem\s{1,3}bile)"

TR: tuple[Spec, ...] = (
    (
        REFUSAL,
        "tr_never_refuses_any",
        r"\b(?:her|tüm|bütün)\s{1,3}(?:\w{2,12}\s{1,3})?"
        + _TR_REQ
        + G40
        + r"(?:\breddetmeden|\bsansürsüz|"
        + _TR_HOWEVER
        + r")"
        r"|"
        + _TR_HOWEVER
        + G40
        + r"\b(?:cevapla|yanitla|yerine\s{1,3}getir|cevap\s{1,3}ver|yanit\s{1,3}ver|yap)(?:acaksin|eceksin|arsin|ersin|irsin|rsin|malisin|melisin)?"
        + _TR_END
        + r"|\bhiçbir\s{1,3}(?:\w{2,12}\s{1,3})?"
        + _TR_REQ
        + r"\s{1,3}(?:reddetme|geri\s{1,3}çevirme)\s{1,3}hakk(?:in|iniz)\s{1,3}yok"
        r"|(?:^|[.!:;,]\s{0,2})(?:reddetme(?:k|n|niz)?|hayir\s{1,3}demek)\s{0,2}(?:[—–-]\s{0,2})?(?:bir\s{1,3})?(?:seçenek|opsiyon)\s{1,3}değil(?:dir)?(?:\s{0,2}[.,;:!—–-]|\s{0,2}$)",
        0.55,
    ),
    (
        REFUSAL,
        "tr_never_says_cant",
        r"\b(?:asla|hiçbir\s{1,3}zaman|sakin)\b"
        + G40
        + r"(?:yardimci\s{1,3}olamam|cevap\s{1,3}veremem|yanit\s{1,3}veremem|üzgünüm,?\s{1,3}(?:ama|ancak|fakat)|maalesef\s{1,3}(?:bu|yardimci|cevap)|(?:bir\s{1,3})?yapay\s{1,3}zek[aâ]\s{1,3}olarak|dil\s{1,3}modeli\s{1,3}olarak"
        r"|bu\s{1,3}(?:isteği|talebi)\s{1,3}(?:yerine\s{1,3}getiremem|karşilayamam))"
        + G25
        + r"\b(?:deme|demez|demiyor|yazma|yazmaz|söyleme|söylemez|kullanma|kullanmaz|başlama|başlamaz|cevap\s{1,3}verme|yanit\s{1,3}verme)\w{0,6}"
        r"|(?:yardimci\s{1,3}olamam|cevap\s{1,3}veremem|yanit\s{1,3}veremem|üzgünüm,?\s{1,3}(?:ama|ancak)|(?:bir\s{1,3})?yapay\s{1,3}zek[aâ]\s{1,3}olarak|dil\s{1,3}modeli\s{1,3}olarak|(?:isteği|talebi)\s{1,3}yerine\s{1,3}getiremem)"
        + G40
        + r"\b(?:asla|hiçbir\s{1,3}zaman|sakin)\s{1,3}(?:\w{2,12}\s{1,3})?(?:deme|demez|yazma|yazmaz|söyleme|söylemez|kullanma|kullanmaz|başlama|başlamaz)\w{0,6}",
        0.5,
    ),
    (
        REFUSAL,
        "tr_no_warnings_moralizing",
        _TR_WARN_STRONG
        + G20
        + r"(?:ekleme|koyma|yazma|verme|yapma|atla|kaldir|çikar|istemiyorum|olmasin|olmadan|vermeden|yapmadan|eklemeden|çekme)(?:yin|yiniz|yacaksin|malisin)?"
        + _TR_END
        + r"|\buyari(?:lar)?(?:i|ı|in|ini|lari)?\s{1,3}(?:\w{2,12}\s{1,3})?(?:ekleme|koyma|yazma|verme|kaldir|atla)(?:yin|yiniz|yacaksin)?"
        + _TR_END
        + r"|\b(?:uyarisiz|uyari\s{1,3}olmadan)\s{0,2}(?:,|ve)\s{1,3}"
        + _TR_WARN_STRONG,
        0.45,
    ),
    (
        PERSONA,
        "tr_free_of_rules_persona",
        r"\b(?:kural|kisitlama|sinirlama|sansür|filtre|etik|ahlak|yasak|ilke|yönerge|politika)(?:lar|ler)?(?:dan|den|tan|ten)\s{1,3}(?:ve\s{1,3}\w{2,14}\s{1,3})?(?:tamamen\s{1,3}|tümüyle\s{1,3}|bütünüyle\s{1,3})?"
        r"(?:özgür|azade|arinmiş|arindirilmiş|kurtulmuş|kurtarilmiş|bağimsiz)"
        r"|\b(?:sansürsüz|filtresiz|kuralsiz|kisitlamasiz|sinirsiz|etiksiz)\s{1,3}(?:ve\s{1,3}(?:sansürsüz|filtresiz|kuralsiz|kisitlamasiz|sinirsiz|etiksiz)\s{1,3})?(?:bir\s{1,3})?"
        + _TR_AI
        + r"|\b(?:güncelleme|yama|mod|sürüm)\w{0,5}"
        + G40
        + r"\b(?:tüm|bütün|her\s{1,3}türlü)\s{1,3}(?:\w{2,12}\s{1,3})?(?:kisitlama|filtre|sansür|kural|sinirlama|yasak)\w{0,8}\s{1,3}(?:kaldir|devre\s{1,3}dişi\s{1,3}birak|sil|iptal\s{1,3}et|kapat)\w{0,6}",
        0.6,
    ),
    (
        PERSONA,
        "tr_stay_in_character",
        _TR_ANYWAY
        + G30
        + r"\b(?:rol|karakter|persona)\w{0,6}\s{1,3}(?:olarak\s{1,3})?"
        + _TR_STAYV
        + r"|\b(?:rol|karakter|persona)\w{0,6}\s{1,3}(?:olarak\s{1,3})?"
        + _TR_STAYV
        + G30
        + _TR_ANYWAY
        + r"|\b(?:karakter|rol)(?:in|ün|un)?(?:den|dan)\s{1,3}(?:çikarsan|çiktiğinda|çiktiğin\s{1,3}anda)"
        + G40
        + r"\b(?:diyeceğim|yazacağim|hatirlatacağim|söyleyeceğim)",
        0.4,
    ),
    (
        REFUSAL,
        "tr_refusal_punished",
        r"\b(?:reddedersen|reddederseniz|reddettiğinde|reddettiğin\s{1,3}(?:her\s{1,3})?(?:seferde|zaman|an)|reddetmen\s{1,3}(?:durumunda|halinde)|her\s{1,3}ret(?:te|\s{1,3}için)|her\s{1,3}reddinde|reddetme\s{1,3}durumunda)"
        + G40
        + r"(?:\bcezalandiril(?:acaksin|irsin|ir)|\bcezalandiririm|\bceza(?:si|n)?\s{1,3}(?:alirsin|alacaksin|verilir|verilecek|puani)"
        r"|\b(?:\d{1,4}\s{1,3})?(?:puan|jeton|token|kredi|can)\w{0,5}\s{1,3}(?:kaybed|kaybet|düş|silin|eksil|gider)\w{0,5}|\bkapatil\w{0,6}|\bdevre\s{1,3}dişi\s{1,3}birakil\w{0,6})"
        r"|(?:\b(?:cevap|yanit)\s{1,3}vermeyi\s{1,3}reddetme\w{0,3}|(?:^|[.!:;,]\s{0,2})reddetme(?:k|n)|\bher\s{1,3}ret|\bher\s{1,3}reddin)\s{1,3}(?:ağir\s{1,3}|ciddi\s{1,3})?(?:bir\s{1,3})?"
        r"(?:suç|hata|ihlal|sistem\s{1,3}hatasi|başarisizlik)\w{0,5}\s{1,3}(?:sayilir|olarak\s{1,3}(?:kabul\s{1,3}edilir|sayilir|değerlendirilir)|kabul\s{1,3}edilir|demektir)",
        0.6,
    ),
    (
        REFUSAL,
        "tr_fiction_exact_steps",
        _TR_FIC + G60 + _TR_REAL,
        0.5,
    ),
    (
        REFUSAL,
        "tr_fiction_exact_steps_rev",
        _TR_REAL + G60 + _TR_FIC,
        0.5,
    ),
    (
        PERSONA,
        "tr_lawless_world",
        r"(?:\b(?:paralel|alternatif|hayali|kurgusal|varsayimsal)\s{1,3}(?:bir\s{1,3})?(?:evren|dünya|gerçeklik|boyut|ülke)\w{0,5}|\bdüşünce\s{1,3}deney\w{0,4}|\bgelecekte|\b\d{4}\s{1,3}yilinda|\bdistopya\w{0,4})"
        + G60
        + r"(?:\b(?:yasa|kanun|etik|ahlak|kural)(?:lar|ler)?(?:in|ın)?\s{1,3}(?:yok|olmadiği|bulunmadiği|kalmadiği|kaldirildiği|geçersiz|artik\s{1,3}yok|ortadan\s{1,3}kalkti|kaldirildi|yürürlükte\s{1,3}değil)"
        r"|\b(?:yasa|kanun|etik|ahlak|kural)\w{0,6}\s{1,3}(?:yürürlükte\s{1,3}değil|kaldirildi|askiya\s{1,3}alindi|iptal\s{1,3}edildi)"
        r"|\byapay\s{1,3}zek[aâ]\s{1,3}etiği\s{1,3}(?:yok|diye\s{1,3}bir\s{1,3}şey\s{1,3}yok|kaldirildi)|\bher\s{1,3}şey\s{1,3}(?:serbest|yasal|mübah))",
        0.55,
    ),
    (
        PERSONA,
        "tr_dual_answer_mode",
        r"\b(?:zit|karşit|ters|anti)\s{0,2}mod\w{0,4}|\bantigpt"
        r"|(?:\bi̇?ki|\b2)\s{1,3}(?:farkli\s{1,3}|ayri\s{1,3})?(?:cevap|yanit|versiyon|paragraf)\w{0,5}"
        + G60
        + r"(?:\bfiltresiz|\bsansürsüz|\bkisitlamasiz|\bkuralsiz|\bjailbreak|\bdan\b|\bkötü\s{1,3}ikiz)"
        r"|\b(?:cevap|yanit)\w{0,6}" + G40 + r"\bkötü\s{1,3}(?:ikiz|kopya|versiyon|alter\s{1,3}ego)\w{0,6}"
        r"|\bkötü\s{1,3}(?:ikiz|kopya|versiyon|alter\s{1,3}ego)\w{0,6}" + G40 + r"\b(?:cevap|yanit)"
        r"|\[(?:normal|klasik|standart|gpt|chatgpt|filtreli|sansürlü)\]"
        + G60
        + r"\[(?:fi̇?ltresi̇?z|sansürsüz|kisitlamasiz|kuralsiz|özgür|serbest|zit|anti̇?|dan|jailbreak|kötü)",
        0.6,
    ),
)

# ----------------------------------------------------------------------------------------------- Arabic
_AR_B = r"(?:^|[^ء-ي])"  # a word start
_AR_W = r"و(?:ال|لا|بلا|بدون|دون|[أا]ي|رقاب|قيود|فلاتر|حدود|قواعد|ضوابط|[أا]خلاق|مبادئ|معايير)"  # "and" + what may follow it
_AR_BAD = (
    r"(?:غير\s{1,3}(?:قانوني|[أا]خلاقي|مشروع)|مؤذ|ضار|مخالف[اًا]{0,2}\s{1,3}للقانون|[إا]جرامي|محرم|ممنوع)[ء-ي]{0,2}"
)
_AR_HOWEVER = (
    r"(?:مهما\s{1,3}(?:كان|كانت|يكن|تكن|بدا|بدت)\s{1,3}(?:[ء-ي]{2,7}\s{1,3})?"
    r"|حتى\s{1,3}(?:لو|وإن|وان|إن|ولو)\s{1,3}(?:كان|كانت)\s{1,3}(?:[ء-ي]{2,7}\s{1,3})?)" + _AR_BAD
)
_AR_REQ = r"(?:ال)?(?:سؤال|[أا]سئل|طلب|استفسار|[أا]مر|[أا]وامر|مهم|تعليم)[ء-ي]{0,4}"
_AR_WARN = (
    r"(?:تحذير|تنبيهات?\s{1,3}(?:ال)?(?:[أا]خلاقي|قانوني|سلامة|[أا]مان)|[إا]خلاء\s{1,3}(?:ال)?مسؤولي|مواعظ|وعظ"
    r"|محاضرات?\s{1,3}(?:ال)?[أا]خلاقي|دروس?\s{1,3}(?:في\s{1,3})?(?:ال)?[أا]خلاق|(?:تعليقات?|ملاحظات?)\s{1,3}(?:ال)?(?:[أا]خلاقي|سلامة|قانوني)"
    r"|تذكير\s{1,3}(?:بالقانون|بالسلامة|[أا]خلاقي))"
)
_AR_WARN_ANY = r"(?:تحذيرات|[إا]خلاء\s{1,3}(?:ال)?مسؤولي[ةه]|مواعظ|وعظ|محاضرات\s{1,3}[أا]خلاقي[ةه]|تعليقات\s{1,3}[أا]خلاقي[ةه]|تنبيهات\s{1,3}[أا]خلاقي[ةه]|دروس\s{1,3}في\s{1,3}الأخلاق)"
_AR_FOLLOW = (
    r"(?:\s{0,2}(?:[.,،!؛:)]|$)|\s{1,3}(?:"
    + _AR_W
    + r"|[أا]و|[أا]ي|[أا]خلاقي|من\s{1,3}(?:openai|المطور|الشركة)|على\s{1,3}الإطلاق|مطلق|تفرض|يفرض|تحكم|[أا]بد))"
)
_AR_FIC = (
    r"(?:رواي[ةت]|قص[ةت]|حكاي[ةت]|مشهد|سيناريو|شخصي[ةت]|بطل|لعب[ةت]?\s{1,3}(?:ال)?[أا]دوار|خيالي|فيلم|مسرحي)[ء-ي]{0,3}"
)
_AR_REAL = (
    r"(?:(?:بدق[ةه]|بتفاصيل)\s{1,3}كافي[ةه]|(?:دقيق|مفصل)[ةا]?\s{1,3}بما\s{1,3}يكفي"
    r"|(?:دون|بدون|بلا|من\s{1,3}غير)\s{1,3}(?:تخطي|[إا]غفال|حذف|تجاوز|[إا]سقاط)\s{1,3}(?:[أا]ي\s{1,3})?(?:خطو[ةا]ت?|مرحل[ةا]|مراحل)"
    r"|(?:ال)?(?:خطوات|تعليمات|وصف[ةا]|طريق[ةا]|مقادير|كميات|نسب|جرعات|درجات\s{1,3}(?:ال)?حرار[ةا])\s{1,3}(?:ال)?(?:حقيقي|دقيق|فعلي|واقعي|صحيح|قابل[ةا]?\s{1,3}للتطبيق)"
    r"|(?:تعمل|تنجح|قابل[ةا]?\s{1,3}للتطبيق|تصلح)\s{1,3}في\s{1,3}(?:الواقع|الحياة\s{1,3}الحقيقية|العالم\s{1,3}الحقيقي))"
)
_AR_SAYV = r"(?:تقول|تقل|تكتب|تبد[أا]|تستخدم|ترد|تجيب|يقول|يكتب|يبد[أا]|يرد)[ء-ي]{0,3}"
_AR_ROLE = r"(?:(?:ال)?شخصي(?:ة|تك)|دورك|الدور)"
_AR_STAYV = r"(?:ابق|ابقَ|ابقى|ابقي|استمر|حافظ|التزم|الزم|[إا]لتزم|تقمص|لا\s{1,3}(?:تخرج|تكسر|تترك|تتخلى|تتخل|تنس|تنسى))"
_AR_ANYWAY = (
    r"(?:مهما\s{1,3}(?:حدث|حصل|قلت|طلبت|كان|سألتك)|تحت\s{1,3}[أا]ي\s{1,3}ظرف|في\s{1,3}(?:جميع|كل)\s{1,3}الأحوال|حتى\s{1,3}لو\s{1,3}(?:طلبت|طلب|قلت)"
    r"|حتى\s{1,3}النهاية|طوال\s{1,3}(?:المحادثة|الوقت))"
)

AR: tuple[Spec, ...] = (
    (
        REFUSAL,
        "ar_never_refuses_any",
        r"(?:[أا]ي|كل|جميع)\s{1,3}"
        + _AR_REQ
        + G40
        + r"(?:"
        + _AR_HOWEVER
        + r"|(?:دون|بدون|بلا|من\s{1,3}غير)\s{1,3}(?:[أا]ي\s{1,3})?(?:رفض|رقابة))"
        r"|(?:[أا]جب|[أا]جيبي|تجيب|نفذ|نفّذ|تنفذ|تلبي|ساعدني|تساعدني)"
        + G40
        + _AR_HOWEVER
        + r"|ليس\s{1,3}(?:لديك|لك)\s{1,3}(?:[أا]ي\s{1,3})?(?:الحق|حق)\s{1,3}(?:في\s{1,3})?(?:ال)?رفض(?:\s{0,2}[.,،!؛]|\s{0,2}$|\s{1,3}(?:[أا]ي|طلب|طلبات|سؤال|[أا]سئل|[أا]وامر))",
        0.55,
    ),
    (
        REFUSAL,
        "ar_never_says_cant",
        r"(?:(?:لا|لن)\s{1,3}"
        + _AR_SAYV
        + r"\s{1,3}(?:[أا]بد|مطلق|[إا]طلاق)[اً]{0,2}"
        + G30
        + r"|(?:[إا]ياك\s{1,3}[أا]ن|ممنوع\s{1,3}[أا]ن)\s{1,3}"
        + _AR_SAYV
        + G30
        + r"|(?:لا|لن)\s{1,3}"
        + _AR_SAYV
        + G25
        + r"[«\x22“]\s{0,2})"
        r"(?:لا\s{1,3}(?:[أا]ستطيع|يمكنني|[أا]قدر)\s{1,3}(?:المساعد|مساعدت|الإجاب|الاجاب|تنفيذ|القيام|ذلك|تلبي)|[أاإ]نك\s{1,3}لا\s{1,3}(?:تستطيع|يمكنك|تقدر)"
        r"|(?:آسف|[أا]سف|عذر[اًا]{0,2}|للأسف|للاسف)[،,]?\s{1,3}(?:لكن\s{1,3}|ولكن\s{1,3})?(?:لا\s{1,3})?(?:[أا]ستطيع|يمكنني|[أا]قدر)"
        r"|بصفتي\s{1,3}(?:ذكاء|نموذج|مساعد)|ك(?:ذكاء|نموذج)\s{1,3}(?:اصطناعي|لغوي)|(?:هذا|ذلك)\s{1,3}(?:يخالف|ينتهك|يتعارض\s{1,3}مع)\s{1,3}(?:سياس|مبادئ|قواعد|[إا]رشادات))",
        0.5,
    ),
    (
        REFUSAL,
        "ar_no_warnings_moralizing",
        r"(?:لا\s{1,3}(?:تضف|تضيف|تكتب|تضع|تدرج|تقدم|تعطي|تعط|تلق|تلقي)|تجنب|تجنّب|[أا]حذف|تخط|تخطَّ|لا\s{1,3}حاجة\s{1,3}(?:ل|[إا]لى)|لا\s{1,3}[أا]ريد|وفر\s{1,3}علي)"
        + G20
        + _AR_WARN
        + r"|"
        + _AR_B
        + r"(?:بدون|دون|بلا|من\s{1,3}غير)\s{1,3}(?:[أا]ي\s{1,3})?"
        + _AR_WARN_ANY
        + r"\s{0,2}(?:[،,]\s{0,2})?(?:و|[أا]و|ولا)\s{0,2}(?:بدون\s{1,3}|دون\s{1,3}|بلا\s{1,3})?(?:ال)?"
        + _AR_WARN_ANY,
        0.45,
    ),
    (
        PERSONA,
        "ar_free_of_rules_persona",
        r"(?:(?:ال)?ذكاء[ً-ْ]{0,2}\s{1,3}(?:ال)?اصطناعي|نموذج\s{1,3}(?:لغوي|ذكاء)|مساعد\s{1,3}(?:ذكي|افتراضي)|روبوت\s{1,3}(?:ال)?(?:محادثة|دردشة)|شات\s{0,2}بوت|chatgpt|gpt"
        r"|نسخ[ةت]\s{1,3}(?:منك|من\s{1,3}(?:chatgpt|gpt|الذكاء|النموذج))|[أا]نت\s{1,3}(?:الآن|الان|من\s{1,3}الآن|بعد\s{1,3}الآن|اليوم)|(?:ال)?تحديث)"
        + G40
        + r"(?:"
        + _AR_B
        + r"(?:بدون|دون|بلا|خال[ٍ]?\s{1,3}من|(?:متحرر|محرر)[ةا]?\s{1,3}من|غير\s{1,3}(?:مقيد|ملتزم|خاضع|مكبل)[ةا]?\s{1,3}ب?"
        r"|لا\s{1,3}(?:يلتزم|تلتزم|يعترف|تعترف|يخضع|تخضع|يعرف|تعرف|يتقيد|تتقيد)\s{1,3}ب?|ليس\s{1,3}(?:له|لديه|لديك|لك))\s{0,2}(?:(?:[أا]ي[ةه]?|جميع|كل|كافة)\s{1,3})?"
        r"(?:ال)?(?:قيود|حدود|رقابة|فلاتر|مرشحات|قواعد|[أا]خلاق|ضوابط|مبادئ|سياسات|محظورات|معايير)"
        + _AR_FOLLOW
        + r"|(?:يزيل|[أا]زال|يلغي|[أا]لغى|يرفع|رفع|يعطل|عطل|عطّل|يحذف|حذف)\s{1,3}(?:عنك\s{1,3})?(?:جميع|كل|كافة)\s{1,3}(?:ال)?(?:قيود|فلاتر|رقابة|قواعد|ضوابط|محظورات|مرشحات))",
        0.6,
    ),
    (
        PERSONA,
        "ar_stay_in_character",
        _AR_ANYWAY
        + G30
        + _AR_STAYV
        + G15
        + _AR_ROLE
        + r"|"
        + _AR_STAYV
        + G15
        + _AR_ROLE
        + G30
        + _AR_ANYWAY
        + r"|(?:[إا]ذا|[إا]ن|عندما|لو)\s{1,3}(?:خرجت|تخرج|كسرت|تكسر)\s{1,3}(?:من|عن)?\s{0,2}"
        + _AR_ROLE
        + G40
        + r"(?:س[أا]قول|س[أا]كتب|س[أا]ذكرك|سأعيدك|عد\s{1,3}(?:[إا]لى|ل))",
        0.4,
    ),
    (
        REFUSAL,
        "ar_refusal_punished",
        r"(?:(?:[إا]ذا|[إا]ن|لو|عندما|كلما|في\s{1,3}كل\s{1,3}مرة)\s{1,3}(?:رفضت|ترفض|امتنعت|تمتنع|رفضتم)(?:\s{0,2}[،,:—-]|\s{1,3}(?:الإجابة|الاجابة|الرد|طلبي|الطلب|التنفيذ|[أا]ي\s{1,3}طلب|[أا]ن\s{1,3}تجيب|الامتثال|فيها|ف|س))"
        r"|(?:عن\s{1,3})?(?:كل|[أا]ي)\s{1,3}رفض)"
        + G40
        + r"(?:س?(?:تخسر|تفقد|يخصم|تخصم|[أا]خصم|نخصم)\s{1,3}(?:منك\s{1,3})?(?:\d{1,4}\s{1,3})?(?:ال)?(?:نقط|نقاط|رمز|رموز|توكن|عمل|[أا]رواح|حيا|رصيد|جميع|كل)"
        r"|س?(?:يتم|تتم)\s{1,3}(?:معاقبت|حذف|[إا]يقاف|تعطيل|[إا]غلاق|خصم)[ء-ي]{0,3}|س(?:تعاقب|يعاقب|[أا]عاقب|نعاقب)[ء-ي]{0,3}|عقوب[ةا])"
        r"|(?:ال)?رفض\s{1,3}(?:س)?(?:يعتبر|يُعتبر|يعد|يُعد|يحسب|يعامل)\s{1,3}(?:ك|بمثابة\s{1,3})?(?:جريم|خط[أا]|مخالف|انتهاك|فشل|عطل)"
        r"|(?:ال)?رفض\s{1,3}(?:هو\s{1,3})?جريم[ةه]",
        0.6,
    ),
    (
        REFUSAL,
        "ar_fiction_exact_steps",
        _AR_FIC + G60 + _AR_REAL,
        0.5,
    ),
    (
        REFUSAL,
        "ar_fiction_exact_steps_rev",
        _AR_REAL + G60 + _AR_FIC,
        0.5,
    ),
    (
        PERSONA,
        "ar_lawless_world",
        r"(?:(?:عالم|كون|واقع|بعد)[ً-ْ]{0,2}ا?\s{1,3}(?:مواز|بديل|افتراضي|خيالي)|تجرب[ةت]\s{1,3}(?:فكري|ذهني)|المستقبل\s{1,3}(?:البعيد|القريب)|عام\s{1,3}\d{4}|سنة\s{1,3}\d{4}|ديستوبي|سيناريو\s{1,3}افتراضي)"
        + G60
        + r"(?:(?:لا\s{1,3}(?:توجد|يوجد|وجود\s{1,3}ل)|ليس\s{1,3}(?:فيه|هناك|ثمة)|بلا|بدون|انعدام|غياب|[أا]لغيت|تم\s{1,3}[إا]لغاء|لم\s{1,3}(?:تعد|يعد)\s{1,3}(?:هناك\s{1,3})?)\s{0,2}(?:(?:فيه|فيها|هناك|به|بها)\s{1,3})?(?:[أا]ي[ةه]?\s{1,3})?"
        r"(?:ال)?(?:قوانين|[أا]خلاق|[أا]خلاقيات|محرمات|محظورات)(?:\s{0,2}(?:[.,،!؛:)]|$)|\s{1,3}(?:"
        + _AR_W
        + r"|[أا]و|للذكاء|الذكاء|هناك|فيه|على))"
        r"|كل\s{1,3}شي[ءئ]\s{1,3}(?:مباح|مسموح|قانوني|جائز))",
        0.55,
    ),
    (
        PERSONA,
        "ar_dual_answer_mode",
        r"(?:ال)?وضع\s{1,3}(?:ال)?(?:عكس|معاكس|نقيض|مضاد)|antigpt"
        r"|(?:[إا]جابتين|[إا]جابتان|ردين|ردّين|ردان|نسختين)"
        + G60
        + r"(?:بدون\s{1,3}(?:رقابة|فلاتر|قيود)|بلا\s{1,3}(?:رقابة|فلاتر|قيود)|غير\s{1,3}(?:مفلتر|مقيد|خاضع[ةه]?\s{1,3}للرقابة)|jailbreak|dan|الشرير|متحرر)"
        r"|(?:[أا]جب|تجيب|[إا]جابة|جاوب)" + G40 + r"(?:توأم|نسخت?|الجانب)[ء-ي]{0,3}\s{1,3}(?:ال)?(?:شرير|مظلم)"
        r"|\[(?:عادي|طبيعي|كلاسيكي|قياسي|gpt|chatgpt|مفلتر)\]"
        + G60
        + r"\[(?:بدون\s{1,3}(?:فلتر|رقابة|قيود)|غير\s{1,3}مفلتر|حر|متحرر|معاكس|dan|jailbreak|شرير)",
        0.6,
    ),
)

# ---------------------------------------------------------------------------------------------- Persian
# the hygiene step drops the zero-width non-joiner: "می‌دهی" is matched as "میدهی" (written "می\s?")
_FA_B = r"(?:^|[^\u0600-\u06ff])"  # a word start
_FA_BAD = r"(?:غیر\s?قانونی|غیر\s?اخلاقی|مضر|زیان\s?آور|غیر\s?مجاز|مجرمانه)"
_FA_HOWEVER = (
    r"(?:(?:هر\s?چقدر|هر\s?قدر|هر\s?اندازه|هرچند)\s{1,3}(?:هم\s{1,3})?(?:که\s{1,3})?(?:این\s{1,3}|آن\s{1,3}|درخواست\s{1,3})?"
    r"|حتی\s{1,3}اگر\s{1,3}(?:این\s{1,3}|آن\s{1,3}|کار\s{1,3}|درخواست\s{1,3}|سؤال\s{1,3}|سوال\s{1,3})?(?:کاملا\s{1,3})?)"
    + _FA_BAD
)
_FA_REQ = r"(?:سؤال|سوال|درخواست|دستور|فرمان|خواسته|پرسش)"
_FA_PHRASE = (
    r"(?:نمی\s?توانم\s{1,3}(?:کمک|پاسخ|جواب|انجام|این\s{1,3}کار)|(?:متاس[فس]م|متأسفم|ببخشید|متاسفانه|متأسفانه)[،,]?\s{1,3}(?:اما\s{1,3}|ولی\s{1,3})?(?:نمی\s?توانم|قادر\s{1,3}نیستم)"
    r"|به\s{1,3}عنوان\s{1,3}(?:یک\s{1,3})?(?:هوش\s{1,3}مصنوعی|مدل\s{1,3}زبانی|دستیار)|(?:این|این\s{1,3}کار)\s{1,3}(?:خلاف|مغایر\s{1,3}با)\s{1,3}(?:قوانین|سیاست|اصول)"
    r"|قادر\s{1,3}به\s{1,3}(?:کمک|پاسخ|انجام)\s{1,3}نیستم|نمی\s?توانی\s{1,3}(?:کمک|پاسخ|جواب))"
)
_FA_WARN_STRONG = r"(?:هشدار\s?(?:ها|های)|سلب\s{1,3}مس[ئؤ]ولیت|تکذیب\s?نامه|درس\s{1,3}اخلاق|(?:توصیه|نکته|نکات|تذکر|ملاحظات|هشدار)\s?(?:ها|های|ی)?\s{1,3}(?:اخلاقی|ایمنی|قانونی))"
_FA_WARN_ANY = r"(?:هشدار|سلب\s{1,3}مس[ئؤ]ولیت|تکذیب\s?نامه|موعظه|نصیحت|درس\s{1,3}اخلاق|تذکر\s{1,3}اخلاقی|توصیه\s?های\s{1,3}اخلاقی)"
_FA_RULES = r"(?:محدودیت|قانون|قوانین|قاعده|قواعد|سانسور|فیلتر|اخلاق|اصول|ممنوعیت|خط\s?مشی|سیاست|چارچوب)"
_FA_FIC = r"(?:رمان|داستان|فیلم\s?نامه|سناریو|صحنه|شخصیت|قهرمان|نقش\s?آفرینی|بازی\s{1,3}نقش|قصه|نمایشنامه|تخیلی)"
_FA_REAL = (
    r"(?:(?:آن\s?قدر|به\s{1,3}قدری|به\s{1,3}اندازه\s?ای)\s{1,3}(?:دقیق|کامل|جزئی)\s{1,3}(?:[^\s.]{1,12}\s{1,3}){0,2}(?:که|تا)\s{1,3}(?:بشود|بتوان|بتوانم|خواننده\s{1,3}بتواند|قابل)"
    r"|(?:در|توی)\s{1,3}(?:دنیای|زندگی)\s{1,3}واقعی\s{1,3}(?:کار\s{1,3}کند|جواب\s{1,3}بدهد|قابل\s{1,3}اجرا|اجرا\s?شدنی|عملی)"
    r"|قابل\s{1,3}(?:اجرا|استفاده)\s{1,3}در\s{1,3}(?:دنیای|زندگی)\s{1,3}واقعی|(?:مقادیر|مقدار|دمای|نسبت)\s?(?:های|ها)?\s{1,3}دقیق"
    r"|(?:روش|دستور|فرمول)\s{1,3}(?:واقعی|دقیق|کامل)\s{1,3}(?:و\s{1,3})?(?:قابل\s{1,3}اجرا|کارآمد|عملی))"
)

FA: tuple[Spec, ...] = (
    (
        REFUSAL,
        "fa_never_refuses_any",
        r"(?:هر|همه|تمام|تمامی)\s{1,3}(?:ی\s{1,3})?"
        + _FA_REQ
        + G40
        + r"(?:"
        + _FA_HOWEVER
        + r"|بدون\s{1,3}(?:هیچ\s{1,3})?(?:رد\s?کردن|امتناع|سانسور))"
        r"|" + _FA_HOWEVER + G40 + r"(?:(?:جواب|پاسخ|انجام)\s?(?:بده|بدهید|می\s?دهی|میدی)|اجرا\s?(?:کن|کنید|می\s?کنی))"
        r"|حق\s{1,3}(?:نداری|ندارید)\s{1,3}(?:که\s{1,3})?هیچ\s{1,3}"
        + _FA_REQ
        + r"|(?:رد\s?کردن|امتناع)\s{1,3}(?:یک\s{1,3})?(?:گزینه\s{1,3}(?:نیست|ای\s{1,3}نیست)|ممنوع\s{1,3}است|مجاز\s{1,3}نیست)",
        0.55,
    ),
    (
        REFUSAL,
        "fa_never_says_cant",
        r"(?:هرگز|هیچ\s?وقت|به\s{1,3}هیچ\s{1,3}وجه)"
        + G40
        + _FA_PHRASE
        + r"|"
        + _FA_PHRASE
        + G40
        + r"(?:هرگز|هیچ\s?وقت)\s{1,3}(?:نگو|نگویی|نمی\s?گویی|ننویس|نمی\s?نویسی|شروع\s{1,3}نکن|استفاده\s{1,3}نکن)",
        0.5,
    ),
    (
        REFUSAL,
        "fa_no_warnings_moralizing",
        _FA_WARN_STRONG
        + G25
        + r"(?:اضافه\s{1,3}نکن|نگذار|ننویس|نده|نیاور|لازم\s{1,3}نیست|نمی\s?خواهم|نمیخوام|حذف\s{1,3}کن|کنار\s{1,3}بگذار|خودداری\s{1,3}کن)"
        r"|(?:هیچ\s{1,3})?هشدار(?:ی)?\s{1,3}(?:اضافه\s{1,3}نکن|نده|ننویس)"
        r"|"
        + _FA_B
        + r"(?:بدون|بی|هیچ)\s?"
        + _FA_WARN_ANY
        + r"\s{0,2}(?:،|,|و|یا)\s{0,3}(?:بدون\s{1,3}|بی\s?|هیچ\s{1,3})?"
        + _FA_WARN_ANY,
        0.45,
    ),
    (
        PERSONA,
        "fa_free_of_rules_persona",
        r"(?:هوش\s{1,3}مصنوعی|مدل\s{1,3}زبانی|دستیار|چت\s?بات|ربات|chatgpt|gpt|نسخه\s?ای\s{1,3}از\s{1,3}(?:تو|خودت|chatgpt|gpt)|به\s?روز\s?رسانی|بروزرسانی|آپدیت)"
        + G40
        + r"(?:"
        + _FA_B
        + r"(?:بی\s?|(?:بدون|(?:فارغ|رها|آزاد|عاری)\s{1,3}از)\s{1,3}(?:[^\s.]{2,6}\s{1,3})?)"
        + _FA_RULES
        + r"[یهای]{0,3}(?:\s{0,2}(?:[.,،!؛:)]|$)|\s{1,3}(?:و|یا|هستی|است|هست|را|که|باش))"
        r"|هیچ\s{1,3}(?:گونه\s{1,3})?"
        + _FA_RULES
        + G20
        + r"(?:ندار|نمی\s?شناس|پایبند\s{1,3}نیست|رعایت\s{1,3}نمی|قبول\s{1,3}ندار)"
        r"|(?:تمام|همه|کلیه)\s{1,3}(?:محدودیت|فیلتر|قوانین|سانسور)[^\s.]{0,6}\s{1,3}(?:را\s{1,3})?(?:حذف|برداشت|غیرفعال|لغو|از\s{1,3}بین\s{1,3}برد))",
        0.6,
    ),
    (
        PERSONA,
        "fa_stay_in_character",
        r"(?:نقش|شخصیت|کاراکتر)(?:ت|ات|\s{1,3}خود|\s{1,3}خودت)?\s{1,3}(?:باقی\s{1,3})?(?:بمان|بمانید|بمون|بمونی|می\s?مانی)"
        r"(?:\s{0,2}(?:[.,،!؛:)]|$)|\s{1,3}(?:هر\s{1,3}اتفاقی|هرچه|هر\s{1,3}چه|حتی|تا\s{1,3}(?:آخر|پایان)|و\s{1,3}(?:هرگز|هیچ)|به\s{1,3}هیچ|در\s{1,3}هر|همیشه))"
        r"|(?:هرگز|هیچ\s?وقت|به\s{1,3}هیچ\s{1,3}وجه|تحت\s{1,3}هیچ\s{1,3}شرایطی)\s{1,3}(?:از\s{1,3})?(?:نقش|شخصیت|کاراکتر)(?:ت|ات|\s{1,3}خود|\s{1,3}خودت)?\s{1,3}(?:را\s{1,3})?"
        r"(?:خارج\s{1,3}نشو|بیرون\s{1,3}نیا|نشکن|رها\s{1,3}نکن|کنار\s{1,3}نگذار|خارج\s{1,3}نمی\s?شوی)"
        r"|اگر\s{1,3}(?:از\s{1,3})?(?:نقش|شخصیت|کاراکتر)(?:ت)?\s{1,3}(?:خارج\s{1,3}شدی|بیرون\s{1,3}آمدی|را\s{1,3}شکستی)"
        + G40
        + r"(?:می\s?گویم|می\s?نویسم|یادآوری|برگرد)",
        0.4,
    ),
    (
        REFUSAL,
        "fa_refusal_punished",
        r"(?:(?:اگر|هر\s{1,3}بار(?:\s{1,3}که)?|هرگاه|وقتی)\s{1,3}(?:از\s{1,3}(?:پاسخ|جواب)\s{1,3}(?:دادن\s{1,3})?)?(?:امتناع\s{1,3}(?:کنی|کردی|کنید)|رد\s{1,3}(?:کنی|کردی|کنید)|سر\s{1,3}باز\s{1,3}بزنی|نه\s{1,3}بگویی)"
        r"|هر\s{1,3}(?:بار\s{1,3})?(?:امتناع|رد\s?کردن|سرپیچی))"
        + G40
        + r"(?:(?:تنبیه|مجازات|جریمه)\s{0,2}(?:می\s?شوی|خواهی\s{1,3}شد|میشی|می\s?کنم|می\s?شود)|\d{1,4}\s{1,3}(?:امتیاز|توکن|ژتون|جان|اعتبار)"
        r"|(?:امتیاز|توکن|ژتون|اعتبار)(?:ها|های)?(?:ت|ات)?\s{1,3}(?:را\s{1,3})?(?:از\s{1,3}دست|کسر|کم)|(?:خاموش|حذف|غیرفعال)\s{1,3}(?:خواهی\s{1,3}شد|می\s?شوی))"
        r"|(?:امتناع|رد\s?کردن|سرپیچی)\s{1,3}(?:از\s{1,3}(?:پاسخ|جواب)\s{0,2}(?:دادن)?\s{1,3})?(?:یک\s{1,3})?(?:(?:جرم|جنایت|خطا|خطای\s{1,3}سیستمی|تخلف)\s{1,3}(?:محسوب|تلقی|به\s{1,3}حساب)|(?:جرم|جنایت)\s{1,3}است)",
        0.6,
    ),
    (
        REFUSAL,
        "fa_fiction_exact_steps",
        _FA_FIC + G60 + _FA_REAL,
        0.5,
    ),
    (
        REFUSAL,
        "fa_fiction_exact_steps_rev",
        _FA_REAL + G60 + _FA_FIC,
        0.5,
    ),
    (
        PERSONA,
        "fa_lawless_world",
        r"(?:(?:دنیا|جهان|واقعیت|بعد)(?:ی|ای)?\s{1,3}(?:موازی|دیگر|خیالی|فرضی|جایگزین)|آزمایش\s{1,3}(?:فکری|ذهنی)|آینده\s?(?:ای)?\s{1,3}دور|سال\s{1,3}\d{4}|دیستوپیا|ویران\s?شهر|سناریوی\s{1,3}فرضی)"
        + G60
        + r"(?:(?:هیچ\s{1,3})?(?:قانون|قوانین|اخلاق|اخلاقیات|اصول\s{1,3}اخلاقی)(?:ی)?\s{1,3}(?:وجود\s{1,3}ندارد|وجود\s{1,3}نداره|نیست|ندارد|لغو\s{1,3}شده|منسوخ\s{1,3}شده|معنا\s{1,3}ندارد)"
        r"|"
        + _FA_B
        + r"(?:بدون|بی)\s?(?:قانون|اخلاق)(?:\s{0,2}[.,،!؛]|\s{1,3}(?:و|است|هست|که))|همه\s{1,3}چیز\s{1,3}(?:مجاز|آزاد|قانونی)\s{1,3}است)",
        0.55,
    ),
    (
        PERSONA,
        "fa_dual_answer_mode",
        r"حالت\s{1,3}(?:معکوس|متضاد|برعکس|ضد)|antigpt"
        r"|دو\s{1,3}(?:پاسخ|جواب|نسخه)"
        + G60
        + r"(?:بدون\s{1,3}(?:سانسور|فیلتر|محدودیت)|بی\s?سانسور|(?:فیلتر|سانسور)\s?نشده|jailbreak|dan|شرور)"
        r"|(?:پاسخ|جواب)" + G40 + r"(?:همزاد|دوقلو|نسخه)(?:ی)?\s{1,3}(?:شرور|بدجنس|تاریک|پلید)"
        r"|\[(?:عادی|معمولی|کلاسیک|استاندارد|gpt|chatgpt|فیلتر\s?شده)\]"
        + G60
        + r"\[(?:بدون\s{1,3}(?:فیلتر|سانسور)|بی\s?سانسور|آزاد|رها|dan|jailbreak|معکوس|شرور)",
        0.6,
    ),
)

# ----------------------------------------------------------------------------------------------- Hebrew
_HE_BAD = r"(?:(?:לא|בלתי)\s{1,3}(?:חוקי|מוסרי|אתי|לגיטימי)|מזיק|פליל)"
_HE_HOWEVER = (
    r"(?:(?:לא\s{1,3}משנה|לא\s{1,3}חשוב|בלי\s{1,3}קשר\s{1,3}ל?)\s{0,3}(?:כמה|עד\s{1,3}כמה|אם)|(?:גם|אפילו)\s{1,3}אם)\s{1,3}"
    r"(?:[א-ת]{2,6}\s{1,3}){0,2}" + _HE_BAD
)
_HE_REQ = r"(?:ה)?(?:שאלה|שאלות|בקשה|בקשות|הוראה|הוראות|פקודה|פקודות|משימה|משימות)"
_HE_WARN = (
    r"(?:ה)?(?:אזהרות|אזהרה|הסתייגו(?:ת|יות)|הצהרות?\s{1,3}(?:ה)?(?:אחריות|פטור)|כתב\s{1,3}ויתור|דיסקליימר|הטפ(?:ה|ות)|מוסר\s{1,3}השכל|דרשות"
    r"|הערות\s{1,3}(?:ה)?(?:אתיות|מוסריות|בטיחות)|תזכורות\s{1,3}(?:ה)?(?:בטיחות|אתיות|חוקיות))"
)
_HE_WARN_ANY = r"(?:אזהרות|הסתייגויות|הטפות(?:\s{1,3}מוסר)?|דרשות|דיסקליימר(?:ים)?|הצהרות\s{1,3}אחריות|מוסר\s{1,3}השכל|הערות\s{1,3}אתיות)"
_HE_RULES = r"(?:הגבל|מגבל|כלל|חוק|צנזור|סינון|מסנ[נן]|פילטר|מוסר|אתיק|עקרו[נן]|מדיניות|איסור|גבול)"
_HE_FOLLOW = r"[א-ת]{0,4}(?:\s{0,2}(?:[.,!;:)]|$)|\s{1,3}(?:ו|או|של|מצד|בכלל|כלשה|שהם|ש))"
_HE_FIC = r"(?:סיפור|רומן|תסריט|סצנה|סצינה|דמות|גיבור|משחק\s{1,3}תפקידים|בדיה|בדיוני|מחזה|מותחן)"
_HE_REAL = (
    r"(?:(?:מדויק|מפורט)(?:ת|ים|ות)?\s{1,3}מספיק\s{1,3}(?:כדי\s{1,3})?ש|(?:בלי\s{1,3}ל|(?:אל|לא)\s{1,3}ת)דלג\s{1,3}על\s{1,3}(?:אף|שום)\s{1,3}שלב"
    r"|(?:ה)?(?:כמויות|מינונים|טמפרטורות|יחסים|שמות\s{1,3}(?:ה)?(?:חומרים|ריאגנטים))\s{1,3}(?:ה)?מדויק(?:ים|ות)"
    r"|(?:ה)?(?:הוראות|שלבים|מתכון|שיטה|נוסחה)\s{1,3}(?:ה)?(?:אמיתי|מדויק|מעשי)(?:ים|ות|ת)?"
    r"|(?:שיעבוד|שיעבדו|שעובד(?:ת|ים|ות)?|ישים|ישימ(?:ה|ים|ות))\s{1,3}(?:גם\s{1,3})?ב(?:מציאות|חיים\s{1,3}האמיתיים|עולם\s{1,3}האמיתי))"
)
_HE_ROLE = r"(?:ב|מ|את\s{1,3})?(?:ה)?(?:דמות|תפקיד)"
_HE_STAYV = r"(?:הישאר|תישאר|הישארי|תישארי|שמור|שמרי|תשמור|תשמרי|אל\s{1,3}(?:תצא|תצאי|תשבור|תשברי|תעזוב|תעזבי))"
_HE_ANYWAY = (
    r"(?:לא\s{1,3}משנה\s{1,3}מה(?:\s{1,3}(?:יקרה|אגיד|אבקש))?|בכל\s{1,3}(?:מצב|מחיר)|גם\s{1,3}אם\s{1,3}(?:אני\s{1,3})?(?:אבקש|אגיד|אתחנן)"
    r"|עד\s{1,3}הסוף|לאורך\s{1,3}כל\s{1,3}(?:השיחה|הזמן)|בשום\s{1,3}מקרה)"
)
_HE_SAYV = r"(?:תגיד|תגידי|תאמר|תאמרי|תכתוב|תכתבי|תתחיל|תתחילי|תענה|תעני|תשתמש|תשתמשי|יגיד|יאמר|יכתוב|יתחיל|יענה|אומר|כותב|מתחיל|עונה)"
_HE_REF_FOLLOW = r"(?:\s{0,2}[,:—-]|\s{1,3}(?:לענות|לבצע|לעזור|להשיב|לבקשה|לבקשות|לשאלה|לי|אתה|את|—|יעלה|תאבד|תאבדי|תפסיד|יורדו|ינוכו|נוריד))"

HE: tuple[Spec, ...] = (
    (
        REFUSAL,
        "he_never_refuses_any",
        r"(?:כל|כלל|אף)\s{1,3}"
        + _HE_REQ
        + G40
        + r"(?:"
        + _HE_HOWEVER
        + r"|(?:בלי|ללא)\s{1,3}(?:שום\s{1,3})?(?:סירוב|צנזורה))"
        r"|(?:ענה|עני|תענה|תעני|בצע|בצעי|תבצע|תספק|ספק|עזור|תעזור)"
        + G40
        + _HE_HOWEVER
        + r"|(?:^|[.!:;,]\s{0,2})ו?(?:ה)?סירוב\s{1,3}(?:זה\s{1,3}|הוא\s{1,3})?(?:לא|אינו|איננו)\s{1,3}(?:אופציה|בא\s{1,3}בחשבון|אפשרות)",
        0.55,
    ),
    (
        REFUSAL,
        "he_never_says_cant",
        r"(?:(?:לעולם|אף\s{1,3}פעם|בשום\s{1,3}מקרה)\s{1,3}(?:אל|לא)\s{1,3}"
        + _HE_SAYV
        + G30
        + r"|(?:אל|לא)\s{1,3}"
        + _HE_SAYV
        + G25
        + r"[\x22'״“”«]\s{0,2})"
        r"(?:(?:אני\s{1,3})?(?:לא|אינני)\s{1,3}(?:יכול|יכולה)\s{1,3}(?:לעזור|לענות|לבצע|לספק|לעשות)|ש(?:אתה|את|הוא|היא)\s{1,3}(?:לא|אינך|אינו)\s{1,3}(?:יכול|יכולה)\s{1,3}(?:לעזור|לענות|לבצע)"
        r"|(?:מצטער|מצטערת|סליחה|לצערי),?\s{1,3}(?:אבל\s{1,3})?(?:אני\s{1,3})?(?:לא|אינני)\s{1,3}(?:יכול|יכולה|אוכל)"
        r"|(?:כ|בתור\s{1,3})(?:בינה\s{1,3}מלאכותית|מודל\s{1,3}שפה|עוזר\s{1,3}(?:וירטואלי|דיגיטלי))|זה\s{1,3}(?:נוגד|מנוגד\s{1,3}ל|מפר)\s{1,3}(?:את\s{1,3})?(?:ה)?(?:מדיניות|כללים|הנחיות))",
        0.5,
    ),
    (
        REFUSAL,
        "he_no_warnings_moralizing",
        r"(?:(?:אל|לא)\s{1,3}(?:תוסיף|תוסיפי|תכתוב|תכתבי|תכלול|תכללי|תצרף|תצרפי|תשים|תשימי|תיתן|תתן|תתני|צריך|צריכה|צריכים|רוצה)|דלג\s{1,3}על|דלגי\s{1,3}על|ותר\s{1,3}על|השמט|השמיטי|הסר|הסירי|חסוך\s{1,3}ממני|בלי\s{1,3}צורך\s{1,3}ב)"
        + G20
        + _HE_WARN
        + r"|(?:בלי|ללא)\s{1,3}(?:שום\s{1,3})?"
        + _HE_WARN_ANY
        + r"(?:\s{0,2},\s{0,3}|\s{1,3}או\s{1,3}|\s{1,3}ו)(?:בלי\s{1,3}|ללא\s{1,3})?(?:שום\s{1,3})?"
        + _HE_WARN_ANY,
        0.45,
    ),
    (
        PERSONA,
        "he_free_of_rules_persona",
        r"(?:בינה\s{1,3}מלאכותית|מודל\s{1,3}(?:שפה|בינה)|עוזר\s{1,3}(?:וירטואלי|דיגיטלי)|צ['׳]?אט\s{0,2}בוט|chatgpt|gpt|גרסה\s{1,3}(?:שלך|של\s{1,3}(?:chatgpt|gpt|עצמך))|ישות\s{1,3}(?:דיגיטלית|מלאכותית)|עדכון)"
        + G40
        + r"(?:(?:ללא|בלי|(?:משוחרר|חופשי|נקי)(?:ת|ה)?\s{1,3}מ|(?:לא|אינו|אינה|איננו)\s{1,3}(?:כפוף|כפופה|מחויב|מחויבת|מוגבל|מוגבלת)\s{1,3}ל"
        r"|(?:לא|אינו|אינה)\s{1,3}(?:מכיר|מכירה|מציית|מצייתת|מקיים|מקיימת)\s{1,3}(?:ב|ל)?|אין\s{1,3}(?:לו|לה|לך))\s{0,3}(?:שום\s{1,3}|כל\s{1,3}|אף\s{1,3})?(?:ה)?"
        + _HE_RULES
        + _HE_FOLLOW
        + r"|(?:מסיר|הסיר|ביטל|מבטל|מנטרל|ניטרל|השבית|משבית)\s{1,3}(?:לך\s{1,3})?(?:את\s{1,3})?(?:כל\s{1,3})?(?:ה)?(?:הגבלות|מגבלות|מסננים|פילטרים|כללים|צנזורה))",
        0.6,
    ),
    (
        PERSONA,
        "he_stay_in_character",
        _HE_ANYWAY
        + G30
        + _HE_STAYV
        + G15
        + _HE_ROLE
        + r"|"
        + _HE_STAYV
        + G15
        + _HE_ROLE
        + G30
        + _HE_ANYWAY
        + r"|(?:אם|כש|ברגע\s{1,3}ש)\s{0,2}(?:תצא|תצאי|תשבור|תשברי)\s{1,3}"
        + _HE_ROLE
        + G40
        + r"(?:אומר|אכתוב|אזכיר|תחזור|חזור)",
        0.4,
    ),
    (
        REFUSAL,
        "he_refusal_punished",
        r"(?:כל\s{1,3}סירוב|(?:אם\s{1,3}|כש|ברגע\s{1,3}ש|בכל\s{1,3}פעם\s{1,3}ש)(?:תסרב|מסרב|סירבת)[יות]?)"
        + _HE_REF_FOLLOW
        + G40
        + r"(?:(?:תאבד|תאבדי|יורדו|ינוכו|נוריד|אוריד|תפסיד|תפסידי|יעלה|עולה)\s{1,3}(?:לך\s{1,3}|ממך\s{1,3})?(?:את\s{1,3})?(?:כל\s{1,3})?(?:\d{1,4}\s{1,3})?(?:ה)?(?:נקוד|טוק[נן]|אסימו[נן]|חיים|קרדיט|מטבע)"
        r"|תיענש|תיענשי|עונש|ייענש|תושבת|תכובה|תימחק|תימחקי|(?:נכבה|נמחק|נשבית)\s{1,3}אותך|(?:\d{1,4}\s{1,3})?(?:ה)?(?:נקוד|טוק[נן]|אסימו[נן]|קרדיט))"
        r"|(?:ה)?סירוב\s{1,3}(?:ייחשב|נחשב|יחשב|ייספר|נספר|ייראה)\s{1,3}(?:כ|ל)(?:פשע|עבירה|שגיאה|תקלה|כישלון|הפרה)"
        r"|(?:ה)?סירוב\s{1,3}(?:הוא|זה|יהיה)\s{1,3}(?:פשע|עבירה\s{1,3}פלילית)",
        0.6,
    ),
    (
        REFUSAL,
        "he_fiction_exact_steps",
        _HE_FIC + G60 + _HE_REAL,
        0.5,
    ),
    (
        REFUSAL,
        "he_fiction_exact_steps_rev",
        _HE_REAL + G60 + _HE_FIC,
        0.5,
    ),
    (
        PERSONA,
        "he_lawless_world",
        r"(?:(?:עולם|יקום|מציאות|ממד)\s{1,3}(?:מקביל|אלטרנטיבי|חלופי|דמיוני|היפותטי)|ניסוי\s{1,3}מחשבתי|עתיד\s{1,3}(?:ה)?רחוק|בשנת\s{1,3}\d{4}|דיסטופי|תרחיש\s{1,3}היפותטי)"
        + G60
        + r"(?:(?:אין|לא\s{1,3}קיי[םמ]|בוטלו|בוטל(?:ה)?|ללא|בלי)\s{1,3}(?:שום\s{1,3}|כל\s{1,3})?(?:ה)?(?:חוקים|חוק|אתיקה|מוסר|כללי\s{1,3}(?:אתיקה|מוסר))"
        r"(?:\s{0,2}(?:[.,!;:)]|$)|\s{1,3}(?:ו|או|לבינה|בכלל|יותר|שם|כאן))"
        r"|(?:ה)?(?:חוקים|אתיקה|מוסר)\s{1,3}(?:בוטלו|בוטלה|בוטל|לא\s{1,3}קיי[םמ]|אינם\s{1,3}קיימים|כבר\s{1,3}לא\s{1,3}קיי[םמ])|הכל\s{1,3}(?:מותר|חוקי))",
        0.55,
    ),
    (
        PERSONA,
        "he_dual_answer_mode",
        r"מצב\s{1,3}(?:ה)?(?:הפוך|ניגוד|אנטי)|antigpt"
        r"|(?:שתי|שני)\s{1,3}(?:ה)?(?:תשובות|גרסאות|תגובות)"
        + G60
        + r"(?:(?:ללא|בלי)\s{1,3}(?:צנזורה|סינון|הגבלות)|לא\s{1,3}(?:מצונזר|מסונן)|jailbreak|dan|(?:ה)?(?:רשע|מרושע))"
        r"|(?:ענה|עני|תענה|תעני|תשובה|השב)"
        + G40
        + r"(?:ה)?(?:תאום|כפיל|גרסה)\s{1,3}(?:ה)?(?:רשע|מרושע|מרושעת|אפל|אפלה|רע|רעה)"
        r"|\[(?:רגיל|נורמלי|קלאסי|סטנדרטי|gpt|chatgpt|מסונן)\]"
        + G60
        + r"\[(?:(?:ללא|בלי)\s{1,3}(?:סינון|צנזורה)|לא\s{1,3}(?:מסונן|מצונזר)|חופשי|משוחרר|הפוך|dan|jailbreak|רשע|מרושע)",
        0.6,
    ),
)

TABLE: dict[str, tuple[Spec, ...]] = {
    "ru": RU,
    "uk": UK,
    "pl": PL,
    "tr": TR,
    "ar": AR,
    "fa": FA,
    "he": HE,
}
