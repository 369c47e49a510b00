"""`make assets`: the style guide's CSS, fonts and scripts, cut to what this site uses.

Input: npm gent_styleguide (GPL-2.0), installed in node_modules. Output, in the
git-ignored build/static/gent/ (collected by collectstatic like static/):

- css/main.css: the style guide's prebuilt main.css (409 KB) purged by PurgeCSS
  (purgecss.config.cjs says what is scanned and safelisted), with @font-face rules that
  name woff2 subsets only and the images used by the header and footer inlined;
- fonts/*.woff2: subsets made with fontTools of each font the purged CSS still names:
  Fira Sans to the Latin that Dutch, French and English text needs, the icon font to
  the icons the purged CSS still shows;
- js/menu.js: the style guide's modal script and its menu binding in one file.

Run as `python -m tools.assets` from the project root (`make assets` does).
"""

import logging
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STYLEGUIDE = ROOT / "node_modules" / "gent_styleguide" / "build"
OUT = ROOT / "build" / "static" / "gent"

# Text fonts keep Basic Latin, Latin-1 Supplement, Latin Extended-A, General
# Punctuation (curly quotes, dashes, the narrow no-break space French puts before
# punctuation) and the euro sign, plus the few other characters of Google Fonts'
# "latin" subset (modifier letters, combining marks for decomposed accents, ™, −,
# arrows), the Romanian commas below and the fi/fl ligatures (without their code
# points in the font, Chromium draws "fi" differently). Characters outside fall back
# to sans-serif.
TEXT_UNICODES = (
    "U+0000-00FF,U+0100-017F,U+0218-021B,U+02BB-02BC,U+02C6,U+02DA,U+02DC,"
    "U+0300-0304,U+0308,U+0327,U+0329,U+2000-206F,U+2074,U+20AC,U+2122,"
    "U+2190-2193,U+2212,U+2215,U+FB00-FB06,U+FEFF,U+FFFD"
)
PRIVATE_USE = range(0xE000, 0xF900)

# Images of the header (logo) and the footer (Gentinfo): on every page, so inlining
# them in the CSS saves two requests on every first visit and costs no extra bytes.
# Other images stay files, loaded only by the pages that show them.
INLINE_IMAGES = ("img/svg/build/logo--cyan.svg", "img/svg/build/gentinfo--cyan.svg")

# The style guide's mobile menu: the modal script, then its binding, which needs it.
MENU_SCRIPTS = ("vendor/modal/index.js", "js/menu.bindings-min.js")

_FONT_FACE = re.compile(r"@font-face\s*\{([^}]*)\}")
_DECLARATION = re.compile(
    r"([a-z-]+)\s*:\s*((?:[^;()\"']|\([^)]*\)|\"[^\"]*\"|'[^']*')+)", re.I
)
_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)""")
_CONTENT = re.compile(r"content\s*:\s*(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')")


def _urls(css: str) -> list[str]:
    return ["".join(groups) for groups in _URL.findall(css)]


def purge(source: Path) -> str:
    """The style guide's CSS with only the rules our HTML can match (PurgeCSS)."""
    import django

    env = {
        **os.environ,
        "DJANGO_FORM_TEMPLATES": str(Path(django.__file__).parent / "forms/templates"),
    }
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [
                "node",
                "node_modules/purgecss/bin/purgecss.js",
                "--config",
                "purgecss.config.cjs",
                "--css",
                str(source),
                "--output",
                out,
            ],
            cwd=ROOT,
            env=env,
            check=True,
        )
        return (Path(out) / source.name).read_text(encoding="utf-8")


def _css_string(token: str) -> str:
    r"""The text of a CSS string token: quotes removed, escapes such as \e00d read."""
    body = token[1:-1]
    return re.sub(
        r"\\([0-9a-fA-F]{1,6})\s?|\\(.)",
        lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2),
        body,
    )


def icon_codepoints(css: str) -> set[int]:
    """Private-use characters that `content` shows: the icons still in use."""
    return {
        ord(char)
        for token in _CONTENT.findall(css)
        for char in _css_string(token)
        if ord(char) in PRIVATE_USE
    }


def subset_font(source: Path, target: Path, unicodes: set[int]):
    from fontTools import subset

    # The style guide's fonts have small table quirks that fontTools reports and
    # repairs; they are not ours to fix.
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    options = subset.Options()
    options.flavor = "woff2"
    # Without TrueType hinting, as Google Fonts serves most browsers: a third
    # smaller; today's renderers (Chromium and Firefox on Linux, DirectWrite, macOS)
    # smooth the outlines themselves.
    options.hinting = False
    options.ignore_missing_unicodes = True
    # Besides fontTools' defaults (kerning, ligatures, marks, fractions): the figure
    # styles, tabular figures above all, which Chromium uses for list numbers.
    options.layout_features += ["lnum", "pnum", "tnum"]
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(unicodes))
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(target), options)
    font.close()


def _parse_unicodes(ranges: str) -> set[int]:
    codepoints = set()
    for part in ranges.split(","):
        first, _, last = part.strip().removeprefix("U+").partition("-")
        codepoints.update(range(int(first, 16), int(last or first, 16) + 1))
    return codepoints


