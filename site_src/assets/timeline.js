// Draws a page's timeline from its JSON file (inline scripts do not run
// under Material's instant loading, so the page only names the data file).
// Rows with a "group" go on lanes: periods that nest apart, statements on their own.
(function () {
  var FIT_ROUNDS = 4; // widen the window this many times at most so no label runs past an edge
  function text(value) {
    var span = document.createElement("span");
    span.textContent = value;
    return span;
  }
  function lanesOf(rows) {
    var ids = [];
    rows.forEach(function (r) { if (r.group && ids.indexOf(r.group) < 0) ids.push(r.group); });
    if (!ids.length) return null;
    // Period lanes first (lane-0, lane-1 ...), the statements last.
    ids.sort(function (a, b) { return (a === "statements") - (b === "statements") || (a < b ? -1 : a > b ? 1 : 0); });
    return new vis.DataSet(ids.map(function (id, i) { return { id: id, content: "", order: i }; }));
  }
  // Labels have a fixed width in pixels: widen the shown span until every label lies inside the panel.
  function fit(el, timeline) {
    for (var round = 0; round < FIT_ROUNDS; round++) {
      var panel = el.querySelector(".vis-panel.vis-center");
      if (!panel) return;
      var box = panel.getBoundingClientRect();
      var left = 0, right = 0;
      el.querySelectorAll(".vis-item:not(.vis-background)").forEach(function (item) {
        var r = item.getBoundingClientRect();
        left = Math.max(left, box.left - r.left);
        right = Math.max(right, r.right - box.right);
      });
      if (left <= 0.5 && right <= 0.5) return;
      // Twice the overflow: the labels keep their width while the scale shrinks under them.
      var win = timeline.getWindow();
      var msPerPx = (win.end - win.start) / box.width;
      var start = win.start.valueOf() - (left > 0.5 ? 2 * (left + 4) * msPerPx : 0);
      var end = win.end.valueOf() + (right > 0.5 ? 2 * (right + 4) * msPerPx : 0);
      timeline.setWindow(start, end, { animation: false });
      timeline.redraw();
    }
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
          return { id: r.id, content: text(r.content), start: r.start, end: r.end, type: r.type, group: r.group,
                   className: r.className, title: text(r.title || r.content), url: r.url };
        }));
        var groups = lanesOf(rows);
        var options = { stack: true, zoomable: true, maxHeight: 420, groupOrder: "order",
                        margin: { item: { horizontal: 6, vertical: 6 } },
                        tooltip: { followMouse: false, overflowMethod: "cap", delay: 150 } };
        var timeline = groups ? new vis.Timeline(el, items, groups, options) : new vis.Timeline(el, items, options);
        var fitted = false;
        timeline.on("changed", function () {
          if (fitted) return;
          fitted = true;
          fit(el, timeline);
          el.dataset.fitted = "1";
        });
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
