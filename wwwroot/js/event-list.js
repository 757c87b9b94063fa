// The list beside the map (EventList.razor): the reports in view and in the filters, newest first,
// capped at CAP items so 10,000 events never become 10,000 DOM nodes. Hovering or focusing an item
// highlights its marker; choosing it zooms there and opens the popup. Text goes in with textContent only.

import { describeFuzzy } from './dates.js';

/** Items drawn at most; the rest is counted below the list. */
const CAP = 150;

export class EventList {
  /**
   * @param {HTMLElement} element  the [data-role=event-list] element
   * @param {object} options
   * @param {(placeId: number|null) => void} options.onHover  an item is pointed at or focused (null: left)
   * @param {(event: object) => void} options.onChoose      an item is clicked or activated by keyboard
   */
  constructor(element, options) {
    this._items = element.querySelector('[data-role=event-list-items]');
    this._summary = element.querySelector('[data-role=event-list-summary]');
    this._more = element.querySelector('[data-role=event-list-more]');
    this._options = options;
    this._shown = new Map(); // event id -> event, for the delegated handlers
    this._key = '';
    const itemOf = (e) => e.target.closest?.('[data-event-id]');
    const hover = (e) => {
      const item = itemOf(e);
      options.onHover(item ? Number(item.dataset.placeId) : null);
    };
    this._items.addEventListener('mouseover', hover);
    this._items.addEventListener('focusin', hover);
    this._items.addEventListener('mouseleave', () => options.onHover(null));
    this._items.addEventListener('focusout', () => options.onHover(null));
    this._items.addEventListener('click', (e) => {
      const item = itemOf(e);
      const event = item && this._shown.get(Number(item.dataset.eventId));
      if (event) options.onChoose(event);
    });
  }

  /**
   * Shows the events inside the bounds, in the order given (newest first).
   * @param {object[]} events  filtered events, sorted
   * @param {L.LatLngBounds} bounds  the map's view
   */
  update(events, bounds) {
    const inView = [];
    let total = 0;
    for (const e of events) {
      if (!bounds.contains([e.lat, e.lon])) continue;
      total += 1;
      if (inView.length < CAP) inView.push(e);
    }
    const key = `${total}:${inView.map((e) => e.id).join(',')}`;
    if (key === this._key) return;
    this._key = key;
    this._shown = new Map(inView.map((e) => [e.id, e]));
    this._summary.textContent = total === 0
      ? 'No reports in view. Zoom out or widen the dates.'
      : `${total.toLocaleString('en')} ${total === 1 ? 'report' : 'reports'} in view, newest first.`;
    const fragment = document.createDocumentFragment();
    for (const e of inView) fragment.append(item(e));
    this._items.replaceChildren(fragment);
    this._more.hidden = total <= CAP;
    this._more.textContent = total > CAP ? `${(total - CAP).toLocaleString('en')} more not listed: zoom in or narrow the dates.` : '';
  }
}

function item(e) {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'event-item';
  button.dataset.eventId = String(e.id);
  button.dataset.placeId = String(e.placeId);
  const title = document.createElement('span');
  title.className = 'event-item-title';
  title.textContent = e.title;
  const meta = document.createElement('span');
  meta.className = 'event-item-meta';
  const where = e.country && e.level !== 'country' ? `${e.place}, ${e.country}` : e.place;
  const role = e.role === 'event' ? '' : ` · ${e.role}`;
  meta.textContent = `${where} · ${describeFuzzy(e.start, e.precision)}${role}`;
  button.append(title, meta);
  li.append(button);
  return li;
}
