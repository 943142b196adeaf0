// ContentCheck search: matches every query word as a word prefix against the index the build wrote
// (search/index.js). Results are built with DOM methods and textContent only, never innerHTML.
(function () {
  "use strict";
  var index = window.contentCheckSearchIndex || [];
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var maxResults = 50;

  function tokens(text) {
    return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }

  function matches(entry, terms) {
    var words = " " + entry.w;
    return terms.every(function (t) { return words.indexOf(" " + t) >= 0; });
  }

  function score(entry, terms) {
    var title = " " + tokens(entry.t).join(" ");
    return terms.reduce(function (s, t) { return s + (title.indexOf(" " + t) >= 0 ? 1 : 0); }, 0);
  }

  function render(query) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var terms = tokens(query);
    if (terms.length === 0) { status.textContent = "Type one or more words; every word must appear."; return; }
    var found = index.filter(function (e) { return matches(e, terms); });
    found.sort(function (a, b) { return score(b, terms) - score(a, terms); });
    status.textContent = found.length === 0 ? "No article contains all of these words."
      : found.length === 1 ? "1 article found." : found.length + " articles found" + (found.length > maxResults ? ", showing the first " + maxResults + "." : ".");
    found.slice(0, maxResults).forEach(function (e) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.className = "article-link";
      link.href = "../" + e.u;
      link.textContent = e.t;
      var info = document.createElement("span");
      info.className = "article-info";
      var time = document.createElement("time");
      time.setAttribute("datetime", e.i);
      time.textContent = e.d;
      info.textContent = e.s ? e.s + " · " : "";
      info.appendChild(time);
      var snippet = document.createElement("p");
      snippet.textContent = e.x;
      item.appendChild(link);
      item.appendChild(info);
      item.appendChild(snippet);
      list.appendChild(item);
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
