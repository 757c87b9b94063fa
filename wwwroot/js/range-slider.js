// Brings DateRangeSlider.razor to life: two thumbs on one track, dragged with a pointer or moved with
// the keyboard (arrows: a day, PageUp/PageDown: PAGE_DAYS, Home/End: the ends of what the thumb may
// reach). Values are day numbers (dates.js); the thumbs never cross. ARIA values and the labels follow.

import { dayFromIso, describeDay, shortDay } from './dates.js';

/** Days moved by PageUp/PageDown. */
const PAGE_DAYS = 30;

export class RangeSlider {
  /**
   * @param {HTMLElement} element  the [data-role=date-range] element rendered by DateRangeSlider.razor
   * @param {object} options
   * @param {(range: {from: number, to: number}) => void} options.onChange  called on every move
   */
  constructor(element, options) {
    this._element = element;
    this._onChange = options.onChange;
    this._min = dayFromIso(element.dataset.min);
    this._max = dayFromIso(element.dataset.max);
    this._track = element.querySelector('[data-role=track]');
    this._fill = element.querySelector('[data-role=fill]');
    this._thumbs = {
      from: element.querySelector('[data-thumb=from]'),
      to: element.querySelector('[data-thumb=to]'),
    };
    this._labels = {
      from: element.querySelector('[data-role=from-label]'),
      to: element.querySelector('[data-role=to-label]'),
    };
    this._value = {
      from: Number(this._thumbs.from.getAttribute('aria-valuenow')),
      to: Number(this._thumbs.to.getAttribute('aria-valuenow')),
    };
    for (const [name, thumb] of Object.entries(this._thumbs)) {
      thumb.addEventListener('keydown', (e) => this._onKey(name, e));
      thumb.addEventListener('pointerdown', (e) => this._onPointerDown(name, e));
    }
    this._track.addEventListener('pointerdown', (e) => this._onTrackDown(e));
    this._render();
  }

  /** The selected range, inclusive day numbers. */
  get value() {
    return { ...this._value };
  }

  /** Whether the whole span is selected. */
  get isFull() {
    return this._value.from <= this._min && this._value.to >= this._max;
  }

  /** The first and last day the thumbs can reach. */
  get bounds() {
    return { min: this._min, max: this._max };
  }

  /**
   * Sets both thumbs at once (a histogram drag, a play step); notifies once when anything moved, unless
   * silent (the server moved the range and needs no word back).
   */
  setRange(from, to, silent = false) {
    const f = Math.min(this._max, Math.max(this._min, Math.round(Math.min(from, to))));
    const t = Math.min(this._max, Math.max(f, Math.round(Math.max(from, to))));
    if (f === this._value.from && t === this._value.to) return;
    this._value = { from: f, to: t };
    this._render();
    if (!silent) this._onChange(this.value);
  }

  /** Moves one thumb to a day, within its bounds; notifies when it moved. */
  set(name, day) {
    const [low, high] = name === 'from' ? [this._min, this._value.to] : [this._value.from, this._max];
    const clamped = Math.min(high, Math.max(low, Math.round(day)));
    if (clamped === this._value[name]) return;
    this._value[name] = clamped;
    this._render();
    this._onChange(this.value);
  }

  _onKey(name, event) {
    const now = this._value[name];
    const moves = {
      ArrowLeft: now - 1, ArrowDown: now - 1, ArrowRight: now + 1, ArrowUp: now + 1,
      PageDown: now - PAGE_DAYS, PageUp: now + PAGE_DAYS,
      Home: name === 'from' ? this._min : this._value.from,
      End: name === 'to' ? this._max : this._value.to,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.set(name, moves[event.key]);
  }

  _onPointerDown(name, event) {
    event.preventDefault();
    event.stopPropagation();
    const thumb = this._thumbs[name];
    thumb.focus();
    thumb.setPointerCapture(event.pointerId);
    const move = (e) => this.set(name, this._dayAt(e.clientX));
    const up = () => {
      thumb.removeEventListener('pointermove', move);
      thumb.removeEventListener('pointerup', up);
      thumb.removeEventListener('pointercancel', up);
    };
    thumb.addEventListener('pointermove', move);
    thumb.addEventListener('pointerup', up);
    thumb.addEventListener('pointercancel', up);
  }

  /** A press on the track moves the nearer thumb there. */
  _onTrackDown(event) {
    const day = this._dayAt(event.clientX);
    const name = Math.abs(day - this._value.from) <= Math.abs(day - this._value.to) ? 'from' : 'to';
    this.set(name, day);
    this._onPointerDown(name, event);
  }

  _dayAt(clientX) {
    const rect = this._track.getBoundingClientRect();
    const fraction = rect.width > 0 ? (clientX - rect.left) / rect.width : 0;
    return this._min + Math.min(1, Math.max(0, fraction)) * (this._max - this._min);
  }

  _percent(day) {
    const span = this._max - this._min;
    return span > 0 ? ((day - this._min) / span) * 100 : 0;
  }

  _render() {
    const { from, to } = this._value;
    const f = this._thumbs.from;
    const t = this._thumbs.to;
    f.style.left = `${this._percent(from)}%`;
    t.style.left = `${this._percent(to)}%`;
    // A thumb at the far end must stay reachable by pointer when both sit on the same day.
    f.style.zIndex = from >= this._max ? '2' : '1';
    this._fill.style.left = `${this._percent(from)}%`;
    this._fill.style.right = `${100 - this._percent(to)}%`;
    f.setAttribute('aria-valuenow', String(from));
    f.setAttribute('aria-valuemax', String(to));
    f.setAttribute('aria-valuetext', describeDay(from));
    t.setAttribute('aria-valuenow', String(to));
    t.setAttribute('aria-valuemin', String(from));
    t.setAttribute('aria-valuetext', describeDay(to));
    this._labels.from.textContent = shortDay(from);
    this._labels.to.textContent = shortDay(to);
  }
}
