// The hub's administration page: the hall's configuration, devices, accounts and audit trail, through the hub's
// own HTTP API (docs/administration.md). Every write carries the session's CSRF token; a refusal is shown next
// to its form with the server's message; a success reloads what it changed.
'use strict';
const t = hallI18n.t;
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
const when = iso => iso ? new Date(iso).toLocaleString('zh-CN', {hour12: false}) : '';
const state = {me: null, csrf: null, config: null, revision: 0, devices: null, accounts: [], audit: []};
const editing = {};
const ROLES = ['ADMIN', 'MANAGER', 'DUTY_MANAGER', 'STAFF'];
const KINDS = ['KIOSK', 'TICKET_PRINTER', 'WINDOW_SCREEN', 'HALL_SCREEN', 'EVALUATOR'];

// The form fields of each part of the hall, by their path in the hall document.
const FIELDS = {
  services: [
    {name: 'id', key: true, required: true}, {name: 'prefix', required: true, pattern: '[A-Z]{1,2}'},
    {name: 'name', required: true}, {name: 'nameEn'}, {name: 'department'},
    {name: 'realName', type: 'checkbox'}, {name: 'appointments', type: 'checkbox'},
    {name: 'dailyCap', type: 'number', min: 1}, {name: 'slotCap', type: 'number', min: 1},
    {name: 'bookingsPerSlot', type: 'number', min: 1},
    {group: 'guide', fields: [{name: 'guide.basis'}, {name: 'guide.timeLimit'}, {name: 'guide.phone'},
      {name: 'guide.materials', type: 'lines'}, {name: 'guide.steps', type: 'lines'}]}
  ],
  bundles: [
    {name: 'id', key: true, required: true}, {name: 'prefix', required: true, pattern: '[A-Z]{1,2}'},
    {name: 'name', required: true}, {name: 'nameEn'}, {name: 'services', type: 'ids'},
    {name: 'dailyCap', type: 'number', min: 1}
  ],
  windows: [
    {name: 'number', type: 'number', key: true, required: true, min: 1, max: 9999}, {name: 'name'},
    {name: 'services', type: 'ids'}, {name: 'staff', type: 'staff'}, {name: 'backup', type: 'staff'}
  ],
  staff: [
    {name: 'staffNo', key: true, required: true}, {name: 'name', required: true}, {name: 'department'},
    {name: 'photo'}, {name: 'cardUid', pattern: '[0-9A-Fa-f]{8,20}'}
  ],
  calendar: [
    {name: 'weekdays', required: true, pattern: '\\d{2}:\\d{2}-\\d{2}:\\d{2}', placeholder: '09:00-17:00'},
    {name: 'weekends', pattern: '\\d{2}:\\d{2}-\\d{2}:\\d{2}', placeholder: '09:00-12:00'},
    {name: 'weekendServices', type: 'weekend'}, {name: 'holidays', type: 'dates'}, {name: 'workdays', type: 'dates'},
    {name: 'stopIssuingMinutes', type: 'number', min: 0}, {name: 'dayEnd', type: 'select', options: ['EXPIRE', 'CARRY_OVER']},
    {group: 'booking', fields: ['slotMinutes', 'checkInEarlyMinutes', 'checkInLateMinutes', 'daysAhead']
      .map(n => ({name: 'booking.' + n, type: 'number', min: 0}))}
  ],
  policy: ['priorityInARow', 'normalMaxWaitMinutes', 'recallCoolDownSeconds', 'maxCalls', 'missedReturnMinutes', 'rejoinAfter']
    .map(n => ({name: n, type: 'number', min: 0}))
    .concat([{name: 'transferKeepsPlace', type: 'checkbox'}, {name: 'elderlyAge', type: 'number', min: 1}]),
  office: [
    {group: 'cases', fields: [{name: 'cases.deadlineWorkingDays', type: 'number', min: 1, max: 60}]},
    {group: 'alerts', fields: ['waitMinutes', 'pausedMinutes', 'emptyPostMinutes', 'lateMinutes', 'earlyMinutes']
      .map(n => ({name: 'alerts.' + n, type: 'number', min: 1, max: 1440}))},
    {group: 'ranking', fields: ['served', 'satisfaction', 'ratingRate', 'handlingSpeed', 'badRatings']
      .map(n => ({name: 'ranking.' + n, type: 'number', min: 0, max: 100}))},
    {group: 'privacy', fields: [{name: 'privacy.keepNamesDays', type: 'number', min: 0, max: 3660}]}
  ]
};
const KEYS = {services: 'id', bundles: 'id', windows: 'number', staff: 'staffNo'};

