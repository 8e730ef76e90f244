// Puts each district's exact count in a map's hover text. The page names the districts' shading classes only
// (an edit that moves a count within its class leaves every map as it was); the counts are one file for the
// whole site, named by the figure's data-counts. Without it (or without JavaScript) the hover gives the class's range.
(function () {
  function statements(count) {
    return count === 0 ? "no statements" : count === 1 ? "1 statement" : count + " statements";
  }
  function withCount(text, count) {
    var colon = text.lastIndexOf(": ");
    return colon < 0 ? text : text.slice(0, colon + 2) + statements(count);
  }
  function fill(figure) {
    if (figure.dataset.filled) return;
    figure.dataset.filled = "1";
    fetch(new URL(figure.dataset.counts, document.baseURI))
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (counts) {
        if (!counts) return;
        figure.querySelectorAll("path[data-district]").forEach(function (path) {
          var count = counts[path.dataset.district] || 0;
          var title = path.querySelector("title"), link = path.closest("a");
          if (title) title.textContent = withCount(title.textContent, count);
          if (link && link.hasAttribute("aria-label")) link.setAttribute("aria-label", withCount(link.getAttribute("aria-label"), count));
        });
      })
      .catch(function () {});
  }
  function fillAll() { document.querySelectorAll("figure.chronicle-map[data-counts]").forEach(fill); }
  if (window.document$) { window.document$.subscribe(fillAll); } else { document.addEventListener("DOMContentLoaded", fillAll); }
})();
