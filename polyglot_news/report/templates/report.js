// polyglot_news report controls: no data, no network; toggles classes only.
(function () {
  "use strict";
  var body = document.body;
  function bind(id, cls) {
    var box = document.getElementById(id);
    if (!box) { return; }
    var sync = function () { body.classList.toggle(cls, box.checked); };
    box.addEventListener("change", sync);
    sync();
  }
  bind("toggle-original", "show-original");
  bind("toggle-changed", "changed-only");
  bind("toggle-terms", "hide-terms");
})();
