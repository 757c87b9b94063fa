// The header's links from the map page (data-map-link, MainLayout.razor) carry the map's address: "away" links (Import,
// Review, Status) as ?map=, so those pages lead back to this view; the "back" link (the brand) is the address itself.
// Read at the moment of use (pointer down, focus, click), since the address follows every pan, range and filter.
let installed = false;

const current = () => location.pathname + location.search;

function fill(link) {
  if (link.dataset.mapLink === 'back') {
    link.setAttribute('href', current());
    return;
  }
  const url = new URL(link.getAttribute('href'), location.href);
  url.searchParams.set('map', current());
  link.setAttribute('href', url.pathname + url.search + url.hash);
}

export function carryAddress() {
  if (installed) return;
  installed = true;
  for (const type of ['pointerdown', 'focusin', 'click']) {
    document.addEventListener(type, (e) => {
      const link = e.target instanceof Element ? e.target.closest('a[data-map-link]') : null;
      if (link) fill(link);
    }, true);
  }
}
