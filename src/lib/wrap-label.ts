/**
 * Breaks a label into lines of at most `width` characters at spaces, for text drawn in SVG
 * (which does not wrap by itself). Past `maxLines`, the last line ends with "…": the full
 * label is always in the chart's data table.
 */
export function wrapLabel(label: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.trim().split(/\s+/)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  // A single word longer than a line is cut rather than drawn past the edge.
  const fitted = lines.map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  // The ellipsis takes the place of the last word when the line has no room left for it.
  const room =
    last.length < width ? last : last.includes(' ') ? last.slice(0, last.lastIndexOf(' ')) : last.slice(0, width - 1);
  kept[maxLines - 1] = `${room}…`;
  return kept;
}
