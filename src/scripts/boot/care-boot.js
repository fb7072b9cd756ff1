// Applies the reader's 关怀模式 settings before the first paint: a classic,
// blocking script in <head>, so a large-text or high-contrast page never
// flashes at the normal size first. Mirrors parseSettings/applySettings in
// src/scripts/care/settings.ts. Also marks that scripts run (`js`, which
// shows the toolbar) and that the browser can speak (`speech`, which shows
// 语音阅读), so the toolbar does not shift the page when its script starts.
// A file, not inline lines, so the Content-Security-Policy needs no
// 'unsafe-inline' (deploy/); copied as written (no bundling), hence plain JS.
(function () {
  var d = document.documentElement;
  var key = document.currentScript && document.currentScript.getAttribute('data-key');
  d.classList.add('js');
  if ('speechSynthesis' in window) d.classList.add('speech');
  try {
    var s = JSON.parse(localStorage.getItem(key) || '{}') || {};
    var size = typeof s.size === 'number' && isFinite(s.size) ? Math.floor(s.size) : 0;
    if (s.care === true) { d.classList.add('care'); size = Math.max(1, size); }
    if (s.contrast === true) d.classList.add('contrast');
    if (size > 0) d.setAttribute('data-font-size', String(Math.min(3, size)));
  } catch (e) { /* storage blocked or bad JSON: the normal page */ }
})();
