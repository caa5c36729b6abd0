/*
 * Loaded before the portal's code (a small file, not an inline script: a strict CSP allows it).
 * On the home page it starts the API calls the page needs at once, instead of after the
 * application's code has been downloaded and run; the app's fetch takes these responses
 * (src/api/prefetch.ts). The number of pages of offers comes from the previous visit.
 */
(function () {
  var path = location.pathname.replace(/\/+$/, '');
  // The CRE's screening queue (issue 14): the session and the page of the queue in the URL,
  // asked as src/pages/ml-tri/use-file-tri.ts asks it (same order of parameters, 50 lines).
  var q = new URLSearchParams(location.search);
  var file =
    '/mises-en-relation/a-examiner?page=' +
    Math.max(1, Number(q.get('page')) || 1) +
    '&parPage=50' +
    (q.get('offre') ? '&offreId=' + encodeURIComponent(q.get('offre')) : '');
  var CRE = { '/portail/ml/tri': ['/auth/session', file] };
  if ((path !== '/portail' && !CRE[path]) || !window.fetch) return;
  var get = function (url) {
    return fetch(url, { credentials: 'same-origin' });
  };
  var urls = CRE[path] || ['/auth/session', '/entreprises'];
  var pages = CRE[path] ? 0 : Number(localStorage.getItem('portail.pagesOffres')) || 1;
  for (var p = 1; p <= Math.min(pages, 20); p++)
    urls.push('/offres?page=' + p + '&parPage=100&tri=recent');
  var prefetched = {};
  urls.forEach(function (url) {
    prefetched[url] = get(url);
  });
  window.__portailPrefetch = prefetched;
})();
