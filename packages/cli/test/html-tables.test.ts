import { describe, expect, it } from 'vitest';
import { formatTable } from '../src/format-table.js';
import { textToHtml } from '../src/html-tables.js';

describe('textToHtml', () => {
  it('turns each text table into an HTML table, numbers right-aligned, and other lines into paragraphs', () => {
    const table = formatTable(
      [{ heading: 'queue', align: 'left' }, { heading: 'pickup' }, { heading: 'note', align: 'left' }],
      [
        ['caf', '85.3 %', 'a < b'],
        ['retraite-long', '9.0 %', ''],
      ],
    );
    const html = textToHtml(
      `small-day: 1 day\n(offered = answered + …)\n\n${table}\n\nTotal: 12 agent-hours.`,
    );
    expect(html).toBe(
      [
        '<p>small-day: 1 day<br>(offered = answered + …)</p>',
        '<table>',
        '<thead><tr><th>queue</th><th class="num">pickup</th><th>note</th></tr></thead>',
        '<tbody>',
        '<tr><td>caf</td><td class="num">85.3 %</td><td>a &lt; b</td></tr>',
        '<tr><td>retraite-long</td><td class="num">9.0 %</td><td></td></tr>',
        '</tbody>',
        '</table>',
        '<p>Total: 12 agent-hours.</p>',
      ].join('\n'),
    );
  });
});
