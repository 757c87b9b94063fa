// The map page's entry point: finds the server-rendered dashboard (MapView.razor), creates the map
// once and wires the parts: basemap and layer control, clustered place markers, heat overlay, filters
// panel, event list, date slider with its histogram and player, and the permalink. Every change
// re-filters the loaded events and each part updates only what changed.

import { Basemap } from './basemap.js';
import { CityLabels } from './city-labels.js';
import { EventList } from './event-list.js';
import { EventStore } from './event-store.js';
import { ExportLinks, queryOf } from './export-links.js';
import { Filters } from './filters.js';
import { HeatLayer } from './heat-layer.js';
import { Histogram } from './histogram.js';
import { Permalink, readState } from './permalink.js';
import { PlaceMarkers } from './place-markers.js';
import { Player } from './player.js';
import { RangeSlider } from './range-slider.js';

const L = window.L;

/** The view before events are known: the Middle East, where the seed corpus reports. */
const DEFAULT_VIEW = { center: [33, 38], zoom: 5 };

/** Fitting the markers never zooms in closer than this, so one place does not fill the screen. */
const FIT_MAX_ZOOM = 7;

/** Source counts wait this long after the last change (a slider drag asks once). */
const SOURCE_COUNT_DELAY_MS = 200;

/** Below this width the side panel is a drawer and the layer control starts folded. */
const NARROW_PX = 768;

class Dashboard {
  /** @param {HTMLElement} root  the [data-dashboard] element */
  constructor(root) {
    this._root = root;
    this._loaded = false;
    const data = root.dataset;
    this._requested = parseView(data);
    this._map = L.map(root.querySelector('[data-role=map]'), {
      minZoom: 2, maxZoom: data.tilesUrl ? 18 : 12, worldCopyJump: true, zoomSnap: 0.5,
    });
    if (this._requested) this._map.setView([this._requested.lat, this._requested.lon], this._requested.zoom);
    else this._map.setView(DEFAULT_VIEW.center, DEFAULT_VIEW.zoom);
    this._map.attributionControl.setPrefix(false);

    this._basemap = new Basemap(this._map, {
      coarseUrl: 'lib/world-atlas/countries-110m.json',
      detailUrl: 'lib/world-atlas/countries-50m.json',
      tilesUrl: data.tilesUrl,
    });
    this._store = new EventStore({ url: data.eventsUrl });
    this._markers = new PlaceMarkers(this._map, { popupUrl: data.popupUrl, filter: () => this._filter() });
    this._heat = new HeatLayer(this._map);
    // Only on the offline basemap: an online tile layer names its own places.
    this._cityLabels = data.tilesUrl ? null : new CityLabels(this._map, {
      url: data.labelsUrl,
      // Report markers, their labels, the map's controls and the legend stay clear of city labels.
      reserved: () => [...root.querySelectorAll(
        '.leaflet-marker-pane .leaflet-marker-icon, .leaflet-tooltip-pane .leaflet-tooltip, .leaflet-control, .map-legend')]
        .map((e) => e.getBoundingClientRect()),
    });
    this._markers.layer.on('animationend', () => this._cityLabels?.relayout());
    this._overlays = { 'Report markers': this._markers.layer, 'Heat map': this._heat.layer };
    L.control.layers(this._basemap.baseLayers, this._overlays, {
      position: 'topleft', collapsed: window.innerWidth < NARROW_PX,
    }).addTo(this._map);
    this._map.on('overlayadd overlayremove', () => this._writeAddress());

    this._status = root.querySelector('[data-role=map-status]');
    this._count = document.querySelector('[data-role=event-count]');
    this._undated = root.querySelector('[data-role=undated-toggle]');
    this._undated?.addEventListener('change', () => this._apply());
    this._filters = new Filters(root.querySelector('[data-role=filters]'), {
      onChange: (kind) => (kind === 'server' ? this._reload() : this._apply()),
    });
    this._list = new EventList(root.querySelector('[data-role=event-list]'), {
      onHover: (placeId) => this._markers.highlight(placeId),
      onChoose: (event) => {
        this._togglePanel(false);
        this._markers.open(event.placeId);
      },
    });
    const sliderElement = root.querySelector('[data-role=date-range]');
    this._slider = sliderElement ? new RangeSlider(sliderElement, { onChange: () => this._onSliderMove() }) : null;
    const histogram = root.querySelector('[data-role=histogram]');
    this._histogram = histogram && this._slider ? new Histogram(histogram, {
      ...this._slider.bounds, onSelect: (from, to) => this._slider.setRange(from, to),
    }) : null;
    const player = root.querySelector('[data-role=player]');
    if (player && this._slider) new Player(player, { slider: this._slider });
    this._permalink = new Permalink();
    const exportLinks = root.querySelector('[data-role=export-links]');
    this._export = exportLinks ? new ExportLinks(exportLinks) : null;
    this._panelToggle = root.querySelector('[data-role=panel-toggle]');
    this._panel = root.querySelector('[data-role=side-panel]');
    this._panelToggle?.addEventListener('click', () => this._togglePanel());
    // On a phone the legend starts folded, so the map stays visible.
    const legend = root.querySelector('.legend-details');
    if (window.innerWidth < NARROW_PX) legend?.removeAttribute('open');
    // An open popup must not hide under the legend: fold it meanwhile, and unfold it after if it was open.
    let legendWasOpen = false;
    this._map.on('popupopen', () => {
      legendWasOpen = legend?.open ?? false;
      legend?.removeAttribute('open');
    });
    this._map.on('popupclose', () => {
      if (legendWasOpen) legend?.setAttribute('open', '');
    });
  }

