// Registers the service worker (offline pages and search) and shows a clear
// notice while the browser is offline. A classic script file read from its
// own data attributes (worker URL, scope), so the Content-Security-Policy
// needs no 'unsafe-inline' (deploy/); copied as written, hence plain JS.
(function () {
  var script = document.currentScript;
  if ('serviceWorker' in navigator && script) {
    navigator.serviceWorker.register(script.getAttribute('data-sw'), { scope: script.getAttribute('data-scope') }).catch(function () {});
  }
  function update() {
    var notice = document.getElementById('offline-notice');
    if (notice) notice.hidden = navigator.onLine;
  }
  addEventListener('online', update);
  addEventListener('offline', update);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', update);
  else update();
})();
