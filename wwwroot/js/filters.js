// The filters panel (FiltersPanel.razor): reads the search box and the facet checkboxes into a filter
// value, writes each option's count, and restores a value from a permalink. The text search and the
// sources are answered by the server (kind 'server'); roles, levels and countries in the browser ('client').

/** Facet fieldset name -> filter key. */
const KEYS = { role: 'roles', level: 'levels', country: 'countries', source: 'sources' };
const SERVER_KEYS = new Set(['sources']);

/** Typing pauses this long before the search goes to the server. */
const SEARCH_DELAY_MS = 300;

export class Filters {
  /**
   * @param {HTMLFormElement} element  the [data-role=filters] form
   * @param {object} options
   * @param {(kind: 'server'|'client') => void} options.onChange
   */
  constructor(element, options) {
    this._element = element;
    this._onChange = options.onChange;
    this._search = element.querySelector('[data-role=search]');
    this._facets = {};
    for (const fieldset of element.querySelectorAll('[data-facet]')) {
      const key = KEYS[fieldset.dataset.facet];
      if (!key) continue;
      const boxes = [...fieldset.querySelectorAll('input[type=checkbox]')];
      this._facets[key] = { boxes, defaults: boxes.map((b) => b.checked), counts: fieldset.querySelectorAll('[data-count-for]') };
      fieldset.addEventListener('change', () => this._onChange(SERVER_KEYS.has(key) ? 'server' : 'client'));
    }
    let timer = null;
    this._search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this._onChange('server'), SEARCH_DELAY_MS);
    });
    this._search.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      clearTimeout(timer);
      this._onChange('server');
    });
    element.querySelector('[data-role=filters-reset]')?.addEventListener('click', () => this.reset());
  }

  /** {q, roles, levels, countries, sources}: a Set of allowed values per facet, null when every box is ticked. */
  get value() {
    const value = { q: this._search.value.trim() };
    for (const key of Object.values(KEYS)) {
      const facet = this._facets[key];
      if (!facet || facet.boxes.every((b) => b.checked)) value[key] = null;
      else value[key] = new Set(facet.boxes.filter((b) => b.checked).map((b) => b.value));
    }
    return value;
  }

  /** The facets whose boxes differ from the page's defaults, as comma lists (for the permalink). */
  get changed() {
    const changed = {};
    for (const [key, facet] of Object.entries(this._facets)) {
      if (facet.boxes.some((b, i) => b.checked !== facet.defaults[i])) {
        changed[key] = facet.boxes.filter((b) => b.checked).map((b) => b.value).join(',');
      }
    }
    return changed;
  }

  /** Restores a permalink's filters without notifying: {q, roles: 'event,actor', ...}. */
  restore(state) {
    if (state.q) this._search.value = state.q;
    for (const [key, facet] of Object.entries(this._facets)) {
      if (state[key] === undefined) continue;
      const wanted = new Set(state[key].split(',').filter(Boolean));
      for (const box of facet.boxes) box.checked = wanted.has(box.value);
    }
  }

  /** Writes counts per facet: {roles: Map(value -> count), ...}. */
  setCounts(counts) {
    for (const [key, map] of Object.entries(counts)) {
      const facet = this._facets[key];
      if (!facet) continue;
      for (const span of facet.counts) span.textContent = String(map.get(span.dataset.countFor) ?? 0);
    }
  }

  reset() {
    const serverChanged = this._search.value !== '' || this._facets.sources?.boxes.some((b, i) => b.checked !== this._facets.sources.defaults[i]);
    this._search.value = '';
    for (const facet of Object.values(this._facets)) facet.boxes.forEach((b, i) => { b.checked = facet.defaults[i]; });
    this._onChange(serverChanged ? 'server' : 'client');
  }
}
