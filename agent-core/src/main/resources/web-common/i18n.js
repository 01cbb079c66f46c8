// Chinese first, English on demand. A page calls hallI18n.init(dictionary) with
// {zh: {key: text}, en: {key: text}}; elements carry data-i18n="key".
(function () {
  const KEY = 'hall.lang';
  let dict = {zh: {}, en: {}};
  let lang = localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
  const listeners = [];

  function t(key, vars) {
    let text = (dict[lang] && dict[lang][key]) || dict.zh[key] || key;
    if (vars) {
      Object.keys(vars).forEach(k => { text = text.split('{' + k + '}').join(vars[k]); });
    }
    return text;
  }

  function apply() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll('.lang-toggle').forEach(el => { el.textContent = lang === 'zh' ? 'English' : '中文'; });
    listeners.forEach(fn => fn(lang));
  }

  window.hallI18n = {
    init(d) {
      dict = d;
      document.querySelectorAll('.lang-toggle').forEach(el => el.addEventListener('click', () => {
        lang = lang === 'zh' ? 'en' : 'zh';
        localStorage.setItem(KEY, lang);
        apply();
      }));
      apply();
    },
    t,
    lang: () => lang,
    onChange(fn) { listeners.push(fn); },
    apply
  };
})();

// Live state from the page's own agent: server-sent events, replayed on reconnect.
window.hallLive = function (onUpdate, onConnection, url) {
  let source;
  function connect() {
    source = new EventSource(url || 'events');
    source.addEventListener('update', e => onUpdate(JSON.parse(e.data)));
    source.onopen = () => onConnection && onConnection(true);
    source.onerror = () => { onConnection && onConnection(false); };
  }
  connect();
  return () => source.close();
};
