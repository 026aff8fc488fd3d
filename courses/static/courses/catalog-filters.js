// The catalog's filters on a small screen: folded under their summary, so that the courses come
// first, and open again when the screen is wide (the summary is hidden there). Without this
// script, or when a filter needs correcting, the filters stay open.
(function () {
  "use strict";
  var panel = document.querySelector("details.catalog-filters-panel[data-fold-when-small]");
  if (!panel || !window.matchMedia) return;
  var small = window.matchMedia("(max-width: 40rem)");
  function fit() { panel.open = !small.matches; }
  fit();
  small.addEventListener("change", fit);
})();
