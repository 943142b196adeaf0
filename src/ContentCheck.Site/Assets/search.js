// ContentCheck search: every query word must match a word of the article as a prefix. The build wrote an inverted
// index in shards (search/words/<first two characters>.js) and the result cards in chunks (search/docs/<n>.js); this
// script loads, as <script> elements (which work from disk, unlike fetch), only the shards of the words typed and the
// chunks of the results shown. Results are built with DOM methods and textContent only, never innerHTML.
(function () {
  "use strict";
  var index = window.contentCheckSearchIndex || { articles: 0, chunk: 100, sources: [], shards: [] };
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var maxResults = 50;
  var shards = {};   // key -> { word: [gaps of articles, gaps of title articles] }
  var chunks = {};   // number -> [[title, path, source, day, iso, snippet], ...]
  var pending = {};  // script URL -> Promise
  var latest = 0;

  // The build's shard files call these.
  window.contentCheckSearch = {
    words: function (key, words) { shards[key] = words; },
    documents: function (number, cards) { chunks[number] = cards; }
  };

  function load(url) {
    if (!pending[url]) {
      pending[url] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = url;
        script.onload = function () { resolve(); };
        script.onerror = function () { reject(new Error("could not load " + url)); };
        document.head.appendChild(script);
      });
    }
    return pending[url];
  }

  // The same words as the build's: runs of letters and decimal digits, lower-cased.
  function tokens(text) {
    return text.toLowerCase().split(/[^\p{L}\p{Nd}]+/u).filter(function (t) { return t.length > 0; });
  }

  function keyChar(c) { return /[a-z0-9]/.test(c) ? c : "_"; }

  function shardKeys(term) {
    if (term.length >= 2) {
      var key = keyChar(term[0]) + keyChar(term[1]);
      return index.shards.indexOf(key) >= 0 ? [key] : [];
    }
    var first = keyChar(term[0]);
    return index.shards.filter(function (k) { return k[0] === first; });
  }

  // Marks the articles of a gap-coded list with value, keeping a higher mark already there.
  function decode(gaps, hits, value) {
    var id = 0;
    for (var i = 0; i < gaps.length; i++) { id += gaps[i]; if (hits[id] < value) { hits[id] = value; } }
  }

  // Per term: which articles have a word starting with it (1), and which have it in the title (2).
  function matchTerm(term) {
    var hits = new Uint8Array(index.articles);
    shardKeys(term).forEach(function (key) {
      var words = shards[key] || {};
      Object.keys(words).forEach(function (word) {
        if (word.lastIndexOf(term, 0) === 0) {
          decode(words[word][0], hits, 1);
          decode(words[word][1], hits, 2);
        }
      });
    });
    return hits;
  }

  function search(terms) {
    var perTerm = terms.map(matchTerm);
    var found = [];
    for (var id = 0; id < index.articles; id++) {
      var score = 0, all = true;
      for (var t = 0; t < perTerm.length && all; t++) {
        all = perTerm[t][id] > 0;
        score += perTerm[t][id] === 2 ? 1 : 0;
      }
      if (all) { found.push({ id: id, score: score }); }
    }
    // Title matches first, then newest first (article numbers follow publication, newest = 0).
    found.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    return found;
  }

  function clear() {
    while (list.firstChild) { list.removeChild(list.firstChild); }
  }

  function show(found) {
    clear();
    status.textContent = found.length === 0 ? "No article contains all of these words."
      : found.length === 1 ? "1 article found." : found.length + " articles found" + (found.length > maxResults ? ", showing the first " + maxResults + "." : ".");
    found.slice(0, maxResults).forEach(function (hit) {
      var card = chunks[Math.floor(hit.id / index.chunk)][hit.id % index.chunk];
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.className = "article-link";
      link.href = "../" + card[1];
      link.textContent = card[0];
      var info = document.createElement("span");
      info.className = "article-info";
      var time = document.createElement("time");
      time.setAttribute("datetime", card[4]);
      time.textContent = card[3];
      info.textContent = card[2] >= 0 ? index.sources[card[2]] + " · " : "";
      info.appendChild(time);
      var snippet = document.createElement("p");
      snippet.textContent = card[5];
      item.appendChild(link);
      item.appendChild(info);
      item.appendChild(snippet);
      list.appendChild(item);
    });
  }

  function render(query) {
    var run = ++latest;
    var terms = tokens(query);
    if (terms.length === 0) {
      clear();
      status.textContent = "Type one or more words; every word must appear.";
      return Promise.resolve();
    }
    status.textContent = "Searching…";
    var keys = [];
    terms.forEach(function (term) { shardKeys(term).forEach(function (k) { if (keys.indexOf(k) < 0) { keys.push(k); } }); });
    return Promise.all(keys.map(function (k) { return load("words/" + k + ".js"); })).then(function () {
      var found = search(terms);
      var needed = [];
      found.slice(0, maxResults).forEach(function (hit) {
        var n = Math.floor(hit.id / index.chunk);
        if (needed.indexOf(n) < 0) { needed.push(n); }
      });
      return Promise.all(needed.map(function (n) { return load("docs/" + n + ".js"); })).then(function () {
        if (run === latest) { show(found); }
      });
    }).catch(function (error) {
      if (run === latest) { clear(); status.textContent = "The search index could not be loaded (" + error.message + ")."; }
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    render(input.value);
    if (window.history && window.history.replaceState && location.protocol !== "file:") {
      window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    }
  });
  input.addEventListener("input", function () { render(input.value); });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; render(initial); }
}());
