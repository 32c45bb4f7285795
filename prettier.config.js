// @ts-check
/**
 * One layout for code, as Astro projects format it (Prettier with prettier-plugin-astro).
 * `npm run format` applies it; `npm run lint` checks it. What it leaves alone is in .prettierignore.
 * @type {import('prettier').Config}
 */
export default {
  // Wide enough for a Vietnamese message or a test name on one line, narrow enough for a side-by-side diff.
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
