// Keeps a campaign's status (upcoming / running / over) true on the day the page is read,
// not only on the day it was built. Mirrors src/lib/campaign-status.ts.
(function () {
  var today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  var labels = { upcoming: 'Sắp diễn ra', running: 'Đang diễn ra', over: 'Đã kết thúc' };
  document.querySelectorAll('[data-campaign-status]').forEach(function (el) {
    var s = today < el.dataset.start ? 'upcoming' : today > el.dataset.end ? 'over' : 'running';
    el.textContent = labels[s];
    el.dataset.campaignStatus = s;
  });
})();
