// Public pages: "copy embed code" buttons. Reading works without it.
(function () {
  var buttons = document.querySelectorAll('button[data-copy]');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener('click', function (event) {
      var button = event.currentTarget;
      var target = document.getElementById(button.getAttribute('data-copy'));
      if (!target) return;
      var done = function () { button.textContent = button.getAttribute('data-done'); };
      if (navigator.clipboard) navigator.clipboard.writeText(target.value).then(done, function () { target.select(); });
      else { target.select(); document.execCommand('copy'); done(); }
    });
  }
})();
