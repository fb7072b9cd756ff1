// Service worker and offline notice; shipped as written, so see src/components/OfflineSupport.astro for why.
(function () {
  var script = document.currentScript;
  if ('serviceWorker' in navigator && script) {
    navigator.serviceWorker
      .register(script.getAttribute('data-sw'), { scope: script.getAttribute('data-scope') })
      .catch(function () {});
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