// ---- talking to the hub

async function api(method, path, body) {
  const headers = {};
  if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
  if (method !== 'GET') { headers['X-CSRF-Token'] = state.csrf || ''; }
  const res = await fetch(path, {method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)});
  const fresh = res.headers.get('X-CSRF-Token');
  if (fresh) { state.csrf = fresh; sessionStorage.setItem('hallq.csrf', fresh); }
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  if (res.status === 401) { toLogin(); }
  return {ok: res.ok, status: res.status, body: json};
}

function toLogin() {
  location.href = '/login.html?next=' + encodeURIComponent('/admin.html' + location.hash);
}

/** Shows an answer next to a form: the error in the user's language with the server's own message. */
function show(el, res, okText) {
  el.className = 'message' + (res.ok ? ' ok' : '');
  delete el.dataset.error;
  if (res.ok) { el.textContent = okText; return; }
  const code = res.body && res.body.error;
  el.dataset.error = code || String(res.status);
  const known = code && t('err.' + code) !== 'err.' + code ? t('err.' + code) : t('err.other', {s: code || res.status});
  el.textContent = known + (res.body && res.body.message ? t('sep') + res.body.message : '');
}

// ---- paths in the hall document

function getPath(obj, path) {
  return path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

function setPath(obj, path, value) {
  const keys = path.split('.');
  let o = obj;
  keys.slice(0, -1).forEach(k => { o[k] = o[k] || {}; o = o[k]; });
  o[keys[keys.length - 1]] = value;
}

const f = (form, n) => form.elements.namedItem(n);
const flat = fields => fields.flatMap(f => f.group ? f.fields : [f]);

// ---- forms built from FIELDS

function fieldHtml(section, f) {
  if (f.group) {
    return `<fieldset><legend data-i18n="${section}.${f.group}"></legend>${f.fields.map(x => fieldHtml(section, x)).join('')}</fieldset>`;
  }
  const label = `<span data-i18n="${section}.${f.name}"></span>`;
  const attrs = (f.required ? ' required' : '') + (f.pattern ? ` pattern="${f.pattern}"` : '')
    + (f.min != null ? ` min="${f.min}"` : '') + (f.max != null ? ` max="${f.max}"` : '')
    + (f.placeholder ? ` placeholder="${f.placeholder}"` : '');
  switch (f.type) {
    case 'checkbox':
      return `<label class="check"><input type="checkbox" name="${f.name}">${label}</label>`;
    case 'number':
      return `<label>${label}<input type="number" name="${f.name}"${attrs}></label>`;
    case 'lines':
      return `<label class="wide">${label}<textarea name="${f.name}"></textarea><span class="hint" data-i18n="hint.lines"></span></label>`;
    case 'select':
      return `<label>${label}<select name="${f.name}">${f.options.map(o => `<option value="${o}" data-i18n="${o}"></option>`).join('')}</select></label>`;
    case 'staff':
      return `<label>${label}<select name="${f.name}" data-staff-select></select></label>`;
    case 'ids':
      return `<label class="wide">${label}<input name="${f.name}" required><span class="hint" data-i18n="hint.ids"></span>`
        + `<span class="choices" data-choices-for="${f.name}"></span></label>`;
    case 'weekend':
      return `<div class="wide"><span class="hint" data-i18n="${section}.${f.name}"></span><div class="choices">`
        + `<label class="check"><input type="checkbox" name="${f.name}.all"><span data-i18n="allServices"></span></label>`
        + `<span data-weekend-choices></span></div></div>`;
    case 'dates':
      return `<div class="wide" data-dates-field="${f.name}"><span class="hint" data-i18n="${section}.${f.name}"></span>`
        + `<div class="dates"><span data-dates="${f.name}"></span><input type="date" data-date-input="${f.name}">`
        + `<button type="button" data-add-date="${f.name}" data-i18n="addDate"></button></div></div>`;
    default:
      return `<label>${label}<input name="${f.name}"${attrs}></label>`;
  }
}

function buildForms() {
  Object.keys(FIELDS).forEach(section => {
    const form = document.querySelector(`form[data-section="${section}"], form[data-single="${section}"]`);
    const single = form.dataset.single;
    form._dates = {};
    form.innerHTML = (single ? '' : '<h3 class="form-title"></h3>') + FIELDS[section].map(f => fieldHtml(section, f)).join('')
      + `<div class="buttons edit-only"><button class="primary" type="submit" data-i18n="save"></button>`
      + (single ? '' : '<button type="button" class="reset" data-i18n="newOne"></button>') + '</div>'
      + '<div class="message" role="status"></div>';
    form.addEventListener('submit', e => { e.preventDefault(); single ? saveSingle(section) : saveItem(section); });
    form.addEventListener('click', e => {
      const add = e.target.dataset.addDate;
      if (add) {
        const input = form.querySelector(`[data-date-input="${add}"]`);
        const list = form._dates[add] = form._dates[add] || [];
        if (input.value && !list.includes(input.value)) { list.push(input.value); list.sort(); }
        input.value = '';
        renderDates(form, add);
      }
      if (e.target.dataset.removeDate) {
        const [name, day] = e.target.dataset.removeDate.split('|');
        form._dates[name] = form._dates[name].filter(d => d !== day);
        renderDates(form, name);
      }
      if (e.target.dataset.appendId) {
        const input = form.querySelector(`[name="${e.target.dataset.target}"]`);
        const ids = splitIds(input.value);
        if (!ids.includes(e.target.dataset.appendId)) { ids.push(e.target.dataset.appendId); }
        input.value = ids.join(', ');
      }
      if (e.target.classList.contains('reset')) { editItem(section, null); }
    });
  });
}

function renderDates(form, name) {
  form.querySelector(`[data-dates="${name}"]`).innerHTML = (form._dates[name] || []).map(d =>
    `<span class="date" data-date="${d}">${d}<button type="button" data-remove-date="${name}|${d}" title="${t('removeDate')}">×</button></span>`).join('');
}

const splitIds = text => String(text || '').split(/[,，\s]+/).map(s => s.trim()).filter(Boolean);

/** What a form says, in the hall document's shape; empty fields are left out. */
function readForm(form, section) {
  const out = {};
  flat(FIELDS[section]).forEach(f => {
    const el = form.querySelector(`[name="${f.name}"]`);
    let v;
    switch (f.type) {
      case 'checkbox': v = el.checked; break;
      case 'number': v = el.value === '' ? undefined : Number(el.value); break;
      case 'lines': v = el.value.split('\n').map(s => s.trim()).filter(Boolean); if (!v.length) { v = undefined; } break;
      case 'ids': v = splitIds(el.value); break;
      case 'staff': {
        const s = state.config.staff.find(x => x.staffNo === el.value);
        v = s ? {staffNo: s.staffNo, name: s.name} : undefined;
        break;
      }
      case 'dates': v = (form._dates[f.name] || []).slice(); break;
      case 'weekend':
        v = form.querySelector(`[name="${f.name}.all"]`).checked ? undefined
          : [...form.querySelectorAll('[data-weekend-choices] input:checked')].map(i => i.value);
        break;
      default: v = el.value.trim() === '' ? undefined : el.value.trim();
    }
    if (v !== undefined) { setPath(out, f.name, v); }
  });
  if (out.guide && !Object.keys(out.guide).length) { delete out.guide; }
  return out;
}

function fillForm(form, section, item) {
  flat(FIELDS[section]).forEach(f => {
    const v = item ? getPath(item, f.name) : undefined;
    const el = form.querySelector(`[name="${f.name}"]`);
    switch (f.type) {
      case 'checkbox': el.checked = !!v; break;
      case 'lines': el.value = (v || []).join('\n'); break;
      case 'ids': el.value = (v || []).join(', '); break;
      case 'staff': el.value = v ? v.staffNo : ''; break;
      case 'dates': form._dates[f.name] = (v || []).slice(); renderDates(form, f.name); break;
      case 'weekend':
        form.querySelector(`[name="${f.name}.all"]`).checked = v == null;
        form.querySelectorAll('[data-weekend-choices] input').forEach(i => { i.checked = !!v && v.includes(i.value); });
        break;
      default: el.value = v == null ? '' : v;
    }
  });
}

/** The choices that depend on the hall: service ids, staff members. */
function fillChoices() {
  const services = state.config.services.map(s => s.id);
  document.querySelectorAll('[data-choices-for]').forEach(span => {
    span.innerHTML = services.map(id => `<button type="button" data-append-id="${esc(id)}" data-target="${span.dataset.choicesFor}">${esc(id)}</button>`).join('');
  });
  document.querySelectorAll('[data-staff-select], #pin-form select[name="staffNo"]').forEach(sel => {
    const keep = sel.value;
    sel.innerHTML = (sel.dataset.staffSelect !== undefined ? `<option value="">${t('none')}</option>` : '')
      + state.config.staff.map(s => `<option value="${esc(s.staffNo)}">${esc(s.staffNo)} ${esc(s.name)}</option>`).join('');
    sel.value = keep;
  });
  document.querySelectorAll('[data-weekend-choices]').forEach(span => {
    span.innerHTML = state.config.services.map(s =>
      `<label class="check"><input type="checkbox" value="${esc(s.id)}">${esc(s.id)} ${esc(s.name)}</label>`).join('');
  });
}

// ---- lists of services, bundles, windows and staff

const COLUMNS = {
  services: [['services.prefix', s => s.prefix], ['services.id', s => s.id], ['services.name', s => shown(s)],
    ['services.department', s => s.department], ['services.caps', s => [s.dailyCap, s.slotCap].map(c => c ?? '—').join(' / ')],
    ['services.hasGuide', s => s.guide ? t('yes') : t('no')]],
  bundles: [['bundles.prefix', b => b.prefix], ['bundles.id', b => b.id], ['bundles.name', b => shown(b)],
    ['bundles.services', b => b.services.join(' → ')], ['bundles.dailyCap', b => b.dailyCap]],
  windows: [['windows.number', w => w.number], ['windows.name', w => w.name], ['windows.services', w => w.services.join(', ')],
    ['windows.staff', w => w.staff && `${w.staff.staffNo} ${w.staff.name}`], ['windows.backup', w => w.backup && `${w.backup.staffNo} ${w.backup.name}`]],
  staff: [['staff.staffNo', s => s.staffNo], ['staff.name', s => s.name], ['staff.department', s => s.department],
    ['staff.cardUid', s => s.cardUid], ['staff.pin', s => s.pinSet ? t('pinSet') : t('pinNone')]]
};
const shown = x => hallI18n.lang() === 'zh' ? x.name : (x.nameEn || x.name);

function renderList(section) {
  const items = state.config[section] || [];
  const cols = COLUMNS[section];
  document.getElementById(section + '-list').innerHTML =
    `<thead><tr>${cols.map(c => `<th>${t(c[0])}</th>`).join('')}<th class="edit-only"></th></tr></thead><tbody>`
    + items.map(item => {
      const key = String(item[KEYS[section]]);
      return `<tr data-key="${esc(key)}">${cols.map(c => `<td>${esc(c[1](item))}</td>`).join('')}`
        + `<td class="actions edit-only"><button type="button" data-edit="${esc(key)}">${t('edit')}</button>`
        + `<button type="button" data-remove="${esc(key)}">${t('remove')}</button></td></tr>`;
    }).join('') + '</tbody>';
}

function editItem(section, key) {
  editing[section] = key;
  const form = document.getElementById(section + '-form');
  const item = key == null ? null : state.config[section].find(x => String(x[KEYS[section]]) === key);
  fillForm(form, section, item);
  form.querySelector(`[name="${KEYS[section]}"]`).readOnly = key != null;
  form.querySelector('.form-title').textContent = key == null ? t('add') : t('editing', {k: key});
  if (key != null) { form.scrollIntoView({block: 'nearest'}); }
}

async function saveItem(section) {
  const form = document.getElementById(section + '-form');
  const body = readForm(form, section);
  const key = editing[section];
  const res = key == null ? await api('POST', `/api/${section}`, body)
    : await api('PUT', `/api/${section}/${encodeURIComponent(key)}`, body);
  show(form.querySelector('.message'), res, t('saved', {r: res.body && res.body.revision}));
  if (res.ok) {
    await loadConfig();
    editItem(section, null);
  }
}

async function removeItem(section, key) {
  if (!confirm(t('confirmRemove', {k: key}))) { return; }
  const form = document.getElementById(section + '-form');
  const res = await api('DELETE', `/api/${section}/${encodeURIComponent(key)}`);
  show(form.querySelector('.message'), res, t('saved', {r: res.body && res.body.revision}));
  if (res.ok) { await loadConfig(); }
}

// ---- calendar, queue rules, thresholds: one document each

async function saveSingle(section) {
  const form = document.getElementById(section + '-form');
  const res = await api('PUT', `/api/${section}`, readForm(form, section));
  show(form.querySelector('.message'), res, t('saved', {r: res.body && res.body.revision}));
  if (res.ok) { await loadConfig(); }
}

async function loadConfig() {
  const res = await api('GET', '/api/config');
  if (!res.ok) { return; }
  state.config = res.body.config;
  state.revision = res.body.revision;
  document.getElementById('hall-name').textContent = state.config.hall.name;
  fillChoices();
  Object.keys(COLUMNS).forEach(renderList);
  ['calendar', 'policy', 'office'].forEach(s => fillForm(document.getElementById(s + '-form'), s, state.config[s] || {}));
}

// ---- PINs

async function pin(clear) {
  const form = document.getElementById('pin-form');
  const no = encodeURIComponent(f(form, 'staffNo').value);
  const res = clear ? await api('DELETE', `/api/staff/${no}/pin`) : await api('PUT', `/api/staff/${no}/pin`, {pin: f(form, 'pin').value});
  f(form, 'pin').value = '';
  show(form.querySelector('.message'), res, t('saved', {r: res.body && res.body.revision}));
  if (res.ok) { await loadConfig(); }
}

// ---- devices

async function loadDevices() {
  const res = await api('GET', '/api/devices');
  const message = document.getElementById('devices-message');
  if (!res.ok) { show(message, res); return; }
  state.devices = res.body;
  renderDevices();
}

function renderDevices() {
  if (!state.devices) { return; }
  document.getElementById('devices-policy').textContent = t(state.devices.requireRegistered ? 'devices.required' : 'devices.open');
  document.getElementById('devices-list').innerHTML = `<thead><tr><th>${t('device.id')}</th><th>${t('device.kind')}</th>`
    + `<th>${t('device.window')}</th><th>${t('device.name')}</th><th>${t('device.registration')}</th><th>${t('device.state')}</th>`
    + `<th>${t('device.lastSeen')}</th><th>${t('device.reason')}</th><th class="edit-only"></th></tr></thead><tbody>`
    + state.devices.devices.map(d => `<tr data-device="${esc(d.id)}" class="${d.registration === 'REVOKED' ? 'revoked' : ''}">`
      + `<td>${d.page ? `<a href="${esc(d.page)}" target="_blank">${esc(d.id)}</a>` : esc(d.id)}</td><td>${t(d.kind)}</td>`
      + `<td>${d.window ?? ''}</td><td>${esc(d.name)}</td>`
      + `<td class="registration registration-${d.registration}">${t(d.registration)}</td>`
      + `<td class="state-${d.heard ? d.state : ''}">${d.heard ? t(d.state) : t('unheard')}</td><td>${when(d.lastSeen)}</td>`
      + `<td>${d.reason ? esc(d.reason) + ' · ' + esc(t('device.by', {b: d.revokedBy, a: when(d.revokedAt)})) : ''}</td>`
      + `<td class="actions edit-only">${deviceActions(d)}</td></tr>`).join('')
    + (state.devices.devices.length ? '' : `<tr><td colspan="9" class="muted">${t('noDevices')}</td></tr>`) + '</tbody>';
}

function deviceActions(d) {
  const id = esc(d.id);
  if (d.registration === 'UNREGISTERED') {
    return `<button type="button" data-register="${id}">${t('device.registerButton')}</button>`
      + `<button type="button" data-revoke="${id}">${t('device.revokeButton')}</button>`;
  }
  return d.registration === 'REVOKED' ? `<button type="button" data-restore="${id}">${t('device.restore')}</button>`
    : `<button type="button" data-revoke="${id}">${t('device.revokeButton')}</button>`;
}

async function registerDevice() {
  const form = document.getElementById('device-form');
  const body = {id: f(form, 'id').value.trim(), kind: f(form, 'kind').value, name: f(form, 'name').value.trim() || undefined,
    window: f(form, 'window').value === '' ? undefined : Number(f(form, 'window').value)};
  const res = await api('POST', '/api/devices', body);
  show(form.querySelector('.message'), res, t('done'));
  if (res.ok) { form.reset(); await loadDevices(); }
}

async function revokeDevice() {
  const form = document.getElementById('revoke-form');
  const res = await api('POST', `/api/devices/${encodeURIComponent(f(form, 'id').value.trim())}/revoke`, {reason: f(form, 'reason').value});
  show(form.querySelector('.message'), res, t('done'));
  if (res.ok) { form.reset(); await loadDevices(); }
}

async function restoreDevice(id) {
  const res = await api('POST', `/api/devices/${encodeURIComponent(id)}/restore`, {});
  show(document.getElementById('devices-message'), res, t('done'));
  if (res.ok) { await loadDevices(); }
}

// ---- accounts (admins only)

async function loadAccounts() {
  const res = await api('GET', '/api/accounts');
  if (res.ok) { state.accounts = res.body; renderAccounts(); }
}

function renderAccounts() {
  document.getElementById('accounts-list').innerHTML = `<thead><tr><th>${t('account.username')}</th><th>${t('account.role')}</th>`
    + `<th>${t('staff.staffNo')}</th><th>${t('account.active')}</th><th>${t('account.changedAt')}</th><th></th></tr></thead><tbody>`
    + state.accounts.map(a => `<tr data-account="${esc(a.username)}"><td>${esc(a.username)}</td><td>${t(a.role)}</td>`
      + `<td>${esc(a.staffNo)}</td><td>${a.active ? t('active') : t('disabled')}</td><td>${when(a.changedAt)}</td>`
      + `<td class="actions"><button type="button" data-edit-account="${esc(a.username)}">${t('edit')}</button></td></tr>`).join('')
    + '</tbody>';
}

function editAccount(username) {
  editing.account = username;
  const form = document.getElementById('account-form');
  const a = state.accounts.find(x => x.username === username);
  f(form, 'username').value = a ? a.username : '';
  f(form, 'username').readOnly = !!a;
  f(form, 'role').value = a ? a.role : 'STAFF';
  f(form, 'staffNo').value = a && a.staffNo ? a.staffNo : '';
  f(form, 'active').checked = a ? a.active : true;
  f(form, 'password').value = '';
  f(form, 'password').required = !a;
  document.getElementById('account-form-title').textContent = a ? t('account.edit', {u: a.username}) : t('account.create');
}

async function saveAccount() {
  const form = document.getElementById('account-form');
  const staffNo = f(form, 'staffNo').value.trim() || undefined;
  const password = f(form, 'password').value || undefined;
  const res = editing.account
    ? await api('PUT', `/api/accounts/${encodeURIComponent(editing.account)}`,
      {role: f(form, 'role').value, staffNo, active: f(form, 'active').checked, password})
    : await api('POST', '/api/accounts', {username: f(form, 'username').value.trim(), role: f(form, 'role').value, staffNo, password});
  show(form.querySelector('.message'), res, t('done'));
  if (res.ok) { await loadAccounts(); editAccount(null); }
}

// ---- audit trail

async function loadAudit() {
  const res = await api('GET', '/api/audit?limit=' + document.getElementById('audit-limit').value);
  if (!res.ok) { show(document.getElementById('audit-message'), res); return; }
  state.audit = res.body;
  document.getElementById('audit-list').innerHTML = `<thead><tr><th>${t('audit.at')}</th><th>${t('audit.actor')}</th>`
    + `<th>${t('audit.action')}</th><th>${t('audit.target')}</th><th>${t('audit.detail')}</th></tr></thead><tbody>`
    + state.audit.map(a => `<tr><td>${when(a.at)}</td><td>${esc(a.actor)}</td><td>${esc(a.action)}</td>`
      + `<td>${esc(a.target)}</td><td>${esc(a.detail)}</td></tr>`).join('')
    + (state.audit.length ? '' : `<tr><td colspan="5" class="muted">${t('empty')}</td></tr>`) + '</tbody>';
}

// ---- tabs and start

function showTab(name) {
  const button = document.querySelector(`nav.tabs button[data-tab="${name}"]`);
  if (!button || getComputedStyle(button).display === 'none') { name = 'services'; }
  document.querySelectorAll('nav.tabs button').forEach(b => b.classList.toggle('active', b.dataset.tab === name));
  document.querySelectorAll('section.tab').forEach(s => s.classList.toggle('active', s.id === 'tab-' + name));
  if (location.hash !== '#' + name) { history.replaceState(null, '', '#' + name); }
  if (name === 'devices') { loadDevices(); }
  if (name === 'accounts') { loadAccounts(); }
  if (name === 'audit') { loadAudit(); }
}

function wire() {
  document.getElementById('tabs').addEventListener('click', e => { if (e.target.dataset.tab) { showTab(e.target.dataset.tab); } });
  document.querySelector('main').addEventListener('click', e => {
    const d = e.target.dataset;
    const section = e.target.closest('section.tab').id.replace('tab-', '');
    if (d.edit !== undefined) { editItem(section, d.edit); }
    if (d.remove !== undefined) { removeItem(section, d.remove); }
    if (d.register) {
      const row = state.devices.devices.find(x => x.id === d.register);
      const form = document.getElementById('device-form');
      f(form, 'id').value = row.id; f(form, 'kind').value = row.kind; f(form, 'window').value = row.window ?? '';
      f(form, 'name').focus();
    }
    if (d.revoke) {
      const form = document.getElementById('revoke-form');
      f(form, 'id').value = d.revoke;
      f(form, 'reason').focus();
    }
    if (d.restore) { restoreDevice(d.restore); }
    if (d.editAccount) { editAccount(d.editAccount); }
  });
  const pinForm = document.getElementById('pin-form');
  pinForm.addEventListener('submit', e => { e.preventDefault(); pin(false); });
  document.getElementById('pin-clear').addEventListener('click', () => pin(true));
  document.getElementById('device-form').addEventListener('submit', e => { e.preventDefault(); registerDevice(); });
  document.getElementById('revoke-form').addEventListener('submit', e => { e.preventDefault(); revokeDevice(); });
  const accountForm = document.getElementById('account-form');
  accountForm.addEventListener('submit', e => { e.preventDefault(); saveAccount(); });
  accountForm.querySelector('.reset').addEventListener('click', () => editAccount(null));
  document.getElementById('audit-refresh').addEventListener('click', loadAudit);
  document.getElementById('audit-limit').addEventListener('change', loadAudit);
  document.getElementById('logout').addEventListener('click', async () => {
    await api('POST', '/api/logout');
    sessionStorage.removeItem('hallq.csrf');
    toLogin();
  });
}

function fillStaticChoices() {
  document.querySelector('#device-form select[name="kind"]').innerHTML = KINDS.map(k => `<option value="${k}">${t(k)}</option>`).join('');
  const role = document.querySelector('#account-form select[name="role"]');
  const keep = role.value;
  role.innerHTML = ROLES.map(r => `<option value="${r}">${t(r)}</option>`).join('');
  role.value = keep || 'STAFF';
}

async function start() {
  buildForms();
  hallI18n.init(window.ADMIN_DICT);
  fillStaticChoices();
  wire();
  const me = await fetch('/api/me', {credentials: 'same-origin'});
  if (!me.ok) { toLogin(); return; }
  state.me = await me.json();
  state.csrf = state.me.csrfToken;
  const mayEdit = ['ADMIN', 'MANAGER'].includes(state.me.role);
  document.body.classList.toggle('readonly', !mayEdit);
  document.body.classList.toggle('may-office', mayEdit);
  document.body.classList.toggle('may-admin', state.me.role === 'ADMIN');
  document.getElementById('me').textContent = `${state.me.username}（${t(state.me.role)}）`;
  document.querySelectorAll('form input, form select, form textarea').forEach(el => {
    if (!mayEdit && !el.closest('#account-form')) { el.disabled = true; }
  });
  await loadConfig();
  editItem('services', null); editItem('bundles', null); editItem('windows', null); editItem('staff', null);
  editAccount(null);
  hallI18n.onChange(() => {
    fillStaticChoices();
    fillChoices();
    Object.keys(COLUMNS).forEach(renderList);
    renderDevices();
    if (state.accounts.length) { renderAccounts(); }
    document.getElementById('me').textContent = `${state.me.username}（${t(state.me.role)}）`;
  });
  showTab(location.hash.replace('#', '') || 'services');
  // the device list follows the hall's pushed device states (online, offline, paper…), never polling
  let reload = null;
  hallLive(update => {
    if (update.type !== 'device' || !document.getElementById('tab-devices').classList.contains('active')) { return; }
    clearTimeout(reload);
    reload = setTimeout(loadDevices, 300);
  }, () => {}, '/events');
}

start();
