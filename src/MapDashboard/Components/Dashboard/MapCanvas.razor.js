// The map of DashboardPage: Leaflet, driven by the server. It draws what the server sends (points and
// clusters already clustered for the zoom, areas, undated places), loads popups rendered on the server
// (PlacePopup.razor, escaped by Razor), and reports view changes back through [JSInvokable] callbacks.
// It holds no events and no filter logic: what is in range or in a filter is decided in C#.

const SCRIPTS = [
  'lib/leaflet/leaflet.js',
  'lib/leaflet.heat/leaflet-heat.js',
  'lib/topojson-client/topojson-client.min.js',
];

/** Below this width the layer control starts folded and popups take the map's width. */
const NARROW_PX = 768;

/** From this zoom on, place names are written beside the markers; below it they would pile up. */
const LABEL_ZOOM = 6;

const SHAPES = { country: 'country', admin1: 'region', admin2: 'region' };

let leafletLoaded = null;

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const existing = document.querySelector(`script[data-lib="${src}"]`);
    if (existing) {
      if (existing.dataset.loaded) resolve();
      else existing.addEventListener('load', () => resolve(), { once: true });
      return;
    }
    const script = document.createElement('script');
    script.src = src;
    script.dataset.lib = src;
    script.async = false;
    script.addEventListener('load', () => { script.dataset.loaded = 'true'; resolve(); }, { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} could not be loaded`)), { once: true });
    document.head.append(script);
  });
}

/** Leaflet and its plugins, loaded once, in order (the plugins need window.L). */
function loadLeaflet() {
  leafletLoaded ??= SCRIPTS.reduce((previous, src) => previous.then(() => loadScript(src)), Promise.resolve());
  return leafletLoaded;
}

/**
 * Creates the map in `element`. `dotnet` receives OnViewChanged(view), OnHeatChanged(on) and OnPlaceOpened(placeId).
 * options: { lat, lon, zoom } or nulls (the server fits the reports), tilesUrl, heat.
 */
export async function create(element, dotnet, options) {
  await loadLeaflet();
  const [{ Basemap }, { CityLabels }, areas] = await Promise.all([
    import('/js/basemap.js'), import('/js/city-labels.js'), import('/js/area-symbols.js')]);
  return new MapCanvas(element, dotnet, options, Basemap, CityLabels, areas);
}

class MapCanvas {
  constructor(element, dotnet, options, Basemap, CityLabels, areas) {
    const L = window.L;
    this._areaSymbols = areas;
    this._element = element;
    this._dotnet = dotnet;
    this._entries = new Map(); // key -> { marker, signature }
    this._held = new Map(); // key -> { m, layer, heat }: the server's drawing (MapUpdate.cs)
    this._sequence = 0;
    this._popupQuery = '';
    this._undatedQuery = '';
    this._highlighted = null;
    this._map = L.map(element, { minZoom: 2, maxZoom: options.tilesUrl ? 18 : 12, worldCopyJump: true, zoomSnap: 0.5 });
    this._map.attributionControl.setPrefix(false);
    if (options.lat != null && options.lon != null && options.zoom != null) {
      this._map.setView([options.lat, options.lon], options.zoom, { animate: false });
    } else {
      this._map.setView([20, 10], 2, { animate: false });
    }
    this._basemap = new Basemap(this._map, {
      coarseUrl: 'lib/world-atlas/countries-110m.json',
      detailUrl: 'lib/world-atlas/countries-50m.json',
      tilesUrl: options.tilesUrl,
    });
    // Area shapes lie over the land (250) and under the heat layer and markers (400 and up): a shaded country never
    // hides a city's marker. SVG, so each shape is an element a click and a test can find.
    this._map.createPane('areaPane').style.zIndex = '350';
    this._areaRenderer = L.svg({ pane: 'areaPane' });
    this._areas = L.layerGroup().addTo(this._map);
    this._points = L.layerGroup().addTo(this._map);
    this._undated = L.layerGroup().addTo(this._map);
    this._heat = L.heatLayer([], { radius: 18, blur: 15, maxZoom: 9, minOpacity: 0.3 });
    if (options.heat) this._heat.addTo(this._map);
    this._cityLabels = options.tilesUrl ? null : new CityLabels(this._map, {
      url: 'api/labels',
      reserved: () => [...element.closest('.map-area').querySelectorAll(
        '.leaflet-marker-pane .leaflet-marker-icon, .leaflet-tooltip-pane .leaflet-tooltip, .leaflet-control, .map-legend')]
        .map((e) => e.getBoundingClientRect()),
    });
    const overlays = { 'Report markers': this._points, 'Countries and regions': this._areas, 'Heat map': this._heat };
    L.control.layers(this._basemap.baseLayers, overlays, { position: 'topleft', collapsed: window.innerWidth < NARROW_PX }).addTo(this._map);
    this._map.on('overlayadd overlayremove', (e) => {
      if (e.layer === this._heat) this._dotnet.invokeMethodAsync('OnHeatChanged', this._map.hasLayer(this._heat));
    });
    const showLabels = () => {
      const shown = this._map.getZoom() >= LABEL_ZOOM;
      element.classList.toggle('show-place-labels', shown);
      this._labelPlaces(shown);
    };
    this._map.on('zoomend', showLabels);
    // After a zoom the labels stand elsewhere relative to each other: sort them out again once they are placed.
    // Area labels may move then: the city labels are laid out again around them.
    this._map.on('zoomend', () => requestAnimationFrame(() => {
      this._declutterLabels();
      this._cityLabels?.relayout();
    }));
    showLabels();
    // Pans and zooms are animated for 250 ms before 'moveend'; asking the server only then made the user wait for
    // the animation and then the round trip (a + click at 1M: ~820 ms to the new markers, of it ~275 ms after the
    // view settled). The view a zoom or an animated pan lands on is known when it starts: it is asked for then, so
    // the round trip runs during the animation, and 'moveend' asks again only when the map landed elsewhere (a
    // drag stopped the inertia, the window was resized).
    this._predicted = null;
    this._map.on('zoomanim', (e) => {
      this._zooming = true;
      this._predict(this._zoomTarget(e));
    });
    this._map.on('zoomend', () => { this._zooming = false; });
    this._predictPans();
    this._map.on('moveend', () => this._settled());
    this._foldLegendForPopups();
    this._basemapReady = this._basemap.ready();
  }

  /** Resolves when the basemap's shapes are drawn. */
  ready() {
    return this._basemapReady.then(() => this.view());
  }

  /** The visible box, zoom and centre. */
  view() {
    return viewOf(this._map.getBounds(), this._map.getCenter(), this._map.getZoom());
  }

  /**
   * The view() the map will report once it shows `zoom` with the projected pixel `topLeft` at its top left corner
   * and `center` as its centre: Leaflet's getBounds (getPixelBounds, unprojected at its corners) for that view.
   */
  _viewAt(topLeft, zoom, center) {
    const L = window.L;
    const pixels = L.bounds(topLeft, topLeft.add(this._map.getSize()));
    const box = L.latLngBounds(this._map.unproject(pixels.getBottomLeft(), zoom), this._map.unproject(pixels.getTopRight(), zoom));
    return viewOf(box, center, zoom);
  }

  /** Where the map pane stands (Leaflet's _getMapPanePos, from the public conversion of the container's corner). */
  _panePosition() {
    const L = window.L;
    return L.point(0, 0).subtract(this._map.containerPointToLayerPoint([0, 0]));
  }

  /**
   * The view a zoom animation lands on ('zoomanim' carries its centre and zoom), worked out as Leaflet's
   * _onZoomTransitionEnd will set it: the new pixel origin rounded, the pane where it is; the centre is the one
   * asked for while the pane stands at 0,0 (getCenter returns it as given), else the middle of the new pixels.
   */
  _zoomTarget({ center, zoom }) {
    const pane = this._panePosition();
    const half = this._map.getSize().divideBy(2);
    const origin = this._map.project(center, zoom).subtract(half).add(pane).round();
    const topLeft = origin.subtract(pane);
    const middle = pane.equals([0, 0]) ? center : this._map.unproject(half.subtract(pane).add(origin), zoom);
    return this._viewAt(topLeft, zoom, middle);
  }

  /**
   * Animated pans carry no event with their target: the arrow keys (through panTo), a drag's inertia, panTo and
   * setView all end in map.panBy, so this map's panBy is wrapped to report where an animated pan will land, as
   * Leaflet's panBy computes it (the pane moves to its position less the rounded offset). A pan it does not
   * animate (animate: false, or farther than the map's size) ends in 'moveend' at once, which reports it.
   */
  _predictPans() {
    const L = window.L;
    const map = this._map;
    const panBy = map.panBy;
    map.panBy = (offset, options = {}) => {
      const by = L.point(offset).round();
      const animated = (by.x !== 0 || by.y !== 0) && options.animate !== false && (options.animate === true || map.getSize().contains(by));
      if (!animated) return panBy.call(map, offset, options);
      const zoom = map.getZoom();
      const topLeft = map.getPixelOrigin().subtract(this._panePosition().subtract(by).round());
      const view = this._viewAt(topLeft, zoom, map.unproject(topLeft.add(map.getSize().divideBy(2)), zoom));
      // A pan still running stops at once, where it is, and its 'moveend' fires inside panBy: that view is passed.
      this._superseded = true;
      try {
        panBy.call(map, offset, options);
      } finally {
        this._superseded = false;
      }
      this._predict(view);
      return map;
    };
  }

  /** Asks the server for the view an animation lands on, once per view. */
  _predict(view) {
    if (this._predicted && sameView(this._predicted, view)) return;
    this._predicted = view;
    this._dotnet.invokeMethodAsync('OnViewChanged', view);
  }

  /**
   * The map settled: reports its view unless it is the one asked for when the animation started. The box and zoom
   * must be the same; the centre may differ by less than a pixel: with the pane back at 0,0 (right, then left)
   * Leaflet reports the centre of its last setView, not the middle of the pixels, and a pan cannot know it.
   */
  _settled() {
    if (this._superseded) return;
    const predicted = this._predicted;
    this._predicted = null;
    const view = this.view();
    const { lat, lon, ...box } = view;
    if (predicted && sameView(box, predicted) && this._withinPixel(predicted, view)) return;
    this._dotnet.invokeMethodAsync('OnViewChanged', view);
  }

  /** Whether two views' centres are less than a pixel apart at their zoom. */
  _withinPixel(a, b) {
    const L = window.L;
    return this._map.project(L.latLng(a.lat, a.lon), a.zoom).distanceTo(this._map.project(L.latLng(b.lat, b.lon), b.zoom)) < 1;
  }

  setView(lat, lon, zoom) {
    this._map.setView([lat, lon], zoom, { animate: false });
  }

  /** Fits a box (the reports), not closer than maxZoom; reports the view it lands on. */
  fit(west, south, east, north, maxZoom) {
    const L = window.L;
    this._map.fitBounds(L.latLngBounds([south, west], [north, east]).pad(0.15), { maxZoom, animate: false });
    this._reportView();
  }

  /**
   * Applies one view's update (MapUpdate.cs): what changed since the drawing this map holds, numbered `base`, or
   * all of it (`full`). Returns false, drawing nothing, when this map holds another drawing: the server then sends
   * it whole. The markers are then drawn from what the map holds, as a full drawing would draw them.
   */
  draw(update) {
    if (!update.full && update.base !== this._sequence) return false;
    this._popupQuery = update.popupQuery;
    this._undatedQuery = update.undatedQuery;
    const redrawn = applyUpdate(this._held, update);
    this._sequence = update.sequence;
    this._drawHeld(redrawn);
    return true;
  }

  /**
   * Draws the markers held. A marker already on the map keeps its element when only its count or colour changed (a
   * slider step changes most counts, and re-creating every marker, label and popup binding cost more than the rest
   * of the step); an open popup stays open and reloads for the new filters. A marker of another kind, or sent anew
   * (`redrawn`: it moved, was renamed or changed layer), is replaced.
   */
  _drawHeld(redrawn) {
    const wanted = new Map();
    for (const [key, { m, layer }] of this._held) {
      // An undated area is an area: the "Countries and regions" toggle hides it too.
      const group = layer === POINT_LAYER ? this._points : layer === AREA_LAYER || m.area ? this._areas : this._undated;
      wanted.set(key, { m, layer: group, undated: layer === UNDATED_LAYER });
    }
    for (const [key, entry] of this._entries) {
      const next = wanted.get(key);
      if (!next || redrawn.has(key) || next.layer !== entry.layer || kindOf(next.m) !== kindOf(entry.m)) {
        entry.layer.removeLayer(entry.marker);
        if (entry.shape) entry.layer.removeLayer(entry.shape);
        entry.removed = true;
        this._entries.delete(key);
      }
    }
    for (const [key, next] of wanted) {
      const entry = this._entries.get(key);
      if (entry) {
        if (signatureOf(next.m) !== entry.signature) this._restyle(entry, next.m);
        else entry.m = next.m;
        // A pan keeps the filters: an open popup reloads only when what it lists changed.
        if (entry.marker.isPopupOpen() && entry.loadedQuery !== this._queryOf(entry)) this._loadPopup(entry);
        continue;
      }
      const created = next.m.area ? this._createArea(next.m, next.undated) : this._create(next.m, next.undated);
      created.layer = next.layer;
      created.key = key;
      next.layer.addLayer(created.marker);
      this._entries.set(key, created);
    }
    this._labelUndatedOnce();
    const heat = [];
    for (const { m, heat: glows } of this._held.values()) if (glows) heat.push([m.latitude, m.longitude, m.events]);
    this._heat.setLatLngs(heat);
    this._highlightAgain();
    // Drawn during a zoom's animation (asked for when it started), the markers still glide to their places: their
    // boxes are not yet where they will be, and 'zoomend' sorts the labels out again anyway.
    if (!this._zooming) {
      this._declutterLabels();
      this._cityLabels?.relayout();
    }
    const dashboard = this._element.closest('[data-dashboard]');
    dashboard.dataset.markers = String(this._entries.size);
    // What the heat layer shows, readable by a check (areas must never be in it): a few hundred numbers.
    dashboard.dataset.heat = JSON.stringify(heat.map((h) => [h[0], h[1]]));
  }

  /** Gives a drawn marker its new count, role and certainty: a new icon on the same marker, label and popup. */
  _restyle(entry, m) {
    const L = window.L;
    const { marker, undated } = entry;
    entry.m = m;
    entry.signature = signatureOf(m);
    marker.options.title = marker.options.alt = titleOf(m, undated);
    if (entry.area) {
      marker.setIcon(this._areaSymbols.areaIcon(m, undated));
      entry.shape?.setStyle(this._areaSymbols.shapeStyle(m.reports));
      entry.shape?.eachLayer((path) => path.getElement()?.setAttribute('data-count', String(m.reports)));
      return;
    }
    resizeIcon(marker, m.placeId == null ? fillCluster(marker.options.icon.options.html, m) : fillPlaceMarker(marker.options.icon.options.html, m, undated));
    if (!undated) marker.setZIndexOffset(m.reports);
    const tooltip = marker.getTooltip();
    if (tooltip) {
      tooltip.options.offset = L.point(diameter(m.reports, shapeOf(m)) / 2 + 2, 0);
      // Placed again only where labels show (its content is the same span): below LABEL_ZOOM the next zoom places it.
      if (marker.isTooltipOpen() && this._map.getZoom() >= LABEL_ZOOM) tooltip._updatePosition();
    }
  }

  /**
   * An undated place that also has a dated marker is labelled once, by the dated one: two labels of one name a
   * few pixels apart read as a smudge ("Raqqa" over "Raqqa").
   */
  _labelUndatedOnce() {
    for (const entry of this._entries.values()) {
      if (!entry.undated || !entry.marker.getTooltip()) continue;
      const id = entry.m.placeId;
      const dated = this._entries.has(`p${id}`) || this._entries.has(`a${id}`);
      if (dated === entry.marker.isTooltipOpen()) {
        if (dated) entry.marker.closeTooltip();
        else entry.marker.openTooltip();
      }
    }
  }

  /**
   * No label covers another label or a marker. Point markers stay where they are; area labels (countries,
   * provinces, regions) are placed first, busiest first, at the first spot near their point that touches no point
   * marker and no area label kept (LABEL_OFFSETS); then the place names beside point markers, busiest first, each
   * left out where it would touch a marker or a label kept (its marker's title still names it). On the seeds,
   * "Al Bab" lay over "Aleppo", "Homs" over "Tadmur", and the "Damascus Governorate" symbol on a cluster.
   * Every box is read first, then the spots are worked out from them, then written: moving a label and reading its
   * box again, offset after offset, forced a layout of the page each time (1.3 s of a slider step at 2,500 places).
   */
  _declutterLabels() {
    const entries = [...this._entries.values()];
    // Ties go by key: the same labels win however the markers came (drawn whole, or step by step).
    const byReports = (a, b) => (a.undated - b.undated) || (b.m.reports - a.m.reports) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    // Reads.
    const box = this._element.getBoundingClientRect();
    const markers = entries.filter((e) => !e.area).map((e) => ({ entry: e, r: e.marker.getElement()?.getBoundingClientRect() }))
      .filter((x) => x.r && x.r.width > 0);
    // Below LABEL_ZOOM the place labels are hidden (CSS): reading their boxes was layout for nothing.
    const labelsShown = this._map.getZoom() >= LABEL_ZOOM;
    const labels = entries.filter((e) => labelsShown && !e.area && e.marker.getTooltip() && e.marker.isTooltipOpen())
      .map((e) => ({ entry: e, element: e.marker.getTooltip().getElement() })).filter((x) => x.element)
      .map((x) => ({ ...x, r: x.element.getBoundingClientRect() }));
    const areas = entries.filter((e) => e.area).map((e) => ({ entry: e, element: e.marker.getElement() })).filter((x) => x.element)
      .map((x) => ({ ...x, width: x.element.offsetWidth, height: x.element.offsetHeight }));
    // The map's controls and the legend are kept clear too (on a phone, "Middle East" fell under the attribution).
    const kept = new BoxGrid();
    for (const r of [...this._element.closest('.map-area').querySelectorAll('.leaflet-control, .map-legend')]
      .map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0)) kept.add(r);
    const markerBoxes = new BoxGrid();
    for (const x of markers) markerBoxes.add(x.r, x.entry);
    // Spots.
    areas.sort((a, b) => byReports(a.entry, b.entry));
    for (const area of areas) area.offset = this._placeAreaLabel(area, box, markerBoxes, kept);
    labels.sort((a, b) => byReports(a.entry, b.entry));
    for (const label of labels) {
      label.crowded = label.r.width > 0 && (kept.touches(label.r) || markerBoxes.touches(label.r, label.entry));
      if (label.r.width > 0 && !label.crowded) kept.add(label.r);
    }
    // Writes.
    for (const { entry, element, width, height, offset } of areas) {
      // A label is as wide as its name: it is centred on its point by its own size.
      element.style.marginLeft = `${-Math.round(width / 2)}px`;
      element.style.marginTop = `${-Math.round(height / 2)}px`;
      element.classList.toggle('is-crowded', offset === null);
      const [dx, dy] = offset ?? [0, 0];
      if (offset !== undefined) entry.marker.setLatLng(this._map.layerPointToLatLng(this._map.latLngToLayerPoint(entry.anchor).add([dx, dy])));
      // How far the label stands from its place, in pixels (read by the browser tests).
      if (offset) element.dataset.offset = String(Math.round(Math.hypot(dx, dy)));
    }
    for (const { element, crowded } of labels) element.classList.toggle('is-crowded', crowded === true);
  }

  /**
   * The first free spot near an area label's point, [dx, dy] in pixels, from its size and its point (no layout):
   * null when there is none (it is hidden, its shape stays); undefined when it is not shown.
   */
  _placeAreaLabel(area, box, markerBoxes, kept) {
    const { entry, width, height } = area;
    if (width === 0) return undefined;
    // An undated area that also has dated reports is labelled once, by the dated label ("Syria" over "Syria").
    if (entry.undated && this._entries.has(`a${entry.m.placeId}`)) return null;
    const point = this._map.latLngToContainerPoint(entry.anchor);
    const left = box.left + point.x - Math.round(width / 2);
    const top = box.top + point.y - Math.round(height / 2);
    for (const [dx, dy] of this._areaSymbols.LABEL_OFFSETS) {
      const r = { left: left + dx, top: top + dy, right: left + dx + width, bottom: top + dy + height };
      if (!markerBoxes.touches(r) && !kept.touches(r)) {
        kept.add(r);
        return [dx, dy];
      }
    }
    return null;
  }

  /** Marks the place's marker (or nothing) as the one the list points at. */
  highlight(placeId) {
    this._highlightedPlace = placeId;
    this._highlightAgain();
  }

  /** Centres a place and opens its popup (from the list, or from the address). */
  openPlace(placeId, lat, lon, zoom) {
    const entry = this._entries.get(`p${placeId}`) ?? this._entries.get(`a${placeId}`) ?? this._entries.get(`u${placeId}`);
    if (entry) {
      this._map.setView(entry.marker.getLatLng(), Math.max(this._map.getZoom(), zoom ?? 0), { animate: false });
      entry.marker.openPopup();
      return true;
    }
    if (lat != null && lon != null) {
      this._pendingPlace = placeId;
      this._map.setView([lat, lon], Math.max(this._map.getZoom(), zoom ?? 0), { animate: false });
    }
    return false;
  }

  /** Opens the popup of a place drawn since openPlace asked for it, else of placeId (the address's place). */
  openPending(placeId) {
    const id = this._pendingPlace ?? placeId;
    if (id == null) return;
    const entry = this._entries.get(`p${id}`) ?? this._entries.get(`a${id}`) ?? this._entries.get(`u${id}`);
    this._pendingPlace = null;
    entry?.marker.openPopup();
  }

  /** Writes the address without a navigation (the permalink). */
  replaceAddress(address) {
    if (location.pathname + location.search !== address) history.replaceState(history.state, '', address);
  }

  invalidateSize() {
    this._map.invalidateSize();
  }

  dispose() {
    this._map.remove();
  }

  _reportView() {
    this._dotnet.invokeMethodAsync('OnViewChanged', this.view());
  }

  _create(m, undated) {
    const L = window.L;
    const cluster = m.placeId == null;
    const marker = L.marker([m.latitude, m.longitude], {
      icon: cluster ? clusterIcon(m) : placeIcon(m, undated),
      title: titleOf(m, undated),
      alt: titleOf(m, undated),
      riseOnHover: true,
      // Undated places sit under the dated ones they share a spot with.
      zIndexOffset: undated ? -1000 : m.reports,
      // Not in the tab order: tabbing through hundreds of markers panned the map away. The list is the keyboard
      // route to places (choosing a report opens its place), and the map itself pans with the arrow keys.
      keyboard: false,
    });
    const entry = { marker, signature: signatureOf(m), m, undated };
    if (cluster) {
      marker.on('click', () => {
        const b = entry.m.bounds;
        if (b) this._map.fitBounds(L.latLngBounds([b.minLat, b.minLon], [b.maxLat, b.maxLon]).pad(0.2), { maxZoom: this._map.getZoom() + 3 });
        else this._map.setView(marker.getLatLng(), this._map.getZoom() + 2);
      });
      return entry;
    }
    this._bindPopup(entry);
    if (this._map.getZoom() >= LABEL_ZOOM) bindPlaceLabel(entry);
    return entry;
  }

  /**
   * Place labels exist from LABEL_ZOOM on; below it they would be hidden (CSS), and ~730 hidden labels at 10k still
   * cost their elements, their placing on every zoom, and style and layout on every slider step.
   */
  _labelPlaces(shown) {
    for (const entry of this._entries.values()) {
      if (entry.area || entry.m.placeId == null || shown === Boolean(entry.marker.getTooltip())) continue;
      if (shown) bindPlaceLabel(entry);
      else entry.marker.unbindTooltip();
    }
    this._labelUndatedOnce();
  }

  /**
   * An area: its label (name and count) as a marker that opens the same popup a place marker does, and for a
   * dated country its shape, shaded by reports, which opens it too.
   */
  _createArea(m, undated) {
    const L = window.L;
    const marker = L.marker([m.latitude, m.longitude], {
      icon: this._areaSymbols.areaIcon(m, undated), title: titleOf(m, undated), alt: titleOf(m, undated),
      riseOnHover: true, keyboard: false, zIndexOffset: undated ? -1000 : -500,
    });
    const entry = { marker, signature: signatureOf(m), m, undated, area: true, anchor: L.latLng(m.latitude, m.longitude) };
    this._bindPopup(entry);
    if (m.shape && !undated) {
      this._areaSymbols.loadShape(m.shape).then((geometry) => {
        if (!geometry || entry.removed) return;
        entry.shape = L.geoJSON(geometry, { pane: 'areaPane', renderer: this._areaRenderer, style: () => this._areaSymbols.shapeStyle(entry.m.reports) });
        entry.shape.on('click', () => marker.openPopup());
        // Leaflet makes a new element each time the layer is shown again: name it each time.
        entry.shape.eachLayer((path) => path.on('add', () => {
          path.getElement()?.setAttribute('data-place-id', String(m.placeId));
          path.getElement()?.setAttribute('data-count', String(entry.m.reports));
        }));
        entry.layer.addLayer(entry.shape);
      });
    }
    return entry;
  }

  _bindPopup(entry) {
    const L = window.L;
    const { marker, m } = entry;
    // A popup fits the map: on a 390-px phone a fixed 380-px popup ran off both edges, its close button unreachable.
    const narrow = this._map.getSize().x < NARROW_PX;
    const room = this._map.getSize().x - (narrow ? 40 : 64);
    marker.bindPopup(() => message('Loading reports…'), {
      className: 'place-popup-container',
      maxWidth: Math.min(380, room),
      minWidth: Math.min(260, room),
      // Clear of the zoom buttons on a desktop; the layer control steps aside while a popup is open (app.css).
      autoPanPaddingTopLeft: narrow ? L.point(8, 8) : L.point(56, 56),
      autoPanPaddingBottomRight: narrow ? L.point(8, 8) : L.point(24, 56),
    });
    marker.on('popupopen', () => {
      this._loadPopup(entry);
      this._dotnet.invokeMethodAsync('OnPlaceOpened', m.placeId);
    });
    marker.on('popupclose', () => this._dotnet.invokeMethodAsync('OnPlaceOpened', null));
  }

  async _loadPopup(entry, pageUrl) {
    const popup = entry.marker.getPopup();
    const query = this._queryOf(entry);
    const url = pageUrl ?? `fragments/place/${encodeURIComponent(entry.m.placeId)}?${query}`;
    entry.loadedQuery = query;
    entry.loading?.abort();
    entry.loading = new AbortController();
    try {
      const response = await fetch(url, { headers: { Accept: 'text/html' }, signal: entry.loading.signal });
      if (response.status === 404) {
        popup.setContent(message('No reports here in the current filters.'));
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      // Rendered by Razor on the server, which escapes every piece of article text.
      popup.setContent(await response.text());
      // Links away from the map carry its address (kept current by replaceAddress), so "back to the map" on the
      // article and correction pages returns to this view, range and filters.
      this._carryAddress(popup.getElement());
      // Newer and older reports load in place: the links are the fragment's own pages.
      for (const link of popup.getElement()?.querySelectorAll('.popup-page') ?? []) {
        link.addEventListener('click', (e) => {
          e.preventDefault();
          this._loadPopup(entry, link.getAttribute('href'));
        });
      }
    } catch (error) {
      if (error.name !== 'AbortError') popup.setContent(message(`Reports could not be loaded (${error.message}).`));
    }
  }

  _carryAddress(element) {
    // Read at the click, not at load: opening the popup pans the map, and the address follows after.
    const withMap = (target) => {
      const url = new URL(target, window.location.href);
      url.searchParams.set('map', window.location.pathname + window.location.search);
      return url.pathname + url.search + url.hash;
    };
    for (const link of element?.querySelectorAll('a.popup-title, a.popup-correct') ?? []) {
      const target = link.getAttribute('href');
      link.addEventListener('click', () => { link.href = withMap(target); });
    }
    for (const form of element?.querySelectorAll('form.popup-alternative') ?? []) {
      const target = form.getAttribute('action');
      form.addEventListener('submit', () => { form.action = withMap(target); });
    }
  }

  _queryOf(entry) {
    return entry.undated ? this._undatedQuery : this._popupQuery;
  }

  _highlightAgain() {
    this._highlighted?.classList.remove('is-highlighted');
    this._highlighted = null;
    const id = this._highlightedPlace;
    if (id == null) return;
    const element = (this._entries.get(`p${id}`) ?? this._entries.get(`a${id}`))?.marker.getElement();
    element?.classList.add('is-highlighted');
    this._highlighted = element ?? null;
  }

  /** An open popup must not hide under the legend: fold it meanwhile, and unfold it after if it was open. */
  _foldLegendForPopups() {
    const legend = this._element.closest('.map-area')?.querySelector('.legend-details');
    if (!legend) return;
    let wasOpen = false;
    this._map.on('popupopen', () => {
      // On a phone the map's controls step aside while a popup is open (app.css), so none covers it.
      this._element.classList.add('has-popup');
      wasOpen = legend.open;
      legend.removeAttribute('open');
    });
    this._map.on('popupclose', () => {
      this._element.classList.remove('has-popup');
      if (wasOpen) legend.setAttribute('open', '');
    });
  }
}

/** A place's name beside its marker (PlaceLabel). */
function bindPlaceLabel(entry) {
  const L = window.L;
  const label = document.createElement('span');
  label.textContent = entry.m.place;
  entry.marker.bindTooltip(new (placeLabelClass())({
    permanent: true, direction: 'right', className: 'place-label', interactive: false,
    offset: L.point(diameter(entry.m.reports, shapeOf(entry.m)) / 2 + 2, 0),
  }).setContent(label));
}

/** A place label's height in pixels: one line of the same type for every label, read once. */
let placeLabelHeight = 0;
let PlaceLabel = null;

/**
 * A place name beside its marker: Leaflet's tooltip, placed without reading its size. Leaflet reads a tooltip's
 * offsetWidth and offsetHeight each time it places one (opening, restyling, every zoom), and after any change on
 * the page each read is a layout: with a thousand labels that was most of a slider step or a zoom. A label to the
 * right of its marker needs only its height, which is the same for all.
 */
function placeLabelClass() {
  const L = window.L;
  PlaceLabel ??= L.Tooltip.extend({
    _setPosition(pos) {
      const container = this._container;
      if (placeLabelHeight === 0) placeLabelHeight = container.offsetHeight;
      const at = pos.subtract(L.point(0, placeLabelHeight / 2, true)).add(L.point(this.options.offset)).add(this._getAnchor());
      container.classList.remove('leaflet-tooltip-left', 'leaflet-tooltip-top', 'leaflet-tooltip-bottom');
      container.classList.add('leaflet-tooltip-right');
      L.DomUtil.setPosition(container, at);
    },
  });
  return PlaceLabel;
}

/** A view as the server reads it (MapViewport): the box clamped to the world, the zoom, the centre (wrapped). */
function viewOf(b, c, zoom) {
  const wrapLon = (x) => Math.max(-180, Math.min(180, x));
  const wide = b.getEast() - b.getWest() >= 360;
  return {
    west: wide ? -180 : wrapLon(b.getWest()), south: Math.max(-90, b.getSouth()),
    east: wide ? 180 : wrapLon(b.getEast()), north: Math.min(90, b.getNorth()),
    zoom, lat: c.lat, lon: c.wrap().lng,
  };
}

/** Whether two views are the same but for floating-point noise (the fields of `a`). */
function sameView(a, b) {
  return Object.keys(a).every((k) => Math.abs(a[k] - b[k]) < 1e-9);
}

/** The side of BoxGrid's square cells, in pixels: about a marker's size. */
const GRID_PX = 64;

/**
 * Screen boxes by cell: whether a box touches one of them looks at the boxes in the cells it covers, not at all of
 * them (each area label tried each of ~730 markers at each of its offsets: 10 ms of a 10k slider step).
 */
class BoxGrid {
  constructor() {
    this._cells = new Map(); // "column,row" -> [{ box, owner }]
  }

  add(box, owner) {
    for (const cell of cellsOf(box)) {
      const boxes = this._cells.get(cell);
      if (boxes) boxes.push({ box, owner });
      else this._cells.set(cell, [{ box, owner }]);
    }
  }

  /** Whether a box overlaps one added, other than those of `except`. */
  touches(box, except) {
    for (const cell of cellsOf(box)) {
      for (const x of this._cells.get(cell) ?? []) if ((except === undefined || x.owner !== except) && overlaps(x.box, box)) return true;
    }
    return false;
  }
}

function* cellsOf(box) {
  for (let column = Math.floor(box.left / GRID_PX); column <= Math.floor(box.right / GRID_PX); column++) {
    for (let row = Math.floor(box.top / GRID_PX); row <= Math.floor(box.bottom / GRID_PX); row++) yield `${column},${row}`;
  }
}

/** Whether two screen boxes overlap by more than a pixel. */
function overlaps(a, b) {
  return a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
}

/** Layers and flags of MapUpdate.cs. */
const POINT_LAYER = 0, AREA_LAYER = 1, UNDATED_LAYER = 2;
const UNCERTAIN = 1, HEAT_POINT = 2, HAS_BOUNDS = 4;
const ADDED_FIELDS = 19, CHANGED_FIELDS = 6;

/**
 * Applies a MapUpdate to `held` (key -> { m, layer, heat }); returns the keys sent anew, whose markers are drawn again.
 * The rows are flat numbers (MapUpdate.AddedFields, ChangedFields); strings are indexes into update.strings.
 */
function applyUpdate(held, update) {
  const text = (i) => update.strings[i] ?? null;
  if (update.full) held.clear();
  for (const key of update.removed) held.delete(key);
  const redrawn = new Set();
  update.addedKeys.forEach((key, i) => {
    const r = update.added.slice(i * ADDED_FIELDS, (i + 1) * ADDED_FIELDS);
    const m = {
      latitude: r[1], longitude: r[2], reports: r[3], events: r[4], places: r[5], placeId: r[6] < 0 ? null : r[6],
      place: text(r[7]), country: text(r[8]), level: text(r[9]), role: text(r[10]), confidence: r[11],
      uncertain: (r[12] & UNCERTAIN) !== 0, area: text(r[13]), shape: text(r[14]),
      bounds: (r[12] & HAS_BOUNDS) !== 0 ? { minLon: r[15], minLat: r[16], maxLon: r[17], maxLat: r[18] } : null,
    };
    if (held.has(key)) redrawn.add(key);
    held.set(key, { m, layer: r[0], heat: (r[12] & HEAT_POINT) !== 0 });
  });
  update.changedKeys.forEach((key, i) => {
    const r = update.changed.slice(i * CHANGED_FIELDS, (i + 1) * CHANGED_FIELDS);
    const before = held.get(key);
    const m = { ...before.m, reports: r[0], events: r[1], places: r[2], role: text(r[3]), confidence: r[4], uncertain: (r[5] & UNCERTAIN) !== 0 };
    held.set(key, { ...before, m });
  });
  return redrawn;
}

/** What a marker is drawn as: a marker of another kind is replaced, not restyled. */
function kindOf(m) {
  return `${m.placeId == null}|${m.level}|${m.area}|${m.shape}`;
}

function signatureOf(m) {
  return `${m.reports}|${m.role}|${m.places}|${m.level}|${isUncertain(m)}|${m.area}|${m.shape}`;
}

/** The server says which places are uncertain (ReportPlacement.UncertainBelow): drawn hollow with a "?". */
function isUncertain(m) {
  return m.uncertain === true;
}

function placeIcon(m, undated) {
  const L = window.L;
  const size = fillPlaceMarker(document.createElement('span'), m, undated);
  return L.divIcon({ html: size.element, className: 'place-marker-icon', ...iconSizes(size.px, true) });
}

/** A place marker's element for m: its shape, role, certainty and count; returns it with its diameter. */
function fillPlaceMarker(element, m, undated) {
  const shape = shapeOf(m);
  element.className = `place-marker place-marker-${shape} place-role-${m.role}${undated ? ' is-undated' : ''}${isUncertain(m) ? ' is-uncertain' : ''}`;
  element.dataset.confidence = m.confidence.toFixed(2);
  element.dataset.placeId = String(m.placeId);
  element.dataset.count = String(m.reports);
  element.dataset.role = m.role;
  let label = element.firstElementChild;
  if (!label) {
    label = document.createElement('span');
    label.className = 'place-marker-count';
    element.append(label);
  }
  label.textContent = m.reports > 1 ? String(m.reports) : '';
  return { element, px: diameter(m.reports, shape) };
}

/** A cluster: a rounded square (not a place shape, so it is never read as one place) with its reports. */
function clusterIcon(m) {
  const L = window.L;
  const size = fillCluster(document.createElement('span'), m);
  return L.divIcon({ html: size.element, className: 'place-cluster-icon', ...iconSizes(size.px, false) });
}

function fillCluster(element, m) {
  element.className = 'place-cluster';
  element.dataset.count = String(m.reports);
  element.dataset.places = String(m.places);
  element.textContent = m.reports >= 10000 ? `${Math.round(m.reports / 1000)}k` : String(m.reports);
  element.title = `${m.reports} reports at ${m.places} places: click to zoom in`;
  return { element, px: Math.round(Math.min(28 + 5 * Math.log2(Math.max(1, m.reports)), 64)) };
}

/** A divIcon's size and anchors: centred on its point, a place's popup opening at its top. */
function iconSizes(px, place) {
  return place ? { iconSize: [px, px], iconAnchor: [px / 2, px / 2], popupAnchor: [0, -px / 2] } : { iconSize: [px, px] };
}

/**
 * A drawn marker's icon, whose element was just filled again, given its new size in place, as Leaflet's
 * setIcon would (width, height, margins): setIcon made a new element per marker, ~730 at 10k on every slider step.
 */
function resizeIcon(marker, { px }) {
  const options = marker.options.icon.options;
  Object.assign(options, iconSizes(px, options.popupAnchor !== undefined));
  const container = marker.getElement();
  if (!container) return;
  // Leaflet centres an icon without an anchor on its rounded half size.
  const anchor = options.iconAnchor ?? [Math.round(px / 2), Math.round(px / 2)];
  Object.assign(container.style, { width: `${px}px`, height: `${px}px`, marginLeft: `${-anchor[0]}px`, marginTop: `${-anchor[1]}px` });
}

function shapeOf(m) {
  return SHAPES[m.level] ?? 'point';
}

/** Marker diameter in pixels: grows with the square root of the count, so area tracks reports. */
function diameter(count, shape) {
  const base = shape === 'point' ? 16 : 22;
  return Math.round(Math.min(base + 6 * Math.sqrt(Math.max(0, count - 1)), 60));
}

function titleOf(m, undated) {
  if (m.placeId == null) return `${m.reports} reports at ${m.places} places: click to zoom in`;
  const where = m.country && m.level !== 'country' ? `${m.place}, ${m.country}` : m.place;
  const reports = `${m.reports} ${m.reports === 1 ? 'report' : 'reports'}`;
  const sure = isUncertain(m) ? ` · uncertain placement (confidence ${m.confidence.toFixed(2)})` : '';
  return undated ? `${where}: ${reports} without a date${sure}` : `${where}: ${reports}${sure}`;
}

function message(text) {
  const p = document.createElement('p');
  p.className = 'popup-message';
  p.textContent = text;
  return p;
}
