// Swagger UI for the desk's own OpenAPI document, started from a file (the page allows no inline script).
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  var el = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({ url: el.getAttribute("data-spec"), dom_id: "#swagger-ui" });
});
