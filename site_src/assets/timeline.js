// Draws a page's timeline from its JSON file (inline scripts do not run
// under Material's instant loading, so the page only names the data file).
// Rows with a "group" go on lanes: periods that nest apart, statements on their own.
// The shown span is computed from the labels' measured widths, so no label
// runs past either edge; a span too short to hold its label is drawn as a
// point, whose label vis stacks by its full width.
(function () {
  var DAY = 864e5;
  var LABEL_PAD = 18; // pixels a label takes beyond its text: the dot, padding and borders
  var EDGE = 8; // free pixels at each edge
  var SCROLLBAR = 16; // the vertical scrollbar a tall timeline takes from the width
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
  // Each label's width in pixels, set as vis will set it (a probe in the timeline's own classes), and the
  // timeline's own width (measured while the probe is inside: an empty timeline is not displayed).
  function measure(el, rows) {
    var probe = document.createElement("div");
    probe.className = "vis-timeline chronicle-probe";
    probe.style.cssText = "position:absolute;visibility:hidden;left:0;top:0;width:100%;border:0";
    el.appendChild(probe);
    var widths = rows.map(function (r) {
      var item = document.createElement("div");
      item.className = "vis-item vis-point";
      var content = document.createElement("div");
      content.className = "vis-item-content";
      content.textContent = r.content;
      item.appendChild(content);
      probe.appendChild(item);
      return content.getBoundingClientRect().width;
    });
    var width = el.clientWidth;
    el.removeChild(probe);
    return { labels: widths, width: width };
  }
  // The window [start, end] in which every label fits the width: for each item starting at t with a
  // label w wide, (t - start) / (end - start) * width + w <= width, solved for end - start.
  function fitWindow(rows, widths, width) {
    var t0 = Infinity;
    rows.forEach(function (r) { if (r.type !== "background") t0 = Math.min(t0, Date.parse(r.start)); });
    if (!isFinite(t0)) return null;
    var room = width - 2 * EDGE - SCROLLBAR;
    var span = DAY * 30;
    rows.forEach(function (r, i) {
      if (r.type === "background") return;
      var start = Date.parse(r.start) - t0, end = r.end ? Date.parse(r.end) - t0 : start;
      var free = Math.max(room - widths[i] - LABEL_PAD, room / 3); // a label wider than two thirds of the room may overlap
      span = Math.max(span, start * room / free, end);
    });
    var perPx = span / room;
    return { start: t0 - EDGE * perPx, end: t0 + span + EDGE * perPx, perPx: perPx };
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
        var sizes = measure(el, rows), widths = sizes.labels;
        var shown = fitWindow(rows, widths, sizes.width);
        // Labels come from source text: hand vis DOM text nodes, never HTML strings.
        var items = new vis.DataSet(rows.map(function (r, i) {
          var short = r.type === "range" && shown && (Date.parse(r.end) - Date.parse(r.start)) / shown.perPx < widths[i] + LABEL_PAD;
          return { id: r.id, content: text(r.content), start: r.start, end: short ? undefined : r.end, type: short ? "point" : r.type,
                   group: r.group, className: r.className, title: text(r.title || r.content), url: r.url };
        }));
        var groups = lanesOf(rows);
        // Axis on top and lanes first: vis draws only the lanes a reader can see, so the periods must be in view;
        // a long timeline scrolls down to its later-stacked items.
        var options = { stack: true, zoomable: true, maxHeight: 420, groupOrder: "order", showCurrentTime: false,
                        orientation: "top", verticalScroll: true,
                        margin: { item: { horizontal: 6, vertical: 6 } },
                        tooltip: { followMouse: false, overflowMethod: "cap", delay: 150 } };
        if (shown) { options.start = shown.start; options.end = shown.end; }
        var timeline = groups ? new vis.Timeline(el, items, groups, options) : new vis.Timeline(el, items, options);
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
