// The back office's own enhancements. modeltranslation adds a language switch for
// every tab on the page without a label: give it one (WCAG 1.3.1, 4.1.2).
(function () {
  "use strict";
  var script = document.currentScript;
  var label = script && script.dataset.languageSwitchLabel;
  if (!label) {
    return;
  }
  function labelled() {
    var select = document.getElementById("modeltranslation-main-switch");
    if (select && !select.hasAttribute("aria-label")) {
      select.setAttribute("aria-label", label);
      select.setAttribute("title", label);
    }
    return Boolean(select);
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (labelled()) {
      return;
    }
    // modeltranslation builds the switch from its own ready handler.
    var observer = new MutationObserver(function () {
      if (labelled()) {
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
})();