  async start() {
    this._restore(readState(location.search));
    this._setStatus('Loading events…');
    const basemap = this._basemap.ready();
    try {
      await this._store.load(this._filters.value);
    } catch (error) {
      this._setStatus(error.message);
      this._root.dataset.state = 'error';
      return;
    }
    this._loaded = true;
    this._apply();
    performance.mark('md:first-render-end');
    performance.measure('md:first-render', { start: 0, end: 'md:first-render-end' });
    this._setStatus(this._store.all.length === 0 ? 'No events yet: import articles to see them here.' : '');
    if (this._requested?.placeId != null) {
      this._markers.open(this._requested.placeId);
    } else if (!this._requested) {
      const bounds = this._markers.bounds();
      // Not animated: the first view appears at once, and markers are unclustered by the time it reports ready.
      if (bounds) this._map.fitBounds(bounds.pad(0.15), { maxZoom: FIT_MAX_ZOOM, animate: false });
    }
    this._map.on('moveend', () => {
      this._list.update(this._shown, this._map.getBounds());
      this._writeAddress();
    });
    await basemap;
    this._root.dataset.state = 'ready';
  }

  /** The current filter: day numbers (inclusive), undated, and the filters panel's value. */
  _filter() {
    const range = this._slider?.value ?? { from: null, to: null };
    return { from: range.from, to: range.to, undated: this._undated?.checked ?? true, ...this._filters.value };
  }

  _onSliderMove() {
    performance.mark('md:slider-start');
    this._apply();
    performance.measure('md:slider-redraw', 'md:slider-start');
  }

  _apply() {
    if (!this._loaded) return;
    const filter = this._filter();
    const shown = this._store.filter(filter);
    this._shown = shown;
    const groups = EventStore.groupByPlace(shown);
    this._markers.update(groups);
    this._markers.refreshOpenPopup();
    this._heat.setEvents(shown);
    if (this._histogram) this._histogram.update(this._store.filter(filter, 'dates'), this._slider.value);
    this._filters.setCounts(this._store.facetCounts(filter));
    this._list.update(shown, this._map.getBounds());
    this._export?.update(filter, this._slider?.bounds ?? null);
    this._cityLabels?.relayout();
    this._countSources(filter);
    this._root.dataset.shownEvents = String(shown.length);
    this._root.dataset.shownPlaces = String(groups.size);
    if (this._count) {
      const events = shown.length === 1 ? '1 event' : `${shown.length.toLocaleString('en')} events`;
      const places = groups.size === 1 ? '1 place' : `${groups.size.toLocaleString('en')} places`;
      this._count.textContent = `${events} shown · ${places}`;
    }
    this._writeAddress();
  }

