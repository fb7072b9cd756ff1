// Prettier's settings, chosen to match how the code was written before a formatter ran (single quotes,
// semicolons, trailing commas), so the one-time formatting changed as few lines as it could.
// What is never formatted is in .prettierignore.
/** @type {import('prettier').Config} */
export default {
  // Long lines are common here (Chinese messages, test tables); 120 keeps most of them whole.
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  plugins: ['prettier-plugin-astro'],
  overrides: [
    { files: '*.astro', options: { parser: 'astro' } },
    // The documentation's code examples stay as written: its YAML examples align their comments on purpose.
    { files: '*.md', options: { embeddedLanguageFormatting: 'off' } },
  ],
};
