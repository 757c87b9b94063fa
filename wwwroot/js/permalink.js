// The page's address holds the view: centre, zoom, dates, filters and overlays, written with
// history.replaceState as they change, so a reload or a shared link brings the same view back.
// lat, lon, zoom and place are also read by the server (MapViewRequest) to render the map's start.

import { dayFromIso, isoFromDay } from './dates.js';

/** Writes wait this long after the last change, so a drag writes once. */
const WRITE_DELAY_MS = 250;

/** Filter keys in the address, beside lat, lon, zoom, from, to, undated, q and layers. */
const LIST_KEYS = ['roles', 'levels', 'countries', 'sources'];
const PARAM = { roles: 'role', levels: 'level', countries: 'country', sources: 'source' };

/** The state in an address's query string; missing parts are undefined. */
export function readState(search) {
  const params = new URLSearchParams(search);
  const state = {};
  const from = dayFromIso(params.get('from'));
  const to = dayFromIso(params.get('to'));
  if (from !== null) state.from = from;
  if (to !== null) state.to = to;
  if (params.has('undated')) state.undated = params.get('undated') !== '0' && params.get('undated') !== 'false';
  if (params.has('q')) state.q = params.get('q');
  for (const key of LIST_KEYS) if (params.has(PARAM[key])) state[key] = params.get(PARAM[key]);
  if (params.has('layers')) state.layers = params.get('layers').split(',').filter(Boolean);
  return state;
}

export class Permalink {
  constructor() {
    this._timer = null;
  }

  /**
   * Schedules the address update.
   * @param {object} view
   * @param {{lat: number, lng: number}} view.center
   * @param {number} view.zoom
   * @param {{from: number, to: number}|null} view.range  null when the whole span is selected
   * @param {boolean} view.undated
   * @param {string} view.q
   * @param {object} view.changed   facet key -> comma list, for facets off their defaults
   * @param {string[]|null} view.layers  overlays shown, null for the default
   */
  write(view) {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => history.replaceState(history.state, '', addressOf(view)), WRITE_DELAY_MS);
  }
}

function addressOf(view) {
  const params = new URLSearchParams();
  params.set('lat', view.center.lat.toFixed(4));
  params.set('lon', view.center.lng.toFixed(4));
  params.set('zoom', String(Math.round(view.zoom)));
  if (view.range) {
    params.set('from', isoFromDay(view.range.from));
    params.set('to', isoFromDay(view.range.to));
  }
  if (!view.undated) params.set('undated', '0');
  if (view.q) params.set('q', view.q);
  for (const key of LIST_KEYS) if (view.changed[key] !== undefined) params.set(PARAM[key], view.changed[key]);
  if (view.layers) params.set('layers', view.layers.join(','));
  return `${location.pathname}?${params}`;
}
