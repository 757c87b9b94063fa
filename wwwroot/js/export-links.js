// The "Export CSV" / "Export GeoJSON" links (ExportLinks.razor): their query strings follow the current
// filter, in the parameters of /api/events (from, to, undated, role, level, country, source, q), so the
// download holds exactly the events the map shows.

import { isoFromDay } from './dates.js';

/** Filter key -> API parameter, for the facets. */
const PARAMS = { roles: 'role', levels: 'level', countries: 'country', sources: 'source' };

export class ExportLinks {
  /** @param {HTMLElement} element  the [data-role=export-links] element */
  constructor(element) {
    this._links = [...element.querySelectorAll('a[data-base]')];
  }

  /**
   * @param {object} filter  {from, to, undated, q, roles, levels, countries, sources} as the dashboard filters
   * @param {{min: number, max: number}|null} bounds  the slider's whole span: a range equal to it is not sent
   */
  update(filter, bounds) {
    const search = queryOf(filter, bounds);
    for (const a of this._links) a.href = search ? `${a.dataset.base}?${search}` : a.dataset.base;
  }
}

/** The API query string for a dashboard filter; a facet with every box ticked (null) is not sent. */
export function queryOf(filter, bounds) {
  const params = new URLSearchParams();
  const whole = bounds && filter.from === bounds.min && filter.to === bounds.max;
  if (!whole && filter.from != null) params.set('from', isoFromDay(filter.from));
  if (!whole && filter.to != null) params.set('to', isoFromDay(filter.to));
  params.set('undated', filter.undated ? 'true' : 'false');
  for (const key of ['roles', 'levels', 'countries', 'sources']) {
    if (filter[key]) params.set(PARAMS[key], [...filter[key]].join(','));
  }
  if (filter.q) params.set('q', filter.q);
  return params.toString();
}
