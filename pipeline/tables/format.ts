/** Tables as `gongbao outline` prints them: the caption, then each row with named columns. */
import type { TableNode } from '../../schema/table.ts';

const WIDTH = 60;

function clip(text: string): string {
  const flat = text.replace(/\n/g, ' ¶ ');
  return flat.length > WIDTH ? `${flat.slice(0, WIDTH)}…` : flat;
}

export function formatTable(table: TableNode): string[] {
  const out: string[] = [];
  const count = table.statedCount !== undefined ? `, stated ${table.statedCount}` : '';
  out.push(`${table.id}  表 ${table.caption ?? table.title ?? ''} (${table.children.length} rows${count})  [${table.position.line}]`);
  const columns = table.columns;
  if (!columns) {
    for (const row of table.children) out.push(`  ${row.text.replace(/\t/g, ' | ')}  [${row.position.line}]`);
    return out;
  }
  out.push(`  columns: ${columns.map((c) => `${c.key}${c.name !== c.key ? `(${c.name})` : ''}`).join(' | ')}`);
  for (const row of table.children) {
    out.push(`  ${row.id.split('/').pop()}  [${row.position.line}${row.position.endLine !== row.position.line ? `–${row.position.endLine}` : ''}]`);
    row.cells.forEach((cell, j) => {
      if (cell === '') return;
      const merged = row.details?.[columns[j]?.key ?? '']?.merged === 'filled' ? ' (merged)' : '';
      out.push(`    ${columns[j]?.key ?? j}: ${clip(cell)}${merged}`);
    });
  }
  for (const note of table.notes ?? []) out.push(`  备注 ${clip(note.text)}  [${note.position.line}]`);
  return out;
}
