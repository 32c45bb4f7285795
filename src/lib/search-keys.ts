/**
 * Names shared by the pages that feed the search index and the script that reads it. No
 * imports: this module is bundled into the browser script, the schema is not.
 */

/** Filter (and URL parameter) of the kind of page, on every indexed page. */
export const PAGE_KIND_PARAM = 'trang';

/** Metadata keys stored with each page for the result list. */
export const META = {
  kind: 'trang',
  /**
   * Number of the document a page IS ("1579/KH-SKHĐT" on the plan, "45/QĐ-SKHĐT" on the
   * decision page), weighted so a number finds its document before the pages citing it.
   */
  number: 'so',
  /** Decision an achievement was awarded by (shown, not weighted). */
  decision: 'quyet-dinh',
  unit: 'don-vi',
  year: 'nam',
  award: 'hinh-thuc',
  kindOfRecipient: 'loai',
  /**
   * Name of the person a record page IS (/ca-nhan/<id>/), weighted like `number` so a name finds
   * the person's record before the achievements, decisions and units that mention them.
   */
  name: 'ten',
} as const;

/** Pagefind sort key (an ISO date, so text order is date order). */
export const SORT_DATE = 'date';

/** URL parameter of the result order, and its values. */
export const SORT_PARAM = 'sap-xep';
export const SORT_ORDERS = [
  { value: '', label: 'Phù hợp nhất' },
  { value: 'moi-nhat', label: 'Mới nhất trước' },
  { value: 'cu-nhat', label: 'Cũ nhất trước' },
] as const;
