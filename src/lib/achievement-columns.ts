/**
 * The columns of an achievement list, in order, with their Vietnamese headers. One place for
 * the static table (src/components/AchievementTable.astro) and the filtered one the search UI
 * draws (src/scripts/search/ui.ts), so a list reads the same with or without a filter.
 * No imports: this module is bundled into the browser script.
 */
export const ACHIEVEMENT_COLUMNS = {
  recipient: 'Người / tập thể được khen',
  award: 'Hình thức khen thưởng',
  unit: 'Đơn vị',
  decision: 'Quyết định',
} as const;

export type AchievementColumn = keyof typeof ACHIEVEMENT_COLUMNS;
