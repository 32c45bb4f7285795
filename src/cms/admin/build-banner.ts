/**
 * Under `npm start`, a banner over /admin while the site is not up to date with content/: the
 * last rebuild was refused (an entry written by hand, pulled from elsewhere…), so the public
 * site keeps its last good version and nothing saved since shows there. The banner says so and
 * lists the entries that block it, with the sentences `npm run check` prints. The local server
 * answers the status (src/local-backend/build-status.ts); a static host answers 404 and the
 * polling stops.
 */
import { BUILD_STATUS_PATH } from '../local-api.ts';

interface BuildStatus {
  state: 'ok' | 'building' | 'failed';
  problems: string[];
  blocking: string[];
}

const POLL_MS = 2000;
export const BANNER_ID = 'thidua-build-banner';

function render(status: BuildStatus): HTMLElement {
  const banner = document.createElement('div');
  banner.id = BANNER_ID;
  banner.setAttribute('role', 'alert');
  Object.assign(banner.style, {
    position: 'fixed',
    zIndex: '10000',
    left: '0',
    right: '0',
    bottom: '0',
    maxHeight: '40vh',
    overflow: 'auto',
    background: '#fff4e5',
    color: '#5c2b00',
    borderTop: '4px solid #b45309',
    padding: '12px 20px',
    font: '15px/1.45 system-ui, sans-serif',
    boxShadow: '0 -2px 8px rgb(0 0 0 / 0.15)',
  });
  const title = document.createElement('strong');
  title.textContent = 'Trang web chưa được cập nhật: nội dung có lỗi nên lần xuất bản gần nhất bị từ chối.';
  const explain = document.createElement('p');
  explain.style.margin = '4px 0';
  explain.textContent =
    'Trang công khai vẫn giữ phiên bản tốt gần nhất; mọi thay đổi lưu sau đó chưa hiện trên trang cho đến khi sửa các mục dưới đây.';
  banner.append(title, explain);
  if (status.blocking.length > 0) {
    const which = document.createElement('p');
    which.style.margin = '4px 0';
    which.textContent = `Mục đang chặn: ${status.blocking.join(', ')}`;
    banner.append(which);
  }
  const list = document.createElement('ul');
  list.style.margin = '4px 0 0 20px';
  for (const problem of status.problems) {
    const item = document.createElement('li');
    // The Vietnamese half of `file[:line]: field: tiếng Việt / English`.
    const english = problem.indexOf(' / ');
    item.textContent = english > 0 ? problem.slice(0, english) : problem;
    list.append(item);
  }
  banner.append(list);
  return banner;
}

/** Polls the build status and shows or removes the banner. */
export function watchBuildStatus(): void {
  if (!['localhost', '127.0.0.1'].includes(location.hostname)) return;
  let shown = '';
  const tick = async () => {
    let status: BuildStatus;
    try {
      const response = await fetch(BUILD_STATUS_PATH, { cache: 'no-store' });
      if (response.status === 404) return; // not the local server: no status to show
      status = (await response.json()) as BuildStatus;
    } catch {
      setTimeout(() => void tick(), POLL_MS * 3);
      return;
    }
    const key = status.state === 'failed' ? JSON.stringify(status.problems) : '';
    if (key !== shown) {
      document.getElementById(BANNER_ID)?.remove();
      if (status.state === 'failed') document.body.append(render(status));
      shown = key;
    }
    setTimeout(() => void tick(), POLL_MS);
  };
  void tick();
}