def _font_name(declarations: dict[str, str]) -> str:
    family = declarations["font-family"].strip("\"' ").lower().replace(" ", "-")
    weight = declarations.get("font-weight", "").replace("normal", "400")
    style = declarations.get("font-style", "normal")
    return "-".join(
        part for part in (family, weight, "" if style == "normal" else style) if part
    )


def rewrite_font_faces(css: str, css_dir: Path, fonts_dir: Path) -> tuple[str, list]:
    """Subset each font the CSS still declares; each @font-face names only the
    woff2 subset, keeps font-display: swap and states the characters it covers.
    Returns the new CSS and (name, bytes) of each subset."""
    from fontTools.ttLib import TTFont

    icons = icon_codepoints(css)
    made = []

    def replace(match):
        declarations = {}
        for name, value in _DECLARATION.findall(match.group(1)):
            declarations[name.lower()] = value.strip()  # the last src wins, as in CSS
        woff2 = next(
            url
            for url in _urls(declarations["src"])
            if urllib.parse.urlsplit(url).path.endswith(".woff2")
        )
        source = (css_dir / urllib.parse.urlsplit(woff2).path).resolve()
        name = _font_name(declarations)
        target = fonts_dir / f"{name}.woff2"
        with TTFont(source) as font:
            is_icon_font = all(cp in PRIVATE_USE for cp in font.getBestCmap())
        if is_icon_font:
            subset_font(source, target, icons)
            declarations.pop("unicode-range", None)
        else:
            subset_font(source, target, _parse_unicodes(TEXT_UNICODES))
            declarations["unicode-range"] = TEXT_UNICODES
        made.append((target.name, target.stat().st_size))
        declarations["font-display"] = "swap"
        declarations["src"] = f'url(../fonts/{target.name}) format("woff2")'
        order = ["font-display", "font-family", "font-style", "font-weight", "src"]
        names = [n for n in order if n in declarations] + sorted(
            n for n in declarations if n not in order
        )
        return "@font-face{" + ";".join(f"{n}:{declarations[n]}" for n in names) + "}"

    return _FONT_FACE.sub(replace, css), made


def svg_data_uri(svg: str) -> str:
    """A URL-encoded (not base64) SVG data URI: smaller, and it compresses well.
    Parentheses are encoded too, so that no "url(" of the SVG shows in the CSS."""
    svg = re.sub(r">\s+<", "><", svg.strip())
    svg = re.sub(r"\s+", " ", svg)
    if "'" not in svg:
        svg = svg.replace('"', "'")
    return "data:image/svg+xml," + urllib.parse.quote(svg, safe=" :/=;,'-._~!*@$+")


def inline_images(css: str, css_dir: Path) -> str:
    def replace(match):
        url = "".join(group or "" for group in match.groups())
        if url.startswith("data:"):
            return match.group(0)
        path = (css_dir / url).resolve()
        for image in INLINE_IMAGES:
            if path == (STYLEGUIDE / "styleguide" / image).resolve():
                return f'url("{svg_data_uri(path.read_text(encoding="utf-8"))}")'
        return match.group(0)

    inlined = _URL.sub(replace, css)
    for image in INLINE_IMAGES:
        if Path(image).name in inlined:
            raise SystemExit(f"{image} is still referenced after inlining")
    return inlined


def bundle_menu_scripts() -> str:
    parts = []
    for script in MENU_SCRIPTS:
        text = (STYLEGUIDE / "styleguide" / script).read_text(encoding="utf-8")
        text = re.sub(r"^//# sourceMappingURL=.*$", "", text, flags=re.M).strip()
        parts.append(f"/* gent_styleguide {script} */\n{text.rstrip(';')};")
    return "\n".join(parts) + "\n"


def main():
    source = STYLEGUIDE / "css" / "main.css"
    css = purge(source)
    css, fonts = rewrite_font_faces(css, source.parent, OUT / "fonts")
    css = inline_images(css, source.parent)
    # Every image the CSS still names must be in build/static (collectstatic's
    # manifest would stop on a missing one).
    for url in _urls(css):
        if not url.startswith("data:"):
            path = urllib.parse.urlsplit(url).path
            if not (OUT / "css" / path).resolve().exists():
                raise SystemExit(f"main.css names {url}, which is not in {OUT}")
    header = (
        "/* Stad Gent style guide (npm gent_styleguide, GPL-2.0): main.css cut to the "
        "rules this site uses by `make assets` (tools/assets.py). */\n"
    )
    (OUT / "css").mkdir(parents=True, exist_ok=True)
    (OUT / "css" / "main.css").write_text(header + css, encoding="utf-8")
    (OUT / "js").mkdir(parents=True, exist_ok=True)
    (OUT / "js" / "menu.js").write_text(bundle_menu_scripts(), encoding="utf-8")
    print(
        f"main.css: {source.stat().st_size:,} → {len((header + css).encode()):,} bytes;"
        + "".join(f" {name} {size:,}" for name, size in fonts),
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
