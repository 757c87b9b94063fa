// One marker per reported place, clustered (leaflet.markercluster) and labelled by its report count.
// Level is the shape: country a hollow ring, province or district a dashed ring, town or site a filled
// dot; role is the colour (see MapLegend.razor). A cluster is a rounded square with the reports inside.
// Markers are kept between updates: only places that appear, vanish or change count are touched, in
// batches (addLayers/removeLayers, chunkedLoading). A popup is HTML rendered on the server
// (PlacePopup.razor, already escaped) for the current filter.

import { EventStore } from './event-store.js';

const L = window.L;

/** From this zoom on, place names are written beside the markers; below it they would pile up. */
const LABEL_ZOOM = 6;

const SHAPES = { country: 'country', admin1: 'region', admin2: 'region' };

export class PlaceMarkers {
  /**
   * @param {L.Map} map
   * @param {object} options
   * @param {string} options.popupUrl   prefix of the popup fragment URL; the place id is appended
   * @param {() => object} options.filter  the current filter, for the popup's query string
   */
  constructor(map, options) {
    this._map = map;
    this._popupUrl = options.popupUrl;
    this._currentFilter = options.filter;
    this._layer = L.markerClusterGroup({
      chunkedLoading: true,
      showCoverageOnHover: false,
      maxClusterRadius: 45,
      spiderfyOnMaxZoom: true,
      iconCreateFunction: clusterIcon,
    }).addTo(map);
    this._markers = new Map(); // placeId -> { marker, group }
    this._highlighted = null;
    const showLabels = () => map.getContainer().classList.toggle('show-place-labels', map.getZoom() >= LABEL_ZOOM);
    map.on('zoomend', showLabels);
    showLabels();
  }

  /** The cluster layer, for the layer control. */
  get layer() {
    return this._layer;
  }

  /** Shows exactly these place groups (from EventStore.groupByPlace). */
  update(groups) {
    const removed = [];
    for (const [placeId, entry] of this._markers) {
      if (!groups.has(placeId)) {
        removed.push(entry.marker);
        this._markers.delete(placeId);
      }
    }
    const added = [];
    const changed = [];
    for (const [placeId, group] of groups) {
      const entry = this._markers.get(placeId);
      if (!entry) {
        const marker = this._create(group);
        this._markers.set(placeId, { marker, group });
        added.push(marker);
      } else if (entry.group.count !== group.count || entry.group.role !== group.role) {
        entry.group = group;
        this._restyle(entry.marker, group);
        changed.push(entry.marker);
      }
    }
    if (removed.length) this._layer.removeLayers(removed);
    if (added.length) this._layer.addLayers(added);
    if (changed.length) this._layer.refreshClusters(changed);
  }

  /** The bounds of the shown markers, or null when none. */
  bounds() {
    return this._markers.size === 0 ? null : this._layer.getBounds();
  }

  /** Zooms until the place's marker is out of its cluster and opens its popup; returns whether it is shown. */
  open(placeId) {
    const entry = this._markers.get(placeId);
    if (!entry) return false;
    this._layer.zoomToShowLayer(entry.marker, () => entry.marker.openPopup());
    return true;
  }

  /** Marks the place's marker, or the cluster holding it, as highlighted (null clears). */
  highlight(placeId) {
    this._highlighted?.classList.remove('is-highlighted');
    this._highlighted = null;
    const entry = placeId == null ? null : this._markers.get(placeId);
    if (!entry) return;
    const visible = this._layer.getVisibleParent(entry.marker);
    const element = visible?.getElement();
    if (!element) return;
    element.classList.add('is-highlighted');
    this._highlighted = element;
  }

  /** Reloads the open popup, if any, for the current filter. */
  refreshOpenPopup() {
    for (const [placeId, entry] of this._markers) {
      if (entry.marker.isPopupOpen()) this._loadPopup(placeId, entry.marker.getPopup());
    }
  }

