// The map page: the bundled world outlines (or the user's tile server), and the event places of
// the current filter grouped on a pixel grid that follows the zoom. Untrusted text (place names)
// only ever reaches the page through textContent, never as HTML.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L) { return; }
  var map = L.map(el, {worldCopyJump: true, minZoom: 1, maxZoom: 12}).setView([20, 10], 2);
  var tiles = el.getAttribute("data-tiles");
  if (tiles) {
    L.tileLayer(tiles, {maxZoom: 18, attribution: "tiles: your server"}).addTo(map);
  } else {
    fetch(el.getAttribute("data-basemap")).then(function (r) { return r.json(); }).then(function (geo) {
      L.geoJSON(geo, {interactive: false, style: {color: "#8a8f98", weight: 0.6, fillColor: "#eef0f2", fillOpacity: 1}})
        .addTo(map).bringToBack();
    });
  }
  var layer = L.layerGroup().addTo(map);
  var points = [];
  var eventsUrl = el.getAttribute("data-events");

  function link(text, href) {
    var a = document.createElement("a");
    a.textContent = text;
    a.href = href;
    return a;
  }

  function popup(group) {
    var box = document.createElement("div");
    var head = document.createElement("strong");
    head.textContent = group.events + " events";
    box.appendChild(head);
    var list = document.createElement("ul");
    group.places.slice(0, 12).forEach(function (p) {
      var li = document.createElement("li");
      var sep = eventsUrl.indexOf("?") >= 0 && eventsUrl.slice(-1) !== "?" ? "&" : "";
      li.appendChild(link(p.place + (p.country ? " (" + p.country + ")" : ""),
        eventsUrl + sep + "place=" + encodeURIComponent(p.place)));
      li.appendChild(document.createTextNode(" " + p.events));
      list.appendChild(li);
    });
    box.appendChild(list);
    if (group.places.length > 12) {
      box.appendChild(document.createTextNode("and " + (group.places.length - 12) + " more places"));
    }
    return box;
  }

  function draw() {
    layer.clearLayers();
    var cells = {};
    points.forEach(function (p) {
      var px = map.project([p.lat, p.lon], map.getZoom());
      var key = Math.floor(px.x / 48) + ":" + Math.floor(px.y / 48);
      var c = cells[key] || (cells[key] = {events: 0, lat: 0, lon: 0, places: []});
      c.lat += p.lat * p.events; c.lon += p.lon * p.events;
      c.events += p.events; c.places.push(p);
    });
    Object.keys(cells).forEach(function (k) {
      var c = cells[k];
      var marker = L.circleMarker([c.lat / c.events, c.lon / c.events], {
        radius: 5 + Math.min(22, 3 * Math.sqrt(c.events)), color: "#7a1f14", weight: 1,
        fillColor: "#c0392b", fillOpacity: 0.6, className: "cluster"
      });
      marker.bindPopup(popup(c));
      marker.bindTooltip(String(c.events));
      layer.addLayer(marker);
    });
    el.setAttribute("data-clusters", String(Object.keys(cells).length));
  }

  fetch(el.getAttribute("data-points")).then(function (r) { return r.json(); }).then(function (body) {
    points = body.places || [];
    draw();
    map.on("zoomend", draw);
    el.setAttribute("data-ready", "1");
  });
}());
