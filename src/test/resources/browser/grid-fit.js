// For each visible vaadin-grid on the page: how far its columns overflow its width (px, <= 0 when they fit),
// and the texts of the rendered cells (headers included) that are cut — text running past the cell's box, which
// the grid shows as "…" — and the words broken across two lines ("Unsaf|e"). Used by ReadableGridsBrowserTest.
const out = {};
for (const grid of document.querySelectorAll('vaadin-grid')) {
  if (!grid.offsetParent) continue;
  const table = grid.shadowRoot.querySelector('#table');
  const cut = [];
  const broken = [];
  for (const cell of grid.querySelectorAll('vaadin-grid-cell-content')) {
    const box = cell.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || !cell.textContent.trim()) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    let node, right = 0;
    while ((node = walker.nextNode())) {
      if (!node.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) right = Math.max(right, r.right);
      for (const word of node.textContent.matchAll(/\S+/g)) {
        const part = document.createRange();
        part.setStart(node, word.index);
        part.setEnd(node, word.index + word[0].length);
        const tops = new Set([...part.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (tops.size > 1) broken.push(word[0]);
      }
    }
    if (right > box.right + 1) cut.push(cell.textContent.trim());
  }
  out[grid.id || 'grid'] = {overflow: table.scrollWidth - table.clientWidth, cut: cut, broken: broken};
}
return JSON.stringify(out);
