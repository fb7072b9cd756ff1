// 关怀模式 before the first paint; shipped as written, so see src/components/CareModeBoot.astro for why.
(function () {
  var d = document.documentElement;
  var key = document.currentScript && document.currentScript.getAttribute('data-key');
  d.classList.add('js');
  if ('speechSynthesis' in window) d.classList.add('speech');
  try {
    var s = JSON.parse(localStorage.getItem(key) || '{}') || {};
    var size = typeof s.size === 'number' && isFinite(s.size) ? Math.floor(s.size) : 0;
    if (s.care === true) {
      d.classList.add('care');
      size = Math.max(1, size);
    }
    if (s.contrast === true) d.classList.add('contrast');
    if (size > 0) d.setAttribute('data-font-size', String(Math.min(3, size)));
  } catch (e) {
    /* storage blocked or bad JSON: the normal page */
  }
})();
