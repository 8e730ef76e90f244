// Puts Pagefind's search button into Material's header bar and opens it on "/" or "s",
// the keys Material's own search answered to.
(function () {
  "use strict";
  var search = document.querySelector("[data-chronicle-search]");
  var bar = document.querySelector(".md-header__inner");
  if (!search || !bar) return;
  bar.appendChild(search);
  search.hidden = false;

  function typing(target) {
    return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" && event.key !== "s") return;
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var modal = search.querySelector("pagefind-modal");
    if (!modal || typeof modal.open !== "function") return;
    event.preventDefault();
    modal.open();
  });
})();
