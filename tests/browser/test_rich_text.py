"""The rich-text editor in a real browser: pasting from Word keeps headings, lists
and a table with header cells; the toolbar speaks the admin's language; a refused
link is refused in the link dialog, with the reason."""

import re

from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from core.html import EDITOR_LABELS, EDITOR_MESSAGES
from pages.models import Page
from tests.browser.axe import axe_violations

# The editor of the Dutch text of a page.
EDITOR = ".prose-editor:has(#id_body_nl)"

# Word's clipboard (shortened): Heading 1 and 2, a bulleted list of three items with
# the second level under the second, a 2×2 table whose first row is bold, a numbered
# list, an image.
WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"><head><style><!--
p.MsoNormal {margin:0cm;} --></style></head><body lang=NL-BE><!--StartFragment-->
<h1>Werken bij ons<o:p></o:p></h1>
<p class=MsoNormal>Wat we bieden:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·
<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span>
<![endif]>Een contract<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·
<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span>
<![endif]>Begeleiding<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;
mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'>
<span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span></span><![endif]>Op de werkvloer<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·
<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span>
<![endif]>Opleiding<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<h2>Plaatsen per sector<o:p></o:p></h2>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td width=302 valign=top>
<p class=MsoNormal><b>Sector<o:p></o:p></b></p></td><td width=302 valign=top>
<p class=MsoNormal><b>Plaatsen<o:p></o:p></b></p></td></tr>
<tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'><td width=302 valign=top>
<p class=MsoNormal>Groen<o:p></o:p></p></td><td width=302 valign=top>
<p class=MsoNormal>12<o:p></o:p></p></td></tr></table>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'>
<![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times
New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Solliciteer<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'>
<![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times
New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Begin<o:p></o:p></p>
<p class=MsoNormal><img width=120 height=80 src="file:///C:/Users/x/clip_image001.png">
<o:p></o:p></p><!--EndFragment--></body></html>"""

PASTE = """(element, html) => {
    element.focus()
    const data = new DataTransfer()
    data.setData("text/html", html)
    data.setData("text/plain", "")
    element.dispatchEvent(
        new ClipboardEvent("paste", {
            clipboardData: data, bubbles: true, cancelable: true,
        })
    )
}"""


def _new_page_form(page, site):
    page.goto(site.url + "/beheer/pages/page/add/")
    editor = page.locator(f"{EDITOR} .ProseMirror[contenteditable]")
    expect(editor).to_be_visible()
    return editor


def _dutch(text):
    with translation.override("nl"):
        return gettext(text)


def test_pasting_from_word_keeps_headings_lists_and_a_table(site, superuser_page):
    page = superuser_page
    editor = _new_page_form(page, site)
    page.fill("#id_title_nl", "Plakken uit Word")
    page.fill("#id_slug_nl", "plakken-uit-word")
    editor.evaluate(PASTE, WORD_HTML)

    # What the editor could not keep is named under it, at once.
    status = page.locator("#id_body_nl-paste-status")
    expect(status).to_have_attribute("role", "status")
    expect(status.locator("li.warning")).to_contain_text(
        f"{_dutch(EDITOR_MESSAGES['images'])} (1)"
    )

    page.locator("input[name=_save]").click()
    page.wait_for_url(re.compile(r"/beheer/pages/page/(\d+/change/)?$"))
    stored = Page.objects.get(title_nl="Plakken uit Word").body_nl
    body = BeautifulSoup(stored, "html.parser")

    # Heading 1 and 2 of Word under the page's own title (the h1).
    assert [(h.name, h.get_text()) for h in body.select("h2, h3, h4")] == [
        ("h2", "Werken bij ons"),
        ("h3", "Plaatsen per sector"),
    ]
    top = body.select_one("ul")
    assert [li.p.get_text() for li in top.find_all("li", recursive=False)] == [
        "Een contract",
        "Begeleiding",
        "Opleiding",
    ]
    assert top.select_one("li ul li").get_text(strip=True) == "Op de werkvloer"
    assert "·" not in body.get_text()
    table = body.select_one("div.responsive-table table")
    assert [(th.get_text(), th["scope"]) for th in table.select("th")] == [
        ("Sector", "col"),
        ("Plaatsen", "col"),
    ]
    assert [td.get_text() for td in table.select("td")] == ["Groen", "12"]
    numbered = body.select_one("ol")
    assert [li.get_text(strip=True) for li in numbered.select("li")] == [
        "Solliciteer",
        "Begin",
    ]
    assert "<img" not in stored and "mso" not in stored.lower()


def test_every_toolbar_button_and_the_table_dialog_speak_dutch(site, superuser_page):
    page = superuser_page
    editor = _new_page_form(page, site)
    labels = {_dutch(text) for text in EDITOR_LABELS.values()}
    menubar = page.locator(f"{EDITOR} .prose-menubar")
    buttons = menubar.locator("button:visible")
    assert buttons.count() >= 10
    for button in buttons.all():
        name = button.get_attribute("aria-label")
        assert name in labels, name
        assert button.get_attribute("title") == name

    editor.click()
    menubar.locator("button[data-name=table]").click()
    dialog = page.locator("dialog.prose-editor-dialog[open]")
    expect(dialog).to_be_visible()
    texts = [
        *dialog.locator("h3, label, button").all_inner_texts(),
        *dialog.locator("option").all_inner_texts(),
    ]
    assert all(text.strip() in labels for text in texts if text.strip()), texts
    # The answer is still read right: "Ja" is the header row.
    dialog.locator("select").select_option(label=_dutch("Yes"))
    dialog.locator("button[type=submit]").click()
    expect(editor.locator("table th").first).to_be_visible()

    found = [
        v
        for v in axe_violations(page)
        if any("prose" in str(target) for target in v["nodes"])
    ]
    assert found == []


def test_a_refused_link_is_refused_in_the_dialog_with_the_reason(site, superuser_page):
    page = superuser_page
    editor = _new_page_form(page, site)
    editor.click()
    page.keyboard.type("Solliciteer nu")
    page.keyboard.press("Shift+Home")
    page.locator(f"{EDITOR} .prose-menubar button[data-name=link]").click()
    address = page.locator("dialog[open] input[name=href]")
    address.fill("javascript:alert(1)")
    address.press("Enter")

    address = page.locator("dialog[open] input[name=href]")
    expect(address).to_have_attribute("aria-invalid", "true")
    expect(address).to_have_value("javascript:alert(1)")
    refused = _dutch(EDITOR_MESSAGES["linkRefused"]) % {"link": "javascript:alert(1)"}
    expect(page.locator("dialog[open] label")).to_contain_text(refused)

    address.fill("https://www.gent.be/werk")
    address.press("Enter")
    expect(page.locator("dialog[open]")).to_have_count(0)
    html = page.locator("#id_body_nl").input_value()
    assert 'href="https://www.gent.be/werk"' in html
    assert "javascript" not in html and 'href=""' not in html
