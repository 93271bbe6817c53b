// Loaded first by every adversarial page, before any of the page's own scripts: records long
// tasks, DOM mutations and CSP violations. Written to survive a page that breaks Array, JSON
// and Node methods afterwards: index assignment instead of push, string building by `+`.
(() => {
  const probe = { longTasks: [], mutations: [], violations: [], allow: null };
  const add = (list, item) => {
    list[list.length] = item;
  };
  window.__probe = probe;
  try {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      for (let i = 0; i < entries.length; i++) add(probe.longTasks, { start: entries[i].startTime, duration: entries[i].duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    add(probe.violations, 'no longtask observer: ' + e);
  }
  document.addEventListener('securitypolicyviolation', (e) => {
    add(probe.violations, e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
  });
  // Started when parsing ends, so the parser's (and the page's parse-time scripts') own
  // insertions are not counted; a content script at document_idle runs after this.
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (let i = 0; i < records.length; i++) {
        const r = records[i];
        if (probe.allow && probe.allow(r)) continue;
        add(probe.mutations, r.type + ' ' + r.target.nodeName + ' +' + r.addedNodes.length + ' -' + r.removedNodes.length + ' ' + (r.attributeName || ''));
      }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
})();
