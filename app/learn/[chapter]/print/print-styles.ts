/**
 * Print rules for the printable chapter: only the chapter is printed, each lesson starts on a new
 * page, code blocks, quizzes and figures are never split, and long code lines wrap instead of
 * being cut at the page edge.
 */
export const printStyles = `
@page { margin: 16mm 14mm; }
@media print {
  html, body { background: #fff !important; color: #111 !important; }
  body > header, body > footer, body > a[href="#main-content"] { display: none !important; }
  .print-lesson + .print-lesson { break-before: page; }
  .print-chapter pre, .print-chapter .code-block, .print-chapter figure, .print-chapter table,
  .print-chapter section { break-inside: avoid; }
  .print-chapter pre { white-space: pre-wrap !important; overflow: visible !important; overflow-wrap: anywhere; }
  .print-chapter h1, .print-chapter h2, .print-chapter h3 { break-after: avoid; }
  .print-chapter button { display: none !important; }
  .print-chapter a { color: inherit; }
}
.print-chapter details::details-content { content-visibility: visible; display: block; }
`;
