// On the host page (the article): resizes our embed frames to their content.
(function () {
  if (window.__egovEmbedHost) return;
  window.__egovEmbedHost = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'egov-embed:height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-egov-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.min(data.height, 5000) + 'px';
    }
  });
})();
