/**
 * Static paths of a paged list whose first page is the list's own URL and the others live
 * under `trang/N/` ("/tin-tuc/", "/tin-tuc/trang/2/"), for a `[...page].astro` route.
 */
export interface PageProps<T> {
  items: T[];
  page: number;
  lastPage: number;
  total: number;
}

export function pagedPaths<T>(
  all: readonly T[],
  size: number,
): { params: { page: string | undefined }; props: PageProps<T> }[] {
  const lastPage = Math.max(1, Math.ceil(all.length / size));
  return Array.from({ length: lastPage }, (_, i) => ({
    params: { page: i === 0 ? undefined : `trang/${i + 1}` },
    props: { items: all.slice(i * size, (i + 1) * size), page: i + 1, lastPage, total: all.length },
  }));
}
