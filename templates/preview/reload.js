// jixiao preview: reload the page when the filing has been rebuilt (the server's version changes).
(function () {
  var shown = document.currentScript.dataset.version;
  setInterval(function () {
    fetch("/version", {cache: "no-store"})
      .then(function (response) { return response.text(); })
      .then(function (version) { if (version !== shown) { location.reload(); } }, function () {});
  }, 500);
})();
