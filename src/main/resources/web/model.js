// The data model of /ontology: the main classes and the properties between them, drawn with Cytoscape.js.
(function () {
  "use strict";
  const container = document.getElementById("model-diagram");
  fetch("/ontology/model.json")
    .then((response) => response.json())
    .then((elements) => {
      const cy = cytoscape({
        container: container,
        elements: elements,
        wheelSensitivity: 0.2,
        style: [
          { selector: "node", style: {
              "shape": "round-rectangle", "background-color": "#e8f1fb", "border-color": "#0b5cad", "border-width": 1,
              "label": "data(label)", "font-size": 13, "color": "#1d2433", "text-valign": "center", "text-halign": "center",
              "width": "label", "height": 28, "padding": "8px" } },
          { selector: "edge", style: {
              "width": 1.5, "line-color": "#8a93a3", "target-arrow-color": "#8a93a3", "target-arrow-shape": "triangle",
              "curve-style": "bezier", "label": "data(label)", "font-size": 11, "color": "#5b6475",
              "text-background-color": "#fbfcfe", "text-background-opacity": 1 } },
          { selector: "edge[kind = 'subclass']", style: { "line-style": "dashed", "target-arrow-shape": "triangle-backcurve" } }
        ],
        layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 20000, idealEdgeLength: 120 }
      });
      cy.on("tap", "node", (event) => { window.location.hash = event.target.id(); });
      window.hrcModel = cy;
      container.dataset.ready = "true";
    });
})();
