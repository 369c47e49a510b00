// Names and labels that the admin's own widgets leave out (WCAG 1.3.1, 2.4.6,
// 4.1.2), added once the widgets are built:
// - modeltranslation's switch for the language of every tab sits inside the page's
//   <h1> (the heading then reads "pagina wijzigen nl en fr"): moved after it, with
//   a visible label;
// - select2 (Django's autocomplete) and the rich-text editor get the name of their
//   field's label;
// - the search icons of the two-box picker carry aria-label on a plain <span>;
// - the language tabs nest a link in each tab.
(function () {
  "use strict";
  var script = document.currentScript;
  var switchLabel = script && script.dataset.languageSwitchLabel;

  function labelId(label) {
    if (!label.id) {
      label.id = label.htmlFor + "-label";
    }
    return label.id;
  }

  function labelFor(id) {
    return id ? document.querySelector('label[for="' + id + '"]') : null;
  }

  function moveLanguageSwitch() {
    var select = document.getElementById("modeltranslation-main-switch");
    if (!select || !switchLabel || !select.closest("h1")) {
      return;
    }
    var heading = select.closest("h1");
    var wrapper = document.createElement("p");
    wrapper.className = "language-switch";
    var label = document.createElement("label");
    label.htmlFor = select.id;
    label.textContent = switchLabel + " ";
    wrapper.appendChild(label);
    wrapper.appendChild(select);
    heading.insertAdjacentElement("afterend", wrapper);
    // The &nbsp; modeltranslation put before the switch.
    var last = heading.lastChild;
    if (last && last.nodeType === Node.TEXT_NODE) {
      last.textContent = last.textContent.replace(/\u00a0+$/, "");
    }
  }

  function nameSelect2() {
    document.querySelectorAll("select.admin-autocomplete").forEach(function (el) {
      var label = labelFor(el.id);
      var container = document.getElementById("select2-" + el.id + "-container");
      if (!label || !container) {
        return;
      }
      var id = labelId(label);
      container.setAttribute("aria-labelledby", id);
      var combobox = container.closest(".select2-selection");
      if (combobox) {
        combobox.setAttribute("aria-labelledby", id + " " + container.id);
      }
    });
  }

  function nameRichText() {
    document.querySelectorAll(".prose-editor [contenteditable]").forEach(function (el) {
      if (el.hasAttribute("aria-labelledby") || el.hasAttribute("aria-label")) {
        return;
      }
      var textarea = el.closest(".prose-editor").querySelector("textarea");
      var label = textarea && labelFor(textarea.id);
      if (label) {
        el.setAttribute("aria-labelledby", labelId(label));
      }
    });
  }

  function fixIcons() {
    document.querySelectorAll("span.help-tooltip[aria-label]:not([role])").forEach(
      function (el) {
        el.setAttribute("role", "img");
      }
    );
  }

  // jQuery UI's tabs (modeltranslation's language tabs) put a link inside each
  // role="tab": an interactive element in another. The link is made inert (its
  // text still names the tab, by aria-labelledby); a click on the tab passes on
  // to it, as the keyboard already works on the tab itself.
  function flattenTabs() {
    document.querySelectorAll('li[role="tab"] > a.ui-tabs-anchor:not([inert])').forEach(
      function (anchor) {
        anchor.setAttribute("inert", "");
        anchor.parentElement.addEventListener("click", function (event) {
          var jQuery = window.jQuery || (window.django && window.django.jQuery);
          if (event.target === anchor.parentElement && jQuery) {
            jQuery(anchor).trigger("click");
          }
        });
      }
    );
  }

  function enhance() {
    flattenTabs();
    moveLanguageSwitch();
    nameSelect2();
    nameRichText();
    fixIcons();
  }

  document.addEventListener("DOMContentLoaded", function () {
    enhance();
    // Widgets built later (by their own ready handlers, or in a new inline row).
    var pending = false;
    new MutationObserver(function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () {
          pending = false;
          enhance();
        });
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
