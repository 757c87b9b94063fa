// Brings DateRangeSlider.razor to life with RangeSlider (/js/range-slider.js): the thumbs and labels move in
// the browser at once, and the server hears the settled range. While one range is on its way to the server,
// further moves wait and only the latest is sent when it returns, so a drag never waits on a round trip per
// pixel. A drag across the histogram above the track selects the range it covers.

export async function attach(element, dotnet) {
  const { RangeSlider } = await import('/js/range-slider.js');
  let sending = false;
  let pending = null;
  const send = async (range) => {
    if (sending) {
      pending = range;
      return;
    }
    sending = true;
    try {
      await dotnet.invokeMethodAsync('OnRangeChanged', range.from, range.to);
    } finally {
      sending = false;
    }
    if (pending) {
      const next = pending;
      pending = null;
      send(next);
    }
  };
  const slider = new RangeSlider(element, { onChange: send });
  const histogram = element.querySelector('[data-role=histogram-svg]');
  if (histogram) dragToSelect(histogram, slider);
  return {
    setRange: (from, to) => slider.setRange(from, to, true),
  };
}

/** Pointer down, move and up across the histogram: the range from the first day to the last one crossed. */
function dragToSelect(svg, slider) {
  const dayAt = (clientX) => {
    const rect = svg.getBoundingClientRect();
    const { min, max } = slider.bounds;
    const fraction = rect.width > 0 ? Math.min(1, Math.max(0, (clientX - rect.left) / rect.width)) : 0;
    return Math.floor(min + fraction * (max - min + 1 - 1e-9));
  };
  svg.addEventListener('pointerdown', (down) => {
    down.preventDefault();
    svg.setPointerCapture(down.pointerId);
    const start = dayAt(down.clientX);
    const move = (e) => slider.setRange(start, dayAt(e.clientX));
    const up = (e) => {
      move(e);
      svg.removeEventListener('pointermove', move);
      svg.removeEventListener('pointerup', up);
      svg.removeEventListener('pointercancel', up);
    };
    svg.addEventListener('pointermove', move);
    svg.addEventListener('pointerup', up);
    svg.addEventListener('pointercancel', up);
  });
}
