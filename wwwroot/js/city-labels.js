// City labels on the offline basemap, from our own gazetteer (GET /api/labels): capitals and cities above a
// population floor that falls as the map zooms in. Drawn as plain text in a pane above the land and under the
// report markers; a label that would touch a report marker, its label, or a bigger city's label is left out.

const L = window.L;

/** The view settles this long before labels are asked for. */
const FETCH_DELAY_MS = 120;

/** Approximate text metrics (px) of .city-label at its font size, for the collision test. */
const CHAR_PX = { city: 6.2, capital: 6.9 };
const HEIGHT_PX = 15;
const DOT_PX = 8;

export class CityLabels {
  /**
   * @param {L.Map} map
   * @param {object} options
   * @param {string} options.url  the labels endpoint
   * @param {() => DOMRect[]} [options.reserved]  screen boxes to keep clear (report markers and their labels)
   */
  constructor(map, options) {
    this._map = map;
    this._url = options.url;
    this._reserved = options.reserved ?? (() => []);
    this._labels = [];
    this._timer = null;
    this._abort = null;
    map.createPane('cityLabelPane');
    // Above the basemap (250) and its overlays (400), under markers (600), tooltips (650) and popups (700).
    map.getPane('cityLabelPane').style.zIndex = '450';
    map.getPane('cityLabelPane').style.pointerEvents = 'none';
    this.layer = L.layerGroup().addTo(map);
    map.on('moveend', () => this._schedule());
    this._schedule();
  }

  _schedule() {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._load(), FETCH_DELAY_MS);
  }

  async _load() {
    this._abort?.abort();
    this._abort = new AbortController();
    const b = this._map.getBounds();
    const zoom = Math.round(this._map.getZoom());
    const bbox = [b.getWest(), Math.max(-90, b.getSouth()), b.getEast(), Math.min(90, b.getNorth())]
      .map((v) => v.toFixed(3)).join(',');
    try {
      const response = await fetch(`${this._url}?bbox=${bbox}&zoom=${zoom}`, { signal: this._abort.signal });
      if (!response.ok) return;
      this._labels = await response.json();
    } catch (error) {
      if (error.name !== 'AbortError') console.warn('City labels could not be loaded.', error);
      return;
    }
    this.relayout();
  }

  /**
   * Places the loaded labels again, avoiding what is reserved now (call after the markers change). The labels that
   * fit by their approximate size are drawn first, then all their boxes read at once and the ones that touch what
   * is reserved or a label kept before them are taken out: drawing and reading one label at a time forced a layout
   * of the page per label.
   */
  relayout() {
    const container = this._map.getContainer().getBoundingClientRect();
    const reserved = this._reserved();
    const local = (r) => ({ left: r.left - container.left, right: r.right - container.left, top: r.top - container.top, bottom: r.bottom - container.top });
    const taken = reserved.map((r) => ({
      left: r.left - container.left - 2, right: r.right - container.left + 2,
      top: r.top - container.top - 2, bottom: r.bottom - container.top + 2,
    }));
    const size = this._map.getSize();
    this.layer.clearLayers();
    const world = this._map.getCenter().lng;
    const drawn = [];
    for (const label of this._labels) {
      // The copy of the place nearest the view's centre, where the map wraps.
      const lon = label.lon + 360 * Math.round((world - label.lon) / 360);
      const p = this._map.latLngToContainerPoint([label.lat, lon]);
      const width = DOT_PX + label.name.length * (label.capital ? CHAR_PX.capital : CHAR_PX.city);
      const box = { left: p.x - DOT_PX / 2, right: p.x + width, top: p.y - HEIGHT_PX / 2, bottom: p.y + HEIGHT_PX / 2 };
      // Whole labels only: one cut by the map's edge reads as another name.
      if (box.left < 0 || box.right > size.x || box.top < 0 || box.bottom > size.y) continue;
      if (taken.some((t) => touches(box, t))) continue;
      const layer = marker(label, lon);
      this.layer.addLayer(layer);
      drawn.push({ layer, box });
      taken.push(box);
    }
    // The boxes above are from approximate text metrics: the drawn labels are checked too ("Adana" ran 2 px into
    // the "Aleppo Governorate" area label beside it).
    for (const d of drawn) d.r = d.layer.getElement()?.firstElementChild?.getBoundingClientRect();
    const kept = [];
    for (const { layer, box, r } of drawn) {
      const real = r ? local(r) : box;
      if ((r && reserved.some((t) => touches(r, t))) || kept.some((k) => touches(real, k))) {
        this.layer.removeLayer(layer);
        continue;
      }
      kept.push(real);
    }
    this._map.getContainer().dataset.cityLabels = String(this.layer.getLayers().length);
  }
}

function touches(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function marker(label, lon) {
  const element = document.createElement('span');
  element.className = 'city-label-inner';
  const dot = document.createElement('span');
  dot.className = 'city-dot';
  const name = document.createElement('span');
  name.className = 'city-name';
  name.textContent = label.name;
  element.append(dot, name);
  return L.marker([label.lat, lon], {
    pane: 'cityLabelPane',
    interactive: false,
    keyboard: false,
    icon: L.divIcon({
      html: element,
      className: `city-label${label.capital ? ' city-label-capital' : ''}`,
      iconSize: null,
      iconAnchor: [DOT_PX / 2, HEIGHT_PX / 2],
    }),
  });
}
