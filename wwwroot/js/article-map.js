// The article page's small map (ArticleMap.razor): the article's resolved places on the offline
// basemap, one dot per place with its name; choosing a dot opens the place on the main map.

import { Basemap } from './basemap.js';

const L = window.L;

/** A single place is shown at this zoom; several are fitted, never closer than it. */
const PLACE_ZOOM = 6;

class ArticleMap {
  /** @param {HTMLElement} element  the [data-article-map] element */
  constructor(element) {
    const places = JSON.parse(element.dataset.places || '[]');
    this._map = L.map(element, { minZoom: 1, maxZoom: 10, zoomSnap: 0.5, scrollWheelZoom: false });
    this._map.attributionControl.setPrefix(false);
    this._basemap = new Basemap(this._map, {
      coarseUrl: 'lib/world-atlas/countries-110m.json',
      detailUrl: 'lib/world-atlas/countries-50m.json',
    });
    const points = places.map((p) => this._marker(p));
    if (points.length === 1) this._map.setView(points[0].getLatLng(), PLACE_ZOOM);
    else this._map.fitBounds(L.latLngBounds(points.map((m) => m.getLatLng())).pad(0.3), { maxZoom: PLACE_ZOOM });
    this._basemap.ready().then(() => { element.dataset.state = 'ready'; });
  }

  _marker(place) {
    const country = place.level === 'country';
    const marker = L.circleMarker([place.lat, place.lon], {
      radius: country ? 9 : 6 + Math.min(4, place.count - 1),
      color: country ? '#1864ab' : '#fff',
      weight: 2,
      fillColor: country ? '#1864ab' : '#c2410c',
      fillOpacity: country ? 0.1 : 1,
      dashArray: place.level === 'admin1' || place.level === 'admin2' ? '3 3' : null,
    }).addTo(this._map);
    const label = document.createElement('span');
    label.textContent = place.name;
    marker.bindTooltip(label, { permanent: true, direction: 'right', offset: L.point(8, 0), className: 'place-label article-place-label' });
    // The server wrote the link (MapLinks.ToPlace): the place on the map the article was opened from, its filters kept.
    marker.on('click', () => { location.href = place.href; });
    return marker;
  }
}

for (const element of document.querySelectorAll('[data-article-map]')) new ArticleMap(element);
