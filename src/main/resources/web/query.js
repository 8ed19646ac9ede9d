// The query page: sends the query to /sparql and shows the results as a table.
// Values are written with textContent, never as HTML, so data cannot inject markup.
(function () {
  "use strict";
  const form = document.getElementById("query-form");
  const editor = document.getElementById("query");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const examples = document.getElementById("examples");
  const base = form.dataset.base;

  if (examples) {
    examples.addEventListener("change", () => {
      const chosen = examples.selectedOptions[0];
      if (chosen && chosen.dataset.query) {
        editor.value = chosen.dataset.query;
      }
    });
  }

  // A URI of the data links to its page on this server; any other URI links to itself.
  function href(uri) {
    return uri.startsWith(base + "id/") ? "/page/" + uri.substring((base + "id/").length) : uri;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) {
      return td;
    }
    if (term.type === "uri") {
      const a = document.createElement("a");
      a.href = href(term.value);
      a.textContent = term.value.startsWith(base) ? term.value.substring(base.length) : term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) {
        td.lang = term["xml:lang"];
      }
    }
    return td;
  }

  function table(json) {
    const t = document.createElement("table");
    const head = t.createTHead().insertRow();
    for (const v of json.head.vars) {
      const th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    }
    const body = t.createTBody();
    for (const binding of json.results.bindings) {
      const row = body.insertRow();
      for (const v of json.head.vars) {
        row.appendChild(cell(binding[v]));
      }
    }
    return t;
  }

  async function run(event) {
    event.preventDefault();
    status.className = "";
    status.textContent = "Running…";
    results.replaceChildren();
    const started = performance.now();
    try {
      const response = await fetch("/sparql", {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Accept": "application/sparql-results+json, text/turtle;q=0.5"
        },
        body: new URLSearchParams({ query: editor.value })
      });
      const text = await response.text();
      if (!response.ok) {
        status.className = "error";
        status.textContent = "Error " + response.status + ": " + text;
        return;
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const type = response.headers.get("Content-Type") || "";
      if (type.includes("sparql-results+json")) {
        const json = JSON.parse(text);
        if (typeof json.boolean === "boolean") {
          status.textContent = "Answer: " + json.boolean + " (" + seconds + " s)";
          return;
        }
        status.textContent = json.results.bindings.length + " result(s) in " + seconds + " s";
        results.appendChild(table(json));
      } else {
        status.textContent = "Graph result in " + seconds + " s";
        const pre = document.createElement("pre");
        pre.textContent = text;
        results.appendChild(pre);
      }
    } catch (e) {
      status.className = "error";
      status.textContent = "The query could not be sent: " + e;
    }
  }

  form.addEventListener("submit", run);
})();
