// The citation network page: draws /analysis/network.json with Cytoscape.js, filters it by the body
// and session of the citing text and by citation function (the metrics table and the time view follow),
// sorts the metrics table, draws the citations per year as SVG, and downloads each figure as PNG or SVG.
(function () {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";
  const LABEL_PX = 12; // the labels' size on the screen, whatever the zoom
  const MAX_FIT_ZOOM = 1.5;
  const MANY = 120; // above this many documents shown, only the larger nodes are labelled until zoomed in
  const byId = (id) => document.getElementById(id);
  const container = byId("network");
  let cy = null;

  // What the filters keep: edges made by a citing text of the body and session range, of the function.
  function filters() {
    const number = (id) => parseInt(byId(id).value, 10);
    const from = byId("filter-from"), to = byId("filter-to");
    return {
      body: byId("filter-body").value,
      fn: byId("filter-function").value,
      from: isNaN(number("filter-from")) || from.value === from.defaultValue ? null : number("filter-from"),
      to: isNaN(number("filter-to")) || to.value === to.defaultValue ? null : number("filter-to")
    };
  }

  function keeps(edge, f) {
    const citing = edge.source();
    const session = citing.data("session");
    return (!f.body || (citing.data("issuer") || "") === f.body)
      && (f.from === null || (session != null && session >= f.from))
      && (f.to === null || (session != null && session <= f.to))
      && (!f.fn || (edge.data("functions")[f.fn] || 0) > 0);
  }

  // The citation instances an edge stands for, of the function chosen or all.
  function instances(edge, f) {
    return f.fn ? (edge.data("functions")[f.fn] || 0) : edge.data("citations");
  }

  function apply() {
    const f = filters();
    const all = !f.body && !f.fn && f.from === null && f.to === null;
    cy.batch(() => {
      cy.edges().forEach((e) => e.toggleClass("hidden", !keeps(e, f)));
      cy.nodes().forEach((n) => n.toggleClass("hidden", !all && n.connectedEdges().filter((e) => !e.hasClass("hidden")).length === 0));
    });
    const shown = cy.nodes().filter((n) => !n.hasClass("hidden"));
    const edges = cy.edges().filter((e) => !e.hasClass("hidden"));
    document.querySelectorAll("#metrics tbody tr").forEach((row) => {
      const node = cy.getElementById(row.dataset.id);
      row.hidden = node.empty() || node.hasClass("hidden");
    });
    const total = edges.reduce((sum, e) => sum + instances(e, f), 0);
    const status = byId("network-shown");
    status.textContent = status.dataset.template.replace("{0}", shown.length).replace("{1}", edges.length).replace("{2}", total);
    container.dataset.shown = String(shown.length);
    relabel();
    fit();
    drawTime(edges, f);
  }

  // Labels keep their size on the screen; with many documents, the small ones wait for a closer zoom.
  function relabel() {
    const zoom = cy.zoom();
    const many = cy.nodes().filter((n) => !n.hasClass("hidden")).length > MANY;
    cy.batch(() => cy.nodes().forEach((n) => {
      n.data("shown", !many || n.data("size") * zoom >= 18 ? n.data("short") : "");
      n.data("font", LABEL_PX / zoom);
    }));
  }

  function draw(elements) {
    // Long titles are cut on the drawing; the whole name and title show on hover.
    elements.nodes.forEach((n) => {
      const label = n.data.label || "";
      n.data.short = label.length > 28 ? label.substring(0, 27) + "…" : label;
      n.data.shown = n.data.short;
      n.data.font = LABEL_PX;
    });
    cy = cytoscape({
      container: container,
      elements: elements,
      wheelSensitivity: 0.2,
      minZoom: 0.05,
      maxZoom: 8,
      style: [
        { selector: "node", style: {
            "background-color": "data(colour)", "width": "data(size)", "height": "data(size)",
            "label": "data(shown)", "font-size": "data(font)", "color": "#1d2433",
            "text-valign": "bottom", "text-margin-y": 2, "text-background-color": "#ffffff",
            "text-background-opacity": 0.85, "text-background-padding": 1 } },
        { selector: "edge", style: {
            "width": "mapData(paragraphs, 1, 5, 1, 4)", "line-color": "#9aa4b2", "target-arrow-color": "#9aa4b2",
            "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.8 } },
        { selector: ".hidden", style: { "display": "none" } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#1d2433" } }
      ],
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 80 }
    });
    const tip = byId("network-tip");
    cy.on("tap", "node", (event) => { window.location.href = event.target.data("href"); });
    cy.on("mouseover", "node", (event) => {
      const n = event.target, p = n.renderedPosition();
      const title = n.data("title") && n.data("title") !== n.data("label") ? n.data("label") + " — " + n.data("title") : n.data("label");
      container.title = title;
      tip.textContent = title;
      tip.style.left = (p.x + 12) + "px";
      tip.style.top = (p.y + 12) + "px";
      tip.hidden = false;
    });
    cy.on("mouseout", "node", () => { tip.hidden = true; });
    cy.on("zoom", relabel);
    byId("zoom-in").addEventListener("click", () => zoomBy(1.25));
    byId("zoom-out").addEventListener("click", () => zoomBy(0.8));
    byId("zoom-fit").addEventListener("click", fit);
    const form = byId("network-filters");
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("reset", () => setTimeout(apply, 0));
    form.addEventListener("submit", (e) => { e.preventDefault(); apply(); });
    apply();
    // For scripts and tests that look at the drawing.
    window.hrcNetwork = cy;
    container.dataset.ready = "true";
  }

  // Fits what is shown in the frame, no closer than a few nodes need (they would fill it).
  function fit() {
    const shown = cy.nodes().filter((n) => !n.hasClass("hidden"));
    if (shown.length > 0) {
      cy.fit(shown, 30);
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center(shown);
      }
    }
  }

  function zoomBy(factor) {
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
  }

  // The time view: citation instances by year of the citing text, stacked by its body.
  function drawTime(edges, f) {
    const host = byId("time-chart");
    const counts = new Map(); // year -> body -> count
    const bodies = new Map(); // body -> colour
    edges.forEach((e) => {
      const citing = e.source(), year = citing.data("year");
      if (year == null) {
        return;
      }
      const body = citing.data("issuer") || "";
      bodies.set(body, citing.data("colour"));
      const row = counts.get(year) || new Map();
      row.set(body, (row.get(body) || 0) + instances(e, f));
      counts.set(year, row);
    });
    host.textContent = "";
    if (counts.size === 0) {
      const p = document.createElement("p");
      p.textContent = host.dataset.none;
      host.appendChild(p);
      return;
    }
    const years = Array.from(counts.keys()).sort((a, b) => a - b);
    const span = [];
    for (let y = years[0]; y <= years[years.length - 1]; y++) {
      span.push(y);
    }
    const totals = span.map((y) => Array.from((counts.get(y) || new Map()).values()).reduce((a, b) => a + b, 0));
    const ticks = niceTicks(Math.max(...totals, 1));
    const max = ticks[ticks.length - 1];
    const left = 48, top = 28, plotH = 200, bottom = 40, legendH = 22 * bodies.size;
    const step = Math.max(18, Math.min(56, 680 / span.length)), width = left + step * span.length + 20;
    const height = top + plotH + bottom + legendH;
    const svg = element("svg", { xmlns: SVG, width: width, height: height, viewBox: "0 0 " + width + " " + height,
      role: "img", "class": "hrc-chart", "font-family": "system-ui, sans-serif" });
    svg.appendChild(element("title", {}, byId("time-heading").textContent));
    svg.appendChild(element("rect", { x: 0, y: 0, width: width, height: height, fill: "#ffffff" }));
    ticks.forEach((t) => {
      const y = top + plotH - plotH * t / max;
      svg.appendChild(element("line", { x1: left, x2: width - 10, y1: y, y2: y, stroke: "#d9dee7" }));
      svg.appendChild(element("text", { x: left - 6, y: y + 4, "text-anchor": "end", "font-size": 12, fill: "#1d2433" }, String(t)));
    });
    const names = bodyNames(host);
    span.forEach((year, i) => {
      let y = top + plotH;
      const x = left + i * step + 2;
      Array.from(bodies.keys()).forEach((body) => {
        const n = (counts.get(year) || new Map()).get(body) || 0;
        if (n === 0) {
          return;
        }
        const h = plotH * n / max;
        y -= h;
        const bar = element("rect", { x: x, y: y, width: step - 4, height: h, fill: bodies.get(body), "data-year": year, "data-body": body });
        bar.appendChild(element("title", {}, year + " · " + (names[body] || body) + ": " + n + " " + host.dataset.citations));
        svg.appendChild(bar);
      });
      if (span.length <= 20 || i % Math.ceil(span.length / 20) === 0) {
        svg.appendChild(element("text", { x: x + (step - 4) / 2, y: top + plotH + 16, "text-anchor": "middle", "font-size": 12, fill: "#1d2433" }, String(year)));
      }
    });
    svg.appendChild(element("text", { x: left, y: top - 12, "font-size": 12, fill: "#5b6475" }, "↑ " + host.dataset.citations));
    svg.appendChild(element("text", { x: width - 10, y: top + plotH + 34, "text-anchor": "end", "font-size": 12, fill: "#5b6475" },
      host.dataset.year + " →"));
    Array.from(bodies.keys()).forEach((body, i) => {
      const y = top + plotH + bottom + i * 22;
      svg.appendChild(element("rect", { x: left, y: y + 4, width: 12, height: 12, fill: bodies.get(body) }));
      svg.appendChild(element("text", { x: left + 18, y: y + 15, "font-size": 12, fill: "#1d2433" }, names[body] || body));
    });
    host.appendChild(svg);
  }

  function bodyNames(host) {
    const names = { "": host.dataset.other };
    document.querySelectorAll("#filter-body option").forEach((o) => { if (o.value) { names[o.value] = o.textContent; } });
    return names;
  }

  // Round steps (1, 2, 5 times a power of ten) from 0 to the first at or above the largest value.
  function niceTicks(largest) {
    const raw = largest / 4, power = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
    const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
    const ticks = [0];
    while (ticks[ticks.length - 1] < largest) {
      ticks.push(ticks[ticks.length - 1] + step);
    }
    return ticks;
  }

  function element(name, attributes, text) {
    const el = document.createElementNS(SVG, name);
    Object.entries(attributes).forEach(([k, v]) => el.setAttribute(k, v));
    if (text !== undefined) {
      el.textContent = text;
    }
    return el;
  }

  // The network as SVG, written from the nodes' positions (what is shown, as it is laid out).
  function networkSvg() {
    const nodes = cy.nodes().filter((n) => !n.hasClass("hidden"));
    const edges = cy.edges().filter((e) => !e.hasClass("hidden"));
    const box = nodes.boundingBox({ includeLabels: true });
    const pad = 20, width = Math.ceil(box.w + 2 * pad), height = Math.ceil(box.h + 2 * pad);
    const svg = element("svg", { xmlns: SVG, width: width, height: height,
      viewBox: [Math.floor(box.x1 - pad), Math.floor(box.y1 - pad), width, height].join(" "), "font-family": "system-ui, sans-serif" });
    svg.appendChild(element("title", {}, container.getAttribute("aria-label")));
    const defs = element("defs", {});
    const marker = element("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" });
    marker.appendChild(element("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#9aa4b2" }));
    defs.appendChild(marker);
    svg.appendChild(defs);
    svg.appendChild(element("rect", { x: box.x1 - pad, y: box.y1 - pad, width: width, height: height, fill: "#ffffff" }));
    edges.forEach((e) => {
      const s = e.source().position(), t = e.target().position(), r = e.target().data("size") / 2;
      const d = Math.hypot(t.x - s.x, t.y - s.y) || 1;
      svg.appendChild(element("line", { x1: s.x, y1: s.y, x2: t.x - (t.x - s.x) * r / d, y2: t.y - (t.y - s.y) * r / d,
        stroke: "#9aa4b2", "stroke-width": Math.min(4, e.data("paragraphs")), "marker-end": "url(#arrow)" }));
    });
    nodes.forEach((n) => {
      const p = n.position();
      const dot = element("circle", { cx: p.x, cy: p.y, r: n.data("size") / 2, fill: n.data("colour") });
      dot.appendChild(element("title", {}, n.data("title") ? n.data("label") + " — " + n.data("title") : n.data("label")));
      svg.appendChild(dot);
      svg.appendChild(element("text", { x: p.x, y: p.y + n.data("size") / 2 + 12, "text-anchor": "middle", "font-size": 11, fill: "#1d2433" }, n.data("short")));
    });
    return svg;
  }

  function svgBlob(svg) {
    return new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg)], { type: "image/svg+xml" });
  }

  // An SVG drawn onto a canvas twice its size, as PNG.
  function pngOf(svg) {
    return new Promise((resolve, reject) => {
      const image = new Image();
      const url = URL.createObjectURL(svgBlob(svg));
      image.onload = () => {
        const canvas = document.createElement("canvas");
        canvas.width = image.width * 2;
        canvas.height = image.height * 2;
        const context = canvas.getContext("2d");
        context.scale(2, 2);
        context.drawImage(image, 0, 0);
        URL.revokeObjectURL(url);
        canvas.toBlob(resolve, "image/png");
      };
      image.onerror = reject;
      image.src = url;
    });
  }

  const figures = {
    network: {
      png: () => Promise.resolve(cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" })),
      svg: () => Promise.resolve(svgBlob(networkSvg()))
    },
    time: {
      png: () => pngOf(byId("time-chart").querySelector("svg")),
      svg: () => Promise.resolve(svgBlob(byId("time-chart").querySelector("svg")))
    }
  };

  function save(blob, name) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }

  document.querySelectorAll("button.download").forEach((button) => {
    button.addEventListener("click", () => {
      const figure = button.dataset.figure, format = button.dataset.format;
      if (cy && (figure !== "time" || byId("time-chart").querySelector("svg"))) {
        figures[figure][format]().then((blob) => save(blob, "hrc-kg-" + figure + "." + format));
      }
    });
  });
  window.hrcFigures = figures;

  // The metrics table sorts by any column, from a button in its heading: numbers largest first, text in order.
  document.querySelectorAll("#metrics th").forEach((th, column) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(button);
    button.addEventListener("click", () => {
      const body = document.querySelector("#metrics tbody");
      const rows = Array.from(body.rows);
      const value = (row) => row.cells[column].textContent.trim();
      const numeric = rows.every((row) => value(row) === "" || !isNaN(parseFloat(value(row))));
      const descending = th.getAttribute("aria-sort") !== "descending";
      rows.sort((a, b) => {
        const c = numeric ? parseFloat(value(a) || "0") - parseFloat(value(b) || "0") : value(a).localeCompare(value(b));
        return descending ? -c : c;
      });
      document.querySelectorAll("#metrics th").forEach((other) => other.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      rows.forEach((row) => body.appendChild(row));
    });
  });

  fetch("/analysis/network.json").then((response) => response.json()).then(draw);
})();
