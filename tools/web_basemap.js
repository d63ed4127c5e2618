// world-atlas countries-110m (Natural Earth) -> GeoJSON for the web app's offline basemap.
// Antarctica is dropped; rings of countries crossing the antimeridian are shifted east so that
// Leaflet draws them without a line across the world.
const tc = require('topojson-client'); const fs = require('fs');
const topo = JSON.parse(fs.readFileSync('node_modules/world-atlas/countries-110m.json'));
const fc = tc.feature(topo, topo.objects.countries);
const r = x => Array.isArray(x) ? x.map(r) : Math.round(x*100)/100;
const east = x => Array.isArray(x[0]) ? x.map(east) : [x[0] < 0 ? x[0] + 360 : x[0], x[1]];
fc.features = fc.features.filter(f => f.properties.name !== 'Antarctica');
for (const f of fc.features) {
  if (['Russia', 'Fiji'].includes(f.properties.name)) f.geometry.coordinates = east(f.geometry.coordinates);
  f.geometry.coordinates = r(f.geometry.coordinates); f.properties = {name: f.properties.name}; delete f.id;
}
fs.writeFileSync('world-110m.geojson', JSON.stringify(fc));
