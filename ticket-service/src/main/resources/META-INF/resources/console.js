'use strict';
// Agent console. Everything customers wrote is inserted with textContent, never as HTML, so a
// tweet or email containing markup shows as text and cannot run script.
(() => {
  const CHANNEL_ICON = { X: '𝕏', EMAIL: '✉', CALL_CENTRE: '☎' };
  const CHANNEL_OF_IDENTITY = { X_USER: 'X', EMAIL: 'EMAIL' };
  const NEXT_STATUS = {
    NEW: ['OPEN', 'PENDING', 'RESOLVED', 'CLOSED'], OPEN: ['PENDING', 'RESOLVED', 'CLOSED'],
    PENDING: ['OPEN', 'RESOLVED', 'CLOSED'], RESOLVED: ['OPEN', 'CLOSED'], CLOSED: []
  };
  const $ = (id) => document.getElementById(id);
  const state = { ticketId: null, etag: null, ticket: null, nextCursor: null, workEdited: false, mergeTargets: [] };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function channelIcon(channel) {
    const icon = el('span', 'ch ch-' + channel, CHANNEL_ICON[channel] || channel);
    icon.title = channel;
    return icon;
  }

  function when(instant) {
    return instant ? new Date(instant).toLocaleString() : '';
  }

  async function api(path, options = {}) {
    const response = await fetch(path, {
      ...options,
      headers: { Accept: 'application/json', ...(options.body ? { 'Content-Type': 'application/json' } : {}), ...(options.headers || {}) }
    });
    if (response.status === 401) {
      // The session ended (timeout, restart with a new key): log in again.
      window.location.assign('/login.html');
    }
    const body = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) {
      const error = new Error((body && (body.detail || body.title)) || response.statusText);
      error.status = response.status;
      throw error;
    }
    return { body, etag: response.headers.get('ETag') };
  }

  function agent() {
    return $('agent').value.trim() || 'agent';
  }

  // ---- SLA countdowns -------------------------------------------------------------------
  function slaText(ticket) {
    if (ticket.slaBreached) return 'SLA breached';
    const due = ticket.firstResponseAt ? ticket.resolutionDueAt : ticket.firstResponseDueAt;
    if (!due || ticket.status === 'RESOLVED' || ticket.status === 'CLOSED') return '';
    const left = new Date(due).getTime() - Date.now();
    if (left <= 0) return 'SLA breached';
    const minutes = Math.floor(left / 60000);
    const label = ticket.firstResponseAt ? 'resolve in ' : 'answer in ';
    return label + (minutes >= 60 ? Math.floor(minutes / 60) + 'h ' + (minutes % 60) + 'm' : minutes + 'm');
  }

  function slaBadge(ticket) {
    const badge = el('span', 'sla', slaText(ticket));
    badge.dataset.sla = JSON.stringify({
      slaBreached: ticket.slaBreached, firstResponseAt: ticket.firstResponseAt, status: ticket.status,
      firstResponseDueAt: ticket.firstResponseDueAt, resolutionDueAt: ticket.resolutionDueAt
    });
    badge.classList.toggle('breached', badge.textContent === 'SLA breached');
    return badge;
  }

  function tickCountdowns() {
    document.querySelectorAll('.sla[data-sla]').forEach((badge) => {
      badge.textContent = slaText(JSON.parse(badge.dataset.sla));
      badge.classList.toggle('breached', badge.textContent === 'SLA breached');
    });
  }

  // ---- Inbox ----------------------------------------------------------------------------
  function ticketItem(ticket) {
    const item = el('li');
    item.dataset.ticketId = ticket.id;
    item.classList.toggle('selected', ticket.id === state.ticketId);
    const first = el('div', 'line');
    first.append(channelIcon(ticket.channel), el('span', 'badge', ticket.tag),
      el('span', 'badge status-' + ticket.status, ticket.status), el('span', 'badge', ticket.priority), slaBadge(ticket));
    const second = el('div', 'line');
    second.append(el('span', 'subject', ticket.subject || '(no subject)'));
    const third = el('div', 'line meta');
    third.append(el('span', null, ticket.customerName || ('customer ' + ticket.customerId)),
      el('span', null, when(ticket.openedAt)), el('span', null, ticket.assignee ? '→ ' + ticket.assignee : 'unassigned'));
    item.append(first, second, third);
    item.addEventListener('click', () => openTicket(ticket.id));
    return item;
  }

  function inboxQuery(after) {
    const params = new URLSearchParams();
    for (const name of ['q', 'status', 'channel', 'assignee', 'topic']) {
      const value = $('f-' + name).value.trim();
      if (value) params.set(name, value);
    }
    if ($('f-breached').checked) params.set('slaBreached', 'true');
    if (after) params.set('after', after);
    return '/api/tickets?' + params.toString();
  }

  async function loadInbox(append = false) {
    try {
      const { body } = await api(inboxQuery(append ? state.nextCursor : null));
      const list = $('inbox');
      if (!append) list.replaceChildren();
      body.items.forEach((ticket) => list.append(ticketItem(ticket)));
      state.nextCursor = body.nextCursor;
      $('more').hidden = !body.nextCursor;
    } catch (e) {
      showError(e.message);
    }
  }

  // ---- Ticket ---------------------------------------------------------------------------
  function messageItem(message, withTicket) {
    const item = el('li', message.direction);
    item.dataset.messageId = message.id;
    const head = el('div', 'head');
    head.append(channelIcon(message.channel), el('span', 'author', message.author || ''),
      el('span', null, when(message.sentAt)));
    if (message.direction === 'NOTE') head.append(el('span', 'badge', 'internal note'));
    if (withTicket) head.append(el('span', 'badge', 'OV-' + message.ticketId));
    if (message.deliveryState) {
      const delivery = el('span', 'badge delivery delivery-' + message.deliveryState, message.deliveryState.toLowerCase());
      if (message.deliveryFailure) delivery.title = message.deliveryFailure;
      head.append(delivery);
    }
    item.append(head);
    if (message.subject) item.append(el('div', 'subject', message.subject));
    item.append(el('div', 'body', message.body || ''));
    if (message.deliveryFailure) item.append(el('div', 'error', 'Not delivered: ' + message.deliveryFailure));
    return item;
  }

  function renderTicket(detail) {
    const t = detail.ticket;
    state.ticket = t;
    $('ticket').hidden = false;
    $('t-title').replaceChildren(channelIcon(t.channel), document.createTextNode(' ' + t.tag + ' · ' + (t.subject || '')));
    $('t-meta').replaceChildren(el('span', 'badge status-' + t.status, t.status), document.createTextNode(
      ' opened ' + when(t.openedAt) + ' · first response due ' + when(t.firstResponseDueAt) +
      ' · resolution due ' + when(t.resolutionDueAt) + ' '), slaBadge(t),
      document.createTextNode(t.mergedInto ? ' · merged into OV-' + t.mergedInto : ''));
    // A live update must not undo what the agent is typing or choosing in the work form.
    if (!state.workEdited) {
      const status = $('t-status');
      status.replaceChildren(...[t.status, ...NEXT_STATUS[t.status]].map((s) => el('option', null, s)));
      status.value = t.status;
      $('t-assignee').value = t.assignee || '';
      $('t-priority').value = t.priority;
      $('t-topic').value = t.topic || '';
      $('t-tags').value = (t.tags || []).join(', ');
    }

    $('conversation').replaceChildren(...detail.messages.map((m) => messageItem(m, false)));
    $('c-name').textContent = detail.customer.displayName || ('customer ' + detail.customer.id);
    $('c-identities').replaceChildren(...detail.customer.identities.map((i) =>
      el('li', null, i.kind + ': ' + (i.handle ? '@' + i.handle + ' ' : '') + i.value)));
    $('related').replaceChildren(...(detail.related.length ? detail.related.map(ticketItem)
      : [el('li', 'empty', 'No other tickets of this customer')]));
    $('timeline').replaceChildren(...detail.timeline.map((m) => messageItem(m, true)));

    // Only an open ticket can be merged, and only into another open ticket of the same customer.
    state.mergeTargets = t.status === 'CLOSED' ? [] : detail.related.filter((r) => r.status !== 'CLOSED');
    const mergeInto = $('t-merge-into');
    const mergeChosen = mergeInto.value;
    mergeInto.replaceChildren(...state.mergeTargets.map((r) => {
      const option = el('option', null, r.tag + ' · ' + (r.subject || ''));
      option.value = String(r.id);
      return option;
    }));
    if (state.mergeTargets.some((r) => String(r.id) === mergeChosen)) mergeInto.value = mergeChosen;
    $('t-merge').hidden = state.mergeTargets.length === 0;

    const channels = [...new Set(detail.customer.identities.map((i) => CHANNEL_OF_IDENTITY[i.kind]).filter(Boolean))];
    const replyChannel = $('reply-channel');
    const chosen = replyChannel.value;
    replyChannel.replaceChildren(...channels.map((c) => el('option', null, c)));
    replyChannel.value = channels.includes(chosen) ? chosen : (channels.includes(t.channel) ? t.channel : channels[0] || '');
    $('reply-send').disabled = channels.length === 0;
    document.querySelectorAll('#inbox li').forEach((li) =>
      li.classList.toggle('selected', Number(li.dataset.ticketId) === t.id));
  }

  async function openTicket(id) {
    const switching = state.ticketId !== id;
    state.ticketId = id;
    if (switching) {
      showError('');
      state.workEdited = false;
    }
    try {
      const { body, etag } = await api('/api/tickets/' + encodeURIComponent(id));
      if (state.ticketId !== id) return;
      state.etag = etag;
      renderTicket(body);
    } catch (e) {
      showError(e.message);
    }
  }

  function showError(message) {
    $('t-error').textContent = message;
  }

  async function saveWork(event) {
    event.preventDefault();
    const t = state.ticket;
    const patch = { by: agent() };
    if ($('t-status').value !== t.status) patch.status = $('t-status').value;
    if ($('t-assignee').value.trim() !== (t.assignee || '')) patch.assignee = $('t-assignee').value.trim();
    if ($('t-priority').value !== t.priority) patch.priority = $('t-priority').value;
    if ($('t-topic').value.trim() !== (t.topic || '')) patch.topic = $('t-topic').value.trim();
    const tags = $('t-tags').value.split(',').map((s) => s.trim()).filter(Boolean);
    if (tags.join(',') !== (t.tags || []).join(',')) patch.tags = tags;
    try {
      await api('/api/tickets/' + t.id, { method: 'PATCH', headers: { 'If-Match': state.etag }, body: JSON.stringify(patch) });
      showError('');
    } catch (e) {
      showError(e.status === 409 ? e.message + ' – reloaded.' : e.message);
    }
    state.workEdited = false;
    await openTicket(t.id);
    loadInbox();
  }

  async function mergeTicket(event) {
    event.preventDefault();
    const source = state.ticket;
    const target = state.mergeTargets.find((r) => String(r.id) === $('t-merge-into').value);
    if (!target || !confirm('Merge ' + source.tag + ' into ' + target.tag + '? ' + source.tag + ' will be closed.')) return;
    try {
      await api('/api/tickets/' + target.id + '/merge', {
        method: 'POST', body: JSON.stringify({ from: source.id, by: agent(), version: target.version })
      });
      await openTicket(target.id);
    } catch (e) {
      showError(e.message);
    }
    loadInbox();
  }

  async function sendReply(event) {
    event.preventDefault();
    const body = $('reply-body').value;
    if (!body.trim()) return;
    if (await replyConflicts(body, $('reply-channel').value)) return;
    try {
      await api('/api/tickets/' + state.ticketId + '/replies', {
        method: 'POST', body: JSON.stringify({ body, author: agent(), channel: $('reply-channel').value })
      });
      $('reply-body').value = '';
      replySent();
      showError('');
    } catch (e) {
      showError(e.message);
    }
    await openTicket(state.ticketId);
  }

  // ---- One voice before sending ---------------------------------------------------------
  // The draft is checked against what other channels answered on the ticket's topic. A conflict
  // holds the reply back once with the warning shown; sending the same draft again sends it. An
  // unavailable check is shown as such and never holds a reply back.
  async function checkReply(draft, channel) {
    try {
      const { body } = await api('/api/tickets/' + state.ticketId + '/replies/check', {
        method: 'POST', body: JSON.stringify({ draft, channel })
      });
      return body;
    } catch (e) {
      return { status: 'UNAVAILABLE', warnings: [], note: 'The consistency check is unavailable (' + e.message + '); the reply can still be sent.' };
    }
  }

  function showReplyCheck(verdict) {
    const box = $('reply-check');
    const warnings = verdict.warnings || [];
    box.className = 'reply-check' + (warnings.length ? ' warn' : '') + ' status-' + verdict.status;
    box.replaceChildren(...warnings.map((w) => el('p', 'warning', w)));
    if (warnings.length && verdict.prevailingAnswer) {
      const usual = verdict.prevailingAnswer;
      box.append(el('p', 'muted', 'Answered before on ' + usual.channel + (usual.ticketId ? ' (OV-' + usual.ticketId + ')' : '') + ':'),
        el('blockquote', null, usual.body));
    }
    if (warnings.length) box.append(el('p', 'muted', 'Change the reply, or send it again to send it anyway.'));
    else if (verdict.note) box.append(el('p', 'muted', verdict.note));
    box.hidden = false;
  }

  async function replyConflicts(draft, channel) {
    const key = state.ticketId + '|' + channel + '|' + draft;
    if (state.warnedDraft === key) return false;
    const verdict = await checkReply(draft, channel);
    showReplyCheck(verdict);
    if (!(verdict.warnings || []).length) return false;
    state.warnedDraft = key;
    $('reply-send').textContent = 'Send anyway';
    return true;
  }

  function replySent() {
    if (state.warnedDraft) $('reply-check').hidden = true;
    draftChanged();
  }

  function draftChanged() {
    state.warnedDraft = null;
    $('reply-send').textContent = 'Send reply';
  }

  async function addNote(event) {
    event.preventDefault();
    const body = $('note-body').value;
    if (!body.trim()) return;
    try {
      await api('/api/tickets/' + state.ticketId + '/notes', { method: 'POST', body: JSON.stringify({ body, author: agent() }) });
      $('note-body').value = '';
    } catch (e) {
      showError(e.message);
    }
    await openTicket(state.ticketId);
  }

  // ---- Live updates ---------------------------------------------------------------------
  let inboxReload = null;
  function connectLive() {
    const source = new EventSource('/api/tickets/stream');
    source.onopen = () => {
      $('live').textContent = 'live';
      $('live').classList.add('on');
      // Changes made while disconnected were not announced.
      loadInbox();
      if (state.ticketId !== null) openTicket(state.ticketId);
    };
    source.onerror = () => { $('live').textContent = 'reconnecting'; $('live').classList.remove('on'); };
    source.onmessage = (event) => {
      const change = JSON.parse(event.data);
      clearTimeout(inboxReload);
      inboxReload = setTimeout(() => loadInbox(), 300);
      if (change.ticketId === state.ticketId) openTicket(state.ticketId);
    };
  }

  async function showUser() {
    const { body } = await api('/api/session');
    $('user').textContent = body.user;
    if (!$('agent').value) $('agent').value = body.user;
  }

  async function logout() {
    await api('/api/session', { method: 'DELETE' }).catch(() => null);
    window.location.assign('/login.html');
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('agent').value = localStorage.getItem('onevoice.agent') || '';
    $('logout').addEventListener('click', logout);
    showUser().catch((e) => showError(e.message));
    $('agent').addEventListener('change', () => localStorage.setItem('onevoice.agent', $('agent').value.trim()));
    $('filters').addEventListener('submit', (e) => { e.preventDefault(); loadInbox(); });
    $('more').addEventListener('click', () => loadInbox(true));
    $('t-work').addEventListener('submit', saveWork);
    $('t-work').addEventListener('input', () => { state.workEdited = true; });
    $('t-work').addEventListener('change', () => { state.workEdited = true; });
    $('reply').addEventListener('submit', sendReply);
    $('reply').addEventListener('input', draftChanged);
    $('note').addEventListener('submit', addNote);
    $('t-merge').addEventListener('submit', mergeTicket);
    setInterval(tickCountdowns, 30000);
    loadInbox();
    connectLive();
  });
})();
