// The citizen's kiosk (自助取号机): choose a service (by department, directly, or by pinyin initials), read its
// guide, take a ticket (with the ID card where the service needs one), check a booking in (scanner or card).
// Everything the hall says arrives over the agent's event stream; a touch posts to the agent's API.
(function () {
  'use strict';

  const params = new URLSearchParams(location.search);
  const seconds = (name, fallback) => {
    const v = Number(params.get(name));
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  // The hall may tune these in the kiosk's start-up URL (…/?cardSeconds=20); tests shorten them.
  const CARD_SECONDS = seconds('cardSeconds', 30);
  const IDLE_SECONDS = seconds('idleSeconds', 60);
  const RESULT_SECONDS = seconds('resultSeconds', 20);
  const UNPRINTED_SECONDS = Math.max(RESULT_SECONDS, seconds('unprintedSeconds', 45));
  const ERROR_SECONDS = seconds('errorSeconds', 30);
  const GREETING_MS = 1200;
  const REQUEST_MS = 15000;
  const ELDERLY_AGE = 65;
  const DEPARTMENTS_ABOVE = 8;
  const SCAN_CODE = /^[A-Za-z0-9]{4,32}$/;
  const SCAN_GAP_MS = 120;
  const BROWSING = ['dept', 'search', 'detail', 'checkin'];
  // the hub says ok once it sent the guide to the printer; a printer that stops being usable this soon after most
  // likely failed on that very guide
  const GUIDE_TRUST_MS = 15000;

  const t = hallI18n.t;
  const $ = id => document.getElementById(id);
  const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
  /** A trusted string with its values escaped, as HTML. */
  const th = (key, vars) => {
    const safe = {};
    Object.keys(vars || {}).forEach(k => { safe[k] = esc(vars[k]); });
    return t(key, safe);
  };
  const plain = html => String(html).replace(/<[^>]*>/g, '');
  /** Replaces an element's content only when it changed, so a live update never swaps a button under a finger. */
  const shown = new WeakMap();
  const setHtml = (el, html) => {
    if (shown.get(el) !== html) { el.innerHTML = html; shown.set(el, html); }
  };
  const en = () => hallI18n.lang() === 'en';

  const live = {board: null, initials: {}, guides: {}, card: {present: false}, printer: {usable: true},
    hubOnline: false, linkUp: false, hubUrl: null};
  const ui = {screen: 'start', dept: null, query: '', detail: null, detailFrom: 'start', guidePrint: null, pending: null, busy: false,
    busyInfo: null, result: null, failure: null, elderly: false, lastTouch: Date.now(), cardDeadline: 0, leaveAt: 0};

  // ---- the hall's services -------------------------------------------------------------------------------

  const services = () => (live.board ? live.board.services : []);
  const service = id => services().find(s => s.id === id);
  const nameOf = s => (s ? (en() && s.nameEn ? s.nameEn : s.name) : '');
  const hoursText = h => (h === '00:00-24:00' ? t('allDay') : h);

  function useDepartments() {
    const all = services();
    return !ui.elderly && all.length > DEPARTMENTS_ABOVE && all.some(s => s.department);
  }

  /** Departments in board order; 一件事 bundles and services of no department get a group of their own. */
  function departments() {
    const groups = new Map();
    services().forEach(s => {
      const key = s.bundle ? '*bundles' : (s.department || '*other');
      if (!groups.has(key)) { groups.set(key, []); }
      groups.get(key).push(s);
    });
    const keys = [...groups.keys()].filter(k => !k.startsWith('*'));
    ['*bundles', '*other'].forEach(k => { if (groups.has(k)) { keys.push(k); } });
    return keys.map(k => ({key: k, services: groups.get(k)}));
  }

  const deptName = key => (key === '*bundles' ? t('deptBundles') : key === '*other' ? t('deptOther') : key);

  function closedWhy(s) {
    if (s.remainingToday === 0) { return t('soldOut'); }
    if (!s.hoursToday) { return t('closedToday'); }
    return t('closedHours', {hours: hoursText(s.hoursToday)});
  }

  function tile(s) {
    const closed = s.open === false;
    const sub = en() ? (s.nameEn && s.nameEn !== s.name ? s.name : '') : '';
    const tags = [];
    if (s.bundle) { tags.push(`<span class="tag bundle">${th('tagBundle')}</span>`); }
    if (s.realName) { tags.push(`<span class="tag card">${th('tagCard')}</span>`); }
    if (s.appointments) { tags.push(`<span class="tag">${th('tagBooking')}</span>`); }
    if (!closed && s.remainingToday != null) { tags.push(`<span class="tag left">${th('tagLeft', {n: s.remainingToday})}</span>`); }
    const meta = closed ? esc(closedWhy(s)) : s.estimatedWaitMinutes
      ? th('waitingEstimate', {n: s.waiting, m: s.estimatedWaitMinutes}) : th('waiting', {n: s.waiting});
    const guide = live.guides[s.id] ? `<button class="guide-link" type="button" data-guide="${esc(s.id)}">${th('guideLink')}</button>` : '';
    return `<div class="tile${closed ? ' closed' : ''}">
      <button class="service" type="button" data-service="${esc(s.id)}">
        <span class="prefix${s.prefix.length > 1 ? ' long' : ''}">${esc(s.prefix)}</span>
        <span class="tile-body"><span class="name">${esc(nameOf(s))}</span>${sub ? `<span class="name-sub">${esc(sub)}</span>` : ''}
          ${tags.length ? `<span class="tags">${tags.join('')}</span>` : ''}<span class="meta">${meta}</span></span>
      </button>${guide}</div>`;
  }

  function deptTile(group) {
    const waiting = group.services.reduce((sum, s) => sum + s.waiting, 0);
    const name = deptName(group.key);
    const icon = group.key === '*bundles' ? '事' : group.key === '*other' ? '其' : [...name][0];
    const count = th(group.services.length === 1 ? 'deptCountOne' : 'deptCount', {n: group.services.length, w: waiting});
    return `<button class="dept" type="button" data-dept="${esc(group.key)}">
      <span class="prefix">${esc(icon)}</span>
      <span class="tile-body"><span class="name">${esc(name)}</span><span class="meta">${count}</span></span></button>`;
  }

  // ---- screens --------------------------------------------------------------------------------------------

  const SCREENS = ['start', 'dept', 'search', 'detail', 'card', 'checkin', 'busy', 'result', 'error'];

  function show(screen) {
    ui.screen = screen;
    SCREENS.forEach(s => { $(s).hidden = s !== screen; });
    $('nav').hidden = !BROWSING.includes(screen);
    $('main').scrollTop = 0;
    ui.lastTouch = Date.now();
    if (screen === 'result') {
      ui.leaveAt = Date.now() + 1000 * (ui.result && ui.result.printed === false ? UNPRINTED_SECONDS : RESULT_SECONDS);
    } else if (screen === 'error') {
      ui.leaveAt = Date.now() + 1000 * ERROR_SECONDS;
    }
    render();
  }

  function render() {
    document.body.classList.toggle('elderly', ui.elderly);
    renderNotices();
    ({start: renderStart, dept: renderDept, search: renderSearch, detail: renderDetail, card: renderCard,
      checkin: renderCheckin, busy: renderBusy, result: renderResult, error: renderError})[ui.screen]();
    renderCountdowns();
  }

  function renderNotices() {
    document.body.classList.toggle('offline', !(live.linkUp && live.hubOnline));
    if (live.board) { $('hall-name').textContent = live.board.hallName; }
    const p = live.printer;
    $('printer-notice').hidden = p.usable !== false;
    if (p.usable === false) {
      $('printer-notice').textContent = t('printerNotice', {why: printerText()});
    }
    const readerDown = !!(live.reader && live.reader.fault && live.reader.state !== 'NO_READER');
    $('reader-notice').hidden = !readerDown;
    if (readerDown) { $('reader-notice').textContent = t('readerNotice'); }
  }

  function renderHello(el, key) {
    const card = live.card;
    el.hidden = !card.present;
    if (card.present) {
      el.innerHTML = key === 'checkinPick' ? th('checkinPick', {name: card.maskedName || ''})
        : `${th('hello', {name: card.maskedName || ''})}<small>${th('helloSub')}</small>`;
    }
  }

  function renderStart() {
    renderHello($('hello'), 'hello');
    const toggle = $('elderly-toggle');
    toggle.setAttribute('aria-pressed', String(ui.elderly));
    $('elderly-sub').textContent = t(ui.elderly ? 'elderlyOn' : 'elderlyOff');
    const all = services();
    $('no-services').hidden = all.length > 0;
    const byDept = useDepartments();
    $('choose-hint').textContent = t(ui.elderly ? 'chooseElderlyHint' : byDept ? 'chooseDeptHint' : 'chooseHint');
    setHtml($('start-list'), byDept ? departments().map(deptTile).join('') : all.map(tile).join(''));
  }

  function renderDept() {
    const group = departments().find(g => g.key === ui.dept);
    if (!group) { home(false); return; }
    $('dept-title').textContent = deptName(group.key);
    setHtml($('dept-services'), group.services.map(tile).join(''));
  }

  function matches(query) {
    if (!query) { return []; }
    return services().filter(s => {
      const initials = (live.initials[s.id] || '').toUpperCase();
      const english = (s.nameEn || '').split(/[^A-Za-z0-9]+/).filter(Boolean).map(w => w[0].toUpperCase()).join('');
      return initials.includes(query) || (en() && english.includes(query));
    });
  }

  function renderSearch() {
    $('typed').textContent = ui.query;
    $('typed').dataset.placeholder = t('searchPlaceholder');
    const found = matches(ui.query);
    $('match-count').textContent = ui.query ? t('matches', {n: found.length}) : '';
    setHtml($('search-results'), !ui.query ? ''
      : found.length ? found.map(tile).join('') : `<div class="empty">${th('noMatch')}</div>`);
    $('keypad').querySelector('[data-key="DEL"]').textContent = t('delete');
    $('keypad').querySelector('[data-key="CLR"]').textContent = t('clear');
  }

  function renderDetail() {
    const s = service(ui.detail);
    if (!s) { home(false); return; }
    const g = live.guides[s.id];
    const closed = s.open === false;
    const fact = (key, value) => `<span>${th(key)}${th('colon')}<b>${value}</b></span>`;
    const facts = [
      fact('hoursToday', esc(s.hoursToday ? hoursText(s.hoursToday) : t('notToday'))),
      fact('waitingNow', esc(s.waiting)),
      s.estimatedWaitMinutes ? fact('estimate', th('minutes', {m: s.estimatedWaitMinutes})) : ''
    ].join('');
    const list = (items, cls) => `<ol class="${cls}">${items.map(i => `<li>${esc(i)}</li>`).join('')}</ol>`;
    const guide = !g ? `<p class="no-guide">${th('noGuide')}</p>` : `
        <dl>${g.basis ? `<dt>${th('basis')}</dt><dd>${esc(g.basis)}</dd>` : ''}
          ${g.timeLimit ? `<dt>${th('timeLimit')}</dt><dd>${esc(g.timeLimit)}</dd>` : ''}
          ${g.phone ? `<dt>${th('phone')}</dt><dd>${esc(g.phone)}</dd>` : ''}</dl>
        ${g.materials.length ? `<h4>${th('materials')}</h4>${list(g.materials, 'materials')}` : ''}
        ${g.steps.length ? `<h4>${th('steps')}</h4>${list(g.steps, 'steps')}` : ''}`;
    const qr = g && live.hubUrl ? `<div class="qr-box"><img id="guide-qr" alt="" src="${esc(qrSrc(live.hubUrl + '/guide/' + encodeURIComponent(s.id)))}">${th('guideQr')}</div>` : '';
    const take = closed
      ? `<button class="take closed" type="button" data-action="take">${th('takeClosed')}<small>${esc(closedWhy(s))}</small></button>`
      : `<button class="take" type="button" data-action="take">${th(s.realName ? 'takeWithCard' : 'take')}${s.realName ? `<small>${th('realNameNote')}</small>` : ''}</button>`;
    setHtml($('detail-body'), `
      <div class="detail-head"><span class="prefix${s.prefix.length > 1 ? ' long' : ''}">${esc(s.prefix)}</span>
        <div><h2>${esc(nameOf(s))}</h2><p>${esc([en() ? s.name : s.nameEn, s.department].filter(x => x && x !== nameOf(s)).join(' · '))}</p>
        <div class="facts">${facts}</div></div></div>
      <div class="detail-side">${qr}${take}${guidePrintHtml(s, g)}</div>
      <div class="guide"><h3>${th('guideTitle')}</h3>${guide}</div>`);
  }

  /**
   * 「打印办事指南」: the button only while the kiosk's printer can print and the service has a guide; below it, how the
   * last touch on it for this service ended (printing, printed, or why not).
   */
  function guidePrintHtml(s, g) {
    const p = ui.guidePrint && ui.guidePrint.serviceId === s.id ? ui.guidePrint : null;
    const printing = !!(p && p.state === 'printing');
    const button = g && live.printer.usable !== false
      ? `<button class="print-guide" type="button" data-action="printGuide"${printing ? ' disabled' : ''}>${th(printing ? 'guidePrinting' : 'printGuide')}</button>`
      : '';
    const note = !p || printing ? ''
      : `<p class="guide-print-note ${p.state === 'done' ? 'ok' : 'warn'}" id="guide-print-note" role="status">${esc(guidePrintText(p))}</p>`;
    return button || note ? `<div class="guide-print">${button}${note}</div>` : '';
  }

  function guidePrintText(p) {
    if (p.state === 'done') { return t('guidePrinted'); }
    const key = 'guideFail' + (p.code || '');
    return t('guideNotPrinted', {why: t(t(key) === key ? 'guideFail' : key, {why: printerText()})});
  }

  /** Why the kiosk's printer cannot print, in words. */
  function printerText() {
    const key = 'printer' + (live.printer.reason || 'FAULT');
    return t(t(key) === key ? 'printerFAULT' : key);
  }

  function renderCard() {
    const p = ui.pending;
    const s = p && service(p.serviceId);
    $('card-service').textContent = s ? t('cardFor', {name: nameOf(s)}) : '';
    $('card-hint').textContent = t(p && p.checkin ? 'cardWhyBooking' : 'cardWhy');
  }

  function renderCheckin() {
    renderHello($('checkin-hello'), 'checkinPick');
    const bookable = services().filter(s => s.appointments);
    setHtml($('checkin-services'), bookable.length ? bookable.map(tile).join('')
      : `<div class="empty">${th('noBookable')}</div>`);
  }

  function renderBusy() {
    const info = ui.busyInfo || {};
    $('busy-hello').hidden = !info.greet;
    $('busy-hello').textContent = info.greet ? t('hello', {name: info.greet}) : '';
    $('busy-text').textContent = t(info.checkin ? 'checkingIn' : 'busy');
  }

  function renderResult() {
    const r = ui.result;
    if (!r) { return; }
    const ticket = r.ticket;
    const printed = r.printed !== false;
    // only a booking code proves a check-in: by card the hub checks in a booking if there is one, and the answer
    // does not say which it was
    $('result-title').textContent = t(ticket.reprint ? (printed ? 'reprint' : 'reprintShown') : r.bookingCode ? 'checkedIn' : 'issued');
    const note = r.greet ? t('hello', {name: r.greet}) + (r.checkin && !ticket.reprint ? t('checkinByCard') : '') : '';
    $('result-hello').hidden = !note;
    $('result-hello').textContent = note;
    $('ticket-number').textContent = ticket.number;
    $('ticket-service').textContent = en() && ticket.serviceNameEn ? ticket.serviceNameEn : ticket.serviceName;
    $('ticket-ahead').innerHTML = ticket.estimatedWaitMinutes
      ? th('aheadEstimate', {n: ticket.peopleAhead, m: ticket.estimatedWaitMinutes}) : th('ahead', {n: ticket.peopleAhead});
    const notice = $('ticket-notice');
    notice.className = printed ? 'notice' : 'notice warn';
    notice.textContent = printed ? t('takeTicket') : t(r.printerReason === 'PAPER_OUT' ? 'noPaper'
      : r.printerReason === 'NO_PRINTER' ? 'noPrinter' : 'noPrint');
    const qr = $('ticket-qr');
    qr.hidden = !r.myTicketUrl;
    qr.className = printed ? 'ticket-qr' : 'ticket-qr big';
    $('result-grid').className = r.myTicketUrl ? 'result with-qr' : 'result';
    if (r.myTicketUrl) {
      const src = qrSrc(r.myTicketUrl);
      if ($('ticket-qr-img').getAttribute('src') !== src) { $('ticket-qr-img').setAttribute('src', src); }
      $('ticket-qr-text').textContent = t('progressQr');
    }
    $('take-card').hidden = !live.card.present;
  }

  function renderError() {
    const f = ui.failure;
    if (!f) { return; }
    const d = describe(f);
    $('error-panel').className = d.warn ? 'panel warn' : 'panel error';
    $('error-title').textContent = d.title;
    $('error-message').textContent = d.text;
    $('error-hint').textContent = d.hint;
    $('error-actions').innerHTML = d.actions.map((a, i) =>
      `<button class="btn${i === d.actions.length - 1 && d.actions.length > 1 ? ' secondary' : ''}" type="button" data-action="${esc(a.action)}">${th(a.label)}</button>`).join('');
    $('error-code').textContent = f.code ? t('code', {code: f.code}) : '';
  }

  /** What a failure screen says and offers, in the citizen's words. */
  function describe(f) {
    const s = f.service;
    const name = nameOf(s);
    const home = {action: 'home', label: 'backHome'};
    switch (f.code) {
      case 'HUB_UNREACHABLE':
        return {title: t('fUnreachable'), text: t('fUnreachableText'), hint: '', actions: [home]};
      case 'CAP_REACHED': {
        const slot = /本时段|next tickets from/.test(f.message || '');
        const next = ((f.message || '').match(/from (\d{1,2}:\d{2})/) || [])[1];
        return {title: t('fCap'), text: t(slot ? 'fCapSlot' : 'fCapText', {name}),
          hint: slot && next ? t('fCapSlotNext', {time: next}) : t(s && s.appointments ? 'fCapHintBooking' : 'fCapHint'),
          actions: [home]};
      }
      case 'SERVICE_CLOSED':
        return {title: t('fClosed'), text: s && s.hoursToday ? t('fClosedHours', {name, hours: hoursText(s.hoursToday)})
          : s ? t('fClosedToday', {name}) : '', hint: t('fClosedHint'), actions: [home]};
      case 'REAL_NAME_REQUIRED':
        return {title: t('fRealName'), text: t('fRealNameText', {name}), hint: t('fRealNameHint'),
          actions: s ? [{action: 'useCard', label: 'useCard'}, home] : [home]};
      case 'CARD_TIMEOUT':
        return {title: t(f.unreadable ? 'fCardUnreadable' : 'fCardTimeout'), text: t('fCardTimeoutText'), warn: true,
          hint: f.canSkip ? t('fCardTimeoutSkip') : t('fCardTimeoutHint'),
          actions: [{action: 'cardAgain', label: 'retry'}].concat(f.canSkip ? [{action: 'withoutCard', label: 'withoutCard'}] : [], [home])};
      case 'READER_FAULT':
        return {title: t('fReader'), text: t('fReaderText'), hint: t(s && s.realName ? 'fReaderDesk' : 'fReaderHint'),
          warn: true, actions: [home]};
      case 'UNKNOWN_APPOINTMENT':
        return {title: t('fBooking'), text: t('fBookingText'), hint: t('fBookingHint'),
          actions: [{action: 'checkin', label: 'scanAgain'}, home]};
      case 'WRONG_STATE':
        if (f.checkin) {
          return {title: t('fBookingState'), text: t('fBookingStateText'), hint: t('fBookingStateHint'), actions: [home]};
        }
        break;
      case 'UNKNOWN_SERVICE':
        return {title: t('fUnknownService'), text: t('fUnknownServiceText'), hint: '', actions: [home]};
      case 'DEVICE_REVOKED':
      case 'DEVICE_NOT_REGISTERED':
        return {title: t('fDevice'), text: t('fDeviceText'), hint: '', warn: true, actions: [home]};
      default:
        break;
    }
    return {title: t('fOther'), text: t('fOtherText'), hint: '', actions: [home]};
  }

  function renderCountdowns() {
    const left = Math.max(0, Math.ceil((ui.leaveAt - Date.now()) / 1000));
    $('result-countdown').textContent = t('resultLeft', {n: left});
    $('error-countdown').textContent = t('errorLeft', {n: left});
    $('card-countdown').textContent = t('cardLeft', {n: Math.max(0, Math.ceil((ui.cardDeadline - Date.now()) / 1000))});
  }

  const qrSrc = url => 'api/qr?text=' + encodeURIComponent(url);

  // ---- what a touch does ----------------------------------------------------------------------------------

  function home(idle) {
    ui.dept = null;
    ui.query = '';
    ui.detail = null;
    ui.guidePrint = null;
    ui.pending = null;
    ui.result = null;
    ui.failure = null;
    if (idle) {
      ui.elderly = elderlyCard();
      if (hallI18n.lang() !== 'zh') { document.querySelector('.lang-toggle').click(); }
    }
    show('start');
    say(t('choose'));
  }

  const elderlyCard = () => !!(live.card.present && live.card.age >= ELDERLY_AGE);

  /** A touch on a service: refuse at once what the board says is closed, ask for the card where needed. */
  function choose(id, opts) {
    const s = service(id);
    const checkin = !!(opts && opts.checkin);
    if (!s) { return; }
    if (s.open === false) {
      fail({code: s.remainingToday === 0 ? 'CAP_REACHED' : 'SERVICE_CLOSED', service: s});
      return;
    }
    if ((s.realName || checkin) && !live.card.present && live.reader && live.reader.fault) {
      fail({code: 'READER_FAULT', service: s, canSkip: !s.realName && !checkin});
      return;
    }
    if ((s.realName || checkin) && !live.card.present) {
      awaitCard({serviceId: id, canSkip: !s.realName, checkin, back: ui.screen});
      return;
    }
    takeTicket(id, {checkin});
  }

  function awaitCard(pending) {
    ui.pending = pending;
    ui.cardDeadline = Date.now() + CARD_SECONDS * 1000;
    show('card');
    say(t('placeCard'));
  }

  async function takeTicket(serviceId, opts) {
    const greet = live.card.present ? live.card.maskedName : null;
    await ask('api/tickets', {serviceId, priority: false}, {serviceId, greet, checkin: !!(opts && opts.checkin)});
  }

  async function checkInByCode(code) {
    await ask('api/checkin', {code}, {greet: null, checkin: true, bookingCode: true});
  }

  /** Asks the kiosk's printer for the guide on the screen; the detail screen shows how it went. */
  async function printGuide() {
    const id = ui.detail;
    if (!id || (ui.guidePrint && ui.guidePrint.state === 'printing')) { return; }
    ui.guidePrint = {serviceId: id, state: 'printing'};
    renderDetail();
    const result = await post('api/guides/' + encodeURIComponent(id) + '/print', {});
    if (!ui.guidePrint || ui.guidePrint.serviceId !== id) { return; } // the citizen left the guide meanwhile
    ui.guidePrint = result.ok ? {serviceId: id, state: 'done', at: Date.now()}
      : {serviceId: id, state: 'failed', code: result.code};
    ui.lastTouch = Date.now();
    if (ui.screen === 'detail') {
      renderDetail();
      say(guidePrintText(ui.guidePrint));
    }
  }

  async function ask(path, body, context) {
    if (ui.busy) { return; }
    ui.busy = true;
    ui.pending = null;
    ui.busyInfo = context;
    show('busy');
    const started = Date.now();
    const printerWasUsable = live.printer.usable !== false;
    const result = await post(path, body);
    if (context.greet) { await new Promise(r => setTimeout(r, Math.max(0, GREETING_MS - (Date.now() - started)))); }
    ui.busy = false;
    if (result.ok) {
      ui.result = Object.assign({}, result, {greet: context.greet, checkin: context.checkin, bookingCode: !!context.bookingCode,
        printerReason: live.printer.reason || (live.printer.usable === false ? 'FAULT' : null)});
      if (result.printed !== false && printerWasUsable && live.printer.usable === false) {
        // the printer stopped while the kiosk waited for the answer: most likely on this very ticket (onPrinter does
        // the same for a ticket already on the screen; the printer's news can come before the answer)
        ui.result.printed = false;
      }
      show('result');
      const ticket = result.ticket;
      say(t('sayTicket', {number: spell(ticket.number), n: ticket.peopleAhead}) + t(ui.result.printed === false ? 'sayPhoto' : 'sayTake'));
    } else {
      const s = service(context.serviceId || (result.ticket && result.ticket.serviceId));
      fail({code: result.code, message: result.message, service: s, checkin: context.checkin,
        canSkip: s ? !s.realName : false});
    }
  }

  async function post(path, body) {
    const abort = new AbortController();
    const guard = setTimeout(() => abort.abort(), REQUEST_MS);
    try {
      const response = await fetch(path, {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify(body), signal: abort.signal});
      const answer = await response.json();
      if (typeof answer.ok === 'boolean') { return answer; }
      return {ok: false, code: response.status === 503 ? 'HUB_UNREACHABLE' : (answer.error || answer.code || 'ERROR'),
        message: answer.message};
    } catch (e) {
      return {ok: false, code: 'HUB_UNREACHABLE'};
    } finally {
      clearTimeout(guard);
    }
  }

  function fail(failure) {
    ui.failure = failure;
    show('error');
    const d = describe(failure);
    say(d.title + '。' + d.text);
  }

  /** A2 → "A 2", so a voice reads the number digit by digit. */
  const spell = number => String(number).split('').join(' ');

  function back() {
    if (ui.screen === 'detail') { show(ui.detailFrom); }
    else { home(false); }
  }

  const ACTIONS = {
    home: () => home(false),
    back,
    search: () => { ui.query = ''; show('search'); },
    checkin: () => { show('checkin'); say(t('wayCardText')); },
    elderly: () => {
      ui.elderly = !ui.elderly;
      render();
      if (ui.elderly) { say(t('sayElderly'), true); } else { quiet(); }
    },
    take: () => { if (ui.detail) { choose(ui.detail); } },
    printGuide,
    cancel: () => { const p = ui.pending; ui.pending = null; show(p && p.back && p.back !== 'card' ? p.back : 'start'); },
    cardAgain: () => { const f = ui.failure; if (f && f.pending) { awaitCard(f.pending); } else { home(false); } },
    withoutCard: () => { const f = ui.failure; if (f && f.pending) { takeTicket(f.pending.serviceId, {checkin: false}); } },
    useCard: () => { const f = ui.failure; if (f && f.service) { awaitCard({serviceId: f.service.id, canSkip: false, checkin: false, back: 'start'}); } }
  };

  document.addEventListener('click', e => {
    // a touched button keeps no focus: the scanner's Enter must never press it again
    if (document.activeElement && document.activeElement !== document.body) { document.activeElement.blur(); }
    const target = e.target.closest('[data-action], [data-service], [data-guide], [data-dept], [data-key]');
    if (!target || ui.busy) { return; }
    const d = target.dataset;
    if (d.action && ACTIONS[d.action]) { ACTIONS[d.action](); }
    else if (d.service) { choose(d.service, {checkin: ui.screen === 'checkin'}); }
    else if (d.guide) { ui.detailFrom = ui.screen; ui.detail = d.guide; ui.guidePrint = null; show('detail'); }
    else if (d.dept) { ui.dept = d.dept; show('dept'); }
    else if (d.key) { type(d.key); }
  });

  function type(key) {
    if (key === 'DEL') { ui.query = ui.query.slice(0, -1); }
    else if (key === 'CLR') { ui.query = ''; }
    else if (ui.query.length < 12) { ui.query += key; }
    renderSearch();
  }

  $('keypad').innerHTML = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')
    .map(c => `<button type="button" data-key="${c}">${c}</button>`).join('')
    + '<button type="button" class="fn" data-key="DEL"></button><button type="button" class="fn" data-key="CLR"></button>';

  // ---- the QR scanner: a USB keyboard that types the booking code and Enter, with no field focused --------

  const scan = {typed: '', last: 0};
  document.addEventListener('keydown', e => {
    const now = performance.now();
    if (e.key === 'Enter') {
      const code = scan.typed;
      scan.typed = '';
      if (SCAN_CODE.test(code) && now - scan.last < SCAN_GAP_MS * 4) {
        e.preventDefault();
        if (!ui.busy) { checkInByCode(code.toUpperCase()); }
      }
      return;
    }
    if (e.key && e.key.length === 1) {
      if (now - scan.last > SCAN_GAP_MS) { scan.typed = ''; }
      scan.typed = (scan.typed + e.key).slice(-40);
      scan.last = now;
      ui.lastTouch = Date.now();
    }
  });

  // ---- 适老化: spoken prompts where the browser can speak; silence where it cannot ---------------------------

  function say(text, force) {
    if (!ui.elderly && !force) { return; }
    try {
      if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance !== 'function') { return; }
      window.speechSynthesis.cancel();
      const u = new SpeechSynthesisUtterance(plain(text));
      u.lang = en() ? 'en-US' : 'zh-CN';
      u.rate = 0.9;
      window.speechSynthesis.speak(u);
    } catch (e) {
      // no voice on this machine: the screen says it all
    }
  }

  function quiet() {
    try { if ('speechSynthesis' in window) { window.speechSynthesis.cancel(); } } catch (e) { /* nothing to stop */ }
  }

  // ---- time: the clock, countdowns, the card's wait and the idle return to the start -------------------------

  function tick() {
    const now = new Date();
    $('clock-time').textContent = now.toLocaleTimeString('zh-CN', {hour12: false});
    $('clock-date').textContent = now.toLocaleDateString(en() ? 'en-GB' : 'zh-CN',
      {year: 'numeric', month: 'long', day: 'numeric', weekday: 'long'});
    const idle = Date.now() - ui.lastTouch;
    if (ui.screen === 'card' && !ui.pending) {
      home(false);
    } else if (ui.screen === 'card' && Date.now() >= ui.cardDeadline) {
      const p = ui.pending;
      ui.pending = null;
      fail({code: 'CARD_TIMEOUT', service: service(p.serviceId), canSkip: p.canSkip, pending: p});
    } else if ((ui.screen === 'result' || ui.screen === 'error') && Date.now() >= ui.leaveAt) {
      home(true);
    } else if (BROWSING.includes(ui.screen) && idle > IDLE_SECONDS * 1000) {
      home(true);
    } else if (ui.screen === 'start' && idle > IDLE_SECONDS * 1000
      && (hallI18n.lang() !== 'zh' || ui.elderly !== elderlyCard())) {
      home(true);
    }
    renderCountdowns();
  }

  document.addEventListener('pointerdown', () => {
    ui.lastTouch = Date.now();
    if (ui.screen === 'result' || ui.screen === 'error') {
      ui.leaveAt = Math.max(ui.leaveAt, Date.now() + 1000 * Math.min(RESULT_SECONDS, ERROR_SECONDS));
    }
  });
  document.addEventListener('contextmenu', e => e.preventDefault());

  // ---- the hall, live ---------------------------------------------------------------------------------------

  function onCard(card) {
    const was = live.card.present;
    live.card = card || {present: false};
    if (live.card.present && !was) {
      if (live.card.age >= ELDERLY_AGE && !ui.elderly) { ui.elderly = true; }
      if (ui.screen === 'card' && ui.pending) {
        const p = ui.pending;
        takeTicket(p.serviceId, {checkin: p.checkin});
        return;
      }
      if (ui.screen === 'start' || ui.screen === 'checkin') { say(t('hello', {name: live.card.maskedName || ''})); }
    }
    if (!ui.busy) { render(); }
  }

  /** A card was found but not read (lifted too soon, damaged): while a ticket waits for it, say so at once. */
  function onUnreadable(what) {
    if (ui.screen === 'card' && ui.pending) {
      const p = ui.pending;
      ui.pending = null;
      fail({code: 'CARD_TIMEOUT', unreadable: true, reason: what && what.reason, service: service(p.serviceId),
        canSkip: p.canSkip, pending: p});
    }
  }

  /**
   * The printer's state. One that stops being usable while a "printed" ticket is on the screen most likely failed
   * on that very ticket (the kiosk hears of a failed job only through the printer's status): the screen then
   * shows the number and its QR code as for an unprinted ticket, and stays longer.
   */
  function onPrinter(printer) {
    const was = live.printer.usable !== false;
    live.printer = printer || {usable: true};
    const r = ui.result;
    if (was && live.printer.usable === false && ui.screen === 'result' && r && r.printed !== false) {
      r.printed = false;
      r.printerReason = live.printer.reason || 'FAULT';
      ui.leaveAt = Math.max(ui.leaveAt, Date.now() + UNPRINTED_SECONDS * 1000);
      say(t('sayPhoto'));
    }
    const g = ui.guidePrint;
    if (was && live.printer.usable === false && g && g.state === 'done' && Date.now() - g.at < GUIDE_TRUST_MS) {
      ui.guidePrint = {serviceId: g.serviceId, state: 'failed', code: 'PRINTER_NOT_READY'};
      if (ui.screen === 'detail') { say(guidePrintText(ui.guidePrint)); }
    }
  }

  hallI18n.init(window.KIOSK_STRINGS);
  if (hallI18n.lang() !== 'zh') { document.querySelector('.lang-toggle').click(); }
  hallI18n.onChange(() => { if (!ui.busy) { render(); } tick(); });
  show('start');
  tick();
  setInterval(tick, 1000);
  hallLive(update => {
    const data = update.data;
    switch (update.type) {
      case 'board': live.board = data; break;
      case 'initials': live.initials = data || {}; break;
      case 'guides': live.guides = {}; (data.guides || []).forEach(g => { live.guides[g.serviceId] = g; }); break;
      case 'card': onCard(data); return;
      case 'cardUnreadable': onUnreadable(data); return;
      case 'reader': live.reader = data; break;
      case 'printer': onPrinter(data); break;
      case 'hub': live.hubOnline = !!data.online; break;
      case 'hubUrl': live.hubUrl = data.url ? String(data.url).replace(/\/+$/, '') : null; break;
      case 'kiosk': $('kiosk-id').textContent = data.deviceId || ''; break;
      default: return;
    }
    if (!ui.busy) { render(); }
  }, up => { live.linkUp = up; renderNotices(); });
})();
