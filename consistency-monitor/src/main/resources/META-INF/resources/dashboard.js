'use strict';
// The ops dashboard: plain DOM, no build step. Everything shown comes from the monitor's own API.

const filter = document.getElementById('filter');
const alerts = new Map();

function seconds(value) {
  if (value === null || value === undefined) return '–';
  const s = Math.round(value);
  if (s < 120) return s + ' s';
  if (s < 7200) return Math.round(s / 60) + ' min';
  if (s < 172800) return (s / 3600).toFixed(1) + ' h';
  return (s / 86400).toFixed(1) + ' d';
}

function cell(text, numeric) {
  const td = document.createElement('td');
  td.textContent = text;
  if (numeric) td.className = 'num';
  return td;
}

function row(cells) {
  const tr = document.createElement('tr');
  cells.forEach(c => tr.appendChild(c));
  return tr;
}

function query() {
  const params = new URLSearchParams();
  const data = new FormData(filter);
  if (data.get('window')) params.set('window', data.get('window'));
  if (data.get('topic').trim()) params.set('topic', data.get('topic').trim());
  return params;
}

// The session ended (timeout, restart with a new key): log in again.
function loginOnExpiry(response) {
  if (response.status === 401) window.location.assign('/login.html');
  return response;
}

async function getJson(url) {
  const response = loginOnExpiry(await fetch(url, { headers: { Accept: 'application/json' } }));
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || response.statusText);
  return body;
}

function hopOuts(figures) {
  if (figures.hopOutRate === null || figures.hopOutRate === undefined) return '–';
  return `${figures.hopOuts} (${Math.round(figures.hopOutRate * 100)} %)`;
}

function showChannels(stats) {
  document.getElementById('range').textContent = stats.from ? `${stats.from} – ${stats.to}` : 'all receipt times';
  const body = document.querySelector('#channels tbody');
  body.replaceChildren(...stats.channels.map(c => row([
    cell(c.channel), cell(c.contacts, true), cell(c.answered, true), cell(c.unanswered, true), cell(c.abandoned, true),
    cell(seconds(c.medianFirstResponseSeconds), true),
    cell(`${seconds(c.medianCi95.lower)} – ${seconds(c.medianCi95.upper)}`, true),
    cell(seconds(c.p90FirstResponseSeconds), true), cell(seconds(c.resolutionMedianSeconds), true),
    cell(c.repeatContacts, true), cell(hopOuts(c), true)])));
  showGaps(stats.channels);
}

function showGaps(channels) {
  const head = document.querySelector('#gaps thead');
  const body = document.querySelector('#gaps tbody');
  head.replaceChildren(row([cell('slower ↓ / faster →'), ...channels.map(c => cell(c.channel))]));
  body.replaceChildren(...channels.map(a => row([cell(a.channel), ...channels.map(b => {
    if (a === b || a.medianFirstResponseSeconds === null || b.medianFirstResponseSeconds === null) return cell('–', true);
    const ratio = a.medianFirstResponseSeconds / Math.max(1, b.medianFirstResponseSeconds);
    const td = cell(ratio.toFixed(1) + '×', true);
    if (ratio >= 3) td.classList.add('gap-high'); else if (ratio >= 2.4) td.classList.add('gap-mid');
    return td;
  })])));
}

function showTopics(stats) {
  const body = document.querySelector('#topics tbody');
  body.replaceChildren(...stats.topics.map(t => row([
    cell(t.topic), cell(t.contacts, true), cell(seconds(t.medianFirstResponseSeconds), true),
    cell(t.channels.map(c => `${c.channel} ${seconds(c.medianFirstResponseSeconds)} (${c.contacts})`).join(' · '))])));
}

