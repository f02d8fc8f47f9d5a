// Recording and editing a statement, for a signed-in editor: speaker, kind, summary, quote,
// date as written with its bounds, attribution, targets with their stances, and the passages
// that report it. The API's userErrors appear next to the fields they name; a save against a
// version someone else saved since is refused with STALE_VERSION, and the form says so.
import StatementForEdit from '../operations/StatementForEdit.graphql';
import ArticleForStatement from '../operations/ArticleForStatement.graphql';
import ActorChoices from '../operations/ActorChoices.graphql';
import StatementCreate from '../operations/StatementCreate.graphql';
import StatementUpdate from '../operations/StatementUpdate.graphql';
import { request } from '../graphql.js';
import { html, label } from '../html.js';
import { isEditor } from '../session.js';
import { STANCES, KINDS } from '../vocabulary.js';

export const name = 'statement-editor';
const PRECISIONS = ['DAY', 'PART_OF_MONTH', 'MONTH', 'YEAR', 'RANGE', 'UNKNOWN'];
const ATTRIBUTIONS = ['CONFIRMED', 'ATTRIBUTED', 'DISPUTED', 'DENIED'];
const STATUSES = ['ACTIVE', 'EDITED', 'DELETED', 'RETRACTED', 'REVERSED'];
const ROLES = ['ADDRESSEE', 'SUBJECT', 'BENEFICIARY', 'WARNED', 'THREATENED', 'REFUSED', 'AFFECTED'];
const EXPLICITNESS = ['EXPLICIT', 'IMPLICIT', 'INTERPRETED'];
const FORMS = ['DIRECT_QUOTE', 'PARTIAL_QUOTE', 'PARAPHRASE', 'SUMMARY'];

export async function render({ main, params }, id) {
  if (!isEditor()) {
    main.innerHTML = html`<h1>Editors only</h1><p><a href="#/sign-in?then=${encodeURIComponent(location.hash)}">Sign in</a> with an editor's token to record statements.</p>`;
    return 'Editors only';
  }
  const statement = id ? (await request(StatementForEdit, { id })).statement : await blankStatement(params.get('article'));
  if (!statement) {
    main.innerHTML = html`<h1>Not found</h1><p>No statement or article to record it in.</p>`;
    return 'Not found';
  }
  const bodies = await articleBodies(statement.attestations);
  main.innerHTML = html`<h1>${id ? 'Edit statement' : 'Record a statement'}</h1>
    <form id="statement-form" class="form editor" novalidate>
      <div id="form-errors" role="alert" tabindex="-1"></div>
      ${actorField('speakerId', 'Speaker', statement.speaker)}
      ${select('kind', 'Kind', KINDS, statement.kind)}
      ${field('summary', 'Summary', html`<textarea id="f-summary" name="summary" rows="2" aria-describedby="e-input.summary">${statement.summary}</textarea>`)}
      ${field('quote', 'Quote (the exact words, if the source quotes them)', html`<textarea id="f-quote" name="quote" rows="2" aria-describedby="e-input.quote">${statement.quote ?? ''}</textarea>`)}
      <fieldset data-field="input.date"><legend>Date</legend>
        ${field('date.text', 'As written', html`<input id="f-date.text" name="date.text" value="${statement.date.text}" aria-describedby="e-input.date.text">`)}
        ${select('date.precision', 'Precision', PRECISIONS, statement.date.precision)}
        ${field('date.earliest', 'Earliest', html`<input id="f-date.earliest" type="date" name="date.earliest" value="${statement.date.earliest ?? ''}" aria-describedby="e-input.date.earliest">`)}
        ${field('date.latest', 'Latest', html`<input id="f-date.latest" type="date" name="date.latest" value="${statement.date.latest ?? ''}" aria-describedby="e-input.date.latest">`)}
        <p class="field-error" id="e-input.date"></p>
      </fieldset>
      ${field('venue', 'Venue', html`<input id="f-venue" name="venue" value="${statement.venue ?? ''}" aria-describedby="e-input.venue">`)}
      ${select('attribution', 'Attribution', ATTRIBUTIONS, statement.attribution)}
      ${select('status', 'Status', STATUSES, statement.status)}
      <fieldset><legend>Targets</legend>
        <ol id="targets"></ol>
        <button type="button" id="add-target">Add a target</button>
        <p class="field-error" id="e-input.targets"></p>
      </fieldset>
      <fieldset><legend>Passages reporting it</legend>
        <ol id="attestations">${statement.attestations.map((a, i) => html`<li data-article="${a.article.id}">
          <p>In <cite>${a.article.title}</cite></p>
          ${select(`attestations.${i}.form`, 'Form', FORMS, a.form)}
          ${field(`attestations.${i}.excerpt`, 'Excerpt (exactly as in the text)', html`<textarea id="f-attestations.${i}.excerpt" name="attestations.${i}.excerpt" rows="3" aria-describedby="e-input.attestations.${i}">${a.excerpt}</textarea>`)}
          <p class="field-error" id="e-input.attestations.${i}"></p></li>`)}</ol>
        <p class="field-error" id="e-input.attestations"></p>
      </fieldset>
      <button type="submit">${id ? 'Save' : 'Record'}</button>
      <p id="saved" role="status"></p>
    </form>`;

  const form = main.querySelector('#statement-form');
  const targets = form.querySelector('#targets');
  statement.targets.forEach((t) => addTarget(targets, t));
  form.querySelector('#add-target').addEventListener('click', () => addTarget(targets, null));
  form.querySelectorAll('.actor-field').forEach(actorPicker);
  let version = statement.version;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const { input, problems } = inputOf(form, statement, bodies);
    if (problems.length) return showErrors(form, problems);
    let result;
    try {
      result = id
        ? (await request(StatementUpdate, { id, input, expectedVersion: version })).statementUpdate
        : (await request(StatementCreate, { input })).statementCreate;
    } catch (error) {
      return showErrors(form, [{ message: error.message }]);
    }
    if (result.userErrors.length) return showErrors(form, result.userErrors);
    version = result.statement.version;
    if (!id) {
      location.hash = `#/statement/${encodeURIComponent(result.statement.id)}/edit`;
      return;
    }
    form.querySelector('#saved').textContent = `Saved (version ${version}).`;
  });
  return id ? 'Edit statement' : 'Record a statement';
}

