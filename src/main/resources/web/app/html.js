// Templates as tagged strings: every interpolated value is escaped unless it is raw() (markup
// the desk built itself, or search highlights, which the API escapes and marks with <mark>).
class Raw {
  constructor(markup) { this.markup = markup; }
  toString() { return this.markup; }
}

export const raw = (markup) => new Raw(markup);

export function escape(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function render(value) {
  if (value instanceof Raw) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escape(value);
}

export function html(strings, ...values) {
  return raw(strings.reduce((out, s, i) => out + render(values[i - 1]) + s));
}

export const label = (enumValue) => enumValue.charAt(0) + enumValue.slice(1).toLowerCase().replace(/_/g, ' ');

export const formatDate = (iso) =>
  iso ? new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : '';

export const names = (actors) => actors.map((a) => a.name).join(', ');

/** "attributed, disputed": how sure the record is of who said it, and what became of it. */
export function attributionNote(statement) {
  const notes = [];
  if (statement.attribution !== 'CONFIRMED') notes.push('attributed', label(statement.attribution).toLowerCase());
  if (statement.status !== 'ACTIVE') notes.push(label(statement.status).toLowerCase());
  return [...new Set(notes)].join(', ');
}
