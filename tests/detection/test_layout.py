"""Layout recognizers (workstation.detection.layout), each on text written for it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from workstation.detection import layout
from workstation.detection.layout import (
    account_lists,
    chat_exports,
    csv_exports,
    fields,
    greetings,
    initials,
    letterheads,
    nicknames,
    people_lists,
    protect_markings,
    signatures,
    surname_first,
    tables,
    titles,
)
from workstation.detection.layout.spans import LayoutSpan


def found(find: Callable[[str], Iterator[LayoutSpan]], text: str) -> list[tuple[str, str]]:
    return [(span.entity, text[span.start : span.end]) for span in find(text)]


def names(find: Callable[[str], Iterator[LayoutSpan]], text: str) -> list[str]:
    return [span for entity, span in found(find, text) if entity == "PERSON"]


def test_names_in_address_and_sign_off_fields() -> None:
    text = (
        "From: Oksana Hrytsenko <o.h@example.org>\n"
        "To: Head of Mission Ambassador (ret.) Conrad Ellery; all observers\n"
        "Cc: US Embassy Kyiv - Consular Section <kyiv@example.org>\n"
        "Cleared: POL: Miriam K. Osei; DCM: Jonathan P. Ashby\n"
        "Compiled:   Ines Moreau, field researcher, 4 March 2010\n"
        "Distribution: Relief Committee members; file\n"
    )
    assert names(fields.header_names, text) == [
        "Oksana Hrytsenko",
        "Conrad Ellery",
        "Miriam K. Osei",
        "Jonathan P. Ashby",
        "Ines Moreau",
    ]


def test_address_fields_written_surname_first_are_one_name() -> None:
    text = (
        "From: Okonkwo-Hale, Adaeze\n"
        "To: Brandt, Jonas Peter <j.brandt@example.org>\n"
        "Cc: Legal Department\n"
    )
    assert names(fields.header_names, text) == ["Okonkwo-Hale, Adaeze", "Brandt, Jonas Peter"]


def test_a_form_name_field_in_another_script() -> None:
    text = (
        "Name (Chinese)    : 林雅婷\n"
        "Name in Russian   : Соколова Анна\n"
        "Name (romanised)  : LIN YA-TING\n"
        "Remarks           : 无\n"
    )
    assert names(fields.header_names, text) == ["林雅婷", "Соколова Анна", "LIN YA-TING"]


def test_units_and_organisation_of_a_notes_name() -> None:
    text = (
        "From: Petra Holm/KRK/Aidnet@Aidnet\n"
        "cc: CN=Li Wen/OU=HKG/O=Acme@Acme\n"
        "see C:/Users/Docs/File@x.org and and/or Peace@home\n"
    )
    found_units = [span for entity, span in found(fields.notes_hierarchies, text)]
    assert found_units == ["KRK", "Aidnet", "Aidnet", "HKG", "Acme", "Acme"]


def test_display_names_of_addresses_in_any_case() -> None:
    text = "forwarded to karim saleh\n<k.s@example.com> and to Dana Levi <d@example.org>"
    assert names(fields.named_addresses, text) == ["karim saleh", "Dana Levi"]


def test_name_before_a_protect_marking_even_across_a_line_break() -> None:
    text = "2. (C) Julián\nBastidas (STRICTLY PROTECT) and Katarina Beli-\nć (PROTECT) said"
    assert names(protect_markings.protected_names, text) == [
        "Julián\nBastidas",
        "Katarina Beli-\nć",
    ]


def test_names_after_titles_and_ranks() -> None:
    text = (
        "Sister Agnes Tanoto met Lt. Gaspard Ilunga, Minister of Trade Adel Rahimi, "
        "Madame Kwarteng-Diallo and Mr Moïse\nTchamba. The general public and Col. (ret.) "
        "Berik Sultanov; don Evaristo Chalén's boat; MM. Amavi et Sossou."
    )
    assert names(titles.titled_names, text) == [
        "Agnes Tanoto",
        "Gaspard Ilunga",
        "Adel Rahimi",
        "Kwarteng-Diallo",
        "Moïse\nTchamba",
        "Berik Sultanov",
        "Evaristo Chalén",
        "Amavi",
    ]


def test_surname_first_names_in_lists_and_tables() -> None:
    text = (
        "   1. AL-HARBI, Omar         law, 3rd year\n"
        " 2. ZAJÍC Petr, born 21.11.1971\n"
        " 3   ORTÚZAR VERA, Ximena      0917734512\n"
        "NOFORN\nSIPDIS\nRESTRICTED   Copy 1 of 3\n"
    )
    assert names(surname_first.inverted_names, text) == [
        "AL-HARBI, Omar",
        "ZAJÍC Petr",
        "ORTÚZAR VERA, Ximena",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see you at the gate\n\nthanks,\nsunita\n", ["sunita"]),
        ("ok, the files are in the usual place. cheers - tomasz", ["tomasz"]),
        ("Will call later.\nRegards, dimitra.\n> earlier message", ["dimitra"]),
        ("merci, awa", ["awa"]),
        # not a known given name, or not at the end of its line
        ("thanks,\neveryone\n", []),
        ("regards, team", []),
        ("thanks, sunita and the others for coming", []),
    ],
)
def test_a_given_name_signed_in_lower_case_after_a_closing(text: str, expected: list[str]) -> None:
    assert names(signatures.signatures, text) == expected


def test_signatures_under_french_and_spanish_closing_formulas_and_signature_marks() -> None:
    text = (
        "Veuillez agréer, Madame, l'expression de mes salutations\ndistinguées.\n\n"
        "A. Ouédraogo-Sanou\n\nP.J. : 2 pièces\n\n"
        "Le saluda atentamente,\n\nRosa Elena Cárdenas\n\n"
        "    Yours faithfully,\n\n        /signature/\n    TARIQ AL-NUAIMI\n"
    )
    assert names(signatures.signatures, text) == [
        "A. Ouédraogo-Sanou",
        "Rosa Elena Cárdenas",
        "TARIQ AL-NUAIMI",
    ]


def test_initials_alone_on_the_line_that_ends_a_message() -> None:
    text = "> Do not print my name.\n>\n> T.O.B.\n\nAll clear.\nJ. M.\n\nFrom: desk\n"
    assert names(signatures.signatures, text) == ["T.O.B.", "J. M."]
    assert names(signatures.signatures, "Note\nN.B.\nThe list\n\nSee U.S.\n") == []


def test_a_sentence_with_a_closing_word_is_no_closing() -> None:
    text = "Les élèves les plus distingués.\nLe directeur a parlé ensuite.\n"
    assert names(signatures.signatures, text) == []


def test_signatures_under_a_closing_and_at_a_cables_foot() -> None:
    email = "Thanks.\n\nKind regards,\n\nChantal Mbemba\nSecrétaire du Conseil\n"
    assert names(signatures.signatures, email) == ["Chantal Mbemba"]
    cable = "4. (C) Comment: ...  End comment.\n\nWHITCOMBE\n\nDrafted by: POL: R. Imbert\n"
    assert names(signatures.signatures, cable) == ["WHITCOMBE"]
    memo = "Pursuant to the order.\n\nORDER\n\nThe end.\n\nSIPDIS\n"
    assert names(signatures.signatures, memo) == []


def test_greetings() -> None:
    assert names(greetings.greetings, "Dear Gregory,\n\nFollowing our visit") == ["Gregory"]
    assert names(greetings.greetings, "Teodor, Sanja,\n\nThe audit") == ["Teodor", "Sanja"]
    assert names(greetings.greetings, "Sincerely,\n\nElaine") == []


def test_nicknames_and_initials_in_quotes() -> None:
    text = (
        'a lieutenant known only as\n"Gaspard," and the initials "A.K.-D." and "M.T."; '
        'the second man, as "el Flaco" Ledesma.'
    )
    assert names(nicknames.quoted_aliases, text) == [
        "Gaspard",
        "A.K.-D.",
        "M.T.",
        "el Flaco",
        "Ledesma",
    ]


def test_lists_of_people_including_names_in_lower_case() -> None:
    text = (
        "The targets:\n\n"
        "   Lenka Dušková      Lindmarské listy   phone\n"
        "   Petr Zajíc         Radio Vaskora      phone\n"
        "   ivo němec          blogger            email\n\n"
        "The volunteers:\n\n"
        "  - camila ortega   (04) 555-0109\n"
        "  - jorge benítez   (04) 555-0117\n\n"
        "Findings:\n"
        "  a) Mail logs show no forwarding of the message.\n"
        "  b) Printing was done twice.\n"
    )
    assert names(people_lists.people_lists, text) == [
        "Lenka Dušková",
        "Petr Zajíc",
        "ivo němec",
        "camila ortega",
        "jorge benítez",
    ]


def test_table_cells_by_column_heading() -> None:
    text = (
        "Access:\n\n"
        "   Date        Employee          Login       Workstation    Address\n"
        "   2009-03-19  Yerlan Dauletov   ydauletov   NOC-WS-22      Abai Street 63, Almagar\n"
        "   2009-03-20  Gulnara Seitova   gseitova    NOC-WS-19      Ulica Lipa 3\n\n"
        "   Petr Zajíc   Radio Vaskora   phone\n"
    )
    cells = found(tables.table_cells, text)
    assert ("PERSON", "Gulnara Seitova") in cells
    assert ("USERNAME", "ydauletov") in cells and ("DEVICE_ID", "NOC-WS-19") in cells
    assert ("STREET_ADDRESS", "Abai Street 63") in cells  # the town is not the street
    assert ("DATE_TIME", "2009-03-20") in cells
    assert not [c for c in cells if c[1] in {"Petr Zajíc", "phone"}]  # no heading above


def test_a_newspapers_masthead_on_the_first_line() -> None:
    for text, expected in [
        ("THE LAKESIDE GAZETTE | Politics | 3 May 2012\n\nBody", "THE LAKESIDE GAZETTE"),
        ("The Northern Star\nNEWS - Monday\n", "The Northern Star"),
        ("Meeting notes\nThe Post\n", None),
        ("Dear Editor,\n", None),
    ]:
        expected_names = [expected] if expected else []
        assert [span for _, span in found(letterheads.mastheads, text)] == expected_names


def test_a_news_dateline_is_a_place() -> None:
    text = (
        "By A. Writer\n\nPORT ELVAN -- The harbour board said on Monday...\n"
        "KORSA, 4 May (Reuters) - Police fired tear gas.\n"
        "SUMMARY -- The post reports.\n"
        "ACME TRADING SARL - Rapport annuel\n"
    )
    assert [span for _, span in found(letterheads.datelines, text)] == ["PORT ELVAN", "KORSA"]


def test_letterheads_name_the_body_and_its_state() -> None:
    text = "BUREAU FOR STATE SECURITY OF THE REPUBLIC OF VASKORA\nEconomic Directorate\n"
    assert found(letterheads.letterheads, text) == [
        ("ORGANIZATION", "BUREAU FOR STATE SECURITY"),
        ("LOCATION", "VASKORA"),
    ]
    assert found(letterheads.letterheads, "BRIEFING NOTE - NOT FOR CIRCULATION\n") == []
    assert found(letterheads.letterheads, "SUBJECT: GEORGIA: RAIDS\n") == []


def test_lists_of_account_names() -> None:
    text = (
        "Personal accounts on the jump host: ydauletov, gseitova,\nakasym. "
        "The accounts rsimunek, omarek and pkrejci.\n"
        "His account, if accurate, marks a change; login: jdoe, then the rest."
    )
    accounts = [span for entity, span in found(account_lists.username_lists, text)]
    assert accounts == ["ydauletov", "gseitova", "akasym", "rsimunek", "omarek", "pkrejci"]


def test_every_finder_names_its_entities() -> None:
    for finder in layout.FINDERS:
        assert finder.entities
        sample = "From: Ana Ruiz <a@example.org>\n\n   Name        Login\n   Ana Ruiz    aruiz\n"
        assert {span.entity for span in finder.find(sample)} <= finder.entities


def test_form_fields_name_people_also_in_spanish_and_french() -> None:
    text = (
        "Surname:        SADYKOVA\n"
        "Given names:    Nurgul Askarovna\n"
        "Name:           Beketov, Timur\n"
        "Nom : TRAORÉ Awa (soeur)\n"
        "De:   Rubén Quispe, jefe de turno\n"
        "Para: Lic. Norma Ayala\n"
        "Name:           Project Kestrel Committee\n"
        "Excusés : DIOUF Mame (en mission), Seck, Aliou\n"
    )
    assert names(fields.header_names, text) == [
        "SADYKOVA",
        "Nurgul Askarovna",
        "Beketov, Timur",
        "TRAORÉ Awa",
        "Rubén Quispe",
        "Norma Ayala",
        "DIOUF Mame",
    ]


def test_surname_first_names_in_bulleted_and_quoted_lists() -> None:
    text = (
        "Présents :\n"
        "- KEÏTA Salimata, trésorière\n"
        "> - Mbaye, Ousseynou (Radio Soleil)\n"
        "> - Faye, Ndèye Coumba\n"
        "Mbaye, Ousseynou said so, in prose.\n"
        "- Dakar, Senegal\n"
    )
    spans = list(surname_first.inverted_names(text))
    assert [text[s.start : s.end] for s in spans] == [
        "KEÏTA Salimata",
        "Mbaye, Ousseynou",
        "Faye, Ndèye Coumba",
        "Dakar, Senegal",
    ]
    # a capitalised "Word, Word" item may be a place ("Dakar, Senegal"): only a low score
    assert [s.score for s in spans] == [0.86, 0.6, 0.6, 0.6]


def test_surname_first_names_after_labels_in_cells_and_in_quotes() -> None:
    text = (
        "- Haidari, Zainab Bibi: moved to the second flat\n"
        "- Okafor, Chinedu and his sister: staying with us\n"
        "3. Vargas Llosa, Teresa - cook - 44 años\n"
        "Supervisor:      KOVAČ, Marta, Unit Head\n"
        "Checked by:   Dubois, Hélène (hdubois)\n"
        'From: "Lindqvist, Anna" <a.lindqvist@example.org>\n'
        "  RC-2018-0419  FERREIRA DA COSTA, Tiago  asthma\n"
        'P-07,Ward 4,"Singh, Harpreet",paid\n'
    )
    assert names(surname_first.inverted_names, text) == [
        "Haidari, Zainab Bibi",
        "Okafor, Chinedu",
        "Vargas Llosa, Teresa",
        "KOVAČ, Marta",
        "Dubois, Hélène",
        "Lindqvist, Anna",
        "FERREIRA DA COSTA, Tiago",
    ]


def test_places_and_prose_after_labels_and_in_cells_are_not_names() -> None:
    text = (
        "Location: Lyon, Rhône\n"
        "Place of birth:  Lima, Peru\n"
        "  2019  Annual figures, Summary\n"
        "3. Buenos Aires, Argentina - office\n"
        'He wrote "Well, Maybe not so soon and left.\n'
        "- Old Town, Harbour: closed\n"
    )
    assert names(surname_first.inverted_names, text) == []


def test_lower_case_titles_after_an_article_in_french_and_spanish() -> None:
    text = (
        "La camarade Touré a parlé, puis le commissaire Bamba Siaka. "
        "El teniente Quiroga llegó tarde. LE CAMARADE KONATÉ est absent."
    )
    assert names(titles.titled_names, text) == ["Touré", "Bamba Siaka", "Quiroga", "KONATÉ"]


def test_lower_case_words_after_an_article_that_are_not_titles_there() -> None:
    text = "la mayor Parte del dinero; the general Assembly; a camarade Lopes; le juge"
    assert names(titles.titled_names, text) == []


def test_initials_beside_the_name_they_stand_for() -> None:
    text = (
        "Case 3: R.M.O. (Rukhsana Mir Osmani), aged 31, was discharged. "
        "The witness Pedro de la Vega Soto (P.V.S.) asked not to be named; "
        "P.V.S. later withdrew."
    )
    assert names(initials.spelled_initials, text) == ["R.M.O.", "P.V.S."]


def test_initials_that_are_not_the_name_beside_them() -> None:
    text = (
        "The U.N. (United Nations) sent staff. R.M. (Rukhsana Osmani Mir) left. "
        "A.B. (a friend of hers) called. K.L. (Kowloon) office."
    )
    assert names(initials.spelled_initials, text) == []


def test_surname_first_names_after_a_case_or_file_number() -> None:
    text = (
        "2. File 20417/08 -- OYELARAN, Funmilayo\n"
        "Case 4 - BARZANI Hevi (Hevi Barzani Kaya)\n"
        "Dossier n° 7 : LEMAIRE, Odile\n"
        "Table 3 - Results, Overview\n"
        "File 20417/08 -- returned to the registry, Monday\n"
    )
    assert names(surname_first.inverted_names, text) == [
        "OYELARAN, Funmilayo",
        "BARZANI Hevi",
        "LEMAIRE, Odile",
    ]


def test_csv_export_cells_under_headings_in_several_languages() -> None:
    text = (
        "Exported from the register.\n\n"
        "n,apellidos,nombres,cedula,telefono,comunidad,direccion,fecha_pago,monto,usuario\n"
        '1,QUISPE MAMANI,Rubén,0912345678,099 555 0100,Los Olivos,"Calle Sucre 14, depto. 2",'
        "01/04/11,300,rquispe\n"
        "2,ayala,norma,0923456781,,Los Olivos,Pasaje 3 s/n,01/04/11,300,rquispe\n"
        "3,short,row\n"
        "\n"
        "nom;prenom;numero_piece;service\n"
        "DIOP;Awa;1 04 1988 00213;Accueil\n"
    )
    got = found(csv_exports.csv_cells, text)
    assert ("PERSON", "QUISPE MAMANI") in got and ("PERSON", "norma") in got
    assert ("PASSPORT_NUMBER", "0912345678") in got
    assert ("PHONE_NUMBER", "099 555 0100") in got
    assert ("STREET_ADDRESS", "Calle Sucre 14, depto. 2") in got  # quotes left out
    assert ("DATE_TIME", "01/04/11") in got and ("USERNAME", "rquispe") in got
    assert ("LOCATION", "Los Olivos") in got
    assert ("PERSON", "DIOP") in got and ("PASSPORT_NUMBER", "1 04 1988 00213") in got
    assert ("MONEY", "300") in got  # the "monto" column holds amounts
    assert not any(value in {"short", "row", "Accueil"} for _, value in got)


def test_prose_with_commas_is_not_a_csv_header() -> None:
    text = "Name, address, phone: she gave none of them.\nNombre, dirección, teléfono\n"
    assert found(csv_exports.csv_cells, text) == []


def test_chat_export_senders_android_and_iphone() -> None:
    text = (
        "12/04/11, 20:15 - Rubén Quispe: llego tarde\n"
        "[12/04/11 20:16:02] tía Norma 🌻: ya voy\n"
        "12/04/11, 20:17 - +1 202-555-0161: quién es?\n"
        "Meeting at 20:15 - Agenda: budget\n"
    )
    assert names(chat_exports.chat_senders, text) == ["Rubén Quispe", "tía Norma 🌻"]


def test_a_display_name_keeps_the_emoji_that_end_it() -> None:
    text = (
        "12/03/11, 21:14 - Lupita Mamani \U0001f33b: ya llegamos\n"
        "12/03/11, 21:15 - Ama \u2764\ufe0f\U0001f1ec\U0001f1ed: ok\n"
        "12/03/11, 21:16 - Joss \U0001f33b (trabajo): voy\n"
    )
    assert names(chat_exports.chat_senders, text) == [
        "Lupita Mamani \U0001f33b",
        "Ama \u2764\ufe0f\U0001f1ec\U0001f1ed",
        "Joss",
    ]


def test_chat_log_senders_after_a_bare_time() -> None:
    text = (
        "(09:41:03 AM) hamid: did you get the scan?\n"
        "(09:41:30 AM) Lucía Ferrer: yes, tonight\n"
        "(09:42:12 AM) hamid: ok\n"
        "[14:05] Lucía Ferrer: sent\n"
    )
    expected = ["hamid", "Lucía Ferrer", "hamid", "Lucía Ferrer"]
    assert names(chat_exports.chat_senders, text) == expected


def test_chat_senders_keep_the_full_stop_of_a_surname_initial() -> None:
    text = (
        '04/03/2025, 08:10 - Farida N. created group "Dock 2"\n'
        "04/03/2025, 08:11 - Farida N.: shift moved.\n"
        "04/03/2025, 08:12 - Olek: ok.\n"
    )
    # the group line names its creator too
    assert names(chat_exports.chat_senders, text) == ["Farida N.", "Olek", "Farida N."]


def test_telegram_history_senders_on_their_own_lines() -> None:
    text = (
        "Marisol P., 03.11.25 22:40\n"
        "are the trucks still there?\n\n"
        "Dmitri Ivanov, [03.11.25 22:41]\n"
        "yes\n\n"
        "Marisol P., 03.11.25 22:45\n"
        "ok\n\n"
        "Dmitri Ivanov, [03.11.25 22:47]\n"
        "leaving now\n"
    )
    expected = ["Marisol P.", "Dmitri Ivanov", "Marisol P.", "Dmitri Ivanov"]
    assert names(chat_exports.chat_senders, text) == expected


def test_a_dateline_is_not_a_chat_history() -> None:
    text = "Lisbon, 14.02.2011 09:30\nDear Sir,\nWe write about the permit.\n"
    assert names(chat_exports.chat_senders, text) == []


def test_an_agenda_with_times_is_not_a_chat_log() -> None:
    text = "[09:00] Opening: the chair\n[09:30] Budget: the treasurer\n(11:00) Close: none\n"
    assert names(chat_exports.chat_senders, text) == []


def test_kakaotalk_export_senders_and_title() -> None:
    text = (
        "이민호 님과 카카오톡 대화\n"
        "2012년 5월 2일 오전 8:14, 이민호 : are you at the port\n"
        "2012. 5. 2. 오후 1:20, Grace Tan : not yet\n"
        "[정수아] [오후 3:02] 내일 봐요\n"
        "2012년 5월 2일 수요일\n"
    )
    assert names(chat_exports.chat_senders, text) == ["이민호", "이민호", "Grace Tan", "정수아"]


def test_nicknames_after_verbs_of_naming_with_their_small_words() -> None:
    text = (
        'the guard they call "Vova the Hammer" hit him; '
        'a broker she calls "Kofi Broni" phones; '
        'the email was signed "t.k. odhiambo"; '
        'the smuggler known as "Lalu bhai" left.'
    )
    assert names(nicknames.quoted_aliases, text) == [
        "Vova the Hammer",
        "Kofi Broni",
        "t.k. odhiambo",
        "Lalu bhai",
    ]


def test_a_nickname_after_an_alias_mark_or_a_name_given() -> None:
    text = (
        'Subject: MISSING - TEO BOON KIAT @ "AH KIAT", 17; '
        'the patient gave a name. Name given: "Mya Thida"; '
        "wanted: Rosli bin Osman @ \u201cLi\u201d"
    )
    assert names(nicknames.quoted_aliases, text) == ["AH KIAT", "Mya Thida", "Li"]


def test_an_at_sign_that_is_no_alias_mark() -> None:
    text = 'mail me @ "home" or write to ops@ "desk" - the name given was "the boss"'
    assert names(nicknames.quoted_aliases, text) == []


def test_quoted_words_after_naming_verbs_that_are_no_nickname() -> None:
    text = 'He calls "the police" often; she called "all of them" liars; signed "in haste"'
    assert names(nicknames.quoted_aliases, text) == []
    defined = 'under the Treaty on Open Skies ("the Treaty") and Mr Okafor ("the Applicant")'
    assert names(nicknames.bracketed_nicknames, defined) == []


def test_a_nickname_in_quotes_beside_a_name_in_brackets() -> None:
    text = (
        'The courier S. Diallo ("Tonton") paid them. The foreman "Bablu da" (Subir\n'
        'Kumar Ghosh) kept the list. The annex ("Table B") and "that one" (see below).'
    )
    assert names(nicknames.bracketed_nicknames, text) == ["Tonton", "Bablu da"]


def test_a_nickname_in_quotes_inside_a_name() -> None:
    text = 'Testigo: Marcelo "el Gato" Suárez Vega y el barco "Doña Inés" de la cooperativa.'
    assert names(nicknames.nicknames_inside_names, text) == ['Marcelo "el Gato" Suárez Vega']
    alias = 'Elle signe sous le pseudonyme "La Sentinelle".'
    assert names(nicknames.quoted_aliases, alias) == ["La Sentinelle"]


def test_a_forms_next_label_is_not_a_name_in_its_column() -> None:
    text = "Name:        Beketov, Timur\nPosition:    engineer\nAddress:     none\n"
    assert names(tables.table_cells, text) == []


def test_names_coordinated_after_a_plural_title() -> None:
    text = "Messrs Mwale, Banda and Phiri were freed. Drs Okello and Achieng testified."
    spans = [text[s.start : s.end] for s in titles.titled_names(text)]
    assert spans == ["Mwale", "Banda", "Phiri", "Okello", "Achieng"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ato Girma Wolde said", "Girma Wolde"),
        ("W/ro Tsehay Bekele signed", "Tsehay Bekele"),
        ("Rabbi Eliezer Navon wrote", "Eliezer Navon"),
        ("Hajia Hauwa Sani came", "Hauwa Sani"),
        ("Capitaine Sidiki Dembélé refused", "Sidiki Dembélé"),
        ("Professor Chiamaka Eze found", "Chiamaka Eze"),
        ("Councillor Ingrid Moe voted", "Ingrid Moe"),
        ("Sergent-chef Otieno Were fell", "Otieno Were"),
    ],
)
def test_honorifics_and_ranks_of_many_places(text: str, expected: str) -> None:
    assert names(titles.titled_names, text) == [expected]


def test_a_title_in_a_subject_line_in_capitals_is_not_a_name() -> None:
    assert names(titles.titled_names, "SUBJECT: DOCTOR DESCRIBES TREATMENT OF DETAINEES") == []
    text = "SUBJECT: DR. ANWAR QASSEM RECOUNTS TREATMENT OF DETAINEES"
    assert names(titles.titled_names, text)


def test_french_monsieur_before_a_name() -> None:
    assert names(titles.titled_names, "reçu par M. Issiaka Keïta, enquêteur") == ["Issiaka Keïta"]
    assert names(titles.titled_names, "signed M. K. Rao") == []  # initials: a name's own
