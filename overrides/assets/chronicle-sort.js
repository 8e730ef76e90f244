// Sortable tables, progressively: a table.chronicle-sortable reads in its
// built order without JavaScript; with it, each heading marked data-sort
// becomes a button that sorts the rows by that column (again: reversed).
(function () {
  function value(row, column, kind) {
    var cell = row.cells[column];
    var raw = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
    return kind === "number" ? Number(raw) : raw.toLocaleLowerCase();
  }
  function sortBy(table, th, column, kind) {
    var descending = th.getAttribute("aria-sort") === "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a, column, kind), y = value(b, column, kind);
      var order = kind === "number" ? x - y : x.localeCompare(y);
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    table.querySelectorAll("th[aria-sort]").forEach(function (other) { other.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }
  function enable(table) {
    if (table.dataset.sortable) return;
    table.dataset.sortable = "1";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      if (!th.dataset.sort) return;
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      button.title = "Sort by " + th.textContent;
      button.addEventListener("click", function () { sortBy(table, th, column, th.dataset.sort); });
      th.textContent = "";
      th.appendChild(button);
    });
  }
  function enableAll() { document.querySelectorAll("table.chronicle-sortable").forEach(enable); }
  if (window.document$) { window.document$.subscribe(enableAll); } else { document.addEventListener("DOMContentLoaded", enableAll); }
})();
