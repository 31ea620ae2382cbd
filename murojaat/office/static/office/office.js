// The officials' workspace: show the "select all" box only where the script
// that makes it work (enhance.js, data-select-all) runs.
(function () {
  "use strict";
  document.querySelectorAll("[data-select-all][hidden]").forEach(function (box) {
    box.hidden = false;
    var label = document.querySelector('label[for="' + box.id + '"]');
    if (label) { label.hidden = false; }
  });
})();
