// Starts Swagger UI on /docs (a file, not an inline script: the pages' CSP allows scripts from the app only).
(function () {
  const el = document.getElementById("swagger-ui");
  if (el && window.SwaggerUIBundle) {
    window.SwaggerUIBundle({ url: el.dataset.spec, dom_id: "#swagger-ui", deepLinking: true });
  }
})();
