// The events of the corpus, loaded from the GeoJSON API and filtered in the browser, so moving the
// slider or ticking a box is instant. Text search (q) and sources go to the server, which reloads the
// set; dates, roles, levels and countries are filtered here. A dated event is in range when its
// interval (day, month or year, by precision) overlaps [from, to], as the server's EventFilter does.

import { dayFromIso, intervalEnd, isoFromDay } from './dates.js';

/** The facets counted and filtered in the browser: filter key -> event property. */
export const FACETS = { roles: 'role', levels: 'level', countries: 'country' };

export class EventStore {
  /**
   * @param {object} options
   * @param {string} options.url  the events endpoint (GeoJSON FeatureCollection)
   */
  constructor(options) {
    this._url = options.url;
    this._events = [];
    this._loadedQuery = null;
  }

  /**
   * Fetches every event, dated and undated, matching the server-side part of the filter.
   * @param {{q?: string, sources?: Set<string>|null}} [server]
   * @returns {Promise<boolean>} whether the set changed (false when the same query is already loaded)
   */
  async load(server = {}, signal) {
    const url = new URL(this._url, document.baseURI);
    url.searchParams.set('undated', 'true');
    if (server.q) url.searchParams.set('q', server.q);
    if (server.sources) url.searchParams.set('source', [...server.sources].join(','));
    if (url.search === this._loadedQuery) return false;
    const response = await fetch(url, { headers: { Accept: 'application/geo+json, application/json' }, signal });
    if (!response.ok) throw new Error(`Events could not be loaded (HTTP ${response.status}).`);
    const collection = await response.json();
    // Newest first, undated last: every filtered subset keeps this order, so the list never sorts.
    this._events = (collection.features ?? []).map(toEvent).filter((e) => e !== null)
      .sort((a, b) => (b.start ?? -1e9) - (a.start ?? -1e9) || b.id - a.id);
    this._loadedQuery = url.search;
    return true;
  }

  get all() {
    return this._events;
  }

  get undatedCount() {
    return this._events.reduce((n, e) => (e.start === null ? n + 1 : n), 0);
  }

  /** The first and last day of the dated events, or null when none is dated. */
  get span() {
    let min = Infinity;
    let max = -Infinity;
    for (const e of this._events) {
      if (e.start === null) continue;
      if (e.start < min) min = e.start;
      if (e.start > max) max = e.start;
    }
    return min === Infinity ? null : { min, max };
  }

  /**
   * The events passing the filter.
   * @param {object} filter
   * @param {number|null} filter.from  first day number, inclusive; null for open
   * @param {number|null} filter.to    last day number, inclusive; null for open
   * @param {boolean} filter.undated   whether undated events pass
   * @param {Set<string>|null} [filter.roles] [filter.levels] [filter.countries]  allowed values; null for all
   * @param {string} [skip]  a key of filter to ignore (for facet counts), 'dates' to ignore the dates
   */
  filter(filter, skip) {
    const checks = Object.entries(FACETS)
      .filter(([key]) => key !== skip && filter[key])
      .map(([key, prop]) => [filter[key], prop]);
    const dates = skip !== 'dates';
    const { from, to, undated } = filter;
    const result = [];
    for (const e of this._events) {
      if (dates) {
        if (e.start === null) {
          if (!undated) continue;
        } else if ((from !== null && e.end < from) || (to !== null && e.start > to)) continue;
      }
      let ok = true;
      for (const [allowed, prop] of checks) {
        if (!allowed.has(e[prop])) { ok = false; break; }
      }
      if (ok) result.push(e);
    }
    return result;
  }

  /** Per facet, the count of each value among events passing every other filter (what ticking it would show). */
  facetCounts(filter) {
    const counts = {};
    for (const [key, prop] of Object.entries(FACETS)) {
      const map = new Map();
      for (const e of this.filter(filter, key)) map.set(e[prop], (map.get(e[prop]) ?? 0) + 1);
      counts[key] = map;
    }
    return counts;
  }

  /** The query string the server uses for the same filter (/fragments/place/{id}?...). */
  static queryOf(filter) {
    const params = new URLSearchParams();
    if (filter.from !== null) params.set('from', isoFromDay(filter.from));
    if (filter.to !== null) params.set('to', isoFromDay(filter.to));
    params.set('undated', String(filter.undated));
    if (filter.roles) params.set('role', [...filter.roles].join(','));
    if (filter.levels) params.set('level', [...filter.levels].join(','));
    if (filter.countries) params.set('country', [...filter.countries].join(','));
    if (filter.sources) params.set('source', [...filter.sources].join(','));
    if (filter.q) params.set('q', filter.q);
    return params.toString();
  }

  /** Events grouped by gazetteer place: one entry per placeId with its event count and roles. */
  static groupByPlace(events) {
    const groups = new Map();
    for (const e of events) {
      let group = groups.get(e.placeId);
      if (!group) {
        group = { placeId: e.placeId, place: e.place, country: e.country, level: e.level,
          lat: e.lat, lon: e.lon, count: 0, role: e.role };
        groups.set(e.placeId, group);
      }
      group.count += 1;
      // The strongest role wins the marker's look: an event anywhere makes it an event place.
      if (ROLE_RANK[e.role] < ROLE_RANK[group.role]) group.role = e.role;
    }
    return groups;
  }
}

const ROLE_RANK = { event: 0, dateline: 1, actor: 2, adjectival: 3 };

function toEvent(feature) {
  const p = feature?.properties;
  const c = feature?.geometry?.coordinates;
  if (!p || !Array.isArray(c) || c.length < 2) return null;
  const start = p.date ? dayFromIso(p.date) : null;
  return {
    id: p.id,
    placeId: p.placeId,
    place: String(p.place ?? ''),
    country: String(p.country ?? ''),
    level: String(p.level ?? 'city'),
    role: String(p.role ?? 'event'),
    articleId: p.articleId,
    title: String(p.title ?? ''),
    precision: String(p.datePrecision ?? 'day'),
    lon: Number(c[0]),
    lat: Number(c[1]),
    start,
    end: start === null ? null : intervalEnd(start, p.datePrecision),
  };
}
