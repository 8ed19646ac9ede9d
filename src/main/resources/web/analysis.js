// The citation network page: draws /analysis/network.json with Cytoscape.js.
(function () {
  "use strict";
  fetch("/analysis/network.json")
    .then((response) => response.json())
    .then((elements) => {
      const cy = cytoscape({
        container: document.getElementById("network"),
        elements: elements,
        wheelSensitivity: 0.2,
        style: [
          { selector: "node", style: {
              "background-color": "data(colour)", "width": "data(size)", "height": "data(size)",
              "label": "data(label)", "font-size": 9, "color": "#1d2433", "text-valign": "bottom", "text-margin-y": 2 } },
          { selector: "edge", style: {
              "width": "mapData(paragraphs, 1, 5, 1, 4)", "line-color": "#b8c0cc", "target-arrow-color": "#b8c0cc",
              "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.8 } },
          { selector: "node:selected", style: { "border-width": 3, "border-color": "#1d2433" } }
        ],
        layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 80 }
      });
      cy.on("tap", "node", (event) => { window.location.href = event.target.data("href"); });
      // For scripts and tests that look at the drawing.
      window.hrcNetwork = cy;
      document.getElementById("network").dataset.ready = "true";
    });
})();
