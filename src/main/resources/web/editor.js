// The SPARQL editor: YASGUI (vendored from the npm package @zazuko/yasgui) on this server's endpoint,
// the named queries as examples, the results as a table, a chart or the raw response, each downloadable,
// and a permalink (YASGUI's share button) for every query. Nothing is fetched from another site.
(function () {
  "use strict";
  const host = document.getElementById("yasgui");
  const SVG = "http://www.w3.org/2000/svg";

  // A bar chart of the first column (labels) against the first numeric column, as SVG.
  class ChartPlugin {
    constructor(yasr) {
      this.yasr = yasr;
      this.label = host.dataset.chart;
      this.priority = 5;
      this.svg = null;
    }
    canHandleResults() {
      return !!this.yasr.results && !!this.yasr.results.getVariables && this.yasr.results.getVariables().length > 1;
    }
    getIcon() {
      const icon = document.createElement("span");
      icon.textContent = "▇";
      return icon;
    }
    series() {
      const vars = this.yasr.results.getVariables();
      const rows = this.yasr.results.getBindings();
      const number = vars.find((v) => rows.length > 0 && rows.every((r) => !r[v] || !isNaN(parseFloat(r[v].value))) && v !== vars[0]);
      if (!number) {
        return null;
      }
      return rows.slice(0, 50).map((r) => ({
        label: r[vars[0]] ? r[vars[0]].value.replace(/^.*\/id\//, "") : "",
        value: r[number] ? parseFloat(r[number].value) : 0
      }));
    }
    draw() {
      const data = this.series();
      const el = this.yasr.resultsEl;
      el.textContent = "";
      if (!data) {
        const p = document.createElement("p");
        p.textContent = host.dataset.chartNone;
        el.appendChild(p);
        this.svg = null;
        return;
      }
      const bar = 22, labelWidth = 260, width = 760, max = Math.max(...data.map((d) => d.value), 1);
      const svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("xmlns", SVG);
      svg.setAttribute("width", width);
      svg.setAttribute("height", data.length * bar + 10);
      svg.setAttribute("role", "img");
      svg.setAttribute("class", "hrc-chart");
      data.forEach((d, i) => {
        const y = i * bar + 4;
        const text = document.createElementNS(SVG, "text");
        text.setAttribute("x", labelWidth - 6);
        text.setAttribute("y", y + 15);
        text.setAttribute("text-anchor", "end");
        text.setAttribute("font-size", "13");
        text.textContent = d.label.length > 38 ? d.label.substring(0, 37) + "…" : d.label;
        const title = document.createElementNS(SVG, "title");
        title.textContent = d.label + ": " + d.value;
        const rect = document.createElementNS(SVG, "rect");
        rect.setAttribute("x", labelWidth);
        rect.setAttribute("y", y);
        rect.setAttribute("height", bar - 6);
        rect.setAttribute("width", Math.max(1, (width - labelWidth - 60) * d.value / max));
        rect.setAttribute("fill", "#0b5cad");
        rect.appendChild(title);
        const value = document.createElementNS(SVG, "text");
        value.setAttribute("x", labelWidth + Math.max(1, (width - labelWidth - 60) * d.value / max) + 4);
        value.setAttribute("y", y + 15);
        value.setAttribute("font-size", "12");
        value.textContent = String(d.value);
        svg.append(text, rect, value);
      });
      el.appendChild(svg);
      this.svg = svg;
    }
    download(name) {
      if (!this.svg) {
        return undefined;
      }
      const svg = this.svg;
      return { getData: () => new XMLSerializer().serializeToString(svg), contentType: "image/svg+xml",
        title: "SVG", filename: (name || "chart") + ".svg" };
    }
  }

  Yasgui.Yasr.registerPlugin("chart", ChartPlugin);
  // Completion from this page alone: our prefixes, and the classes and properties of our vocabulary
  // and its alignments (full IRIs, written with the query's prefixes; YASQE adds a PREFIX line for a prefix typed).
  const terms = JSON.parse(host.dataset.terms);
  const Yasqe = Yasgui.Yasqe;
  Yasqe.defaults.prefixCcApi = null;
  Yasqe.forkAutocompleter("prefixes", { name: "hrcPrefixes", persistenceId: null,
    get: () => Object.entries(terms.prefixes).map(([prefix, ns]) => prefix + ": <" + ns + ">").sort() }, false);
  Yasqe.forkAutocompleter("property", { name: "hrcProperties", bulk: true, autoShow: true, get: terms.properties }, false);
  Yasqe.forkAutocompleter("class", { name: "hrcClasses", bulk: true, autoShow: true, get: terms.classes }, false);
  Yasqe.defaults.autocompleters = ["hrcPrefixes", "variables", "hrcProperties", "hrcClasses"];
  const yasgui = new Yasgui(host, {
    requestConfig: { endpoint: host.dataset.endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: host.dataset.endpoint }] },
    persistenceId: "hrc-kg-editor",
    yasr: { pluginOrder: ["table", "chart", "response"], defaultPlugin: "table" }
  });
  const tab = yasgui.getTab();
  if (host.dataset.query && (!tab.getQuery() || new URLSearchParams(location.search).has("query")
      || new URLSearchParams(location.search).has("name"))) {
    tab.setQuery(host.dataset.query);
  }
  document.querySelectorAll("button.example").forEach((button) => {
    button.addEventListener("click", () => {
      yasgui.getTab().setQuery(button.dataset.query);
      yasgui.getTab().query();
    });
  });
  // YASGUI's endpoint box, CodeMirror's input and the table's page-size choice have no label: give them one, in every tab, as they are drawn.
  const label = () => {
    host.querySelectorAll("input.autocomplete:not([aria-label])").forEach((i) => i.setAttribute("aria-label", host.dataset.endpointLabel));
    host.querySelectorAll(".CodeMirror textarea:not([aria-label])").forEach((t) => t.setAttribute("aria-label", host.dataset.queryLabel));
    host.querySelectorAll("select:not([aria-label])").forEach((s) => s.setAttribute("aria-label", host.dataset.rowsLabel));
    // The query's scrolled view is reachable by keyboard too (arrows scroll it once focused).
    host.querySelectorAll(".CodeMirror-scroll:not([tabindex=\"0\"])").forEach((s) => s.setAttribute("tabindex", "0"));
  };
  label();
  new MutationObserver(label).observe(host, { childList: true, subtree: true });
  // A tab list may hold only tabs: YASGUI's "+" button moves out of it, beside it (its empty holder stays, new tabs go before it).
  const tabs = host.querySelector(".tabsList");
  const add = tabs && tabs.querySelector("button.addTab");
  if (add) {
    tabs.after(add);
  }
  window.hrcEditor = yasgui;
  host.dataset.ready = "true";
})();
