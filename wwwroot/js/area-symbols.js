// Areas on the dashboard's map (MapCanvas.razor.js): a country mentioned in reports is its Natural Earth shape,
// shaded by how many reports name it, with a label of its name and count; a province, region or continent has no
// shape here and is an area symbol: a dashed, hatched label, never a dot a reader takes for a city. Which areas and
// which counts come from the server (AreaKinds, MapDrawing); this module only draws them.

const L = window.L;

/**
 * The shading classes of a country by reports (lower bounds), lightest first; MapLegend.razor shows the same ramp.
 * Fixed classes, not relative to the view's busiest country: a country keeps its shade as the map pans.
 */
export const SHADES = [
  { from: 1, colour: '--area-shade-1' },
  { from: 2, colour: '--area-shade-2' },
  { from: 5, colour: '--area-shade-3' },
  { from: 20, colour: '--area-shade-4' },
];

/** The shapes by country code: each fetched once (GET /api/area-shapes/{code}, cached by the browser too). */
const shapes = new Map();

/** The GeoJSON geometry of a country's shape, or null when the server has none. */
export function loadShape(code) {
  if (!shapes.has(code)) {
    shapes.set(code, fetch(`api/area-shapes/${encodeURIComponent(code)}`, { headers: { Accept: 'application/geo+json' } })
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null));
  }
  return shapes.get(code);
}

/** The shades' colours, read once: reading the page's style after a change forces a style recalculation. */
const fills = new Map();

/** The Leaflet path style of a country with `reports` reports. */
export function shapeStyle(reports) {
  const shade = [...SHADES].reverse().find((s) => reports >= s.from) ?? SHADES[0];
  if (!fills.has(shade.colour)) fills.set(shade.colour, getComputedStyle(document.documentElement).getPropertyValue(shade.colour).trim());
  const fill = fills.get(shade.colour);
  return { color: '#1864ab', weight: 1.5, fillColor: fill, fillOpacity: 0.55, className: 'area-shape' };
}

/**
 * The label of an area: its name and report count in a box, centred on its point. Countries have a solid frame
 * (their shape is drawn under it), provinces and regions a dashed, hatched one (the symbol is the area).
 */
export function areaIcon(m, undated) {
  const element = document.createElement('span');
  const kind = m.area === 'country' && m.shape ? 'country' : 'region';
  element.className = `place-marker place-marker-${kind} area-label place-role-${m.role}${undated ? ' is-undated' : ''}`;
  element.dataset.placeId = String(m.placeId);
  element.dataset.count = String(m.reports);
  element.dataset.role = m.role;
  element.dataset.area = m.area;
  element.dataset.confidence = m.confidence.toFixed(2);
  const name = document.createElement('span');
  name.className = 'area-name';
  name.textContent = m.place;
  const count = document.createElement('span');
  count.className = 'place-marker-count';
  count.textContent = String(m.reports);
  element.append(name, count);
  // No size: the label is as wide as its name; it is centred on its point once drawn (MapCanvas.razor.js, _declutterLabels).
  return L.divIcon({ html: element, className: 'area-label-icon', iconSize: null });
}

/**
 * Where an area label may stand, in pixels from its point, tried in order: on it, then above, below, beside and
 * diagonally, then twice as far above or below; never further (a label is hidden rather than stood far off). On the
 * seeds the label "Syria" at the country's centre sat on Tadmur's marker; with offsets up to 180 px, at zoom 4
 * "Quneitra" stood in the sea south of Crete, 1,500 km from the Golan.
 */
export const LABEL_OFFSETS = [[0, 0], [0, -22], [0, 22], [60, 0], [-60, 0], [50, -22], [-50, -22], [50, 22], [-50, 22], [0, -44], [0, 44]];
