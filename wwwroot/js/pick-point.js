// The correction page's small map: shows the mention's current point and candidates; a click sets the
// latitude/longitude fields (and selects "a point I give"). The page works without it: the fields can
// be typed. Reuses the offline basemap.

import { Basemap } from './basemap.js';
import { CityLabels } from './city-labels.js';

const L = window.L;

class PointPicker {
  /** @param {HTMLElement} element  the map's container, with data-lat/data-lon of the current point */
  constructor(element) {
    this._form = element.closest('form');
    this._lat = this._form.querySelector('[name="Form.Latitude"]');
    this._lon = this._form.querySelector('[name="Form.Longitude"]');
    this._choice = this._form.querySelector('input[name="Form.Choice"][value="point"]');
    const lat = parseFloat(element.dataset.lat ?? '20');
    const lon = parseFloat(element.dataset.lon ?? '0');
    this._map = L.map(element, { worldCopyJump: true }).setView([lat, lon], element.dataset.lat ? 6 : 2);
    this._map.attributionControl.setPrefix(false);
    new Basemap(this._map, {
      coarseUrl: 'lib/world-atlas/countries-110m.json',
      detailUrl: 'lib/world-atlas/countries-50m.json',
    }).ready();
    new CityLabels(this._map, { url: 'api/labels' });
    for (const c of element.parentElement.querySelectorAll('[data-candidate-lat]')) {
      L.circleMarker([+c.dataset.candidateLat, +c.dataset.candidateLon], { radius: 5, color: '#555', weight: 1 })
        .bindTooltip(textElement(c.dataset.candidateName ?? '')).addTo(this._map);
    }
    if (element.dataset.lat) {
      L.circleMarker([lat, lon], { radius: 7, color: '#b3261e', weight: 2 }).bindTooltip('current').addTo(this._map);
    }
    this._marker = null;
    this._map.on('click', (e) => this._pick(e.latlng.wrap()));
  }

  _pick(latlng) {
    this._lat.value = latlng.lat.toFixed(5);
    this._lon.value = latlng.lng.toFixed(5);
    if (this._choice) this._choice.checked = true;
    if (this._marker) this._marker.setLatLng(latlng);
    else this._marker = L.marker(latlng).addTo(this._map);
  }
}

for (const element of document.querySelectorAll('[data-role=pick-map]')) {
  new PointPicker(element);
}

// Leaflet puts a string tooltip in as HTML: a gazetteer name ("<img onerror=...>" in a user's import) must go in as text.
function textElement(text) {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}
