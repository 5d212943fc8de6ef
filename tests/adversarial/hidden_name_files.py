"""Office, mail and archive originals with the source's name hidden in one place each."""

from __future__ import annotations

import base64
import io
import zipfile
from email.message import EmailMessage

from hostile_reader import NAME

BODY = "The harbour budget was approved on Tuesday after a long debate."


def _saved(document: object) -> bytes:
    out = io.BytesIO()
    document.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


def docx_with(place: str) -> bytes:
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph(BODY)
    section = document.sections[0]
    if place == "header":
        section.header.paragraphs[0].add_run(f"Prepared by {NAME}")
    elif place == "first-page-header":
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].add_run(f"Prepared by {NAME}")
    elif place == "footer":
        section.footer.paragraphs[0].add_run(f"Copy of {NAME}")
    elif place == "table-cell":
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Role", "Holder"
        table.cell(1, 0).text, table.cell(1, 1).text = "Clerk", NAME
    elif place == "split-runs":
        paragraph = document.add_paragraph("Filed by Rado")
        paragraph.add_run("mir Ve").bold = True
        paragraph.add_run("sk yesterday.")
    elif place == "comment":
        paragraph = document.add_paragraph("Members voted.")
        document.add_comment(paragraph.runs[0], text=f"ask {NAME}", author="Desk", initials="D")
    elif place in ("alt-text", "picture-title"):
        from PIL import Image

        picture = io.BytesIO()
        Image.new("RGB", (40, 20), "white").save(picture, "PNG")
        document.add_picture(io.BytesIO(picture.getvalue()))
        properties = document.inline_shapes[0]._inline.docPr
        properties.set("descr" if place == "alt-text" else "title", f"Photo of {NAME}")
    elif place == "core-properties":
        document.core_properties.author = NAME
        document.core_properties.last_modified_by = NAME
    elif place == "text-box":
        paragraph = document.add_paragraph()
        run = paragraph.add_run()._r
        box = (
            '<w:pict xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            ' xmlns:v="urn:schemas-microsoft-com:vml"><v:shape style="width:200pt;height:40pt">'
            f"<v:textbox><w:txbxContent><w:p><w:r><w:t>Contact {NAME}</w:t></w:r></w:p>"
            "</w:txbxContent></v:textbox></v:shape></w:pict>"
        )
        from docx.oxml import parse_xml

        run.append(parse_xml(box))
    elif place == "field-instruction":
        paragraph = document.add_paragraph("See ")
        instruction = paragraph.add_run()._r
        from docx.oxml import OxmlElement

        code = OxmlElement("w:instrText")
        code.text = f' HYPERLINK "https://example.org/{NAME.replace(" ", "_")}" '
        code.set(qn("xml:space"), "preserve")
        instruction.append(code)
        paragraph.add_run(" the file.")
    elif place == "tracked-deletion":
        from docx.oxml import parse_xml

        paragraph = document.add_paragraph("Filed by ")
        paragraph._p.append(parse_xml(
            '<w:del xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            ' w:id="1" w:author="Desk" w:date="2024-01-01T00:00:00Z"><w:r>'
            f'<w:delText>{NAME}</w:delText></w:r></w:del>'
        ))
        paragraph.add_run(" the clerk.")
    else:
        raise ValueError(place)
    return _saved(document)


def xlsx_with(place: str) -> bytes:
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.workbook.defined_name import DefinedName

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Item", "Amount"])
    sheet.append(["Harbour dues", 1200])
    if place == "sheet-name":
        sheet.title = "Vesk"
    elif place == "hidden-sheet":
        hidden = workbook.create_sheet("Notes")
        hidden.append(["Owner", NAME])
        hidden.sheet_state = "hidden"
    elif place == "formula-string":
        sheet["C2"] = '="Radomir "&"Vesk"'
    elif place == "cell-comment":
        sheet["A2"].comment = Comment(f"from {NAME}", "Desk")
    elif place == "defined-name":
        workbook.defined_names["Owner"] = DefinedName("Owner", attr_text='"Radomir Vesk"')
    elif place == "cell":
        sheet.append(["Clerk", NAME])
    else:
        raise ValueError(place)
    return _saved(workbook)


def eml_with(place: str) -> bytes:
    message = EmailMessage()
    message["To"] = "desk@example.org"
    message["Subject"] = "Budget"
    message["From"] = "clerk@example.org"
    message.set_content(BODY)
    if place == "encoded-display-name":
        encoded = base64.b64encode(NAME.encode()).decode()
        del message["From"]
        message["From"] = f"=?utf-8?b?{encoded}?= <clerk@example.org>"
    elif place == "attachment-filename":
        message.add_attachment(b"minutes", maintype="text", subtype="plain",
                               filename=f"{NAME} notes.txt")
    elif place == "plain-display-name":
        del message["From"]
        message["From"] = f"{NAME} <clerk@example.org>"
    else:
        raise ValueError(place)
    return bytes(message)


def html_with(place: str) -> bytes:
    if place == "entities":
        body = "<p>Written by &#82;adomir &#x56;esk on Tuesday.</p>"
    elif place == "title":
        body = "<title>Radomir Vesk</title><p>Written on Tuesday.</p>"
    elif place == "alt":
        body = f'<p>Written on Tuesday.<img src="x.png" alt="{NAME}"></p>'
    elif place == "hidden-span":
        body = f'<p>Written on Tuesday.<span style="display:none">{NAME}</span></p>'
    else:
        raise ValueError(place)
    return f"<html><head></head><body>{body}</body></html>".encode()


def rtf_with(place: str) -> bytes:
    if place == "unicode-escapes":
        return rb"{\rtf1\ansi Written by \u82?adomir \u86?esk on Tuesday.\par}"
    if place == "hex-escapes":
        return rb"{\rtf1\ansi Written by \'52adomir \'56esk on Tuesday.\par}"
    raise ValueError(place)


def zip_with_member_named() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(f"{NAME} memo.txt", BODY)
    return out.getvalue()
