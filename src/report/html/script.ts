// The report's only script, inlined into the page: the sample browser (search, filters, paging,
// details built on demand) and the problem grid's links into it. Plain ES2017 so that any current
// browser runs it from a file or a mail attachment. Text from the data is only ever assigned with
// textContent: completions are hostile and must never become markup.
//
// It is kept as a string (not a function's source) so that no bundler or test transform can inject
// helpers into it; the browser test (test/report-browser.test.ts) drives it. It is a template
// literal: keep backslashes, backticks and dollar-brace out of it.

/** The inline script of the report. */
export const BROWSER_SCRIPT = `(function () {
  "use strict";
  var PAGE = 50;
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fmt(n) { return n.toLocaleString("en-US"); }

  // Large data is embedded gzip-compressed and base64-encoded; the browser unpacks it locally.
  function load(source) {
    if (source.getAttribute("data-encoding") !== "gzip-base64") {
      return Promise.resolve(JSON.parse(source.textContent));
    }
    if (typeof DecompressionStream === "undefined") {
      return Promise.reject(new Error("this browser cannot unpack them (no DecompressionStream); " +
        "open the report in a current Chrome, Edge, Firefox or Safari"));
    }
    var bin = atob(source.textContent);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }

  function setup(section) {
    var source = document.getElementById(section.getAttribute("data-browser"));
    if (!source) return;
    load(source).then(function (data) { start(section, data); }, function (error) {
      section.querySelector('[data-role="count"]').textContent = "The samples cannot be shown: " + error.message + ".";
    });
  }

  function start(section, data) {
    function q(role) { return section.querySelector('[data-role="' + role + '"]'); }
    var search = q("search"), status = q("status"), problem = q("problem"), outcome = q("outcome");
    var list = q("list"), countEl = q("count"), more = q("more");
    var lowTexts = null, lowTasks = null, lowResults = null;
    var matches = [], shown = 0, timer = 0;

    function statusName(s) { return s < 0 ? "not evaluated" : data.statuses[s]; }

    function apply() {
      var term = search.value.trim().toLowerCase();
      var st = status.value === "" ? null : Number(status.value);
      var pr = problem.value === "" ? null : Number(problem.value);
      var oc = outcome.value;
      if (term && !lowTexts) {
        lowTexts = data.texts.map(function (t) { return t.toLowerCase(); });
        lowTasks = data.tasks.map(function (t) { return t.toLowerCase(); });
        lowResults = data.rows.map(function (r) { return r[3].toLowerCase(); });
      }
      matches = [];
      for (var i = 0; i < data.rows.length; i++) {
        var r = data.rows[i];
        if (st !== null && r[2] !== st) continue;
        if (pr !== null && r[0] !== pr) continue;
        if (oc === "passed" && r[2] !== 0) continue;
        if (oc === "failed" && r[2] === 0) continue;
        if (term && lowTasks[r[0]].indexOf(term) < 0 && lowTexts[r[6]].indexOf(term) < 0 &&
            lowResults[i].indexOf(term) < 0) continue;
        matches.push(r);
      }
      list.textContent = "";
      shown = 0;
      showMore();
    }

    function showMore() {
      var end = Math.min(matches.length, shown + PAGE);
      var frag = document.createDocumentFragment();
      for (var i = shown; i < end; i++) frag.appendChild(row(matches[i]));
      list.appendChild(frag);
      shown = end;
      list.setAttribute("data-matching", String(matches.length));
      list.setAttribute("data-shown", String(shown));
      countEl.textContent = matches.length === 0
        ? "No sample matches (" + fmt(data.rows.length) + " in all)."
        : "Showing " + fmt(shown) + " of " + fmt(matches.length) + " matching samples (" +
          fmt(data.rows.length) + " in all).";
      more.hidden = shown >= matches.length;
    }

    function row(r) {
      var name = statusName(r[2]);
      var d = el("details", "sample st-" + name.replace(/ /g, "-"));
      var s = el("summary");
      s.appendChild(el("span", "task", data.tasks[r[0]]));
      s.appendChild(el("span", "cid", "#" + r[1]));
      s.appendChild(el("span", "badge", name));
      s.appendChild(el("span", "msg", r[3]));
      d.appendChild(s);
      d.addEventListener("toggle", function () {
        if (d.open && !d.getAttribute("data-filled")) {
          d.setAttribute("data-filled", "1");
          d.appendChild(body(r));
        }
      });
      return d;
    }

    function textBlock(parent, index, label) {
      var text = data.texts[index];
      parent.appendChild(el("pre", "code", text));
      var full = data.lengths[index];
      if (full > text.length) {
        parent.appendChild(el("p", "note", label + " cut: showing the first " + fmt(text.length) +
          " of " + fmt(full) + " characters (the full text is in results.jsonl)."));
      }
    }

    function body(r) {
      var box = el("div", "sample-body");
      var meta = el("dl", "meta");
      function add(term, value) { meta.appendChild(el("dt", null, term)); meta.appendChild(el("dd", null, value)); }
      add("task", data.tasks[r[0]]);
      add("completion_id", r[1]);
      add("status", statusName(r[2]));
      add("result", r[3] || "—");
      add("finish reason", r[4] === null ? "—" : r[4]);
      add("log-probs", r[5] === null ? "—" : "sum " + r[5][0].toFixed(3) + " · mean " + r[5][1].toFixed(4) +
        " · " + fmt(r[5][2]) + " tokens");
      add("time", r[8] === null ? "—" : r[8].toFixed(3) + " s CPU · " + (r[9] === null ? "?" : r[9].toFixed(3)) + " s wall");
      if (r[10] !== null) add("extraction", r[10]);
      if (r[11] !== null) add("simulated kind", r[11]);
      box.appendChild(meta);
      textBlock(box, r[6], "Completion");
      if (r[7] >= 0) {
        var raw = el("details", "raw");
        raw.appendChild(el("summary", null, "Raw chat reply"));
        textBlock(raw, r[7], "Reply");
        box.appendChild(raw);
      }
      return box;
    }

    function later() { clearTimeout(timer); timer = setTimeout(apply, 120); }
    search.addEventListener("input", later);
    status.addEventListener("change", apply);
    problem.addEventListener("change", apply);
    outcome.addEventListener("change", apply);
    more.addEventListener("click", showMore);
    apply();
    section.setAttribute("data-ready", "1");
  }

  var sections = document.querySelectorAll("[data-browser]");
  for (var i = 0; i < sections.length; i++) setup(sections[i]);

  // Grid cells: show that problem's samples in the run's browser.
  document.addEventListener("click", function (event) {
    var cell = event.target.closest ? event.target.closest("[data-task-index]") : null;
    if (!cell) return;
    var section = document.querySelector('[data-browser="' + cell.getAttribute("data-target") + '"]');
    if (!section) return;
    var select = section.querySelector('[data-role="problem"]');
    select.value = cell.getAttribute("data-task-index");
    select.dispatchEvent(new Event("change"));
    section.scrollIntoView({ block: "start" });
  });
})();`;
