// Inside an embed frame: tells the host page our height (auto-height), and
// shows a discreet link when figures of a pinned embed have been revised. The
// pinned document itself never changes; this asks our own origin only.
(function () {
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (window.parent !== window) window.parent.postMessage({ type: 'egov-embed:height', height: height }, '*');
  }
  window.addEventListener('load', post);
  if (window.ResizeObserver) new ResizeObserver(post).observe(document.documentElement);
  var notice = document.querySelector('[data-newer-check]');
  if (notice && window.fetch) {
    fetch(notice.getAttribute('data-newer-check'), { credentials: 'omit' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (answer) {
        if (!answer || !answer.newer) return;
        var link = document.createElement('a');
        link.href = answer.href;
        link.target = '_blank';
        link.rel = 'noopener';
        link.textContent = notice.getAttribute('data-label');
        notice.appendChild(link);
        notice.hidden = false;
        post();
      })
      .catch(function () {});
  }
})();
