// PurgeCSS (npm purgecss, pinned in package.json) keeps only the rules of the style
// guide's prebuilt main.css (409 KB) whose selectors can match our HTML. Run by
// `make assets` through `python -m tools.assets`, which passes the CSS and the
// output folder on the command line and the path of Django's form templates in
// DJANGO_FORM_TEMPLATES.
//
// When a class is added only at run time (by a script, or built from a variable in a
// template), safelist it here; when a new template or Python file writes HTML, it is
// already covered by the globs below.
const djangoForms = process.env.DJANGO_FORM_TEMPLATES;

module.exports = {
  content: [
    // Every template, Django's and ours (our templates override some of the admin's,
    // which does not use this CSS; scanning them only keeps a little more).
    "templates/**/*.html",
    "*/templates/**/*.html",
    ...(djangoForms ? [`${djangoForms}/**/*.html`] : []),
    // Python that writes HTML: template tags, form widgets, the job-count charts.
    // The apps that are installed in production (not demo/ nor tools/); the
    // Makefile's CSS_CONTENT lists the same folders.
    "gentse_se/**/*.py",
    "core/**/*.py",
    "pages/**/*.py",
    "companies/**/*.py",
    "jobcount/**/*.py",
    "news/**/*.py",
    "search/**/*.py",
    // Our scripts and the style guide's scripts we ship (base.html): they toggle
    // classes and ARIA states.
    "static/js/*.js",
    "node_modules/gent_styleguide/build/styleguide/vendor/modal/index.js",
    "node_modules/gent_styleguide/build/styleguide/js/menu.bindings.js",
  ],
  skippedContentGlobs: ["**/migrations/**", "node_modules/**/node_modules/**"],
  safelist: {
    standard: [
      // Set by static/js/enhance.js on <html>; by a web-font loader where present.
      "js",
      "wf-loading",
      "wf-active",
      // The colour scheme on <body> (base.html); only the cyan scheme is shipped.
      "cs--cyan",
      // Added by the style guide's modal script to the open menu.
      "visible",
      // Editor text (core/html.py ALLOWED_TAGS) arrives from the database.
      "p",
      "br",
      "h2",
      "h3",
      "h4",
      "strong",
      "em",
      "ul",
      "ol",
      "li",
      "a",
      "blockquote",
      "table",
      "thead",
      "tbody",
      "tr",
      "th",
      "td",
      "responsive-table",
      "table-wrapper",
    ],
  },
  // Attribute values that come from the database or from editors (link addresses,
  // languages): rules such as a[href^="https://"]:after (the external-link icon) or
  // [lang=fr] can match whatever the scanned files say.
  dynamicAttributes: ["href", "hreflang", "lang"],
  // Keep @keyframes only when a kept rule animates with them; drop @font-face rules
  // whose family no kept rule uses.
  keyframes: true,
  fontFace: true,
};
