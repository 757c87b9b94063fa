// The histogram above the date slider (TimeHistogram.razor): events per day, week or month, the bin
// chosen by the span so there are tens of bars, not thousands. Bars on the slider's scale (the first
// day at 0%, the last at 100%), the selected range drawn darker. Dragging across it selects a range;
// a click selects one bar.

import { describeDay, shortDay } from './dates.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 1000; // viewBox units across; the SVG stretches to its box
const HEIGHT = 100;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export class Histogram {
  /**
   * @param {HTMLElement} element  the [data-role=histogram] element
   * @param {object} options
   * @param {number} options.min  first day number of the corpus
   * @param {number} options.max  last day number of the corpus
   * @param {(from: number, to: number) => void} options.onSelect  a range chosen by dragging
   */
  constructor(element, options) {
    this._element = element;
    this._svg = element.querySelector('[data-role=histogram-svg]');
    this._binLabel = element.querySelector('[data-role=histogram-bin]');
    this._onSelect = options.onSelect;
    this._min = options.min;
    this._max = options.max;
    this._svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
    this._bins = makeBins(this._min, this._max);
    this._binLabel.textContent = `per ${this._bins.unit}`;
    this._bars = this._bins.list.map((bin) => {
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('x', String(this._x(bin.from - 0.5)));
      rect.setAttribute('width', String(Math.max(0.5, this._x(bin.to + 0.5) - this._x(bin.from - 0.5) - 0.6)));
      rect.setAttribute('class', 'histogram-bar');
      const title = document.createElementNS(SVG, 'title');
      rect.append(title);
      this._svg.append(rect);
      return { rect, title };
    });
    this._brush = document.createElementNS(SVG, 'rect');
    this._brush.setAttribute('class', 'histogram-brush');
    this._brush.setAttribute('y', '0');
    this._brush.setAttribute('height', String(HEIGHT));
    this._brush.setAttribute('visibility', 'hidden');
    this._svg.append(this._brush);
    this._counts = null;
    element.addEventListener('pointerdown', (e) => this._onDown(e));
  }

  /** The bin unit: 'day', 'week' or 'month'. */
  get unit() {
    return this._bins.unit;
  }

  /**
   * Redraws the bars for these dated events; bars inside [from, to] are marked selected.
   * @param {Array<{start: number|null}>} events  filtered by everything but the dates
   * @param {{from: number, to: number}} range
   */
  update(events, range) {
    const counts = new Array(this._bins.list.length).fill(0);
    for (const e of events) {
      if (e.start === null || e.start < this._min || e.start > this._max) continue;
      counts[this._bins.indexOf(e.start)] += 1;
    }
    const peak = Math.max(1, ...counts);
    this._bins.list.forEach((bin, i) => {
      const { rect, title } = this._bars[i];
      if (!this._counts || this._counts[i] !== counts[i]) {
        const h = counts[i] === 0 ? 0 : Math.max(2, (counts[i] / peak) * (HEIGHT - 4));
        rect.setAttribute('y', String(HEIGHT - h));
        rect.setAttribute('height', String(h));
        title.textContent = `${bin.label}: ${counts[i]} ${counts[i] === 1 ? 'event' : 'events'}`;
      }
      rect.classList.toggle('is-selected', bin.to >= range.from && bin.from <= range.to);
    });
    this._counts = counts;
  }

  _x(day) {
    const span = this._max - this._min;
    return span > 0 ? ((day - this._min) / span) * WIDTH : WIDTH / 2;
  }

  _dayAt(clientX) {
    const rect = this._svg.getBoundingClientRect();
    const fraction = rect.width > 0 ? (clientX - rect.left) / rect.width : 0;
    return Math.round(this._min + Math.min(1, Math.max(0, fraction)) * (this._max - this._min));
  }

  _onDown(event) {
    if (event.button !== 0) return;
    event.preventDefault();
    this._element.setPointerCapture(event.pointerId);
    const start = this._bins.list[this._bins.indexOf(this._dayAt(event.clientX))];
    let end = start;
    const show = () => {
      const from = Math.min(start.from, end.from);
      const to = Math.max(start.to, end.to);
      this._brush.setAttribute('x', String(this._x(from - 0.5)));
      this._brush.setAttribute('width', String(this._x(to + 0.5) - this._x(from - 0.5)));
      this._brush.setAttribute('visibility', 'visible');
      return { from, to };
    };
    show();
    const move = (e) => {
      end = this._bins.list[this._bins.indexOf(this._dayAt(e.clientX))];
      show();
    };
    const up = () => {
      this._element.removeEventListener('pointermove', move);
      this._element.removeEventListener('pointerup', up);
      this._element.removeEventListener('pointercancel', up);
      this._brush.setAttribute('visibility', 'hidden');
      const { from, to } = show();
      this._brush.setAttribute('visibility', 'hidden');
      this._onSelect(Math.max(this._min, from), Math.min(this._max, to));
    };
    this._element.addEventListener('pointermove', move);
    this._element.addEventListener('pointerup', up);
    this._element.addEventListener('pointercancel', up);
  }
}

/** Bins covering [min, max]: days up to about three months, weeks up to two years, months beyond. */
function makeBins(min, max) {
  const span = max - min;
  if (span <= 92) {
    const list = [];
    for (let d = min; d <= max; d++) list.push({ from: d, to: d, label: describeDay(d) });
    return { unit: 'day', list, indexOf: (day) => day - min };
  }
  if (span <= 730) {
    const list = [];
    for (let d = min; d <= max; d += 7) list.push({ from: d, to: Math.min(max, d + 6), label: `Week of ${shortDay(d)}` });
    return { unit: 'week', list, indexOf: (day) => Math.floor((day - min) / 7) };
  }
  const monthOf = (day) => { const t = new Date(day * 86400000); return t.getUTCFullYear() * 12 + t.getUTCMonth(); };
  const first = monthOf(min);
  const list = [];
  for (let m = first; m <= monthOf(max); m++) {
    const from = Math.max(min, Math.round(Date.UTC(Math.floor(m / 12), m % 12, 1) / 86400000));
    const to = Math.min(max, Math.round(Date.UTC(Math.floor(m / 12), (m % 12) + 1, 1) / 86400000) - 1);
    list.push({ from, to, label: `${MONTHS[m % 12]} ${Math.floor(m / 12)}` });
  }
  return { unit: 'month', list, indexOf: (day) => monthOf(day) - first };
}
