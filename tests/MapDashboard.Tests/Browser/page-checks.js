// Checks run inside Chromium by PageQualityBrowserTests (read from disk; evaluated as one function body).
// Returns { unnamed: [...], contrast: [...] }: controls without an accessible name, and text whose colour
// against its background is below WCAG AA (4.5:1; 3:1 for large text: 24 px, or 18.66 px bold).
() => {
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0.05;
  };
  const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;

  // Controls: a label, aria-label(ledby), title, or text (buttons, links).
  const unnamed = [];
  for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea, button, [role=slider], [role=button], a[href]')) {
    if (!visible(el) && el.type !== 'file' && el.type !== 'checkbox' && el.type !== 'radio') continue;
    const named = (el.labels && el.labels.length > 0 && [...el.labels].some((l) => l.textContent.trim()))
      || el.getAttribute('aria-label')?.trim()
      || (el.getAttribute('aria-labelledby') && el.getAttribute('aria-labelledby').split(/\s+/).some((id) => document.getElementById(id)?.textContent.trim()))
      || el.getAttribute('title')?.trim()
      || ((el.tagName === 'BUTTON' || el.tagName === 'A' || el.getAttribute('role') === 'button') && el.textContent.trim())
      || (el.tagName === 'INPUT' && ['submit', 'button'].includes(el.type) && el.value.trim());
    if (!named) unnamed.push(describe(el));
  }

  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = '1'] = m[1].split(/[ ,/]+/).filter(Boolean);
    return [Number(r), Number(g), Number(b), Number(a)];
  };
  const over = (top, bottom) => top.slice(0, 3).map((v, i) => v * top[3] + bottom[i] * (1 - top[3])).concat(1);
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) {
        layers.push(c);
        if (c[3] >= 1) break;
      }
    }
    let bg = [255, 255, 255, 1];
    for (const c of layers.reverse()) bg = over(c, bg);
    return bg;
  };
  const luminance = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a, b) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };

  // Text: every visible element with its own text, except inside the map's drawing (the canvas and markers
  // sit over land or sea of varying colour; their labels carry their own background and are checked).
  const contrast = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || !node.textContent.trim() || !visible(el)) continue;
    if (el.closest('script, style, noscript, [aria-hidden=true], .leaflet-marker-pane .place-cluster')) continue;
    seen.add(el);
    const s = getComputedStyle(el);
    const fg = parse(s.color);
    if (!fg) continue;
    const bg = background(el);
    const r = ratio(over(fg, bg), bg);
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    if (r < needed) contrast.push(`${describe(el)}: ${r.toFixed(2)} < ${needed} (${s.color} on rgb(${bg.slice(0, 3).map(Math.round).join(',')}))`);
  }
  return { unnamed, contrast };
}
