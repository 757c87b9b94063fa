// The heat map overlay (leaflet.heat): one point per shown event, so density reads where markers pile
// up. Offered in the layer control; its points are recomputed only while it is on the map.

const L = window.L;

export class HeatLayer {
  /**
   * @param {L.Map} map
   * @param {object} [options]
   * @param {number} [options.radius]  pixels around each event
   */
  constructor(map, options = {}) {
    this._map = map;
    this._events = [];
    this._stale = true;
    this.layer = L.heatLayer([], { radius: options.radius ?? 18, blur: 15, maxZoom: 9, minOpacity: 0.3 });
    this.layer.on('add', () => this._draw());
  }

  /** Whether the overlay is shown. */
  get visible() {
    return this._map.hasLayer(this.layer);
  }

  /** The events to draw; cheap while hidden. */
  setEvents(events) {
    this._events = events;
    this._stale = true;
    if (this.visible) this._draw();
  }

  _draw() {
    if (!this._stale) return;
    this._stale = false;
    this.layer.setLatLngs(this._events.map((e) => [e.lat, e.lon, 1]));
  }
}
