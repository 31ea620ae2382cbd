// Enhancements for the filing journey; every page works without them.
(function () {
  "use strict";

  // Filter boxes are shown only when the filter can work (enhance.js wires them).
  document.querySelectorAll("[data-filter-box]").forEach(function (box) { box.hidden = false; });

  // Group headings in a filtered list disappear with their last visible item.
  document.querySelectorAll("[data-filter-for]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("data-filter-for"));
    if (!list) { return; }
    input.addEventListener("input", function () {
      list.querySelectorAll(".choice-group").forEach(function (heading) {
        var next = heading.nextElementSibling, visible = false;
        while (next && next.hasAttribute("data-filter-item")) {
          if (!next.hidden) { visible = true; }
          next = next.nextElementSibling;
        }
        heading.hidden = !visible;
      });
    });
  });

  // "Use my location" fills the coordinates: show them.
  document.querySelectorAll("[data-locate]").forEach(function (button) {
    button.addEventListener("click", function () {
      var details = button.form && button.form.querySelector("details");
      if (details) { details.open = true; }
    });
  });

  // "Send" once: a second press while the first is on its way does nothing
  // (the server refuses a second appeal from the same draft anyway).
  document.querySelectorAll("form[data-send-once]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.getAttribute("data-sending")) { event.preventDefault(); return; }
      form.setAttribute("data-sending", "1");
      form.querySelectorAll("button[type=submit]").forEach(function (b) { b.setAttribute("aria-disabled", "true"); });
    });
  });
})();
