// The article page's small map (ArticleMap.razor): the article's resolved places on the offline
// basemap, one dot per place with its name; choosing a dot opens the place on the main map.

import { Basemap } from './basemap.js';

const L = window.L;

/** A single place is shown at this zoom; several are fitted, never closer than it. */
const PLACE_ZOOM = 6;

/** Levels drawn as areas (ArticleMap.razor writes the level); the map fits the places finer than these. */
const AREA_LEVELS = new Set(['country', 'admin1']);

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
    // Fitted to the article's towns and sites; its countries and provinces count only when it names nothing finer:
    // an article naming Aleppo, "Russia" and "the United States" showed the whole world, its labels piled up.
    const points = places.filter((p) => !AREA_LEVELS.has(p.level));
    const fitted = (points.length > 0 ? points : places).map((p) => L.latLng(p.lat, p.lon));
    if (fitted.length === 1) this._map.setView(fitted[0], PLACE_ZOOM);
    else this._map.fitBounds(L.latLngBounds(fitted).pad(0.3), { maxZoom: PLACE_ZOOM });
    // Drawn once the map has its view: before it, Leaflet defers the layers and they have no element yet.
    this._markers = places.map((p) => this._marker(p));
    this._map.on('zoomend', () => this._declutter());
    this._declutter();
    this._basemap.ready().then(() => { element.dataset.state = 'ready'; });
  }

  /** A label that would cover another label or a marker is hidden (its marker's title names it), the first kept. */
  _declutter() {
    const hit = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const dots = this._markers.map((m) => m.getElement()?.getBoundingClientRect()).filter(Boolean);
    const kept = [];
    for (const marker of this._markers) {
      const label = marker.getTooltip()?.getElement();
      if (!label) continue;
      label.classList.remove('is-crowded');
      const r = label.getBoundingClientRect();
      const own = marker.getElement()?.getBoundingClientRect();
      if (kept.some((k) => hit(k, r)) || dots.some((d) => d !== own && hit(d, r))) label.classList.add('is-crowded');
      else kept.push(r);
    }
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
    marker.getElement()?.setAttribute('data-place-id', String(place.id));
    const label = document.createElement('span');
    label.textContent = place.name;
    marker.bindTooltip(label, { permanent: true, direction: 'right', offset: L.point(8, 0), className: 'place-label article-place-label' });
    // The server wrote the link (MapLinks.ToPlace): the place on the map the article was opened from, its filters kept.
    marker.on('click', () => { location.href = place.href; });
    return marker;
  }
}

for (const element of document.querySelectorAll('[data-article-map]')) new ArticleMap(element);
