// The citation network page: draws /analysis/network.json with Cytoscape.js.
(function () {
  "use strict";
  fetch("/analysis/network.json")
    .then((response) => response.json())
    .then((elements) => {
      // Long titles are cut on the drawing; the whole label is the node's tooltip.
      elements.nodes.forEach((n) => {
        const label = n.data.label || "";
        n.data.short = label.length > 28 ? label.substring(0, 27) + "…" : label;
      });
      const cy = cytoscape({
        container: document.getElementById("network"),
        elements: elements,
        wheelSensitivity: 0.2,
        style: [
          { selector: "node", style: {
              "background-color": "data(colour)", "width": "data(size)", "height": "data(size)",
              "label": "data(short)", "font-size": 13, "min-zoomed-font-size": 8, "color": "#1d2433",
              "text-valign": "bottom", "text-margin-y": 3, "text-background-color": "#ffffff",
              "text-background-opacity": 0.8, "text-background-padding": 1 } },
          { selector: "edge", style: {
              "width": "mapData(paragraphs, 1, 5, 1, 4)", "line-color": "#b8c0cc", "target-arrow-color": "#b8c0cc",
              "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.8 } },
          { selector: "node:selected", style: { "border-width": 3, "border-color": "#1d2433" } }
        ],
        layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 80 }
      });
      cy.on("tap", "node", (event) => { window.location.href = event.target.data("href"); });
      cy.on("mouseover", "node", (event) => { document.getElementById("network").title = event.target.data("label"); });
      // For scripts and tests that look at the drawing.
      window.hrcNetwork = cy;
      document.getElementById("network").dataset.ready = "true";
    });
  // The metrics table sorts by any column: numbers largest first, text in order.
  document.querySelectorAll("#metrics th").forEach((th, column) => {
    th.tabIndex = 0;
    th.setAttribute("role", "button");
    const sort = () => {
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
    };
    th.addEventListener("click", sort);
    th.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
  });
})();
