/**
 * The text a spreadsheet shows for a cell written with one of Excel's text escapes: `="00123"` (a formula giving
 * text, which export tools write to keep leading zeros and dots from being read as numbers or dates) and a leading
 * apostrophe (`'boughtking`, Excel's mark for "this is text", which some exports keep). Anything else, including a
 * formula that is not a plain string (`=A1`, `="a"&"b"`), comes back as it was. The cell is expected trimmed.
 */
export function excelText(cell: string): string {
  const first = cell.charCodeAt(0);
  if (first === 0x27) return cell.slice(1).trim(); // '
  if (first !== 0x3d || cell.charCodeAt(1) !== 0x22 || cell.length < 3 || !cell.endsWith('"')) return cell; // ="…"
  const inner = cell.slice(2, -1);
  // Inside, a quote is doubled; a lone one means the formula is more than one string.
  return /^(?:[^"]|"")*$/.test(inner) ? inner.replaceAll('""', '"').trim() : cell;
}
