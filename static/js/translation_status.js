/* Marks modeltranslation's language tabs in words, not only colour (issue 17):
   a tab whose field is missing or outdated gets "(missing)" / "(outdated)", a tab
   holding an error "(contains an error)" (modeltranslation opens it). The words come from the
   fields' data attributes (translated by the server). modeltranslation builds the
   tabs in a jQuery ready handler, which jQuery runs later than DOMContentLoaded and
   sometimes after load: the marks are made whenever the form changes. Without JavaScript every
   language's field shows one below the other, each with its note in the help text. */
(function () {
  "use strict";
  function mark(link, text) {
    if (link.querySelector(".translation-mark")) {
      return;
    }
    var span = document.createElement("span");
    span.className = "translation-mark";
    span.textContent = " (" + text + ")";
    link.appendChild(span);
  }
  function tabLink(panel) {
    return document.querySelector('a[href="#' + panel.id + '"]');
  }
  function markAll() {
    document.querySelectorAll("[data-translation-mark]").forEach(function (field) {
      var panel = field.closest('[id^="tab_"]');
      var link = panel && tabLink(panel);
      if (link) {
        mark(link, field.getAttribute("data-translation-mark"));
      }
    });
    document.querySelectorAll('[id^="tab_"]').forEach(function (panel) {
      var field = panel.querySelector("[data-translation-error]");
      var link = tabLink(panel);
      if (field && link && panel.querySelector(".errorlist")) {
        mark(link, field.getAttribute("data-translation-error"));
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    markAll();
    var pending = false;
    new MutationObserver(function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () {
          pending = false;
          markAll();
        });
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
