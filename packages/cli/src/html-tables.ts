/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

const RULE = /^-+( {2}-+)*$/;

/** The [start, end) character spans of a table's columns, read from its rule line (`----  ---`). */
function spans(rule: string): [number, number][] {
  return [...rule.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length]);
}

function cells(line: string, columns: [number, number][]): string[] {
  return columns.map(([start, end], k) =>
    line.slice(start, k === columns.length - 1 ? undefined : end).trim(),
  );
}

/** Whether column `k` is right-aligned: its heading or its cells end at the column's end. */
function rightAligned(lines: string[], [start, end]: [number, number]): boolean {
  return lines.some((line) => line.length >= end && line[end - 1] !== ' ' && line[start] === ' ');
}

/**
 * The HTML of a command's text output: each table `formatTable` wrote (a heading line, a rule of
 * dashes, the rows, up to a blank line) as a real `<table>` with a header row, numbers right-aligned
 * as in the terminal; every other run of lines as a paragraph. The text is the one source of both
 * outputs, so they cannot disagree. O(length of the text).
 */
export function textToHtml(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(`<p>${paragraph.map(escapeHtml).join('<br>')}</p>`);
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const rule = lines[i + 1];
    if (rule !== undefined && RULE.test(rule) && line.trim() !== '') {
      flush();
      const columns = spans(rule);
      let end = i + 2;
      while (end < lines.length && lines[end]!.trim() !== '') end++;
      const body = lines.slice(i + 2, end);
      const right = columns.map((span) => rightAligned([line, ...body], span));
      const row = (values: string[], tag: 'th' | 'td') =>
        `<tr>${values.map((v, k) => `<${tag}${right[k] ? ' class="num"' : ''}>${escapeHtml(v)}</${tag}>`).join('')}</tr>`;
      out.push(
        `<table>\n<thead>${row(cells(line, columns), 'th')}</thead>\n<tbody>\n${body
          .map((l) => row(cells(l, columns), 'td'))
          .join('\n')}\n</tbody>\n</table>`,
      );
      i = end - 1;
    } else if (line.trim() === '') flush();
    else paragraph.push(line);
  }
  flush();
  return out.join('\n');
}
