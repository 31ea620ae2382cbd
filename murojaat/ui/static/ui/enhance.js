// Small enhancements for pages that already work without JavaScript.
// Loaded with `defer` from our own origin (the content security policy
// allows no inline script).
(function () {
  "use strict";

  // The error summary takes focus so screen readers announce it first.
  var summary = document.querySelector("[data-focus-on-load]");
  if (summary) { summary.focus(); }

  // A text box that filters a list of choices as the reader types
  // (<input data-filter-for="ID">, items marked data-filter-item).
  document.querySelectorAll("[data-filter-for]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("data-filter-for"));
    if (!list) { return; }
    input.hidden = false;
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLowerCase();
      list.querySelectorAll("[data-filter-item]").forEach(function (item) {
        var text = (item.getAttribute("data-filter-text") || item.textContent).toLowerCase();
        item.hidden = needle !== "" && text.indexOf(needle) === -1;
      });
    });
  });

  // "Select all" for bulk actions (<input type=checkbox data-select-all="NAME">).
  document.querySelectorAll("[data-select-all]").forEach(function (box) {
    var name = box.getAttribute("data-select-all");
    box.addEventListener("change", function () {
      document.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (other) {
        other.checked = box.checked;
      });
    });
  });

  // A "print" button (<button data-print>) is shown only when it can work.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  // "Use my location" fills latitude/longitude fields (<button data-locate
  // data-lat="ID" data-lon="ID">) when the browser may share the position.
  document.querySelectorAll("[data-locate]").forEach(function (button) {
    if (!navigator.geolocation) { return; }
    button.hidden = false;
    button.addEventListener("click", function (event) {
      event.preventDefault();
      navigator.geolocation.getCurrentPosition(function (pos) {
        document.getElementById(button.getAttribute("data-lat")).value = pos.coords.latitude.toFixed(6);
        document.getElementById(button.getAttribute("data-lon")).value = pos.coords.longitude.toFixed(6);
      });
    });
  });
})();