  _create(group) {
    const marker = L.marker([group.lat, group.lon], {
      icon: icon(group),
      title: titleOf(group),
      alt: titleOf(group),
      riseOnHover: true,
      zIndexOffset: group.count,
      keyboard: true,
      reports: group.count,
    });
    marker.bindPopup(() => message('Loading reports…'), {
      className: 'place-popup-container',
      maxWidth: 380,
      minWidth: 260,
      // Room above and below for the legend, folded while a popup is open (top right; bottom on a phone).
      autoPanPaddingTopLeft: L.point(24, 56),
      autoPanPaddingBottomRight: L.point(24, 56),
    });
    marker.on('popupopen', (e) => this._loadPopup(group.placeId, e.popup));
    const label = document.createElement('span');
    label.textContent = group.place;
    marker.bindTooltip(label, {
      permanent: true,
      direction: 'right',
      offset: L.point(diameter(group.count, shapeOf(group)) / 2 + 2, 0),
      className: 'place-label',
      interactive: false,
    });
    return marker;
  }

  _restyle(marker, group) {
    marker.options.reports = group.count;
    marker.setIcon(icon(group));
    const tooltip = marker.getTooltip();
    if (tooltip) tooltip.options.offset = L.point(diameter(group.count, shapeOf(group)) / 2 + 2, 0);
    marker.setZIndexOffset(group.count);
    marker.options.title = titleOf(group);
    marker.getElement()?.setAttribute('title', titleOf(group));
    if (marker.isPopupOpen()) this._loadPopup(group.placeId, marker.getPopup());
  }

  async _loadPopup(placeId, popup) {
    const url = `${this._popupUrl}${encodeURIComponent(placeId)}?${EventStore.queryOf(this._currentFilter())}`;
    try {
      const response = await fetch(url, { headers: { Accept: 'text/html' } });
      if (response.status === 404) {
        popup.setContent(message('No reports here in the current filters.'));
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      // Server-rendered by Razor, which escapes every piece of article text.
      popup.setContent(await response.text());
    } catch (error) {
      popup.setContent(message(`Reports could not be loaded (${error.message}).`));
    }
  }
}

function icon(group) {
  const shape = shapeOf(group);
  const size = diameter(group.count, shape);
  const element = document.createElement('span');
  element.className = `place-marker place-marker-${shape} place-role-${group.role}`;
  element.dataset.placeId = String(group.placeId);
  element.dataset.count = String(group.count);
  element.dataset.role = group.role;
  const label = document.createElement('span');
  label.className = 'place-marker-count';
  label.textContent = group.count > 1 ? String(group.count) : '';
  element.append(label);
  return L.divIcon({
    html: element,
    className: 'place-marker-icon',
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    popupAnchor: [0, -size / 2],
  });
}

/** A cluster: a rounded square (not a place shape, so it is never read as one place) with its reports. */
function clusterIcon(cluster) {
  const markers = cluster.getAllChildMarkers();
  let reports = 0;
  for (const m of markers) reports += m.options.reports ?? 1;
  const size = Math.round(Math.min(28 + 5 * Math.log2(reports), 64));
  const element = document.createElement('span');
  element.className = 'place-cluster';
  element.dataset.count = String(reports);
  element.dataset.places = String(markers.length);
  element.textContent = reports >= 10000 ? `${Math.round(reports / 1000)}k` : String(reports);
  element.title = `${reports} reports at ${markers.length} places: click to zoom in`;
  return L.divIcon({ html: element, className: 'place-cluster-icon', iconSize: [size, size] });
}

function shapeOf(group) {
  return SHAPES[group.level] ?? 'point';
}

/** Marker diameter in pixels: grows with the square root of the count, so area tracks reports. */
function diameter(count, shape) {
  const base = shape === 'point' ? 16 : 22;
  return Math.round(Math.min(base + 6 * Math.sqrt(count - 1), 60));
}

function titleOf(group) {
  const where = group.country && group.level !== 'country' ? `${group.place}, ${group.country}` : group.place;
  return `${where}: ${group.count} ${group.count === 1 ? 'report' : 'reports'}`;
}

function message(text) {
  const p = document.createElement('p');
  p.className = 'popup-message';
  p.textContent = text;
  return p;
}
