// A statement as the desk shows it everywhere: who, what, when, about whom with which stance.
import { html, label, attributionNote } from '../html.js';
import { isEditor } from '../session.js';

export const stanceClass = (stance) => `stance-${stance.toLowerCase()}`;

export const actorLink = (actor) => html`<a href="#/actor/${encodeURIComponent(actor.slug)}">${actor.name}</a>`;

export function targets(statement) {
  return html`<ul class="targets" aria-label="Targets">
    ${statement.targets.map((t) => html`<li>${actorLink(t.actor)}
      <span class="stance ${stanceClass(t.stance)}">${label(t.stance)}</span>${t.role ? html` <span class="role">${label(t.role).toLowerCase()}</span>` : ''}${t.explicitness === 'INTERPRETED' ? ' (interpreted)' : ''}</li>`)}
  </ul>`;
}

/** Where to read a statement: the article at the first passage that reports it. */
export function passageHref(attestation) {
  return `#/article/${encodeURIComponent(attestation.article.slug)}?at=${attestation.start}`;
}

export function statementCard(statement, { withSource = true } = {}) {
  const note = attributionNote(statement);
  const source = statement.attestations[0];
  return html`<article class="statement" data-statement="${statement.id}">
    <p class="statement-head">${actorLink(statement.speaker)}
      <span class="kind">${label(statement.kind)}</span>
      <span class="date">${statement.date.text}</span>
      ${note ? html`<span class="attribution">${note}</span>` : ''}</p>
    <p class="statement-summary">${statement.summary}</p>
    ${statement.quote ? html`<blockquote>${statement.quote}</blockquote>` : ''}
    ${statement.targets.length ? targets(statement) : ''}
    <p class="statement-links">
      ${withSource && source?.article?.slug ? html`<a href="${passageHref(source)}">Read the passage${source.article.title ? html` in <cite>${source.article.title}</cite>` : ''}</a>` : ''}
      ${isEditor() ? html`<a href="#/statement/${encodeURIComponent(statement.id)}/edit">Edit</a>` : ''}
    </p>
  </article>`;
}
