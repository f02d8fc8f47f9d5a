// The stance timeline as an SVG bar chart, drawn by hand: one bar per bucket, stacked by stance,
// with the statements only possibly in a bucket (a date range wider than it) as a dashed outline.
import { html, label } from '../html.js';
import { STANCES } from '../vocabulary.js';

const HEIGHT = 180;
const BAR = 28;
const GAP = 10;
const AXIS = 34;

export function timelineChart(buckets, interval) {
  if (!buckets.length) return html`<p class="hint">No dated statements match.</p>`;
  const max = Math.max(1, ...buckets.map((b) => b.count + b.possibleCount));
  const scale = (n) => (n / max) * (HEIGHT - 20);
  const width = AXIS + buckets.length * (BAR + GAP);
  const bars = buckets.map((b, i) => {
    const x = AXIS + i * (BAR + GAP);
    let y = HEIGHT;
    const segments = STANCES.map((stance) => {
      const count = b.byStance.find((s) => s.stance === stance)?.count ?? 0;
      if (!count) return '';
      // byStance counts a statement once per stance it takes, so segments are scaled to the bar.
      const total = b.byStance.reduce((sum, s) => sum + s.count, 0);
      const h = scale(b.count) * (count / total);
      y -= h;
      return html`<rect class="fill-${stance.toLowerCase()}" x="${x}" y="${y}" width="${BAR}" height="${h}"></rect>`;
    });
    const possible = b.possibleCount
      ? html`<rect class="possible" x="${x}" y="${y - scale(b.possibleCount)}" width="${BAR}" height="${scale(b.possibleCount)}"></rect>` : '';
    return html`<g><title>${bucketName(b, interval)}: ${b.count} certainly, ${b.possibleCount} possibly${b.byStance.length ? ` (${b.byStance.map((s) => `${s.count} ${label(s.stance).toLowerCase()}`).join(', ')})` : ''}</title>
      ${segments}${possible}
      <text x="${x + BAR / 2}" y="${HEIGHT + 14}" text-anchor="middle">${shortName(b, interval)}</text></g>`;
  });
  return html`<figure class="timeline">
    <svg viewBox="0 0 ${width} ${HEIGHT + 24}" width="${width}" height="${HEIGHT + 24}" role="img"
         aria-label="Statements by ${label(interval).toLowerCase()} and stance">
      <line class="axis" x1="${AXIS - 4}" y1="${HEIGHT}" x2="${width}" y2="${HEIGHT}"></line>
      <text x="${AXIS - 8}" y="${HEIGHT - scale(max) + 4}" text-anchor="end">${max}</text>
      <text x="${AXIS - 8}" y="${HEIGHT}" text-anchor="end">0</text>
      ${bars}
    </svg>
    <figcaption class="legend">${STANCES.map((s) => html`<span><i class="swatch fill-${s.toLowerCase()}"></i>${label(s)}</span>`)}
      <span><i class="swatch possible"></i>Possibly in the ${label(interval).toLowerCase()} (date less precise)</span></figcaption>
    <table class="visually-hidden"><caption>Statements by ${label(interval).toLowerCase()}</caption>
      <tr><th>From</th><th>To</th><th>Certainly</th><th>Possibly</th></tr>
      ${buckets.map((b) => html`<tr><td>${b.start}</td><td>${b.end}</td><td>${b.count}</td><td>${b.possibleCount}</td></tr>`)}</table>
  </figure>`;
}

function shortName(bucket, interval) {
  const [year, month] = bucket.start.split('-');
  if (interval === 'YEAR') return year;
  if (interval === 'QUARTER') return `Q${Math.floor((month - 1) / 3) + 1} ’${year.slice(2)}`;
  return `${month}/${year.slice(2)}`;
}

const bucketName = (bucket, interval) => (interval === 'YEAR' ? bucket.start.slice(0, 4) : `${bucket.start} to ${bucket.end}`);
