/**
 * The widths, in CSS pixels × density, at which each layout shows a content photo: the image
 * pipeline makes exactly these, and the largest is also the `src` fallback, so no original
 * (a phone photo is 4000 px and several MB) is ever published as it was uploaded.
 */
export const PHOTO_WIDTHS = {
  /** The photo beside an achievement (20rem at most). */
  achievement: [320, 640],
  /** A news article's cover (46rem at most). */
  newsCover: [480, 800, 1200],
  /** A cover in a list of news cards (22rem at most). */
  newsCard: [360, 720],
  /** An image in a body (the text column, 46rem at most). */
  body: [480, 800, 1200],
} as const;

/** Open Graph previews: the size social sites ask for, as a JPEG every crawler reads. */
export const OPEN_GRAPH_IMAGE = { width: 1200, format: 'jpg' } as const;

/** The largest width of a layout: the `src` of its `<img>`. */
export const largest = (widths: readonly number[]): number => Math.max(...widths);
