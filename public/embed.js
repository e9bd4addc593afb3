/*
 * Storm-0558 explainer: sizes embedded charts to fit their content.
 * Paste once per page, after the iframes. It listens for height messages and accepts one only
 * when it comes from this script's own site (event.origin) and from the very iframe it resizes
 * (event.source), and only for iframes that show one of the site's embeds. Everything else is
 * ignored. A frame grows no taller than 1200px (or its data-max-height attribute), then scrolls
 * inside. Without this script the iframes keep their own height and scroll inside.
 */
(function () {
  'use strict';
  if (window.storm0558EmbedSizer) return;
  window.storm0558EmbedSizer = true;
  var script = document.currentScript;
  if (!script || !script.src) return;
  var root = new URL('.', script.src);
  var origin = root.origin;
  var prefix = root.href + 'embed/';
  var MAX_HEIGHT = 1200;

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'storm-0558:embed-height') return;
    var height = Number(data.height);
    if (!(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (frame.src.indexOf(prefix) !== 0) return;
      var max = Number(frame.getAttribute('data-max-height')) || MAX_HEIGHT;
      var fit = String(Math.ceil(Math.min(height, max)));
      frame.style.height = fit + 'px';
      frame.setAttribute('height', fit);
      return;
    }
  });
})();
