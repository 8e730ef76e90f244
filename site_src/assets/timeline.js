// Draws a war page's timeline from its JSON file (inline scripts do not run
// under Material's instant loading, so the page only names the data file).
(function () {
  function text(value) {
    var span = document.createElement("span");
    span.textContent = value;
    return span;
  }
  function draw(el) {
    if (el.dataset.drawn || typeof vis === "undefined") return;
    el.dataset.drawn = "1";
    var src = new URL(el.dataset.src, document.baseURI);
    // Item URLs are relative to the site root, which is two levels above data/timeline/<id>.json.
    var root = new URL("../../", src);
    fetch(src)
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (rows) {
        if (!rows.length) return;
        // Labels come from source text: hand vis DOM text nodes, never HTML strings.
        var items = new vis.DataSet(rows.map(function (r) {
          return { id: r.id, content: text(r.content), start: r.start, end: r.end, type: r.type, title: text(r.title || r.content), url: r.url };
        }));
        var timeline = new vis.Timeline(el, items, { stack: true, zoomable: true, maxHeight: 420 });
        timeline.on("select", function (props) {
          var item = items.get(props.items[0]);
          if (item && item.url) window.location.href = new URL(item.url, root).href;
        });
      })
      .catch(function () {});
  }
  function drawAll() { document.querySelectorAll(".chronicle-timeline[data-src]").forEach(draw); }
  if (window.document$) { window.document$.subscribe(drawAll); } else { document.addEventListener("DOMContentLoaded", drawAll); }
})();
