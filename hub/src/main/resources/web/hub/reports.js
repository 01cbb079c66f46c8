// The statistics page: a period, a grouping, the table of figures, four charts and the rankings.
// Everything comes from /api/reports (docs/reports.md); nothing is computed here but formatting.
(function () {
  const COLUMNS = [
    ['issued', 'int'], ['served', 'int'], ['missed', 'int'],
    ['waitAvgSeconds', 'min'], ['waitP90Seconds', 'min'], ['handlingAvgSeconds', 'min'], ['handlingP90Seconds', 'min'],
    ['rated', 'int'], ['ratingRate', 'pct'], ['satisfaction', 'pct'], ['badRatings', 'int'],
    ['rectificationRate', 'pct'], ['callbackRate', 'pct'], ['extendedService', 'int'], ['weekendServed', 'int'],
    ['appointmentCheckIns', 'int'], ['appointmentNoShows', 'int']];
  hallI18n.init({
    zh: {title: '统计报表', monthly: '月度运行分析通报', periodKind: '统计周期', day: '日', month: '月', year: '年', range: '自定义',
      from: '开始日期', to: '结束日期', groupBy: '分组', by_hall: '全厅', by_department: '部门', by_service: '事项',
      by_window: '窗口', by_staff: '工作人员', run: '查询', csv: '下载 CSV', xlsx: '下载 Excel',
      tabTable: '数据表', tabCharts: '图表', tabRankings: '排行榜', name: '名称', total: '合计',
      issued: '取号', served: '办结', missed: '过号', waitAvgSeconds: '平均等候(分)', waitP90Seconds: 'P90等候(分)',
      handlingAvgSeconds: '平均办理(分)', handlingP90Seconds: 'P90办理(分)', rated: '评价数', ratingRate: '评价率',
      satisfaction: '满意度', badRatings: '差评', rectificationRate: '整改率', callbackRate: '回访率',
      extendedService: '延时服务', weekendServed: '周末办件', appointmentCheckIns: '预约签到', appointmentNoShows: '预约爽约',
      chartMonthly: '图1 月度办件量', chartShare: '图2 各部门办件量占比', chartHours: '各时段平均等候时间（分钟）',
      chartSatisfaction: '满意度趋势', redFlag: '红旗窗口', stars: '服务之星', rank: '名次', score: '得分',
      minServed: '办结不足{n}件的不参评',
      noData: '该期间无数据', loginNeeded: '请先登录', failed: '查询失败：{m}', tickets: '办件量', waitMin: '等候(分)'},
    en: {title: 'Reports', monthly: 'Monthly bulletin', periodKind: 'Period', day: 'Day', month: 'Month', year: 'Year',
      range: 'Custom', from: 'From', to: 'To', groupBy: 'Group by', by_hall: 'Hall', by_department: 'Department',
      by_service: 'Service', by_window: 'Window', by_staff: 'Staff', run: 'Show', csv: 'Download CSV', xlsx: 'Download Excel',
      tabTable: 'Table', tabCharts: 'Charts', tabRankings: 'Rankings', name: 'Name', total: 'Total',
      issued: 'Issued', served: 'Served', missed: 'Missed', waitAvgSeconds: 'Avg wait (min)', waitP90Seconds: 'P90 wait (min)',
      handlingAvgSeconds: 'Avg handling (min)', handlingP90Seconds: 'P90 handling (min)', rated: 'Ratings',
      ratingRate: 'Rating rate', satisfaction: 'Satisfaction', badRatings: 'Bad ratings', rectificationRate: 'Rectified',
      callbackRate: 'Called back', extendedService: 'Extended service', weekendServed: 'Weekend', appointmentCheckIns: 'Check-ins',
      appointmentNoShows: 'No-shows', chartMonthly: 'Fig. 1 Tickets per month', chartShare: 'Fig. 2 Share per department',
      chartHours: 'Average wait by hour of day (min)', chartSatisfaction: 'Satisfaction trend', redFlag: 'Red-flag windows',
      stars: 'Service stars', rank: 'Rank', score: 'Score',
      minServed: 'Not ranked below {n} served', noData: 'No data in this period', loginNeeded: 'Log in first',
      failed: 'Query failed: {m}', tickets: 'Tickets', waitMin: 'Wait (min)'}
  });
  const $ = id => document.getElementById(id);
  const charts = {};
  let last = null;

  function fmt(v, kind) {
    if (v === null || v === undefined) return '—';
    if (kind === 'pct') return (v * 100).toFixed(2) + '%';
    if (kind === 'min') return (v / 60).toFixed(1);
    return Number(v).toLocaleString('zh-CN');
  }
  const iso = d => d.toISOString().slice(0, 10);

  /** The period of the form as [from, to], both inclusive YYYY-MM-DD. */
  function period() {
    const kind = $('kind').value;
    if (kind === 'day') return [$('day').value, $('day').value];
    if (kind === 'year') return [$('year').value + '-01-01', $('year').value + '-12-31'];
    if (kind === 'range') return [$('from').value, $('to').value];
    const [y, m] = $('month').value.split('-').map(Number);
    return [$('month').value + '-01', iso(new Date(Date.UTC(y, m, 0)))];
  }

  function showFields() {
    const kind = $('kind').value;
    $('day-field').hidden = kind !== 'day';
    $('month-field').hidden = kind !== 'month';
    $('year-field').hidden = kind !== 'year';
    $('from-field').hidden = $('to-field').hidden = kind !== 'range';
  }

  async function getJson(url) {
    const res = await fetch(url, {headers: {Accept: 'application/json'}});
    if (res.status === 401) { toLogin(); throw new Error(hallI18n.t('loginNeeded')); }
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.message || res.status);
    return body;
  }
  function toLogin() { location.href = '/login.html?next=' + encodeURIComponent(location.pathname + location.search); }

  function renderTable(summary) {
    const rows = summary.rows || [];
    const head = '<tr><th>' + hallI18n.t('name') + '</th>' +
      COLUMNS.map(([k]) => '<th class="num">' + hallI18n.t(k) + '</th>').join('') + '</tr>';
    const line = (r, cls) => '<tr class="' + (cls || '') + '" data-key="' + esc(r.key) + '"><td>' + esc(r.name || r.key) + '</td>' +
      COLUMNS.map(([k, kind]) => '<td class="num" data-col="' + k + '">' + fmt(r[k], kind) + '</td>').join('') + '</tr>';
    $('figures').tHead.innerHTML = head;
    $('figures').tBodies[0].innerHTML = rows.length === 0
      ? '<tr><td class="empty" colspan="' + (COLUMNS.length + 1) + '">' + hallI18n.t('noData') + '</td></tr>'
      : rows.map(r => line(r)).join('') + (summary.hall && rows.length > 1 ? line(Object.assign({}, summary.hall,
        {name: hallI18n.t('total')}), 'total') : '');
  }
  function esc(s) { return String(s === null || s === undefined ? '' : s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c])); }

  function chart(id, option) {
    if (!charts[id]) charts[id] = echarts.init($(id));
    charts[id].setOption(option, true);
  }
  function points(series) { return series.points || []; }

  function renderCharts(monthly, share, hours, satisfaction) {
    const axis = {axisLabel: {fontSize: 11}};
    const months = points(monthly);
    chart('chart-monthly', {tooltip: {trigger: 'axis'}, legend: {top: 0},
      grid: {left: 50, right: 10, bottom: 30, top: 30},
      xAxis: Object.assign({type: 'category', data: months.map(p => p.month)}, axis), yAxis: {type: 'value'},
      series: [{type: 'bar', name: hallI18n.t('issued'), data: months.map(p => p.issued), itemStyle: {color: '#7ea6d8'}},
        {type: 'bar', name: hallI18n.t('served'), data: months.map(p => p.served), itemStyle: {color: '#0b4f9c'}}]});
    chart('chart-share', {tooltip: {trigger: 'item', formatter: '{b}: {c} ({d}%)'}, series: [{type: 'pie', radius: ['30%', '65%'],
      label: {formatter: '{b}\n{d}%'}, data: points(share).map(p => ({name: p.department, value: p.served}))}]});
    chart('chart-hours', {tooltip: {trigger: 'axis'}, grid: {left: 50, right: 10, bottom: 30, top: 30},
      xAxis: Object.assign({type: 'category', data: points(hours).map(p => p.label || p.hour + ':00')}, axis),
      yAxis: {type: 'value', name: hallI18n.t('waitMin')},
      series: [{type: 'line', smooth: true, name: hallI18n.t('waitAvgSeconds'),
        data: points(hours).map(p => p.waitAvgSeconds === null ? null : +(p.waitAvgSeconds / 60).toFixed(1))}]});
    chart('chart-satisfaction', {tooltip: {trigger: 'axis'}, grid: {left: 50, right: 10, bottom: 30, top: 30},
      xAxis: Object.assign({type: 'category', data: points(satisfaction).map(p => p.month)}, axis),
      yAxis: {type: 'value', min: v => Math.max(0, Math.floor(v.min - 1)), max: 100, axisLabel: {formatter: '{value}%'}},
      series: [{type: 'line', name: hallI18n.t('satisfaction'), connectNulls: false,
        data: points(satisfaction).map(p => p.satisfaction === null ? null : +(p.satisfaction * 100).toFixed(2)),
        itemStyle: {color: '#2e7d32'}}]});
  }

  function renderRanking(id, ranking) {
    const rows = ranking.rows || [];
    const t = $(id);
    t.caption = null;
    t.createCaption().textContent = hallI18n.t('minServed', {n: ranking.minServed});
    t.caption.className = 'muted';
    t.caption.style.captionSide = 'bottom';
    t.tHead.innerHTML = '<tr><th>' + hallI18n.t('rank') + '</th><th>' + hallI18n.t('name') + '</th><th class="num">' +
      hallI18n.t('score') + '</th><th class="num">' + hallI18n.t('served') + '</th><th class="num">' +
      hallI18n.t('satisfaction') + '</th><th class="num">' + hallI18n.t('badRatings') + '</th></tr>';
    t.tBodies[0].innerHTML = rows.length === 0 ? '<tr><td class="empty" colspan="6">' + hallI18n.t('noData') + '</td></tr>'
      : rows.map((r, i) => {
        const f = r;
        return '<tr><td>' + (r.rank || i + 1) + '</td><td>' + esc(r.name || f.name || r.key || f.key) + '</td><td class="num">' +
          (r.score === undefined || r.score === null ? '—' : Number(r.score).toFixed(1)) + '</td><td class="num">' +
          fmt(f.served, 'int') + '</td><td class="num">' + fmt(f.satisfaction, 'pct') + '</td><td class="num">' +
          fmt(f.badRatings, 'int') + '</td></tr>';
      }).join('');
  }

  async function run() {
    $('error').textContent = '';
    const [from, to] = period();
    const by = $('by').value;
    const q = 'from=' + from + '&to=' + to;
    $('csv').href = '/api/reports/summary?' + q + '&by=' + by + '&format=csv';
    $('xlsx').href = '/api/reports/summary?' + q + '&by=' + by + '&format=xlsx';
    history.replaceState(null, '', '?kind=' + $('kind').value + '&' + q + '&by=' + by);
    $('monthly-link').href = '/monthly.html?month=' + to.slice(0, 7);
    try {
      const [summary, monthly, share, hours, satisfaction, windows, staff] = await Promise.all([
        getJson('/api/reports/summary?' + q + '&by=' + by),
        getJson('/api/reports/series/monthly-tickets?month=' + to.slice(0, 7)),
        getJson('/api/reports/series/department-share?' + q),
        getJson('/api/reports/series/wait-by-hour?' + q),
        getJson('/api/reports/series/satisfaction-trend?month=' + to.slice(0, 7)),
        getJson('/api/reports/rankings?of=window&' + q),
        getJson('/api/reports/rankings?of=staff&' + q)]);
      last = {summary, monthly, share, hours, satisfaction, windows, staff};
      render();
      document.body.dataset.loaded = from + '/' + to + '/' + by;
    } catch (e) {
      $('error').textContent = hallI18n.t('failed', {m: e.message});
    }
  }
  function render() {
    if (!last) return;
    renderTable(last.summary);
    renderCharts(last.monthly, last.share, last.hours, last.satisfaction);
    renderRanking('rank-window', last.windows);
    renderRanking('rank-staff', last.staff);
  }

  document.querySelectorAll('.tabs button').forEach(b => b.addEventListener('click', () => {
    document.querySelectorAll('.tabs button').forEach(o => o.setAttribute('aria-selected', String(o === b)));
    document.querySelectorAll('.tab').forEach(t => { t.hidden = t.id !== 'tab-' + b.dataset.tab; });
    Object.values(charts).forEach(c => c.resize());
  }));
  $('kind').addEventListener('change', showFields);
  $('query').addEventListener('submit', e => { e.preventDefault(); run(); });
  hallI18n.onChange(render);
  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));

  // the period from the address (a shared link), else this month
  const params = new URLSearchParams(location.search);
  const now = new Date();
  $('month').value = params.get('month') || now.toISOString().slice(0, 7);
  $('day').value = iso(now);
  $('year').value = now.getUTCFullYear();
  if (params.get('kind')) $('kind').value = params.get('kind');
  if (params.get('by')) $('by').value = params.get('by');
  if (params.get('from')) {
    $('from').value = params.get('from'); $('to').value = params.get('to') || params.get('from');
    $('day').value = params.get('from'); $('month').value = params.get('from').slice(0, 7); $('year').value = params.get('from').slice(0, 4);
  }
  showFields();
  getJson('/api/me').then(me => {
    $('who').textContent = me.username;
    $('monthly-link').href = '/monthly.html?month=' + period()[0].slice(0, 7);
    run();
  }).catch(() => {});
})();
