/*
 * Loaded before the portal's code (a small file, not an inline script: a strict CSP allows it).
 * On the pages whose first screen is a list (the employer's home, the CRE's screening queue) it
 * starts every API call the page needs at once, instead of after the application's code has been
 * downloaded and run; the app's fetch takes these responses (src/api/prefetch.ts), so the URLs
 * must be the very ones the app asks for.
 */
(function () {
  var path = location.pathname.replace(/\/+$/, '');
  if (!window.fetch || (path !== '/portail' && path !== '/portail/ml/tri')) return;
  // The employer's home rendered by the server carries its data (apps/api/src/portail); its
  // markup is shown first, then the application (preloaded meanwhile) starts and hydrates it.
  if (document.querySelector('meta[name="portail-ssr"]')) return startAfterPaint();
  var prefetched = {};
  var get = function (url) {
    return (prefetched[url] = fetch(url, { credentials: 'same-origin' }));
  };
  var q = new URLSearchParams(location.search);
  var ml = q.get('ml') || localStorage.getItem('portail.ml');
  get('/auth/session');
  get('/portail-identite' + (ml ? '?code=' + encodeURIComponent(ml) : ''));
  if (path === '/portail/ml/tri') {
    // The screening queue (issue 14): the page of the queue in the URL, asked as
    // src/pages/ml-tri/use-file-tri.ts asks it (same order of parameters, 50 lines).
    get(
      '/mises-en-relation/a-examiner?page=' +
        Math.max(1, Number(q.get('page')) || 1) +
        '&parPage=50' +
        (q.get('offre') ? '&offreId=' + encodeURIComponent(q.get('offre')) : ''),
    );
  } else if (localStorage.getItem('portail.role') === 'employeur') {
    // The employer's home, when the server did not render it (src/session/session.ts remembers
    // the last role: staff landing on /portail go on to their own home and need none of this).
    // The number of pages of offers comes from the previous visit. The candidates need the
    // entreprises' ids: asked for as soon as /entreprises answers, still while the code loads.
    get('/entreprises')
      .then(function (res) {
        return res.ok ? res.clone().json() : { items: [] };
      })
      .then(function (page) {
        page.items.forEach(function (e) {
          get('/entreprises/' + e.id + '/mises-en-relation');
        });
      })
      .catch(function () {}); // the app's own call reports the failure
    var pages = Number(localStorage.getItem('portail.pagesOffres')) || 1;
    for (var p = 1; p <= Math.min(pages, 20); p++)
      get('/offres?page=' + p + '&parPage=100&tri=recent');
  }
  window.__portailPrefetch = prefetched;

  function startAfterPaint() {
    var app = document.querySelector('meta[name="portail-app"]');
    if (!app) return;
    var start = function () {
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.src = app.getAttribute('content');
      document.head.appendChild(script);
    };
    // The frame after the parsed document's (a hidden tab draws none: started at once).
    document.addEventListener('DOMContentLoaded', function () {
      if (document.visibilityState !== 'visible') return start();
      requestAnimationFrame(function () {
        setTimeout(start);
      });
    });
  }
})();
