/* The Wagtail admin under a Content Security Policy without inline code.
 *
 * Loaded first in the head of every admin page (home/templates/wagtailadmin/admin_base.html).
 *
 * 1. Style elements made by scripts get this response's nonce. The rich text editor (Draftail,
 *    React) renders <style> elements for its placeholders and list numbering; the policy refuses
 *    a <style> without the nonce. The nonce comes from a meta element, removed once read.
 *
 * 2. Wagtail renders its date and time pickers and its choosers (page, image, document,
 *    snippet) as HTML followed by an inline <script>: `initDateChooser(id, options)` or
 *    `new ImageChooser(id, options)`. home/templates/wagtailadmin/widgets/ and home/security.py
 *    render a hidden marker with the same function and arguments instead, and this file makes
 *    the calls: once the page is parsed, and for markers added later (a new inline form, a
 *    modal).
 */
(function () {
  "use strict";

  var meta = document.querySelector('meta[name="meridian-csp-nonce"]');
  var nonce = meta && meta.content;
  if (meta) meta.parentNode.removeChild(meta);
  if (nonce) {
    var createElement = Document.prototype.createElement;
    Document.prototype.createElement = function (tagName) {
      var element = createElement.apply(this, arguments);
      if (typeof tagName === "string" && tagName.toLowerCase() === "style") {
        element.setAttribute("nonce", nonce);
      }
      return element;
    };
  }
})();

(function () {
  "use strict";

  function alreadyPicker(input) {
    // A date picker Wagtail's own JavaScript set up (StreamField blocks do) is left alone.
    return !!(input && window.jQuery && window.jQuery(input).data("xdsoft_datetimepicker"));
  }

  function start(marker) {
    var name = marker.dataset.meridianInit;
    var id = marker.dataset.meridianTarget;
    var init = window[name];
    if (typeof init !== "function" || !id || id.indexOf("__prefix__") !== -1) return;
    marker.setAttribute("data-meridian-ready", "");
    var options = JSON.parse(marker.dataset.meridianOptions || "{}");
    if (marker.hasAttribute("data-meridian-new")) {
      new init(id, options); // eslint-disable-line no-new
    } else if (!alreadyPicker(document.getElementById(id))) {
      init(id, options);
    }
  }

  function startAll(root) {
    if (!root.querySelectorAll) return;
    var markers = root.querySelectorAll("[data-meridian-init]:not([data-meridian-ready])");
    Array.prototype.forEach.call(markers, start);
  }

  function watch() {
    startAll(document);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        Array.prototype.forEach.call(mutation.addedNodes, function (node) {
          if (node.nodeType === 1) startAll(node.parentNode || node);
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
