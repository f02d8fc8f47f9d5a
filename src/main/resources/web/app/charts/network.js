// An actor's network as SVG, drawn by hand: the actor in the middle, the others on a circle
// around it, one arrow per (speaker, target) coloured by its dominant stance and as thick as
// its statement count. Every arrow is a button (mouse and keyboard) that lists its statements;
// the same edges are listed as text for screen readers and narrow screens.
import { html, label } from '../html.js';
import { STANCES } from '../vocabulary.js';

const SIZE = 560;
const RADIUS = 210;
const NODE = 7;
const MARGIN = 120; // room for the names beside the circle

/** The stance most of an edge's statements take; ties go to the more hostile one. */
export function dominantStance(edge) {
  return [...edge.stances].sort((a, b) => b.count - a.count
    || STANCES.indexOf(b.stance) - STANCES.indexOf(a.stance))[0]?.stance ?? 'NEUTRAL';
}

export function networkGraph(container, network, centerId, onSelect) {
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const others = network.nodes.filter((n) => n.id !== centerId);
  const position = new Map([[centerId, { x: SIZE / 2, y: SIZE / 2 }]]);
  others.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / others.length - Math.PI / 2;
    position.set(n.id, { x: SIZE / 2 + RADIUS * Math.cos(angle), y: SIZE / 2 + RADIUS * Math.sin(angle) });
  });
  const edges = network.edges.map((e) => ({
    ...e, source: byId.get(e.source.id), target: byId.get(e.target.id), stance: dominantStance(e),
  }));
  const describe = (e) => `${e.source.name} → ${e.target.name}: ${e.statementCount} ${e.statementCount === 1 ? 'statement' : 'statements'}, `
    + e.stances.map((s) => `${s.count} ${label(s.stance).toLowerCase()}`).join(', ');

  container.innerHTML = html`<figure class="network">
    <svg viewBox="${-MARGIN} 0 ${SIZE + 2 * MARGIN} ${SIZE}" role="group" aria-label="Network around the actor">
      <defs>${STANCES.map((s) => html`<marker id="arrow-${s.toLowerCase()}" viewBox="0 0 10 10" refX="10" refY="5"
        markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse"><path class="fill-${s.toLowerCase()}" d="M0,0L10,5L0,10z"></path></marker>`)}</defs>
      ${edges.map((e, i) => html`<path class="edge stroke-${e.stance.toLowerCase()}" d="${arc(position.get(e.source.id), position.get(e.target.id))}"
        stroke-width="${1.5 + 2 * Math.sqrt(e.statementCount)}" marker-end="url(#arrow-${e.stance.toLowerCase()})"
        tabindex="0" role="button" data-edge="${i}" data-source="${e.source.name}" data-target="${e.target.name}" data-stance="${e.stance}"
        aria-label="${describe(e)}"><title>${describe(e)}</title></path>`)}
      ${network.nodes.map((n) => {
        const p = position.get(n.id);
        const anchor = p.x < SIZE / 2 - 1 ? 'end' : p.x > SIZE / 2 + 1 ? 'start' : 'middle';
        const dx = anchor === 'end' ? -10 : anchor === 'start' ? 10 : 0;
        return html`<a href="#/actor/${encodeURIComponent(n.slug)}" class="node${n.id === centerId ? ' center' : ''}">
          <circle cx="${p.x}" cy="${p.y}" r="${n.id === centerId ? NODE * 1.6 : NODE}"></circle>
          <text x="${p.x + dx}" y="${p.y + (anchor === 'middle' ? -16 : 4)}" text-anchor="${anchor}">${n.name}</text></a>`;
      })}
    </svg>
    <figcaption class="legend">${STANCES.map((s) => html`<span><i class="swatch fill-${s.toLowerCase()}"></i>${label(s)}</span>`)}</figcaption>
  </figure>
  <details class="edge-list"><summary>All ${edges.length} connections as a list</summary>
    <ul>${edges.map((e, i) => html`<li><button type="button" data-edge="${i}" class="link-button">${describe(e)}</button></li>`)}</ul>
  </details>`;

  container.querySelectorAll('[data-edge]').forEach((element) => {
    const select = () => {
      container.querySelectorAll('path.edge[aria-pressed]').forEach((p) => p.removeAttribute('aria-pressed'));
      container.querySelector(`path.edge[data-edge="${element.dataset.edge}"]`).setAttribute('aria-pressed', 'true');
      onSelect(edges[element.dataset.edge]);
    };
    element.addEventListener('click', select);
    element.addEventListener('keydown', (event) => {
      if (element.tagName !== 'BUTTON' && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        select();
      }
    });
  });
}

/** A curve from a to b, bent to its left so that a → b and b → a stay apart, ending at b's rim. */
function arc(a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const end = { x: b.x - (dx / length) * (NODE + 4), y: b.y - (dy / length) * (NODE + 4) };
  const bend = { x: (a.x + b.x) / 2 - (dy / length) * 28, y: (a.y + b.y) / 2 + (dx / length) * 28 };
  return `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${bend.x.toFixed(1)},${bend.y.toFixed(1)} ${end.x.toFixed(1)},${end.y.toFixed(1)}`;
}