  /**
   * The sources are filtered on the server, so the browser cannot count the unticked ones: ask /api/facets
   * with every other part of the filter (debounced; only when the panel has a source filter).
   */
  _countSources(filter) {
    if (!this._root.querySelector('[data-facet=source]')) return;
    clearTimeout(this._sourceTimer);
    this._sourceTimer = setTimeout(async () => {
      this._sourceAbort?.abort();
      this._sourceAbort = new AbortController();
      const query = queryOf({ ...filter, sources: null }, this._slider?.bounds ?? null);
      try {
        const response = await fetch(`api/facets?${query}`, { signal: this._sourceAbort.signal });
        if (!response.ok) return;
        const facets = await response.json();
        this._filters.setCounts({ sources: new Map((facets.sources ?? []).map((c) => [c.value, c.count])) });
      } catch (error) {
        if (error.name !== 'AbortError') console.warn('Source counts could not be loaded.', error);
      }
    }, SOURCE_COUNT_DELAY_MS);
  }

  /** The text search or the sources changed: the server answers, then the browser filters as before. */
  async _reload() {
    this._abort?.abort();
    this._abort = new AbortController();
    this._root.dataset.state = 'loading';
    try {
      await this._store.load(this._filters.value, this._abort.signal);
    } catch (error) {
      if (error.name === 'AbortError') return;
      this._setStatus(error.message);
      return;
    }
    const undatedCount = this._root.querySelector('[data-role=undated-count]');
    if (undatedCount) undatedCount.textContent = String(this._store.undatedCount);
    this._apply();
    this._root.dataset.state = 'ready';
  }

  _restore(state) {
    this._filters.restore(state);
    if (state.undated !== undefined && this._undated) this._undated.checked = state.undated;
    if (this._slider && (state.from !== undefined || state.to !== undefined)) {
      const { min, max } = this._slider.bounds;
      this._slider.setRange(state.from ?? min, state.to ?? max);
    }
    if (state.layers) {
      for (const [name, layer] of Object.entries(this._overlays)) {
        const wanted = state.layers.includes(name === 'Heat map' ? 'heat' : 'markers');
        if (wanted && !this._map.hasLayer(layer)) layer.addTo(this._map);
        if (!wanted && this._map.hasLayer(layer)) layer.remove();
      }
    }
  }

  _writeAddress() {
    if (!this._loaded) return;
    const layers = [];
    if (this._map.hasLayer(this._markers.layer)) layers.push('markers');
    if (this._heat.visible) layers.push('heat');
    const filter = this._filters.value;
    this._permalink.write({
      center: this._map.getCenter(),
      zoom: this._map.getZoom(),
      range: this._slider && !this._slider.isFull ? this._slider.value : null,
      undated: this._undated?.checked ?? true,
      q: filter.q,
      changed: this._filters.changed,
      layers: layers.length === 1 && layers[0] === 'markers' ? null : layers,
    });
  }

  _togglePanel(open) {
    if (!this._panel || !this._panelToggle) return;
    const isOpen = open ?? !this._panel.classList.contains('is-open');
    this._panel.classList.toggle('is-open', isOpen);
    this._panelToggle.setAttribute('aria-expanded', String(isOpen));
    this._panelToggle.textContent = isOpen ? 'Close' : 'Filters & reports';
  }

  _setStatus(text) {
    if (this._status) this._status.textContent = text;
  }
}

/** The view asked for in data-lat/lon/zoom/place (from ?lat=&lon=&zoom=&place=), or null. */
function parseView(data) {
  const lat = Number.parseFloat(data.lat);
  const lon = Number.parseFloat(data.lon);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const zoom = Number.parseInt(data.zoom, 10);
  const place = Number.parseInt(data.place, 10);
  return { lat, lon, zoom: Number.isFinite(zoom) ? zoom : 8, placeId: Number.isFinite(place) ? place : null };
}

for (const root of document.querySelectorAll('[data-dashboard]')) {
  new Dashboard(root).start();
}
