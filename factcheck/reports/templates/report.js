(function () {
  "use strict";
  var inspector = document.getElementById("inspector");
  var body = document.getElementById("inspector-body");
  var heading = document.getElementById("inspector-title");

  function show(trigger) {
    var ids = (trigger.getAttribute("data-results") || "").split(" ").filter(Boolean);
    body.textContent = "";
    var isFigure = trigger.classList.contains("fig");
    heading.textContent = isFigure ? "“" + trigger.textContent + "”" : "Result";
    if (ids.length === 0) {
      var p = document.createElement("p");
      p.textContent = "No rule checked this figure.";
      body.appendChild(p);
    }
    ids.forEach(function (id) {
      var row = document.getElementById(id);
      var detail = row && row.querySelector(".detail");
      if (detail) {
        body.appendChild(detail.cloneNode(true));
      }
    });
    document.querySelectorAll(".selected").forEach(function (el) { el.classList.remove("selected"); });
    trigger.classList.add("selected");
    inspector.hidden = false;
    inspector.focus({ preventScroll: true });
  }

  document.querySelectorAll("[data-results]").forEach(function (el) {
    el.addEventListener("click", function () { show(el); });
    el.addEventListener("keydown", function (event) {
      if (el.tagName === "MARK" && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        show(el);
      }
    });
  });

  document.getElementById("inspector-close").addEventListener("click", function () {
    inspector.hidden = true;
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { inspector.hidden = true; }
  });

  var filters = document.querySelectorAll("[data-filter]");
  filters.forEach(function (button) {
    button.addEventListener("click", function () {
      var wanted = button.getAttribute("data-filter");
      filters.forEach(function (b) { b.setAttribute("aria-pressed", String(b === button)); });
      document.querySelectorAll("tr.result").forEach(function (row) {
        row.hidden = wanted !== "all" && row.getAttribute("data-status") !== wanted;
      });
    });
  });
})();
