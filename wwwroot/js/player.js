// Plays the corpus through time (PlayControls.razor): a window of the chosen width steps through the
// dates at the chosen speed, moving the slider, which redraws the map and the list as a drag would.

/** Milliseconds per step at 1×. */
const STEP_MS = 700;

/** Steps per window: the window moves a fifth of its width at a time, so frames overlap and read as motion. */
const STEPS_PER_WINDOW = 5;

export class Player {
  /**
   * @param {HTMLElement} element  the [data-role=player] element
   * @param {object} options
   * @param {import('./range-slider.js').RangeSlider} options.slider
   */
  constructor(element, options) {
    this._slider = options.slider;
    this._button = element.querySelector('[data-role=play]');
    this._text = element.querySelector('[data-role=play-text]');
    this._icon = element.querySelector('.play-icon');
    this._width = element.querySelector('[data-role=play-window]');
    this._speed = element.querySelector('[data-role=play-speed]');
    this._timer = null;
    this._button.addEventListener('click', () => (this.playing ? this.stop() : this.play()));
    this._speed.addEventListener('change', () => { if (this.playing) this._schedule(); });
  }

  get playing() {
    return this._timer !== null;
  }

  play() {
    const { min, max } = this._slider.bounds;
    const width = Number(this._width.value) - 1;
    const now = this._slider.value;
    // Carry on from a window already playing; otherwise start at the beginning.
    const from = now.to - now.from === width && now.to < max ? now.from : min;
    this._slider.setRange(from, Math.min(max, from + width));
    this._setPressed(true);
    this._schedule();
  }

  stop() {
    clearInterval(this._timer);
    this._timer = null;
    this._setPressed(false);
  }

  _schedule() {
    clearInterval(this._timer);
    this._timer = setInterval(() => this._step(), STEP_MS / Number(this._speed.value));
  }

  _step() {
    const { max } = this._slider.bounds;
    const width = Number(this._width.value) - 1;
    const step = Math.max(1, Math.round((width + 1) / STEPS_PER_WINDOW));
    const now = this._slider.value;
    if (now.to >= max) {
      this.stop();
      return;
    }
    const to = Math.min(max, now.to + step);
    this._slider.setRange(Math.max(this._slider.bounds.min, to - width), to);
  }

  _setPressed(on) {
    this._button.setAttribute('aria-pressed', String(on));
    this._text.textContent = on ? 'Pause' : 'Play';
    this._icon.textContent = on ? '❚❚' : '▶';
  }
}