async function blankStatement(articleSlug) {
  const article = articleSlug && (await request(ArticleForStatement, { slug: articleSlug })).article;
  if (!article) return null;
  return {
    speaker: null, kind: 'ASSERTION', summary: '', quote: '', venue: '', attribution: 'CONFIRMED', status: 'ACTIVE',
    date: { text: '', precision: 'DAY', earliest: '', latest: '' }, targets: [],
    attestations: [{ form: 'PARAPHRASE', excerpt: '', article }],
  };
}

/** Each article's body, by id: passages are sent as offsets into it. */
async function articleBodies(attestations) {
  const slugs = [...new Set(attestations.map((a) => a.article.slug))];
  const articles = await Promise.all(slugs.map((slug) => request(ArticleForStatement, { slug })));
  return new Map(articles.map(({ article }) => [article.id, article.body]));
}

const field = (path, text, control) => html`<div class="field" data-field="input.${path}">
  <label for="f-${path}">${text}</label>${control}<p class="field-error" id="e-input.${path}"></p></div>`;

const select = (path, text, values, selected) => field(path, text, html`<select id="f-${path}" name="${path}" aria-describedby="e-input.${path}">
  ${values.map((v) => html`<option value="${v}" ${v === selected ? 'selected' : ''}>${label(v)}</option>`)}</select>`);

const actorField = (path, text, actor) => field(path, text, html`<span class="actor-field">
  <input id="f-${path}" list="l-${path}" value="${actor?.name ?? ''}" autocomplete="off" aria-describedby="e-input.${path}" placeholder="Type a name">
  <input type="hidden" name="${path}" value="${actor?.id ?? ''}"><datalist id="l-${path}"></datalist></span>`);

let targetRows = 0;
function addTarget(list, target) {
  const n = targetRows++;
  const li = document.createElement('li');
  li.innerHTML = html`${actorField(`targets.${n}.actorId`, 'Actor', target?.actor)}
    ${select(`targets.${n}.role`, 'Role', ROLES, target?.role ?? 'SUBJECT')}
    ${select(`targets.${n}.stance`, 'Stance', STANCES, target?.stance ?? 'NEUTRAL')}
    ${select(`targets.${n}.explicitness`, 'Explicitness', EXPLICITNESS, target?.explicitness ?? 'EXPLICIT')}
    <input type="hidden" name="targets.${n}.interpretedById" value="${target?.interpretedBy?.id ?? ''}">
    <button type="button" class="remove">Remove</button>`;
  li.querySelector('.remove').addEventListener('click', () => li.remove());
  li.querySelectorAll('.actor-field').forEach(actorPicker);
  list.append(li);
}

