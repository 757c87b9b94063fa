// The offline basemap: Natural Earth country shapes (world-atlas TopoJSON, restored from npm) drawn as
// a vector layer on a sea-coloured map, coarse (1:110m) when zoomed out and finer (1:50m) from
// DETAIL_ZOOM on. Nothing is fetched from outside the app unless configuration sets an online tile
// layer (Map:TileUrl), which is then offered beside the offline map in the layer control.

const L = window.L;

/** From this zoom on, the 1:50m shapes are drawn; below it the 1:110m ones are enough and lighter. */
const DETAIL_ZOOM = 4;

const LAND_STYLE = {
  color: '#9aa5b1',
  weight: 0.8,
  fillColor: '#f4f2ec',
  fillOpacity: 1,
  interactive: false,
};

export const ATTRIBUTION = [
  'Places: <a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a> (CC BY 4.0)',
  'Borders: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>',
].join(' · ');

export class Basemap {
  /**
   * @param {L.Map} map
   * @param {object} options
   * @param {string} options.coarseUrl  TopoJSON with a `countries` object, drawn at low zoom
   * @param {string} options.detailUrl  TopoJSON with a `countries` object, drawn from DETAIL_ZOOM
   * @param {string} [options.tilesUrl] an online tile URL template; empty for offline only
   */
  constructor(map, options) {
    this._map = map;
    this._options = options;
    // A pane under the overlays (z-index 400), so markers and popups always draw above the land.
    map.createPane('basemapPane').style.zIndex = '250';
    this._renderer = L.canvas({ padding: 0.5, pane: 'basemapPane' });
    this._layers = { coarse: null, detail: null };
    this._loading = {};
    map.attributionControl.addAttribution(ATTRIBUTION);
    /** The offline map: a group holding the shapes for the current zoom. The default base layer. */
    this.offline = L.layerGroup().addTo(map);
    /** The online tile layer when configured, else null. */
    this.online = options.tilesUrl
      ? L.tileLayer(options.tilesUrl, {
        maxZoom: 18,
        attribution: '&copy; <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors',
      })
      : null;
    map.on('zoomend', () => this._showForZoom());
  }

  /** The base layers for a layer control: the offline map, and the online tiles when configured. */
  get baseLayers() {
    const layers = { 'Offline map': this.offline };
    if (this.online) layers['Online map'] = this.online;
    return layers;
  }

  /** Loads and shows the shapes for the current zoom; resolves once they are drawn. */
  async ready() {
    await this._showForZoom();
  }

  async _showForZoom() {
    const wanted = this._map.getZoom() >= DETAIL_ZOOM ? 'detail' : 'coarse';
    const layer = await this._layer(wanted);
    if (!layer) return;
    // The zoom may have changed while loading: only the layer still wanted stays.
    const now = this._map.getZoom() >= DETAIL_ZOOM ? 'detail' : 'coarse';
    for (const [key, other] of Object.entries(this._layers)) {
      if (!other) continue;
      if (key === now) this.offline.addLayer(other);
      else this.offline.removeLayer(other);
    }
  }

  _layer(key) {
    if (this._layers[key]) return Promise.resolve(this._layers[key]);
    this._loading[key] ??= this._fetch(key === 'detail' ? this._options.detailUrl : this._options.coarseUrl)
      .then((geojson) => {
        this._layers[key] = L.geoJSON(geojson, { style: LAND_STYLE, renderer: this._renderer });
        return this._layers[key];
      })
      .catch((error) => {
        console.warn('Basemap shapes could not be loaded:', error);
        delete this._loading[key];
        return null;
      });
    return this._loading[key];
  }

  async _fetch(url) {
    const response = await fetch(new URL(url, document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    const topology = await response.json();
    return unwrapAntimeridian(window.topojson.feature(topology, topology.objects.countries));
  }
}

/**
 * Natural Earth cuts Russia, Fiji and Antarctica at ±180°; drawn as they are, a ring that jumps from
 * 180° to -180° paints a line across the whole map (seen at 70° N over Chukotka). Shifting every point
 * after such a jump by 360° keeps each ring continuous, so Leaflet draws it just past the edge instead.
 */
function unwrapAntimeridian(collection) {
  for (const feature of collection.features) {
    const geometry = feature.geometry;
    if (!geometry) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    for (const polygon of polygons) {
      for (const ring of polygon) unwrapRing(ring);
    }
  }
  return collection;
}

function unwrapRing(ring) {
  let shift = 0;
  for (let i = 1; i < ring.length; i++) {
    const jump = ring[i][0] + shift - ring[i - 1][0];
    if (jump > 180) shift -= 360;
    else if (jump < -180) shift += 360;
    if (shift !== 0) ring[i] = [ring[i][0] + shift, ring[i][1]];
  }
}
