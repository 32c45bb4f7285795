// Keeps a campaign's status and elapsed time true on the day the page is read, not only on the
// day it was built. Mirrors describeCampaignStatus in src/lib/campaign-status.ts.
(function () {
  var d = function (iso) { return Date.parse(iso + 'T00:00:00Z') / 864e5; };
  var t = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  document.querySelectorAll('[data-campaign-status]').forEach(function (el) {
    var s = el.dataset.start, e = el.dataset.end;
    var text = t < s ? 'Sắp diễn ra · còn ' + (d(s) - d(t)) + ' ngày'
      : t > e ? 'Đã kết thúc'
      : 'Đang diễn ra · ngày ' + (d(t) - d(s) + 1) + '/' + (d(e) - d(s) + 1);
    el.textContent = text;
    el.dataset.campaignStatus = t < s ? 'upcoming' : t > e ? 'over' : 'running';
  });
})();
