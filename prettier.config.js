// Long lines are the codebase's habit (a use case or a test step reads best on one line).
/** @type {import('prettier').Config} */
export default {
  printWidth: 140,
  singleQuote: true,
  trailingComma: 'all',
};