/** A name box that offers the actors whose names contain what was typed, and keeps the chosen one's id. */
function actorPicker(container) {
  const [box, id] = container.querySelectorAll('input');
  const options = container.querySelector('datalist');
  let choices = [];
  let timer;
  box.addEventListener('input', () => {
    const chosen = choices.find((a) => a.name === box.value);
    id.value = chosen?.id ?? '';
    clearTimeout(timer);
    if (chosen || box.value.trim().length < 2) return;
    timer = setTimeout(async () => {
      choices = (await request(ActorChoices, { name: box.value.trim() })).actors.nodes;
      options.innerHTML = choices.map((a) => html`<option value="${a.name}">${label(a.kind)}</option>`).join('');
      const exact = choices.find((a) => a.name === box.value);
      if (exact) id.value = exact.id;
    }, 200);
  });
}

/** The form as a StatementInput, and the problems the form can see before the API does. */
function inputOf(form, statement, bodies) {
  const data = new FormData(form);
  const value = (key) => data.get(key)?.trim() || null;
  const problems = [];
  const actor = (path) => {
    if (!value(path)) problems.push({ field: ['input', ...path.split('.')], message: 'Choose an actor from the list.' });
    return value(path);
  };
  const input = {
    speakerId: actor('speakerId'),
    kind: value('kind'),
    summary: data.get('summary').trim(),
    quote: value('quote'),
    date: { text: value('date.text'), precision: value('date.precision'), earliest: value('date.earliest'), latest: value('date.latest') },
    venue: value('venue'),
    attribution: value('attribution'),
    status: value('status'),
    targets: [...form.querySelectorAll('#targets > li')].map((li) => {
      const n = li.querySelector('[name$=".role"]').name.split('.')[1];
      return {
        actorId: actor(`targets.${n}.actorId`),
        role: value(`targets.${n}.role`),
        stance: value(`targets.${n}.stance`),
        explicitness: value(`targets.${n}.explicitness`),
        interpretedById: value(`targets.${n}.interpretedById`),
      };
    }),
    attestations: statement.attestations.map((a, i) => {
      const excerpt = data.get(`attestations.${i}.excerpt`);
      const start = bodies.get(a.article.id).indexOf(excerpt);
      if (!excerpt || start < 0) problems.push({ field: ['input', 'attestations', String(i)], message: 'The excerpt must be a passage of the article, exactly as written there.' });
      return { articleId: a.article.id, form: value(`attestations.${i}.form`), start, end: start + excerpt.length };
    }),
  };
  return { input, problems };
}

function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((p) => { p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  form.querySelector('#form-errors').innerHTML = '';
  form.querySelector('#saved').textContent = '';
}

/** Each error next to the field its path names (or the nearest enclosing one), the rest on top. */
function showErrors(form, errors) {
  const unplaced = [];
  for (const error of errors) {
    if (error.code === 'STALE_VERSION') {
      unplaced.push({ ...error, message: 'Someone else saved this statement after you opened it, so your changes were not saved. '
        + 'Reload the page to see their version, then make your changes again.' });
      continue;
    }
    const path = [...(error.field ?? [])];
    let slot = null;
    while (path.length && !slot) {
      slot = form.querySelector(`[id="e-${path.join('.')}"]`);
      if (!slot) path.pop();
    }
    if (!slot) { unplaced.push(error); continue; }
    slot.textContent = [slot.textContent, error.message].filter(Boolean).join(' ');
    slot.closest('[data-field]')?.querySelector('input:not([type=hidden]), select, textarea')?.setAttribute('aria-invalid', 'true');
  }
  form.querySelector('#form-errors').innerHTML = unplaced.map((e) => html`<p class="error${e.code === 'STALE_VERSION' ? ' conflict' : ''}">${e.message}</p>`).join('');
  (form.querySelector('[aria-invalid]') ?? form.querySelector('#form-errors')).focus?.();
}