async function act(alert, action) {
  const by = window.prompt(`Your name, to ${action} alert ${alert.id}`);
  if (!by) return;
  const response = loginOnExpiry(await fetch(`/api/alerts/${alert.id}/${action}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ by })
  }));
  if (!response.ok) window.alert((await response.json()).detail);
}

function alertItem(alert, fresh) {
  const li = document.createElement('li');
  li.className = alert.state + (fresh ? ' fresh' : '');
  const title = document.createElement('strong');
  title.textContent = `${alert.state} · ${alert.kind}`;
  const summary = document.createElement('div');
  summary.textContent = alert.summary;
  const meta = document.createElement('div');
  meta.className = 'muted';
  meta.textContent = [`opened ${alert.openedAt}`,
    alert.acknowledgedBy && `acknowledged by ${alert.acknowledgedBy}`,
    alert.resolvedBy && `resolved by ${alert.resolvedBy}`].filter(Boolean).join(' · ');
  li.append(title, summary, meta);
  if (alert.state === 'OPEN') li.appendChild(button('Acknowledge', () => act(alert, 'acknowledge')));
  if (alert.state !== 'RESOLVED') li.appendChild(button('Resolve', () => act(alert, 'resolve')));
  if (alert.details) {
    const details = document.createElement('details');
    const label = document.createElement('summary');
    label.textContent = 'details';
    const pre = document.createElement('pre');
    pre.textContent = JSON.stringify(alert.details, null, 2);
    details.append(label, pre);
    li.appendChild(details);
  }
  return li;
}

function button(text, onClick) {
  const b = document.createElement('button');
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

function showAlerts(freshId) {
  const list = [...alerts.values()].sort((a, b) => b.id - a.id);
  document.getElementById('alerts').replaceChildren(...list.map(a => alertItem(a, a.id === freshId)));
  showDivergences(list.filter(a => a.kind === 'ANSWER_DIVERGENCE' && a.state !== 'RESOLVED'));
}

function quotedAnswer(answer) {
  const item = document.createElement('li');
  const stated = document.createElement('strong');
  stated.textContent = answer.stated;
  const body = document.createElement('blockquote');
  body.textContent = answer.body;
  const meta = document.createElement('div');
  meta.className = 'muted';
  meta.textContent = [answer.ticketId && `ticket OV-${answer.ticketId}`, answer.answeredAt].filter(Boolean).join(' · ');
  item.append(stated, body, meta);
  return item;
}

// One table per contradicted fact: a column per channel, each with the answers that said its value.
function divergenceTable(conflict) {
  const table = document.createElement('table');
  table.className = 'side-by-side';
  const head = document.createElement('thead');
  head.appendChild(row(conflict.sides.map(side => {
    const th = document.createElement('th');
    th.textContent = `${side.channel}: ${conflict.fact} ${side.values.join(' / ')}`;
    return th;
  })));
  const body = document.createElement('tbody');
  body.appendChild(row(conflict.sides.map(side => {
    const td = document.createElement('td');
    const list = document.createElement('ul');
    list.append(...side.answers.map(quotedAnswer));
    td.appendChild(list);
    return td;
  })));
  table.append(head, body);
  return table;
}

function showDivergences(open) {
  const view = document.getElementById('divergences');
  if (open.length === 0) {
    const none = document.createElement('p');
    none.className = 'muted';
    none.textContent = 'No channel contradicts another.';
    view.replaceChildren(none);
    return;
  }
  view.replaceChildren(...open.map(alert => {
    const block = document.createElement('article');
    block.className = 'divergence';
    block.dataset.alertId = alert.id;
    const title = document.createElement('h3');
    title.textContent = alert.summary;
    block.appendChild(title);
    ((alert.details && alert.details.conflicts) || []).forEach(c => block.appendChild(divergenceTable(c)));
    return block;
  }));
}

async function refresh() {
  const params = query();
  try {
    showChannels(await getJson('/api/channels/stats?' + params));
    showTopics(await getJson('/api/topics/stats?' + params));
    (await getJson('/api/alerts?limit=100')).forEach(a => alerts.set(a.id, a));
    showAlerts();
  } catch (e) {
    document.getElementById('range').textContent = 'Could not load: ' + e.message;
  }
}

function follow() {
  const live = document.getElementById('live');
  const source = new EventSource('/api/alerts/stream');
  source.onopen = () => { live.textContent = 'live'; live.classList.add('on'); };
  source.onerror = () => { live.textContent = 'reconnecting…'; live.classList.remove('on'); };
  source.onmessage = event => {
    const alert = JSON.parse(event.data);
    alerts.set(alert.id, alert);
    showAlerts(alert.id);
  };
}

async function showUser() {
  const session = await getJson('/api/session');
  document.getElementById('user').textContent = session.user;
}

document.getElementById('logout').addEventListener('click', async () => {
  await fetch('/api/session', { method: 'DELETE' });
  window.location.assign('/login.html');
});
filter.addEventListener('submit', event => { event.preventDefault(); refresh(); });
showUser().catch(() => {});
refresh();
follow();
setInterval(refresh, 30000);
