// Records main-thread long tasks (> 50 ms) of a Playwright page from its first script on,
// in window.__longTasks ({ start, duration } in the page's performance.now() time).
export function recordLongTasks(page) {
  return page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}
